"""The trainer's studio through the app exactly as the ``simulator`` command starts it:
sign in, open the Studio, open a scenario, type an error (it is listed and its line
underlined), undo it, make a good change, save, and Play now opens the desk."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from tests.e2e import journeys
from tests.e2e.journeys import REPO, command_store, main_window, run_command, sign_in

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
restore_process_state = journeys.restore_process_state


@pytest.fixture
def lib(tmp_path, _sqlite_template):
    """A library of one scenario the trainer may change; the admin and a trainer."""
    shutil.copytree(REPO / "tests" / "core" / "content" / "data", tmp_path / "repo")
    store = command_store(_sqlite_template)
    store.create_person("lina", "admin", display_name="Lina", password="password-lina")
    store.create_person("tarek", "trainer", display_name="Tarek", password="password-tarek")
    store.close()
    return tmp_path / "repo" / "library"


def click_item(tree, item) -> None:
    QTest.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )


def type_at_end_of(editor, fragment: str, keys: str) -> int:
    """Put the cursor at the end of the line holding ``fragment`` and type ``keys``;
    the line's number."""
    block = editor.document().find(fragment).block()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    QTest.keyClicks(editor, keys)
    return block.blockNumber() + 1


@pytest.mark.qt_no_exception_capture
def test_a_trainer_edits_checks_undoes_saves_and_plays_in_the_studio(tmp_path, lib):
    path = lib / "ar" / "hacked-account-email-ar.yaml"
    seen: dict[str, object] = {}

    def journey():
        yield from sign_in("tarek", "password-tarek")
        window = main_window()
        window.staff.studio_button.click()
        studio = window.staff.studio
        assert window.screens.currentWidget() is studio
        scenarios = studio.tree.topLevelItem(1)
        assert scenarios.child(0).text(0) == "hacked-account-email-ar"
        yield lambda: studio.tree.visualItemRect(scenarios.child(0)).isValid()
        click_item(studio.tree, scenarios.child(0))
        assert studio.path == path
        assert studio.problems == [] and studio.editor.underlined_lines() == []

        line = type_at_end_of(studio.editor, "channel: chat", "z")  # chatz: no channel
        yield lambda: studio.editor.underlined_lines() == [line]
        assert studio.problem_list.count() == 1
        seen["problem"] = studio.problem_list.item(0).text()
        assert not studio.play_button.isEnabled()  # not with an error in it

        assert studio.undo_button.isEnabled()
        studio.undo_button.click()
        yield lambda: studio.problem_list.count() == 0
        assert studio.editor.underlined_lines() == []
        assert "channel: chatz" not in studio.editor.toPlainText()

        type_at_end_of(studio.editor, "difficulty: 2", "  # checked in the studio")
        yield lambda: not studio.timer.isActive()
        assert studio.problem_list.count() == 0
        studio.save_button.click()
        seen["saved"] = path.read_text(encoding="utf-8")
        assert not studio.editor.document().isModified()

        assert studio.play_button.isEnabled()
        studio.play_button.click()
        assert studio.pages.currentWidget() is studio.desk_page
        desk = studio.desk
        yield lambda: desk.isVisible() and desk.inbox.isVisible()
        seen["desk"] = studio.desk_label.text()
        studio.controller.stop_timers()
        window.close()

    assert run_command(["--library", str(lib)], journey, tmp_path) == 0
    assert "did you mean 'chat'?" in str(seen["problem"])
    assert "channel: chatz" not in str(seen["saved"])
    assert "# 1..5  # checked in the studio\n" in str(seen["saved"])
    assert str(seen["desk"]).startswith("Trying")
