"""Screenshots of a pause, per language: the paused desk in practice (the exam's:
tools/screenshots_journeys.py, through the command).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tools/screenshots_pause.py

(``QT_QPA_PLATFORM=offscreen`` works too.) A scenario is started on a
hand-moved clock with a fixed seed in a throw-away store, a draft is typed, then
Pause / support is pressed. The picture is the window with the support panel drawn
where it stands over it (the panel is a window of its own). Writes
docs/screenshots/desk-paused-{en,ar}.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SIMULATOR_DATA_DIR", tempfile.mkdtemp(prefix="frontline-pause-"))
os.environ.setdefault("XDG_CONFIG_HOME", os.environ["SIMULATOR_DATA_DIR"])

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402

from simulator.clock import ManualClock  # noqa: E402
from simulator.store import open_store  # noqa: E402
from simulator.ui.app import (  # noqa: E402
    build_window,
    install_wellbeing,
    load_library,
    make_application,
)

OUT = ROOT / "docs" / "screenshots"
SIZE = (1360, 820)
SEED = 11
PRACTICE = {
    "en": ("coin-refund-accidental-purchase", "ticket", "Hi {name}, I'm sorry about the mix-up"),
    "ar": ("coins-double-charge-chat-email-eg", "chat", "أهلًا {name}، آسفين جدًا على الخصم المكرر"),
}


def settle() -> None:
    for _ in range(6):
        QCoreApplication.processEvents(QEventLoop.AllEvents, 50)


def shot(window, panel, name: str) -> None:
    """The window, with the support panel drawn where it stands over it."""
    window.resize(*SIZE)
    settle()
    image = window.grab().toImage()
    if panel is not None and panel.isVisible():
        offset = panel.geometry().topLeft() - window.geometry().topLeft()
        painter = QPainter(image)
        painter.drawPixmap(offset, panel.grab())
        painter.end()
    path = OUT / f"{name}.png"
    image.save(str(path), "PNG")
    print(path.relative_to(ROOT))


def open_window(app, store, person, library, clock, lang: str, root: Path):
    window = build_window(
        SimpleNamespace(library=str(root)),
        app,
        store=store,
        clock_factory=lambda: clock,
        library=library,
    )
    install_wellbeing(window, store, app)  # as the real app does: pause/support on the desk
    window.translations.switch(lang)
    window.top_bar.language.choose(lang)
    window.resize(*SIZE)
    window.show()
    window.signed_in(person)
    settle()
    return window


def paused_practice(app, store, person, library, lang: str) -> None:
    from simulator.content.placeholders import fill

    scenario_id, thread, draft = PRACTICE[lang]
    clock = ManualClock()
    window = open_window(app, store, person, library, clock, lang, ROOT / "scenarios")
    if not window.home.select_scenario(scenario_id):
        raise SystemExit(f"screenshots: no scenario {scenario_id}")
    running = window.start_scenario(window.home.selected_scenario(), seed=SEED, run_timers=False)
    desk = window.desk
    clock.set(40)
    running.controller.tick()
    desk.select_thread(thread)
    desk.do_action("lookup", None)
    desk.composer.insert(fill(draft, running.session.values))
    clock.set(47)
    running.controller.tick()
    settle()
    desk.support_control.click()
    shot(window, desk.support_control.panel, f"desk-paused-{lang}")
    desk.support_control.close_panel()
    running.controller.stop_timers()
    window.close()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    data = Path(os.environ["SIMULATOR_DATA_DIR"])
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(data))
    library = load_library(ROOT / "scenarios")
    store = open_store(f"sqlite:///{data / 'pause-shots.db'}")
    for lang in ("en", "ar"):
        # One trainee per language: each starts afresh.
        person = store.create_person(
            f"layla-{lang}", "trainee", display_name="Layla Haddad", password="screenshots"
        )
        paused_practice(app, store, person, library, lang)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
