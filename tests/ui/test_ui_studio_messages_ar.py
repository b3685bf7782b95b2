"""The studio's problem list speaks the UI language: with the Arabic UI, a live error
shows the Arabic of the validator's message (identifiers kept in Latin, isolated), and
switching back shows the English again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from simulator.clock import ManualClock
from simulator.ui.i18n import Translations
from simulator.ui.studio.screen import StudioScreen

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

DATA = Path(__file__).resolve().parents[1] / "core" / "content" / "data"
LRI, PDI = "\u2066", "\u2069"


@pytest.fixture
def arabic_ui(qapp):
    translations = Translations(QApplication.instance())
    translations.switch("ar", remember=False)
    yield translations
    translations.switch("en", remember=False)


@pytest.fixture
def screen(qtbot, tmp_path):
    shutil.copytree(DATA, tmp_path / "repo")
    s = StudioScreen(ManualClock)
    qtbot.addWidget(s)
    s.resize(1300, 800)
    s.show()
    s.open_library(tmp_path / "repo" / "library")
    s.open_file(tmp_path / "repo" / "library" / "ar" / "hacked-account-email-ar.yaml")
    yield s
    if s.controller is not None:
        s.controller.stop_timers()


def _type_chatz(s: StudioScreen, qtbot) -> int:
    block = s.editor.document().find("channel: chat").block()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.EndOfBlock)
    s.editor.setTextCursor(cursor)
    qtbot.keyClicks(s.editor, "z")
    return block.blockNumber() + 1


def test_a_live_error_shows_in_arabic_in_the_arabic_ui(screen, qtbot, arabic_ui):
    s = screen
    line = _type_chatz(s, qtbot)
    qtbot.waitUntil(lambda: s.editor.underlined_lines() == [line], timeout=3000)
    assert s.problem_list.count() == 1
    text = s.problem_list.item(0).text()
    assert "did you mean" not in text and "use one of" not in text
    assert "استخدم إحدى القيم" in text
    assert f"(هل تقصد {LRI}'chat'{PDI}؟)" in text
    assert f"{LRI}'chatz'{PDI}" in text  # the value typed, kept in Latin and isolated
    arabic_ui.switch("en", remember=False)  # the list follows a language switch
    qtbot.waitUntil(lambda: "did you mean 'chat'?" in s.problem_list.item(0).text(), timeout=3000)
    assert "استخدم" not in s.problem_list.item(0).text()
