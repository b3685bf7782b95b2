"""The trainee's attempts as a table model (rows are store attempt records)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from simulator.ui import theme
from simulator.ui.itemmodel import Column, RowTableModel


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


class HistoryModel(RowTableModel[Any]):
    """Columns: when, scenario, score, result."""

    def __init__(self, attempts: Iterable[Any] = (), parent: QObject | None = None) -> None:
        columns: list[Column[Any]] = [
            Column(lambda: self.tr("When"), _when, sort_key=lambda a: _get(a, "started_at")),
            Column(lambda: self.tr("Scenario"), self._title),
            Column(lambda: self.tr("Score"), _score, sort_key=lambda a: _get(a, "score") or -1),
            Column(
                lambda: self.tr("Result"),
                self._result,
                roles={int(Qt.ItemDataRole.ForegroundRole): _result_colour},
            ),
        ]
        super().__init__(columns, attempts, parent)
        self.titles: dict[str, str] = {}
        self.ui_language = "en"

    def set_attempts(
        self, attempts: Iterable[Any], titles: Mapping[str, str] | None = None
    ) -> None:
        """``attempts`` newest first; ``titles`` maps scenario id -> title."""
        self.titles = dict(titles or {})
        self.set_rows(sorted(attempts, key=lambda a: _get(a, "started_at"), reverse=True))

    def attempt(self, row: int) -> Any:
        return self.row(row)

    def _title(self, a: Any) -> str:
        sid = str(_get(a, "scenario_id", ""))
        return self.titles.get(sid, sid)

    def _result(self, a: Any) -> str:
        passed = _get(a, "passed")
        if _get(a, "ended_at") is None:
            return self.tr("Unfinished")
        if passed is None:
            return ""
        return self.tr("Passed") if passed else self.tr("Failed")


def _when(a: Any) -> str:
    when = _get(a, "started_at")
    if hasattr(when, "astimezone"):
        when = when.astimezone()
    return when.strftime("%Y-%m-%d %H:%M") if hasattr(when, "strftime") else str(when)


def _score(a: Any) -> str:
    score = _get(a, "score")
    return "" if score is None else f"{float(score):.0f}%"


def _result_colour(a: Any) -> QColor | None:
    passed = _get(a, "passed")
    if _get(a, "ended_at") is None or passed is None:
        return None
    return QColor(theme.PASS if passed else theme.FAIL)
