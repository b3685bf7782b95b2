"""The trainer's cohort dashboard (issue 16): filters, totals, charts and exports.

The screen knows nothing of the store: it is given the cohorts to choose from and a
``load_report(query) -> CohortReport`` callable (``simulator.reports.queries.
build_report`` bound to a signed-in store, see ``StaffEntries.report_loader``). Every
change of a filter loads the report again. Exports: the CSV of one section
(``simulator.reports.csv.write_csv``) and the bilingual PDF (``report_pdf.write_pdf``)
in the interface language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.errors import SimulatorError
from simulator.reports.model import CohortReport, ReportQuery
from simulator.ui.i18n import installed_language
from simulator.ui.trainer import charts, exports
from simulator.ui.trainer.cards import ChartCard, TotalsRow, TraineesCard
from simulator.ui.trainer.numbers import Numbers

LoadReport = Callable[[ReportQuery], CohortReport]
DEFAULT_WEEKS = 12


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class DashboardScreen(QWidget):
    """Emits ``back`` for the cohorts screen."""

    back = Signal()

    def __init__(self, load_report: LoadReport | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.load_report = load_report
        self.report: CohortReport | None = None
        self.problem = ""  # why there is no report, in words
        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back.emit)
        self._build_filters()
        self.totals_row = TotalsRow()
        self.totals = self.totals_row.labels
        self._build_cards()
        self._build_exports()
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(head)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.totals_row)
        layout.addWidget(self.body, 1)
        layout.addLayout(self.export_row)
        self.retranslate()

    # -- building ------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.cohort_label, self.from_label, self.to_label = QLabel(), QLabel(), QLabel()
        self.language_label, self.sop_label = QLabel(), QLabel()
        self.cohort_box = QComboBox()
        self.cohort_box.setMinimumWidth(220)
        self.from_date, self.to_date = QDateEdit(), QDateEdit()
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            # ISO dates read left to right; set first: Qt reverses an RTL edit's format.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.language_box = QComboBox()
        for value in (None, "en", "ar"):
            self.language_box.addItem("", value)
        self.sop_box = QComboBox()
        self.sop_box.addItem("", None)
        self.sop_box.setMinimumWidth(200)
        for box in (self.cohort_box, self.language_box, self.sop_box):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter_row = QHBoxLayout()
        for label, widget in (
            (self.cohort_label, self.cohort_box),
            (self.from_label, self.from_date),
            (self.to_label, self.to_date),
            (self.language_label, self.language_box),
            (self.sop_label, self.sop_box),
        ):
            self.filter_row.addWidget(label)
            self.filter_row.addWidget(widget)
        self.filter_row.addStretch(1)

    def _build_cards(self) -> None:
        self.cards = {
            "weekly": ChartCard(),
            "scores": ChartCard(),
            "criteria": ChartCard(height=300),
            "exams": ChartCard(height=300),
            "first_response": ChartCard(),
            "sla": ChartCard(),
        }
        self.criteria_sop = QComboBox()
        self.criteria_sop.currentIndexChanged.connect(lambda _i: self._fill_criteria())
        self.cards["criteria"].head.addWidget(self.criteria_sop)
        self.trainees = TraineesCard(self.numbers)
        grid = QGridLayout()
        for i, key in enumerate(self.cards):
            grid.addWidget(self.cards[key], i // 2, i % 2)
        grid.addWidget(self.trainees, 3, 0, 1, 2)
        inner = QWidget()
        inner.setObjectName("screen")
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.nothing = QLabel()
        self.nothing.setObjectName("subtitle")
        self.nothing.setWordWrap(True)
        self.nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget()
        self.body.addWidget(scroll)
        self.body.addWidget(self.nothing)

    def _build_exports(self) -> None:
        self.message = QLabel()
        self.message.setObjectName("muted")
        self.message.setWordWrap(True)
        self.section_box = QComboBox()
        for section in exports.CSV_SECTIONS:
            self.section_box.addItem("", section)
        self.csv_button, self.pdf_button = QPushButton(), QPushButton()
        self.pdf_button.setObjectName("primary")
        self.csv_button.clicked.connect(self.choose_csv)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.export_row = QHBoxLayout()
        self.export_row.addWidget(self.message, 1)
        self.export_row.addWidget(self.section_box)
        self.export_row.addWidget(self.csv_button)
        self.export_row.addWidget(self.pdf_button)

    # -- data --------------------------------------------------------------------
    def numbers(self) -> Numbers:
        return Numbers(installed_language() or "en")

    def set_source(
        self,
        cohorts: Sequence[tuple[int, str]],
        load_report: LoadReport | None,
        *,
        today: dt.date,
        cohort_id: int | None = None,
        sops: Mapping[str, str] | None = None,
    ) -> None:
        """The cohorts (id, name) to choose from, the report loader (None: reports are
        not available) and the SOPs (id -> title) of the SOP filter. The range starts
        ``DEFAULT_WEEKS`` weeks before ``today``."""
        self.load_report = load_report
        boxes = (self.cohort_box, self.sop_box, self.from_date, self.to_date)
        for box in boxes:
            box.blockSignals(True)
        self.cohort_box.clear()
        for cid, name in cohorts:
            self.cohort_box.addItem(name, cid)
        at = self.cohort_box.findData(cohort_id) if cohort_id is not None else 0
        self.cohort_box.setCurrentIndex(max(at, 0) if self.cohort_box.count() else -1)
        while self.sop_box.count() > 1:
            self.sop_box.removeItem(1)
        for sop_id, title in sorted((sops or {}).items(), key=lambda kv: kv[1]):
            self.sop_box.addItem(title, sop_id)
        self.to_date.setDate(_qdate(today))
        self.from_date.setDate(_qdate(today - dt.timedelta(weeks=DEFAULT_WEEKS)))
        for box in boxes:
            box.blockSignals(False)
        self.refresh()

    def query(self) -> ReportQuery | None:
        """The query the filters ask for (None without a cohort)."""
        cohort_id = self.cohort_box.currentData()
        if cohort_id is None:
            return None
        return ReportQuery(
            cohort_id=int(cohort_id),
            start=_pydate(self.from_date.date()),
            end=_pydate(self.to_date.date()),
            language=self.language_box.currentData(),
            sop_id=self.sop_box.currentData(),
        )

    def refresh(self) -> None:
        """Load the report the filters ask for and show it."""
        query = self.query()
        self.problem = ""
        report = None
        if query is None:
            self.problem = self.tr("No cohort yet: an admin creates cohorts.")
        elif query.start and query.end and query.start > query.end:
            self.problem = self.tr("The first day comes after the last: change the dates.")
        elif self.load_report is None:
            self.problem = self.tr("Reports are not available in this build.")
        else:
            try:
                report = self.load_report(query)
            except SimulatorError as error:
                self.problem = str(error)
        self.show_report(report)

    def show_report(self, report: CohortReport | None) -> None:
        self.report = report
        if report is not None:
            for sop_id, title in sorted(report.sop_titles.items(), key=lambda kv: kv[1]):
                if self.sop_box.findData(sop_id) < 0:
                    self.sop_box.blockSignals(True)
                    self.sop_box.addItem(title, sop_id)
                    self.sop_box.blockSignals(False)
        self._fill()

    def is_empty(self) -> bool:
        r = self.report
        return r is None or (not r.finished and not any(e.sittings for e in r.exams))

    # -- filling -------------------------------------------------------------------
    def _fill(self) -> None:
        self.totals_row.show_report(self.report, self.numbers())
        self.csv_button.setEnabled(self.report is not None)
        self.pdf_button.setEnabled(self.report is not None)
        if self.is_empty():
            self.nothing.setText(self.problem or self._nothing_text())
            self.body.setCurrentWidget(self.nothing)
            return
        self.body.setCurrentIndex(0)
        report, numbers = self.report, self.numbers()
        assert report is not None
        none = self.tr("No finished attempts in this range.")
        self.cards["weekly"].set_chart(charts.pass_rate_chart(report, numbers), none)
        self.cards["scores"].set_chart(charts.score_chart(report, numbers), none)
        self._fill_criteria_sops()
        self.cards["exams"].set_chart(
            charts.exam_chart(report, numbers),
            self.tr("No exam sittings in this range."),
        )
        self.cards["first_response"].set_chart(
            charts.first_response_chart(report, numbers),
            self.tr("No answered threads in this range."),
        )
        self.cards["sla"].set_chart(
            charts.sla_chart(report, numbers),
            self.tr("No thread with an SLA in this range."),
        )
        self.trainees.set_trainees(report.trainees)

    def _nothing_text(self) -> str:
        q = self.report.query if self.report else self.query()
        numbers = self.numbers()
        if q is None:
            return self.tr("No finished attempts in this range.")
        return self.tr(
            "No finished attempts or exam sittings between {start} and {end} for these "
            "filters. Widen the dates or choose all languages and SOPs.",
        ).format(start=numbers.date(q.start), end=numbers.date(q.end))

    def _fill_criteria_sops(self) -> None:
        report = self.report
        assert report is not None
        current = self.criteria_sop.currentData()
        self.criteria_sop.blockSignals(True)
        self.criteria_sop.clear()
        seen: dict[str, str] = {}
        for c in report.failed_criteria:
            seen.setdefault(c.sop_id, c.sop_title)
        for sop_id, title in seen.items():
            self.criteria_sop.addItem(title, sop_id)
        at = self.criteria_sop.findData(report.query.sop_id or current)
        self.criteria_sop.setCurrentIndex(max(at, 0) if seen else -1)
        self.criteria_sop.setVisible(len(seen) > 1)
        self.criteria_sop.blockSignals(False)
        self._fill_criteria()

    def _fill_criteria(self) -> None:
        if self.report is None:
            return
        chart = charts.criteria_chart(self.report, self.criteria_sop.currentData(), self.numbers())
        self.cards["criteria"].set_chart(chart, self.tr("No criterion was missed in this range."))

    # -- exports -------------------------------------------------------------------
    def _save_name(self, title: str, suffix: str, pattern: str) -> Path | None:
        name = (self.report.cohort_name if self.report else "cohort").replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(self, title, f"{name}.{suffix}", pattern)
        return Path(path) if path else None

    def choose_csv(self) -> None:
        section = self.section_box.currentData()
        path = self._save_name(self.tr("Export CSV"), f"{section}.csv", self.tr("CSV (*.csv)"))
        if path is not None:
            self._export(lambda: self.export_csv(path, section), path)

    def choose_pdf(self) -> None:
        path = self._save_name(self.tr("Export PDF"), "pdf", self.tr("PDF (*.pdf)"))
        if path is not None:
            self._export(lambda: self.export_pdf(path), path)

    def _export(self, write: Callable[[], None], path: Path) -> None:
        try:
            write()
        except SimulatorError as error:
            self.message.setText(str(error))
            return
        self.message.setText(self.tr("Saved {path}").format(path=path))

    def export_csv(self, path: Path, section: str) -> None:
        """Write the CSV of ``section`` of the report shown."""
        exports.export_csv(self.report, path, section)

    def export_pdf(self, path: Path) -> None:
        """Write the bilingual PDF of the report shown, in the interface language."""
        exports.export_pdf(self.report, path, self.numbers().language)

    # -- text ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Cohort dashboard"))
        self.back_button.setText(self.tr("Back to cohorts"))
        self.cohort_label.setText(self.tr("Cohort"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        self.language_label.setText(self.tr("Language"))
        self.sop_label.setText(self.tr("SOP"))
        for i, text in enumerate(
            (
                self.tr("All languages"),
                self.tr("English"),
                self.tr("Arabic"),
            )
        ):
            self.language_box.setItemText(i, text)
        self.sop_box.setItemText(0, self.tr("All SOPs"))
        for i in range(self.section_box.count()):
            self.section_box.setItemText(i, exports.section_name(self.section_box.itemData(i)))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        titles = {
            "first_response": self.tr("First response per channel"),
            "sla": self.tr("SLA breaches per channel"),
        }
        for key, card in self.cards.items():  # the others are named as their CSV sections
            card.title.setText(titles.get(key) or exports.section_name(key))
        self.trainees.retranslate()
        self._fill()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
