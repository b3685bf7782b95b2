"""QTableWidget helpers for the calibration and dispute screens (to become RowTable views)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def make_table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.SingleSelection)
    head = table.horizontalHeader()
    head.setSectionResizeMode(QHeaderView.ResizeToContents)
    head.setSectionResizeMode(0, QHeaderView.Stretch)
    return table


def select_row(table: QTableWidget, row: int) -> None:
    """Select ``row`` through the selection model (``selectRow`` depends on the
    viewport's geometry in right-to-left layouts)."""
    flags = QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
    table.selectionModel().setCurrentIndex(table.model().index(row, 0), flags)


def fill_row(table: QTableWidget, row: int, values: list[str], data=None) -> None:
    for col, value in enumerate(values):
        item = QTableWidgetItem(value)
        if col == 0 and data is not None:
            item.setData(Qt.UserRole, data)
        table.setItem(row, col, item)
