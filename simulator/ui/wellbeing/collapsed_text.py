"""Level-3 text collapsed behind a labelled bar that opens on click."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from simulator.content.model import Sensitivity
from simulator.ui.wellbeing.i18n import wtr
from simulator.ui.wellbeing.labels import label_line


class CollapsedText(QWidget):
    """Shows a bar naming the labels; the text appears only after a click (``opened``)."""

    opened = Signal()
    closed = Signal()

    def __init__(
        self, text: str, labels: Sequence[Sensitivity], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._labels = tuple(labels)
        self.bar = QPushButton(self)
        self.bar.setObjectName("collapsed-bar")
        self.bar.setCheckable(True)
        self.bar.setStyleSheet("text-align: start; padding: 6px;")
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self._text = text
        self.body.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.body)
        self.bar.toggled.connect(self._toggled)
        self._update_bar()

    @property
    def is_open(self) -> bool:
        return self.bar.isChecked()

    def _update_bar(self) -> None:
        line = label_line(self._labels, "text")
        if self.is_open:
            self.bar.setText(wtr("Hide this message") + f"  ({line})")
        else:
            self.bar.setText(wtr("Show this message") + f"  ({line})")

    def _toggled(self, checked: bool) -> None:
        # The text is put in the label only when opened, so a collapsed bar holds none.
        self.body.setText(self._text if checked else "")
        self.body.setVisible(checked)
        self._update_bar()
        (self.opened if checked else self.closed).emit()

    def collapse(self) -> None:
        self.bar.setChecked(False)

    def hideEvent(self, event) -> None:
        self.collapse()
        super().hideEvent(event)
