"""Mixed directions: a message is aligned by its own script, whatever the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from simulator.content.model import Thread
from simulator.engine.types import Message
from simulator.ui.bidi import is_rtl
from simulator.ui.desk.controller import ThreadInfo
from simulator.ui.desk.conversation import ConversationView

ARABIC = "مرحبا، حسابي @ahmed_90 تم اختراقه ولا أستطيع الدخول"
ENGLISH = "Hello, my account @ahmed_90 was hacked, كود التحقق doesn't arrive"


@pytest.mark.parametrize(
    ("text", "rtl"),
    [
        (ARABIC, True),
        (ENGLISH, False),
        ("123 مرحبا", True),  # digits are weak: the first strong letter decides
        ("@user مرحبا", False),
        ("", False),
    ],
)
def test_direction_comes_from_the_first_strong_letter(text, rtl):
    assert is_rtl(text) is rtl


def block_of(view: ConversationView, needle: str):
    block = view.browser.document().begin()
    while block.isValid():
        if needle in block.text():
            return block
        block = block.next()
    raise AssertionError(f"{needle!r} not shown")


@pytest.mark.parametrize("channel", ["chat", "email", "ticket"])
@pytest.mark.parametrize("ui", [Qt.LeftToRight, Qt.RightToLeft])
def test_each_message_is_aligned_by_its_script(qtbot, channel, ui):
    QApplication.setLayoutDirection(ui)
    try:
        view = ConversationView()
        qtbot.addWidget(view)
        thread = Thread("t", channel, subject="Subject")
        messages = [
            Message(0.0, "t", channel, "user", ARABIC),
            Message(30.0, "t", channel, "trainee", ENGLISH),
        ]
        view.show_thread(thread, messages, ThreadInfo("t", channel, "open", False, 0.0, 30.0, 60))
        arabic, english = block_of(view, "اختراقه"), block_of(view, "Hello, my")
        assert arabic.textDirection() == Qt.RightToLeft
        assert english.textDirection() == Qt.LeftToRight
        assert arabic.blockFormat().alignment() & Qt.AlignRight
        assert not english.blockFormat().alignment() & Qt.AlignRight
    finally:
        QApplication.setLayoutDirection(Qt.LeftToRight)


def test_a_new_message_is_appended_without_redrawing_the_thread(qtbot):
    view = ConversationView()
    qtbot.addWidget(view)
    thread = Thread("t", "chat")
    info = ThreadInfo("t", "chat", "open", True, 0.0, None, 60)
    first = [Message(0.0, "t", "chat", "user", ARABIC)]
    view.show_thread(thread, first, info)
    doc_before = view.browser.document().toPlainText()
    view.show_thread(thread, [*first, Message(5.0, "t", "chat", "user", "؟؟")], info)
    after = view.browser.document().toPlainText()
    assert after.startswith(doc_before.rstrip()) and after.count("؟؟") == 1
