"""The tables of the store (SQLAlchemy 2 typed ORM). Only the store package uses them.

Attempts, events, results, overrides and exposures are append-only: a row is written
once, then sealed by ``chain_hash`` (see ``simulator.store.chain``). An
attempt is finished when it has a result; the result row carries the end time.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ROLES = ("trainee", "trainer", "admin")
# A stored exam sitting is an attempt in exam mode whose scenario id is ``exam:<exam id>``
# (``simulator.exams.definition`` says so too; a test keeps the two the same).
SITTING_PREFIX = "exam:"
MODES = ("practice", "exam")
EXPOSURE_KINDS = ("briefing-consent", "reveal", "scenario-minutes")

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A moment in UTC: stored without zone (same on SQLite and PostgreSQL), read as aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a stored time must carry its time zone")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UTCDateTime, dict[str, Any]: JSON}


class PersonRow(Base):
    __tablename__ = "people"
    __table_args__ = (
        CheckConstraint(_in("role", ROLES), name="role"),
        CheckConstraint(_in("language", ("ar", "en")), name="language"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(2))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime]
    # Wellbeing preferences and other per-person settings, as the wellbeing package writes them.
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class CohortRow(Base):
    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[dt.datetime]


class CohortMemberRow(Base):
    __tablename__ = "cohort_members"

    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True, index=True)


class Chained:
    """Columns of an append-only row: its place in the chain and its hash."""

    chain_seq: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    chain_hash: Mapped[str | None] = mapped_column(String(64))


class AttemptRow(Chained, Base):
    __tablename__ = "attempts"
    __table_args__ = (CheckConstraint(_in("mode", MODES), name="mode"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    scenario_id: Mapped[str] = mapped_column(String(200))
    scenario_sha256: Mapped[str] = mapped_column(String(64))
    sop_id: Mapped[str] = mapped_column(String(200))
    sop_version: Mapped[int] = mapped_column(Integer)
    seed: Mapped[int] = mapped_column(BigInteger)
    mode: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[dt.datetime]


class EventRow(Chained, Base):
    """One input or delivery of a session, as it happened (``at_s``: session seconds).

    Events are chained per attempt (the first to the attempt's hash, each next one to the
    one before), not in the global chain, so that many trainees save at once without
    waiting for each other; ``chain_seq`` stays empty.
    """

    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("attempt_id", "seq", name="uq_events_attempt_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"))
    seq: Mapped[int] = mapped_column(Integer)
    at_s: Mapped[float] = mapped_column(Float)
    kind: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class ResultRow(Chained, Base):
    """The end of an attempt: its automatic grade, transcript and metrics."""

    __tablename__ = "results"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"), unique=True)
    ended_at: Mapped[dt.datetime]
    score: Mapped[float | None] = mapped_column(Float)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    grade: Mapped[dict[str, Any]] = mapped_column(JSON)
    transcript: Mapped[Any] = mapped_column(JSON)  # the session's transcript list
    metrics: Mapped[dict[str, Any]] = mapped_column(JSON)
    # The attempt's events as they stood at the end: how many, and the last one's hash
    # (so that deleting the last events of a finished attempt is found by the audit).
    events_count: Mapped[int | None] = mapped_column(Integer)
    events_hash: Mapped[str | None] = mapped_column(String(64))


class OverrideRow(Chained, Base):
    """A trainer's verdict kept beside the automatic one (which it never replaces)."""

    __tablename__ = "overrides"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"), index=True)
    trainer_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    at: Mapped[dt.datetime]
    passed: Mapped[bool] = mapped_column(Boolean)
    score: Mapped[float | None] = mapped_column(Float)
    criterion_id: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)


class OverrideResolutionRow(Chained, Base):
    """A lead's or admin's settling of trainers' conflicting overrides of one target."""

    __tablename__ = "override_resolutions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"), index=True)
    criterion_id: Mapped[str | None] = mapped_column(String(200))
    resolver_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    passed: Mapped[bool] = mapped_column(Boolean)
    last_override_id: Mapped[int] = mapped_column(Integer)  # the newest override it settles
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime]


class AggregateQueryRow(Base):
    """The member set of a wellbeing aggregate once shown (for the differencing rule)."""

    __tablename__ = "aggregate_queries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    members: Mapped[list[int]] = mapped_column(JSON)
    at: Mapped[dt.datetime]


class AccommodationRow(Chained, Base):
    """Extra time on an exam for one person, given by a trainer or admin with a reason."""

    __tablename__ = "accommodations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    exam_id: Mapped[str] = mapped_column(String(200))
    extra_s: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)
    granted_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    at: Mapped[dt.datetime]


