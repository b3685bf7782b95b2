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

from sqlalchemy import BigInteger, Boolean, Date, Float, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from simulator.store.models import Base


class ReportSyncRow(Base):
    """One row: the chain link up to which the report tables are up to date."""

    __tablename__ = "report_sync"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)


class ReportFactRow(Base):
    """One counted attempt: a practice attempt or an exam sitting (never a sitting's
    item), finished or not, with its verdict of record."""

    __tablename__ = "report_facts"
    __table_args__ = (
        Index(
            "ix_report_facts_person_day",
            "person_id",
            "started_day",
            "finished",
            "week",
            "passed",
            "score",
            "score_bin",
            "scenario_id",
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
    week: Mapped[dt.date] = mapped_column(Date)  # the Monday of the ISO week
    finished: Mapped[bool] = mapped_column(Boolean)
    ended_at: Mapped[dt.datetime | None]
    score: Mapped[float | None] = mapped_column(Float)  # of record
    passed: Mapped[bool | None] = mapped_column(Boolean)  # of record
    score_bin: Mapped[int | None] = mapped_column(Integer)  # 0..9 (tens; 100 in 9)
    auto_score: Mapped[float | None] = mapped_column(Float)
    auto_passed: Mapped[bool | None] = mapped_column(Boolean)
    status: Mapped[str | None] = mapped_column(String(16))  # automatic | override | disputed
    pending_review: Mapped[bool] = mapped_column(Boolean)  # a sitting's certificate waits


class ReportCriterionRow(Base):
    """One applicable criterion of a counted finished attempt, as it counts (overrides
    applied); the attempt's filter columns are repeated so no join is needed."""

    __tablename__ = "report_criteria"
    __table_args__ = (
        Index(
            "ix_report_criteria_person_day",
            "person_id",
            "started_day",
            "sop_id",
            "criterion_id",
            "failed",
            "scenario_id",
        ),
    )

    attempt_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    criterion_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    person_id: Mapped[int] = mapped_column(Integer)
    started_day: Mapped[dt.date] = mapped_column(Date)
    scenario_id: Mapped[str] = mapped_column(String(200))
    sop_id: Mapped[str] = mapped_column(String(200))
    failed: Mapped[bool] = mapped_column(Boolean)


class ReportThreadRow(Base):
    """One thread of a counted finished attempt: its channel, first response (seconds,
    and rounded to whole seconds for the distribution) and SLA."""

    __tablename__ = "report_threads"
    __table_args__ = (
        Index(
            "ix_report_threads_person_day",
            "person_id",
            "started_day",
            "channel",
            "first_response_whole_s",
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


REPORT_TABLES = ("report_sync", "report_facts", "report_criteria", "report_threads")
