"""The store's side of cohort reports: a trainer's or admin's figures over one cohort,
as a few aggregates of the report tables (``simulator.store.report_tables``), which are
brought up to date first. ``simulator.reports`` turns them into a report with titles.

Who may: a signed-in trainer or admin (``simulator.access``, ``Action.READ_REPORTS``),
checked here, the one place every report passes through.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, func, select, text, true
from sqlalchemy.orm import Session as DbSession

from simulator.access import Action, require
from simulator.errors import StoreError
from simulator.store import report_sync
from simulator.store.base import StoreBase
from simulator.store.calibration import blind_attempts
from simulator.store.models import CohortMemberRow, CohortRow, PersonRow
from simulator.store.report_tables import ReportCriteriaSetRow, ReportFactRow, ReportThreadRow


@dataclass(frozen=True)
class ReportFilter:
    """Which counted attempts a report covers: a cohort's trainees, the UTC day an attempt
    started (both ends inclusive), its scenario (None: any; a language filter gives the
    scenario ids of that language) and its SOP."""

    cohort_id: int
    start: dt.date | None = None
    end: dt.date | None = None
    scenario_ids: Collection[str] | None = None
    sop_id: str | None = None
    # Attempts left out: those the viewing trainer grades blind in a calibration session
    # not revealed yet (the store sets it, as for the cohort figures).
    excluded: frozenset[int] = frozenset()


@dataclass(frozen=True)
class ReportFigures:
    """Raw figures, ids only (``simulator.reports.queries`` adds titles)."""

    cohort_name: str
    members: tuple[tuple[int, str, str], ...]  # trainees: id, name, display name (by name)
    # person, week, finished, passed, sum of scores, scores counted
    person_weeks: tuple[tuple[int, dt.date, int, int, float, int], ...]
    score_bins: dict[int, int]
    # exam sitting scenario id: started, passed, failed, pending review, unfinished
    sittings: dict[str, tuple[int, int, int, int, int]]
    criteria: tuple[tuple[str, str, int, int], ...]  # sop, criterion, graded, failed
    # channel, first response in whole seconds (None: no response), threads, with an
    # SLA, SLA breached
    threads: tuple[tuple[str, int | None, int, int, int], ...]


class ReportAttempt(NamedTuple):
    """One counted finished attempt, for the CSV export."""

    attempt_id: int
    person_name: str
    display_name: str
    scenario_id: str
    sop_id: str
    mode: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    score: float | None
    passed: bool | None
    auto_score: float | None
    status: str | None


def _where(model: Any, f: ReportFilter, *, seek: bool = False) -> list[ColumnElement[bool]]:
    """The filter on ``model``'s rows. ``seek``: through an index that starts with the
    person; otherwise ``person_id + 0`` keeps the planner on the index that gives the
    figure's order (reading a cohort's rows of 100,000 in order beats sorting them)."""
    members = (
        select(CohortMemberRow.person_id)
        .join(PersonRow, PersonRow.id == CohortMemberRow.person_id)
        .where(CohortMemberRow.cohort_id == f.cohort_id, PersonRow.role == "trainee")
    )
    person = model.person_id if seek else model.person_id + 0
    out: list[ColumnElement[bool]] = [person.in_(members)]
    if f.start is not None:
        out.append(model.started_day >= f.start)
    if f.end is not None:
        out.append(model.started_day <= f.end)
    if f.scenario_ids is not None:
        out.append(model.scenario_id.in_(sorted(f.scenario_ids)))
    if f.sop_id is not None:
        out.append(model.sop_id == f.sop_id)
    if f.excluded:
        out.append(model.attempt_id.notin_(sorted(f.excluded)))
    return out


def _facts(f: ReportFilter, *columns: Any, seek: bool = False) -> Select[Any]:
    return select(*columns).where(*_where(ReportFactRow, f, seek=seek))


class ReportsMixin(StoreBase):
    def report_figures(self, requester: object, report: ReportFilter) -> ReportFigures:
        """The figures of a cohort report, for a signed-in trainer or admin (without the
        attempts they grade blind in a calibration session not revealed yet)."""
        report = self._allowed_filter(requester, report)
        with self._read() as db:
            name = _cohort_name(db, report.cohort_id)
            return ReportFigures(
                cohort_name=name,
                members=_members(db, report.cohort_id),
                person_weeks=_person_weeks(db, report),
                score_bins=_score_bins(db, report),
                sittings=_sittings(db, report),
                criteria=_criteria(db, report),
                threads=_threads(db, report),
            )

    def report_attempts(self, requester: object, report: ReportFilter) -> Iterator[ReportAttempt]:
        """Every counted finished attempt of the report, oldest first, one at a time (for
        a signed-in trainer or admin)."""
        report = self._allowed_filter(requester, report)
        with self._read() as db:
            _cohort_name(db, report.cohort_id)
        return self._stream_attempts(report)

    def _allowed_filter(self, requester: object, report: ReportFilter) -> ReportFilter:
        """Who may (the one check of every report), the report tables brought up to date,
        and the filter without the requester's blind attempts."""
        person = self.signed_in(requester)
        require(person, Action.READ_REPORTS)
        self.sync_reports()
        with self._read() as db:
            blind = blind_attempts(db, person.id)
        return dataclasses.replace(report, excluded=report.excluded | blind) if blind else report

    def _stream_attempts(self, report: ReportFilter) -> Iterator[ReportAttempt]:
        r = ReportFactRow
        stmt = (
            _facts(
                report,
                r.attempt_id,
                PersonRow.name,
                PersonRow.display_name,
                r.scenario_id,
                r.sop_id,
                r.mode,
                r.started_at,
                r.ended_at,
                r.score,
                r.passed,
                r.auto_score,
                r.status,
            )
            .join(PersonRow, PersonRow.id == r.person_id)
            .where(r.finished == true())
            .order_by(r.started_at, r.attempt_id)
            .execution_options(yield_per=2000)
        )
        with self._read() as db:
            for row in db.execute(stmt):
                yield ReportAttempt._make(row)

    def sync_reports(self) -> int:
        """Bring the report tables up to the newest stored record (see
        ``simulator.store.report_sync``); how many attempts were worked out again."""
        with self._read() as db:
            if not report_sync.pending_links(db):
                return 0
        with self._write() as db:
            worked = report_sync.sync(db)
        if worked >= report_sync.ANALYZE_AFTER and self.engine.dialect.name == "postgresql":
            # Statistics of the rows just written, for the planner (autovacuum takes its
            # time); a role that does not own the tables is skipped with a warning.
            with self._write() as db:
                db.execute(text("ANALYZE report_facts, report_threads"))
        return worked


