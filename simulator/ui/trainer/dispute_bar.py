"""Disputes, the trainee's side: the bar under their results that disputes one criterion
with a reason while the admin's window is open, and shows what became of their disputes.
The store decides who may do what; the bar shows its one-line reasons."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simulator.errors import SimulatorError
from simulator.grading.disputes import OVERTURNED, window_closes, window_open
from simulator.ui import theme
from simulator.ui.bidi import direction as text_direction
from simulator.ui.criteria import criterion_title
from simulator.ui.theme import warn_chip


def isolate(text: str) -> str:
    """``text`` as a bidi isolate: a Latin name in an Arabic sentence (or the reverse)
    keeps its own direction and leaves the sentence's alone."""
    return f"\u2068{text}\u2069"


def criteria_of(grade: dict) -> dict[str, dict]:
    return {str(c.get("id")): c for c in grade.get("criteria") or () if c.get("id")}


class DisputeBar(QFrame):
    """Under the trainee's own results: dispute one criterion, and the disputes so far."""

    disputed = Signal(object)  # the store Dispute

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.store = self.requester = self.attempt = None
        self.grade: dict = {}
        self.title = QLabel()
        self.title.setObjectName("subtitle")
        self.window_note = QLabel()
        self.window_note.setObjectName("muted")
        self.criterion = QComboBox()
        self.reason = QLineEdit()
        self.reason.textChanged.connect(lambda _t: self._update_button())
        self.reason.returnPressed.connect(self.send)
        self.button = QPushButton()
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.send)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.error = warn_chip()
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.window_note, 1)
        self.form = QWidget()
        row = QHBoxLayout(self.form)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.criterion)
        row.addWidget(self.reason, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(head)
        layout.addWidget(self.form)
        layout.addWidget(self.history)
        layout.addWidget(self.error)
        self.hide()
        self.retranslate()

    def show_for(self, store, requester, attempt_id: int | None, grade: dict) -> bool:
        """Show the bar for the requester's own finished attempt (hidden otherwise, and
        for a result whose criteria the trainee may not see)."""
        self.store, self.requester, self.grade = store, requester, dict(grade or {})
        self.attempt = None
        self.reason.clear()
        self.error.hide()
        if store is None or requester is None or attempt_id is None or not criteria_of(grade):
            self.hide()
            return False
        try:
            attempt = store.attempt(attempt_id)
        except SimulatorError:
            self.hide()
            return False
        if attempt.person_id != getattr(requester, "id", None) or attempt.ended_at is None:
            self.hide()
            return False
        self.attempt = attempt
        self.retranslate()
        self.show()
        return True

    def mine(self) -> list:
        if self.store is None or self.attempt is None:
            return []
        try:
            return self.store.disputes(self.requester, attempt_id=self.attempt.id)
        except SimulatorError:
            return []

    def send(self) -> None:
        if self.store is None or self.attempt is None or not self.button.isEnabled():
            return
        try:
            d = self.store.dispute(
                self.requester, self.attempt.id, self.criterion.currentData(), self.reason.text()
            )
        except SimulatorError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self.reason.clear()
        self.retranslate()
        self.disputed.emit(d)

    def _update_button(self) -> None:
        self.button.setEnabled(
            self.criterion.count() > 0 and bool(self.reason.text().strip()) and self.is_open()
        )

    def is_open(self) -> bool:
        if self.store is None or self.attempt is None:
            return False
        return window_open(
            self.attempt.ended_at, self.store.now(), self.store.dispute_window_days()
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Disagree with a criterion?"))
        self.reason.setPlaceholderText(self.tr("Why the verdict of this criterion is wrong"))
        self.button.setText(self.tr("Dispute"))
        if self.attempt is None or self.store is None:
            return
        criteria = criteria_of(self.grade)
        disputes = self.mine()
        taken = {d.criterion_id for d in disputes}
        chosen = self.criterion.currentData()
        self.criterion.clear()
        for cid, c in criteria.items():
            if cid in taken:
                continue
            verdict = self.tr("Met") if c.get("passed") else self.tr("Missed")
            self.criterion.addItem(f"{verdict} · {criterion_title(c)}", cid)
        self.criterion.setCurrentIndex(max(0, self.criterion.findData(chosen)))
        days = self.store.dispute_window_days()
        closes = window_closes(self.attempt.ended_at, days)
        if self.is_open():
            self.window_note.setText(
                self.tr("You may dispute until {when} UTC ({days} days after the attempt).").format(
                    when=f"{closes:%Y-%m-%d %H:%M}", days=days
                )
            )
        else:
            self.window_note.setText(
                self.tr("The dispute window closed on {when} UTC.").format(
                    when=f"{closes:%Y-%m-%d %H:%M}"
                )
            )
        self.form.setVisible(self.is_open() and self.criterion.count() > 0)
        direction = "rtl" if self.isRightToLeft() else "ltr"
        lines = []
        for d in disputes:
            name = criterion_title(criteria.get(d.criterion_id, {"id": d.criterion_id}))
            if d.resolution is None:
                status, colour = self.tr("waiting for a trainer"), theme.MUTED
            elif d.resolution.outcome == OVERTURNED:
                status, colour = self.tr("Overturned by a trainer:"), theme.PASS
            else:
                status, colour = self.tr("Upheld by a trainer:"), theme.STRICT
            # Each part in its own paragraph and direction: an Arabic criterion or
            # reason in the English interface reads as it should.
            lines.append(
                f"<p dir='{text_direction(name)}' style='margin:4px 0 0 0;'>"
                f"<b>{html.escape(name)}</b></p>"
                f"<p dir='{direction}' style='margin:0;color:{colour};'>{html.escape(status)}</p>"
            )
            if d.resolution is not None:
                reason = d.resolution.reason
                lines.append(
                    f"<p dir='{text_direction(reason)}' style='margin:0;'>{html.escape(reason)}</p>"
                )
        self.history.setText("".join(lines))
        self.history.setVisible(bool(lines))
        self._update_button()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
