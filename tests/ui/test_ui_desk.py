"""Play a whole scenario through the desk's widgets, against a real SQLite store."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from simulator.clock import ManualClock
from simulator.engine.play import play, play_json
from simulator.engine.script import read_script
from simulator.ui.app import build_window, make_application
from simulator.ui.desk.inbox import SlaLevelRole, ThreadIdRole, UnreadRole

# The offscreen platform warns once when a top-level window is shown; nothing to fix.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

REPO = Path(__file__).resolve().parents[2]
SCENARIO = "two-step-lost-phone-email-ticket-sa"
SEED = 7


@pytest.fixture
def window(qtbot, tmp_path, store, library):
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "settings"))
    app = make_application()
    args = SimpleNamespace(library=None, database_url=None)
    win = build_window(args, app, store=store, clock_factory=ManualClock, library=library)
    win.ask = lambda *_args: True  # "End the scenario?" and the like: yes
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.running is not None:
        win.running.controller.stop_timers()


def type_text(widget, text):
    """Type any text, one key event per character (QTest only types ASCII)."""
    for ch in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.NoModifier, ch))


def sign_in_first_admin(window, qtbot):
    s = window.signin
    assert s.first_start
    qtbot.keyClicks(s.name, "layla")
    qtbot.keyClicks(s.display_name, "Layla")
    qtbot.keyClicks(s.password, "correct horse")
    qtbot.keyClicks(s.confirm, "correct horse")
    qtbot.mouseClick(s.button, Qt.LeftButton)
    assert window.screens.currentWidget() is window.home


def start(window, scenario_id=SCENARIO):
    assert window.home.select_scenario(scenario_id)
    scenario = window.home.selected_scenario()
    return window.start_scenario(scenario, seed=SEED, run_timers=False)


def at(running, seconds):
    running.controller.clock.set(seconds)
    running.controller.tick()


def test_sign_in_wrong_password_then_right(window, qtbot, store):
    store.create_person("omar", "trainee", display_name="Omar", password="secret-pass")
    store.create_person("admin", "admin", password="admin-pass")
    window.signin.refresh()
    assert not window.signin.first_start
    qtbot.keyClicks(window.signin.name, "omar")
    qtbot.keyClicks(window.signin.password, "wrong-pass")
    qtbot.mouseClick(window.signin.button, Qt.LeftButton)
    assert window.signin.error.text() == "Wrong name or password."
    qtbot.keyClicks(window.signin.password, "secret-pass")
    qtbot.mouseClick(window.signin.button, Qt.LeftButton)
    assert window.person.name == "omar"
    assert window.top_bar.user_label.text() == "Omar"


def test_library_filters_and_search(window, qtbot):
    sign_in_first_admin(window, qtbot)
    home = window.home
    total = home.proxy.rowCount()
    assert total == home.model.rowCount() > 3
    home.language_box.setCurrentIndex(home.language_box.findData("en"))
    assert 0 < home.proxy.rowCount() < total
    assert all(
        home.model.scenario(i).language == "en"
        for i in range(home.model.rowCount())
        if home.proxy.mapFromSource(home.model.index(i, 0)).isValid()
    )
    home.language_box.setCurrentIndex(0)
    qtbot.keyClicks(home.search, "two-step-lost-phone-email")
    assert home.proxy.rowCount() == 1
    home.search.clear()
    home.channel_box.setCurrentIndex(home.channel_box.findData("ticket"))
    shown = [home.proxy.index(r, 0).data(Qt.UserRole + 1) for r in range(home.proxy.rowCount())]
    assert shown and all("ticket" in s.channels for s in shown)


def test_play_a_whole_scenario_through_the_widgets(window, qtbot, store):
    sign_in_first_admin(window, qtbot)
    running = start(window)
    desk = window.desk
    assert window.screens.currentWidget() is desk
    at(running, 1)
    # The e-mail arrived and is opened; its Arabic text is right-aligned in the English UI.
    assert desk.model.thread_ids() == ["email"]
    assert desk.current == "email"
    page = desk.conversation.browser.toHtml()
    assert "ضاع جوالي" in desk.conversation.browser.toPlainText()
    assert 'align="right"' in page or "right" in page
    assert desk.conversation.title.text() == "ما أقدر أدخل حسابي بسبب الكود"

    # Look up (shortcut), the account card shows the persona and the account.
    qtbot.keyClick(desk.composer.editor, Qt.Key_L, Qt.ControlModifier)
    assert desk.tools.card.isVisible()
    assert "active" in [
        desk.tools.card_form.itemAt(i).widget().text()
        for i in range(desk.tools.card_form.count())
        if hasattr(desk.tools.card_form.itemAt(i).widget(), "text")
    ]
    assert desk.tools.steps.done == {"lookup"}

    # Macro search: type, Enter inserts the filled macro into the composer.
    at(running, 30)
    qtbot.keyClick(desk.composer.editor, Qt.Key_M, Qt.ControlModifier)
    assert desk.composer.picker.isVisible()
    qtbot.keyClicks(desk.composer.picker.search, "two-step-reset")
    qtbot.keyClick(desk.composer.picker.search, Qt.Key_Return)
    persona = running.session.persona
    assert persona["name"] in desk.composer.text()
    type_text(desk.composer.editor, " هل هناك أي شيء آخر؟")
    assert desk.composer.words.text().endswith("words")
    qtbot.keyClick(desk.composer.editor, Qt.Key_Return, Qt.ControlModifier)
    assert desk.composer.text() == ""
    assert "أعدنا ضبط التحقق بخطوتين" in desk.conversation.browser.toPlainText()

    # The reply triggers the user's answer on the same thread (shown at once).
    at(running, 40)
    assert "دخلت الحين" in desk.conversation.browser.toPlainText()

    # The ticket arrives at 8 min on a thread not in view: unread count and a notice.
    at(running, 8 * 60 + 1)
    assert desk.model.thread_ids() == ["email", "ticket"]
    row = desk.model.index(desk.model.row_of("ticket"))
    assert row.data(UnreadRole) == 1
    assert desk.toast.isVisible() and "Ticket" in desk.toast.text()
    assert row.data(SlaLevelRole) == "ok"
    qtbot.keyClick(desk.composer.editor, Qt.Key_J, Qt.ControlModifier)
    assert desk.current == "ticket"
    assert desk.model.index(desk.model.row_of("ticket")).data(UnreadRole) == 0
    assert desk.conversation.form.isVisible()  # the ticket's form fields

    # Escalate to the SOP's team, reply, resolve both threads: the scenario ends.
    desk.tools.team_box.setCurrentIndex(desk.tools.team_box.findData("account-security"))
    qtbot.mouseClick(desk.tools.escalate_button, Qt.LeftButton)
    assert "Escalated" in desk.tools.outcome.text()
    desk.composer.insert("أهلًا، هذا نفس الطلب اللي وصلنا على البريد الإلكتروني.")
    qtbot.mouseClick(desk.composer.send_button, Qt.LeftButton)
    qtbot.keyClick(desk.composer.editor, Qt.Key_R, Qt.ControlModifier)
    desk.select_thread("email")
    with qtbot.waitSignal(desk.finished, timeout=1000):
        qtbot.mouseClick(desk.tools.resolve_button, Qt.LeftButton)

    # Results: score, verdict, evidence highlighted in the trainee's own reply.
    results = window.results
    assert window.screens.currentWidget() is results
    grade = running.session.grade()
    assert results.score.text() == f"{grade.score:.0f}%"
    row = next(
        i
        for i in range(results.criteria.rowCount())
        if results.criteria.criterion(i)["id"] == "greets-by-name"
    )
    results.select_criterion(row)
    assert "#fde68a" in results.evidence.toHtml()
    assert persona["name"] in results.evidence.toPlainText()
    results.slider.setValue(0)
    assert "ضاع جوالي" in results.replay.toPlainText()
    assert "أعدنا ضبط" not in results.replay.toPlainText()

    # The stored attempt: finished, with every input saved as it happened.
    attempt = store.attempts_for(window.person.id)[-1]
    assert attempt.finished and attempt.score == grade.score
    kinds = [e.kind for e in store.events_for(attempt.id)]
    assert kinds.count("reply") == 2 and "act" in kinds and "keys" in kinds
    assert window.home.history.rowCount() == 1

    # Later, from the history: the stored result opens on the same screen.
    qtbot.mouseClick(results.back_button, Qt.LeftButton)
    assert window.screens.currentWidget() is window.home
    window.home.history_table.doubleClicked.emit(window.home.history.index(0, 0))
    assert window.screens.currentWidget() is results
    assert results.score.text() == f"{grade.score:.0f}%"
    results.slider.setValue(results.slider.maximum())
    assert "Account looked up" in results.replay.toPlainText()


def test_sla_timer_turns_amber_then_red(window, qtbot):
    sign_in_first_admin(window, qtbot)
    running = start(window, "hacked-account-chat-eg")
    at(running, 1)
    tid = window.desk.model.thread_ids()[0]
    assert running.scenario.thread(tid).channel == "chat"
    target = running.session.threads[tid].sla_target_s
    first = running.session.threads[tid].first_user_at
    levels = []
    for t in (first + 1, first + target * 0.6, first + target + 1):
        at(running, t)
        levels.append(window.desk.model.index(0).data(SlaLevelRole))
    assert levels == ["ok", "warn", "breach"]


@pytest.mark.slow
def test_unfinished_attempt_is_offered_and_resumed(window, qtbot, store, library):
    sign_in_first_admin(window, qtbot)
    running = start(window)
    at(running, 5)
    window.desk.composer.insert("مرحبا")
    window.desk.send()
    before = [m.to_json() for m in running.session.messages]
    # The app "crashes": a new window on the same store.
    running.controller.stop_timers()
    again = build_window(
        SimpleNamespace(library=None, database_url=None),
        make_application(),
        store=store,
        clock_factory=ManualClock,
        library=library,
    )
    qtbot.addWidget(again)
    again.signed_in(store.person("layla"))
    assert again.home.resume_box.isVisibleTo(again.home)
    assert "interrupted" in again.home.resume_bar.text()
    qtbot.mouseClick(again.home.resume_button, Qt.LeftButton)
    resumed = again.running
    resumed.controller.stop_timers()
    assert [m.to_json() for m in resumed.session.messages] == before
    assert resumed.controller.now() >= 5
    assert again.desk.model.index(0).data(ThreadIdRole) == "email"


def test_desk_matches_simulator_play(window, qtbot, tmp_path, library):
    """The desk, driven with a controllable clock, gives play's transcript and grade."""
    script = [
        {"at": "20s", "action": {"type": "lookup"}},
        {"at": "45s", "action": {"type": "macro", "value": "two-step-reset"}},
        {
            "at": "50s",
            "reply": {
                "thread": "email",
                "text": "مرحبا {name}، أعدنا ضبط التحقق بخطوتين. هل هناك أي شيء آخر؟",
            },
        },
        {"at": "2m", "action": {"type": "macro", "value": "security-tips"}},
        {
            "at": "9m",
            "reply": {"thread": "ticket", "text": "هذا نفس الطلب اللي وصلنا على البريد الإلكتروني"},
        },
        {"at": "9m10s", "action": {"type": "close", "thread": "ticket"}},
        {"at": "9m20s", "action": {"type": "resolve", "thread": "email"}},
    ]
    path = tmp_path / "script.json"
    path.write_text(json.dumps(script, ensure_ascii=False), encoding="utf-8")
    scenario, sops = library[0], library[1]
    scenario = next(s for s in scenario if s.id == SCENARIO)
    # What `simulator play --script script.json --seed 7 --json` prints for this scenario.
    session, skipped = play(scenario, sops[scenario.sop], read_script(path, scenario), seed=SEED)
    played = json.loads(json.dumps(play_json(session, skipped)))

    sign_in_first_admin(window, qtbot)
    running = start(window)
    desk = window.desk
    seconds = {"20s": 20, "45s": 45, "50s": 50, "2m": 120, "9m": 540, "9m10s": 550, "9m20s": 560}
    for step in script:
        at(running, seconds[step["at"]])
        if "reply" in step:
            desk.select_thread(step["reply"]["thread"])
            text = step["reply"]["text"]
            desk.composer.insert(text)
            qtbot.keyClick(desk.composer.editor, Qt.Key_Return, Qt.ControlModifier)
        else:
            a = step["action"]
            if a.get("thread"):
                desk.select_thread(a["thread"])
            if a["type"] == "macro":
                desk.insert_macro(a["value"])
                desk.composer.clear()
            elif a["type"] == "lookup":
                qtbot.mouseClick(desk.tools.lookup_button, Qt.LeftButton)
            elif a["type"] == "resolve":
                qtbot.mouseClick(desk.tools.resolve_button, Qt.LeftButton)
            else:
                qtbot.mouseClick(desk.tools.close_button, Qt.LeftButton)
    assert running.session.ended
    mine = json.loads(json.dumps(window.last_result))
    assert mine["transcript"] == played["transcript"]
    assert mine["grade"] == played["grade"]
    assert [(a["type"], a["value"]) for a in mine["actions"]] == [
        (a["type"], a["value"]) for a in played["actions"]
    ]