def _cohort_name(db: DbSession, cohort_id: int) -> str:
    cohort = db.get(CohortRow, cohort_id) if 1 <= cohort_id < 2**31 else None
    if cohort is None:
        raise StoreError(f"cohort {cohort_id}", "no such cohort")
    return cohort.name


def _members(db: DbSession, cohort_id: int) -> tuple[tuple[int, str, str], ...]:
    rows = db.execute(
        select(PersonRow.id, PersonRow.name, PersonRow.display_name)
        .join(CohortMemberRow, CohortMemberRow.person_id == PersonRow.id)
        .where(CohortMemberRow.cohort_id == cohort_id, PersonRow.role == "trainee")
        .order_by(PersonRow.name)
    ).all()
    return tuple((int(i), str(n), str(d)) for i, n, d in rows)


def _person_weeks(
    db: DbSession, f: ReportFilter
) -> tuple[tuple[int, dt.date, int, int, float, int], ...]:
    r = ReportFactRow
    # Core, not the ORM: 20,000 rows in a big report, and the ORM's bookkeeping per row
    # cost more than the database did.
    rows = (
        db.connection()
        .execute(
            _facts(
                f,
                r.person_id,
                r.week,
                func.count(),
                func.count().filter(r.passed.is_(True)),
                func.sum(r.score),
                func.count(r.score),
                seek=True,
            )
            .where(r.finished == true())
            .group_by(r.person_id, r.week)
        )
        .all()
    )
    weeks = {w: dt.date.fromordinal(int(w)) for w in {row[1] for row in rows}}
    return tuple((p, weeks[w], n, ok, total or 0.0, k) for p, w, n, ok, total, k in rows)


def _score_bins(db: DbSession, f: ReportFilter) -> dict[int, int]:
    r = ReportFactRow
    rows = db.execute(
        _facts(f, r.score_bin, func.count())
        .where(r.score_bin.is_not(None))  # finished attempts only have one
        .group_by(r.score_bin)
    ).all()
    return {int(b): int(n) for b, n in rows}


def _sittings(db: DbSession, f: ReportFilter) -> dict[str, tuple[int, int, int, int, int]]:
    r = ReportFactRow
    done = r.finished.is_(True)
    rows = db.execute(
        _facts(
            f,
            r.scenario_id,
            func.count(),
            func.count().filter(done, r.passed.is_(True), r.pending_review.is_(False)),
            func.count().filter(done, r.passed.is_not(True)),
            func.count().filter(done, r.pending_review.is_(True)),
            func.count().filter(r.finished.is_not(True)),
        )
        .where(r.sitting == true())
        .group_by(r.scenario_id)
    ).all()
    return {str(s): (int(n), int(p), int(x), int(w), int(u)) for s, n, p, x, w, u in rows}


def _criteria(db: DbSession, f: ReportFilter) -> tuple[tuple[str, str, int, int], ...]:
    r = ReportFactRow
    rows = db.execute(
        _facts(f, r.sop_id, r.criteria_set, func.count())
        .where(r.criteria_set.is_not(None))  # finished attempts only have one
        .group_by(r.sop_id, r.criteria_set)
    ).all()
    keys = dict(
        db.execute(
            select(ReportCriteriaSetRow.id, ReportCriteriaSetRow.key).where(
                ReportCriteriaSetRow.id.in_({int(k) for _, k, _ in rows})
            )
        ).all()
    )
    counts: dict[tuple[str, str], list[int]] = {}
    for sop, key, n in rows:
        for crit, met in report_sync.parse_criteria_key(keys[key]):
            graded_failed = counts.setdefault((str(sop), crit), [0, 0])
            graded_failed[0] += int(n)
            graded_failed[1] += 0 if met else int(n)
    return tuple((sop, crit, g, x) for (sop, crit), (g, x) in counts.items())


def _threads(db: DbSession, f: ReportFilter) -> tuple[tuple[str, int | None, int, int, int], ...]:
    t = ReportThreadRow
    rows = (
        db.connection()
        .execute(
            select(
                t.channel,
                t.first_response_whole_s,
                func.count(),
                func.count().filter(t.has_sla.is_(True)),
                func.count().filter(t.sla_breached.is_(True)),
            )
            .where(*_where(t, f))
            .group_by(t.channel, t.first_response_whole_s)
        )
        .all()
    )
    return tuple(
        (str(ch), None if s is None else int(s), int(n), int(w), int(b)) for ch, s, n, w, b in rows
    )