class ExposureRow(Chained, Base):
    """Sensitive content a person met, for the wellbeing gate."""

    __tablename__ = "exposures"
    __table_args__ = (
        CheckConstraint(_in("kind", EXPOSURE_KINDS), name="kind"),
        CheckConstraint("level BETWEEN 1 AND 3", name="level"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempts.id"))
    category: Mapped[str] = mapped_column(String(40))
    level: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    seconds: Mapped[float] = mapped_column(Float)
    at: Mapped[dt.datetime]


class CheckinRow(Base):
    """A wellbeing check-in: readable only by its owner."""

    __tablename__ = "checkins"
    __table_args__ = (
        CheckConstraint("rating IS NULL OR rating BETWEEN 0 AND 10", name="rating"),
        CheckConstraint("stress IS NULL OR stress BETWEEN 1 AND 5", name="stress"),
        CheckConstraint("rating IS NOT NULL OR stress IS NOT NULL", name="something"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    rating: Mapped[int | None] = mapped_column(Integer)
    stress: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[dt.datetime]


class ConsentRow(Base):
    """A person's consent to see a sensitivity category up to a level, until withdrawn."""

    __tablename__ = "consents"
    __table_args__ = (CheckConstraint("level BETWEEN 1 AND 3", name="level"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    category: Mapped[str] = mapped_column(String(40))
    level: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime]
    withdrawn_at: Mapped[dt.datetime | None]


class NameChangeRow(Chained, Base):
    """A person's display name as set through the store (the first one at creation).

    The latest one must equal ``people.display_name``; the audit reports a person whose
    name was changed some other way (see docs/store.md)."""

    __tablename__ = "name_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    display_name: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime]


class RevocationRow(Chained, Base):
    """A certificate withdrawn by an admin, with the reason (the sitting is its attempt)."""

    __tablename__ = "revocations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"), unique=True)
    revoked_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    at: Mapped[dt.datetime]
    reason: Mapped[str] = mapped_column(Text)


class SealSignatureRow(Base):
    """A result's chain hash signed with the installation key when the result was stored.

    Not a link of the chain: it anchors the chain (a rewrite without the key no longer
    matches it). Written once, never changed (triggers)."""

    __tablename__ = "seal_signatures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    result_id: Mapped[int] = mapped_column(ForeignKey("results.id"), unique=True)
    chain_seq: Mapped[int] = mapped_column(BigInteger)
    chain_hash: Mapped[str] = mapped_column(String(64))
    signing_from: Mapped[int] = mapped_column(BigInteger)
    key_fingerprint: Mapped[str] = mapped_column(String(19))
    public_key: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(100))
    signed_at: Mapped[dt.datetime]


class SealStartRow(Base):
    """At most one row: the results up to this link were sealed before results were
    signed (schema 0003), so they carry no signature. No row means 0: all are signed."""

    __tablename__ = "seal_start"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chain_seq: Mapped[int] = mapped_column(BigInteger)


class ChainHeadRow(Base):
    """The last link of the chain (one row): writers lock it to append in order."""

    __tablename__ = "chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))


class CalibrationSessionRow(Chained, Base):
    """A blind calibration session: the lead (an admin) chose its attempts and trainers."""

    __tablename__ = "calibration_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    lead_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    attempt_ids: Mapped[list[int]] = mapped_column(JSON)
    trainer_ids: Mapped[list[int]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime]


class CalibrationSubmissionRow(Chained, Base):
    """One trainer's grades in a session: ``{"<attempt id>": {"<criterion id>": met}}``."""

    __tablename__ = "calibration_submissions"
    __table_args__ = (
        UniqueConstraint("session_id", "trainer_id", name="uq_calibration_submissions_once"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("calibration_sessions.id"), index=True)
    trainer_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    grades: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[dt.datetime]


class DisputeRow(Chained, Base):
    """A trainee's dispute of one criterion of their finished attempt, with a reason."""

    __tablename__ = "disputes"
    __table_args__ = (
        UniqueConstraint("attempt_id", "criterion_id", name="uq_disputes_attempt_criterion"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    criterion_id: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime]


class DisputeResolutionRow(Chained, Base):
    """A trainer's answer to a dispute: upheld or overturned (an overturn is an override,
    ``override_id``), with a reason."""

    __tablename__ = "dispute_resolutions"
    __table_args__ = (CheckConstraint(_in("outcome", ("upheld", "overturned")), name="outcome"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dispute_id: Mapped[int] = mapped_column(ForeignKey("disputes.id"), unique=True)
    trainer_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    outcome: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    override_id: Mapped[int | None] = mapped_column(ForeignKey("overrides.id"))
    at: Mapped[dt.datetime]


class PolicySettingRow(Chained, Base):
    """An admin's setting of a store-wide rule (e.g. ``dispute_window_days``); the
    latest row of a key counts, earlier ones stay (append-only)."""

    __tablename__ = "policy_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(80), index=True)
    value: Mapped[Any] = mapped_column(JSON)
    set_by: Mapped[int] = mapped_column(ForeignKey("people.id"))
    at: Mapped[dt.datetime]


# The rows of the global chain (events have their own chain per attempt).
CHAINED: tuple[type[Chained], ...] = (
    AttemptRow,
    ResultRow,
    OverrideRow,
    ExposureRow,
    NameChangeRow,
    RevocationRow,
    AccommodationRow,
    OverrideResolutionRow,
    CalibrationSessionRow,
    CalibrationSubmissionRow,
    DisputeRow,
    DisputeResolutionRow,
    PolicySettingRow,
)
