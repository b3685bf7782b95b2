"""Attempts, their events as they happen, their results and trainers' overrides.

All of these are append-only: the API offers no way to change or delete them, and the
database refuses it too (triggers, see the first migration). Each row is sealed in the
hash chain (``simulator.store.chain``) in the transaction that writes it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

from simulator.errors import StoreError
from simulator.grading.verdict import FinalVerdict, disputed_overrides, final_verdict
from simulator.store import chain, seals
from simulator.store.base import MAX_ROW_ID, StoreBase
from simulator.store.models import (
    MODES,
    AttemptRow,
    EventRow,
    OverrideResolutionRow,
    OverrideRow,
    PersonRow,
    ResultRow,
)
from simulator.store.records import Attempt, Override, OverrideResolution, Result, StoredEvent

if TYPE_CHECKING:
    from simulator.store.eventlog import Unsure

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


def to_attempt(row: AttemptRow, result: ResultRow | None = None) -> Attempt:
    return Attempt(
        id=row.id,
        person_id=row.person_id,
        scenario_id=row.scenario_id,
        scenario_sha256=row.scenario_sha256,
        sop_id=row.sop_id,
        sop_version=row.sop_version,
        seed=row.seed,
        mode=row.mode,
        started_at=row.started_at,
        ended_at=result.ended_at if result else None,
        score=result.score if result else None,
        passed=result.passed if result else None,
    )


def _json_value(value: Any, what: str) -> Any:
    """``value`` as it will read back from the database (JSON types only)."""
    try:
        return json.loads(json.dumps(value, allow_nan=False))
    except (TypeError, ValueError) as exc:
        raise StoreError(what, f"cannot be stored as JSON ({exc})") from exc


def _json_object(value: Any, what: str) -> dict[str, Any]:
    plain = _json_value(value, what)
    if not isinstance(plain, dict):
        raise StoreError(what, "must be a JSON object")
    return plain


def _to_override(row: OverrideRow) -> Override:
    return Override(
        id=row.id,
        attempt_id=row.attempt_id,
        trainer_id=row.trainer_id,
        at=row.at,
        passed=row.passed,
        score=row.score,
        criterion_id=row.criterion_id,
        reason=row.reason,
    )


def _to_resolution(row: OverrideResolutionRow) -> OverrideResolution:
    return OverrideResolution(
        id=row.id,
        attempt_id=row.attempt_id,
        criterion_id=row.criterion_id,
        resolver_id=row.resolver_id,
        passed=row.passed,
        last_override_id=row.last_override_id,
        reason=row.reason,
        at=row.at,
    )


def final_verdicts(
    db: DbSession, attempt_ids: Iterable[int] | None = None, *, among: Any = None
) -> dict[int, FinalVerdict]:
    """The verdicts of record of those of ``attempt_ids`` (or of the attempt ids the
    ``among`` select gives) that have overrides; the others' verdict of record is their
    automatic one."""
    stmt = select(OverrideRow).order_by(OverrideRow.id)
    if attempt_ids is not None:
        ids = sorted(set(attempt_ids))
        if not ids:
            return {}
        stmt = stmt.where(OverrideRow.attempt_id.in_(ids))
    if among is not None:
        stmt = stmt.where(OverrideRow.attempt_id.in_(among))
    overrides: dict[int, list[Override]] = {}
    for row in db.scalars(stmt):
        overrides.setdefault(row.attempt_id, []).append(_to_override(row))
    if not overrides:
        return {}
    resolutions: dict[int, list[OverrideResolution]] = {}
    for r in db.scalars(
        select(OverrideResolutionRow)
        .where(OverrideResolutionRow.attempt_id.in_(overrides))
        .order_by(OverrideResolutionRow.id)
    ):
        resolutions.setdefault(r.attempt_id, []).append(_to_resolution(r))
    grades = db.execute(
        select(ResultRow.attempt_id, ResultRow.grade).where(ResultRow.attempt_id.in_(overrides))
    ).all()
    return {
        aid: final_verdict(dict(grade), overrides[aid], resolutions.get(aid, ()))
        for aid, grade in grades
    }


def with_verdict(attempt: Attempt, final: FinalVerdict | None) -> Attempt:
    """``attempt`` with its verdict of record in place of the automatic one."""
    if final is None or attempt.ended_at is None:
        return attempt
    return dataclasses.replace(
        attempt, score=final.score, passed=final.passed, verdict=final.status
    )


def insert_override(
    db: DbSession,
    attempt_id: int,
    trainer_id: int,
    passed: bool,
    reason: str,
    score: float | None,
    criterion_id: str | None,
    at: dt.datetime,
) -> OverrideRow:
    """The one path by which an override is written (``add_override``, an overturned
    dispute), inside the caller's write transaction."""
    if not reason.strip():
        raise StoreError(f"attempt {attempt_id}", "an override needs a reason")
    if score is not None and not 0 <= score <= 100:
        raise StoreError(f"attempt {attempt_id}", "an override's score is from 0 to 100")
    trainer = db.get(PersonRow, trainer_id)
    if trainer is None or trainer.role not in ("trainer", "admin"):
        raise StoreError(f"person {trainer_id}", "only a trainer or admin may override")
    attempt = db.get(AttemptRow, attempt_id)
    if attempt is None:
        raise StoreError(f"attempt {attempt_id}", "no such attempt")
    if attempt.person_id == trainer_id:
        raise StoreError(f"attempt {attempt_id}", "nobody may override their own attempt")
    if db.scalar(select(ResultRow.id).where(ResultRow.attempt_id == attempt_id)) is None:
        raise StoreError(f"attempt {attempt_id}", "is not finished; nothing to override")
    row = OverrideRow(
        attempt_id=attempt_id,
        trainer_id=trainer_id,
        at=at,
        passed=passed,
        score=score,
        criterion_id=criterion_id,
        reason=reason.strip(),
    )
    chain.append(db, row)
    return row


