"""The cohort dashboard's cards: the totals, a titled chart that says in words when it is
empty, and the trainees' table beside the selected trainee's progress."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.reports.model import CohortReport, TraineeProgress
from simulator.ui.itemmodel import Column, RowTable
from simulator.ui.trainer.charts import progress_chart
from simulator.ui.trainer.numbers import Numbers


class TotalsRow(QWidget):
    """The report's totals as chips: members, finished attempts, pass rate, mean score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keys = ("members", "finished", "pass_rate", "mean")
        self.labels = {key: QLabel() for key in keys}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for label in self.labels.values():
            label.setObjectName("chip")
            row.addWidget(label)
        row.addStretch(1)

    def show_report(self, r: CohortReport | None, n: Numbers) -> None:
        dash = "—"
        self.labels["members"].setText(
            self.tr("Members: {n}").format(n=n.integer(r.members) if r else dash)
        )
        self.labels["finished"].setText(
            self.tr("Finished attempts: {n}").format(n=n.integer(r.finished) if r else dash)
        )
        self.labels["pass_rate"].setText(
            self.tr("Pass rate: {rate}").format(rate=n.rate(r.pass_rate) if r else dash)
        )
        self.labels["mean"].setText(
            self.tr("Mean score: {mean}").format(mean=n.percent(r.mean_score) if r else dash)
        )


class ChartCard(QFrame):
    """A card: a title, an optional control beside it, and a chart or a sentence."""

    def __init__(self, height: int = 260, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel()
        self.title.setObjectName("subtitle")
        self.head = QHBoxLayout()
        self.head.addWidget(self.title, 1)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(height)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(height)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(self.head)
        layout.addWidget(self.stack, 1)
        self._chart: QChart | None = None

    @property
    def chart(self) -> QChart | None:
        return self._chart

    def set_chart(self, chart: QChart | None, empty_text: str) -> None:
        """Show ``chart``, or ``empty_text`` when there is none."""
        old = self._chart
        self._chart = chart
        if chart is not None:
            self.view.setChart(chart)
            self.stack.setCurrentWidget(self.view)
        else:
            self.view.setChart(QChart())
            self.empty.setText(empty_text)
            self.stack.setCurrentWidget(self.empty)
        if old is not None:
            old.deleteLater()

    def showing_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty


class TraineesCard(QFrame):
    """Each trainee's finished and passed attempts and mean score, and the selected
    trainee's mean score per week. Emits ``trainee_changed`` on a new selection."""

    trainee_changed = Signal()

    def __init__(self, numbers: Callable[[], Numbers], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._numbers = numbers
        self.title = QLabel()
        self.title.setObjectName("subtitle")
        self.table = RowTable(
            [
                Column(
                    lambda: self.tr("Trainee"),
                    lambda t: t.display_name,
                ),
                Column(
                    lambda: self.tr("Finished"),
                    lambda t: self._numbers().integer(t.finished),
                ),
                Column(
                    lambda: self.tr("Passed"),
                    lambda t: self._numbers().integer(t.passed),
                ),
                Column(
                    lambda: self.tr("Pass rate"),
                    lambda t: self._numbers().rate(t.passed / t.finished if t.finished else None),
                ),
                Column(
                    lambda: self.tr("Mean score"),
                    lambda t: self._numbers().percent(t.mean_score),
                ),
            ],
            stretch="first",
        )
        self.table.setMinimumHeight(240)
        self.table.selection_changed.connect(self._selected)
        self.progress = ChartCard(height=220)
        self.progress.setObjectName("plain")
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addLayout(row, 1)

    def set_trainees(self, trainees: tuple[TraineeProgress, ...]) -> None:
        chosen = self.selected()
        self.table.set_rows(trainees)
        rows = list(trainees)
        ids = [t.person_id for t in rows]
        if rows:
            at = ids.index(chosen.person_id) if chosen and chosen.person_id in ids else 0
            self.table.select(at)
        self._selected()

    def selected(self) -> TraineeProgress | None:
        return self.table.selected()

    def select(self, person_id: int) -> None:
        for row, t in enumerate(self.table.rows_model.rows()):
            if t.person_id == person_id:
                self.table.select(row)

    def _selected(self) -> None:
        trainee = self.selected()
        self.progress.set_chart(
            progress_chart(trainee, self._numbers()),
            self.tr("Choose a trainee.")
            if trainee is None
            else self.tr("{name} has no finished attempt in this range.").format(
                name=trainee.display_name
            ),
        )
        self.retranslate()
        self.trainee_changed.emit()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Trainees' progress"))
        trainee = self.selected()
        self.progress.title.setText(
            self.tr("Mean score per week: {name}").format(name=trainee.display_name)
            if trainee is not None
            else self.tr("Mean score per week")
        )
        self.table.retranslate()
