"""The trainee's attempts as a table model (rows are store attempt records)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from simulator.ui import theme

_ROOT = QModelIndex()


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


class HistoryModel(QAbstractTableModel):
    """Columns: when, scenario, score, result."""

    def __init__(self, attempts=(), parent=None) -> None:
        super().__init__(parent)
        self._rows = list(attempts)
        self.titles: dict[str, str] = {}
        self.ui_language = "en"

    def set_attempts(self, attempts, titles=None) -> None:
        """``attempts`` newest first; ``titles`` maps scenario id -> title."""
        self.beginResetModel()
        self._rows = sorted(attempts, key=lambda a: _get(a, "started_at"), reverse=True)
        self.titles = dict(titles or {})
        self.endResetModel()

    def attempt(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Scenario"), self.tr("Score"), self.tr("Result"))[section]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ForegroundRole):
            return None
        a = self._rows[index.row()]
        col = index.column()
        finished = _get(a, "ended_at") is not None
        score = _get(a, "score")
        passed = _get(a, "passed")
        if role == Qt.ForegroundRole:
            if col == 3 and finished and passed is not None:
                from PySide6.QtGui import QColor

                return QColor(theme.PASS if passed else theme.FAIL)
            return None
        if col == 0:
            when = _get(a, "started_at")
            if hasattr(when, "astimezone"):
                when = when.astimezone()
            return when.strftime("%Y-%m-%d %H:%M") if hasattr(when, "strftime") else str(when)
        if col == 1:
            sid = _get(a, "scenario_id", "")
            return self.titles.get(sid, sid)
        if col == 2:
            return "" if score is None else f"{float(score):.0f}%"
        if not finished:
            return self.tr("Unfinished")
        if passed is None:
            return ""
        return self.tr("Passed") if passed else self.tr("Failed")
