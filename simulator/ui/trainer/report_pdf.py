"""The cohort report as a bilingual PDF, drawn with Qt's PDF writer (A4).

``write_pdf(report, path, language)``: the whole report in ``language`` (Arabic right to
left, shaped by Qt), each section heading also in the other language in smaller type.
Title, cohort, filters and when it was generated; the totals; the pass rate per week and
the score distribution as bars; the most missed criteria per SOP; the channels' first
responses (bars) and SLA breaches; exam outcomes; the trainees. Reached from the command
line by name (the core never imports Qt); works offscreen.
"""

from __future__ import annotations

from pathlib import Path

from simulator.errors import InputError
from simulator.reports.model import CHANNELS, CohortReport
from simulator.ui import theme
from simulator.ui.trainer.numbers import Numbers
from simulator.ui.trainer.pdf_paint import MM, Bar, Page, application
from simulator.ui.trainer.strings_ar_reports import ARABIC

LANGUAGES = ("en", "ar")


class Words:
    """The report's words in one language (English is the source; Arabic from
    ``strings_ar_reports``) and its numbers."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.numbers = Numbers(language)

    def __call__(self, text: str) -> str:
        return ARABIC.get(text, text) if self.language == "ar" else text

    def other(self, text: str) -> str:
        return text if self.language == "ar" else ARABIC.get(text, text)


def writable(path: Path) -> None:
    """Raise ``InputError`` naming ``path`` when a PDF cannot be written there."""
    if path.is_dir():
        raise InputError(str(path), "is a folder: give a file name for the PDF")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(str(path), f"the folder {folder} does not exist")
    try:
        with open(path, "ab"):  # what Qt's writer would meet, as a sentence not a warning
            pass
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        raise InputError(str(path), f"cannot be written here ({reason})") from None


def write_pdf(report: CohortReport, path: Path | str, language: str = "en") -> None:
    """Write ``report`` as a PDF at ``path`` in ``language`` ("en" or "ar")."""
    if language not in LANGUAGES:
        raise InputError("language", f"{language!r}: the report is written in en or ar")
    path = Path(path)
    writable(path)
    app = application()  # noqa: F841  (kept alive while painting)
    w = Words(language)
    footer = f"Frontline · {w('Cohort report')} · {report.cohort_name}"
    page = Page(path, f"{w('Cohort report')}: {report.cohort_name}", language == "ar", footer)
    if not page.opened:
        raise InputError(str(path), "the PDF cannot be written here")
    try:
        _title(page, report, w)
        _totals(page, report, w)
        _weekly(page, report, w)
        _scores(page, report, w)
        _criteria(page, report, w)
        _channels(page, report, w)
        _exams(page, report, w)
        _trainees(page, report, w)
    finally:
        page.finish()


def _heading(page: Page, w: Words, text: str, keep: float = 30 * MM) -> None:
    page.heading(w(text), w.other(text), keep)


def _title(page: Page, report: CohortReport, w: Words) -> None:
    n, q = w.numbers, report.query
    page.line(w("Cohort report"), 20, True, theme.ACCENT)
    page.line(report.cohort_name, 16, True, theme.TEXT_STRONG)
    languages = {None: w("All languages"), "en": w("English"), "ar": w("Arabic")}
    sop = w("All SOPs") if q.sop_id is None else report.sop_titles.get(q.sop_id, q.sop_id)
    start = n.date(q.start) if q.start else w("the first attempt")
    end = n.date(q.end) if q.end else w("the last attempt")
    page.line(w("From {start} to {end}").format(start=start, end=end), 10, colour=theme.TEXT_SOFT)
    page.line(
        w("Language: {language} · SOP: {sop}").format(language=languages.get(q.language), sop=sop),
        10,
        colour=theme.TEXT_SOFT,
    )
    page.line(w("Generated {when}").format(when=n.when(report.generated_at)), 9, colour=theme.MUTED)
    page.skip(3 * MM)


def _totals(page: Page, report: CohortReport, w: Words) -> None:
    n = w.numbers
    _heading(page, w, "Totals", keep=20 * MM)
    page.boxes(
        [
            (w("Members"), n.integer(report.members)),
            (w("Finished attempts"), n.integer(report.finished)),
            (w("Pass rate"), n.rate(report.pass_rate)),
            (w("Mean score"), n.percent(report.mean_score)),
        ]
    )


def _nothing(page: Page, w: Words, text: str) -> None:
    page.line(w(text), 10, colour=theme.MUTED)


def _weekly(page: Page, report: CohortReport, w: Words) -> None:
    _heading(page, w, "Pass rate per week", keep=50 * MM)
    if not any(week.finished for week in report.weekly):
        _nothing(page, w, "No finished attempts in this range.")
        return
    n = w.numbers
    bars = [
        Bar(
            n.locale.toString(_qdate(week.week), "d MMM"),
            (100 * (week.rate or 0.0),),
            n.rate(week.rate) if week.finished else "—",
        )
        for week in report.weekly
    ]
    page.bars(bars, [theme.ACCENT], 100.0, 45 * MM)
    page.line(
        w("Above each bar: the pass rate of the week's finished attempts."), 8, colour=theme.MUTED
    )


def _scores(page: Page, report: CohortReport, w: Words) -> None:
    _heading(page, w, "Score distribution", keep=50 * MM)
    if not any(b.count for b in report.scores):
        _nothing(page, w, "No finished attempts in this range.")
        return
    n = w.numbers
    top = max(b.count for b in report.scores)
    bars = [
        Bar(
            f"{n.integer(b.low)}–{n.integer(b.high if b.high >= 100 else b.high - 1)}",
            (float(b.count),),
            n.integer(b.count),
        )
        for b in report.scores
    ]
    page.bars(bars, [theme.ACCENT], float(top), 45 * MM)
    page.line(w("Finished attempts per band of score (%)."), 8, colour=theme.MUTED)


def _criteria(page: Page, report: CohortReport, w: Words) -> None:
    _heading(page, w, "Most missed criteria", keep=34 * MM)
    if not report.failed_criteria:
        _nothing(page, w, "No criterion was graded in this range.")
        return
    n = w.numbers
    header = [w("Criterion"), w("Graded"), w("Missed"), w("Missed (%)")]
    sops: dict[str, list] = {}
    for c in report.failed_criteria:
        sops.setdefault(c.sop_title, []).append(c)
    for title, rows in sops.items():
        page.need(8 * MM + 6.5 * MM * (1 + min(3, len(rows))))  # a title keeps 3 rows
        page.line(title, 10.5, True, theme.TEXT_STRONG)
        cells = [
            [c.criterion_title, n.integer(c.graded), n.integer(c.failed), n.rate(c.rate)]
            for c in rows
        ]
        page.table(header, cells, [5, 1, 1, 1.3])


def _channels(page: Page, report: CohortReport, w: Words) -> None:
    _heading(page, w, "First response and SLA per channel", keep=50 * MM)
    n = w.numbers
    names = {"email": w("Email"), "ticket": w("Ticket"), "chat": w("Chat")}
    channels = [c for c in report.channels if c.channel in CHANNELS]
    answered = [c for c in channels if c.answered]
    if answered:
        width = max(len(c.first_response_bins) for c in answered)
        step = answered[0].bin_s
        unit, scale = (w("min"), 60) if step % 60 == 0 else (w("s"), 1)
        bars = []
        for i in range(width):
            low = n.integer(i * step // scale)
            label = f"≥ {low}" if i == width - 1 else f"{low}–{n.integer((i + 1) * step // scale)}"
            values = tuple(
                float(c.first_response_bins[i]) if i < len(c.first_response_bins) else 0.0
                for c in answered
            )
            bars.append(Bar(f"{label} {unit}", values))
        top = max(max(b.values) for b in bars)
        colours = [theme.CHANNEL_COLOURS[c.channel] for c in answered]
        page.bars(bars, colours, top, 40 * MM)
        page.legend([(names[c.channel], theme.CHANNEL_COLOURS[c.channel]) for c in answered])

    def seconds(value: float | None) -> str:
        if value is None:
            return "—"
        if value < 90:
            return f"{n.integer(round(value))} {w('s')}"
        return f"{n.locale.toString(value / 60, 'f', 1)} {w('min')}"

    header = [w("Channel"), w("Threads"), w("Answered"), w("Median"), w("90th percentile"),
              w("With an SLA"), w("SLA breached")]  # fmt: skip
    rows = [
        [names[c.channel], n.integer(c.threads), n.integer(c.answered),
         seconds(c.median_first_response_s), seconds(c.p90_first_response_s),
         n.integer(c.with_sla),
         f"{n.integer(c.sla_breached)} ({n.rate(_share(c.sla_breached, c.with_sla))})"]
        for c in channels
    ]  # fmt: skip
    page.table(header, rows, [1.6, 1, 1, 1, 1.2, 1, 1.4])


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _exams(page: Page, report: CohortReport, w: Words) -> None:
    _heading(page, w, "Exam outcomes", keep=20 * MM)
    exams = [e for e in report.exams if e.sittings]
    if not exams:
        _nothing(page, w, "No exam sittings in this range.")
        return
    n = w.numbers
    header = [w("Exam"), w("Sittings"), w("Passed"), w("Failed"), w("Awaiting review"),
              w("Unfinished")]  # fmt: skip
    rows = [
        [e.title, n.integer(e.sittings), n.integer(e.passed), n.integer(e.failed),
         n.integer(e.pending_review), n.integer(e.unfinished)]
        for e in exams
    ]  # fmt: skip
    page.table(header, rows, [3.2, 1, 1, 1, 1.4, 1.2])


def _trainees(page: Page, report: CohortReport, w: Words) -> None:
    _heading(page, w, "Trainees' progress", keep=20 * MM)
    if not report.trainees:
        _nothing(page, w, "No trainee in this cohort.")
        return
    n = w.numbers
    header = [w("Trainee"), w("Finished"), w("Passed"), w("Pass rate"), w("Mean score"),
              w("Weeks active")]  # fmt: skip
    rows = [
        [t.display_name, n.integer(t.finished), n.integer(t.passed),
         n.rate(_share(t.passed, t.finished)), n.percent(t.mean_score),
         n.integer(len(t.points))]
        for t in report.trainees
    ]  # fmt: skip
    page.table(header, rows, [3.2, 1, 1, 1, 1.2, 1.2])


def _qdate(day):
    from PySide6.QtCore import QDate

    return QDate(day.year, day.month, day.day)
