"""Alembic environment: runs on the connection that ``simulator.store.migrate`` passes in."""

from __future__ import annotations

from alembic import context

from simulator.store import report_tables  # noqa: F401 - its tables are in Base.metadata
from simulator.store.db import make_engine
from simulator.store.models import Base

config = context.config


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Frontline migrations run online only: use `simulator db upgrade`")

given = config.attributes.get("connection")
if given is not None:
    _run(given)
else:  # `alembic` run by hand from this folder, on the configured database
    with make_engine().connect() as conn:
        _run(conn)
        conn.commit()
