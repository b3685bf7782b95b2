"""``Store``: everything the app, the CLI and the exams keep; ``open_store`` opens one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Integer, and_, case, func, or_, select, true
from sqlalchemy.exc import DBAPIError

from simulator.errors import StoreError
from simulator.store import chain, seals
from simulator.store.attempts import AttemptsMixin, final_verdicts
from simulator.store.base import DateClock
from simulator.store.calibration import CalibrationMixin
from simulator.store.chain import AuditProblem
from simulator.store.db import explain, hide_password, make_engine
from simulator.store.disputes import DisputesMixin
from simulator.store.exams import ExamsMixin
from simulator.store.migrate import SchemaState, schema_state, upgrade
from simulator.store.models import (
    SITTING_PREFIX,
    AttemptRow,
    ChainHeadRow,
    CheckinRow,
    CohortMemberRow,
    CohortRow,
    EventRow,
    ExposureRow,
    OverrideRow,
    PersonRow,
    ResultRow,
)
from simulator.store.people import PeopleMixin
from simulator.store.records import CohortSummary, PersonSummary
from simulator.store.revocations import RevocationsMixin
from simulator.store.wellbeing import WellbeingMixin

if TYPE_CHECKING:
    from simulator.signing import PublicKey, SigningKey

COUNTED = {
    "people": PersonRow,
    "cohorts": CohortRow,
    "attempts": AttemptRow,
    "events": EventRow,
    "results": ResultRow,
    "overrides": OverrideRow,
    "exposures": ExposureRow,
    "checkins": CheckinRow,
}


class Store(
    PeopleMixin,
    AttemptsMixin,
    WellbeingMixin,
    ExamsMixin,
    RevocationsMixin,
    CalibrationMixin,
    DisputesMixin,
):
    """People, attempts, events, results, overrides and wellbeing records."""

    def schema(self) -> SchemaState:
        try:
            with self.engine.connect() as conn:
                return schema_state(conn)
        except DBAPIError as exc:
            raise explain(exc, self.engine.url) from exc

    def counts(self) -> dict[str, int]:
        """How many rows each kind of record has."""
        with self._read() as db:
            return {
                name: int(db.scalar(select(func.count()).select_from(model)) or 0)
                for name, model in COUNTED.items()
            }

    def chain_length(self) -> int:
        """How many rows the hash chain says it holds."""
        with self._read() as db:
            head = db.get(ChainHeadRow, chain.HEAD_ID)
        return head.seq if head is not None else 0

    def seal_summary(self) -> dict[str, int]:
        """signing_from, signed_results, results_before_signing (see ``seals.summary``)."""
        with self._read() as db:
            return seals.summary(db)

    def audit(self, trusted: Sequence[PublicKey] | None = None) -> list[AuditProblem]:
        """Check the hash chain over attempts, events, results, overrides, exposures, names
        and revocations; each result's seal signature against the ``trusted`` keys
        (default: the installation key, if this computer has one); each person's name
        against the names recorded by the store."""
        if trusted is None:
            from simulator.signing import existing_key

            local = existing_key()
            trusted = [local.public] if local is not None else []
        with self._read() as db:
            problems = chain.audit(db)
            if len(problems) < chain.MAX_PROBLEMS:
                problems += seals.audit_seals(db, trusted)
            if len(problems) < chain.MAX_PROBLEMS:
                problems += seals.audit_names(db)
        return problems[: chain.MAX_PROBLEMS]

    def cohort_summary(
        self, cohort_id: int, *, trainees_only: bool = True, viewer: object | None = None
    ) -> CohortSummary:
        """Per trainee member (every member: ``trainees_only=False``) and in total:
        attempts, finished, passed, mean score (trainer view). An exam sitting counts once
        and its items not at all (they are no practice); passed and scores are the
        verdicts of record (trainers' overrides applied). For a ``viewer`` (the signed-in
        trainer), the attempts they grade blind in a calibration session not revealed yet
        are left out, so that no figure gives their verdicts away."""
        blind = sorted(self.calibration_blind_attempts(viewer)) if viewer is not None else []
        counted = and_(
            AttemptRow.person_id == PersonRow.id,
            or_(AttemptRow.mode != "exam", AttemptRow.scenario_id.startswith(SITTING_PREFIX)),
            AttemptRow.id.notin_(blind) if blind else true(),
        )
        finished = func.count(ResultRow.id)
        passed = func.sum(case((ResultRow.passed.is_(True), 1), else_=0).cast(Integer))
        members = (
            select(PersonRow.id)
            .join(CohortMemberRow, CohortMemberRow.person_id == PersonRow.id)
            .where(CohortMemberRow.cohort_id == cohort_id)
        )
        if trainees_only:
            members = members.where(PersonRow.role == "trainee")
        stmt = (
            select(
                PersonRow.id,
                PersonRow.name,
                PersonRow.display_name,
                func.count(AttemptRow.id),
                finished,
                passed,
                func.avg(ResultRow.score),
                func.max(AttemptRow.started_at),
            )
            .outerjoin(AttemptRow, counted)
            .outerjoin(ResultRow, ResultRow.attempt_id == AttemptRow.id)
            .where(PersonRow.id.in_(members))
            .group_by(PersonRow.id, PersonRow.name, PersonRow.display_name)
            .order_by(PersonRow.name)
        )
        with self._read() as db:
            cohort = db.get(CohortRow, cohort_id)
            if cohort is None:
                raise StoreError(f"cohort {cohort_id}", "no such cohort")
            rows = db.execute(stmt).all()
            ids = select(AttemptRow.id).where(
                AttemptRow.person_id.in_(members),
                or_(AttemptRow.mode != "exam", AttemptRow.scenario_id.startswith(SITTING_PREFIX)),
                AttemptRow.id.notin_(blind) if blind else true(),
            )
            finals = final_verdicts(db, among=ids)
            owners = {
                aid: (pid, score, ok)
                for aid, pid, score, ok in db.execute(
                    select(AttemptRow.id, AttemptRow.person_id, ResultRow.score, ResultRow.passed)
                    .join(ResultRow, ResultRow.attempt_id == AttemptRow.id)
                    .where(AttemptRow.id.in_(list(finals) or [-1]))
                )
            }
        # The verdicts of record in place of the automatic ones of overridden attempts.
        delta_passed: dict[int, int] = {}
        delta_score: dict[int, float] = {}
        for aid, (pid, score, ok) in owners.items():
            final = finals[aid]
            delta_passed[pid] = delta_passed.get(pid, 0) + int(bool(final.passed)) - int(bool(ok))
            if score is not None and final.score is not None:
                delta_score[pid] = delta_score.get(pid, 0.0) + final.score - float(score)
        adjusted = [
            (
                pid,
                name,
                display,
                n,
                f,
                (p or 0) + delta_passed.get(pid, 0),
                mean if mean is None or not f else float(mean) + delta_score.get(pid, 0.0) / f,
                last,
            )
            for pid, name, display, n, f, p, mean, last in rows
        ]
        people = tuple(
            PersonSummary(
                person_id=pid,
                name=name,
                display_name=display,
                attempts=int(n),
                finished=int(f),
                passed=int(p or 0),
                mean_score=None if mean is None else round(float(mean), 2),
                last_started_at=last,
            )
            for pid, name, display, n, f, p, mean, last in adjusted
        )
        scores = [(p.mean_score, p.finished) for p in people if p.mean_score is not None]
        weight = sum(f for _, f in scores)
        return CohortSummary(
            cohort_id=cohort_id,
            name=cohort.name,
            members=len(people),
            attempts=sum(p.attempts for p in people),
            finished=sum(p.finished for p in people),
            passed=sum(p.passed for p in people),
            mean_score=round(sum(m * f for m, f in scores) / weight, 2) if weight else None,
            people=people,
        )


def open_store(
    url: str | None = None,
    *,
    migrate: bool = True,
    now: DateClock | None = None,
    read_only: bool = False,
    key: SigningKey | None = None,
) -> Store:
    """Open the store at ``url`` (default ``database_url()``), creating and migrating it.

    With ``migrate=False`` an out-of-date schema is an error (``simulator db upgrade``).
    A database written by a newer Frontline is always an error, never touched.
    ``read_only``: open an existing store without creating or changing anything (its
    schema must be current); any write is refused by the database itself.
    """
    if read_only:
        migrate = False
    engine = make_engine(url, read_only=read_only)
    try:
        with engine.connect() as conn:
            state = schema_state(conn)
        if not state.is_current:
            if not migrate:
                raise StoreError(
                    hide_password(engine.url),
                    f"the schema is at revision {state.current or 'none'}, this Frontline "
                    f"needs {state.head}; run `simulator db upgrade`",
                )
            upgrade(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise explain(exc, engine.url) from exc
    except StoreError:
        engine.dispose()
        raise
    return Store(engine, now=now, key=key)
