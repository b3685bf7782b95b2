"""The optional check-in after a sensitive scenario: a 0-10 rating, used only for pacing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simulator.content.model import LocalText
from simulator.ui.wellbeing.i18n import wtr
from simulator.ui.wellbeing.labels import heading_label
from simulator.ui.wellbeing.support import ClockLike, PausedDialog, support_labels
from simulator.wellbeing.checkin import CheckInAdvice, check_in_advice


class CheckInDialog(PausedDialog):
    """Asks "how much is this scenario staying with you?" (0-10), optional.

    After ``exec()``: ``rating`` is the chosen number or None (skipped), ``advice`` the
    pacing advice for it. Never shown to anyone else; never used in a grade.
    """

    def __init__(
        self,
        support: Sequence[LocalText],
        language: str = "en",
        clock: ClockLike = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(clock, "break", parent)
        self.rating: int | None = None
        self.advice: CheckInAdvice = check_in_advice(None)
        self.setWindowTitle(wtr("Check-in"))
        layout = QVBoxLayout(self)
        question = heading_label(
            wtr("How much is the last scenario staying with you right now?"),
            "checkin-question",
            self,
        )
        layout.addWidget(question)
        hint = QLabel(
            wtr(
                "Optional. Only you can see your answer; it is used to pace your practice "
                "and never affects a grade."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        scale = QGridLayout()
        self.group = QButtonGroup(self)
        for value in range(11):
            button = QPushButton(str(value), self)
            button.setCheckable(True)
            button.setMinimumWidth(34)
            self.group.addButton(button, value)
            scale.addWidget(button, 0, value)
        ends = QHBoxLayout()
        ends.addWidget(QLabel(wtr("0 = not at all"), self))
        ends.addStretch(1)
        ends.addWidget(QLabel(wtr("10 = very much"), self))
        layout.addLayout(scale)
        layout.addLayout(ends)
        self.group.idToggled.connect(self._picked)

        self.advice_label = QLabel(self)
        self.advice_label.setObjectName("checkin-advice")
        self.advice_label.setWordWrap(True)
        self.advice_label.setVisible(False)
        layout.addWidget(self.advice_label)
        self.support_box = QWidget(self)
        box = QVBoxLayout(self.support_box)
        box.setContentsMargins(0, 0, 0, 0)
        for label in support_labels(support, language, self.support_box):
            box.addWidget(label)
        self.support_box.setVisible(False)
        layout.addWidget(self.support_box)

        buttons = QDialogButtonBox(self)
        self.skip_button = buttons.addButton(wtr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button = buttons.addButton(wtr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self._skip)
        layout.addWidget(buttons)
        # A fixed width lets the wrapped texts take the height they need.
        self.setFixedWidth(600)

    def _picked(self, value: int, checked: bool) -> None:
        if not checked:
            return
        self.rating = value
        self.advice = check_in_advice(value)
        self.save_button.setEnabled(True)
        if self.advice.offer_break:
            self.advice_label.setText(
                wtr(
                    "Thank you for saying so. A break is a good idea now, and the next "
                    "scenario can be a lighter one. Support is below if you want it."
                )
            )
        else:
            self.advice_label.setText(wtr("Thank you. Support is always one click away."))
        self.advice_label.setVisible(True)
        self.support_box.setVisible(self.advice.show_support)
        self._fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        layout = self.layout()
        self.resize(
            self.width(),
            max(self.minimumSizeHint().height(), layout.totalHeightForWidth(self.width())),
        )

    def _skip(self) -> None:
        self.rating = None
        self.advice = check_in_advice(None)
        self.reject()
