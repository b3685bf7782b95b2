"""The desk's defects from issue 17: state that carries over or gets lost, ending without
asking, the keyboard, bidi and layout, and strings."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from simulator.clock import ManualClock
from simulator.ui.app import build_window, make_application

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

REPO = Path(__file__).resolve().parents[2]
SCENARIO = "two-step-lost-phone-email-ticket-sa"
OTHER = "hacked-account-chat-eg"
SEED = 7


def open_window(qtbot, store, library, answer=True):
    win = build_window(
        SimpleNamespace(library=None, database_url=None),
        make_application(),
        store=store,
        clock_factory=ManualClock,
        library=library,
    )
    win.asked = []  # the confirmations asked, each answered ``answer``
    win.ask = lambda title, _text, _yes: win.asked.append(title) or win.answer
    win.answer = answer
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def window(qtbot, tmp_path, store, library):
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "settings"))
    win = open_window(qtbot, store, library)
    yield win
    if win.running is not None and win.running.controller is not None:
        win.running.controller.stop_timers()


def sign_in(window, qtbot):
    s = window.signin
    qtbot.keyClicks(s.name, "layla")
    qtbot.keyClicks(s.display_name, "Layla")
    qtbot.keyClicks(s.password, "correct horse")
    qtbot.keyClicks(s.confirm, "correct horse")
    qtbot.mouseClick(s.button, Qt.LeftButton)
    assert window.screens.currentWidget() is window.home


def start(window, scenario_id=SCENARIO):
    assert window.home.select_scenario(scenario_id)
    return window.start_scenario(window.home.selected_scenario(), seed=SEED, run_timers=False)


def at(running, seconds):
    running.controller.clock.set(seconds)
    running.controller.tick()


def team_of(running) -> str:
    return running.sop.teams[0]


# -- state ---------------------------------------------------------------------------
def test_tags_do_not_carry_over_to_the_next_scenario(window, qtbot):
    sign_in(window, qtbot)
    running = start(window)
    at(running, 1)
    tools = window.desk.tools
    qtbot.keyClicks(tools.tag_edit, "impersonation")
    qtbot.mouseClick(tools.tag_button, Qt.LeftButton)
    assert "impersonation" in tools.tags_label.text()
    window.desk.do_action("lookup", None)
    window.desk.do_action("escalate", team_of(running))
    window.desk.end_scenario()
    assert window.screens.currentWidget() is window.results
    window.show_home()
    running = start(window, OTHER)
    at(running, 1)
    assert tools.tags_label.text() == ""
    assert not tools.card.isVisibleTo(tools)
    assert tools.escalated_label.text() == "" and tools.outcome.text() == ""
    qtbot.keyClicks(tools.tag_edit, "phishing")
    qtbot.mouseClick(tools.tag_button, Qt.LeftButton)
    assert tools.tags_label.text() == "🏷 phishing"


@pytest.mark.slow
def test_resume_brings_back_the_whole_desk_and_the_draft(window, qtbot, store, library, tmp_path):
    sign_in(window, qtbot)
    running = start(window)
    at(running, 5)
    desk = window.desk
    desk.do_action("lookup", None)
    desk.do_action("tag", "account-security")
    desk.do_action("escalate", team_of(running))
    done = set(desk.tools.steps.done)
    assert "lookup" in done
    card = dict(desk.tools._card)
    desk.composer.editor.setFocus()
    qtbot.keyClicks(desk.composer.editor, "Hello, I am checking")
    attempt_id = running.attempt_id
    keys_before = [e for e in store.events_for(attempt_id) if e.kind == "keys"]
    # The app "crashes": a new window on the same store.
    running.controller.stop_timers()
    again = open_window(qtbot, store, library)
    again.signed_in(store.person("layla"))
    qtbot.mouseClick(again.home.resume_button, Qt.LeftButton)
    resumed = again.running
    resumed.controller.stop_timers()
    tools = again.desk.tools
    assert tools.card.isVisibleTo(tools) and tools._card == card
    assert "active" in [
        tools.card_form.itemAt(i).widget().text()
        for i in range(tools.card_form.count())
        if hasattr(tools.card_form.itemAt(i).widget(), "text")
    ]
    assert "account-security" in tools.tags_label.text()
    assert tools.escalated_label.isVisibleTo(tools)
    assert tools.escalated_label.text().startswith("Escalated to ")
    assert tools.steps.done == done
    assert again.desk.composer.text() == "Hello, I am checking"
    # The draft came back without entering the session's input log.
    keys_after = [e for e in store.events_for(attempt_id) if e.kind == "keys"]
    assert len(keys_after) == len(keys_before)
    # Sent, the draft is gone for good.
    again.desk.send()
    assert not QSettings().contains(f"drafts/attempt-{attempt_id}")


# -- ending --------------------------------------------------------------------------
def test_end_scenario_in_practice_asks_first(window, qtbot):
    sign_in(window, qtbot)
    running = start(window)
    at(running, 1)
    window.answer = False
    qtbot.mouseClick(window.desk.end_button, Qt.LeftButton)
    assert window.asked == ["End the scenario?"]
    assert not running.session.ended
    assert window.screens.currentWidget() is window.desk
    window.answer = True
    qtbot.mouseClick(window.desk.end_button, Qt.LeftButton)
    assert running.session.ended
    assert window.screens.currentWidget() is window.results


def test_resolving_the_last_conversation_offers_to_keep_working(window, qtbot):
    sign_in(window, qtbot)
    running = start(window, OTHER)
    at(running, 1)
    desk = window.desk
    thread = desk.model.thread_ids()[0]
    desk.select_thread(thread)
    desk.send("Hello, I will help you secure the account.")
    # Far enough that every timed message has come.
    at(running, running.scenario.time_limit_s - 1 if running.scenario.time_limit_s else 600)
    if running.session.ended:
        pytest.skip("the scenario ended by its clock")
    open_threads = [t for t in desk.model.thread_ids() if running.session.threads[t].is_open]
    for t in open_threads[:-1]:
        desk.select_thread(t)
        desk.do_action("resolve", None)
    desk.select_thread(open_threads[-1])
    window.answer = False
    desk.do_action("resolve", None)
    assert window.asked[-1] == "All conversations are resolved"
    assert not running.session.ended
    assert running.session.threads[open_threads[-1]].is_open
    assert window.screens.currentWidget() is desk
    window.answer = True
    qtbot.mouseClick(desk.tools.resolve_button, Qt.LeftButton)
    assert running.session.ended
    assert window.screens.currentWidget() is window.results


# -- keyboard ------------------------------------------------------------------------
def test_enter_on_a_library_row_starts_it_and_tab_reaches_start(window, qtbot):
    sign_in(window, qtbot)
    home = window.home
    assert home.select_scenario(SCENARIO)
    home.table.setFocus()
    qtbot.keyClick(home.table, Qt.Key_Tab)
    assert QApplication.focusWidget() is home.start_button
    home.table.setFocus()
    qtbot.keyClick(home.table, Qt.Key_Return)
    assert window.screens.currentWidget() is window.desk
    assert window.running.scenario.id == SCENARIO


def test_after_resume_the_composer_has_the_keyboard_and_f1_works(window, qtbot, store, library):
    sign_in(window, qtbot)
    running = start(window)
    at(running, 5)
    running.controller.stop_timers()
    again = open_window(qtbot, store, library)
    again.signed_in(store.person("layla"))
    again.activateWindow()
    again.home.resume_button.setFocus()
    qtbot.keyClick(again.home.resume_button, Qt.Key_Space)
    again.running.controller.stop_timers()
    desk = again.desk
    qtbot.waitUntil(lambda: desk.composer.editor.hasFocus(), timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_F1)
    assert desk.help.isVisible()


def test_one_table_feeds_the_shortcuts_the_tooltips_and_the_help(window, qtbot):
    sign_in(window, qtbot)
    running = start(window)
    at(running, 1)
    desk = window.desk
    qtbot.keyClick(desk.composer.editor, Qt.Key_F1)
    text = desk.help.body.text()
    for keys in ("Ctrl+Shift+P", "Ctrl+T", "Ctrl+E", "Ctrl+W", "Ctrl+Shift+E"):
        assert keys in text
    for name in ("Add a tag", "Escalate to a team", "Close the conversation", "End the scenario"):
        assert name in text
    assert "Ctrl+T" in desk.tools.tag_button.toolTip()
    assert "Ctrl+Shift+E" in desk.end_button.toolTip()
    assert "Ctrl+W" in desk.tools.close_button.toolTip()
    qtbot.keyClick(desk.composer.editor, Qt.Key_Escape)
    # The keys do what the help says.
    qtbot.keyClick(desk.composer.editor, Qt.Key_T, Qt.ControlModifier)
    assert desk.tools.tag_edit.hasFocus()
    qtbot.keyClicks(desk.tools.tag_edit, "impersonation")
    qtbot.keyClick(desk.tools.tag_edit, Qt.Key_Return)
    assert [a.type for a in running.session.actions] == ["tag"]
    window.answer = False
    qtbot.keyClick(desk.composer.editor, Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.asked == ["End the scenario?"] and not running.session.ended


# -- strings -------------------------------------------------------------------------
def test_escalate_lists_team_titles_and_chooses_none(window, qtbot):
    sign_in(window, qtbot)
    running = start(window)
    at(running, 1)
    box = window.desk.tools.team_box
    assert box.currentIndex() == -1 and box.currentData() is None
    assert box.itemText(0) == "Account security" and box.itemData(0) == "account-security"
    box.setCurrentIndex(0)
    qtbot.mouseClick(window.desk.tools.escalate_button, Qt.LeftButton)
    assert [(a.type, a.value) for a in running.session.actions] == [
        ("escalate", "account-security")
    ]
    assert window.desk.tools.escalated_label.text() == "Escalated to Account security"


def test_the_library_sorts_a_to_z_by_default(window, qtbot):
    sign_in(window, qtbot)
    home = window.home
    titles = [home.proxy.index(r, 0).data() for r in range(home.proxy.rowCount())]
    assert len(titles) > 3
    assert home.table.horizontalHeader().sortIndicatorOrder() == Qt.AscendingOrder
    assert titles.index(min(titles)) < titles.index(max(titles))


# -- bidi and layout -----------------------------------------------------------------
def bubble_sides(desk, thread):
    """The side of each chat bubble, in order: (sender, "left" or "right")."""
    messages = desk.controller.messages(thread)
    blocks = desk.conversation._chat_html(messages)
    return [
        (m.sender, block.split('align="', 1)[1].split('"', 1)[0])
        for m, block in zip(messages, blocks, strict=True)
    ]


def test_chat_bubbles_of_user_and_agent_sit_on_opposite_sides_mirrored_in_rtl(window, qtbot):
    sign_in(window, qtbot)
    running = start(window, OTHER)
    at(running, 1)
    desk = window.desk
    thread = desk.model.thread_ids()[0]
    desk.select_thread(thread)
    desk.send("مرحبًا، أنا معك الآن.")
    sides = dict(bubble_sides(desk, thread))
    assert sides == {"user": "left", "trainee": "right"}
    window.translations.switch("ar")
    qtbot.waitUntil(lambda: desk.layoutDirection() == Qt.RightToLeft, timeout=2000)
    assert dict(bubble_sides(desk, thread)) == {"user": "right", "trainee": "left"}


def test_arabic_steps_wrap_whole_and_read_right_to_left_in_the_english_ui(window, qtbot):
    from PySide6.QtWidgets import QStyleOptionViewItem

    sign_in(window, qtbot)
    start(window)  # an Arabic scenario, the English interface
    view = window.desk.tools.steps_view
    model = view.model()
    longest = max(range(model.rowCount()), key=lambda r: len(model.index(r).data()))
    index = model.index(longest)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    delegate = view.itemDelegate()
    delegate.initStyleOption(option, index)
    assert option.direction == Qt.RightToLeft
    assert option.textElideMode == Qt.ElideNone
    one_line = option.fontMetrics.height()
    text_width = option.fontMetrics.horizontalAdvance(index.data())
    assert text_width > view.viewport().width()  # it does need several lines
    assert delegate.sizeHint(option, index).height() >= 2 * one_line


def test_the_composer_starts_arabic_at_the_right_in_the_arabic_ui(window, qtbot):
    sign_in(window, qtbot)
    start(window)
    window.translations.switch("ar")
    editor = window.desk.composer.editor
    qtbot.waitUntil(lambda: editor.layoutDirection() == Qt.RightToLeft, timeout=2000)
    editor.setFocus()
    window.desk.composer.insert("مرحبا")
    line = editor.document().firstBlock().layout().lineAt(0).naturalTextRect()
    assert line.right() > editor.viewport().width() - 20


def test_an_attachment_does_not_squeeze_the_message(window, qtbot, store):
    from simulator.ui.app import install_wellbeing

    install_wellbeing(window, store, QApplication.instance())

    def consent(dialog):
        for box in getattr(dialog, "consent_boxes", {}).values():
            box.setChecked(True)
        if hasattr(dialog, "buttons"):
            dialog.buttons["continue"].click()
        return 0

    window.wellbeing.exec_dialog = consent
    window.resize(1360, 840)
    sign_in(window, qtbot)
    running = start(window, "animal-cruelty-cat-video-ticket-eg")
    assert running is not None
    at(running, 1)
    desk = window.desk
    desk.select_thread("ticket")
    qtbot.waitUntil(lambda: desk.conversation.form.isVisible(), timeout=2000)
    window.resize(1280, 720)  # a laptop screen: the attachment is some 320 px tall
    for _ in range(3):
        QApplication.processEvents()
    assert window.height() <= 720  # the desk still fits
    assert desk.conversation.browser.height() >= 240
    strip = desk.conversation.attachment_strip
    assert strip.isVisible() and strip.height() >= 60


def test_a_macro_signed_by_the_agent_is_not_signed_twice(qtbot):
    from simulator.engine.types import Message
    from simulator.ui.desk.conversation import ConversationView

    view = ConversationView()
    qtbot.addWidget(view)
    view.agent_name = "Sara"
    macro = "Hi Dana, I've sent a recovery link to your e-mail. — Sara"
    plain = "Hi Dana, the link is on its way."
    for text, signatures in ((macro, 1), (plain, 1)):
        html = "".join(view._email_html([Message(60.0, "email", "email", "trainee", text)]))
        body = html.split("From:", 1)[1]
        assert body.count("Sara") - 1 == signatures  # the header names the sender once


@pytest.mark.slow
def test_the_replay_names_actions_in_the_interface_language(window, qtbot):
    sign_in(window, qtbot)
    running = start(window)
    at(running, 1)
    window.desk.do_action("lookup", None)
    window.translations.switch("ar")
    window.desk.end_scenario()
    results = window.results
    results.slider.setValue(results.slider.maximum())
    text = results.replay.toPlainText()
    assert "lookup" not in text and "macro" not in text
    assert "البحث عن الحساب" in text or "تم البحث" in text


def test_the_chosen_check_in_number_is_highlighted(qtbot):
    from simulator.ui.wellbeing.checkin import CheckInDialog

    make_application()  # the app's style sheet
    dialog = CheckInDialog((), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    chosen, other = dialog.group.button(5), dialog.group.button(6)
    chosen.click()
    assert chosen.isChecked()

    def fill_colour(button):
        image = button.grab().toImage()
        return image.pixelColor(6, image.height() // 2).name()

    assert fill_colour(chosen) != fill_colour(other)


@pytest.mark.slow
def test_results_name_a_conversation_by_its_channel_once(window, qtbot):
    sign_in(window, qtbot)
    running = start(window, OTHER)
    at(running, 1)
    window.translations.switch("ar")
    window.desk.end_scenario()
    form = window.results.metrics_form
    labels = [
        form.itemAt(i, form.ItemRole.LabelRole).widget().text() for i in range(form.rowCount())
    ]
    assert "محادثة" in labels
    assert not any(label.startswith("المحادثة محادثة") for label in labels)


@pytest.mark.slow
def test_a_language_criterion_without_a_title_is_named_in_the_interface_language(window, qtbot):
    sign_in(window, qtbot)
    running = start(window, "impersonation-three-channels")
    at(running, 20)
    window.translations.switch("ar")
    window.desk.end_scenario()
    criteria = window.results.criteria
    titles = [criteria.index(r, 1).data() for r in range(criteria.rowCount())]
    assert "Reply in english" not in titles
    assert "يردّ بـالإنجليزية" in titles
