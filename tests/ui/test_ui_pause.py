"""A pause really pauses, through the app as the ``simulator`` command starts it.

``simulator.ui.app.start`` with a real SQLite store, sign in, play; then Pause / support:
the case is hidden behind a calm panel, Send, the tools, End and the shortcuts do
nothing, the engine refuses input and the clock stands still; Resume gives back the
same thread, the draft and the focus. The same in an exam sitting. And the support
panel after a live switch to Arabic: Ctrl+Shift+P opens it, its lines in Arabic.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from simulator.clock import ManualClock
from simulator.content.model import Action
from simulator.errors import SessionError
from simulator.ui import hooks
from simulator.ui.app import make_application, start
from simulator.ui.i18n import Translations
from simulator.ui.wellbeing import i18n as wellbeing_i18n
from simulator.wellbeing.config import load_config

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")

REPO = Path(__file__).resolve().parents[2]
EXAMS = REPO / "tests" / "core" / "exams" / "data" / "library"
SCENARIO = "coin-refund-accidental-purchase"  # a ticket with a receipt, then a chat
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _restore_hooks():
    """start() installs the wellbeing hooks, which are process-wide: put them back, and
    the interface back in English for the tests that follow."""
    saved = (hooks.attachment_widget, hooks.briefing_gate, hooks.support_control)
    yield
    hooks.install(*saved)
    app = make_application()
    Translations(app).switch("en", remember=False)
    wellbeing_i18n.install(app, "en")


def launch(qtbot, tmp_path, template: Path, library: Path):
    """The app as ``simulator`` starts it (``start``), its store a copy of a migrated one;
    returns the window once sign-in is ready."""
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "settings"))
    shutil.copyfile(template, tmp_path / "f.db")
    args = SimpleNamespace(library=str(library), database_url=f"sqlite:///{tmp_path / 'f.db'}")
    ready: list = []
    window = start(args, make_application(), on_ready=ready.append)
    window.ask = lambda *_question: True  # leaving an exam (closing at the end): yes
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(ready), timeout=60000)
    s = window.signin
    qtbot.keyClicks(s.name, "layla")
    qtbot.keyClicks(s.display_name, "Layla")
    qtbot.keyClicks(s.password, "correct horse")
    qtbot.keyClicks(s.confirm, "correct horse")
    qtbot.mouseClick(s.button, Qt.MouseButton.LeftButton)
    assert window.person is not None
    window.activateWindow()
    return window


@pytest.fixture
def practice(qtbot, tmp_path, _sqlite_template):
    window = launch(qtbot, tmp_path, _sqlite_template, REPO / "scenarios")
    home = window.home
    assert home.select_scenario(SCENARIO)
    qtbot.mouseClick(home.start_button, Qt.MouseButton.LeftButton)
    assert window.screens.currentWidget() is window.desk
    yield window
    if window.running is not None:
        window.running.controller.stop_timers()


def case_widgets(desk) -> dict:
    """What of the case a trainee could read: threads, conversation, attachments, card."""
    widgets = {
        "inbox": desk.inbox,
        "conversation": desk.conversation,
        "composer": desk.composer,
        "tools": desk.tools,
        "card": desk.tools.card,
    }
    box = desk.conversation.attachments
    attachments = [box.itemAt(i).widget() for i in range(box.count())]
    widgets.update({f"attachment-{i}": w for i, w in enumerate(attachments) if w is not None})
    return widgets


def tools_of(desk) -> dict:
    t = desk.tools
    return {
        "send": desk.composer.send_button,
        "editor": desk.composer.editor,
        "macros": desk.composer.macro_button,
        "lookup": t.lookup_button,
        "tag": t.tag_button,
        "tag-edit": t.tag_edit,
        "escalate": t.escalate_button,
        "request": t.request_button,
        "resolve": t.resolve_button,
        "close": t.close_button,
        "end": desk.end_button,
        "help": desk.help_button,
    }


@pytest.mark.slow
def test_a_pause_in_practice_hides_the_case_and_stops_everything(practice, qtbot):
    window = practice
    desk = window.desk
    controller = window.running.controller
    session = controller.session
    desk.select_thread("ticket")
    qtbot.mouseClick(desk.tools.lookup_button, Qt.MouseButton.LeftButton)  # the card shows
    qtbot.keyClicks(desk.composer.editor, "Sorry about the mix-up")
    assert desk.tools.card.isVisible() and desk.conversation.isVisible()
    assert desk.composer.send_button.isEnabled()
    qtbot.waitUntil(lambda: controller.now() > 0.2, timeout=5000)  # the clock runs
    actions_before = len(session.actions)

    # Ctrl+Shift+P from the composer: the support panel, and the calm panel on the desk.
    qtbot.keyClick(desk.composer.editor, Qt.Key.Key_P, CTRL_SHIFT)
    support = desk.support_control
    qtbot.waitUntil(lambda: support.panel is not None, timeout=1000)
    assert support.panel.isVisible()
    assert session.paused and controller.paused
    assert desk.paused_panel.isVisible()
    assert desk.paused_panel.resume_button.isEnabled()
    hidden = {name: w.isVisible() for name, w in case_widgets(desk).items()}
    assert not any(hidden.values()), hidden
    enabled = {name: w.isEnabled() for name, w in tools_of(desk).items()}
    assert not any(enabled.values()), enabled

    # Every desk shortcut does nothing: no look-up, no resolve, no send, no thread move.
    for key, mods in (
        (Qt.Key.Key_L, CTRL),
        (Qt.Key.Key_R, CTRL),
        (Qt.Key.Key_Return, CTRL),
        (Qt.Key.Key_J, CTRL),
        (Qt.Key.Key_M, CTRL),
        (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(desk, key, mods)
    assert len(session.actions) == actions_before and not session.refused
    assert desk.current == "ticket" and not desk.help.isVisible()
    assert not desk.composer.picker.isVisible()
    assert all(not sc.isEnabled() for sc in desk.shortcuts.values())

    # The engine refuses input, whoever calls it; nothing is logged.
    inputs = list(session.inputs)
    with pytest.raises(SessionError, match="paused"):
        session.reply("ticket", "sent on a stopped clock")
    with pytest.raises(SessionError, match="paused"):
        session.act(Action("lookup"))
    stored = len(window.store.events_for(window.running.attempt_id))
    desk.send("sent through the desk while paused")  # refused, the draft stays
    assert session.inputs == inputs
    assert len(window.store.events_for(window.running.attempt_id)) == stored
    assert [m for m in session.messages if m.sender == "trainee"] == []

    # The clock stands still (a real WallClock, real time passing).
    stopped, label = controller.now(), desk.elapsed.text()
    qtbot.wait(600)
    assert controller.now() == stopped and desk.elapsed.text() == label

    # Resume from the calm panel: the support panel closes, the case is back as it was.
    qtbot.mouseClick(desk.paused_panel.resume_button, Qt.MouseButton.LeftButton)
    assert support.panel is None
    assert not session.paused and not controller.paused
    assert not desk.paused_panel.isVisible()
    assert desk.conversation.isVisible() and desk.inbox.isVisible()
    assert desk.tools.card.isVisible()
    assert desk.current == "ticket"
    assert desk.composer.text() == "Sorry about the mix-up"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.composer.editor, timeout=2000)
    assert all(w.isEnabled() for w in tools_of(desk).values())
    assert all(sc.isEnabled() for sc in desk.shortcuts.values())
    qtbot.waitUntil(lambda: controller.now() > stopped + 0.2, timeout=5000)
    # And input is taken again, on the running clock.
    qtbot.keyClick(desk.composer.editor, Qt.Key.Key_Return, CTRL)
    sent = [m for m in session.messages if m.sender == "trainee"]
    assert [m.text for m in sent] == ["Sorry about the mix-up"] and sent[0].at_s > stopped
    # F1 works at once (focus is back in the desk).
    qtbot.keyClick(desk.composer.editor, Qt.Key.Key_F1)
    assert desk.help.isVisible()


def test_closing_the_support_panel_resumes_the_desk(practice, qtbot):
    desk = practice.desk
    session = practice.running.session
    qtbot.mouseClick(desk.support_control, Qt.MouseButton.LeftButton)
    assert session.paused and desk.paused_panel.isVisible()
    desk.support_control.panel.reject()  # Esc or the window's close button
    assert not session.paused and not desk.paused_panel.isVisible()
    assert desk.conversation.isVisible() and desk.composer.editor.isEnabled()


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_calm_panel_speaks_the_interface_language(practice, qtbot, language):
    window = practice
    if language == "ar":
        qtbot.mouseClick(window.top_bar.language, Qt.MouseButton.LeftButton)
        assert window.translations.language == "ar"
    desk = window.desk
    qtbot.mouseClick(desk.support_control, Qt.MouseButton.LeftButton)
    panel = desk.paused_panel
    qtbot.waitUntil(lambda: (panel.title.text() == "Paused") == (language == "en"), timeout=2000)
    texts = [panel.title.text(), panel.body.text(), panel.note.text()]
    texts.append(panel.resume_button.text())
    arabic = [any("\u0600" <= ch <= "\u06ff" for ch in t) for t in texts]
    assert arabic == [language == "ar"] * 4, texts
    desk.support_control.close_panel()


def test_after_a_live_switch_to_arabic_ctrl_shift_p_opens_arabic_support(practice, qtbot):
    window = practice
    desk = window.desk
    support = desk.support_control
    lines = load_config().support
    assert lines and all(line.ar != line.en for line in lines)
    qtbot.mouseClick(window.top_bar.language, Qt.MouseButton.LeftButton)  # live, to Arabic
    assert window.translations.language == "ar"
    qtbot.waitUntil(lambda: support.text() != "Pause / support", timeout=2000)

    qtbot.keyClick(desk.composer.editor, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: support.panel is not None, timeout=1000)
    panel = support.panel
    assert panel.isVisible()
    assert [label.text() for label in panel.line_labels] == [line.ar for line in lines]
    assert any("\u0600" <= ch <= "\u06ff" for ch in panel.head.text())
    assert window.running.session.paused

    # Switching back while it is open: the crisis lines follow at once.
    qtbot.mouseClick(window.top_bar.language, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: [label.text() for label in panel.line_labels] == [line.en for line in lines],
        timeout=2000,
    )
    panel.resume_button.click()
    assert not window.running.session.paused


class NoBriefing:
    def __call__(self, dialog):
        raise AssertionError(f"unexpected dialog {dialog!r}")


def begin_exam(qtbot, tmp_path, template, by_hand: bool = True):
    """Sign in through ``start``, begin the mini exam: item 1 at the desk. ``by_hand``:
    the exam's time is a clock the test moves (else the app's own, real time)."""
    window = launch(qtbot, tmp_path, template, EXAMS)
    clock = ManualClock()
    if by_hand:
        window.clock_factory = lambda: clock
    panel = window.exams.panel
    assert panel.select_exam("mini")
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    screen = window.exams.screen
    screen.seed = 1
    if by_hand:
        screen.run_timers = False
    screen.exec_dialog = NoBriefing()
    qtbot.mouseClick(screen.intro.begin_button, Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.desk
    qtbot.waitUntil(screen.desk.support_control.isVisible, timeout=2000)  # on the next turn
    return window, screen, clock


def test_a_pause_in_an_exam_hides_the_case_and_stops_the_item(qtbot, tmp_path, _sqlite_template):
    _window, screen, clock = begin_exam(qtbot, tmp_path, _sqlite_template)
    desk = screen.desk
    sitting, controller = screen.sitting, screen.controller
    session = controller.session
    clock.set(20)
    controller.tick()
    desk.select_thread("main")
    qtbot.keyClicks(desk.composer.editor, "hello, happy")

    qtbot.keyClick(desk.composer.editor, Qt.Key.Key_P, CTRL_SHIFT)  # the exam's pause
    qtbot.waitUntil(lambda: desk.support_control.panel is not None, timeout=1000)
    assert sitting.paused and session.paused
    assert desk.paused_panel.isVisible()
    hidden = {name: w.isVisible() for name, w in case_widgets(desk).items()}
    assert not any(hidden.values()), hidden
    assert not any(w.isEnabled() for w in tools_of(desk).values())
    assert screen.exam_clock.isVisible()  # the exam's own header stays
    qtbot.keyClick(desk, Qt.Key.Key_R, CTRL)  # resolve: nothing
    with pytest.raises(SessionError, match="paused"):
        session.reply("main", "hello, happy to help")
    clock.set(200)
    screen.tick()
    controller.tick()
    assert sitting.remaining_s == 30 * 60 - 20
    assert controller.now() == 20 and session.now == 20
    assert "(paused)" in screen.exam_clock.text()
    assert session.inputs == [] or all(e["kind"] == "keys" for e in session.inputs)

    qtbot.mouseClick(desk.paused_panel.resume_button, Qt.MouseButton.LeftButton)
    assert not sitting.paused and not session.paused
    assert desk.conversation.isVisible() and desk.current == "main"
    assert desk.composer.text() == "hello, happy"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.composer.editor, timeout=2000)
    clock.set(230)
    qtbot.keyClicks(desk.composer.editor, " to help")
    qtbot.keyClick(desk.composer.editor, Qt.Key.Key_Return, CTRL)
    replies = [m for m in session.messages if m.sender == "trainee"]
    assert [(m.text, m.at_s) for m in replies] == [("hello, happy to help", 50.0)]
    assert [p["reason"] for p in sitting.pause_log()] == ["support"]
    screen.stop()


@pytest.mark.slow
def test_in_the_real_app_a_paused_exam_stands_still(qtbot, tmp_path, _sqlite_template):
    """The app's own clocks and timers (real time): nothing moves while paused."""
    _window, screen, _clock = begin_exam(qtbot, tmp_path, _sqlite_template, by_hand=False)
    desk, sitting, controller = screen.desk, screen.sitting, screen.controller
    session = controller.session
    qtbot.waitUntil(lambda: sitting.elapsed_s > 0.3, timeout=5000)  # the exam clock runs
    qtbot.keyClick(desk.composer.editor, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: desk.support_control.panel is not None, timeout=1000)
    assert sitting.paused and session.paused and desk.paused_panel.isVisible()
    qtbot.waitUntil(lambda: "(paused)" in screen.exam_clock.text(), timeout=2000)
    left, item_s, label = sitting.remaining_s, controller.now(), screen.exam_clock.text()
    qtbot.wait(800)  # the screen's and the desk's timers tick meanwhile
    # Stopped (to the store clock's microsecond: it is read afresh each time).
    assert sitting.remaining_s == pytest.approx(left, abs=1e-3)
    assert controller.now() == pytest.approx(item_s, abs=1e-3) and session.now <= item_s + 1e-3
    assert screen.exam_clock.text() == label
    with pytest.raises(SessionError, match="paused"):
        session.reply("main", "hello, happy to help")
    qtbot.mouseClick(desk.paused_panel.resume_button, Qt.MouseButton.LeftButton)
    assert not sitting.paused and not session.paused and desk.conversation.isVisible()
    qtbot.waitUntil(lambda: sitting.remaining_s < left - 0.3, timeout=5000)
    pauses = sitting.pause_log()
    assert [p["reason"] for p in pauses] == ["support"] and pauses[0]["seconds"] >= 0.8
    screen.stop()


