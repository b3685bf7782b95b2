"""The always-visible "Pause / support" control and the support panel it opens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from simulator.clock import PausableClock
from simulator.content.model import LocalText
from simulator.ui.shortcuts import KEYS
from simulator.ui.wellbeing.i18n import wtr
from simulator.ui.wellbeing.labels import heading_label
from simulator.wellbeing.breaks import PauseReason, WellbeingClock

# The support control's key: it opens the panel from anywhere in the window.
SUPPORT_SHORTCUT = KEYS["support"]  # declared in simulator.ui.shortcuts

# The trainee's language: a code, or a callable giving the current one (so a control made
# before a live language switch shows its lines in the language switched to).
LanguageLike = str | Callable[[], str]


def current_language(language: LanguageLike) -> str:
    return language() if callable(language) else language


def support_labels(lines: Sequence[LocalText], language: str, parent: QWidget) -> list[QLabel]:
    out = []
    for line in lines:
        label = QLabel(line.get(language), parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        out.append(label)
    return out


# What a wellbeing pause stops: a WellbeingClock (with a reason), or a PausableClock
# (simulator.clock: the desk's controller, a WallClock), or a callable giving one (looked
# up when the dialog opens, so it follows the scenario being played). No clock is callable.
Pausable = WellbeingClock | PausableClock
ClockLike = Pausable | Callable[[], Pausable | None] | None


def _target(clock: ClockLike) -> Pausable | None:
    return clock() if callable(clock) else clock


def pause_clock(clock: ClockLike, reason: PauseReason) -> Any:
    """Pause ``clock`` for ``reason``; returns what was paused (to resume the same one)."""
    target = _target(clock)
    if isinstance(target, WellbeingClock):
        if reason not in target.reasons:
            target.pause(reason)
    elif target is not None:
        target.pause()
    return target


def resume_clock(target: Any, reason: PauseReason) -> None:
    if isinstance(target, WellbeingClock):
        target.resume(reason)
    elif target is not None:
        target.resume()


class PausedDialog(QDialog):
    """A dialog that stops ``clock`` (if given) for ``reason`` while it is open."""

    def __init__(
        self, clock: ClockLike, reason: PauseReason, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._paused: Any = None
        self._reason: PauseReason = reason

    def showEvent(self, event) -> None:
        if self._paused is None:
            self._paused = pause_clock(self._clock, self._reason)
        super().showEvent(event)

    def done(self, result: int) -> None:
        resume_clock(self._paused, self._reason)
        self._paused = None
        super().done(result)


class SupportPanel(PausedDialog):
    """Support resources in the trainee's language; the clock is paused while it is open.

    A live language switch while it is open re-reads the language and shows the
    counselling and emergency lines in it (crisis text must never be in the wrong one)."""

    def __init__(
        self,
        lines: Sequence[LocalText],
        language: LanguageLike = "en",
        clock: ClockLike = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(clock, "support", parent)
        self.lines = tuple(lines)
        self.language = language
        layout = QVBoxLayout(self)
        self.head = head = heading_label("", "support-head", self)
        layout.addWidget(head)
        self.line_labels = support_labels(self.lines, current_language(language), self)
        for label in self.line_labels:
            layout.addWidget(label)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(self)
        self.resume_button = buttons.addButton(
            wtr("Resume"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(wtr("Pause and support"))
        self.head.setText(wtr("The clock is paused. Take the time you need."))
        language = current_language(self.language)
        for label, line in zip(self.line_labels, self.lines, strict=True):
            label.setText(line.get(language))
        self.note.setText(wtr("Pausing, breaks and asking for support never affect a grade."))
        self.resume_button.setText(wtr("Resume"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class PauseSupportButton(QPushButton):
    """Put this on every practice and exam screen: it opens the support panel.

    ``language``: the trainee's language, or a callable giving it when the panel opens
    (the app passes one, so the panel follows a live language switch)."""

    opened = Signal()
    closed = Signal()

    def __init__(
        self,
        lines: Sequence[LocalText],
        language: LanguageLike = "en",
        clock: ClockLike = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pause-support")
        # Its own QShortcut, not QAbstractButton.setShortcut: setText (on every language
        # change) replaces a button's shortcut with the new text's mnemonic, which
        # silently dropped Ctrl+Shift+P after a live switch to Arabic.
        self.shortcut = QShortcut(QKeySequence(SUPPORT_SHORTCUT), self)
        self.shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.shortcut.activated.connect(self.click)
        self._retranslate()
        self.lines = tuple(lines)
        self.language = language
        self.clock = clock
        self.panel: SupportPanel | None = None
        self.clicked.connect(self.open_panel)

    def _retranslate(self) -> None:
        self.setText(wtr("Pause / support"))
        self.setToolTip(wtr("Pause the clock and see support resources (Ctrl+Shift+P)"))
        self.setAccessibleDescription(self.toolTip())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange and self.panel is not None:
            self._place(self.panel)  # a live switch of language: to the new end edge
        super().changeEvent(event)

    def open_panel(self) -> SupportPanel:
        """Open (or raise) the support panel, non-modal so it never blocks a dialog."""
        first = self.panel is None
        if self.panel is None:
            self.panel = SupportPanel(self.lines, self.language, self.clock, self.window())
            self.panel.finished.connect(self._closed)
        self.panel.show()
        if first:
            self._place(self.panel)
        self.panel.raise_()
        self.opened.emit()
        return self.panel

    def _place(self, panel: SupportPanel) -> None:
        """Under this button's row, at the window's end edge (the right, or the left in
        right-to-left): what is behind it (the desk's pause panel, in the middle) stays
        in view."""
        window = self.window()
        if window is None or window is self:
            return
        panel.adjustSize()
        below = self.mapTo(window, self.rect().bottomLeft()).y() + 8
        margin = 16
        x = margin if self.isRightToLeft() else window.width() - panel.width() - margin
        panel.move(window.mapToGlobal(QPoint(max(0, x), below)))

    def close_panel(self) -> bool:
        """Close the open panel (which resumes what it paused); False when none is open."""
        if self.panel is None:
            return False
        self.panel.accept()
        return True

    def _closed(self) -> None:
        self.panel = None
        self.closed.emit()
