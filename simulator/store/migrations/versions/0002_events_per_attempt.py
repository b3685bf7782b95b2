"""Events chained per attempt; a result seals its attempt's events (count, last hash)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

Events written under 0001 were links of the global chain; the audit still checks them
there. New events are chained per attempt (see simulator/store/chain.py), so that many
trainees can save at once without queueing on one lock.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy), so SQLite keeps the append-only triggers.
    op.add_column("results", sa.Column("events_count", sa.Integer(), nullable=True))
    op.add_column("results", sa.Column("events_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("results", schema=None) as batch_op:
        batch_op.drop_column("events_hash")
        batch_op.drop_column("events_count")
    if op.get_bind().dialect.name == "sqlite":  # the batch copy dropped them
        message = "Frontline: results rows are append-only"
        op.execute(
            "CREATE TRIGGER IF NOT EXISTS results_no_update BEFORE UPDATE ON results "
            f"WHEN OLD.chain_hash IS NOT NULL BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )
        op.execute(
            "CREATE TRIGGER IF NOT EXISTS results_no_delete BEFORE DELETE ON results "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )
