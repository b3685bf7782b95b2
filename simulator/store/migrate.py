"""Schema migrations (Alembic, shipped in ``simulator/store/migrations``).

Alembic is imported only when a migration runs: the revisions are read from the
``versions/`` files themselves and the database's revision from its ``alembic_version``
table, so opening an up-to-date store costs no Alembic import (a faster app start).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from simulator.errors import StoreError
from simulator.store.db import hide_password

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
# Any number will do, as long as it is the same for every Frontline: first-start upgrades
# from many workstations at once take turns on this PostgreSQL advisory lock.
_PG_UPGRADE_LOCK = 7_420_130
_ASSIGN = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # None: an empty database
    head: str  # the newest revision this Frontline knows

    @property
    def is_current(self) -> bool:
        return self.current == self.head


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _literal(source: str) -> str | None:
    value = source.strip()
    if value == "None":
        return None
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    raise ValueError(f"not a plain revision id: {value}")


@functools.cache
def revisions() -> dict[str, str | None]:
    """Every shipped revision id -> the one before it, read from ``versions/*.py``."""
    found: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        values = dict(_ASSIGN.findall(path.read_text(encoding="utf-8")))
        revision = _literal(values.get("revision", "None"))
        if revision is not None:
            found[revision] = _literal(values.get("down_revision", "None"))
    return found


def head_revision() -> str:
    """The newest shipped revision (the one no other revision follows)."""
    known = revisions()
    heads = set(known) - {down for down in known.values() if down is not None}
    assert len(heads) == 1, f"the store's migrations must form one line, heads: {heads}"
    return heads.pop()


def current_revision(conn: Connection) -> str | None:
    """The database's revision (None: no schema yet), read without Alembic."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise StoreError(
            hide_password(conn.engine.url),
            f"the database has several schema revisions ({', '.join(sorted(rows))}); "
            "it was not written by Frontline",
        )
    return rows[0] if rows else None


def schema_state(conn: Connection) -> SchemaState:
    """The database's revision and ours; a StoreError if the database is newer than us."""
    current = current_revision(conn)
    if current is not None and current not in revisions():
        raise StoreError(
            hide_password(conn.engine.url),
            f"the database was written by a newer version of Frontline (schema revision "
            f"{current!r} is unknown to this one); update Frontline on this computer, "
            "or use another database with --database-url",
        )
    return SchemaState(current=current, head=head_revision())


def upgrade(engine: Engine) -> SchemaState:
    """Create or migrate the schema to our newest revision; returns the state before."""
    with engine.execution_options(write=True).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_UPGRADE_LOCK})
        before = schema_state(conn)
        if not before.is_current:
            from alembic import command  # only here: most starts need no migration

            command.upgrade(alembic_config(conn), "head")
    return before
