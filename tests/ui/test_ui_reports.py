"""The trainer's cohort dashboard and the cohort report's PDF (issue 16, item 4), over a
report built by hand (tools/report_sample.py): the screen is given its loader, so no
store is needed here (the report queries are tested in the core)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSeries, QHorizontalBarSeries, QLineSeries, QStackedBarSeries
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from simulator.errors import InputError, SimulatorError
from simulator.reports.model import ReportQuery
from simulator.ui.i18n import Translations
from simulator.ui.trainer.dashboard import DashboardScreen
from simulator.ui.trainer.report_pdf import write_pdf
from tools.report_sample import COHORT, sample_report

# The offscreen platform's note on every new top-level window (charts and date popups).
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
TODAY = dt.date(2026, 3, 1)
SOPS = {"two-step": "Two-step verification", "refunds": "Refunds within policy"}


@pytest.fixture
def english(qapp):
    Translations(qapp).switch("en", remember=False)
    yield
    Translations(qapp).switch("en", remember=False)


@pytest.fixture
def arabic(qapp):
    Translations(qapp).switch("ar", remember=False)
    yield
    Translations(qapp).switch("en", remember=False)


def dashboard(qtbot, load=None):
    """A dashboard on cohort 3 and a list of the queries it asked for."""
    asked: list[ReportQuery] = []

    def loader(query):
        asked.append(query)
        return (load or sample_report)(query)

    screen = DashboardScreen()
    qtbot.addWidget(screen)
    screen.set_source([(2, "Jeddah"), (3, COHORT)], loader, today=TODAY, cohort_id=3, sops=SOPS)
    return screen, asked


def values(series) -> list[float]:
    sets = series.barSets()
    return [sets[0].at(i) for i in range(sets[0].count())]


def test_the_totals_and_charts_show_the_reports_figures(qtbot, english):
    screen, _ = dashboard(qtbot)
    texts = [label.text() for label in screen.totals.values()]
    assert texts == ["Members: 6", "Finished attempts: 75", "Pass rate: 64%", "Mean score: 71%"]
    weekly = screen.cards["weekly"].chart.series()[0]
    assert isinstance(weekly, QLineSeries)
    # Week 3 had no finished attempt: a gap, not a zero.
    points = [(p.x(), round(p.y(), 1)) for p in weekly.points()]
    assert points == [(0, 33.3), (1, 44.4), (3, 54.5), (4, 66.7), (5, 70.0), (6, 71.4), (7, 84.6)]
    scores = screen.cards["scores"].chart.series()[0]
    assert isinstance(scores, QBarSeries)
    assert values(scores) == [0, 1, 2, 3, 5, 9, 12, 15, 14, 14]
    criteria = screen.cards["criteria"].chart
    bars = criteria.series()[0]
    assert isinstance(bars, QHorizontalBarSeries)
    titles = criteria.axes(Qt.Orientation.Vertical)[0].categories()
    assert titles[-1] == "Verifies the caller's identity"  # the most missed on top
    assert [round(v) for v in values(bars)][-1] == 45
    exams = screen.cards["exams"].chart.series()[0]
    assert isinstance(exams, QStackedBarSeries)
    assert [s.label() for s in exams.barSets()] == [
        "Passed", "Failed", "Awaiting review", "Unfinished"
    ]  # fmt: skip
    assert [s.at(0) for s in exams.barSets()] == [5, 2, 1, 1]
    response = screen.cards["first_response"].chart.series()[0]
    assert [s.label() for s in response.barSets()] == ["Email", "Ticket", "Chat"]
    assert [response.barSets()[2].at(i) for i in range(6)] == [58, 12, 4, 1, 0, 0]
    sla = screen.cards["sla"].chart.series()[0]
    assert [sla.barSets()[1].at(i) for i in range(3)] == [9, 4, 11]  # breached
    assert screen.trainees.table.rows_model.rowCount() == 6
    progress = screen.trainees.progress.chart.series()[0]
    assert len(progress.points()) == len(screen.trainees.selected().points)


def test_the_criteria_card_switches_sop_and_the_trainee_table_drives_the_line(qtbot, english):
    screen, _ = dashboard(qtbot)
    screen.criteria_sop.setCurrentIndex(screen.criteria_sop.findData("refunds"))
    axis = screen.cards["criteria"].chart.axes(Qt.Orientation.Vertical)[0]
    assert axis.categories()[-1] == "Quotes the refund window"
    screen.trainees.select(14)
    assert screen.trainees.progress.title.text() == "Mean score per week: فهد ناصر"
    line = screen.trainees.progress.chart.series()[0]
    assert [p.y() for p in line.points()] == [
        p.mean_score for p in screen.trainees.selected().points
    ]


def test_the_filters_make_the_query(qtbot, english):
    screen, asked = dashboard(qtbot)
    assert asked[-1] == ReportQuery(3, dt.date(2025, 12, 7), TODAY, None, None)
    screen.from_date.setDate(QDate(2026, 1, 5))
    screen.to_date.setDate(QDate(2026, 2, 28))
    screen.language_box.setCurrentIndex(screen.language_box.findData("ar"))
    screen.sop_box.setCurrentIndex(screen.sop_box.findData("refunds"))
    screen.cohort_box.setCurrentIndex(screen.cohort_box.findData(2))
    assert asked[-1] == ReportQuery(2, dt.date(2026, 1, 5), dt.date(2026, 2, 28), "ar", "refunds")
    assert screen.report.query == asked[-1]


def test_an_empty_range_says_so_in_words(qtbot, english):
    screen, _ = dashboard(qtbot, load=lambda q: sample_report(q, empty=True))
    assert screen.is_empty()
    assert screen.body.currentWidget() is screen.nothing
    assert screen.nothing.text().startswith("No finished attempts or exam sittings between")
    assert "7 Dec 2025" in screen.nothing.text()
    assert screen.totals["pass_rate"].text() == "Pass rate: —"


def test_a_refused_report_and_backwards_dates_are_explained(qtbot, english):
    def refuse(query):
        raise SimulatorError("cohort 3", "only trainers and admins see reports")

    screen, _ = dashboard(qtbot, load=refuse)
    assert screen.nothing.text() == "cohort 3: only trainers and admins see reports"
    screen.load_report = sample_report
    screen.from_date.setDate(QDate(2026, 4, 1))
    assert screen.report is None
    assert "after the last" in screen.nothing.text()


def test_arabic_mirrors_the_screen_and_speaks_arabic(qtbot, arabic):
    screen, _ = dashboard(qtbot)
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert screen.heading.text() == "لوحة مؤشرات الدفعة"
    assert screen.totals["pass_rate"].text().startswith("نسبة النجاح: ٦٤")
    assert screen.totals["members"].text() == "الأعضاء: ٦"
    chart = screen.cards["weekly"].chart
    x = chart.axes(Qt.Orientation.Horizontal)[0]
    y = chart.axes(Qt.Orientation.Vertical)[0]
    assert y.alignment() == Qt.AlignmentFlag.AlignRight  # the value axis on the right
    assert x.titleText() == "الأسبوع المبتدئ في"
    assert x.categories()[0] == "٢٣ فبراير"  # the latest week first: right to left
    assert "٪" in y.labelFormat()
    exams = screen.cards["exams"].chart.series()[0]
    assert [s.label() for s in exams.barSets()] == [
        "ناجح",
        "راسب",
        "بانتظار المراجعة",
        "غير مكتملة",
    ]
    response = screen.cards["first_response"].chart.series()[0]
    assert [s.label() for s in response.barSets()] == ["البريد الإلكتروني", "تذكرة", "محادثة"]


def _pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    text = unicodedata.normalize("NFKC", out.stdout)  # Arabic presentation forms
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_pdf_carries_the_cohort_and_both_languages_headings(tmp_path, qapp, language):
    path = tmp_path / f"report-{language}.pdf"
    write_pdf(sample_report(), path, language)
    assert path.read_bytes()[:5] == b"%PDF-"
    text = _pdf_text(path)
    assert COHORT in text
    assert "نسبة النجاح لكل أسبوع" in text  # the heading, in Arabic either way
    assert "Pass rate per week" in text  # and in English
    assert "Verifies the caller's identity" in text
    assert "عمر الخطيب" in text
    if language == "ar":
        assert "تقرير الدفعة" in text
        assert "٧٥" in text  # the finished attempts in Arabic-Indic digits


def test_the_pdf_of_an_empty_report_says_so(tmp_path, qapp):
    path = tmp_path / "empty.pdf"
    write_pdf(sample_report(empty=True), path, "en")
    if shutil.which("pdftotext"):
        assert "No finished attempts in this range." in _pdf_text(path)


def test_an_unwritable_pdf_path_is_a_clear_error(tmp_path, qapp):
    with pytest.raises(InputError, match="does not exist"):
        write_pdf(sample_report(), tmp_path / "missing" / "r.pdf", "en")
    with pytest.raises(InputError, match="is a folder"):
        write_pdf(sample_report(), tmp_path, "en")
    with pytest.raises(InputError, match="en or ar"):
        write_pdf(sample_report(), tmp_path / "r.pdf", "fr")
    with pytest.raises(InputError, match=r"/proc/frontline-report\.pdf"):
        write_pdf(sample_report(), Path("/proc/frontline-report.pdf"), "en")  # root too
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # root writes anywhere
            pytest.skip("running as root")
        with pytest.raises(InputError, match="permission denied"):
            write_pdf(sample_report(), locked / "r.pdf", "en")
    finally:
        locked.chmod(0o700)


def test_the_dashboards_exports(qtbot, english, tmp_path):
    screen, _ = dashboard(qtbot)
    screen.export_pdf(tmp_path / "r.pdf")
    assert (tmp_path / "r.pdf").read_bytes()[:5] == b"%PDF-"
    try:
        import simulator.reports.csv  # noqa: F401  (built beside this screen)
    except ImportError:
        with pytest.raises(SimulatorError, match="not available in this build"):
            screen.export_csv(tmp_path / "r.csv", "weekly")
    else:
        screen.export_csv(tmp_path / "r.csv", "weekly")
        assert "2026-01-05" in (tmp_path / "r.csv").read_text(encoding="utf-8")
    screen.show_report(None)
    assert not screen.pdf_button.isEnabled()
    with pytest.raises(SimulatorError, match="no report"):
        screen.export_pdf(tmp_path / "none.pdf")


def test_switching_language_redraws_the_open_dashboard(qtbot, qapp, english):
    screen, asked = dashboard(qtbot)
    x = screen.cards["scores"].chart.axes(Qt.Orientation.Horizontal)[0]
    assert x.categories()[0] == "0–9"
    Translations(qapp).switch("ar", remember=False)
    qapp.processEvents()  # LanguageChange is posted
    assert screen.heading.text() == "لوحة مؤشرات الدفعة"
    x = screen.cards["scores"].chart.axes(Qt.Orientation.Horizontal)[0]
    assert x.categories()[0] == "٩٠–١٠٠"  # mirrored: the top band on the right, first
    assert screen.from_date.text() == "2025-12-07"  # ISO dates keep their order
    assert len(asked) == 1  # the report is redrawn, not asked for again