def test_past_the_allowance_the_panel_says_so_and_time_up_closes_the_pause(
    qtbot, tmp_path, _sqlite_template
):
    _window, screen, clock = begin_exam(qtbot, tmp_path, _sqlite_template)
    desk, sitting = screen.desk, screen.sitting
    session = screen.controller.session
    clock.set(20)
    qtbot.mouseClick(desk.support_control, Qt.MouseButton.LeftButton)
    screen.tick()
    assert desk.paused and not desk.paused_panel.notice.isVisible()
    allowance = sitting.exam.support_pause_limit_s
    clock.set(20 + allowance + 60)  # the allowance is used up: the exam clock runs again
    screen.tick()
    assert sitting.over_allowance and desk.paused  # the case stays hidden
    assert desk.paused_panel.notice.isVisible()
    assert "running again" in desk.paused_panel.notice.text()
    assert sitting.remaining_s == 30 * 60 - 80
    with pytest.raises(SessionError, match="paused"):
        session.reply("main", "hello, happy to help")
    clock.set(20 + allowance + 30 * 60)  # time runs out with the pause still open
    screen.tick()
    assert screen.state == "end" and screen.pages.currentWidget() is screen.end
    assert desk.support_control.panel is None  # the pause was closed, and logged
    assert session.ended and session.end_reason == "time_limit"
    pauses = sitting.pause_log()
    assert [(p["reason"], p.get("capped")) for p in pauses] == [("support", True)]


def test_signing_out_of_a_paused_exam_closes_the_support_panel(qtbot, tmp_path, _sqlite_template):
    """Nobody who signs in next finds the last trainee's support panel, or its desk."""
    window, screen, _clock = begin_exam(qtbot, tmp_path, _sqlite_template)
    desk = screen.desk
    qtbot.keyClick(desk.composer.editor, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: desk.support_control.panel is not None, timeout=1000)
    sitting = screen.sitting
    window.ask = lambda *_args: True  # "Leave the exam?": yes
    window.sign_out()
    assert desk.support_control.panel is None
    assert window.screens.currentWidget() is window.signin
    assert [p["reason"] for p in sitting.pause_log()] == ["support"]  # closed, and logged
