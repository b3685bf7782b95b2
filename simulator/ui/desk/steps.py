"""The SOP's steps in the tool panel: their list model (ticked as the trainee does them) and
the delegate that draws each step in its own script's direction."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QStyle,
    QStyleOptionViewItem,
)

from simulator.ui.delegates import ScriptDirectionDelegate

_ROOT = QModelIndex()


class StepsModel(QAbstractListModel):
    """The SOP's steps as a checklist. A step ticks itself when an action of the same
    name (``lookup``, ``escalate``, ...) or a macro with the step's id is used; the
    trainee may tick any step by hand."""

    def __init__(self, steps=(), language: str = "en", parent=None) -> None:
        super().__init__(parent)
        self._steps = list(steps)
        self.language = language
        self.done: set[str] = set()

    def set_steps(self, steps, language: str) -> None:
        self.beginResetModel()
        self._steps, self.language, self.done = list(steps), language, set()
        self.endResetModel()

    def note_action(self, action_type: str, value: str | None) -> None:
        for i, step in enumerate(self._steps):
            if step.id in (action_type, value) and step.id not in self.done:
                self.done.add(step.id)
                self.dataChanged.emit(self.index(i), self.index(i))

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._steps)

    def flags(self, index):
        return Qt.ItemIsEnabled | Qt.ItemIsUserCheckable | Qt.ItemIsSelectable

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        step = self._steps[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return f"{index.row() + 1}. {step.text.get(self.language)}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if step.id in self.done else Qt.CheckState.Unchecked
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        step = self._steps[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.done.add(step.id)
        else:
            self.done.discard(step.id)
        self.dataChanged.emit(index, index)
        return True


class StepDelegate(ScriptDirectionDelegate):
    """A step in its own text's direction (an Arabic step reads right to left in the
    English interface too), wrapped over as many lines as it needs, never cut with "…":
    the team to escalate to is often at its end."""

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.WrapText
        option.textElideMode = Qt.ElideNone

    def sizeHint(self, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = self.parent()
        width = view.viewport().width() if view is not None else opt.rect.width()
        style = view.style() if view is not None else None
        check = style.pixelMetric(QStyle.PM_IndicatorWidth) if style is not None else 16
        text_width = max(60, width - check - 24)
        box = opt.fontMetrics.boundingRect(
            QRect(0, 0, text_width, 100000), Qt.TextWordWrap, opt.text or ""
        )
        return QSize(width, box.height() + 10)