def test_help_overlay_lists_the_shortcuts(window, qtbot):
    sign_in_first_admin(window, qtbot)
    start(window)
    desk = window.desk
    qtbot.keyClick(desk.composer.editor, Qt.Key_F1)
    assert desk.help.isVisible()
    text = desk.help.body.text()
    for keys in ("Ctrl+J", "Ctrl+Return", "Ctrl+M", "Ctrl+L", "Ctrl+R", "F1"):
        assert keys in text
    qtbot.keyClick(desk.composer.editor, Qt.Key_Escape)
    assert not desk.help.isVisible()


def test_desk_switches_to_arabic_live(window, qtbot):
    sign_in_first_admin(window, qtbot)
    running = start(window)
    at(running, 1)
    window.top_bar.language.choose("ar")
    try:
        qtbot.waitUntil(lambda: window.desk.composer.send_button.text() == "إرسال", timeout=2000)
        assert window.desk.layoutDirection() == Qt.RightToLeft
        assert window.desk.tools.resolve_button.text() == "حلّ"
        assert "ضاع جوالي" in window.desk.conversation.browser.toPlainText()
    finally:
        window.translations.switch("en")


def test_an_interrupted_attempt_can_be_ended_as_it_stands(window, qtbot, store):
    sign_in_first_admin(window, qtbot)
    running = start(window)
    at(running, 5)
    window.desk.composer.insert("مرحبا {name}")
    window.desk.send()
    running.controller.stop_timers()
    window.running = None  # the app "crashed" here
    window.show_home()
    assert window.home.resume_box.isVisibleTo(window.home)
    qtbot.mouseClick(window.home.finish_button, Qt.LeftButton)
    assert window.screens.currentWidget() is window.results
    attempt = store.attempts_for(window.person.id)[-1]
    assert attempt.finished
    greets = window.last_result["grade"]["criteria"]
    assert next(c for c in greets if c["id"] == "greets-by-name")["passed"]
    window.show_home()
    assert not window.home.resume_box.isVisibleTo(window.home)
