"""The "Validate library" action: the content validator over the library, one line each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout

from simulator.errors import SimulatorError


def library_problems(root: Path) -> list[str]:
    """``file:line: message`` for every problem the validator finds under ``root``."""
    from simulator.authoring.validate import validate_paths

    try:
        return [str(p) for p in validate_paths([root])]
    except SimulatorError as exc:
        return [str(exc)]


class ValidationDialog(QDialog):
    """Lists the problems of the library at ``root`` (or says there are none)."""

    def __init__(self, root: Path, parent=None) -> None:
        super().__init__(parent)
        self.root = root
        self.problems = library_problems(root)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.addItems(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Validate library"))
        if self.problems:
            text = self.tr("{n} problems in {folder}:").format(
                n=len(self.problems), folder=self.root
            )
        else:
            text = self.tr("No problems in {folder}.").format(folder=self.root)
        self.summary.setText(text)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
