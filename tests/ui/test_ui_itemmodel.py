"""The one table model: rows plus column specs, roles, sorting, and the row table view."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from simulator.ui.itemmodel import Column, RowRole, RowTable, RowTableModel


@dataclass
class Person:
    name: str
    score: float


PEOPLE = [Person("Badr", 70.0), Person("Amal", 9.5), Person("Dana", 100.0)]
FG = int(Qt.ItemDataRole.ForegroundRole)


def columns(header: list[str]) -> list[Column[Person]]:
    return [
        Column(lambda: header[0], lambda p: p.name),
        Column(
            lambda: "Score",
            lambda p: f"{p.score:g}%",
            roles={FG: lambda p: QColor("#15803d" if p.score >= 50 else "#dc2626")},
            sort_key=lambda p: p.score,
        ),
    ]


def test_cells_headers_roles_and_the_row_object_come_from_the_column_specs(qtbot):
    model = RowTableModel(columns(["Name"]), PEOPLE)
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.data(model.index(1, 1)) == "9.5%"
    assert model.data(model.index(1, 1), FG) == QColor("#dc2626")
    assert model.data(model.index(1, 0), FG) is None  # no such role in that column
    assert model.data(model.index(2, 0), RowRole) is PEOPLE[2]


def test_sorting_uses_the_sort_key_not_the_text(qtbot):
    model = RowTableModel(columns(["Name"]), PEOPLE)
    model.sort(1)  # as text "100%" < "70%" < "9.5%"; as numbers the other way round
    assert [p.name for p in model.rows()] == ["Amal", "Badr", "Dana"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.text(r, 0) for r in range(3)] == ["Dana", "Badr", "Amal"]


def test_cached_texts_are_dropped_on_retranslate_and_the_header_follows(qtbot):
    header = ["Name"]
    model = RowTableModel(columns(header), PEOPLE, cache=True)
    seen = []
    model.headerDataChanged.connect(lambda *args: seen.append(args))
    assert model.text(0, 0) == "Badr"
    PEOPLE[0].name = "بدر"
    assert model.text(0, 0) == "Badr"  # cached
    header[0] = "الاسم"
    model.retranslate()
    assert model.text(0, 0) == "بدر" and model.headerData(0, Qt.Orientation.Horizontal) == "الاسم"
    assert seen
    PEOPLE[0].name = "Badr"


def test_the_row_table_selects_reads_back_and_reports_activation(qtbot):
    table = RowTable(columns(["Name"]))
    qtbot.addWidget(table)
    changes, activated = [], []
    table.selection_changed.connect(lambda: changes.append(1))
    table.row_activated.connect(activated.append)
    table.set_rows(PEOPLE)
    assert table.rowCount() == 3 and table.text(2, 1) == "100%"
    assert table.selected() is None
    table.select(1)
    assert table.selected_row() == 1 and table.selected() is PEOPLE[1] and changes
    table.activated.emit(table.model().index(2, 0))
    assert activated == [2]


def test_refilling_the_rows_keeps_the_selected_row_when_it_is_still_there(qtbot):
    table = RowTable(columns(["Name"]))
    qtbot.addWidget(table)
    table.set_rows(PEOPLE)
    table.select(2)
    table.set_rows(list(reversed(PEOPLE)))  # e.g. the same rows again after a language switch
    assert table.selected() is PEOPLE[2] and table.selected_row() == 0
    table.set_rows(PEOPLE[:2])
    assert table.selected() is None


def test_sorting_the_view_keeps_the_selected_row_selected(qtbot):
    table = RowTable(columns(["Name"]))
    qtbot.addWidget(table)
    table.set_rows(PEOPLE)
    table.select(0)  # Badr
    table.setSortingEnabled(True)
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by score: Amal, Badr, Dana
    assert [table.text(r, 0) for r in range(3)] == ["Amal", "Badr", "Dana"]
    assert table.selected() is PEOPLE[0] and table.selected_row() == 1
