"""Wellbeing records: exposure, consents and check-ins (which only their owner may read)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

from simulator.access import Action, require
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
from simulator.store.records import Checkin, CheckinAggregate, Consent, Exposure, Person
from simulator.store.roles import AGGREGATE_FUNCTION

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
                self._as_person(db, owner_id)
                db.add(row)
        except IntegrityError as exc:
            raise StoreError(f"person {owner_id}", "no such person") from exc
        return Checkin(row.id, row.person_id, row.rating, row.stress, row.at)

    def checkins_for(self, requester: Person, owner_id: int) -> list[Checkin]:
        """The owner's check-ins, for the owner signed in (``authenticate``); anyone else,
        a trainer or an admin too, is refused (``simulator.access``)."""
        me = self.signed_in(requester)
        require(me, Action.READ_CHECKINS, subject_id=owner_id, subject_name=f"person {owner_id}")
        with self._read() as db:
            if self.engine.dialect.name == "postgresql":
                # Row-level security (``simulator db roles``) shows a workstation only the
                # rows of the person named here, for this transaction.
                db.execute(select(func.set_config("frontline.person_id", str(me.id), True)))
            rows = db.scalars(
                select(CheckinRow).where(CheckinRow.person_id == owner_id).order_by(CheckinRow.id)
            ).all()
        return [Checkin(r.id, r.person_id, r.rating, r.stress, r.at) for r in rows]

    def checkin_aggregate(self, requester: Person, cohort_id: int) -> CheckinAggregate:
        """A cohort's check-in figures for a signed-in trainer or admin; never per person.

        Each person's mean first, then the mean across people, so no one dominates by
        checking in often. Suppressed when fewer than 5 people checked in, and when those
        people differ from the people of any other cohort, or of any aggregate given
        before, by fewer than 5 (else subtracting one aggregate from the other would give
        those few people's answers). Each aggregate given is remembered (its people only)
        for that rule. On PostgreSQL with ``simulator db roles`` a function that runs as
        the store's owner applies the same rules (``simulator.store.roles``)."""
        require(self.signed_in(requester), Action.READ_CHECKIN_FIGURES)
        return self._checkin_aggregate(cohort_id)

    def _as_person(self, db: DbSession, person_id: int) -> None:
        """Name the person this transaction reads or writes check-ins for: on PostgreSQL
        the row-level security of ``simulator db roles`` lets a workstation see and add
        only that person's check-ins."""
        if self.engine.dialect.name == "postgresql":
            db.execute(select(func.set_config("frontline.person_id", str(person_id), True)))

    def _checkin_aggregate(self, cohort_id: int) -> CheckinAggregate:
        if self.engine.dialect.name == "postgresql":
            with self._write() as db:
                has_function = db.scalar(
                    select(func.to_regprocedure(f"{AGGREGATE_FUNCTION}(integer)"))
                )
                if has_function is not None:  # a least-privilege role reads figures only
                    people, count, rating, stress, why = db.execute(
                        select(text("*")).select_from(
                            func.frontline_checkin_aggregate(cohort_id).table_valued(
                                "people", "checkins", "mean_rating", "mean_stress", "why"
                            )
                        )
                    ).one()
                    if why is not None:
                        return CheckinAggregate(cohort_id, int(people), suppressed=True, why=why)
                    return CheckinAggregate(
                        cohort_id=cohort_id,
                        people=int(people),
                        suppressed=False,
                        checkins=int(count),
                        mean_rating=None if rating is None else round(float(rating), 2),
                        mean_stress=None if stress is None else round(float(stress), 2),
                    )
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
