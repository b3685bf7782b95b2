"""Sit a certification exam through the app's widgets, against a real SQLite store."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt

from simulator.clock import ManualClock
from simulator.exams.certificate import verify
from simulator.exams.record import read_file, verify_record
from simulator.store import open_store
from simulator.ui.app import build_window, load_library, make_application

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

REPO = Path(__file__).resolve().parents[2]
LIBRARY = REPO / "tests" / "core" / "exams" / "data" / "library"
GOOD = "hello, happy to help"
LIMIT = 30 * 60


@pytest.fixture(scope="module")
def library():
    return load_library(LIBRARY)


@pytest.fixture
def db(tmp_path, _sqlite_template):
    path = tmp_path / "frontline.db"
    shutil.copyfile(_sqlite_template, path)
    return path


T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


def open_window(qtbot, tmp_path, db, library, clock, world=None):
    """The window on a store whose clock is T0 + ``world`` (default: ``clock``): the
    store's clock times sittings, ``clock`` is this process's monotonic clock."""
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "settings"))
    app = make_application()
    world = world or clock
    store = open_store(f"sqlite:///{db}", now=lambda: T0 + dt.timedelta(seconds=world.now()))
    args = SimpleNamespace(library=str(LIBRARY), database_url=None)
    win = build_window(args, app, store=store, clock_factory=lambda: clock, library=library)
    win.asked = []  # the confirmations asked, each answered yes
    win.ask = lambda title, _text, _yes: win.asked.append(title) or True
    qtbot.addWidget(win)
    win.show()
    return win


def sign_in(window, qtbot, first: bool) -> None:
    s = window.signin
    if first:
        qtbot.keyClicks(s.name, "layla")
        qtbot.keyClicks(s.display_name, "Layla")
        qtbot.keyClicks(s.password, "correct horse")
        qtbot.keyClicks(s.confirm, "correct horse")
    else:
        s.name.clear()
        s.password.clear()
        qtbot.keyClicks(s.name, "layla")
        qtbot.keyClicks(s.password, "correct horse")
    qtbot.mouseClick(s.button, Qt.LeftButton)
    assert window.person is not None


class Briefings:
    """Answers each briefing: the exam clock must be stopped while it is open."""

    def __init__(self, clock, answers):
        self.clock, self.answers, self.seen = clock, list(answers), []

    def __call__(self, dialog):
        dialog.show()
        sitting = dialog.parent().sitting
        before = sitting.remaining_s
        self.clock.set(self.clock.now() + 20)  # reading the briefing takes 20 s
        assert sitting.paused and sitting.remaining_s == before
        choice = self.answers.pop(0)
        self.seen.append((sitting.current.id, dialog.buttons["skip"].isVisibleTo(dialog)))
        if choice == "continue":
            for box in dialog.consent_boxes.values():
                box.setChecked(True)
        dialog.buttons[choice].click()
        return 0


def play_item(window, qtbot, clock, reply_at, end_at, text=GOOD):
    """Reply at ``reply_at`` s of the item, resolve it, end it at ``end_at``."""
    screen = window.exams.screen
    desk = screen.desk
    assert window.screens.currentWidget() is screen and screen.pages.currentWidget() is desk
    start = clock.now()
    clock.set(start + reply_at)
    screen.controller.tick()
    desk.select_thread("main")
    desk.send(text)
    desk.do_action("resolve", None)
    clock.set(start + end_at)
    screen.tick()
    if screen.state == "playing":
        qtbot.mouseClick(desk.end_button, Qt.LeftButton)


def start_exam(window, qtbot, clock, answers):
    panel = window.exams.panel
    assert window.home.tabs.tabText(window.home.tabs.indexOf(panel)) == "Certification exams"
    assert panel.exams.text(0, 0) == "Mini exam"
    assert panel.exams.text(0, 1) == "4"
    assert panel.exams.text(0, 2) == "30 min"
    assert "mean score ≥ 75%" in panel.exams.text(0, 3)
    assert panel.select_exam("mini")
    qtbot.mouseClick(panel.start_button, Qt.LeftButton)
    screen = window.exams.screen
    assert screen.pages.currentWidget() is screen.intro
    assert "no penalty" in screen.intro.body.text()
    screen.seed, screen.run_timers = 1, False
    screen.exec_dialog = Briefings(clock, answers)
    qtbot.mouseClick(screen.intro.begin_button, Qt.LeftButton)
    return screen


def test_sit_a_whole_exam_swap_break_certificate(qtbot, tmp_path, db, library):
    clock = ManualClock()
    window = open_window(qtbot, tmp_path, db, library, clock)
    sign_in(window, qtbot, first=True)
    screen = start_exam(window, qtbot, clock, ["skip", "continue"])
    sitting = screen.sitting
    assert [s.id for s in sitting.order][:3] == ["easy-a", "hard-sensitive", "easy-b"]
    assert screen.exam_clock.text() == "Exam time left 30:00"
    assert screen.item_label.text() == "Item 1 of 4"
    assert screen.exam_clock.isVisibleTo(screen.desk)

    play_item(window, qtbot, clock, 30, 60)
    # Between items: no score yet; a break stops the exam clock.
    assert screen.pages.currentWidget() is screen.between
    assert "Item 1 of 4 done" in screen.between.title.text()
    assert sitting.remaining_s == LIMIT - 60
    qtbot.mouseClick(screen.between.break_button, Qt.LeftButton)
    clock.set(clock.now() + 300)
    screen.tick()
    assert sitting.remaining_s == LIMIT - 60
    assert screen.between.clock.text() == "Exam time left 29:00"
    # Continue: the sensitive item's briefing offers the swap; the lighter one is played.
    qtbot.mouseClick(screen.between.continue_button, Qt.LeftButton)
    assert screen.exec_dialog.seen == [("hard-sensitive", True), ("lighter", False)]
    assert sitting.current.id == "lighter"
    assert sitting.remaining_s == LIMIT - 60  # both briefings were paused time
    play_item(window, qtbot, clock, 20, 40)
    qtbot.mouseClick(screen.between.continue_button, Qt.LeftButton)
    play_item(window, qtbot, clock, 10, 30)
    qtbot.mouseClick(screen.between.continue_button, Qt.LeftButton)
    play_item(window, qtbot, clock, 10, 30)

    # Ending an item early was asked first each time.
    assert set(window.asked) == {"End this exam item?"}
    # The end: verdict, items (with the swap), the certificate.
    assert screen.pages.currentWidget() is screen.end
    end = screen.end
    assert "Passed" in end.verdict.text()
    assert end.items.rowCount() == 4
    assert end.items.text(1, 1) == "Scenario lighter"
    assert end.items.text(1, 4) == "swapped (no penalty)"
    assert all(end.items.text(r, 2) == "100%" for r in range(4))
    kinds = [e["kind"] for e in sitting.log]
    assert kinds.count("swap") == 1 and {"pause", "resume"} <= set(kinds)
    reasons = [p["reason"] for p in sitting.pause_log()]
    assert reasons.count("break") == 1 and reasons.count("briefing") == 2
    assert end.card.isVisibleTo(end) and screen.certificate is not None
    target = tmp_path / "certificate.html"
    screen.ask_save_path = lambda _suggested: str(target)
    qtbot.mouseClick(end.save_button, Qt.LeftButton)
    page = target.read_text(encoding="utf-8")
    assert screen.certificate.code in page and 'dir="rtl"' in page
    offline = verify_record(read_file(target), T0.date(), window.store.signing_key().public)
    assert offline.status == "valid" and offline.certificate == screen.certificate
    check = verify(window.store, screen.certificate.code, T0.date())
    assert check.status == "valid" and check.certificate.person_name == "Layla"

    # An item's results (evidence) open from the end page.
    end.open_item.emit(end.attempt_ids[0])
    assert window.screens.currentWidget() is window.results
    # Home: exam attempts are not practice; the sitting and its certificate are listed.
    window.show_home()
    assert window.home.history.rowCount() == 0
    panel = window.exams.panel
    assert panel.mine.rowCount() == 1
    assert panel.mine.text(0, 3) == "Passed"
    assert panel.mine.text(0, 4) == screen.certificate.id


def test_ending_an_item_asks_first_and_no_keeps_playing(qtbot, tmp_path, db, library):
    clock = ManualClock()
    window = open_window(qtbot, tmp_path, db, library, clock)
    sign_in(window, qtbot, first=True)
    screen = start_exam(window, qtbot, clock, [])
    window.ask = lambda *_args: False  # "Stay"
    qtbot.mouseClick(screen.desk.end_button, Qt.LeftButton)
    assert screen.state == "playing" and screen.sitting.session is not None
    assert not screen.sitting.session.ended


def test_time_up_ends_the_sitting_gracefully(qtbot, tmp_path, db, library):
    clock = ManualClock()
    window = open_window(qtbot, tmp_path, db, library, clock)
    sign_in(window, qtbot, first=True)
    screen = start_exam(window, qtbot, clock, [])
    clock.set(LIMIT + 5)
    screen.tick()
    assert screen.pages.currentWidget() is screen.end
    assert "Not passed" in screen.end.verdict.text()
    assert "time ran out" in screen.end.verdict.text()
    assert screen.end.items.text(3, 3) == "Not reached"
    assert not screen.end.save_button.isVisibleTo(screen.end)


def test_resume_after_the_app_is_killed(qtbot, tmp_path, db, library):
    clock = ManualClock()
    window = open_window(qtbot, tmp_path, db, library, clock)
    sign_in(window, qtbot, first=True)
    screen = start_exam(window, qtbot, clock, ["continue"])
    play_item(window, qtbot, clock, 30, 60)  # exam 0..60
    clock.set(clock.now() + 40)  # between items: counts (exam 100)
    qtbot.mouseClick(screen.between.continue_button, Qt.LeftButton)  # briefing: paused 20 s
    assert screen.sitting.current.id == "hard-sensitive"
    start = clock.now()
    clock.set(start + 30)
    screen.controller.tick()
    screen.desk.select_thread("main")
    screen.desk.send(GOOD)  # saved at exam 130
    clock.set(start + 80)  # then the app is killed at exam 180 (the world's 200)
    screen.stop()
    window.store.engine.dispose()
    window.close()
    del window, screen

    clock.set(clock.now() + 60)  # closed for a minute: it counts (exam 240)
    clock2 = ManualClock(5000)  # the new process's own monotonic clock
    again = open_window(qtbot, tmp_path, db, library, clock2, world=clock)
    sign_in(again, qtbot, first=False)
    panel = again.exams.panel
    assert again.home.tabs.currentWidget() is panel
    assert panel.resume_box.isVisibleTo(again.home)
    assert "26:00 left" in panel.resume_bar.text()
    assert not panel.start_button.isEnabled()
    again.exams.screen.run_timers = False
    qtbot.mouseClick(panel.resume_button, Qt.LeftButton)
    screen = again.exams.screen
    assert screen.pages.currentWidget() is screen.desk
    assert screen.sitting.remaining_s == LIMIT - 240
    assert screen.exam_clock.text() == "Exam time left 26:00"
    assert screen.item_label.text() == "Item 2 of 4"
    screen.desk.select_thread("main")
    assert GOOD in screen.desk.conversation.browser.toPlainText()  # the saved reply is back
    clock2.set(5010)
    screen.tick()
    assert screen.sitting.remaining_s == LIMIT - 250


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_pause_support_at_the_desk_stops_the_exam_clock(qtbot, tmp_path, db, library):
    from simulator.ui.wellbeing.support import PauseSupportButton

    clock = ManualClock()
    window = open_window(qtbot, tmp_path, db, library, clock)
    sign_in(window, qtbot, first=True)
    screen = start_exam(window, qtbot, clock, [])
    desk = screen.desk
    # The button the wellbeing hooks put on the desk: it pauses the desk's controller.
    button = PauseSupportButton([], "en", clock=lambda: desk.controller, parent=desk)
    clock.set(40)
    panel = button.open_panel()
    assert screen.sitting.paused
    clock.set(400)
    screen.tick()
    assert screen.sitting.remaining_s == LIMIT - 40
    assert screen.exam_clock.text() == "Exam time left 29:20 (paused)"
    assert screen.controller.now() == 40
    panel.resume_button.click()
    clock.set(410)
    screen.tick()
    assert screen.sitting.remaining_s == LIMIT - 50
    assert [p["reason"] for p in screen.sitting.pause_log()] == ["support"]


def test_sign_out_mid_sitting_offers_it_again_at_sign_in(qtbot, tmp_path, db, library):
    clock = ManualClock()
    window = open_window(qtbot, tmp_path, db, library, clock)
    sign_in(window, qtbot, first=True)
    start_exam(window, qtbot, clock, [])
    clock.set(90)
    window.ask = lambda *_args: False  # "Stay"
    window.sign_out()
    assert window.person is not None and window.exams.screen.sitting is not None
    window.asked = []
    window.ask = lambda title, _text, _yes: window.asked.append(title) or True
    window.sign_out()
    assert window.asked == ["Leave the exam?"]
    assert window.screens.currentWidget() is window.signin
    clock.set(150)  # signed out for a minute: it counts
    sign_in(window, qtbot, first=False)
    panel = window.exams.panel
    assert panel.resume_box.isVisibleTo(window.home)
    assert "27:30 left" in panel.resume_bar.text()
    assert window.home.history.rowCount() == 0 and not window.home.resume_box.isVisibleTo(
        window.home
    )
