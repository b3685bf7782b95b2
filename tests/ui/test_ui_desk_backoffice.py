"""The desk as a real one (issue 17): the customer panel with the back office's state,
internal notes, the event trail in each thread, the From address of an e-mail, and a
typing indicator that follows the scenario's script."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt

from simulator.clock import ManualClock
from simulator.ui.app import build_window, make_application

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

REPO = Path(__file__).resolve().parents[2]
LOCKED_OUT = "creator-locked-out-before-livestream"
SCHOOL = "threat-to-school-chat-urgent"
SEED = 7


def open_window(qtbot, store, library):
    win = build_window(
        SimpleNamespace(library=None, database_url=None),
        make_application(),
        store=store,
        clock_factory=ManualClock,
        library=library,
    )
    win.ask = lambda _title, _text, _yes: True
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def window(qtbot, tmp_path, store, library):
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "settings"))
    win = open_window(qtbot, store, library)
    win.signed_in(store.create_person("layla", "trainee", password="correct horse"))
    yield win
    if win.running is not None and win.running.controller is not None:
        win.running.controller.stop_timers()


def start(window, scenario_id):
    assert window.home.select_scenario(scenario_id)
    return window.start_scenario(window.home.selected_scenario(), seed=SEED, run_timers=False)


def at(running, seconds):
    running.controller.clock.set(seconds)
    running.controller.tick()


def test_the_customer_panel_shows_the_state_and_a_back_office_action_changes_it(window, qtbot):
    running = start(window, LOCKED_OUT)
    at(running, 2)
    panel = window.desk.tools.customer
    assert panel.isVisibleTo(window.desk)  # always there, no look-up needed
    values = running.session.values
    assert values["name"] in panel.who.text() and values["email"] in panel.who.text()
    assert "2 signed in" in panel.state_view.text() and panel.changed_keys == []
    assert "Brand partnership payout" in panel.tickets.text()
    qtbot.mouseClick(panel.action_buttons["sign-out-everywhere"], Qt.LeftButton)
    assert running.session.state["sessions"] == "signed out everywhere"
    assert "signed out everywhere" in panel.state_view.text()
    assert panel.changed_keys == ["sessions"]
    assert "Sign out all sessions" in window.desk.tools.outcome.text()


def test_an_internal_note_goes_in_the_trail_and_is_graded_never_sent(window, qtbot):
    running = start(window, LOCKED_OUT)
    at(running, 2)
    desk = window.desk
    desk.select_thread("chat")
    panel = desk.tools.customer
    qtbot.keyClicks(panel.note_edit, "Identity verified: date of birth and e-mail on file")
    qtbot.mouseClick(panel.note_button, Qt.LeftButton)
    assert panel.note_edit.toPlainText() == ""
    notes = [a for a in running.session.actions if a.type == "note"]
    assert notes and notes[0].thread == "chat"
    assert all(m.sender == "user" for m in running.session.messages)  # nothing was sent
    html = desk.conversation.browser.toPlainText()
    assert "Internal note: Identity verified" in html
    desk.do_action("tag", "account-security")
    assert "Tagged account-security" in desk.conversation.browser.toPlainText()
    assert running.session.grade().criterion("note-verification").passed


def test_an_email_shows_the_senders_address(window, qtbot):
    running = start(window, LOCKED_OUT)
    at(running, 30)
    window.desk.select_thread("email")
    email = running.session.values["email"]
    text = window.desk.conversation.browser.toPlainText()
    assert f"<{email}>" in text


def test_the_back_office_state_comes_back_after_a_crash(window, qtbot, store, library):
    running = start(window, LOCKED_OUT)
    at(running, 3)
    window.desk.do_action("update", "sign-out-everywhere")
    running.controller.stop_timers()
    again = open_window(qtbot, store, library)
    again.signed_in(store.person("layla"))
    qtbot.mouseClick(again.home.resume_button, Qt.LeftButton)
    again.running.controller.stop_timers()
    panel = again.desk.tools.customer
    assert again.running.session.state["sessions"] == "signed out everywhere"
    assert panel.changed_keys == ["sessions"]
    assert "Sign out all sessions" in again.desk.conversation.browser.toPlainText() or (
        again.desk.current is None
    )


def test_typing_follows_the_script_and_a_cancelled_message_is_never_typed(window, qtbot):
    running = start(window, SCHOOL)
    desk = window.desk
    at(running, 1)
    desk.select_thread("chat")
    desk.send("Please call 911 or the police right now, and tell your mom.")
    at(running, 2.5)
    assert not desk.conversation.typing.isVisibleTo(desk)  # the reaction is due at 6 s
    at(running, 4)
    assert desk.conversation.typing.isVisibleTo(desk)  # typing: 3s before it
    at(running, 7)
    assert "calling the police" in running.session.messages[-1].text
    for t in range(8, 120, 4):
        at(running, t)
        assert not desk.conversation.typing.isVisibleTo(desk), (
            t,
            running.session.typing(),
            desk.current,
        )
    chat = [m.text for m in running.session.messages if m.thread == "chat"]
    assert not any(t.startswith("hello??") for t in chat)


def test_the_panel_speaks_arabic_in_the_arabic_ui(window, qtbot):
    window.translations.switch("ar")
    running = start(window, "hacked-account-chat-eg")
    at(running, 2)
    panel = window.desk.tools.customer
    assert panel.title.text() == "العميل"
    assert panel.action_buttons["sign-out-everywhere"].text() == "تسجيل الخروج من كل الأجهزة"
    assert "حالة الحساب" in panel.state_view.text()
    window.translations.switch("en")
    assert panel.title.text() == "Customer"
    assert panel.action_buttons["sign-out-everywhere"].text() == "Sign out all devices"


def test_the_header_counts_the_time_limit_down_and_marks_the_last_minutes(window, qtbot):
    running = start(window, SCHOOL)  # time_limit: 20m
    at(running, 65)
    assert window.desk.elapsed.text() == "⏱ 1:05 · 18:55 left"
    assert window.desk.elapsed.styleSheet() == ""
    at(running, 20 * 60 - 200)
    assert "3:20 left" in window.desk.elapsed.text()
    assert "b45309" in window.desk.elapsed.styleSheet()


def test_an_urgent_report_has_the_shorter_target(window, qtbot):
    running = start(window, SCHOOL)
    assert running.session.threads["report"].sla_target_s == 15 * 60


def test_status_buttons_set_pending_on_hold_and_reopen_with_a_trail(window, qtbot):
    running = start(window, LOCKED_OUT)
    at(running, 30)
    desk = window.desk
    desk.select_thread("email")
    tools = desk.tools
    qtbot.mouseClick(tools.status_buttons["pending"], Qt.LeftButton)
    assert running.session.threads["email"].status == "pending"
    assert desk.conversation.status_chip.text() == "Pending"
    qtbot.mouseClick(tools.status_buttons["on-hold"], Qt.LeftButton)
    assert desk.conversation.status_chip.text() == "On hold"
    desk.do_action("resolve", None)
    qtbot.mouseClick(tools.status_buttons["open"], Qt.LeftButton)
    assert running.session.threads["email"].status == "open"
    text = desk.conversation.browser.toPlainText()
    for line in ("Status changed to pending", "Status changed to on hold", "solved", "Reopened"):
        assert line in text, line


def test_the_macro_picker_shows_titles_a_preview_and_what_else_it_does(window, qtbot):
    running = start(window, LOCKED_OUT)
    at(running, 2)
    desk = window.desk
    desk.select_thread("chat")
    picker = desk.composer.picker
    picker.open()
    qtbot.keyClicks(picker.search, "Escalated")
    index = picker.list.currentIndex()
    assert index.data() == "Escalated to account security"
    name = running.session.values["name"]
    assert picker.preview.text().startswith(f"Thank you for your patience, {name}.")
    assert picker.effects.text() == ("Also: tag account-security; escalate to Account security")
    qtbot.keyClick(picker.search, Qt.Key_Return)
    assert "account-security" in desk.tools.tags_label.text()
    assert desk.tools.escalated_label.text() == "Escalated to Account security"
    assert desk.composer.text().startswith("Thank you for your patience")


def test_the_user_wrote_while_you_were_typing_stops_the_first_send(window, qtbot):
    running = start(window, LOCKED_OUT)
    at(running, 2)
    desk = window.desk
    desk.select_thread("chat")
    desk.send("Hi, to confirm it's you, what is the e-mail address on your account?")
    qtbot.keyClicks(desk.composer.editor, "While you look for it, I have checked")
    assert not desk.collision.isVisibleTo(desk)
    at(running, 8)  # the user's answer comes (5 s after the reply) while the draft is open
    assert desk.collision.isVisibleTo(desk)
    assert "wrote while you were typing" in desk.collision.text()
    replies = [m for m in running.session.messages if m.sender == "trainee"]
    qtbot.mouseClick(desk.composer.send_button, Qt.LeftButton)
    assert [m for m in running.session.messages if m.sender == "trainee"] == replies
    assert desk.composer.text() == "While you look for it, I have checked"
    assert "press Send again" in desk.collision.text()
    qtbot.mouseClick(desk.composer.send_button, Qt.LeftButton)
    assert len([m for m in running.session.messages if m.sender == "trainee"]) == 2
    assert not desk.collision.isVisibleTo(desk)


def test_the_library_details_show_goal_time_last_score_and_done(window, qtbot):
    details = window.home.details
    assert window.home.select_scenario(SCHOOL)
    assert details.title.text().startswith("Student reports a threat")
    assert details.done.text() == "Not done yet"
    assert "Tells the reporter to contact the police" in details.goal.text()
    assert details.time.text().startswith("About ") and "time limit 20 min" in details.time.text()
    assert details.last.text() == "You have not tried it yet."
    running = start(window, SCHOOL)
    at(running, 5)
    window.desk.end_scenario()
    window.show_home()
    assert window.home.select_scenario(SCHOOL)
    assert details.last.text().startswith("Your last score: ") and "(1 attempts)" in (
        details.last.text()
    )
    assert details.done.text() == "Not done yet"  # a failed attempt is not done


def test_results_suggest_retry_after_a_fail_and_next_starts_the_next_one(window, qtbot):
    running = start(window, SCHOOL)
    at(running, 5)
    window.desk.end_scenario()
    results = window.results
    assert window.screens.currentWidget() is results
    assert results.retry_button.isVisibleTo(results)
    assert results.retry_button.objectName() == "primary"
    assert results.next_button.text().startswith("Next: ")
    qtbot.mouseClick(results.retry_button, Qt.LeftButton)
    assert window.screens.currentWidget() is window.desk
    assert window.running.scenario.id == SCHOOL and window.running.session.now == 0
    at(window.running, 3)
    window.desk.end_scenario()
    title = results.next_button.text().removeprefix("Next: ")
    qtbot.mouseClick(results.next_button, Qt.LeftButton)
    assert window.screens.currentWidget() is window.desk
    assert window.running.scenario.title == title != window.running.scenario.id
    assert window.running.scenario.id != SCHOOL
