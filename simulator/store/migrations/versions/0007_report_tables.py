"""Report tables: facts per counted attempt (verdict of record), its applicable criteria
and its threads, and the chain link they are up to date with. Derived, not records:
rewritten as verdicts change, rebuilt from the records (see
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


def _filter_columns() -> list[sa.Column]:
    return [
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("started_day", sa.Date(), nullable=False),
        sa.Column("scenario_id", sa.String(length=200), nullable=False),
        sa.Column("sop_id", sa.String(length=200), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "report_sync",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_sync")),
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
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("finished", sa.Boolean(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("score_bin", sa.Integer(), nullable=True),
        sa.Column("auto_score", sa.Float(), nullable=True),
        sa.Column("auto_passed", sa.Boolean(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=True),
        sa.Column("pending_review", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("attempt_id", name=op.f("pk_report_facts")),
    )
    op.create_index(
        "ix_report_facts_person_day",
        "report_facts",
        ["person_id", "started_day", "finished", "week", "passed", "score", "score_bin",
         "scenario_id", "sop_id"],
    )  # fmt: skip
    op.create_table(
        "report_criteria",
        sa.Column("attempt_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("criterion_id", sa.String(length=200), nullable=False),
        *_filter_columns(),
        sa.Column("failed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("attempt_id", "criterion_id", name=op.f("pk_report_criteria")),
    )
    op.create_index(
        "ix_report_criteria_person_day",
        "report_criteria",
        ["person_id", "started_day", "sop_id", "criterion_id", "failed", "scenario_id"],
    )
    op.create_table(
        "report_threads",
        sa.Column("attempt_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("thread_id", sa.String(length=200), nullable=False),
        *_filter_columns(),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("first_response_s", sa.Float(), nullable=True),
        sa.Column("first_response_whole_s", sa.Integer(), nullable=True),
        sa.Column("has_sla", sa.Boolean(), nullable=False),
        sa.Column("sla_breached", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("attempt_id", "thread_id", name=op.f("pk_report_threads")),
    )
    op.create_index(
        "ix_report_threads_person_day",
        "report_threads",
        ["person_id", "started_day", "channel", "first_response_whole_s", "has_sla",
         "sla_breached", "scenario_id", "sop_id"],
    )  # fmt: skip


def downgrade() -> None:
    for table in ("report_threads", "report_criteria", "report_facts"):
        op.drop_index(f"ix_{table}_person_day", table_name=table)
        op.drop_table(table)
    op.drop_table("report_sync")
