"""The always-visible "Pause / support" control and the support panel it opens."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from simulator.content.model import LocalText
from simulator.ui.wellbeing.i18n import wtr
from simulator.ui.wellbeing.labels import heading
from simulator.wellbeing.breaks import PausableClock, PauseReason


def support_labels(lines: Sequence[LocalText], language: str, parent: QWidget) -> list[QLabel]:
    out = []
    for line in lines:
        label = QLabel(line.get(language), parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        out.append(label)
    return out


class PausedDialog(QDialog):
    """A dialog that stops ``clock`` (if given) for ``reason`` while it is open."""

    def __init__(
        self, clock: PausableClock | None, reason: PauseReason, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._reason: PauseReason = reason

    def showEvent(self, event) -> None:
        if self._clock is not None and self._reason not in self._clock.reasons:
            self._clock.pause(self._reason)
        super().showEvent(event)

    def done(self, result: int) -> None:
        if self._clock is not None:
            self._clock.resume(self._reason)
        super().done(result)


class SupportPanel(PausedDialog):
    """Support resources in the trainee's language; the clock is paused while it is open."""

    def __init__(
        self,
        lines: Sequence[LocalText],
        language: str = "en",
        clock: PausableClock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(clock, "support", parent)
        self.setWindowTitle(wtr("Pause and support"))
        layout = QVBoxLayout(self)
        head = QLabel(wtr("The clock is paused. Take the time you need."), self)
        head.setObjectName("support-head")
        heading(head)
        head.setWordWrap(True)
        layout.addWidget(head)
        for label in support_labels(lines, language, self):
            layout.addWidget(label)
        note = QLabel(wtr("Pausing, breaks and asking for support never affect a grade."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.resume_button = buttons.addButton(
            wtr("Resume"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


class PauseSupportButton(QPushButton):
    """Put this on every practice and exam screen: it opens the support panel."""

    opened = Signal()
    closed = Signal()

    def __init__(
        self,
        lines: Sequence[LocalText],
        language: str = "en",
        clock: PausableClock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(wtr("Pause / support"), parent)
        self.setObjectName("pause-support")
        self.setToolTip(wtr("Pause the clock and see support resources (Ctrl+Shift+P)"))
        self.setShortcut("Ctrl+Shift+P")
        self.lines = tuple(lines)
        self.language = language
        self.clock = clock
        self.panel: SupportPanel | None = None
        self.clicked.connect(self.open_panel)

    def open_panel(self) -> SupportPanel:
        """Open (or raise) the support panel, non-modal so it never blocks a dialog."""
        if self.panel is None:
            self.panel = SupportPanel(self.lines, self.language, self.clock, self.window())
            self.panel.finished.connect(self._closed)
        self.panel.show()
        self.panel.raise_()
        self.opened.emit()
        return self.panel

    def _closed(self) -> None:
        self.panel = None
        self.closed.emit()
