"""Accommodations: extra exam time for one person, with a reason (append-only, chained)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

MESSAGE = "Frontline: accommodations rows are append-only"


def upgrade() -> None:
    op.create_table(
        "accommodations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("exam_id", sa.String(length=200), nullable=False),
        sa.Column("extra_s", sa.Float(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("granted_by", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("chain_seq", sa.BigInteger(), nullable=True),
        sa.Column("chain_hash", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_accommodations_person_id_people")
        ),
        sa.ForeignKeyConstraint(
            ["granted_by"], ["people.id"], name=op.f("fk_accommodations_granted_by_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accommodations")),
        sa.UniqueConstraint("chain_seq", name=op.f("uq_accommodations_chain_seq")),
    )
    op.create_index(
        op.f("ix_accommodations_person_id"), "accommodations", ["person_id"], unique=False
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TRIGGER accommodations_append_only BEFORE UPDATE OR DELETE ON accommodations "
            "FOR EACH ROW EXECUTE FUNCTION frontline_append_only()"
        )
        return
    op.execute(
        "CREATE TRIGGER accommodations_no_update BEFORE UPDATE ON accommodations "
        f"WHEN OLD.chain_hash IS NOT NULL BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    )
    op.execute(
        "CREATE TRIGGER accommodations_no_delete BEFORE DELETE ON accommodations "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS accommodations_append_only ON accommodations")
    op.drop_index(op.f("ix_accommodations_person_id"), table_name="accommodations")
    op.drop_table("accommodations")
