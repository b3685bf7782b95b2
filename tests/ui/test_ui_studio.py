"""The trainer's studio, through its widgets: open a library, type an error and see it
on the right line, fix it with undo, play the scenario at the desk, turn the play into
an example, and the validator passes the saved file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from simulator.authoring.validate import validate_paths
from simulator.clock import ManualClock
from simulator.ui.studio.screen import StudioScreen

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

DATA = Path(__file__).resolve().parents[1] / "core" / "content" / "data"


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    shutil.copytree(DATA, tmp_path / "repo")
    return tmp_path / "repo" / "library"


@pytest.fixture
def screen(qtbot, lib):
    s = StudioScreen(ManualClock)
    qtbot.addWidget(s)
    s.resize(1300, 800)
    s.show()
    s.open_library(lib)
    yield s
    if s.controller is not None:
        s.controller.stop_timers()


def scenario_path(lib: Path) -> Path:
    return lib / "ar" / "hacked-account-email-ar.yaml"


def tree_entries(s: StudioScreen) -> dict[str, list[str]]:
    out = {}
    for i in range(s.tree.topLevelItemCount()):
        group = s.tree.topLevelItem(i)
        out[group.text(0)] = [group.child(j).text(0) for j in range(group.childCount())]
    return out


def open_scenario(s: StudioScreen, qtbot, lib: Path) -> None:
    group = s.tree.topLevelItem(1)
    qtbot.mouseClick(
        s.tree.viewport(), Qt.LeftButton, pos=s.tree.visualItemRect(group.child(0)).center()
    )
    assert s.path == scenario_path(lib)


def type_at_end_of_line(s: StudioScreen, qtbot, fragment: str, keys: str) -> int:
    doc = s.editor.document()
    block = doc.find(fragment).block()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.EndOfBlock)
    s.editor.setTextCursor(cursor)
    qtbot.keyClicks(s.editor, keys)
    return block.blockNumber() + 1


def test_open_edit_live_error_on_the_right_line_and_fix_with_undo(screen, qtbot, lib):
    s = screen
    assert tree_entries(s) == {
        "SOPs": ["account-recovery"],
        "Scenarios": ["hacked-account-email-ar"],
        "Exams": [],
    }
    open_scenario(s, qtbot, lib)
    assert s.problems == [] and s.editor.underlined_lines() == []
    line = type_at_end_of_line(s, qtbot, "channel: chat", "z")
    assert s.timer.isActive()  # debounced: nothing checked on the keystroke itself
    qtbot.waitUntil(lambda: s.editor.underlined_lines() == [line], timeout=3000)
    assert s.problem_list.count() == 1
    item = s.problem_list.item(0)
    assert f"line {line}" in item.text() and "did you mean 'chat'?" in item.text()
    s.editor.go_to_line(1)
    qtbot.mouseClick(
        s.problem_list.viewport(), Qt.LeftButton, pos=s.problem_list.visualItemRect(item).center()
    )
    assert s.editor.current_line() == line  # a click jumps to the line
    assert s.undo_button.isEnabled()
    qtbot.mouseClick(s.undo_button, Qt.LeftButton)  # the QUndoStack takes the "z" back
    qtbot.waitUntil(lambda: s.problem_list.count() == 0, timeout=3000)
    assert s.editor.underlined_lines() == []
    assert "channel: chatz" not in s.editor.toPlainText()
    assert s.redo_button.isEnabled()
    s.editor.undo_stack.redo()
    assert "channel: chatz" in s.editor.toPlainText()
    s.editor.undo_stack.undo()


def test_play_now_then_an_example_from_the_play_that_the_validator_passes(screen, qtbot, lib):
    s = screen
    open_scenario(s, qtbot, lib)
    s.seed.setValue(7)
    s.persona_locale.setCurrentText("ar_SA")
    controller = s.play_now(run_timers=False)
    assert controller is not None
    assert s.pages.currentWidget() is s.desk_page
    session = controller.session
    assert session.seed == 7 and session.scenario.persona.locale == "ar_SA"
    controller.tick()
    desk = s.desk
    desk.select_thread("main")
    desk.do_action("lookup", None)
    desk.do_action("macro", "recovery-link")
    desk.do_action("tag", "account-security")
    name = session.persona["name"]
    desk.send(f"مرحبا {name}، نأسف لما حدث، أرسلنا لك رابط الاسترداد")
    desk.select_thread("follow-up")
    desk.send("نحن هنا، كيف نساعدك؟")
    qtbot.mouseClick(s.stop_button, Qt.LeftButton)
    assert s.pages.currentWidget() is s.editor_page  # back at the editor
    assert s.result is not None and s.result.passed
    assert s.tabs.currentIndex() == 1
    assert name in s.transcript_text()
    assert "seed 7" in s.play_summary.text().lower()
    assert s.verdict.currentData() == "pass"
    assert s.example_button.isEnabled()
    qtbot.mouseClick(s.example_button, Qt.LeftButton)
    text = s.editor.toPlainText()
    assert text.count("- verdict:") == 3
    assert "- verdict: pass   # from a play: seed 7, ar_SA" in text
    assert "مرحبا {name}، نأسف لما حدث" in text  # the persona's name is a placeholder again
    assert s.problems == []
    assert s.save()
    assert validate_paths([lib]) == []
    # It is a regression test now: a rubric that no longer fits the play is caught.
    broken = text.replace(
        'check: {mentions: ["{name}"]}', 'critical: true\n      check: {mentions: ["xyz"]}'
    )
    s.editor.replace_all(broken)
    problems = s.validate_now()
    assert any(p.message.startswith("example #3 (verdict: pass)") for p in problems)


def test_a_failing_play_becomes_a_fail_example_naming_the_failed_criteria(screen, qtbot, lib):
    s = screen
    open_scenario(s, qtbot, lib)
    controller = s.play_now(run_timers=False)
    controller.tick()
    s.desk.select_thread("main")
    s.desk.send("أرسل لي كلمة المرور")
    s.stop_play()
    assert not s.result.passed and "no-password-request" in s.result.failed
    assert s.verdict.currentData() == "fail"
    assert s.add_example()
    assert "no-password-request" in s.editor.toPlainText().split("examples:")[1]
    assert s.problems == []


def test_preview_personas_and_sop_diff(screen, qtbot, lib):
    s = screen
    open_scenario(s, qtbot, lib)
    qtbot.mouseClick(s.personas_button, Qt.LeftButton)
    assert s.persona_table.rowCount() == 10
    assert s.persona_table.text(0, 0) == "1"
    model = s.persona_table.model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert headers == ["Seed", "name", "username", "email"]
    s.open_file(lib / "sops" / "account-recovery.yaml")
    assert s.diff_button.isEnabled()
    s.editor.replace_all(s.editor.toPlainText().replace("id: recovery-link", "id: reset-link"))
    diff = s.compare_sop()
    assert diff is not None
    assert [(c.part, c.id, c.change) for c in diff.changes] == [
        ("macros", "recovery-link", "removed"),
        ("macros", "reset-link", "added"),
    ]
    assert [(a.kind, a.id) for a in diff.affected] == [("scenario", "hacked-account-email-ar")]
    assert s.tabs.currentIndex() == 3
    assert s.diff_tree.topLevelItem(1).child(0).text(0) == "scenario hacked-account-email-ar"


def test_compare_an_sop_with_another_version_on_disk(screen, lib, tmp_path):
    s = screen
    sop = lib / "sops" / "account-recovery.yaml"
    old = tmp_path / "account-recovery-last-term.yaml"
    old.write_text(
        sop.read_text(encoding="utf-8").replace("teams: [account-security]", "teams: [fraud]"),
        encoding="utf-8",
    )
    s.open_file(sop)
    diff = s.compare_sop(old)
    assert [(c.part, c.id, c.change) for c in diff.changes] == [
        ("teams", "fraud", "removed"),
        ("teams", "account-security", "added"),
    ]


def test_ctrl_z_and_adding_an_example_are_steps_of_the_one_undo_stack(screen, qtbot, lib):
    s = screen
    open_scenario(s, qtbot, lib)
    original = s.editor.toPlainText()
    type_at_end_of_line(s, qtbot, "channel: chat", "z")
    assert s.editor.undo_stack.count() == 1
    qtbot.keyClick(s.editor, Qt.Key_Z, Qt.ControlModifier)
    assert s.editor.toPlainText() == original
    assert s.editor.undo_stack.index() == 0 and s.editor.undo_stack.canRedo()
    controller = s.play_now(run_timers=False)
    controller.tick()
    s.stop_play()
    assert s.add_example()
    assert s.editor.toPlainText() != original
    s.undo_button.click()  # the whole example goes in one step
    assert s.editor.toPlainText() == original
