"""Blind calibration sessions: the lead (an admin) picks attempts and trainers; each
trainer grades every criterion of every attempt without seeing the automatic verdict or
anyone else's grades; once all have submitted, the reveal.

Blindness is kept here, not by the screens: ``calibration_blind`` gives a trainer the
transcripts and the criteria's names only, and ``calibration_results`` refuses anyone,
the lead included, until every trainer of the session has submitted. Sessions and
submissions are append-only and chained (a submission is made once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

from simulator.access import AccessError, Action, require
from simulator.calibration.reveal import SessionSummary, reveal, summary
from simulator.errors import StoreError
from simulator.store import chain
from simulator.store.base import StoreBase
from simulator.store.models import (
    AttemptRow,
    CalibrationSessionRow,
    CalibrationSubmissionRow,
    EventRow,
    PersonRow,
    ResultRow,
)
from simulator.store.records import (
    BlindItem,
    BlindSession,
    CalibrationResults,
    CalibrationSession,
)

MAX_TITLE = 200
MAX_ATTEMPTS = 50
BLIND_CRITERION_KEYS = ("id", "title", "weight", "critical")


def _session(row: CalibrationSessionRow, submitted: tuple[int, ...]) -> CalibrationSession:
    return CalibrationSession(
        id=row.id,
        title=row.title,
        lead_id=row.lead_id,
        attempt_ids=tuple(int(a) for a in row.attempt_ids),
        trainer_ids=tuple(int(t) for t in row.trainer_ids),
        created_at=row.created_at,
        submitted=submitted,
    )


def accepted_actions(db: DbSession, attempt_id: int, metrics: Mapping[str, Any] | None) -> list:
    """The attempt's accepted tool actions: kept in its result's metrics, or (results
    stored before they were) its ``act`` events, as ``AttemptResult.from_store`` does."""
    kept = (metrics or {}).get("actions")
    if kept is not None:
        return [dict(a) for a in kept]
    rows = db.execute(
        select(EventRow.at_s, EventRow.data)
        .where(EventRow.attempt_id == attempt_id, EventRow.kind == "act")
        .order_by(EventRow.seq)
    ).all()
    return [
        {"at_s": at_s, "type": d.get("type"), "value": d.get("value"), "thread": d.get("thread")}
        for at_s, d in rows
    ]


def _criteria(grade: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [dict(c) for c in grade.get("criteria") or () if isinstance(c, Mapping) and c.get("id")]


def _submitted(db: DbSession, session_ids: list[int]) -> dict[int, tuple[int, ...]]:
    """Who submitted, per session, in the order they did."""
    if not session_ids:
        return {}
    out: dict[int, list[int]] = {}
    for sid, tid in db.execute(
        select(CalibrationSubmissionRow.session_id, CalibrationSubmissionRow.trainer_id)
        .where(CalibrationSubmissionRow.session_id.in_(session_ids))
        .order_by(CalibrationSubmissionRow.id)
    ):
        out.setdefault(sid, []).append(tid)
    return {k: tuple(v) for k, v in out.items()}


def blind_attempts(db: DbSession, person_id: int) -> frozenset[int]:
    """The attempts ``person_id`` grades in calibration sessions not revealed yet (the
    disputes keep to it too: no verdict of these reaches that trainer until the reveal)."""
    rows = db.scalars(select(CalibrationSessionRow)).all()
    mine = [r for r in rows if person_id in r.trainer_ids]
    done = _submitted(db, [r.id for r in mine])
    return frozenset(
        int(a)
        for r in mine
        if not set(r.trainer_ids) <= set(done.get(r.id, ()))
        for a in r.attempt_ids
    )


class CalibrationMixin(StoreBase):
    def start_calibration(
        self,
        requester: object,
        *,
        title: str,
        attempt_ids: list[int],
        trainer_ids: list[int],
        at: dt.datetime | None = None,
    ) -> CalibrationSession:
        """The lead (an admin) starts a session over finished attempts with two or more
        trainers (or admins), none of whom owns one of the attempts."""
        lead = self.signed_in(requester)
        require(lead, Action.RUN_CALIBRATION)
        name = title.strip()
        if not 1 <= len(name) <= MAX_TITLE:
            raise StoreError("calibration", f"a session needs a title (1-{MAX_TITLE} characters)")
        attempts = list(dict.fromkeys(int(a) for a in attempt_ids))
        trainers = list(dict.fromkeys(int(t) for t in trainer_ids))
        if not 1 <= len(attempts) <= MAX_ATTEMPTS:
            raise StoreError("calibration", f"choose 1 to {MAX_ATTEMPTS} finished attempts")
        if len(trainers) < 2:
            raise StoreError("calibration", "choose at least two trainers")
        row = CalibrationSessionRow(
            title=name,
            lead_id=lead.id,
            attempt_ids=attempts,
            trainer_ids=trainers,
            created_at=self._at(at),
        )
        with self._write() as db:
            owners: dict[int, int] = {}
            for aid in attempts:
                attempt = db.get(AttemptRow, aid)
                if attempt is None:
                    raise StoreError(f"attempt {aid}", "no such attempt")
                grade = db.scalar(select(ResultRow.grade).where(ResultRow.attempt_id == aid))
                if grade is None:
                    raise StoreError(f"attempt {aid}", "is not finished; it cannot be calibrated")
                if not _criteria(grade):
                    raise StoreError(f"attempt {aid}", "has no criteria to grade")
                owners[aid] = attempt.person_id
            for tid in trainers:
                person = db.get(PersonRow, tid)
                if person is None or person.role not in ("trainer", "admin"):
                    raise StoreError(f"person {tid}", "only trainers and admins calibrate")
                if tid in owners.values():
                    raise StoreError(person.name, "cannot grade their own attempt")
            chain.append(db, row)
        return _session(row, ())

    def calibration_sessions(self, requester: object) -> list[CalibrationSession]:
        """The sessions the requester may see, newest first: every one for an admin,
        a trainer's own (those they grade in)."""
        person = self.signed_in(requester)
        require(person, Action.GRADE_CALIBRATION)
        with self._read() as db:
            rows = db.scalars(
                select(CalibrationSessionRow).order_by(CalibrationSessionRow.id.desc())
            ).all()
            done = self._submitted(db, [r.id for r in rows])
        return [
            _session(r, done.get(r.id, ()))
            for r in rows
            if person.role == "admin" or person.id in r.trainer_ids
        ]

    def calibration_blind(self, requester: object, session_id: int) -> BlindSession:
        """What a trainer of the session grades from: transcripts, actions and the
        criteria's names; never a verdict, a score, evidence or anyone's grades (their
        own only, once submitted)."""
        person = self.signed_in(requester)
        require(person, Action.GRADE_CALIBRATION)
        with self._read() as db:
            row = self._session_row(db, session_id)
            if person.id not in row.trainer_ids:
                raise AccessError(
                    f"calibration session {session_id}",
                    f"{person.name} is not one of its trainers",
                )
            submitted = self._submitted(db, [row.id]).get(row.id, ())
            items = []
            for aid in row.attempt_ids:
                attempt = db.get(AttemptRow, aid)
                result = db.scalar(select(ResultRow).where(ResultRow.attempt_id == aid))
                assert attempt is not None and result is not None
                items.append(
                    BlindItem(
                        attempt_id=aid,
                        scenario_id=attempt.scenario_id,
                        transcript=tuple(dict(m) for m in result.transcript or ()),
                        actions=tuple(accepted_actions(db, aid, result.metrics)),
                        criteria=tuple(
                            {k: c[k] for k in BLIND_CRITERION_KEYS if k in c}
                            for c in _criteria(result.grade)
                        ),
                    )
                )
            mine = db.scalar(
                select(CalibrationSubmissionRow.grades).where(
                    CalibrationSubmissionRow.session_id == session_id,
                    CalibrationSubmissionRow.trainer_id == person.id,
                )
            )
        own = None
        if mine is not None:
            own = {int(a): {str(c): bool(v) for c, v in g.items()} for a, g in mine.items()}
        return BlindSession(_session(row, submitted), tuple(items), own)

    def submit_calibration(
        self,
        requester: object,
        session_id: int,
        grades: Mapping[int, Mapping[str, bool]],
        *,
        at: dt.datetime | None = None,
    ) -> CalibrationSession:
        """A trainer's grades (met: True, missed: False) of every criterion of every
        attempt of the session; once, for good."""
        person = self.signed_in(requester)
        require(person, Action.GRADE_CALIBRATION)
        where = f"calibration session {session_id}"
        when = self._at(at)
        try:
            with self._write() as db:
                row = self._session_row(db, session_id)
                if person.id not in row.trainer_ids:
                    raise AccessError(where, f"{person.name} is not one of its trainers")
                plain: dict[str, dict[str, bool]] = {}
                for aid in row.attempt_ids:
                    grade = db.scalar(select(ResultRow.grade).where(ResultRow.attempt_id == aid))
                    wanted = [str(c["id"]) for c in _criteria(grade or {})]
                    given = dict(grades.get(aid) or {})
                    missing = [c for c in wanted if c not in given]
                    if missing:
                        raise StoreError(where, f"attempt {aid}: grade {missing[0]} too")
                    extra = [c for c in given if c not in wanted]
                    if extra:
                        raise StoreError(where, f"attempt {aid} has no criterion {extra[0]}")
                    if any(not isinstance(given[c], bool) for c in wanted):
                        raise StoreError(where, "each criterion is met (true) or missed (false)")
                    plain[str(aid)] = {c: given[c] for c in wanted}
                extra_attempts = [a for a in grades if int(a) not in row.attempt_ids]
                if extra_attempts:
                    raise StoreError(where, f"attempt {extra_attempts[0]} is not in the session")
                if self._submitted(db, [row.id]).get(row.id, ()).count(person.id):
                    raise StoreError(where, f"{person.name} has already submitted")
                chain.append(
                    db,
                    CalibrationSubmissionRow(
                        session_id=row.id, trainer_id=person.id, grades=plain, at=when
                    ),
                )
                submitted = self._submitted(db, [row.id]).get(row.id, ())
        except IntegrityError as exc:  # the same trainer, submitting twice at once
            raise StoreError(where, f"{person.name} has already submitted") from exc
        return _session(row, submitted)

    def calibration_results(self, requester: object, session_id: int) -> CalibrationResults:
        """The reveal, for the lead, an admin or a trainer of the session, and only once
        every trainer has submitted; until then a StoreError says who is still to."""
        person = self.signed_in(requester)
        require(person, Action.GRADE_CALIBRATION)
        where = f"calibration session {session_id}"
        with self._read() as db:
            row = self._session_row(db, session_id)
            if person.role != "admin" and person.id not in row.trainer_ids:
                raise AccessError(where, f"{person.name} is not one of its trainers")
            return self._results(db, row)

    def calibration_comparison(self, requester: object) -> list[SessionSummary]:
        """One row per revealed session the requester may see, oldest first."""
        sessions = [s for s in self.calibration_sessions(requester) if s.complete]
        out = []
        with self._read() as db:
            for s in reversed(sessions):
                row = self._session_row(db, s.id)
                results = self._results(db, row)
                out.append(
                    summary(
                        results.reveal,
                        title=row.title,
                        created_at=row.created_at,
                        attempts=len(row.attempt_ids),
                    )
                )
        return out

    def calibration_blind_attempts(self, requester: object) -> frozenset[int]:
        """The attempts the requester grades in sessions not revealed yet: until the
        reveal, the trainer screens show them no verdict or score of these."""
        person = self.signed_in(requester)
        with self._read() as db:
            return blind_attempts(db, person.id)

    def calibration_blind_to(self, requester: object, attempt_id: int) -> bool:
        """Whether the requester grades ``attempt_id`` in a session not revealed yet (the
        trainer's review then must not show them its verdict)."""
        return attempt_id in self.calibration_blind_attempts(requester)

    # -- helpers ------------------------------------------------------------------
    def _session_row(self, db: DbSession, session_id: int) -> CalibrationSessionRow:
        row = db.get(CalibrationSessionRow, session_id) if 0 < session_id < 2**31 else None
        if row is None:
            raise StoreError(f"calibration session {session_id}", "no such session")
        return row

    def _submitted(self, db: DbSession, session_ids: list[int]) -> dict[int, tuple[int, ...]]:
        return _submitted(db, session_ids)

    def _results(self, db: DbSession, row: CalibrationSessionRow) -> CalibrationResults:
        submitted = self._submitted(db, [row.id]).get(row.id, ())
        session = _session(row, submitted)
        if not session.complete:
            raise StoreError(
                f"calibration session {row.id}",
                f"the results are revealed when every trainer has submitted "
                f"({len(session.waiting_for)} of {len(row.trainer_ids)} still to)",
            )
        items: list[tuple[int, str]] = []
        automatic: dict[tuple[int, str], bool | None] = {}
        titles: dict[str, str] = {}
        for aid in row.attempt_ids:
            grade = db.scalar(select(ResultRow.grade).where(ResultRow.attempt_id == aid)) or {}
            for c in _criteria(grade):
                key = (aid, str(c["id"]))
                items.append(key)
                automatic[key] = bool(c.get("passed")) if c.get("applicable", True) else None
                title = c.get("title")
                titles.setdefault(key[1], str(title) if title else key[1])
        grades: dict[int, dict[tuple[int, str], bool]] = {}
        for tid, given in db.execute(
            select(CalibrationSubmissionRow.trainer_id, CalibrationSubmissionRow.grades).where(
                CalibrationSubmissionRow.session_id == row.id
            )
        ):
            grades[tid] = {
                (int(a), str(c)): bool(v) for a, g in dict(given).items() for c, v in g.items()
            }
        names = {
            pid: shown
            for pid, shown in db.execute(
                select(PersonRow.id, PersonRow.display_name).where(
                    PersonRow.id.in_(row.trainer_ids)
                )
            )
        }
        result = reveal(row.id, items, automatic, grades, names=names, titles=titles)
        return CalibrationResults(session, result, automatic, grades, names, titles)
