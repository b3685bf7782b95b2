"""What the store hands out: small frozen records, never ORM rows or open sessions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Person:
    id: int
    name: str  # the login name
    display_name: str
    role: str  # trainee | trainer | admin
    language: str  # ar | en
    created_at: dt.datetime
    has_password: bool = False

    @property
    def is_trainer(self) -> bool:
        """Trainers and admins may review, override and see cohort figures."""
        return self.role in ("trainer", "admin")


@dataclass(frozen=True)
class SignedIn(Person):
    """A person who proved their password to this store (``Store.authenticate``). The
    store's private reads take one as the requester: a bare id or ``Person`` cannot stand
    in for a sign-in, because only the store that checked the password knows the token."""

    token: str = field(default="", repr=False, compare=False)


@dataclass(frozen=True)
class Cohort:
    id: int
    name: str
    created_at: dt.datetime


@dataclass(frozen=True)
class Attempt:
    id: int
    person_id: int
    scenario_id: str
    scenario_sha256: str
    sop_id: str
    sop_version: int
    seed: int
    mode: str  # practice | exam
    started_at: dt.datetime
    ended_at: dt.datetime | None = None  # None while unfinished
    score: float | None = None
    passed: bool | None = None
    # score and passed are the verdict of record: "automatic", "override" (trainers'
    # overrides count) or "disputed" (conflicting overrides: the automatic verdict)
    verdict: str = "automatic"

    @property
    def finished(self) -> bool:
        return self.ended_at is not None


@dataclass(frozen=True)
class StoredEvent:
    """One input or delivery of a session: ``seq`` counts from 1 within the attempt."""

    attempt_id: int
    seq: int
    at_s: float  # session seconds
    kind: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Result:
    attempt_id: int
    ended_at: dt.datetime
    score: float | None
    passed: bool | None
    grade: dict[str, Any]
    transcript: Any  # as given: usually a list of messages
    metrics: dict[str, Any]


@dataclass(frozen=True)
class OverrideResolution:
    """A lead's or admin's verdict on conflicting overrides of one target, with a reason."""

    id: int
    attempt_id: int
    criterion_id: str | None  # None: the attempt's verdict
    resolver_id: int
    passed: bool
    last_override_id: int
    reason: str
    at: dt.datetime


@dataclass(frozen=True)
class Override:
    id: int
    attempt_id: int
    trainer_id: int
    at: dt.datetime
    passed: bool
    score: float | None
    criterion_id: str | None
    reason: str


@dataclass(frozen=True)
class Accommodation:
    """Extra time on an exam for one person (``exam_id`` as in the exam file)."""

    id: int
    person_id: int
    exam_id: str
    extra_s: float
    reason: str
    granted_by: int
    at: dt.datetime


@dataclass(frozen=True)
class Exposure:
    id: int
    person_id: int
    attempt_id: int | None
    category: str
    level: int
    kind: str  # briefing-consent | reveal | scenario-minutes
    seconds: float
    at: dt.datetime


@dataclass(frozen=True)
class Checkin:
    id: int
    person_id: int
    rating: int | None  # 0..10
    stress: int | None  # 1..5
    at: dt.datetime


@dataclass(frozen=True)
class Consent:
    id: int
    person_id: int
    category: str
    level: int
    at: dt.datetime
    withdrawn_at: dt.datetime | None

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


@dataclass(frozen=True)
class CheckinAggregate:
    """Check-ins of a cohort as trainers see them: figures only for 5 or more people."""

    cohort_id: int
    people: int  # members who checked in
    suppressed: bool  # True when no figures are given (see ``why``)
    checkins: int | None = None
    mean_rating: float | None = None  # the mean of each person's mean
    mean_stress: float | None = None
    # Why suppressed: "few" (fewer than MIN_AGGREGATE people) or "overlap" (the people
    # differ from another cohort's, or an earlier aggregate's, by fewer than that).
    why: str | None = None


@dataclass(frozen=True)
class PersonSummary:
    person_id: int
    name: str
    display_name: str
    attempts: int
    finished: int
    passed: int
    mean_score: float | None
    last_started_at: dt.datetime | None


@dataclass(frozen=True)
class CohortSummary:
    cohort_id: int
    name: str
    members: int
    attempts: int
    finished: int
    passed: int
    mean_score: float | None
    people: tuple[PersonSummary, ...]


@dataclass(frozen=True)
class Revocation:
    """A certificate (its sitting's attempt) withdrawn by an admin."""

    id: int
    attempt_id: int
    revoked_by: int  # the admin's person id
    revoked_by_name: str  # their login name
    at: dt.datetime
    reason: str


@dataclass(frozen=True)
class CalibrationSession:
    """A blind calibration session: who submitted is known, what they gave is not until
    every trainer has (``complete``)."""

    id: int
    title: str
    lead_id: int
    attempt_ids: tuple[int, ...]
    trainer_ids: tuple[int, ...]
    created_at: dt.datetime
    submitted: tuple[int, ...] = ()  # trainer ids, in the order they submitted

    @property
    def complete(self) -> bool:
        return set(self.trainer_ids) <= set(self.submitted)

    @property
    def waiting_for(self) -> tuple[int, ...]:
        return tuple(t for t in self.trainer_ids if t not in self.submitted)


@dataclass(frozen=True)
class BlindItem:
    """One attempt as a calibrating trainer sees it: the trainee's transcript and
    actions and each criterion's id, title and weight; no verdict, no score, no
    evidence, no override."""

    attempt_id: int
    scenario_id: str
    transcript: tuple[dict[str, Any], ...]
    actions: tuple[dict[str, Any], ...]
    criteria: tuple[dict[str, Any], ...]  # id, title, weight, critical


@dataclass(frozen=True)
class BlindSession:
    session: CalibrationSession
    items: tuple[BlindItem, ...]
    mine: dict[int, dict[str, bool]] | None  # the requester's own grades, once submitted


@dataclass(frozen=True)
class CalibrationResults:
    """A session's reveal: ``reveal`` (``simulator.calibration.reveal.Reveal``), the
    grader's verdicts and every trainer's grades."""

    session: CalibrationSession
    reveal: Any
    automatic: dict[tuple[int, str], bool | None]
    grades: dict[int, dict[tuple[int, str], bool]]
    names: dict[int, str]
    titles: dict[str, str]


@dataclass(frozen=True)
class DisputeResolution:
    id: int
    dispute_id: int
    trainer_id: int
    outcome: str  # upheld | overturned
    reason: str
    override_id: int | None  # the override an overturn made
    at: dt.datetime


@dataclass(frozen=True)
class Dispute:
    id: int
    attempt_id: int
    person_id: int
    criterion_id: str
    reason: str
    at: dt.datetime
    resolution: DisputeResolution | None = None
    scenario_id: str = ""

    @property
    def open(self) -> bool:
        return self.resolution is None
