"""Trainees' disputes of one criterion of a finished attempt, trainers' resolutions of
them (an overturn is an override, written by the same path as any other) and the
admin's dispute window. Append-only and chained; the rules are in
``simulator.grading.disputes`` and who may do what in ``simulator.access``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

from simulator.access import Action, require
from simulator.errors import StoreError
from simulator.grading import disputes as rules
from simulator.store import chain
from simulator.store.attempts import final_verdicts, insert_override
from simulator.store.base import StoreBase
from simulator.store.calibration import accepted_actions, blind_attempts
from simulator.store.models import (
    SITTING_PREFIX,
    AttemptRow,
    DisputeResolutionRow,
    DisputeRow,
    EventRow,
    PersonRow,
    PolicySettingRow,
    ResultRow,
)
from simulator.store.records import Dispute, DisputeResolution

WINDOW_KEY = "dispute_window_days"


def _resolution(row: DisputeResolutionRow) -> DisputeResolution:
    return DisputeResolution(
        id=row.id,
        dispute_id=row.dispute_id,
        trainer_id=row.trainer_id,
        outcome=row.outcome,
        reason=row.reason,
        override_id=row.override_id,
        at=row.at,
    )


def _dispute(
    row: DisputeRow, resolution: DisputeResolutionRow | None = None, scenario_id: str = ""
) -> Dispute:
    return Dispute(
        id=row.id,
        attempt_id=row.attempt_id,
        person_id=row.person_id,
        criterion_id=row.criterion_id,
        reason=row.reason,
        at=row.at,
        resolution=_resolution(resolution) if resolution is not None else None,
        scenario_id=scenario_id,
    )


def _reason(text: str, what: str) -> str:
    reason = text.strip()
    if not 1 <= len(reason) <= rules.MAX_REASON:
        raise StoreError(what, f"a reason is required (1-{rules.MAX_REASON} characters)")
    return reason


def _item_review(db: DbSession, item: AttemptRow) -> str:
    """The ``review`` level of the sitting an exam item belongs to, as its ``begin`` event
    kept it (sittings from before it was kept: the default, ``criteria``); an item no
    sitting of its trainee claims: ``score`` (shows nothing)."""
    sittings = db.scalars(
        select(AttemptRow.id)
        .where(
            AttemptRow.person_id == item.person_id,
            AttemptRow.scenario_id.startswith(SITTING_PREFIX),
            AttemptRow.id < item.id,
        )
        .order_by(AttemptRow.id.desc())
        .limit(5)
    ).all()
    for sitting_id in sittings:
        events = db.execute(
            select(EventRow.kind, EventRow.data)
            .where(EventRow.attempt_id == sitting_id, EventRow.kind.in_(("begin", "item-start")))
            .order_by(EventRow.seq)
        ).all()
        if any(k == "item-start" and d.get("attempt_id") == item.id for k, d in events):
            begin: dict[str, Any] = next((d for k, d in events if k == "begin"), {})
            return str(begin.get("review") or "criteria")
    return "score"


def _not_blind(db: DbSession, person_id: int, attempt_id: int, where: str) -> None:
    """Refuse a trainer who grades ``attempt_id`` blind in a calibration session."""
    if attempt_id in blind_attempts(db, person_id):
        raise StoreError(
            where,
            "you grade its attempt blind in a calibration session; it can be answered "
            "once the session's results are revealed",
        )


class DisputesMixin(StoreBase):
    def dispute_window_days(self) -> int:
        """How many days after an attempt ends its trainee may dispute it (the admin's
        latest setting; ``rules.DEFAULT_WINDOW_DAYS`` until one is made)."""
        with self._read() as db:
            return self._window(db)

    def set_dispute_window(self, requester: object, days: int) -> int:
        """An admin sets the dispute window (0: no new disputes); kept with the earlier
        settings (append-only)."""
        person = self.signed_in(requester)
        require(person, Action.SET_DISPUTE_WINDOW)
        try:
            value = rules.check_window_days(days)
        except ValueError as exc:
            raise StoreError("dispute window", str(exc)) from exc
        with self._write() as db:
            chain.append(
                db, PolicySettingRow(key=WINDOW_KEY, value=value, set_by=person.id, at=self.now())
            )
        return value

    def dispute(
        self, requester: object, attempt_id: int, criterion_id: str, reason: str
    ) -> Dispute:
        """The trainee disputes one criterion of their own finished attempt, with a
        reason, while its window is open (by the store's clock); once per criterion."""
        person = self.signed_in(requester)
        where = f"attempt {attempt_id}"
        text = _reason(reason, where)
        now = self.now()
        try:
            with self._write() as db:
                attempt = db.get(AttemptRow, attempt_id) if 0 < attempt_id < 2**31 else None
                if attempt is None:
                    raise StoreError(where, "no such attempt")
                require(person, Action.DISPUTE_CRITERION, subject_id=attempt.person_id)
                result = db.scalar(select(ResultRow).where(ResultRow.attempt_id == attempt_id))
                if result is None:
                    raise StoreError(where, "is not finished; there is nothing to dispute yet")
                if rules.criterion_passed(result.grade, criterion_id) is None or (
                    attempt.mode == "exam"
                    and not attempt.scenario_id.startswith(SITTING_PREFIX)
                    and _item_review(db, attempt) not in rules.CRITERIA_SHOWN
                ):
                    raise StoreError(where, f"has no criterion {criterion_id!r}")
                days = self._window(db)
                if not rules.window_open(result.ended_at, now, days):
                    closes = rules.window_closes(result.ended_at, days)
                    raise StoreError(
                        where,
                        f"the dispute window closed on {closes:%Y-%m-%d %H:%M} UTC "
                        f"({days} days after the attempt ended)",
                    )
                if db.scalar(
                    select(DisputeRow.id).where(
                        DisputeRow.attempt_id == attempt_id,
                        DisputeRow.criterion_id == criterion_id,
                    )
                ):
                    raise StoreError(where, f"criterion {criterion_id!r} is already disputed")
                row = DisputeRow(
                    attempt_id=attempt_id,
                    person_id=person.id,
                    criterion_id=criterion_id,
                    reason=text,
                    at=now,
                )
                chain.append(db, row)
                scenario = attempt.scenario_id
        except IntegrityError as exc:  # the same dispute written meanwhile
            raise StoreError(where, f"criterion {criterion_id!r} is already disputed") from exc
        return _dispute(row, None, scenario)

    def disputes(
        self, requester: object, *, open_only: bool = False, attempt_id: int | None = None
    ) -> list[Dispute]:
        """Disputes, oldest first: all of them for a trainer or admin (the queue), a
        trainee's own for a trainee. A trainer does not get the disputes of attempts
        they grade blind in a calibration session until its reveal (a dispute names
        the criterion's verdict)."""
        person = self.signed_in(requester)
        staff = person.role in ("trainer", "admin")
        require(person, Action.READ_DISPUTES, subject_id=None if staff else person.id)
        stmt = (
            select(DisputeRow, DisputeResolutionRow, AttemptRow.scenario_id)
            .join(AttemptRow, AttemptRow.id == DisputeRow.attempt_id)
            .outerjoin(DisputeResolutionRow, DisputeResolutionRow.dispute_id == DisputeRow.id)
            .order_by(DisputeRow.id)
        )
        if not staff:
            stmt = stmt.where(DisputeRow.person_id == person.id)
        if attempt_id is not None:
            stmt = stmt.where(DisputeRow.attempt_id == attempt_id)
        if open_only:
            stmt = stmt.where(DisputeResolutionRow.id.is_(None))
        with self._read() as db:
            rows = db.execute(stmt).all()
            blind = blind_attempts(db, person.id) if staff else frozenset()
        return [_dispute(d, r, sid) for d, r, sid in rows if d.attempt_id not in blind]

    def resolve_dispute(
        self, requester: object, dispute_id: int, *, overturn: bool, reason: str
    ) -> Dispute:
        """A trainer upholds the criterion's verdict or overturns it, with a reason. An
        overturn writes a trainer's override of that criterion (the opposite of its
        verdict of record), so the verdict of record changes; once per dispute."""
        person = self.signed_in(requester)
        where = f"dispute {dispute_id}"
        text = _reason(reason, where)
        now = self.now()
        try:
            with self._write() as db:
                row = db.get(DisputeRow, dispute_id) if 0 < dispute_id < 2**31 else None
                if row is None:
                    raise StoreError(where, "no such dispute")
                owner = db.get(PersonRow, row.person_id)
                require(
                    person,
                    Action.RESOLVE_DISPUTE,
                    subject_id=row.person_id,
                    subject_name=owner.name if owner else None,
                )
                _not_blind(db, person.id, row.attempt_id, where)
                if db.scalar(
                    select(DisputeResolutionRow.id).where(
                        DisputeResolutionRow.dispute_id == dispute_id
                    )
                ):
                    raise StoreError(where, "is already resolved")
                override_id = None
                if overturn:
                    current = self._criterion_of_record(db, row.attempt_id, row.criterion_id)
                    override = insert_override(
                        db,
                        row.attempt_id,
                        person.id,
                        not current,
                        text,
                        None,
                        row.criterion_id,
                        now,
                    )
                    override_id = override.id
                resolution = DisputeResolutionRow(
                    dispute_id=dispute_id,
                    trainer_id=person.id,
                    outcome=rules.OVERTURNED if overturn else rules.UPHELD,
                    reason=text,
                    override_id=override_id,
                    at=now,
                )
                chain.append(db, resolution)
                attempt = db.get(AttemptRow, row.attempt_id)
                scenario = attempt.scenario_id if attempt is not None else ""
        except IntegrityError as exc:  # resolved meanwhile by another trainer
            raise StoreError(where, "is already resolved") from exc
        return _dispute(row, resolution, scenario)

    def dispute_example(self, requester: object, dispute_id: int) -> str:
        """A resolved dispute as a rubric ``examples:`` entry (YAML, with comments) for
        the scenario's author: the trainee's replies and actions and the verdict of
        record after the resolution."""
        person = self.signed_in(requester)
        require(person, Action.RESOLVE_DISPUTE)  # trainers and admins
        where = f"dispute {dispute_id}"
        with self._read() as db:
            row = db.get(DisputeRow, dispute_id) if 0 < dispute_id < 2**31 else None
            if row is None:
                raise StoreError(where, "no such dispute")
            _not_blind(db, person.id, row.attempt_id, where)
            resolved = db.scalar(
                select(DisputeResolutionRow).where(DisputeResolutionRow.dispute_id == dispute_id)
            )
            if resolved is None:
                raise StoreError(where, "is not resolved yet; resolve it first")
            attempt = db.get(AttemptRow, row.attempt_id)
            result = db.scalar(select(ResultRow).where(ResultRow.attempt_id == row.attempt_id))
            assert attempt is not None and result is not None
            final = final_verdicts(db, [row.attempt_id]).get(row.attempt_id)
            resolver = db.get(PersonRow, resolved.trainer_id)
            actions = accepted_actions(db, row.attempt_id, result.metrics)
        grade = final.grade(result.grade) if final is not None else dict(result.grade)
        passed = bool(grade.get("passed"))
        met = rules.criterion_passed(grade, row.criterion_id)
        entry = rules.example_entry(
            list(result.transcript or ()),
            actions,
            verdict_passed=passed,
            criterion_id=row.criterion_id,
            criterion_passed=bool(met),
        )
        comments = [
            f"From dispute {row.id}: attempt {row.attempt_id} of {attempt.scenario_id} "
            f"(seed {attempt.seed}), criterion {row.criterion_id}.",
            f"Disputed: {row.reason}",
            f"{resolved.outcome.capitalize()} by "
            f"{resolver.name if resolver else resolved.trainer_id}: {resolved.reason}",
            f"Criterion {row.criterion_id} is {'met' if met else 'missed'}; "
            f"verdict of record: {'pass' if passed else 'fail'}.",
            "Paste under the scenario's examples: and run `simulator validate`; replies that "
            "name this persona's values may need the persona of seed 1.",
        ]
        return rules.example_yaml(entry, comments)

    # -- helpers ------------------------------------------------------------------
    def _window(self, db: DbSession) -> int:
        value = db.scalar(
            select(PolicySettingRow.value)
            .where(PolicySettingRow.key == WINDOW_KEY)
            .order_by(PolicySettingRow.id.desc())
            .limit(1)
        )
        return int(value) if isinstance(value, int) else rules.DEFAULT_WINDOW_DAYS

    def _criterion_of_record(self, db: DbSession, attempt_id: int, criterion_id: str) -> bool:
        grade = db.scalar(select(ResultRow.grade).where(ResultRow.attempt_id == attempt_id))
        if grade is None:
            raise StoreError(f"attempt {attempt_id}", "is not finished")
        final = final_verdicts(db, [attempt_id]).get(attempt_id)
        shown = final.grade(grade) if final is not None else dict(grade)
        return bool(rules.criterion_passed(shown, criterion_id))
