"""One table model for every list of rows on screen, and a view configured for it.

As napari's ``_base_item_model``: a ``QAbstractTableModel`` over a Python list of row
objects, with the columns given as data (``Column``: a header, a display function,
optional functions per role and a sort key) instead of a hand-written model per table.
``RowTable`` is the read-only, row-selecting view the screens use; it reads back like
the ``QTableWidget`` it replaces (``rowCount()``, ``text(row, column)``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

RowRole = int(Qt.ItemDataRole.UserRole) + 1  # data(index, RowRole): the row object itself
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: ``header()`` (called each time, so it follows the interface language),
    ``display(row)`` its text, ``roles`` other roles' values, ``sort_key(row)`` (default:
    the text)."""

    header: Callable[[], str]
    display: Callable[[R], str]
    roles: Mapping[int, Callable[[R], Any]] = field(default_factory=dict)
    sort_key: Callable[[R], Any] | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows are objects of any kind; ``columns`` say what each cell shows. With
    ``cache=True`` display texts are kept until the rows change or ``retranslate()``."""

    def __init__(
        self,
        columns: Sequence[Column[R]] = (),
        rows: Iterable[R] = (),
        parent: QObject | None = None,
        cache: bool = False,
    ) -> None:
        super().__init__(parent)
        self.columns: list[Column[R]] = list(columns)
        self._rows: list[R] = list(rows)
        self._cache: dict[tuple[int, int], str] | None = {} if cache else None

    # -- rows ---------------------------------------------------------------------
    def set_rows(self, rows: Iterable[R], columns: Sequence[Column[R]] | None = None) -> None:
        """New rows (and, for a table whose columns depend on its rows, new ``columns``)."""
        self.beginResetModel()
        if columns is not None:
            self.columns = list(columns)
        self._rows = list(rows)
        self._forget()
        self.endResetModel()

    def row(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def _forget(self) -> None:
        if self._cache is not None:
            self._cache = {}

    def retranslate(self) -> None:
        """The interface language changed: every text and header again."""
        self._forget()
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    # -- the model ------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return self.columns[section].header()

    def text(self, row: int, column: int) -> str:
        """The display text of a cell."""
        if self._cache is None:
            return self.columns[column].display(self._rows[row])
        key = (row, column)
        if key not in self._cache:
            self._cache[key] = self.columns[column].display(self._rows[row])
        return self._cache[key]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, col)
        if role == RowRole:
            return self._rows[row]
        get = self.columns[col].roles.get(int(role))
        return None if get is None else get(self._rows[row])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        spec = self.columns[column]
        key = spec.sort_key or spec.display
        old = self._rows
        moves = sorted(
            range(len(old)),
            key=lambda i: key(old[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.layoutAboutToBeChanged.emit()
        self._rows = [old[i] for i in moves]
        self._forget()
        # The selection and the current row follow their rows to where they now are.
        now = {was: i for i, was in enumerate(moves)}
        before = self.persistentIndexList()
        after = [self.index(now[ix.row()], ix.column()) for ix in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()


def text_columns(*headers: Callable[[], str]) -> list[Column[Sequence[str]]]:
    """Columns for rows that are already their texts, one string per column."""

    def cell(i: int) -> Callable[[Sequence[str]], str]:
        return lambda row: row[i]

    return [Column(header, cell(i)) for i, header in enumerate(headers)]


def pair_columns(*headers: Callable[[], str]) -> list[Column[tuple[Any, Sequence[str]]]]:
    """Columns for rows ``(thing, texts)``: the thing rides along (``selected()[0]``),
    column ``i`` shows ``texts[i]`` (texts worked out once, when the rows are set)."""

    def cell(i: int) -> Callable[[tuple[Any, Sequence[str]]], str]:
        return lambda row: row[1][i]

    return [Column(header, cell(i)) for i, header in enumerate(headers)]


class RowTable(QTableView):
    """A read-only table of whole rows, one selected at a time, over a ``RowTableModel``.
    ``selection_changed`` and ``row_activated(row)`` (a double click or Enter) are the
    signals screens need."""

    selection_changed = Signal()
    row_activated = Signal(int)

    def __init__(
        self,
        columns: Sequence[Column[Any]],
        parent: QWidget | None = None,
        *,
        stretch: str = "last",  # "last" or "first": which column takes the spare width
        alternate: bool = False,
        grid: bool = False,
    ) -> None:
        super().__init__(parent)
        self.rows_model: RowTableModel[Any] = RowTableModel(columns, parent=self)
        self.setModel(self.rows_model)
        self.verticalHeader().hide()
        self.setShowGrid(grid)
        self.setAlternatingRowColors(alternate)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        head = self.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch == "first":
            head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        else:
            head.setStretchLastSection(True)
        self.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.activated.connect(lambda index: self.row_activated.emit(index.row()))

    def set_rows(self, rows: Iterable[Any], columns: Sequence[Column[Any]] | None = None) -> None:
        """New rows (and new ``columns`` if given); the selected row stays selected when
        it is among them (as a ``QTableWidget`` refilled in place keeps its selection)."""
        chosen = self.selected()
        self.rows_model.set_rows(rows, columns)
        if chosen is not None:
            for row, value in enumerate(self.rows_model.rows()):
                if value is chosen or value == chosen:
                    self.select(row)
                    break

    def rowCount(self) -> int:
        return self.rows_model.rowCount()

    def columnCount(self) -> int:
        return self.rows_model.columnCount()

    def text(self, row: int, column: int) -> str:
        return self.rows_model.text(row, column)

    def row_object(self, row: int) -> Any:
        return self.rows_model.row(row)

    def selected_row(self) -> int | None:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected(self) -> Any:
        """The selected row's object, or None."""
        row = self.selected_row()
        return None if row is None else self.rows_model.row(row)

    def select(self, row: int) -> None:
        """Select ``row`` through the selection model (``selectRow`` depends on the
        viewport's geometry in right-to-left layouts)."""
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(self.rows_model.index(row, 0), flags)

    def set_cell_widget(self, row: int, column: int, widget: QWidget) -> None:
        """An editor shown in a cell (a grade's combo box); the next ``set_rows`` drops
        it (a model reset removes index widgets)."""
        self.setIndexWidget(self.rows_model.index(row, column), widget)

    def cell_widget(self, row: int, column: int) -> QWidget | None:
        return self.indexWidget(self.rows_model.index(row, column))

    def retranslate(self) -> None:
        self.rows_model.retranslate()
