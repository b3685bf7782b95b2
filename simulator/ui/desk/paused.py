"""What the desk shows instead of the case while a pause is open: a calm card, Resume.

The desk puts it in a ``QStackedWidget`` beside the case (inbox, conversation, composer,
tools): while paused the case page is not shown at all, so no conversation, attachment
or account card can be read, and nothing of it can be clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class PausedPanel(QWidget):
    """A short, kind message and a Resume button (emits ``resume_requested``)."""

    resume_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(460)
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        # What the screen around the desk has to add (an exam: the clock runs again).
        self.notice = QLabel()
        self.notice.setObjectName("warnchip")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("primary")
        self.resume_button.clicked.connect(self.resume_requested.emit)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        inner.addWidget(self.title)
        inner.addWidget(self.body)
        inner.addWidget(self.note)
        inner.addWidget(self.notice)
        inner.addSpacing(6)
        inner.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignLeading)
        # Centred by stretches, not by an alignment flag: an aligned widget gets its size
        # hint, and the wrapped lines would not get their height for the card's width.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.retranslate()

    def set_notice(self, text: str) -> None:
        """Show ``text`` under the message (empty: none)."""
        if text != self.notice.text():
            self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Paused"))
        self.body.setText(
            self.tr(
                "The case is out of sight while you take a pause. "
                "Take the time you need: breathe, stretch, look away from the screen."
            )
        )
        self.note.setText(
            self.tr("Your draft and your place are kept. When you are ready, resume.")
        )
        self.resume_button.setText(self.tr("Resume"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
