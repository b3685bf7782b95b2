"""Blind calibration sessions and their submissions, trainees' disputes and their
resolutions, and admins' policy settings (the dispute window): all append-only and
chained

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = (
    "calibration_sessions",
    "calibration_submissions",
    "disputes",
    "dispute_resolutions",
    "policy_settings",
)


def _chain() -> list[sa.Column]:
    return [
        sa.Column("chain_seq", sa.BigInteger(), nullable=True),
        sa.Column("chain_hash", sa.String(length=64), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "calibration_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("attempt_ids", sa.JSON(), nullable=False),
        sa.Column("trainer_ids", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        *_chain(),
        sa.ForeignKeyConstraint(
            ["lead_id"], ["people.id"], name=op.f("fk_calibration_sessions_lead_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibration_sessions")),
        sa.UniqueConstraint("chain_seq", name=op.f("uq_calibration_sessions_chain_seq")),
    )
    op.create_table(
        "calibration_submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("trainer_id", sa.Integer(), nullable=False),
        sa.Column("grades", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        *_chain(),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["calibration_sessions.id"],
            name=op.f("fk_calibration_submissions_session_id_calibration_sessions"),
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"], ["people.id"], name=op.f("fk_calibration_submissions_trainer_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibration_submissions")),
        sa.UniqueConstraint("chain_seq", name=op.f("uq_calibration_submissions_chain_seq")),
        sa.UniqueConstraint("session_id", "trainer_id", name="uq_calibration_submissions_once"),
    )
    op.create_index(
        op.f("ix_calibration_submissions_session_id"), "calibration_submissions", ["session_id"]
    )
    op.create_table(
        "disputes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        *_chain(),
        sa.ForeignKeyConstraint(
            ["attempt_id"], ["attempts.id"], name=op.f("fk_disputes_attempt_id_attempts")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_disputes_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disputes")),
        sa.UniqueConstraint("chain_seq", name=op.f("uq_disputes_chain_seq")),
        sa.UniqueConstraint("attempt_id", "criterion_id", name="uq_disputes_attempt_criterion"),
    )
    op.create_index(op.f("ix_disputes_attempt_id"), "disputes", ["attempt_id"])
    op.create_table(
        "dispute_resolutions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("dispute_id", sa.Integer(), nullable=False),
        sa.Column("trainer_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("override_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        *_chain(),
        sa.CheckConstraint(
            "outcome IN ('upheld', 'overturned')", name=op.f("ck_dispute_resolutions_outcome")
        ),
        sa.ForeignKeyConstraint(
            ["dispute_id"], ["disputes.id"], name=op.f("fk_dispute_resolutions_dispute_id_disputes")
        ),
        sa.ForeignKeyConstraint(
            ["override_id"],
            ["overrides.id"],
            name=op.f("fk_dispute_resolutions_override_id_overrides"),
        ),
        sa.ForeignKeyConstraint(
            ["trainer_id"], ["people.id"], name=op.f("fk_dispute_resolutions_trainer_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute_resolutions")),
        sa.UniqueConstraint("chain_seq", name=op.f("uq_dispute_resolutions_chain_seq")),
        sa.UniqueConstraint("dispute_id", name=op.f("uq_dispute_resolutions_dispute_id")),
    )
    op.create_table(
        "policy_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("set_by", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        *_chain(),
        sa.ForeignKeyConstraint(
            ["set_by"], ["people.id"], name=op.f("fk_policy_settings_set_by_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_settings")),
        sa.UniqueConstraint("chain_seq", name=op.f("uq_policy_settings_chain_seq")),
    )
    op.create_index(op.f("ix_policy_settings_key"), "policy_settings", ["key"])
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in TABLES:
        if postgres:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION frontline_append_only()"
            )
            continue
        message = f"Frontline: {table} rows are append-only"
        op.execute(
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
            f"WHEN OLD.chain_hash IS NOT NULL BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    op.drop_index(op.f("ix_policy_settings_key"), table_name="policy_settings")
    op.drop_table("policy_settings")
    op.drop_table("dispute_resolutions")
    op.drop_index(op.f("ix_disputes_attempt_id"), table_name="disputes")
    op.drop_table("disputes")
    op.drop_index(
        op.f("ix_calibration_submissions_session_id"), table_name="calibration_submissions"
    )
    op.drop_table("calibration_submissions")
    op.drop_table("calibration_sessions")
