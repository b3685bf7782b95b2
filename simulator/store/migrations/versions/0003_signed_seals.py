"""Signed seals, revocations, and the log of display names

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

- ``seal_signatures``: each result's chain hash signed with the installation key when it
  is stored (written once, never changed);
- ``seal_start``: where signing began. Results already stored are left unsigned and this
  row says up to which link; a new store gets no row (every result is signed);
- ``revocations``: certificates an admin withdrew, with the reason (chained);
- ``name_changes``: display names set through the store (chained); backfilled here with
  each person's current name, so the audit can tell a rename that bypassed the store.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

CHAINED_TABLES = ("name_changes", "revocations")
WRITE_ONCE_TABLES = ("seal_signatures", "seal_start")


def _chain_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("chain_seq", sa.BigInteger(), nullable=True),
        sa.Column("chain_hash", sa.String(length=64), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "name_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        *_chain_columns(),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_name_changes_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_name_changes")),
        sa.UniqueConstraint("chain_seq", name=op.f("uq_name_changes_chain_seq")),
    )
    op.create_index(op.f("ix_name_changes_person_id"), "name_changes", ["person_id"])
    op.create_table(
        "revocations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("revoked_by", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        *_chain_columns(),
        sa.ForeignKeyConstraint(
            ["attempt_id"], ["attempts.id"], name=op.f("fk_revocations_attempt_id_attempts")
        ),
        sa.ForeignKeyConstraint(
            ["revoked_by"], ["people.id"], name=op.f("fk_revocations_revoked_by_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revocations")),
        sa.UniqueConstraint("attempt_id", name=op.f("uq_revocations_attempt_id")),
        sa.UniqueConstraint("chain_seq", name=op.f("uq_revocations_chain_seq")),
    )
    op.create_table(
        "seal_signatures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("result_id", sa.Integer(), nullable=False),
        sa.Column("chain_seq", sa.BigInteger(), nullable=False),
        sa.Column("chain_hash", sa.String(length=64), nullable=False),
        sa.Column("signing_from", sa.BigInteger(), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=19), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.String(length=100), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["result_id"], ["results.id"], name=op.f("fk_seal_signatures_result_id_results")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seal_signatures")),
        sa.UniqueConstraint("result_id", name=op.f("uq_seal_signatures_result_id")),
    )
    op.create_table(
        "seal_start",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chain_seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seal_start")),
    )
    _backfill()
    _create_triggers()


def _canonical(value: Any) -> bytes:
    # As simulator.store.chain.canonical (frozen here, like every released revision).
    text = json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


def _backfill() -> None:
    """Each person's current name as the first link of their names; where signing began."""
    conn = op.get_bind()
    head = sa.table("chain_head", sa.column("id"), sa.column("seq"), sa.column("hash"))
    people = sa.table(
        "people", sa.column("id"), sa.column("display_name"), sa.column("created_at", sa.DateTime)
    )
    names = sa.table(
        "name_changes",
        sa.column("id"),
        sa.column("person_id"),
        sa.column("display_name"),
        sa.column("at", sa.DateTime),
        sa.column("chain_seq"),
        sa.column("chain_hash"),
    )
    seq, previous = conn.execute(sa.select(head.c.seq, head.c.hash).where(head.c.id == 1)).one()
    for pid, display, created in conn.execute(
        sa.select(people.c.id, people.c.display_name, people.c.created_at).order_by(people.c.id)
    ).all():
        at = created if created.tzinfo else created.replace(tzinfo=dt.UTC)
        new_id = conn.execute(
            names.insert()
            .values(person_id=pid, display_name=display, at=at.replace(tzinfo=None))
            .returning(names.c.id)
        ).scalar_one()
        seq += 1
        payload = {
            "table": "name_changes",
            "id": int(new_id),
            "person_id": int(pid),
            "display_name": display,
            "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            "chain_seq": seq,
        }
        previous = hashlib.sha256(
            previous.encode("ascii") + b"\n" + _canonical(payload)
        ).hexdigest()
        conn.execute(
            names.update().where(names.c.id == new_id).values(chain_seq=seq, chain_hash=previous)
        )
    conn.execute(head.update().where(head.c.id == 1).values(seq=seq, hash=previous))
    results = sa.table("results", sa.column("chain_seq"))
    last_result = conn.execute(sa.select(sa.func.max(results.c.chain_seq))).scalar()
    if last_result:  # results stored before this revision carry no signature
        seal_start = sa.table("seal_start", sa.column("id"), sa.column("chain_seq"))
        conn.execute(seal_start.insert().values(id=1, chain_seq=int(last_result)))


def _create_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_WRITE_ONCE)
        for table in CHAINED_TABLES:  # frontline_append_only() comes from 0001
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION frontline_append_only()"
            )
        for table in WRITE_ONCE_TABLES:
            op.execute(
                f"CREATE TRIGGER {table}_write_once BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION frontline_write_once()"
            )
        return
    for table in (*CHAINED_TABLES, *WRITE_ONCE_TABLES):
        message = f"Frontline: {table} rows are append-only"
        when = "WHEN OLD.chain_hash IS NOT NULL " if table in CHAINED_TABLES else ""
        op.execute(
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
            f"{when}BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
        )


PG_WRITE_ONCE = """
CREATE FUNCTION frontline_write_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'Frontline: % rows are append-only (% refused)', TG_TABLE_NAME, TG_OP;
END
$$
"""


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in CHAINED_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
        for table in WRITE_ONCE_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_write_once ON {table}")
        op.execute("DROP FUNCTION IF EXISTS frontline_write_once()")
    op.drop_table("seal_start")
    op.drop_table("seal_signatures")
    op.drop_table("revocations")
    op.drop_index(op.f("ix_name_changes_person_id"), table_name="name_changes")
    op.drop_table("name_changes")
    # The name links leave the chain: put the head back on the last remaining link.
    conn = op.get_bind()
    last = None
    for table in ("attempts", "results", "overrides", "exposures", "events"):
        t = sa.table(table, sa.column("chain_seq"), sa.column("chain_hash"))
        row = conn.execute(
            sa.select(t.c.chain_seq, t.c.chain_hash).order_by(t.c.chain_seq.desc()).limit(1)
        ).first()
        if row is not None and row[0] is not None and (last is None or row[0] > last[0]):
            last = row
    head = sa.table("chain_head", sa.column("id"), sa.column("seq"), sa.column("hash"))
    seq, hash_ = (int(last[0]), last[1]) if last else (0, "0" * 64)
    conn.execute(head.update().where(head.c.id == 1).values(seq=seq, hash=hash_))
