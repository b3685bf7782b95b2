"""Blind calibration: the lead (an admin) starts a session over attempts with chosen
trainers; each trainer grades every criterion without the automatic verdict or anyone
else's grades; once all have submitted, the reveal (agreement per criterion, grader
against trainers, strict and lenient trainers) and the comparison of past sessions.

The screen only shows what the store gives: ``Store.calibration_blind`` has no verdict
in it, and ``Store.calibration_results`` refuses until every trainer has submitted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.errors import SimulatorError
from simulator.ui.delegates import ScriptDirectionDelegate
from simulator.ui.itemmodel import RowTable, pair_columns
from simulator.ui.trainer.calibration_grading import MET, MISSED, GradingPage, NewSessionDialog
from simulator.ui.trainer.calibration_reveal import ComparisonPage, RevealPage

__all__ = ["MET", "MISSED", "CalibrationScreen"]


class CalibrationScreen(QWidget):
    """Sessions on the start side; the selected one's grading, waiting or reveal page."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.store = self.requester = None
        self.titles: dict[str, str] = {}
        self.sessions: list = []
        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.sessions_title = QLabel()
        self.sessions_title.setObjectName("subtitle")
        self.table = RowTable(
            pair_columns(
                lambda: self.tr("Session"), lambda: self.tr("Date"), lambda: self.tr("Status")
            ),
            alternate=True,
            stretch="first",
        )
        self.table.setItemDelegate(ScriptDirectionDelegate(self.table))
        self.table.selection_changed.connect(self.show_selected)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_session)
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self.show_comparison)
        self.page_title = QLabel()
        self.page_title.setObjectName("subtitle")
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.grading = GradingPage()
        self.grading.submitted.connect(self.after_submit)
        self.reveal = RevealPage()
        self.comparison = ComparisonPage()
        self.pages = QStackedWidget()
        for page in (self.waiting, self.grading, self.reveal, self.comparison):
            self.pages.addWidget(page)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.sessions_title)
        lv.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.compare_button)
        lv.addLayout(buttons)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.page_title)
        rv.addWidget(self.pages, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([380, 980])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        self.retranslate()

    def set_store(self, store, requester, titles: dict[str, str] | None = None) -> None:
        self.store, self.requester = store, requester
        self.titles = dict(titles or {})
        self.new_button.setVisible(getattr(requester, "role", None) == "admin")
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        if self.store is None:
            return
        current = select if select is not None else self.selected_id()
        try:
            self.sessions = self.store.calibration_sessions(self.requester)
        except SimulatorError as exc:
            self.sessions = []
            self.waiting.setText(str(exc))
        self._fill_table()
        rows = [i for i, s in enumerate(self.sessions) if s.id == current]
        self.table.blockSignals(True)
        if rows or self.sessions:
            self.table.select(rows[0] if rows else 0)
        self.table.blockSignals(False)
        self.show_selected()

    def selected_id(self) -> int | None:
        row = self.table.selected()
        return row[0].id if row is not None else None

    def selected(self):
        sid = self.selected_id()
        return next((s for s in self.sessions if s.id == sid), None)

    def status_text(self, s) -> str:
        if s.complete:
            return self.tr("Revealed")
        me = getattr(self.requester, "id", None)
        if me in s.trainer_ids and me not in s.submitted:
            return self.tr("Your grades are due")
        return self.tr("{n} of {total} submitted").format(
            n=len(s.submitted), total=len(s.trainer_ids)
        )

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.set_rows(
            (s, (s.title, f"{s.created_at:%Y-%m-%d}", self.status_text(s))) for s in self.sessions
        )
        self.table.retranslate()
        self.table.blockSignals(False)

    def show_selected(self) -> None:
        s = self.selected()
        if s is None or self.store is None:
            self.page_title.setText("")
            self.waiting.setText(
                self.tr("No calibration session yet: the lead (an admin) starts one.")
            )
            self.pages.setCurrentWidget(self.waiting)
            return
        self.page_title.setText(s.title)
        me = getattr(self.requester, "id", None)
        if s.complete:
            try:
                results = self.store.calibration_results(self.requester, s.id)
            except SimulatorError as exc:
                self.waiting.setText(str(exc))
                self.pages.setCurrentWidget(self.waiting)
                return
            self.reveal.show_results(results)
            self.pages.setCurrentWidget(self.reveal)
            return
        if me in s.trainer_ids and me not in s.submitted:
            try:
                blind = self.store.calibration_blind(self.requester, s.id)
            except SimulatorError as exc:
                self.waiting.setText(str(exc))
                self.pages.setCurrentWidget(self.waiting)
                return
            self.grading.show_blind(self.store, self.requester, blind, self.titles)
            self.pages.setCurrentWidget(self.grading)
            return
        self.waiting.setText(self.waiting_text(s))
        self.pages.setCurrentWidget(self.waiting)

    def waiting_text(self, s) -> str:
        names: dict[int, str] = (
            {p.id: p.display_name for p in self.store.people()} if self.store else {}
        )
        sep = "، " if self.isRightToLeft() else ", "
        done = sep.join(names.get(t, str(t)) for t in s.submitted) or "—"
        due = sep.join(names.get(t, str(t)) for t in s.waiting_for) or "—"
        return "\n\n".join(
            [
                self.tr(
                    "The results are revealed when every trainer has submitted. Until "
                    "then nobody, the lead included, sees any grade."
                ),
                self.tr("Submitted: {names}").format(names=done),
                self.tr("Still to submit: {names}").format(names=due),
            ]
        )

    def after_submit(self) -> None:
        self.refresh(select=self.selected_id())

    def new_session(self):
        if self.store is None:
            return None
        dialog = NewSessionDialog(self.store, self.requester, self.titles, self)
        dialog.setModal(True)
        dialog.accepted.connect(
            lambda: self.refresh(select=dialog.session.id if dialog.session else None)
        )
        dialog.show()
        return dialog

    def show_comparison(self) -> None:
        if self.store is None:
            return
        try:
            rows = self.store.calibration_comparison(self.requester)
        except SimulatorError as exc:
            self.waiting.setText(str(exc))
            self.pages.setCurrentWidget(self.waiting)
            return
        self.comparison.show_rows(rows)
        self.page_title.setText(self.tr("Past sessions compared"))
        self.pages.setCurrentWidget(self.comparison)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Calibration"))
        self.sessions_title.setText(self.tr("Sessions"))
        self.new_button.setText(self.tr("New session"))
        self.compare_button.setText(self.tr("Compare past sessions"))
        self._fill_table()
        if self.store is not None and self.pages.currentWidget() is self.waiting:
            self.show_selected()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for page in (self.grading, self.reveal, self.comparison):
                page.retranslate()
        super().changeEvent(event)
