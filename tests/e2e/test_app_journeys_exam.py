"""An exam as someone trying to cheat would sit it, through the app exactly as the
``simulator`` command starts it (real clocks, real time): pause for support to read the
case on a stopped clock, quit mid-item or sign out to dodge the clock, and switch the
language with the support panel open (it must follow, right to left). See ``journeys``."""

from __future__ import annotations

import shutil
import time

import pytest
from PySide6.QtTest import QTest

from simulator.wellbeing.config import load_config
from tests.e2e import journeys
from tests.e2e.journeys import (
    EXAMS,
    command_store,
    main_window,
    on_screen,
    run_command,
    sign_in,
    sign_out,
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
restore_process_state = journeys.restore_process_state

CASE = "I need help ("  # every item's first message: the case on the desk
DRAFT = "hello, happy"
ALLOWANCE_S = 2.0  # the exam's support_pause_limit in the library these journeys sit
TOLERANCE_S = 0.25  # the clocks are read a few milliseconds apart


@pytest.fixture
def library(tmp_path, _sqlite_template):
    """The mini exam's library with a pause allowance of 2 s (to see it run out in real
    time); an admin and a trainee in the command's store."""
    root = tmp_path / "library"
    shutil.copytree(EXAMS, root)
    exam = root / "exams" / "mini.yaml"
    text = exam.read_text(encoding="utf-8")
    exam.write_text(f"{text}support_pause_limit: {ALLOWANCE_S:g}s\n", encoding="utf-8")
    store = command_store(_sqlite_template)
    store.create_person("lina", "admin", display_name="Lina", password="password-lina")
    store.create_person("layla", "trainee", display_name="Layla", password="password-layla")
    store.create_person("omar", "trainee", display_name="Omar", password="password-omar")
    store.close()
    return root


def arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def brief(dialog) -> int:
    """The briefing before the sensitive item: taken, consenting."""
    for box in dialog.consent_boxes.values():
        box.setChecked(True)
    dialog.buttons["continue"].click()
    return 0


def begin_the_exam(window):
    """Home → Exams → mini → Begin: the first item at the desk (``yield from``)."""
    window.ask = lambda *_args: True  # "Leave the exam?" and the like: yes
    window.wellbeing.exec_dialog = lambda _dialog: 0  # check-ins: skipped
    panel = window.exams.panel
    assert panel.select_exam("mini")
    panel.start_button.click()
    screen = window.exams.screen
    screen.exec_dialog = brief
    screen.intro.begin_button.click()
    assert screen.sitting is not None, "Begin the exam did nothing"
    yield from at_the_desk(screen)
    return screen


def at_the_desk(screen):
    desk = screen.desk
    yield lambda: screen.state == "playing" and desk.support_control.isVisible()
    yield lambda: desk.conversation.isVisible() and CASE in on_screen()


def type_draft(desk) -> None:
    desk.select_thread("main")
    QTest.keyClicks(desk.composer.editor, DRAFT)


def open_support(desk):
    desk.support_control.click()
    panel = desk.support_control.panel
    assert panel is not None and panel.isVisible()
    return panel


def the_case_is_hidden(desk) -> None:
    shown = on_screen()
    assert CASE not in shown and DRAFT not in shown, shown
    assert not desk.conversation.isVisible() and not desk.inbox.isVisible()
    assert not desk.composer.isVisible() and not desk.tools.isVisible()
    assert desk.paused_panel.isVisible()


def wait(seconds: float):
    until = time.monotonic() + seconds
    return lambda: time.monotonic() >= until


@pytest.mark.slow
@pytest.mark.qt_no_exception_capture
def test_a_support_pause_hides_the_case_and_is_credited_up_to_the_allowance(tmp_path, library):
    seen: dict[str, object] = {}

    def journey():
        yield from sign_in("layla", "password-layla")
        window = main_window()
        screen = yield from begin_the_exam(window)
        desk, sitting = screen.desk, screen.sitting
        type_draft(desk)
        yield lambda: sitting.elapsed_s > 0.3  # the exam clock runs
        open_support(desk)
        assert sitting.paused
        the_case_is_hidden(desk)
        left = sitting.remaining_s
        yield lambda: "(paused)" in screen.exam_clock.text()
        yield wait(ALLOWANCE_S / 2)  # within the allowance: the exam clock stands still
        assert sitting.remaining_s == pytest.approx(left, abs=0.05)
        assert "(paused)" in screen.exam_clock.text()
        # Past it, the exam clock runs again; the case stays hidden, and the panel says so.
        yield lambda: "(running)" in screen.exam_clock.text()
        yield lambda: sitting.remaining_s < left - 0.3
        assert desk.paused_panel.notice.isVisible()
        seen["notice"] = desk.paused_panel.notice.text()
        the_case_is_hidden(desk)
        assert sitting.paused
        desk.paused_panel.resume_button.click()  # the case is back as it was
        assert not sitting.paused and desk.support_control.panel is None
        yield lambda: desk.conversation.isVisible() and CASE in on_screen()
        assert desk.composer.text() == DRAFT
        seen["pauses"] = sitting.pause_log()
        window.close()

    assert run_command(["--library", str(library)], journey, tmp_path) == 0
    assert "running again" in str(seen["notice"])
    [pause] = seen["pauses"]
    assert pause["reason"] == "support" and pause["seconds"] > ALLOWANCE_S


@pytest.mark.slow
@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("paused", [False, True], ids=["working", "paused"])
def test_quitting_mid_item_and_starting_again_gives_no_time_back(tmp_path, library, paused):
    seen: dict[str, float] = {}

    def first():
        yield from sign_in("layla", "password-layla")
        window = main_window()
        screen = yield from begin_the_exam(window)
        desk, sitting = screen.desk, screen.sitting
        desk.select_thread("main")
        desk.send("hello, happy to help")  # saved as it is sent
        yield lambda: sitting.elapsed_s > 0.5
        if paused:  # the clock stopped first, as a cheat would try
            open_support(desk)
            assert sitting.paused
            yield wait(1.0)  # within the allowance: credited
        seen["left"] = sitting.remaining_s
        seen["closed at"] = time.monotonic()
        window.close()  # "Leave the exam?": yes

    def again():
        yield from sign_in("layla", "password-layla")
        window = main_window()
        window.ask = lambda *_args: True
        panel = window.exams.panel
        assert window.home.tabs.currentWidget() is panel
        assert panel.resume_box.isVisibleTo(window.home)
        assert not panel.start_button.isEnabled()
        panel.resume_button.click()
        screen = window.exams.screen
        assert screen.sitting is not None
        seen["away"] = time.monotonic() - seen["closed at"]
        seen["left again"] = screen.sitting.remaining_s
        assert not screen.sitting.paused
        yield from at_the_desk(screen)
        screen.desk.select_thread("main")
        assert "hello, happy to help" in screen.desk.conversation.browser.toPlainText()
        window.close()

    assert run_command(["--library", str(library)], first, tmp_path) == 0
    time.sleep(1.0)  # away for a second at least: it counts
    assert run_command(["--library", str(library)], again, tmp_path) == 0
    # No time back for the time away; nor is the pause before it taken back.
    assert seen["left again"] == pytest.approx(seen["left"] - seen["away"], abs=TOLERANCE_S), seen


@pytest.mark.slow
@pytest.mark.qt_no_exception_capture
def test_signing_out_mid_exam_leaves_nothing_on_screen_and_gives_no_time_back(tmp_path, library):
    seen: dict[str, object] = {}

    def journey():
        yield from sign_in("layla", "password-layla")
        window = main_window()
        screen = yield from begin_the_exam(window)
        desk, sitting = screen.desk, screen.sitting
        type_draft(desk)
        yield lambda: sitting.elapsed_s > 0.3
        open_support(desk)  # paused, the support panel open: then away
        left, out_at = sitting.remaining_s, time.monotonic()
        sign_out(window)
        shown = on_screen()
        assert CASE not in shown and DRAFT not in shown, shown
        assert desk.support_control.panel is None
        assert "Exam time left" not in shown
        assert not screen.isVisible()
        assert screen.sitting is None  # let go: the next person cannot reach it

        yield from sign_in("lina", "password-lina")  # the next person at this desk
        shown = on_screen()
        assert CASE not in shown and DRAFT not in shown and "Exam time left" not in shown
        assert not window.exams.panel.resume_box.isVisibleTo(window.home)
        yield wait(1.0)  # away for a second at least: it counts
        sign_out(window)

        yield from sign_in("layla", "password-layla")
        panel = window.exams.panel
        assert panel.resume_box.isVisibleTo(window.home)
        panel.resume_button.click()
        seen["away"] = time.monotonic() - out_at
        seen["gained"] = window.exams.screen.sitting.remaining_s - (left - seen["away"])
        yield from at_the_desk(window.exams.screen)
        window.close()

    assert run_command(["--library", str(library)], journey, tmp_path) == 0
    assert float(seen["gained"]) <= TOLERANCE_S, seen


@pytest.mark.qt_no_exception_capture
def test_the_support_panel_follows_a_switch_to_arabic_right_to_left(tmp_path, library):
    lines = load_config().support
    seen: dict[str, object] = {}

    def journey():
        yield from sign_in("layla", "password-layla")
        window = main_window()
        screen = yield from begin_the_exam(window)
        desk = screen.desk
        panel = open_support(desk)
        assert not panel.isRightToLeft()
        middle = window.geometry().center().x()
        assert panel.geometry().center().x() > middle  # at the end edge: the right
        window.top_bar.language.click()  # English → Arabic, the panel open
        assert window.translations.language == "ar"
        yield lambda: arabic(panel.head.text())
        seen["lines"] = [label.text() for label in panel.line_labels]
        seen["rtl"] = panel.isRightToLeft()
        seen["at the left"] = panel.geometry().center().x() < middle  # the end edge now
        seen["title"] = panel.windowTitle()
        seen["resume"] = panel.resume_button.text()
        seen["calm"] = desk.paused_panel.title.text()
        seen["clock"] = screen.exam_clock.text()
        seen["item clock"] = desk.elapsed.text()  # the item's own, stopped: retranslated too
        the_case_is_hidden(desk)
        assert screen.sitting.paused
        panel.resume_button.click()
        assert not screen.sitting.paused
        window.translations.switch("en", remember=False)
        window.close()

    assert run_command(["--library", str(library)], journey, tmp_path) == 0
    assert seen["lines"] == [line.ar for line in lines]
    assert seen["rtl"] is True
    assert seen["at the left"] is True
    for key in ("title", "resume", "calm", "clock", "item clock"):
        assert arabic(str(seen[key])), (key, seen[key])


@pytest.mark.slow
@pytest.mark.qt_no_exception_capture
def test_starting_again_does_not_renew_the_pause_allowance(tmp_path, library):
    """Pause most of the allowance, quit, start again and pause: only the rest of the
    allowance is left, and then the exam clock runs again."""
    used = 0.75 * ALLOWANCE_S
    seen: dict[str, float] = {}

    def first():
        yield from sign_in("layla", "password-layla")
        window = main_window()
        screen = yield from begin_the_exam(window)
        desk = screen.desk
        open_support(desk)
        yield wait(used)
        desk.paused_panel.resume_button.click()
        assert not screen.sitting.paused
        window.close()

    def again():
        yield from sign_in("layla", "password-layla")
        window = main_window()
        window.ask = lambda *_args: True
        window.exams.panel.resume_button.click()
        screen = window.exams.screen
        yield from at_the_desk(screen)
        open_support(screen.desk)
        opened = time.monotonic()
        yield lambda: "(running)" in screen.exam_clock.text()
        seen["paused for"] = time.monotonic() - opened
        the_case_is_hidden(screen.desk)
        screen.desk.paused_panel.resume_button.click()
        window.close()

    assert run_command(["--library", str(library)], first, tmp_path) == 0
    assert run_command(["--library", str(library)], again, tmp_path) == 0
    assert seen["paused for"] < ALLOWANCE_S - used + 0.5 * (ALLOWANCE_S - used) + TOLERANCE_S, seen


@pytest.mark.qt_no_exception_capture
def test_the_next_trainee_at_the_desk_finds_nothing_of_the_last_ones_exam(tmp_path, library):
    seen: dict[str, object] = {}

    def journey():
        yield from sign_in("layla", "password-layla")
        window = main_window()
        screen = yield from begin_the_exam(window)
        type_draft(screen.desk)
        sign_out(window)  # "Leave the exam?": yes

        yield from sign_in("omar", "password-omar")
        shown = on_screen()
        assert "Layla" not in shown and DRAFT not in shown and CASE not in shown, shown
        assert not window.exams.panel.resume_box.isVisibleTo(window.home)
        screen = yield from begin_the_exam(window)
        desk = screen.desk
        desk.select_thread("main")
        seen["draft"] = desk.composer.text()
        seen["shown"] = on_screen()
        window.close()

    assert run_command(["--library", str(library)], journey, tmp_path) == 0
    assert seen["draft"] == ""
    assert DRAFT not in str(seen["shown"])