class AttemptsMixin(StoreBase):
    def start_attempt(
        self,
        person_id: int,
        *,
        scenario_id: str,
        scenario_sha256: str,
        sop_id: str,
        sop_version: int,
        seed: int,
        mode: str = "practice",
        started_at: dt.datetime,
    ) -> Attempt:
        """Record that ``person_id`` starts a scenario (``started_at``: the wall clock)."""
        if mode not in MODES:
            raise StoreError("attempt", f"mode must be practice or exam, not {mode!r}")
        if not SHA256_RE.match(scenario_sha256):
            raise StoreError("attempt", "scenario_sha256 must be 64 lowercase hex digits")
        row = AttemptRow(
            person_id=person_id,
            scenario_id=scenario_id,
            scenario_sha256=scenario_sha256,
            sop_id=sop_id,
            sop_version=int(sop_version),
            seed=int(seed),
            mode=mode,
            started_at=self._at(started_at),
        )
        try:
            with self._write() as db:
                chain.append(db, row)
        except IntegrityError as exc:
            raise StoreError(f"person {person_id}", "no such person") from exc
        if self._events is not None:
            self._events.remember(row.id, 0, str(row.chain_hash))
        return to_attempt(row)

    def save_event(self, attempt_id: int, event: Mapping[str, Any]) -> StoredEvent:
        """Commit one session input or delivery now: a mapping with ``kind`` and ``at_s``
        (session seconds) and any other JSON-able keys, e.g. an engine ``inputs`` entry."""
        kind = event.get("kind")
        at_s = event.get("at_s")
        if not isinstance(kind, str) or not kind:
            raise StoreError(f"attempt {attempt_id}", "an event needs a 'kind'")
        if not isinstance(at_s, int | float) or not math.isfinite(at_s) or at_s < 0:
            raise StoreError(f"attempt {attempt_id}", "an event needs 'at_s' >= 0 (seconds)")
        data = _json_object({k: v for k, v in event.items() if k not in ("kind", "at_s")}, kind)
        seconds = float(at_s) + 0.0  # -0.0 is >= 0, and SQLite would store it as 0.0
        unsure: Unsure | None = None
        if self._events is not None:  # PostgreSQL: one round trip when the last link is known
            saved = self._events.append(attempt_id, seconds, kind, data)
            if isinstance(saved, StoredEvent):
                return saved
            unsure = saved
        with self._write_sql() as conn:
            finished, last, previous = self._lock_attempt(conn, attempt_id)
            if unsure is not None and (last, previous) == (unsure.seq, unsure.chain_hash):
                # The fast path's connection broke after the server committed the event.
                stored = StoredEvent(attempt_id, last, seconds, kind, data)
            else:
                _refuse_finished(attempt_id, finished)
                row = EventRow(
                    attempt_id=attempt_id, seq=last + 1, at_s=seconds, kind=kind, data=data
                )
                chain.append_event(conn, row, previous)
                stored = StoredEvent(attempt_id, row.seq, row.at_s, row.kind, row.data)
                last, previous = row.seq, str(row.chain_hash)
        if self._events is not None:
            self._events.remember(attempt_id, last, previous)
        return stored

    def events_for(self, attempt_id: int) -> list[StoredEvent]:
        """The attempt's events in the order they happened."""
        with self._read() as db:
            rows = db.scalars(
                select(EventRow).where(EventRow.attempt_id == attempt_id).order_by(EventRow.seq)
            ).all()
        return [StoredEvent(r.attempt_id, r.seq, r.at_s, r.kind, dict(r.data)) for r in rows]

    def finish_attempt(
        self,
        attempt_id: int,
        grade_json: Mapping[str, Any],
        transcript_json: Any,
        metrics_json: Mapping[str, Any],
        *,
        ended_at: dt.datetime,
    ) -> Result:
        """Store the attempt's automatic result; an attempt is finished once, for good."""
        grade = _json_object(grade_json, "grade")
        score = grade.get("score")
        passed = grade.get("passed")
        row = ResultRow(
            attempt_id=attempt_id,
            ended_at=self._at(ended_at),
            score=float(score) if isinstance(score, int | float) else None,
            passed=bool(passed) if isinstance(passed, bool) else None,
            grade=grade,
            transcript=_json_value(transcript_json, "transcript"),
            metrics=_json_object(metrics_json, "metrics"),
        )
        key = self.signing_key()  # before the transaction: it may create the key file
        with self._write() as db:
            last, previous = self._open_attempt(db.connection(), attempt_id)
            row.events_count, row.events_hash = last, previous if last else None
            chain.append(db, row)
            seals.sign_result(db, row, key, self.now())
        if self._events is not None:
            self._events.forget(attempt_id)
        return to_result(row)

    def attempt(self, attempt_id: int) -> Attempt:
        if not 1 <= attempt_id <= MAX_ROW_ID:
            raise StoreError(f"attempt {attempt_id}", "no such attempt")
        with self._read() as db:
            row = db.get(AttemptRow, attempt_id)
            if row is None:
                raise StoreError(f"attempt {attempt_id}", "no such attempt")
            result = db.scalar(select(ResultRow).where(ResultRow.attempt_id == attempt_id))
            final = final_verdicts(db, [attempt_id]).get(attempt_id)
        return with_verdict(to_attempt(row, result), final)

    def attempts_for(self, person_id: int) -> list[Attempt]:
        """A person's attempts, oldest first, finished or not, each with its verdict of
        record (trainers' overrides applied, see ``simulator.grading.verdict``)."""
        stmt = (
            select(AttemptRow, ResultRow)
            .outerjoin(ResultRow, ResultRow.attempt_id == AttemptRow.id)
            .where(AttemptRow.person_id == person_id)
            .order_by(AttemptRow.id)
        )
        with self._read() as db:
            rows = db.execute(stmt).all()
            finals = final_verdicts(
                db, among=select(AttemptRow.id).where(AttemptRow.person_id == person_id)
            )
        return [with_verdict(to_attempt(a, r), finals.get(a.id)) for a, r in rows]

    def unfinished_attempts(self, person_id: int) -> list[Attempt]:
        """Attempts started and never finished (after a crash): candidates to resume."""
        return [a for a in self.attempts_for(person_id) if not a.finished]

    def result_for(self, attempt_id: int) -> Result | None:
        with self._read() as db:
            row = db.scalar(select(ResultRow).where(ResultRow.attempt_id == attempt_id))
        return to_result(row) if row is not None else None

    def add_override(
        self,
        attempt_id: int,
        trainer_id: int,
        *,
        passed: bool,
        reason: str,
        score: float | None = None,
        criterion_id: str | None = None,
        at: dt.datetime | None = None,
    ) -> Override:
        """A trainer's verdict on a finished attempt, kept beside the automatic one."""
        when = self._at(at)
        with self._write() as db:
            row = insert_override(
                db, attempt_id, trainer_id, passed, reason, score, criterion_id, when
            )
        return _to_override(row)

    def resolve_overrides(
        self,
        attempt_id: int,
        resolver_id: int,
        *,
        passed: bool,
        reason: str,
        criterion_id: str | None = None,
        at: dt.datetime | None = None,
    ) -> OverrideResolution:
        """An admin settles trainers' conflicting overrides of one target (a criterion, or
        the verdict: None) with a verdict and a reason; kept beside them, append-only."""
        where = f"attempt {attempt_id}"
        if not reason.strip():
            raise StoreError(where, "a resolution needs a reason")
        with self._write() as db:
            resolver = db.get(PersonRow, resolver_id)
            if resolver is None or resolver.role != "admin":
                raise StoreError(f"person {resolver_id}", "only a lead or admin may resolve")
            attempt = db.get(AttemptRow, attempt_id)
            if attempt is None:
                raise StoreError(where, "no such attempt")
            if attempt.person_id == resolver_id:
                raise StoreError(where, "nobody may resolve overrides of their own attempt")
            overrides = [
                _to_override(r)
                for r in db.scalars(
                    select(OverrideRow)
                    .where(OverrideRow.attempt_id == attempt_id)
                    .order_by(OverrideRow.id)
                )
            ]
            earlier = [
                _to_resolution(r)
                for r in db.scalars(
                    select(OverrideResolutionRow)
                    .where(OverrideResolutionRow.attempt_id == attempt_id)
                    .order_by(OverrideResolutionRow.id)
                )
            ]
            disputed = disputed_overrides(overrides, earlier)
            if criterion_id not in disputed:
                what = "the verdict" if criterion_id is None else f"criterion {criterion_id}"
                raise StoreError(where, f"the overrides of {what} do not conflict")
            row = OverrideResolutionRow(
                attempt_id=attempt_id,
                criterion_id=criterion_id,
                resolver_id=resolver_id,
                passed=passed,
                last_override_id=disputed[criterion_id],
                reason=reason.strip(),
                at=self._at(at),
            )
            chain.append(db, row)
        return _to_resolution(row)

    def resolutions_for(self, attempt_id: int) -> list[OverrideResolution]:
        with self._read() as db:
            rows = db.scalars(
                select(OverrideResolutionRow)
                .where(OverrideResolutionRow.attempt_id == attempt_id)
                .order_by(OverrideResolutionRow.id)
            ).all()
        return [_to_resolution(r) for r in rows]

    def final_verdict(self, attempt_id: int) -> FinalVerdict:
        """The finished attempt's verdict of record beside its automatic one."""
        with self._read() as db:
            grade = db.scalar(select(ResultRow.grade).where(ResultRow.attempt_id == attempt_id))
            if grade is None:
                raise StoreError(f"attempt {attempt_id}", "is not finished; it has no verdict")
            found = final_verdicts(db, [attempt_id]).get(attempt_id)
        return found if found is not None else final_verdict(dict(grade))

    def overrides_for(self, attempt_id: int) -> list[Override]:
        with self._read() as db:
            rows = db.scalars(
                select(OverrideRow)
                .where(OverrideRow.attempt_id == attempt_id)
                .order_by(OverrideRow.id)
            ).all()
        return [_to_override(r) for r in rows]

    def _open_attempt(self, db: Connection, attempt_id: int) -> tuple[int, str]:
        """Lock an unfinished attempt (a StoreError if missing or finished); the number of
        its last event (0: none) and the hash the next event links to."""
        finished, last, previous = self._lock_attempt(db, attempt_id)
        _refuse_finished(attempt_id, finished)
        return last, previous

    def _lock_attempt(self, db: Connection, attempt_id: int) -> tuple[bool, int, str]:
        """Lock the attempt (a StoreError if missing); whether it is finished, the number
        of its last event (0: none) and the hash the next event links to.

        Two statements: on PostgreSQL a statement that waited for a lock still sees the
        database as it was when it started, so a read in the locking statement would miss
        the event (or result) the holder of the lock committed meanwhile."""
        found = db.execute(_LOCK_ATTEMPT, {"attempt_id": attempt_id}).one_or_none()
        if found is None:
            raise StoreError(f"attempt {attempt_id}", "no such attempt")
        (attempt_hash,) = found
        finished, last_seq, last_hash = db.execute(_ATTEMPT_STATE, {"attempt_id": attempt_id}).one()
        if last_seq:
            return bool(finished), int(last_seq), str(last_hash)
        return bool(finished), 0, str(attempt_hash)


