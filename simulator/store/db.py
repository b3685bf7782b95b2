"""The one place that knows the database URL, and how to connect to it.

SQLite in the user's data folder by default; ``--database-url`` (which the CLI copies to
``SIMULATOR_DATABASE_URL``) or that variable selects another database, e.g.
``postgresql+psycopg://user@host/db``. Driver errors are turned into one-line
``StoreError`` messages that say what to do.
"""

from __future__ import annotations

import os
import sqlite3
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from simulator.errors import StoreError
from simulator.paths import data_dir
from simulator.redact import hide_url, known_secrets, redact

DB_FILE_NAME = "frontline.db"
# How long a SQLite writer waits for another writer before giving up ("locked").
SQLITE_BUSY_TIMEOUT_MS = 15000
# How long a PostgreSQL statement waits for a lock before giving up ("locked").
PG_LOCK_TIMEOUT_MS = 10000


def database_url() -> str:
    """The URL of the store: ``SIMULATOR_DATABASE_URL``, else SQLite in the data folder."""
    configured = os.environ.get("SIMULATOR_DATABASE_URL", "").strip()
    if configured:
        return configured
    return f"sqlite:///{data_dir() / DB_FILE_NAME}"


def parse_url(url: str) -> URL:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise StoreError(
            "database URL", f"{hide_password(url)!r} is not a URL ({redact(str(exc))})"
        ) from None
    if parsed.host:
        try:
            parsed.host.encode("idna")
        except UnicodeError:
            raise StoreError(
                "database URL", f"{hide_password(parsed)}: {parsed.host!r} is not a host name"
            ) from None
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise StoreError(
            "database URL", f"{hide_password(parsed)}: port {parsed.port} is not 1-65535"
        )
    return parsed


def hide_password(url: str | URL) -> str:
    """The URL as it may be shown to a user: any password replaced by ``***``."""
    try:
        parsed = url if isinstance(url, URL) else make_url(url)
    except (ArgumentError, ValueError):
        return hide_url(str(url))
    # The query can hold credentials too (?password=..., ?sslpassword=...).
    return hide_url(parsed.render_as_string(hide_password=False))


def sqlite_path(url: URL) -> str | None:
    """The file of a SQLite URL (None for other databases and in-memory SQLite)."""
    if url.get_backend_name() != "sqlite":
        return None
    db = url.database or ""
    if db in ("", ":memory:") or db.startswith("file::memory:"):
        return None
    if url.query.get("uri") and db.startswith("file:"):
        db = db.removeprefix("file:")
    return db


def _prepare_sqlite_folder(url: URL) -> None:
    path = sqlite_path(url)
    if path is None:
        return
    folder = os.path.dirname(os.path.abspath(path))
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            folder,
            f"cannot create the data folder ({exc.strerror or exc}); make it writable, "
            "or choose another with SIMULATOR_DATA_DIR or --database-url",
        ) from exc
    if not os.access(folder, os.W_OK) or (os.path.exists(path) and not os.access(path, os.W_OK)):
        raise StoreError(
            path,
            "the data folder or the store file is read-only; make it writable, "
            "or choose another with SIMULATOR_DATA_DIR or --database-url",
        )


def _on_sqlite_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Python's sqlite3 opens transactions on its own; we take over so that a write
    # starts with BEGIN IMMEDIATE (see _on_sqlite_begin) and never deadlocks on upgrade.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    mode = cur.execute("PRAGMA journal_mode").fetchone()[0]
    if str(mode).lower() not in ("wal", "memory"):
        cur.execute("PRAGMA journal_mode = WAL")
    # FULL: every commit is synced to disk, so it survives a power cut, not only a
    # killed process (WAL's default NORMAL may lose the last commits on power loss).
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def _on_pg_connect(dbapi_conn: Any, _record: Any) -> None:
    # Without a lock timeout a writer would wait forever behind a stuck session.
    with dbapi_conn.cursor() as cur:
        cur.execute(f"SET lock_timeout = {int(PG_LOCK_TIMEOUT_MS)}")
    dbapi_conn.commit()


