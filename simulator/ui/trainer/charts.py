"""The cohort dashboard's charts (QtCharts), built from a ``CohortReport``'s records.

Each builder returns a ``QChart`` or ``None`` when there is nothing to draw (the card
then says so in words). Numbers, percentages and dates are written by the ``QLocale`` of
the interface language (Arabic-Indic digits and the Arabic percent sign in Arabic); in a
right-to-left layout the charts mirror: the value axis stands on the right and the
category axis runs from right to left. Colours are the theme's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPen

from simulator.reports.model import (
    CHANNELS,
    ChannelFigures,
    CohortReport,
    CriterionFailures,
    TraineeProgress,
)
from simulator.ui import theme
from simulator.ui.trainer.numbers import Numbers

T = TypeVar("T")
MOST_FAILED = 8  # criteria shown per SOP


def channel_name(channel: str) -> str:
    names = {
        "email": QCoreApplication.translate("Dashboard", "Email"),
        "ticket": QCoreApplication.translate("Dashboard", "Ticket"),
        "chat": QCoreApplication.translate("Dashboard", "Chat"),
    }
    return names.get(channel, channel)


def _chart(numbers: Numbers, legend: bool = False) -> QChart:
    rtl = numbers.rtl
    chart = QChart()
    chart.setLocale(numbers.locale)
    chart.setBackgroundBrush(QColor(theme.SURFACE))
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setLocalizeNumbers(True)
    chart.legend().setVisible(legend)
    chart.legend().setLabelColor(QColor(theme.TEXT_SOFT))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    if legend:
        chart.legend().setReverseMarkers(rtl)
    return chart


def _style_axis(axis: QAbstractAxis, title: str = "") -> None:
    axis.setLabelsColor(QColor(theme.TEXT_SOFT))
    axis.setLinePenColor(QColor(theme.FAINT))
    axis.setGridLineColor(QColor(theme.DIVIDER))
    font = QFont()
    font.setPointSizeF(8.5)
    axis.setLabelsFont(font)
    if title:
        axis.setTitleText(title)
        axis.setTitleBrush(QColor(theme.MUTED))
        axis.setTitleFont(font)


def _attach(chart: QChart, series, x: QAbstractAxis, y: QAbstractAxis, rtl: bool) -> None:
    """Put ``series`` on ``chart`` with ``x`` below and ``y`` on the start side (on the
    right in a right-to-left layout; the categories are given in reading order, see
    ``ordered``)."""
    chart.addSeries(series)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)


def ordered(values: Sequence[T], rtl: bool) -> list[T]:
    """Categories and their values from the start side: right to left in Arabic (a
    category axis cannot be reversed, so its data are)."""
    return list(reversed(values)) if rtl else list(values)


def _percent_axis(numbers: Numbers, title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, 100)
    axis.setTickCount(6)
    axis.setLabelFormat("%.0f" + numbers.percent_sign)
    _style_axis(axis, title)
    return axis


def _count_axis(top: int, title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(1, top))
    axis.setLabelFormat("%.0f")
    axis.setTickCount(min(6, max(2, top + 1)))
    _style_axis(axis, title)
    return axis


def _categories(labels: Sequence[str], title: str = "") -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(labels))
    _style_axis(axis, title)
    return axis


def _bar_set(label: str, values: Sequence[float], colour: str) -> QBarSet:
    bars = QBarSet(label)
    bars.append([float(v) for v in values])
    bars.setColor(QColor(colour))
    bars.setBorderColor(QColor(colour))
    bars.setLabelColor(QColor(theme.TEXT_SOFT))
    return bars


def week_label(numbers: Numbers, week: dt.date) -> str:
    return numbers.locale.toString(QDate(week.year, week.month, week.day), "d MMM")


def _line(points: Sequence[tuple[int, float]], colour: str) -> QLineSeries:
    series = QLineSeries()
    series.append([QPointF(x, y) for x, y in points])
    series.setPen(QPen(QColor(colour), 2.5))
    series.setPointsVisible(True)
    return series


def pass_rate_chart(report: CohortReport, numbers: Numbers) -> QChart | None:
    """The pass rate of each week with finished attempts (a line; a week with none is a
    gap)."""
    if not report.weekly or not any(w.finished for w in report.weekly):
        return None
    chart = _chart(numbers)
    weeks = ordered(report.weekly, numbers.rtl)
    points = [(i, 100 * w.rate) for i, w in enumerate(weeks) if w.rate is not None]
    series = _line(points, theme.ACCENT)
    series.setName(QCoreApplication.translate("Dashboard", "Pass rate"))
    labels = [week_label(numbers, w.week) for w in weeks]
    x = _categories(labels, QCoreApplication.translate("Dashboard", "Week starting"))
    _attach(chart, series, x, _percent_axis(numbers), numbers.rtl)
    return chart


def score_label(numbers: Numbers, low: int, high: int) -> str:
    last = high if high >= 100 else high - 1
    return f"{numbers.integer(low)}–{numbers.integer(last)}"


def score_chart(report: CohortReport, numbers: Numbers) -> QChart | None:
    """How many finished attempts scored in each band of ten points."""
    if not report.scores or not any(b.count for b in report.scores):
        return None
    chart = _chart(numbers)
    bins = ordered(report.scores, numbers.rtl)
    counts = [b.count for b in bins]
    series = QBarSeries()
    series.append(
        _bar_set(QCoreApplication.translate("Dashboard", "Attempts"), counts, theme.ACCENT)
    )
    series.setBarWidth(0.8)
    labels = [score_label(numbers, b.low, b.high) for b in bins]
    x = _categories(labels, QCoreApplication.translate("Dashboard", "Score (%)"))
    _attach(
        chart,
        series,
        x,
        _count_axis(max(counts), QCoreApplication.translate("Dashboard", "Attempts")),
        numbers.rtl,
    )
    return chart


def criteria_of(report: CohortReport, sop_id: str | None) -> list[CriterionFailures]:
    """The most failed criteria of one SOP (the first SOP with any when ``sop_id`` is
    None), most failed first."""
    rows = list(report.failed_criteria)
    if sop_id is None and rows:
        sop_id = rows[0].sop_id
    chosen = [c for c in rows if c.sop_id == sop_id and c.graded]
    chosen.sort(key=lambda c: (-(c.rate or 0.0), -c.failed, c.criterion_title))
    return chosen[:MOST_FAILED]


def criteria_chart(report: CohortReport, sop_id: str | None, numbers: Numbers) -> QChart | None:
    """Horizontal bars: how often each criterion was missed where it applied (%)."""
    rows = criteria_of(report, sop_id)
    if not rows or not any(c.failed for c in rows):
        return None
    chart = _chart(numbers)
    rows = list(reversed(rows))  # the chart draws its first category at the bottom
    series = QHorizontalBarSeries()
    rates = [100 * (c.rate or 0.0) for c in rows]
    series.append(_bar_set(QCoreApplication.translate("Dashboard", "Missed"), rates, theme.FAIL))
    series.setBarWidth(0.7)
    y = _categories([c.criterion_title for c in rows])
    x = _percent_axis(numbers, QCoreApplication.translate("Dashboard", "Missed where it applied"))
    x.setReverse(numbers.rtl)  # a value axis can be: the bars grow from the right
    _attach(chart, series, x, y, numbers.rtl)
    return chart


def bin_label(numbers: Numbers, figures: ChannelFigures, i: int) -> str:
    step = figures.bin_s
    minutes = step % 60 == 0
    unit = (
        QCoreApplication.translate("Dashboard", "min")
        if minutes
        else QCoreApplication.translate("Dashboard", "s")
    )
    scale = 60 if minutes else 1
    low = numbers.integer(i * step // scale)
    if i == len(figures.first_response_bins) - 1:
        return f"≥ {low} {unit}"
    return f"{low}–{numbers.integer((i + 1) * step // scale)} {unit}"


def first_response_chart(report: CohortReport, numbers: Numbers) -> QChart | None:
    """A histogram per channel of the time to the first response (threads answered)."""
    channels = [c for c in report.channels if c.answered]
    if not channels:
        return None
    chart = _chart(numbers, legend=True)
    series = QBarSeries()
    for figures in channels:
        colour = theme.CHANNEL_COLOURS.get(figures.channel, theme.MUTED)
        bins = ordered(figures.first_response_bins, numbers.rtl)
        series.append(_bar_set(channel_name(figures.channel), bins, colour))
    widest = max(channels, key=lambda c: len(c.first_response_bins))
    labels = [bin_label(numbers, widest, i) for i in range(len(widest.first_response_bins))]
    labels = ordered(labels, numbers.rtl)
    top = max(max(c.first_response_bins, default=0) for c in channels)
    x = _categories(labels, QCoreApplication.translate("Dashboard", "First response"))
    _attach(
        chart,
        series,
        x,
        _count_axis(top, QCoreApplication.translate("Dashboard", "Threads")),
        numbers.rtl,
    )
    return chart


def sla_chart(report: CohortReport, numbers: Numbers) -> QChart | None:
    """Per channel, threads with an SLA: met (stacked under) and breached."""
    by_channel = {c.channel: c for c in report.channels}
    channels = ordered([by_channel[c] for c in CHANNELS if c in by_channel], numbers.rtl)
    if not any(c.with_sla for c in channels):
        return None
    chart = _chart(numbers, legend=True)
    series = QStackedBarSeries()
    met = [c.with_sla - c.sla_breached for c in channels]
    breached = [c.sla_breached for c in channels]
    series.append(_bar_set(QCoreApplication.translate("Dashboard", "Within SLA"), met, theme.PASS))
    series.append(
        _bar_set(QCoreApplication.translate("Dashboard", "SLA breached"), breached, theme.FAIL)
    )
    series.setBarWidth(0.5)
    x = _categories([channel_name(c.channel) for c in channels])
    top = max(c.with_sla for c in channels)
    _attach(
        chart,
        series,
        x,
        _count_axis(top, QCoreApplication.translate("Dashboard", "Threads")),
        numbers.rtl,
    )
    return chart


def exam_chart(report: CohortReport, numbers: Numbers) -> QChart | None:
    """Per exam, the sittings stacked by outcome."""
    exams = ordered([e for e in report.exams if e.sittings], numbers.rtl)
    if not exams:
        return None
    chart = _chart(numbers, legend=True)
    series = QStackedBarSeries()
    parts = (
        (QCoreApplication.translate("Dashboard", "Passed"), [e.passed for e in exams], theme.PASS),
        (QCoreApplication.translate("Dashboard", "Failed"), [e.failed for e in exams], theme.FAIL),
        (
            QCoreApplication.translate("Dashboard", "Awaiting review"),
            [e.pending_review for e in exams],
            theme.SLA_WARN,
        ),
        (
            QCoreApplication.translate("Dashboard", "Unfinished"),
            [e.unfinished for e in exams],
            theme.FAINT,
        ),
    )
    for label, values, colour in parts:
        series.append(_bar_set(label, values, colour))
    series.setBarWidth(0.5)
    x = _categories([e.title for e in exams])
    top = max(e.sittings for e in exams)
    _attach(
        chart,
        series,
        x,
        _count_axis(top, QCoreApplication.translate("Dashboard", "Sittings")),
        numbers.rtl,
    )
    return chart


def progress_chart(trainee: TraineeProgress | None, numbers: Numbers) -> QChart | None:
    """One trainee's mean score per week with finished attempts."""
    if trainee is None:
        return None
    weeks = ordered([p for p in trainee.points if p.mean_score is not None], numbers.rtl)
    if not weeks:
        return None
    chart = _chart(numbers)
    series = _line([(i, p.mean_score or 0.0) for i, p in enumerate(weeks)], theme.ACCENT)
    series.setName(QCoreApplication.translate("Dashboard", "Mean score"))
    x = _categories(
        [week_label(numbers, p.week) for p in weeks],
        QCoreApplication.translate("Dashboard", "Week starting"),
    )
    _attach(
        chart,
        series,
        x,
        _percent_axis(numbers, QCoreApplication.translate("Dashboard", "Mean score")),
        numbers.rtl,
    )
    return chart
