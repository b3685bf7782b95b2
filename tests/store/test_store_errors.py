"""Bad input: unreachable, locked, read-only stores. One clear StoreError; nothing lost."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from sqlalchemy.engine import make_url

from simulator.errors import StoreError
from simulator.store import db as store_db
from simulator.store import open_store

T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args], capture_output=True, text=True, timeout=120
    )


def one_line(r: subprocess.CompletedProcess[str]) -> str:
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert "Traceback" not in r.stderr and lines[0].startswith("simulator: ")
    return lines[0]


def unreachable(url: str) -> str:
    """The same kind of URL, pointing at nothing."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        return parsed.set(port=1, password="hunter2").render_as_string(hide_password=False)
    return "sqlite:////proc/no-such-folder/frontline.db"  # a folder nobody can create


@pytest.mark.slow
def test_an_unreachable_database_is_one_clear_error(store_url):
    bad = unreachable(store_url)
    with pytest.raises(StoreError) as err:
        open_store(bad)
    message = str(err.value)
    assert "hunter2" not in message
    assert "cannot reach the database" in message or "cannot create the data folder" in message
    r = cli("--database-url", bad, "db", "check")
    assert r.returncode == 2
    assert "hunter2" not in one_line(r)


@pytest.mark.slow
def test_a_data_folder_that_cannot_be_created_names_the_folder(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("SIMULATOR_DATA_DIR", str(blocker / "data"))
    with pytest.raises(StoreError, match="cannot create the data folder") as err:
        open_store()
    assert str(blocker / "data") in str(err.value)
    r = cli("user", "list")
    assert r.returncode == 2 and "cannot create the data folder" in one_line(r)


def _start(store):
    p = store.create_person("amal", "trainee")
    a = store.start_attempt(
        p.id, scenario_id="s", scenario_sha256="2" * 64, sop_id="x", sop_version=1, seed=1,
        started_at=T0,
    )  # fmt: skip
    store.save_event(a.id, {"kind": "reply", "at_s": 1.0, "thread": "m", "text": "kept"})
    return a


def test_a_locked_store_is_one_clear_error_and_nothing_is_lost(migrated_url, monkeypatch):
    monkeypatch.setattr(store_db, "SQLITE_BUSY_TIMEOUT_MS", 300)
    monkeypatch.setattr(store_db, "PG_LOCK_TIMEOUT_MS", 300)
    with open_store(migrated_url) as store:
        a = _start(store)
        locker = _Locker(migrated_url)
        try:
            with pytest.raises(StoreError, match="locked by another program"):
                store.save_event(a.id, {"kind": "reply", "at_s": 2.0, "thread": "m", "text": "x"})
        finally:
            locker.release()
        # The failed reply left nothing behind; the app retries it and it goes through.
        assert [e.data["text"] for e in store.events_for(a.id)] == ["kept"]
        store.save_event(a.id, {"kind": "reply", "at_s": 2.0, "thread": "m", "text": "x"})
        assert [e.seq for e in store.events_for(a.id)] == [1, 2]
        assert store.audit() == []


class _Locker:
    """Holds the store's write lock from another connection until released."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            import sqlite3

            self.conn = sqlite3.connect(parsed.database, isolation_level=None)
            self.conn.execute("BEGIN EXCLUSIVE")
        else:
            import psycopg

            info = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
            self.conn = psycopg.connect(info)
            self.conn.execute("LOCK TABLE events, chain_head IN ACCESS EXCLUSIVE MODE")

    def release(self) -> None:
        self.conn.rollback()
        self.conn.close()


def _read_only(url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"sqlite:///file:{parsed.database}?mode=ro&uri=true"
    options = parsed.query["options"] + " -cdefault_transaction_read_only=on"
    return parsed.update_query_dict({"options": options}).render_as_string(hide_password=False)


def test_a_read_only_store_is_one_clear_error_and_nothing_is_lost(migrated_url):
    with open_store(migrated_url) as store:
        a = _start(store)
    with open_store(_read_only(migrated_url)) as ro:
        assert [e.data["text"] for e in ro.events_for(a.id)] == ["kept"]  # reading works
        with pytest.raises(StoreError, match="read-only"):
            ro.save_event(a.id, {"kind": "reply", "at_s": 2.0, "thread": "m", "text": "x"})
        with pytest.raises(StoreError, match="read-only"):
            ro.create_person("badr", "trainee")
    with open_store(migrated_url) as store:
        assert [e.seq for e in store.events_for(a.id)] == [1]
        assert [p.name for p in store.people()] == ["amal"]
        assert store.audit() == []
