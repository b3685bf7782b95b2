"""The briefing before a sensitive scenario: what is in it, what support exists, your choice."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simulator.content.model import LocalText
from simulator.ui.wellbeing.i18n import wtr
from simulator.ui.wellbeing.labels import category_name, describe, heading
from simulator.ui.wellbeing.support import ClockLike, PausedDialog, support_labels
from simulator.wellbeing.gate import Briefing


class BriefingDialog(PausedDialog):
    """Names each category, level and kind; Continue needs the consents asked for.

    After ``exec()``: ``choice`` is continue, postpone, alternative or skip, and
    ``consented`` the categories the trainee agreed to (record them once in the store).
    The clock, when given, is paused while the dialog is open.
    """

    def __init__(
        self,
        briefing: Briefing,
        support: Sequence[LocalText],
        language: str = "en",
        clock: ClockLike = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(clock, "briefing", parent)
        self.briefing = briefing
        self.choice = "postpone"
        self.setWindowTitle(wtr("Before you start"))
        layout = QVBoxLayout(self)
        self._add_contents(layout, briefing, title)
        self._add_consents(layout, briefing)
        self._add_support(layout, support, language)
        self._add_buttons(layout, briefing)
        self.setMinimumWidth(520)
        self._update()

    def _add_contents(self, layout: QVBoxLayout, briefing: Briefing, title: str) -> None:
        """What the scenario contains, one line each, and how its images are shown."""
        head = QLabel(
            wtr("This scenario contains:")
            if not title
            else wtr("“{title}” contains:").format(title=title),
            self,
        )
        head.setObjectName("briefing-head")
        heading(head)
        layout.addWidget(head)
        for item in briefing.items:
            row = QLabel("•  " + describe(item.category, item.level, item.kinds), self)
            row.setWordWrap(True)
            layout.addWidget(row)
        media = wtr(
            "Images stay blurred and in greyscale until you click Reveal. "
            "You can decide without revealing them."
        )
        if briefing.media_steps:
            media = wtr("A step of this SOP needs you to look at an image; it says so.")
        note = QLabel(media, self)
        note.setWordWrap(True)
        layout.addWidget(note)

    def _add_consents(self, layout: QVBoxLayout, briefing: Briefing) -> None:
        """A box to tick for each category that needs the trainee's consent."""
        self.consent_boxes: dict[str, QCheckBox] = {}
        for category in briefing.needs_consent:
            box = QCheckBox(
                wtr(
                    "I understand this scenario includes {category} and agree to see it. "
                    "I can withdraw this at any time."
                ).format(category=category_name(category)),
                self,
            )
            box.toggled.connect(self._update)
            self.consent_boxes[category] = box
            layout.addWidget(box)

    def _add_support(
        self, layout: QVBoxLayout, support: Sequence[LocalText], language: str
    ) -> None:
        """The support lines, and that no choice here affects a grade."""
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        support_head = heading(QLabel(wtr("Support is always there:"), self))
        layout.addWidget(support_head)
        for label in support_labels(support, language, self):
            layout.addWidget(label)
        no_penalty = QLabel(
            wtr("Postponing, taking an alternative or skipping never affects a grade."), self
        )
        no_penalty.setWordWrap(True)
        layout.addWidget(no_penalty)

    def _add_buttons(self, layout: QVBoxLayout, briefing: Briefing) -> None:
        """A button for each option the briefing offers (continue, postpone, ...)."""
        buttons = QDialogButtonBox(self)
        self.buttons: dict[str, QPushButton] = {}
        texts = {
            "continue": wtr("Continue"),
            "postpone": wtr("Postpone"),
            "alternative": wtr("Take another scenario"),
            "skip": wtr("Skip: give me an equivalent item"),
        }
        for option in briefing.options:
            role = (
                QDialogButtonBox.ButtonRole.AcceptRole
                if option == "continue"
                else QDialogButtonBox.ButtonRole.ActionRole
            )
            button = buttons.addButton(texts[option], role)
            button.setObjectName(f"briefing-{option}")
            button.clicked.connect(lambda _=False, o=option: self._choose(o))
            self.buttons[option] = button
        layout.addWidget(buttons)

    @property
    def consented(self) -> tuple[str, ...]:
        return tuple(c for c, box in self.consent_boxes.items() if box.isChecked())

    def _update(self) -> None:
        ready = all(box.isChecked() for box in self.consent_boxes.values())
        self.buttons["continue"].setEnabled(ready)

    def _choose(self, option: str) -> None:
        self.choice = option
        if option == "continue":
            self.accept()
        else:
            self.reject()
