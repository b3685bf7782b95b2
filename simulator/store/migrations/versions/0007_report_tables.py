"""Report tables: facts per counted attempt (verdict of record, the set of its
applicable criteria as they count), its threads, and the chain link they are up to date
with. Derived, not records: rewritten as verdicts change, rebuilt from the records (see
``simulator.store.report_tables``); the first report after this upgrade fills them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "report_sync",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_sync")),
    )
    op.create_table(
        "report_criteria_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_hash", sa.String(length=64), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_criteria_sets")),
        sa.UniqueConstraint("key_hash", name=op.f("uq_report_criteria_sets_key_hash")),
    )
    op.create_table(
        "report_facts",
        sa.Column("attempt_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.String(length=200), nullable=False),
        sa.Column("sop_id", sa.String(length=200), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("sitting", sa.Boolean(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("started_day", sa.Date(), nullable=False),
        sa.Column("week", sa.Integer(), nullable=False),
        sa.Column("finished", sa.Boolean(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("score_bin", sa.Integer(), nullable=True),
        sa.Column("auto_score", sa.Float(), nullable=True),
        sa.Column("auto_passed", sa.Boolean(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=True),
        sa.Column("pending_review", sa.Boolean(), nullable=False),
        sa.Column("criteria_set", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("attempt_id", name=op.f("pk_report_facts")),
    )
    for name, columns in FACT_INDEXES.items():
        op.create_index(name, "report_facts", list(columns))
    op.create_table(
        "report_threads",
        sa.Column("attempt_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("thread_id", sa.String(length=200), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("started_day", sa.Date(), nullable=False),
        sa.Column("scenario_id", sa.String(length=200), nullable=False),
        sa.Column("sop_id", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("first_response_s", sa.Float(), nullable=True),
        sa.Column("first_response_whole_s", sa.Integer(), nullable=True),
        sa.Column("has_sla", sa.Boolean(), nullable=False),
        sa.Column("sla_breached", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("attempt_id", "thread_id", name=op.f("pk_report_threads")),
    )
    op.create_index("ix_report_threads_channel", "report_threads", list(THREAD_INDEX))


FACT_INDEXES = {
    "ix_report_facts_person_week": (
        "person_id", "week", "started_day", "finished", "passed", "score", "scenario_id",
        "sop_id",
    ),
    "ix_report_facts_score_bin": (
        "score_bin", "person_id", "started_day", "scenario_id", "sop_id",
    ),
    "ix_report_facts_criteria": (
        "sop_id", "criteria_set", "person_id", "started_day", "scenario_id",
    ),
    "ix_report_facts_sitting": (
        "sitting", "scenario_id", "person_id", "started_day", "finished", "passed",
        "pending_review", "sop_id",
    ),
}  # fmt: skip
THREAD_INDEX = (
    "channel", "first_response_whole_s", "person_id", "started_day", "has_sla",
    "sla_breached", "scenario_id", "sop_id",
)  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_report_threads_channel", table_name="report_threads")
    op.drop_table("report_threads")
    for name in FACT_INDEXES:
        op.drop_index(name, table_name="report_facts")
    op.drop_table("report_facts")
    op.drop_table("report_criteria_sets")
    op.drop_table("report_sync")
