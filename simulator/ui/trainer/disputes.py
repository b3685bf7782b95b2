"""Disputes: the trainee's dispute bar under their results, and the trainers' queue.

The bar lets the owner of a finished attempt dispute one criterion with a reason while
the admin's window is open, and shows what became of their disputes. The queue lists
disputes (open ones first); a trainer upholds or overturns one with a reason (an
overturn is an override: the verdict of record changes) and copies a resolved one as a
rubric ``examples:`` entry for the scenario's author. The store decides who may do
what (``simulator.access``); these widgets show its one-line reasons.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from simulator.errors import SimulatorError
from simulator.grading.disputes import OVERTURNED
from simulator.ui.bidi import direction as text_direction
from simulator.ui.criteria import criterion_title
from simulator.ui.delegates import ScriptDirectionDelegate
from simulator.ui.itemmodel import RowTable, pair_columns
from simulator.ui.theme import warn_chip
from simulator.ui.trainer.dispute_bar import DisputeBar, criteria_of, isolate
from simulator.ui.trainer.figures import attempt_title

__all__ = ["DisputeBar", "DisputeQueue"]


class DisputeQueue(QWidget):
    """The trainers' queue. Emits ``attempt_requested(attempt)`` to open an attempt."""

    attempt_requested = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.store = self.requester = None
        self.titles: dict[str, str] = {}
        self.items: list = []
        self.names: dict[int, str] = {}
        self.heading = QLabel()
        self.heading.setObjectName("title")
        top = self._build_top()
        self._build_table()
        self._build_card()
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.card)
        split.setSizes([700, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.retranslate()

    def _build_top(self) -> QHBoxLayout:
        """Which disputes to show, and the admin's dispute window (days)."""
        self.show_box = QComboBox()
        self.show_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.window_label = QLabel()
        self.window_days = QSpinBox()
        self.window_days.setRange(0, 365)
        self.window_save = QPushButton()
        self.window_save.clicked.connect(self.save_window)
        top = QHBoxLayout()
        top.addWidget(self.show_box)
        top.addStretch(1)
        top.addWidget(self.window_label)
        top.addWidget(self.window_days)
        top.addWidget(self.window_save)
        return top

    def _build_table(self) -> None:
        """The disputes: trainee, scenario, criterion, when disputed, status."""
        # Rows are (dispute, its five texts): the texts are worked out once per fill.
        self.table = RowTable(
            pair_columns(
                lambda: self.tr("Trainee"),
                lambda: self.tr("Scenario"),
                lambda: self.tr("Criterion"),
                lambda: self.tr("Disputed"),
                lambda: self.tr("Status"),
            ),
            alternate=True,
        )
        self.table.setItemDelegate(ScriptDirectionDelegate(self.table))
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 180)
        self.table.selection_changed.connect(self.show_selected)
        self.table.row_activated.connect(lambda _row: self.open_attempt())

    def _build_card(self) -> None:
        """The selected dispute: its details, the reason, uphold or overturn, and the
        rubric example a resolved one gives."""
        self.card = QFrame()
        self.card.setObjectName("card")
        self.detail_title = QLabel()
        self.detail_title.setObjectName("subtitle")
        self.detail_title.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.reason_label = QLabel()
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(90)
        self.reason.textChanged.connect(self._update_buttons)
        self.uphold_button = QPushButton()
        self.uphold_button.clicked.connect(lambda: self.resolve(False))
        self.overturn_button = QPushButton()
        self.overturn_button.setObjectName("primary")
        self.overturn_button.clicked.connect(lambda: self.resolve(True))
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_attempt)
        self.example_title = QLabel()
        self.example_title.setObjectName("subtitle")
        self.example = QPlainTextEdit()
        self.example.setReadOnly(True)
        self.example.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # YAML reads left to right
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_example)
        self.error = warn_chip()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.uphold_button)
        buttons.addWidget(self.overturn_button)
        cv = QVBoxLayout(self.card)
        cv.addWidget(self.detail_title)
        cv.addWidget(self.detail)
        cv.addWidget(self.reason_label)
        cv.addWidget(self.reason)
        cv.addLayout(buttons)
        cv.addWidget(self.error)
        cv.addWidget(self.example_title)
        cv.addWidget(self.example, 1)
        cv.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignRight)

    def set_store(self, store, requester, titles: dict[str, str] | None = None) -> None:
        self.store, self.requester = store, requester
        self.titles = dict(titles or {})
        admin = getattr(requester, "role", None) == "admin"
        for w in (self.window_label, self.window_days, self.window_save):
            w.setVisible(admin)
        if store is not None:
            self.window_days.setValue(store.dispute_window_days())
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        if self.store is None:
            return
        current = select if select is not None else self.selected_id()
        open_only = self.show_box.currentData() is not False
        try:
            found = self.store.disputes(self.requester, open_only=open_only)
        except SimulatorError as exc:
            found = []
            self.error.setText(str(exc))
            self.error.show()
        self.items = sorted(found, key=lambda d: (not d.open, d.id))
        self.names = {p.id: p.display_name for p in self.store.people()}
        self._fill_table()
        rows = [i for i, d in enumerate(self.items) if d.id == current]
        self.table.blockSignals(True)
        if rows or self.items:
            self.table.select(rows[0] if rows else 0)
        self.table.blockSignals(False)
        self.show_selected()

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.set_rows(
            (
                d,
                (
                    self.names.get(d.person_id, str(d.person_id)),
                    attempt_title(d.scenario_id, self.titles),
                    self.criterion_name(d),
                    f"{d.at:%Y-%m-%d %H:%M}",
                    self.status(d),
                ),
            )
            for d in self.items
        )
        self.table.retranslate()
        self.table.blockSignals(False)

    def criterion_name(self, d) -> str:
        return criterion_title(self.criterion_of(d))

    def criterion_of(self, d) -> dict:
        result = self.store.result_for(d.attempt_id) if self.store is not None else None
        found = criteria_of(result.grade if result is not None else {})
        return found.get(d.criterion_id, {"id": d.criterion_id})

    def status(self, d) -> str:
        if d.resolution is None:
            return self.tr("Open")
        if d.resolution.outcome == OVERTURNED:
            return self.tr("Overturned")
        return self.tr("Upheld")

    def selected_id(self) -> int | None:
        row = self.table.selected()
        return row[0].id if row is not None else None

    def selected(self):
        did = self.selected_id()
        return next((d for d in self.items if d.id == did), None)

    def show_selected(self) -> None:
        d = self.selected()
        self.error.hide()
        self.reason.clear()
        self.example.clear()
        if d is None or self.store is None:
            self.detail_title.setText(self.tr("No dispute to answer."))
            self.detail.clear()
            for w in (self.reason_label, self.reason, self.uphold_button, self.overturn_button):
                w.hide()
            for w in (self.open_button, self.example_title, self.example, self.copy_button):
                w.hide()
            return
        c = self.criterion_of(d)
        self.detail_title.setText(
            self.tr("{trainee} disputes “{criterion}”").format(
                trainee=isolate(self.names.get(d.person_id, str(d.person_id))),
                criterion=isolate(criterion_title(c)),
            )
        )
        automatic = self.tr("Met") if c.get("passed") else self.tr("Missed")
        direction = "rtl" if self.isRightToLeft() else "ltr"
        parts = [
            f"<p dir='{direction}' style='margin:0;'>"
            + html.escape(
                self.tr("Automatic verdict of the criterion: {verdict}").format(verdict=automatic)
            )
            + "</p>",
            f"<p dir='{direction}' style='margin:6px 0 0 0;color:#6b7280;'>"
            + html.escape(self.tr("The trainee's reason:"))
            + "</p>",
            f"<p dir='{text_direction(d.reason)}' style='margin:0;'>{html.escape(d.reason)}</p>",
        ]
        if d.resolution is not None:
            who = self.names.get(d.resolution.trainer_id, str(d.resolution.trainer_id))
            parts.append(
                f"<p dir='{direction}' style='margin:8px 0 0 0;'><b>"
                + html.escape(
                    self.tr("{status} by {name}, {when}").format(
                        status=self.status(d),
                        name=isolate(who),
                        when=isolate(f"{d.resolution.at:%Y-%m-%d %H:%M} UTC"),
                    )
                )
                + "</b></p>"
                f"<p dir='{text_direction(d.resolution.reason)}' style='margin:0;'>"
                f"{html.escape(d.resolution.reason)}</p>"
            )
        self.detail.setText("".join(parts))
        answer = d.resolution is None
        for w in (self.reason_label, self.reason, self.uphold_button, self.overturn_button):
            w.setVisible(answer)
        self.open_button.show()
        for w in (self.example_title, self.example, self.copy_button):
            w.setVisible(not answer)
        if not answer:
            try:
                self.example.setPlainText(self.store.dispute_example(self.requester, d.id))
            except SimulatorError as exc:
                self.example.setPlainText(str(exc))
        self._update_buttons()

    def resolve(self, overturn: bool) -> None:
        d = self.selected()
        if d is None or self.store is None:
            return
        try:
            self.store.resolve_dispute(
                self.requester, d.id, overturn=overturn, reason=self.reason.toPlainText()
            )
        except SimulatorError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        # Keep it in view after the answer, with its rubric example.
        self.show_box.blockSignals(True)
        self.show_box.setCurrentIndex(self.show_box.findData(False))
        self.show_box.blockSignals(False)
        self.refresh(select=d.id)

    def open_attempt(self) -> None:
        d = self.selected()
        if d is not None and self.store is not None:
            self.attempt_requested.emit(self.store.attempt(d.attempt_id))

    def copy_example(self) -> None:
        QGuiApplication.clipboard().setText(self.example.toPlainText())

    def save_window(self) -> None:
        if self.store is None:
            return
        try:
            self.store.set_dispute_window(self.requester, self.window_days.value())
        except SimulatorError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()

    def _update_buttons(self) -> None:
        ready = self.selected() is not None and bool(self.reason.toPlainText().strip())
        self.uphold_button.setEnabled(ready)
        self.overturn_button.setEnabled(ready)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Disputes"))
        shown = self.show_box.currentData()
        self.show_box.blockSignals(True)
        self.show_box.clear()
        self.show_box.addItem(self.tr("Open disputes"), True)
        self.show_box.addItem(self.tr("All disputes"), False)
        self.show_box.setCurrentIndex(max(0, self.show_box.findData(shown)))
        self.show_box.blockSignals(False)
        self.window_label.setText(self.tr("Trainees may dispute for (days)"))
        self.window_save.setText(self.tr("Save"))
        self.reason_label.setText(self.tr("Your answer (required)"))
        self.reason.setPlaceholderText(self.tr("Why the verdict stands, or why it was wrong"))
        self.uphold_button.setText(self.tr("Uphold the verdict"))
        self.overturn_button.setText(self.tr("Overturn the verdict"))
        self.open_button.setText(self.tr("Open attempt"))
        self.example_title.setText(self.tr("Rubric example for the scenario's author"))
        self.copy_button.setText(self.tr("Copy"))
        if self.store is not None:
            self._fill_table()
            self.show_selected()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
