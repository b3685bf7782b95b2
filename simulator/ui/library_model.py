"""The scenario library as a Qt table model, and a proxy that filters it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from simulator.content.index import ScenarioSummary
from simulator.ui import theme
from simulator.ui.itemmodel import Column, RowRole, RowTableModel
from simulator.ui.labels import channel_name, language_name, list_separator, sensitivity_name
from simulator.ui.text import library_order

if TYPE_CHECKING:
    from simulator.content.model import Scenario

ScenarioRole = RowRole  # data(index, ScenarioRole): the scenario of the row


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


class ScenarioTableModel(RowTableModel["Scenario"]):
    """Rows are scenarios, or their index summaries (the list needs no more); columns
    title, language, SOP, channels, difficulty, tags, sensitivity."""

    COLUMNS = ("title", "language", "sop", "channels", "difficulty", "tags", "sensitivity")

    def __init__(
        self,
        scenarios: Iterable[Scenario] = (),
        sop_titles: Mapping[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(self._columns(), scenarios, parent, cache=True)
        self._sop_titles: Mapping[str, Any] = sop_titles or {}
        self.ui_language = "en"

    def _columns(self) -> list[Column[Scenario]]:
        labels = self.tr("Content labels: the wellbeing briefing explains them before you start")

        def column(
            name: str, header: Callable[[], str], roles: Mapping[int, Any] | None = None
        ) -> Column[Scenario]:
            return Column(header, lambda s: self._display(s, name), roles=roles or {})

        return [
            column("title", lambda: self.tr("Scenario"), roles={_ALIGN: _title_alignment}),
            column("language", lambda: self.tr("Language")),
            column("sop", lambda: self.tr("Procedure")),
            column("channels", lambda: self.tr("Channels"), roles={_ICON: _channel_icon}),
            column("difficulty", lambda: self.tr("Difficulty")),
            column("tags", lambda: self.tr("Tags")),
            column("sensitivity", lambda: self.tr("Sensitivity"), roles={_TIP: lambda _s: labels}),
        ]

    def set_scenarios(
        self, scenarios: Iterable[Scenario], sop_titles: Mapping[str, Any] | None = None
    ) -> None:
        self._sop_titles = sop_titles or {}
        self.set_rows(sorted(scenarios, key=library_order))

    def scenario(self, row: int) -> Scenario:
        return self.row(row)

    def scenarios(self) -> list[Scenario]:
        return self.rows()

    def sop_title(self, sop_id: str) -> str:
        title = self._sop_titles.get(sop_id)
        if title is None:
            return sop_id
        return str(title.get(self.ui_language) if hasattr(title, "get") else title)

    def _display(self, s: Scenario, col: str) -> str:
        if col == "title":
            return s.title
        if col == "language":
            return language_name(s.language)
        if col == "sop":
            return self.sop_title(s.sop)
        if col == "channels":
            return list_separator().join(channel_name(c) for c in s.channels)
        if col == "difficulty":
            return "●" * s.difficulty + "○" * (5 - s.difficulty)
        if col == "tags":
            return ", ".join(s.tags)
        if col == "sensitivity":
            return "; ".join(sensitivity_labels(s)) or self.tr("None")
        return ""


_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_ICON = int(Qt.ItemDataRole.DecorationRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)


def _title_alignment(s: Scenario) -> int:
    """A title is aligned by its own script, whatever the interface language;
    AlignAbsolute: right means right in a right-to-left interface too."""
    side = Qt.AlignmentFlag.AlignRight if s.language == "ar" else Qt.AlignmentFlag.AlignLeft
    return int(side | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute)


def _channel_icon(s: Scenario) -> Any:
    return theme.icon(s.channels[0]) if s.channels else None


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
        model = cast(ScenarioTableModel, self.sourceModel())
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