def _refuse_finished(attempt_id: int, finished: bool) -> None:
    if finished:
        raise StoreError(
            f"attempt {attempt_id}", "is finished; a finished attempt is never changed"
        )


# Built once (this runs for every reply on SQLite). FOR UPDATE: one writer at a time
# per attempt; the PostgreSQL fast path (eventlog.py) takes FOR KEY SHARE, so it waits
# for the holder of this lock and this lock waits for it.
_LOCK_ATTEMPT = (
    select(AttemptRow.chain_hash).where(AttemptRow.id == bindparam("attempt_id")).with_for_update()
)
# Whether the attempt is finished, its last event's number and hash.
_LAST_EVENT = (
    select(EventRow.seq, EventRow.chain_hash)
    .where(EventRow.attempt_id == bindparam("attempt_id"))
    .order_by(EventRow.seq.desc())
    .limit(1)
)
_ATTEMPT_STATE = select(
    select(ResultRow.id).where(ResultRow.attempt_id == bindparam("attempt_id")).exists(),
    _LAST_EVENT.with_only_columns(EventRow.seq).scalar_subquery(),
    _LAST_EVENT.with_only_columns(EventRow.chain_hash).scalar_subquery(),
)


def to_result(row: ResultRow) -> Result:
    return Result(
        attempt_id=row.attempt_id,
        ended_at=row.ended_at,
        score=row.score,
        passed=row.passed,
        grade=dict(row.grade),
        transcript=row.transcript,
        metrics=dict(row.metrics),
    )
