"""The read-only tables of the trainer, admin and exam screens: one look, one way to fill
a row and to select one. A leaf of ``simulator.ui``: it imports nothing of ours."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def make_table(columns: int, *, stretch_first: bool = False) -> QTableWidget:
    """A read-only table of ``columns`` that selects one whole row; columns fit their
    contents and the last one (the first with ``stretch_first``) takes the room left."""
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_first:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return table


def cell(text: str, data: object = None) -> QTableWidgetItem:
    """A cell showing ``text``, carrying ``data`` (an id) under ``Qt.ItemDataRole.UserRole``."""
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def fill_row(table: QTableWidget, row: int, values: list[str], data: object = None) -> None:
    """Put ``values`` in ``row``; the first cell carries ``data``."""
    for col, value in enumerate(values):
        table.setItem(row, col, cell(value, data if col == 0 else None))


def select_row(table: QTableWidget, row: int) -> None:
    """Select ``row`` through the selection model (``selectRow`` depends on the
    viewport's geometry in right-to-left layouts)."""
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().setCurrentIndex(table.model().index(row, 0), flags)
