"""Cohort reports from the store: the titles catalogue and ``build_report``.

The store works out the figures (``Store.report_figures``: the verdicts of record, a
sitting once and its items never, trainees only, finished attempts, the query's
filters; only a signed-in trainer or admin); here they get the library's titles and the
shape of ``simulator.reports.model``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.exams.definition import SITTING_PREFIX
from simulator.reports.model import (
    CHANNELS,
    SCORE_BINS,
    AttemptLine,
    Catalog,
    ChannelFigures,
    CohortReport,
    CriterionFailures,
    ExamOutcome,
    ProgressPoint,
    ReportQuery,
    ScoreBin,
    TraineeProgress,
    WeekRate,
)

if TYPE_CHECKING:
    from simulator.store.reports import ReportAttempt, ReportFigures, ReportFilter
    from simulator.store.store import Store

# First-response bins: the smallest of these steps whose 10 bins reach the 90th
# percentile (the last bin holds everything above).
BIN_STEPS_S = (5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 43200, 86400)
FIRST_RESPONSE_BINS = 10


def catalog_from_library(
    library: Any, exams: Iterable[Any] = (), *, language: str = "en"
) -> Catalog:
    """Titles and languages of what ``library`` (a ``Library``, or anything with
    ``scenarios``, a sequence or a mapping by id, and ``sops``, a mapping by id) and
    ``exams`` (``ExamDef``s) hold; SOP and exam titles in ``language``."""
    found = getattr(library, "scenarios", ()) if library is not None else ()
    scenarios = list(found.values()) if isinstance(found, Mapping) else list(found)
    sops: Mapping[str, Any] = getattr(library, "sops", None) or {}
    titles = {s.id: s.title for s in scenarios}
    languages = {s.id: s.language for s in scenarios}
    criteria: dict[tuple[str, str], str] = {}
    for sop in sops.values():
        for c in getattr(sop, "criteria", ()):
            if c.title:
                criteria[(sop.id, c.id)] = c.title
    for s in scenarios:
        for c in s.rubric.criteria:
            if c.title:
                criteria.setdefault((s.sop, c.id), c.title)
    exam_titles: dict[str, str] = {}
    for exam in exams:
        exam_titles[exam.id] = exam.title.get(language) or exam.id
        languages[SITTING_PREFIX + exam.id] = exam.language
    return Catalog(
        scenario_titles=titles,
        scenario_languages=languages,
        sop_titles={sid: sop.title.get(language) or sid for sid, sop in sops.items()},
        criterion_titles=criteria,
        exam_titles=exam_titles,
    )


def load_catalog(root: Path, *, language: str = "en") -> Catalog:
    """The catalogue of the library at ``root`` and its exams (files that do not load
    are left out: their ids are shown as they are)."""
    from simulator.content.library import load_library
    from simulator.exams.definition import exam_files, read_exam

    library = load_library(root)
    exams = [e for e in (read_exam(p)[0] for p in exam_files(root)) if e is not None]
    return catalog_from_library(library, exams, language=language)


def report_filter(query: ReportQuery, catalog: Catalog) -> ReportFilter:
    from simulator.store.reports import ReportFilter

    scenario_ids = None
    if query.language is not None:
        scenario_ids = {
            s for s, lang in catalog.scenario_languages.items() if lang == query.language
        }
    return ReportFilter(query.cohort_id, query.start, query.end, scenario_ids, query.sop_id)


def title_of(scenario_id: str, catalog: Catalog) -> str:
    """A scenario's or an exam's title; an id the library does not know as it is (an
    exam's without its prefix)."""
    if scenario_id.startswith(SITTING_PREFIX):
        exam_id = scenario_id.removeprefix(SITTING_PREFIX)
        return catalog.exam_titles.get(exam_id, exam_id)
    return catalog.scenario_titles.get(scenario_id, scenario_id)


def build_report(
    store: Store, query: ReportQuery, catalog: Catalog, *, now: dt.datetime, requester: object
) -> CohortReport:
    """The cohort report of ``query`` for ``requester`` (a trainer's or admin's sign-in
    with ``store``; anyone else: ``AccessError``)."""
    if query.start is not None and query.end is not None and query.start > query.end:
        from simulator.errors import InputError

        raise InputError("dates", f"the first day {query.start} is after the last {query.end}")
    figures = store.report_figures(requester, report_filter(query, catalog))
    finished = sum(n for _, _, n, _, _, _ in figures.person_weeks)
    passed = sum(ok for _, _, _, ok, _, _ in figures.person_weeks)
    total = sum(t for _, _, _, _, t, _ in figures.person_weeks)
    scored = sum(k for _, _, _, _, _, k in figures.person_weeks)
    sops = {s for s, _, _, _ in figures.criteria} | ({query.sop_id} if query.sop_id else set())
    return CohortReport(
        query=query,
        cohort_name=figures.cohort_name,
        generated_at=now,
        members=len(figures.members),
        finished=finished,
        passed=passed,
        mean_score=_mean(total, scored),
        weekly=_weekly(figures),
        scores=tuple(
            ScoreBin(low, low + 10, figures.score_bins.get(i, 0))
            for i, low in enumerate(SCORE_BINS)
        ),
        failed_criteria=_criteria(figures, catalog),
        channels=tuple(_channel(ch, figures) for ch in CHANNELS),
        exams=_exams(figures, catalog),
        trainees=_trainees(figures),
        sop_titles={s: catalog.sop_titles.get(s, s) for s in sorted(sops)},
    )


def _mean(total: float, count: int) -> float | None:
    return round(total / count, 2) if count else None


def _weekly(figures: ReportFigures) -> tuple[WeekRate, ...]:
    weeks: dict[dt.date, list[int]] = {}
    for _, week, n, ok, _, _ in figures.person_weeks:
        sums = weeks.setdefault(week, [0, 0])
        sums[0] += n
        sums[1] += ok
    return tuple(WeekRate(w, n, ok) for w, (n, ok) in sorted(weeks.items()))


def _criteria(figures: ReportFigures, catalog: Catalog) -> tuple[CriterionFailures, ...]:
    out = [
        CriterionFailures(
            sop_id=sop,
            sop_title=catalog.sop_titles.get(sop, sop),
            criterion_id=crit,
            criterion_title=catalog.criterion_titles.get((sop, crit), crit),
            graded=graded,
            failed=failed,
        )
        for sop, crit, graded, failed in figures.criteria
    ]
    out.sort(key=lambda c: (c.sop_title, c.sop_id, -c.failed, -(c.rate or 0.0), c.criterion_id))
    return tuple(out)


def _quantile(counts: list[tuple[int, int]], q: float) -> float | None:
    """The ``q`` quantile (nearest rank) of values given as sorted (value, count) pairs."""
    n = sum(k for _, k in counts)
    if not n:
        return None
    rank = max(1, -(-int(q * n * 1000) // 1000))  # ceil(q * n), without float surprises
    seen = 0
    for value, k in counts:
        seen += k
        if seen >= rank:
            return float(value)
    return float(counts[-1][0])  # pragma: no cover - the ranks add up to n


def _channel(channel: str, figures: ReportFigures) -> ChannelFigures:
    rows = [r for r in figures.threads if r[0] == channel]
    answered = sorted((s, n) for _, s, n, _, _ in rows if s is not None)
    p90 = _quantile(answered, 0.9)
    step = next((s for s in BIN_STEPS_S if p90 is None or s * FIRST_RESPONSE_BINS >= p90), 86400)
    bins = [0] * FIRST_RESPONSE_BINS
    for seconds, n in answered:
        bins[min(FIRST_RESPONSE_BINS - 1, max(0, seconds) // step)] += n
    return ChannelFigures(
        channel=channel,
        threads=sum(n for _, _, n, _, _ in rows),
        answered=sum(n for _, n in answered),
        median_first_response_s=_quantile(answered, 0.5),
        p90_first_response_s=p90,
        bin_s=step,
        first_response_bins=tuple(bins),
        with_sla=sum(w for _, _, _, w, _ in rows),
        sla_breached=sum(b for _, _, _, _, b in rows),
    )


def _exams(figures: ReportFigures, catalog: Catalog) -> tuple[ExamOutcome, ...]:
    out = [
        ExamOutcome(
            exam_id=sid.removeprefix(SITTING_PREFIX),
            title=title_of(sid, catalog),
            sittings=n,
            passed=ok,
            failed=failed,
            pending_review=pending,
            unfinished=unfinished,
        )
        for sid, (n, ok, failed, pending, unfinished) in figures.sittings.items()
    ]
    return tuple(sorted(out, key=lambda e: (e.title, e.exam_id)))


def _round2(value: float) -> float:
    """``round(value, 2)`` for a mean score, cheaply (20,000 points in a big report)."""
    return math.floor(value * 100 + 0.5) / 100


def _trainees(figures: ReportFigures) -> tuple[TraineeProgress, ...]:
    weeks: dict[int, list[tuple[dt.date, int, int, float, int]]] = {}
    for pid, week, n, ok, total, k in figures.person_weeks:
        weeks.setdefault(pid, []).append((week, n, ok, total, k))
    out = []
    for pid, name, display in figures.members:
        mine = sorted(weeks.get(pid, ()))
        finished = passed = scored = 0
        total = 0.0
        points = []
        for w, n, ok, t, k in mine:
            finished, passed, total, scored = finished + n, passed + ok, total + t, scored + k
            points.append(ProgressPoint(w, n, ok, _round2(t / k) if k else None))
        out.append(
            TraineeProgress(
                person_id=pid,
                name=name,
                display_name=display,
                finished=finished,
                passed=passed,
                mean_score=_mean(total, scored),
                points=tuple(points),
            )
        )
    return tuple(out)


def attempt_lines(
    store: Store, query: ReportQuery, catalog: Catalog, *, requester: object
) -> Iterator[AttemptLine]:
    """One line per counted finished attempt of the report, oldest first (streamed: the
    CSV export of 100,000 attempts never holds them all). Who may is checked now, before
    the first line is asked for."""
    return _lines(store.report_attempts(requester, report_filter(query, catalog)), catalog)


def _lines(rows: Iterable[ReportAttempt], catalog: Catalog) -> Iterator[AttemptLine]:
    titles: dict[str, str] = {}
    sops: dict[str, str] = {}
    languages = catalog.scenario_languages
    for r in rows:
        sid = r.scenario_id
        title = titles.get(sid)
        if title is None:
            title = titles[sid] = title_of(sid, catalog)
        sop = sops.get(r.sop_id)
        if sop is None:
            sop = sops[r.sop_id] = catalog.sop_titles.get(r.sop_id, r.sop_id)
        yield AttemptLine(
            r.attempt_id,
            r.person_name,
            r.display_name,
            title,
            sop,
            languages.get(sid, ""),
            r.mode,
            r.started_at,
            r.ended_at,
            r.score,
            r.passed,
            r.auto_score,
            r.status or "",
        )
