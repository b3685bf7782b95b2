"""The home screen: the scenario library with filters, and the trainee's own history."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.content.model import CHANNELS
from simulator.ui.delegates import ScriptDirectionDelegate
from simulator.ui.history_model import HistoryModel
from simulator.ui.labels import channel_name, language_name
from simulator.ui.library_model import ScenarioFilter, ScenarioRole, ScenarioTableModel
from simulator.ui.theme import warn_chip

COLUMN_WIDTHS = (380, 90, 230, 170, 95, 180)


class HomeScreen(QWidget):
    """Library and history. Emits ``start_requested(scenario)``."""

    start_requested = Signal(object)
    resume_requested = Signal(object)  # a store Attempt
    result_requested = Signal(object)  # a finished store Attempt
    finish_requested = Signal(object)  # an unfinished Attempt, to close as it stands

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.model = ScenarioTableModel(parent=self)
        self.proxy = ScenarioFilter(self)
        self.proxy.setSourceModel(self.model)
        self.history = HistoryModel(parent=self)

        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.problems = warn_chip()
        self._build_resume_box()

        filters = self._build_filters()
        self._build_table()
        library_page = self._build_library_page(filters)
        history_page = self._build_history_page()

        self.tabs = QTabWidget()
        self.tabs.addTab(library_page, "")
        self.tabs.addTab(history_page, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.resume_box)
        layout.addWidget(self.tabs, 1)
        self.proxy.rowsInserted.connect(self._update_buttons)
        self.proxy.rowsRemoved.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)
        self.proxy.layoutChanged.connect(self._update_buttons)
        self.retranslate()

    def _build_resume_box(self) -> None:
        """The bar offering to resume (or finish) an unfinished attempt; hidden until one."""
        self.resume_bar = QLabel()
        self.resume_bar.setObjectName("warnchip")
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("primary")
        self.resume_button.clicked.connect(
            lambda: self.resume_requested.emit(self._resumable[0][0])
        )
        self.finish_button = QPushButton()
        self.finish_button.clicked.connect(
            lambda: self.finish_requested.emit(self._resumable[0][0])
        )
        resume_row = QHBoxLayout()
        resume_row.addWidget(self.resume_bar, 1)
        resume_row.addWidget(self.finish_button)
        resume_row.addWidget(self.resume_button)
        self.resume_box = QWidget()
        self.resume_box.setLayout(resume_row)
        self.resume_box.hide()
        self._resumable: list = []

    def _build_filters(self) -> QHBoxLayout:
        """The search field and the filter boxes (language, SOP, channel, difficulty, tag)."""
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda t: self.proxy.set_filter(text=t.strip()))
        self.language_box = QComboBox()
        self.sop_box = QComboBox()
        self.channel_box = QComboBox()
        self.difficulty_box = QComboBox()
        self.tag_box = QComboBox()
        for box, key in (
            (self.language_box, "language"),
            (self.sop_box, "sop"),
            (self.channel_box, "channel"),
            (self.difficulty_box, "difficulty"),
            (self.tag_box, "tag"),
        ):
            box.currentIndexChanged.connect(
                lambda _i, b=box, k=key: self.proxy.set_filter(**{k: b.currentData() or ""})
            )
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for box in (
            self.language_box,
            self.sop_box,
            self.channel_box,
            self.difficulty_box,
            self.tag_box,
        ):
            filters.addWidget(box, 1)
        return filters

    def _build_table(self) -> None:
        """The scenario table (sorted A to Z), its details pane and the empty-library note."""
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # A to Z (Qt's default is Z to A)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: on to Start scenario
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setItemDelegate(ScriptDirectionDelegate(self.table))
        # Fixed starting widths (the trainee may drag them): measuring every cell is slow
        # and lets long tag lists squeeze the titles.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        # Enter on a row or a double-click starts it (both are "activated").
        self.table.activated.connect(lambda _i: self._start())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_details())
        # The selected scenario's goal, time, last score and done marker; ``loader``
        # (set by the window) parses a summary: (Scenario, SOP), or raises ContentError.
        from simulator.ui.library_details import LibraryDetails

        self.details = LibraryDetails()
        self.loader: Callable[[Any], tuple[Any, Any]] | None = None
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _build_library_page(self, filters: QHBoxLayout) -> QWidget:
        """The library tab: filters, problems, the table with its details, Start."""
        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self._start)
        buttons = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)

        library_page = QWidget()
        lib = QVBoxLayout(library_page)
        lib.addLayout(filters)
        lib.addWidget(self.problems)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        table_row.addWidget(self.details)
        lib.addLayout(table_row, 1)
        lib.addWidget(self.empty)
        lib.addLayout(buttons)
        return library_page

    def _build_history_page(self) -> QWidget:
        """The history tab: the trainee's attempts (a double-click opens one)."""
        self.history_table = QTableView()
        self.history_table.setModel(self.history)
        self.history_table.setItemDelegate(ScriptDirectionDelegate(self.history_table))
        self.history_table.verticalHeader().hide()
        self.history_table.setShowGrid(False)
        self.history_table.setAlternatingRowColors(True)
        self.history_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.doubleClicked.connect(self._open_attempt)
        self.history_hint = QLabel()
        self.history_hint.setObjectName("muted")
        history_page = QWidget()
        hl = QVBoxLayout(history_page)
        hl.addWidget(self.history_table)
        hl.addWidget(self.history_hint)
        return history_page

    # -- data -------------------------------------------------------------
    def set_library(self, scenarios, sops=None, problems=()) -> None:
        """Show ``scenarios``; ``sops`` maps id -> SOP (for titles and the SOP filter)."""
        sops = sops or {}
        self._sops = sops
        self.model.set_scenarios(scenarios, {k: v.title for k, v in sops.items()})
        self._problems = list(problems)
        self._fill_filters()
        self._update_buttons()

    def _open_attempt(self, index) -> None:
        attempt = self.history.attempt(index.row())
        if getattr(attempt, "ended_at", None) is not None:
            self.result_requested.emit(attempt)

    def set_resumable(self, items) -> None:
        """``items``: (attempt, title) pairs of unfinished attempts, newest first."""
        self._resumable = list(items)
        self.retranslate()

    def select_scenario(self, scenario_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            s = self.proxy.data(self.proxy.index(row, 0), ScenarioRole)
            if s.id == scenario_id:
                # Through the selection model: QTableView.selectRow depends on the
                # viewport's geometry in right-to-left layouts.
                index = self.proxy.index(row, 0)
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.selectionModel().setCurrentIndex(index, flags)
                return True
        return False

    def selected_scenario(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.data(rows[0], ScenarioRole)

    # -- behaviour --------------------------------------------------------
    def _start(self) -> None:
        scenario = self.selected_scenario()
        if scenario is not None:
            self.start_requested.emit(scenario)

    def update_details(self) -> None:
        summary = self.selected_scenario()
        if summary is None:
            self.details.clear()
            return
        scenario, sop = None, None
        if self.loader is not None:
            try:
                scenario, sop = self.loader(summary)
            except Exception:  # a file that no longer loads: the rest still shows
                scenario, sop = None, None
        attempts = [a for a in self.history.rows() if getattr(a, "scenario_id", None) == summary.id]
        self.details.show_scenario(summary, scenario, sop, attempts, self._ui_language())

    def _ui_language(self) -> str:
        return "ar" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "en"

    def _update_buttons(self, *_args) -> None:
        self.start_button.setEnabled(self.selected_scenario() is not None)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{shown} of {total} scenarios").format(shown=shown, total=total)
        )
        self.empty.setVisible(total == 0)

    def _fill_filters(self) -> None:
        scenarios = self.model.scenarios()
        lang = self.model.ui_language

        def fill(box: QComboBox, all_text: str, items: list[tuple[str, object]]) -> None:
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(all_text, "")
            for text, data in items:
                box.addItem(text, data)
            i = box.findData(current)
            box.setCurrentIndex(max(i, 0))
            box.blockSignals(False)

        fill(
            self.language_box,
            self.tr("All languages"),
            [(language_name(x), x) for x in ("en", "ar")],
        )
        sops = sorted({s.sop for s in scenarios})
        sop_objs = getattr(self, "_sops", {})
        fill(
            self.sop_box,
            self.tr("All procedures"),
            [(sop_objs[x].title.get(lang) if x in sop_objs else x, x) for x in sops],
        )
        fill(self.channel_box, self.tr("All channels"), [(channel_name(c), c) for c in CHANNELS])
        fill(
            self.difficulty_box,
            self.tr("Any difficulty"),
            [(self.tr("Difficulty {n}").format(n=n), n) for n in range(1, 6)],
        )
        tags = sorted({t for s in scenarios for t in s.tags})
        fill(self.tag_box, self.tr("All tags"), [(t, t) for t in tags])

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Scenario library"))
        self.search.setPlaceholderText(self.tr("Search scenarios, procedures, tags…"))
        self.start_button.setText(self.tr("Start scenario"))
        self.tabs.setTabText(0, self.tr("Library"))
        self.tabs.setTabText(1, self.tr("My history"))
        self.history_hint.setText(
            self.tr("Open the results of a finished attempt with a double-click.")
        )
        self.empty.setText(self.tr("No scenarios yet: the library folder is empty."))
        problems = getattr(self, "_problems", [])
        if problems:
            self.problems.setText(
                self.tr("{n} files could not be loaded; see the log.").format(n=len(problems))
            )
        self.problems.setVisible(bool(problems))
        if self._resumable:
            self.resume_bar.setText(
                self.tr(
                    "An attempt at “{title}” was interrupted. Resume where you left off?"
                ).format(title=self._resumable[0][1])
            )
            self.resume_button.setText(self.tr("Resume"))
            self.finish_button.setText(self.tr("End it as it stands"))
        self.resume_box.setVisible(bool(self._resumable))
        self._fill_filters()
        self._update_buttons()

    def set_ui_language(self, language: str) -> None:
        self.model.ui_language = language
        self.model.retranslate()
        self.history.ui_language = language

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
