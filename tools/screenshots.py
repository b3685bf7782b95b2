"""Make the app's screenshots reproducibly: library, desk mid-scenario, results, per language.

    Xvfb :99 -screen 0 1440x900x24 &  DISPLAY=:99 .venv/bin/python tools/screenshots.py

(``QT_QPA_PLATFORM=offscreen`` works too.) The scenario plays on a hand-moved clock with a
fixed seed and a fixed set of gestures, in a throw-away store, so every run gives the same
pictures. They are written to docs/screenshots/ as PNG.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SIMULATOR_DATA_DIR", tempfile.mkdtemp(prefix="frontline-shots-"))
os.environ.setdefault("XDG_CONFIG_HOME", os.environ["SIMULATOR_DATA_DIR"])

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings  # noqa: E402

from simulator.clock import ManualClock  # noqa: E402
from simulator.content.placeholders import fill  # noqa: E402
from simulator.store import open_store  # noqa: E402
from simulator.ui.app import (  # noqa: E402
    build_window,
    install_wellbeing,
    load_library,
    make_application,
)

OUT = ROOT / "docs" / "screenshots"
SIZE = (1360, 820)
SCENARIOS = {
    "en": "impersonation-three-channels",
    "ar": "impersonation-fake-account-chat-ticket-email-ps",
}
SEED = 11
ATTACHMENT_THREADS = {"en": "email", "ar": "chat"}  # the threads whose message has an image


def settle(window) -> None:
    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.AllEvents, 50)
    window.repaint()


def shot(window, name: str) -> None:
    settle(window)
    path = OUT / f"{name}.png"
    window.grab().save(str(path), "PNG")
    print(path.relative_to(ROOT))


def at(running, seconds: float) -> None:
    running.controller.clock.set(seconds)
    running.controller.tick()


def typed(desk, text: str) -> None:
    """Type ``text`` into the composer as the trainee would (the user's name filled in)."""
    session = desk.controller.session
    desk.composer.insert(fill(text, session.values))


def reply(desk, thread: str, text: str) -> None:
    desk.select_thread(thread)
    typed(desk, text)
    desk.send()


def play_en(window, running) -> None:
    desk = window.desk
    at(running, 20)
    desk.select_thread("email")
    desk.do_action("lookup", None)
    desk.do_action("tag", "impersonation")
    at(running, 75)
    reply(
        desk,
        "email",
        "Hi {name}, I'm so sorry this is happening. I've looked up both "
        "accounts and I'm passing the fake one to our privacy team now.",
    )
    at(running, 2 * 60 + 20)
    desk.select_thread("chat")
    typed(desk, "Hi {name}, I understand how worrying this is. I have your e-mail")


def finish_en(window, running) -> None:
    desk = window.desk
    typed(
        desk,
        " and I've escalated the fake account to our privacy team; "
        "please warn your followers. Is there anything else I can help with?",
    )
    desk.send()
    desk.do_action("escalate", running.sop.teams[0] if running.sop.teams else None)
    at(running, 2 * 60 + 50)
    reply(
        desk,
        "ticket",
        "Thanks for the report, {name}. This is the same case as your e-mail; "
        "our privacy team is reviewing the account.",
    )
    desk.do_action("close", None)
    desk.select_thread("email")
    desk.do_action("resolve", None)
    desk.select_thread("chat")
    desk.do_action("resolve", None)
    if not running.controller.finished:
        desk.end_scenario()


def play_ar(window, running) -> None:
    desk = window.desk
    at(running, 15)
    desk.do_action("lookup", None)
    desk.do_action("tag", "impersonation")
    at(running, 30)
    reply(desk, "chat", "مرحبًا {name}، يؤسفني ما حصل، وأنا أراجع الحساب الآن.")
    at(running, 5 * 60 + 10)
    desk.select_thread("ticket")
    typed(desk, "شكرًا على البلاغ يا {name}، حوّلنا الحساب المزيف إلى فريق الخصوصية")


def finish_ar(window, running) -> None:
    desk = window.desk
    desk.send()
    desk.do_action("escalate", running.sop.teams[0] if running.sop.teams else None)
    reply(desk, "chat", "حوّلت الحساب لفريق الخصوصية، ونصيحتي أن تخبري متابعيك. هل هناك أي شيء آخر؟")
    reply(desk, "email", "مرحبًا {name}، هذا نفس البلاغ الذي وصلنا في المحادثة، ونتابعه الآن.")
    for thread in ("chat", "ticket", "email"):
        desk.select_thread(thread)
        desk.do_action("resolve", None)
    if not running.controller.finished:
        desk.end_scenario()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, os.environ["SIMULATOR_DATA_DIR"])
    library = load_library(ROOT / "scenarios")
    store = open_store(f"sqlite:///{Path(os.environ['SIMULATOR_DATA_DIR']) / 'shots.db'}")
    person = store.create_person(
        "layla", "trainee", display_name="Layla Haddad", password="screenshots"
    )
    for lang in ("en", "ar"):
        window = build_window(
            SimpleNamespace(library=None),
            app,
            store=store,
            clock_factory=ManualClock,
            library=library,
        )
        install_wellbeing(window, store, app)  # as the real app does: pause/support on the desk
        window.ask = lambda *_args: True  # "End the scenario?", "All resolved": yes
        window.translations.switch(lang)
        window.top_bar.language.choose(lang)
        window.resize(*SIZE)
        window.show()
        window.signed_in(person)
        settle(window)
        if not window.home.select_scenario(SCENARIOS[lang]):
            raise SystemExit(f"screenshots: no scenario {SCENARIOS[lang]} in the library")
        scenario = window.home.selected_scenario()
        shot(window, f"library-{lang}")
        running = window.start_scenario(scenario, seed=SEED, run_timers=False)
        (play_en if lang == "en" else play_ar)(window, running)
        shot(window, f"desk-{lang}")
        shown = window.desk.current
        window.desk.select_thread(ATTACHMENT_THREADS[lang])
        shot(window, f"desk-attachment-{lang}")
        window.desk.select_thread(shown)
        window.desk.toggle_help()
        shot(window, f"desk-shortcuts-{lang}")
        window.desk.toggle_help()
        (finish_en if lang == "en" else finish_ar)(window, running)
        results = window.results
        for row in range(results.criteria.rowCount()):
            if "#fde68a" in _evidence_html(results, row):
                results.select_criterion(row)
                break
        shot(window, f"results-{lang}")
        window.close()
    window.translations.switch("en")
    return 0


def _evidence_html(results, row: int) -> str:
    results.show_evidence(row)
    return results.evidence.toHtml()


if __name__ == "__main__":
    raise SystemExit(main())
