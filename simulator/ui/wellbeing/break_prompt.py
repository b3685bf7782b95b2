"""The break prompt: offered when the policy says one is due; the clock stops meanwhile."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from simulator.content.model import LocalText
from simulator.ui.wellbeing.i18n import wtr
from simulator.ui.wellbeing.labels import heading_label
from simulator.ui.wellbeing.support import ClockLike, PausedDialog, support_labels
from simulator.wellbeing.breaks import BreakPrompt


class BreakDialog(PausedDialog):
    """Offers a break; ``taken`` says whether the trainee took it. Never counted against them."""

    def __init__(
        self,
        prompt: BreakPrompt,
        support: Sequence[LocalText],
        language: str = "en",
        clock: ClockLike = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(clock, "break", parent)
        self.taken = False
        self.setWindowTitle(wtr("A short break"))
        layout = QVBoxLayout(self)
        minutes = max(1, round(prompt.suggested_s / 60))
        if prompt.reason == "after-level-3":
            text = wtr("That scenario had graphic material. A pause of {minutes} minutes can help.")
        else:
            text = wtr("You have practised for a while. Time for a {minutes}-minute break.")
        head = self.head = heading_label(text.format(minutes=minutes), "break-head", self)
        layout.addWidget(head)
        layout.addWidget(QLabel(wtr("Stand up, look away from the screen, have a drink."), self))
        for label in support_labels(support, language, self):
            layout.addWidget(label)
        buttons = QDialogButtonBox(self)
        self.take_button = buttons.addButton(
            wtr("I'm taking a break"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button = buttons.addButton(
            wtr("Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.resume_button = buttons.addButton(
            wtr("Resume"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.resume_button.setVisible(False)
        self.take_button.clicked.connect(self._take)
        self.later_button.clicked.connect(self.reject)
        self.resume_button.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _take(self) -> None:
        """Stay open (the clock stays paused) until the trainee resumes."""
        self.taken = True
        self.head.setText(wtr("On a break. The clock is paused; resume when you are ready."))
        self.take_button.setVisible(False)
        self.later_button.setVisible(False)
        self.resume_button.setVisible(True)
