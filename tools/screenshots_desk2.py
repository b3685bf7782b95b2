"""Screenshots of the desk as a real one: the customer panel with the back-office state,
an internal note and the event trail in the thread, per language.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python tools/screenshots_desk2.py

(``QT_QPA_PLATFORM=offscreen`` works too.) A scenario is started on a hand-moved clock
with a fixed seed in a throw-away store; the trainee replies, looks the account up,
signs the intruder out from the back office, tags the case and leaves an internal note.
Then the collision warning (the user wrote while a reply was drafted), the library's
details pane after a finished attempt, and the results with Retry and Next.
Writes docs/screenshots/desk2-{state,email,collision,library,results}-{en,ar}.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SIMULATOR_DATA_DIR", tempfile.mkdtemp(prefix="frontline-desk2-"))
os.environ.setdefault("XDG_CONFIG_HOME", os.environ["SIMULATOR_DATA_DIR"])

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings  # noqa: E402

from simulator.clock import ManualClock  # noqa: E402
from simulator.store import open_store  # noqa: E402
from simulator.ui.app import build_window, load_library, make_application  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1440, 900)
SEED = 11
CASES = {
    "en": {
        "scenario": "creator-locked-out-before-livestream",
        "thread": "chat",
        "reply": "Hi {first}, I'm so sorry, I know the timing is awful. To confirm it's you, "
        "please tell me the e-mail address on your account and your date of birth.",
        "update": "sign-out-everywhere",
        "tag": "account-security",
        "note": "Identity check started in chat; unknown Android phone signed out. "
        "Recovery link only to the e-mail on file.",
        "email_thread": "email",
        "draft": "While you look for it: I can see a sign-in from a phone you don't",
    },
    "ar": {
        "scenario": "hacked-account-chat-eg",
        "thread": "chat",
        "reply": "أهلًا يا {first}، آسفين جدًا على اللي حصل. أنا شايف الحساب قدامي، "
        "وهنرجّعه على الإيميل الأصلي اللي كان مسجل قبل التغيير.",
        "update": "sign-out-everywhere",
        "tag": "account-security",
        "note": "دخول من أندرويد في إسطنبول وتغيير الإيميل من ساعتين. خرّجت كل الأجهزة.",
        "email_thread": None,
        "draft": "تمام، وأنا شايف كمان إن في دخول من جهاز",
    },
}


def settle() -> None:
    for _ in range(6):
        QCoreApplication.processEvents(QEventLoop.AllEvents, 50)


def shot(widget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path), "PNG")
    print(path.relative_to(ROOT))


def open_window(app, store, person, library, clock, lang: str):
    window = build_window(
        SimpleNamespace(library=str(ROOT / "scenarios")),
        app,
        store=store,
        clock_factory=lambda: clock,
        library=library,
    )
    window.library_root = ROOT / "scenarios"
    window.ask = lambda _title, _text, _yes: True  # "End the scenario?": yes
    window.translations.switch(lang)
    window.top_bar.language.choose(lang)
    window.resize(*SIZE)
    window.show()
    window.signed_in(person)
    settle()
    return window


def desk_case(app, store, person, library, lang: str) -> None:
    case = CASES[lang]
    clock = ManualClock()
    window = open_window(app, store, person, library, clock, lang)
    if not window.home.select_scenario(case["scenario"]):
        raise SystemExit(f"screenshots: no scenario {case['scenario']}")
    running = window.start_scenario(window.home.selected_scenario(), seed=SEED, run_timers=False)
    desk = window.desk
    values = running.session.values
    first = values.get("first_name") or values.get("name", "").split(" ")[0]
    clock.set(20)
    running.controller.tick()
    desk.select_thread(case["thread"])
    desk.composer.insert(case["reply"].format(first=first))
    clock.set(28)
    desk.send()
    desk.do_action("lookup", None)
    clock.set(31)
    running.controller.tick()
    desk.do_action("update", case["update"])
    desk.do_action("tag", case["tag"])
    clock.set(36)
    running.controller.tick()
    desk.do_action("note", case["note"])
    clock.set(37)
    running.controller.tick()
    desk.select_thread(case["thread"])
    shot(window, f"desk2-state-{lang}")
    if case["email_thread"]:
        desk.select_thread(case["email_thread"])
        shot(window, f"desk2-email-{lang}")
    collision(window, running, case, lang)
    library_and_results(window, running, lang)
    running.controller.stop_timers()
    window.close()


def collision(window, running, case, lang: str) -> None:
    """A draft is open when the user writes: the warning above the composer."""
    desk = window.desk
    desk.select_thread(case["thread"])
    desk.composer.insert(case["draft"])
    due = running.session.next_due()
    for t in range(38, 300):
        running.controller.clock.set(t)
        running.controller.tick()
        if desk.collision.isVisible():
            break
    desk.send()  # stopped once: the warning says to re-read, then Send again
    shot(window, f"desk2-collision-{lang}")
    del due


def library_and_results(window, running, lang: str) -> None:
    """The scenario ended: results with Retry and Next; the library's details pane."""
    window.desk.end_scenario()
    settle()
    shot(window, f"desk2-results-{lang}")
    window.show_home()
    window.home.select_scenario(running.scenario.id)
    shot(window, f"desk2-library-{lang}")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    data = Path(os.environ["SIMULATOR_DATA_DIR"])
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(data))
    library = load_library(ROOT / "scenarios")
    store = open_store(f"sqlite:///{data / 'desk2-shots.db'}")
    for lang in ("en", "ar"):
        person = store.create_person(
            f"layla-{lang}", "trainee", display_name="Layla Haddad", password="screenshots"
        )
        desk_case(app, store, person, library, lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