def _on_sqlite_begin(conn: Any) -> None:
    # A write transaction takes the write lock at once, so two writers queue (busy_timeout)
    # instead of failing when a reader tries to become a writer.
    mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def _on_sqlite_connect_ro(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA query_only = ON")
    cur.close()


def _on_pg_connect_ro(dbapi_conn: Any, _record: Any) -> None:
    # Every transaction of this connection is READ ONLY: the server refuses any write.
    with dbapi_conn.cursor() as cur:
        cur.execute(f"SET lock_timeout = {int(PG_LOCK_TIMEOUT_MS)}")
        cur.execute("SET default_transaction_read_only = on")
    dbapi_conn.commit()


def _sqlite_ro_engine(parsed: URL) -> Engine:
    """A read-only engine on an existing SQLite file: ``mode=ro`` (works on a read-only
    file or folder and creates nothing), and ``immutable=1`` when even the WAL's
    shared-memory file cannot be made (a snapshot on read-only media)."""
    path = sqlite_path(parsed)
    if path is None:
        return create_engine(parsed)
    if not os.path.isfile(path):
        raise StoreError(hide_password(parsed), "no such store file (nothing was created)")
    absolute = os.path.abspath(path)
    from urllib.parse import quote

    uri = f"file:{quote(absolute)}?mode=ro"

    def connect() -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            # A WAL database in a folder we may not write: read the file as it is.
            return sqlite3.connect(uri + "&immutable=1", uri=True, check_same_thread=False)

    return create_engine(f"sqlite:///{absolute}", creator=connect)


def make_engine(url: str | None = None, *, read_only: bool = False) -> Engine:
    """An Engine for ``url`` (default: ``database_url()``), with SQLite set up for WAL.

    ``read_only``: nothing is created or changed (SQLite opened with ``mode=ro``,
    PostgreSQL in read-only transactions), for ``db check``, ``db audit`` and
    ``exam verify`` on a read-only store or a snapshot."""
    parsed = parse_url(url or database_url())
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(
            "database URL",
            f"{hide_password(parsed)}: Frontline supports sqlite:/// and "
            "postgresql+psycopg:// databases",
        )
    kwargs: dict[str, Any] = {}
    if read_only and backend == "sqlite":
        engine = _sqlite_ro_engine(parsed)
        event.listen(engine, "connect", _on_sqlite_connect_ro)
        return engine
    if backend == "sqlite":
        _prepare_sqlite_folder(parsed)
    else:
        kwargs["pool_pre_ping"] = True
        kwargs["connect_args"] = {"connect_timeout": 10}
    try:
        engine = create_engine(parsed, **kwargs)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(
            "database URL", f"{hide_password(parsed)}: no driver for it ({exc})"
        ) from exc
    if backend == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
    else:
        event.listen(engine, "connect", _on_pg_connect_ro if read_only else _on_pg_connect)
    return engine


def explain(exc: BaseException, url: str | URL) -> StoreError:
    """A one-line StoreError for a driver error met while using the store at ``url``."""
    shown = hide_password(url)
    orig = getattr(exc, "orig", None) or exc
    secrets = (
        known_secrets([url.render_as_string(hide_password=False)])
        if isinstance(url, URL)
        else known_secrets([url])
    )
    text = redact(" ".join(str(orig).split()) or type(orig).__name__, secrets)
    low = text.lower()
    if "locked" in low or "busy" in low or "lock timeout" in low:
        return StoreError(
            shown,
            "the store is locked by another program or session (another Frontline window, "
            "a backup?); close it and try again — nothing was saved by this step",
        )
    if "readonly" in low or "read-only" in low or "read only" in low:
        return StoreError(
            shown,
            "the store is read-only; make the file and its folder writable, or choose "
            "another with SIMULATOR_DATA_DIR or --database-url — nothing was saved",
        )
    if "unable to open" in low:
        return StoreError(
            shown,
            "cannot open the store file; check the data folder exists and is writable",
        )
    if (isinstance(exc, DBAPIError) and exc.connection_invalidated) or _is_connect_error(low):
        return StoreError(
            shown,
            f"cannot reach the database ({text}); check that the server is running and "
            "the URL is right (--database-url or SIMULATOR_DATABASE_URL)",
        )
    return StoreError(shown, f"database error: {text}")


def _is_connect_error(low: str) -> bool:
    return any(
        s in low
        for s in (
            "connection refused",
            "could not connect",
            "connection failed",
            "timeout expired",
            "could not translate host",
            "does not exist",
            "authentication failed",
            "server closed the connection",
            "no password supplied",
        )
    )
