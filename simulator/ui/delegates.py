"""Item delegates shared by the app's tables."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate

from simulator.ui.bidi import strong_direction


class ScriptDirectionDelegate(QStyledItemDelegate):
    """Lays out, aligns and elides a cell in its own text's direction.

    An Arabic title in the English interface starts at the right and is cut with "…" at
    its own end (the left); an English one in the Arabic interface starts at the left.
    Cells in the interface's own direction, and cells with no letters, are left alone."""

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        strong = strong_direction(option.text or "")
        if strong is None:
            return
        direction = Qt.RightToLeft if strong == "rtl" else Qt.LeftToRight
        if direction == option.direction:
            return
        option.direction = direction
        # AlignLeft is the leading edge once Qt mirrors it for a right-to-left cell.
        vertical = option.displayAlignment & Qt.AlignVertical_Mask
        option.displayAlignment = Qt.AlignLeft | vertical
