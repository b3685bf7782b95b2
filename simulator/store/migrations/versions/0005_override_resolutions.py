"""Override resolutions (a lead or admin settles trainers' conflicting overrides, with a
reason; append-only, chained) and the member sets of earlier wellbeing aggregates

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLE = "override_resolutions"
MESSAGE = f"Frontline: {TABLE} rows are append-only"


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.String(length=200), nullable=True),
        sa.Column("resolver_id", sa.Integer(), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=False),
        sa.Column("last_override_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("chain_seq", sa.BigInteger(), nullable=True),
        sa.Column("chain_hash", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempts.id"],
            name=op.f("fk_override_resolutions_attempt_id_attempts"),
        ),
        sa.ForeignKeyConstraint(
            ["resolver_id"], ["people.id"], name=op.f("fk_override_resolutions_resolver_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_override_resolutions")),
        sa.UniqueConstraint("chain_seq", name=op.f("uq_override_resolutions_chain_seq")),
    )
    op.create_index(op.f("ix_override_resolutions_attempt_id"), TABLE, ["attempt_id"])
    op.create_table(
        "aggregate_queries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("members", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aggregate_queries")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"CREATE TRIGGER {TABLE}_append_only BEFORE UPDATE OR DELETE ON {TABLE} "
            "FOR EACH ROW EXECUTE FUNCTION frontline_append_only()"
        )
        return
    op.execute(
        f"CREATE TRIGGER {TABLE}_no_update BEFORE UPDATE ON {TABLE} "
        f"WHEN OLD.chain_hash IS NOT NULL BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_no_delete BEFORE DELETE ON {TABLE} "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_append_only ON {TABLE}")
    op.drop_table("aggregate_queries")
    op.drop_index(op.f("ix_override_resolutions_attempt_id"), table_name=TABLE)
    op.drop_table(TABLE)
