"""Screenshots of an exam paused by the support control, taken in the app exactly as the
``simulator`` command starts it (``simulator.cli.main``, real clocks), English then
Arabic: a trainee signs in, begins the shipped exam, types a draft at the first item,
presses Pause / support (docs/screenshots/exam-paused-en.png), then switches the
interface to Arabic with the panel open (exam-paused-ar.png).

    Xvfb :73 -screen 0 1400x900x24 &  DISPLAY=:73 .venv/bin/python tools/screenshots_journeys.py

Each picture is the window with the support panel drawn where it stands over it (the
panel is a window of its own). Before each shot the tool checks that nothing of the
case (its messages, the draft) is on screen, and stops with a message if it is.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["SIMULATOR_DATA_DIR"] = tempfile.mkdtemp(prefix="frontline-journeys-")
os.environ["XDG_CONFIG_HOME"] = os.environ["SIMULATOR_DATA_DIR"]
os.environ.pop("SIMULATOR_DATABASE_URL", None)

from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402

from tools.app_driver import main_window, on_screen, run_command, sign_in  # noqa: E402
from tools.screenshots_exam import Briefings  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1360, 820)
EXAM = "support-associate-en"
DRAFT = "Hello, I can help you with"


def settle() -> None:
    for _ in range(6):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def shot(window, panel, name: str) -> None:
    """The window, with the support panel drawn where it stands over it."""
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


def arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def nothing_of_the_case(case: list[str]) -> None:
    shown = on_screen()
    seen = [text for text in [*case, DRAFT] if text and text in shown]
    if seen:
        raise SystemExit(f"screenshots: the case is on screen while paused: {seen}")


def journey():
    yield from sign_in("layla", "screenshots")
    window = main_window()
    window.resize(*SIZE)
    window.ask = lambda *_args: True  # leaving the exam when the window closes: yes
    window.wellbeing.exec_dialog = lambda _dialog: 0
    panel = window.exams.panel
    window.home.tabs.setCurrentWidget(panel)
    if not panel.select_exam(EXAM):
        raise SystemExit(f"screenshots: no exam {EXAM}")
    panel.start_button.click()
    screen = window.exams.screen
    screen.seed = 3
    screen.exec_dialog = Briefings()
    screen.intro.begin_button.click()
    desk = screen.desk
    yield lambda: screen.state == "playing" and bool(desk.model.thread_ids())
    desk.select_thread(desk.model.thread_ids()[0])
    yield lambda: bool(desk.conversation.browser.toPlainText().strip())
    case = [line for line in desk.conversation.browser.toPlainText().splitlines() if len(line) > 12]
    desk.composer.insert(DRAFT)
    desk.support_control.click()
    support = desk.support_control.panel
    yield lambda: "(paused)" in screen.exam_clock.text()
    nothing_of_the_case(case)
    shot(window, support, "exam-paused-en")
    window.top_bar.language.click()  # to Arabic, the panel open
    yield lambda: support.isRightToLeft() and arabic(support.head.text())
    settle()
    nothing_of_the_case(case)
    shot(window, support, "exam-paused-ar")
    desk.support_control.close_panel()
    window.translations.switch("en")
    window.close()


def main() -> int:
    from simulator.store import open_store

    OUT.mkdir(parents=True, exist_ok=True)
    data = Path(os.environ["SIMULATOR_DATA_DIR"])
    store = open_store()  # the store the command opens: SQLite in the data folder
    store.create_person("lina", "admin", display_name="Lina", password="screenshots")
    store.create_person("layla", "trainee", display_name="Layla Haddad", password="screenshots")
    store.close()
    return run_command([], journey, data)


if __name__ == "__main__":
    raise SystemExit(main())
