"""Wellbeing records: exposure, consents and check-ins (which only their owner may read)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

from simulator.content.model import SENSITIVITY_CATEGORIES
from simulator.errors import StoreError
from simulator.store import chain
from simulator.store.base import StoreBase
from simulator.store.models import (
    EXPOSURE_KINDS,
    AggregateQueryRow,
    CheckinRow,
    CohortMemberRow,
    ConsentRow,
    ExposureRow,
)
from simulator.store.records import Checkin, CheckinAggregate, Consent, Exposure

# Trainers see check-in figures of a cohort only when at least this many people took
# part, so that no one person's answers can be told apart.
MIN_AGGREGATE = 5


def _check_label(category: str, level: int) -> None:
    if category not in SENSITIVITY_CATEGORIES:
        raise StoreError("sensitivity", f"unknown category {category!r}")
    if level not in (1, 2, 3):
        raise StoreError("sensitivity", f"level must be 1, 2 or 3, not {level!r}")


def _to_exposure(r: ExposureRow) -> Exposure:
    return Exposure(r.id, r.person_id, r.attempt_id, r.category, r.level, r.kind, r.seconds, r.at)


def _to_consent(r: ConsentRow) -> Consent:
    return Consent(r.id, r.person_id, r.category, r.level, r.at, r.withdrawn_at)


class WellbeingMixin(StoreBase):
    def record_exposure(
        self,
        person_id: int,
        *,
        category: str,
        level: int,
        kind: str,
        seconds: float = 0.0,
        attempt_id: int | None = None,
        at: dt.datetime | None = None,
    ) -> Exposure:
        """Record sensitive content met: a briefing consented to, a reveal, scenario time."""
        _check_label(category, level)
        if kind not in EXPOSURE_KINDS:
            raise StoreError("exposure", f"kind must be one of {', '.join(EXPOSURE_KINDS)}")
        if seconds < 0:
            raise StoreError("exposure", "seconds cannot be negative")
        row = ExposureRow(
            person_id=person_id,
            attempt_id=attempt_id,
            category=category,
            level=level,
            kind=kind,
            seconds=float(seconds),
            at=self._at(at),
        )
        try:
            with self._write() as db:
                chain.append(db, row)
        except IntegrityError as exc:
            raise StoreError("exposure", "no such person or attempt") from exc
        return _to_exposure(row)

    def exposures_for(self, person_id: int, since: dt.datetime | None = None) -> list[Exposure]:
        stmt = select(ExposureRow).where(ExposureRow.person_id == person_id)
        if since is not None:
            stmt = stmt.where(ExposureRow.at >= since)
        with self._read() as db:
            rows = db.scalars(stmt.order_by(ExposureRow.id)).all()
        return [_to_exposure(r) for r in rows]

    def add_consent(
        self, person_id: int, category: str, level: int, at: dt.datetime | None = None
    ) -> Consent:
        _check_label(category, level)
        row = ConsentRow(person_id=person_id, category=category, level=level, at=self._at(at))
        try:
            with self._write() as db:
                db.add(row)
        except IntegrityError as exc:
            raise StoreError(f"person {person_id}", "no such person") from exc
        return _to_consent(row)

    def withdraw_consent(self, consent_id: int, at: dt.datetime | None = None) -> Consent:
        with self._write() as db:
            row = db.get(ConsentRow, consent_id)
            if row is None:
                raise StoreError(f"consent {consent_id}", "no such consent")
            if row.withdrawn_at is None:
                row.withdrawn_at = self._at(at)
        return _to_consent(row)

    def consents_for(self, person_id: int, *, active_only: bool = False) -> list[Consent]:
        stmt = select(ConsentRow).where(ConsentRow.person_id == person_id)
        if active_only:
            stmt = stmt.where(ConsentRow.withdrawn_at.is_(None))
        with self._read() as db:
            rows = db.scalars(stmt.order_by(ConsentRow.id)).all()
        return [_to_consent(r) for r in rows]

    def add_checkin(
        self,
        owner_id: int,
        *,
        rating: int | None = None,
        stress: int | None = None,
        at: dt.datetime | None = None,
    ) -> Checkin:
        """A check-in: ``rating`` 0-10 (how are you) and/or ``stress`` 1-5."""
        if rating is None and stress is None:
            raise StoreError("check-in", "give a rating (0-10) or a stress level (1-5)")
        if rating is not None and not 0 <= rating <= 10:
            raise StoreError("check-in", f"rating must be from 0 to 10, not {rating}")
        if stress is not None and not 1 <= stress <= 5:
            raise StoreError("check-in", f"stress must be from 1 to 5, not {stress}")
        row = CheckinRow(person_id=owner_id, rating=rating, stress=stress, at=self._at(at))
        try:
            with self._write() as db:
                db.add(row)
        except IntegrityError as exc:
            raise StoreError(f"person {owner_id}", "no such person") from exc
        return Checkin(row.id, row.person_id, row.rating, row.stress, row.at)

    def checkins_for(self, requesting_person_id: int, owner_id: int) -> list[Checkin]:
        """The owner's check-ins; anyone else, a trainer or an admin too, is refused."""
        if requesting_person_id != owner_id:
            raise StoreError(
                "check-ins", "are private: only the person who wrote them can read them"
            )
        with self._read() as db:
            rows = db.scalars(
                select(CheckinRow).where(CheckinRow.person_id == owner_id).order_by(CheckinRow.id)
            ).all()
        return [Checkin(r.id, r.person_id, r.rating, r.stress, r.at) for r in rows]

    def checkin_aggregate(self, cohort_id: int) -> CheckinAggregate:
        """A cohort's check-in figures: each person's mean first, then the mean across
        people, so no one dominates by checking in often. Suppressed when fewer than 5
        people checked in, and when those people differ from the people of any other
        cohort, or of any aggregate given before, by fewer than 5 (else subtracting one
        aggregate from the other would give those few people's answers). Each aggregate
        given is remembered (its people only) for that rule."""
        members = select(CohortMemberRow.person_id).where(CohortMemberRow.cohort_id == cohort_id)
        per_person = (
            select(
                CheckinRow.person_id,
                func.count(CheckinRow.id),
                func.avg(CheckinRow.rating),
                func.avg(CheckinRow.stress),
            )
            .where(CheckinRow.person_id.in_(members))
            .group_by(CheckinRow.person_id)
        )
        with self._write() as db:
            rows = db.execute(per_person).all()
            people = frozenset(int(pid) for pid, *_ in rows)
            if len(people) < MIN_AGGREGATE:
                return CheckinAggregate(cohort_id, len(people), suppressed=True, why="few")
            if any(0 < len(people ^ other) < MIN_AGGREGATE for other in _other_sets(db, cohort_id)):
                return CheckinAggregate(cohort_id, len(people), suppressed=True, why="overlap")
            seen = sorted(people)
            if not any(list(m) == seen for m in db.scalars(select(AggregateQueryRow.members))):
                db.add(AggregateQueryRow(members=seen, at=self.now()))
        ratings = [float(r) for _, _, r, _ in rows if r is not None]
        stresses = [float(s) for _, _, _, s in rows if s is not None]
        return CheckinAggregate(
            cohort_id=cohort_id,
            people=len(people),
            suppressed=False,
            checkins=sum(int(n) for _, n, _, _ in rows),
            mean_rating=round(sum(ratings) / len(ratings), 2) if ratings else None,
            mean_stress=round(sum(stresses) / len(stresses), 2) if stresses else None,
        )


def _other_sets(db: DbSession, cohort_id: int) -> list[frozenset[int]]:
    """The people of every other cohort who checked in, and of every aggregate given
    before: the sets an aggregate may not differ from by fewer than MIN_AGGREGATE (sets
    under that size are never given, so subtracting from them shows nothing)."""
    rows = db.execute(
        select(CohortMemberRow.cohort_id, CohortMemberRow.person_id).where(
            CohortMemberRow.cohort_id != cohort_id,
            CohortMemberRow.person_id.in_(select(CheckinRow.person_id).distinct()),
        )
    ).all()
    cohorts: dict[int, set[int]] = {}
    for cid, pid in rows:
        cohorts.setdefault(int(cid), set()).add(int(pid))
    sets = [frozenset(s) for s in cohorts.values()]
    sets += [frozenset(int(p) for p in m) for m in db.scalars(select(AggregateQueryRow.members))]
    return [s for s in sets if len(s) >= MIN_AGGREGATE]
