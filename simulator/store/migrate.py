"""Schema migrations (Alembic, shipped in ``simulator/store/migrations``)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, text

from simulator.errors import StoreError
from simulator.store.db import hide_password

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Any number will do, as long as it is the same for every Frontline: first-start upgrades
# from many workstations at once take turns on this PostgreSQL advisory lock.
_PG_UPGRADE_LOCK = 7_420_130


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # None: an empty database
    head: str  # the newest revision this Frontline knows

    @property
    def is_current(self) -> bool:
        return self.current == self.head


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def _script() -> ScriptDirectory:
    """The shipped migrations (read once per process: they never change while running)."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None, "the store has no migrations"
    return head


def schema_state(conn: Connection) -> SchemaState:
    """The database's revision and ours; a StoreError if the database is newer than us."""
    current = MigrationContext.configure(conn).get_current_revision()
    if current is not None:
        try:
            known = _script().get_revision(current)
        except CommandError:
            known = None
        if known is None:
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
            command.upgrade(alembic_config(conn), "head")
    return before
