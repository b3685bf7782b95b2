"""The scenario library as a Qt table model, and a proxy that filters it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from simulator.content.index import ScenarioSummary
from simulator.ui import theme
from simulator.ui.labels import channel_name, language_name, sensitivity_name
from simulator.ui.text import library_order

if TYPE_CHECKING:
    from simulator.content.model import Scenario

ScenarioRole = Qt.UserRole + 1
_ROOT = QModelIndex()


def sensitivity_labels(scenario: Scenario | ScenarioSummary) -> list[str]:
    """One label per sensitivity of the scenario and its attachments, e.g. "Bullying · 1"."""
    if isinstance(scenario, ScenarioSummary):
        return [f"{sensitivity_name(c)} · {lvl}" for c, lvl in scenario.sensitivity]
    seen: dict[str, int] = {}
    items = list(scenario.sensitivity)
    for ev in scenario.timeline:
        for att in ev.attachments:
            items.extend(att.sensitivity)
    for s in items:
        seen[s.category] = max(seen.get(s.category, 0), s.level)
    return [f"{sensitivity_name(c)} · {lvl}" for c, lvl in seen.items()]


class ScenarioTableModel(QAbstractTableModel):
    """Rows are scenarios, or their index summaries (the list needs no more); columns
    title, language, SOP, channels, difficulty, tags, sensitivity."""

    COLUMNS = ("title", "language", "sop", "channels", "difficulty", "tags", "sensitivity")

    def __init__(self, scenarios: Iterable[Scenario] = (), sop_titles=None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Scenario] = list(scenarios)
        self._sop_titles: Mapping[str, Any] = sop_titles or {}
        self._cells: dict[tuple[int, int], str] = {}
        self.ui_language = "en"

    def set_scenarios(self, scenarios: Iterable[Scenario], sop_titles=None) -> None:
        self.beginResetModel()
        self._rows = sorted(scenarios, key=library_order)
        self._sop_titles = sop_titles or {}
        self._cells: dict[tuple[int, int], str] = {}
        self.endResetModel()

    def retranslate(self) -> None:
        """Drop the cached cell texts (the interface language changed)."""
        self._cells = {}
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Horizontal, 0, len(self.COLUMNS) - 1)

    def scenario(self, row: int) -> Scenario:
        return self._rows[row]

    def scenarios(self) -> list[Scenario]:
        return list(self._rows)

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def sop_title(self, sop_id: str) -> str:
        title = self._sop_titles.get(sop_id)
        if title is None:
            return sop_id
        return title.get(self.ui_language) if hasattr(title, "get") else str(title)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        headers = (
            self.tr("Scenario"),
            self.tr("Language"),
            self.tr("Procedure"),
            self.tr("Channels"),
            self.tr("Difficulty"),
            self.tr("Tags"),
            self.tr("Sensitivity"),
        )
        return headers[section]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == ScenarioRole:
            return s
        if role == Qt.DisplayRole:
            key = (index.row(), index.column())
            text = self._cells.get(key)
            if text is None:
                text = self._cells[key] = self._display(s, col)
            return text
        if role == Qt.DecorationRole and col == "channels" and s.channels:
            return theme.icon(s.channels[0])
        if role == Qt.ToolTipRole and col == "sensitivity":
            return self.tr("Content labels: the wellbeing briefing explains them before you start")
        if role == Qt.TextAlignmentRole and col == "title":
            # A title is aligned by its own script, whatever the interface language.
            rtl = s.language == "ar"
            # AlignAbsolute: right means right in a right-to-left interface too.
            return int(
                (Qt.AlignRight if rtl else Qt.AlignLeft) | Qt.AlignVCenter | Qt.AlignAbsolute
            )
        return None

    def _display(self, s: Scenario, col: str) -> str:
        if col == "title":
            return s.title
        if col == "language":
            return language_name(s.language)
        if col == "sop":
            return self.sop_title(s.sop)
        if col == "channels":
            return ", ".join(channel_name(c) for c in s.channels)
        if col == "difficulty":
            return "●" * s.difficulty + "○" * (5 - s.difficulty)
        if col == "tags":
            return ", ".join(s.tags)
        if col == "sensitivity":
            return "; ".join(sensitivity_labels(s)) or self.tr("None")
        return ""


class ScenarioFilter(QSortFilterProxyModel):
    """Filters by language, SOP, channel, difficulty, tag and a search text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.language = ""
        self.sop = ""
        self.channel = ""
        self.difficulty = 0
        self.tag = ""
        self.text = ""

    def set_filter(self, **values: Any) -> None:
        for key in values:
            if not hasattr(self, key):
                raise AttributeError(key)
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.endFilterChange()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        model = self.sourceModel()
        s: Scenario = model.scenario(source_row)
        if self.language and s.language != self.language:
            return False
        if self.sop and s.sop != self.sop:
            return False
        if self.channel and self.channel not in s.channels:
            return False
        if self.difficulty and s.difficulty != self.difficulty:
            return False
        if self.tag and self.tag not in s.tags:
            return False
        if self.text:
            needle = self.text.casefold()
            hay = " ".join([s.title, s.id, s.sop, *s.tags, model.sop_title(s.sop)]).casefold()
            if needle not in hay:
                return False
        return True
