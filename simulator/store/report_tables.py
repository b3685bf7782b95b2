"""Derived tables for cohort reports: facts kept beside the records, never records.

They hold what the report figures need, worked out once per attempt from its result,
overrides and resolutions (the verdict of record, ``simulator.grading.verdict``), so that
a report over 100,000 attempts is a few indexed aggregates rather than 100,000 grades
read and re-judged. Unlike the chained tables they are rewritten freely: an attempt's
rows are replaced when its verdict of record changes. ``simulator.store.report_sync``
keeps them up to the newest link of the chain (``report_sync.seq``) before each report;
everything in them can be rebuilt from the records (drop the rows and the mark).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, Float, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from simulator.store.models import Base


class ReportSyncRow(Base):
    """One row: the chain link up to which the report tables are up to date."""

    __tablename__ = "report_sync"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)


class ReportFactRow(Base):
    """One counted attempt: a practice attempt or an exam sitting (never a sitting's
    item), finished or not, with its verdict of record. ``criteria_set`` names its applicable
    criteria as they count, met or not (``ReportCriteriaSetRow``), so that the failures
    per criterion are one aggregate over attempts grouped by set.

    The indexes each serve one figure (a report reads them whole, in their order, so no
    figure sorts): the first seeks a cohort's people, the others are scanned."""

    __tablename__ = "report_facts"
    __table_args__ = (
        Index(
            "ix_report_facts_person_week",
            "person_id",
            "week",
            "started_day",
            "finished",
            "passed",
            "score",
            "scenario_id",
            "sop_id",
        ),
        Index(
            "ix_report_facts_score_bin",
            "score_bin",
            "person_id",
            "started_day",
            "scenario_id",
            "sop_id",
        ),
        Index(
            "ix_report_facts_criteria",
            "sop_id",
            "criteria_set",
            "person_id",
            "started_day",
            "scenario_id",
        ),
        Index(
            "ix_report_facts_sitting",
            "sitting",
            "scenario_id",
            "person_id",
            "started_day",
            "finished",
            "passed",
            "pending_review",
            "sop_id",
        ),
    )

    attempt_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    person_id: Mapped[int] = mapped_column(Integer)
    scenario_id: Mapped[str] = mapped_column(String(200))
    sop_id: Mapped[str] = mapped_column(String(200))
    mode: Mapped[str] = mapped_column(String(16))
    sitting: Mapped[bool] = mapped_column(Boolean)
    started_at: Mapped[dt.datetime]
    started_day: Mapped[dt.date] = mapped_column(Date)
    week: Mapped[int] = mapped_column(Integer)  # the ordinal of the ISO week's Monday
    finished: Mapped[bool] = mapped_column(Boolean)
    ended_at: Mapped[dt.datetime | None]
    score: Mapped[float | None] = mapped_column(Float)  # of record
    passed: Mapped[bool | None] = mapped_column(Boolean)  # of record
    score_bin: Mapped[int | None] = mapped_column(Integer)  # 0..9 (tens; 100 in 9)
    auto_score: Mapped[float | None] = mapped_column(Float)
    auto_passed: Mapped[bool | None] = mapped_column(Boolean)
    status: Mapped[str | None] = mapped_column(String(16))  # automatic | override | disputed
    pending_review: Mapped[bool] = mapped_column(Boolean)  # a sitting's certificate waits
    criteria_set: Mapped[int | None] = mapped_column(Integer)


class ReportCriteriaSetRow(Base):
    """A set of applicable criteria with their outcome: ``key`` holds one per line,
    ``+id`` met or ``-id`` not, sorted; ``key_hash`` its SHA-256 (unique)."""

    __tablename__ = "report_criteria_sets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    key: Mapped[str] = mapped_column(Text)


class ReportThreadRow(Base):
    """One thread of a counted finished attempt: its channel, first response (seconds,
    and rounded to whole seconds for the distribution) and SLA."""

    __tablename__ = "report_threads"
    __table_args__ = (
        Index(
            "ix_report_threads_channel",
            "channel",
            "first_response_whole_s",
            "person_id",
            "started_day",
            "has_sla",
            "sla_breached",
            "scenario_id",
            "sop_id",
        ),
    )

    attempt_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    thread_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    person_id: Mapped[int] = mapped_column(Integer)
    started_day: Mapped[dt.date] = mapped_column(Date)
    scenario_id: Mapped[str] = mapped_column(String(200))
    sop_id: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(16))
    first_response_s: Mapped[float | None] = mapped_column(Float)
    first_response_whole_s: Mapped[int | None] = mapped_column(Integer)
    has_sla: Mapped[bool] = mapped_column(Boolean)
    sla_breached: Mapped[bool] = mapped_column(Boolean)


REPORT_TABLES = ("report_sync", "report_facts", "report_criteria_sets", "report_threads")
