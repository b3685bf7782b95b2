"""A cohort report as CSV, one section per file: UTF-8 with a byte-order mark (so that
Excel reads Arabic names and titles right), headers as English ids, values as stored.

``write_csv(report, out, "weekly")``; for "attempts" give the lines
(``simulator.reports.queries.attempt_lines``), which are written as they come.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from simulator.errors import InputError
from simulator.reports.model import SECTIONS, AttemptLine, CohortReport

BOM = "\ufeff"

HEADERS: dict[str, tuple[str, ...]] = {
    "attempts": (
        "attempt_id", "trainee", "display_name", "title", "sop", "language", "mode",
        "started_at", "ended_at", "score", "passed", "automatic_score", "verdict",
    ),
    "weekly": ("week", "finished", "passed", "pass_rate"),
    "scores": ("low", "high", "count"),
    "criteria": (
        "sop_id", "sop", "criterion_id", "criterion", "graded", "failed", "failure_rate",
    ),
    "channels": (
        "channel", "threads", "answered", "median_first_response_s", "p90_first_response_s",
        "bin_s", "first_response_bins", "with_sla", "sla_breached",
    ),
    "exams": ("exam_id", "title", "sittings", "passed", "failed", "pending_review", "unfinished"),
    "trainees": (
        "trainee", "display_name", "week", "finished", "passed", "mean_score",
    ),
}  # fmt: skip


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return value


def _time(value: dt.datetime | None) -> str:
    """A stored time (UTC) to the second; "" for none."""
    return "" if value is None else value.isoformat(timespec="seconds")


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"  # scores have at most 2 decimals


_FLAG = {True: "true", False: "false", None: ""}


def _attempt_rows(lines: Iterable[AttemptLine]) -> Iterator[tuple[Any, ...]]:
    """The hot path of the export (100,000 rows): each column formatted by its type."""
    for a in lines:
        yield (
            a.attempt_id, a.trainee, a.display_name, a.title, a.sop, a.language, a.mode,
            _time(a.started_at), _time(a.ended_at), _number(a.score), _FLAG[a.passed],
            _number(a.automatic_score), a.verdict,
        )  # fmt: skip


def _rows(source: CohortReport | Iterable[AttemptLine], section: str) -> Iterator[tuple[Any, ...]]:
    assert isinstance(source, CohortReport)
    for row in _report_rows(source, section):
        yield tuple(_cell(v) for v in row)


def _report_rows(r: CohortReport, section: str) -> Iterator[tuple[Any, ...]]:
    if section == "weekly":
        yield from ((w.week, w.finished, w.passed, w.rate) for w in r.weekly)
    elif section == "scores":
        yield from ((b.low, b.high, b.count) for b in r.scores)
    elif section == "criteria":
        for c in r.failed_criteria:
            yield (
                c.sop_id, c.sop_title, c.criterion_id, c.criterion_title, c.graded, c.failed,
                c.rate,
            )  # fmt: skip
    elif section == "channels":
        for ch in r.channels:
            yield (
                ch.channel, ch.threads, ch.answered, ch.median_first_response_s,
                ch.p90_first_response_s, ch.bin_s, " ".join(map(str, ch.first_response_bins)),
                ch.with_sla, ch.sla_breached,
            )  # fmt: skip
    elif section == "exams":
        for e in r.exams:
            yield (
                e.exam_id, e.title, e.sittings, e.passed, e.failed, e.pending_review,
                e.unfinished,
            )  # fmt: skip
    else:  # trainees: a total line (no week), then one line per week
        for t in r.trainees:
            yield (t.name, t.display_name, None, t.finished, t.passed, t.mean_score)
            for p in t.points:
                yield (t.name, t.display_name, p.week, p.finished, p.passed, p.mean_score)


def write_csv(source: CohortReport | Iterable[AttemptLine], out: TextIO, section: str) -> None:
    """Write one section (``SECTIONS``) of a report to ``out`` (opened as text with
    ``newline=""``), starting with the byte-order mark."""
    if section not in SECTIONS:
        raise InputError("--section", f"{section!r} is none of {', '.join(SECTIONS)}")
    if (section == "attempts") == isinstance(source, CohortReport):
        need = "the attempt lines" if section == "attempts" else "the report"
        raise InputError(f"--section {section}", f"needs {need}")
    rows = _rows(source, section) if isinstance(source, CohortReport) else _attempt_rows(source)
    out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(HEADERS[section])
    writer.writerows(rows)
