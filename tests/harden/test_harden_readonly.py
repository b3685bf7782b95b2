"""Issue 14: ``db check``, ``db audit`` and ``exam verify`` open the store read-only
(SQLite ``mode=ro``, PostgreSQL read-only transactions); ``db check`` on a missing SQLite
path creates nothing; a certificate id above 2^31 is "no such certificate"."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from simulator.store import open_store
from simulator.store.db import make_engine
from tests.harden.conftest import one_line


def test_db_check_on_a_missing_sqlite_path_creates_nothing(cli, tmp_path):
    url = f"sqlite:///{tmp_path / 'no' / 'such' / 'store.db'}"
    one_line(cli("--database-url", url, "db", "check"), "no such folder", "nothing was created")
    r = cli("--database-url", f"sqlite:///{tmp_path / 'store.db'}", "db", "check")
    assert r.code == 1 and "no store file yet (nothing was created)" in r.out, r.out + r.err
    one_line(cli("--database-url", url, "db", "audit"), "no such store file")
    one_line(cli("--database-url", url, "exam", "verify", "0" * 20), "no such store file")
    assert list(tmp_path.iterdir()) == []


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_sqlite_checks_change_nothing(cli, migrated_sqlite):
    folder = migrated_sqlite.parent
    before = snapshot(folder)
    url = f"sqlite:///{migrated_sqlite}"
    assert cli("--database-url", url, "db", "check").code == 0
    assert cli("--database-url", url, "db", "audit").code == 0
    assert cli("--database-url", url, "exam", "verify", "0" * 20).code == 1
    after = snapshot(folder)
    assert after["store.db"] == before["store.db"]
    # SQLite may add its WAL companions (empty log, shared-memory index), nothing else.
    assert set(after) <= {"store.db", "store.db-wal", "store.db-shm"}
    assert (
        after.get("store.db-wal", hashlib.sha256(b"").hexdigest())
        == hashlib.sha256(b"").hexdigest()
    )


@pytest.fixture
def migrated_sqlite(tmp_path: Path) -> Path:
    path = tmp_path / "store" / "store.db"
    path.parent.mkdir()
    store = open_store(f"sqlite:///{path}")
    store.create_person("amal", "trainee")
    store.close()
    for extra in path.parent.iterdir():  # a clean, checkpointed file as on a snapshot
        if extra != path:
            extra.unlink()
    return path


@pytest.mark.parametrize(
    "migrated_url",
    ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
    indirect=True,
)
def test_the_read_only_engine_refuses_writes(migrated_url):
    engine = make_engine(migrated_url, read_only=True)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM people")).scalar() == 0
        with pytest.raises(DBAPIError, match=r"(?i)read.only|readonly"), engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO people (name, display_name, role, language, created_at, settings)"
                    " VALUES ('m', 'm', 'admin', 'en', CURRENT_TIMESTAMP, '{}')"
                )
            )
    finally:
        engine.dispose()
    with open_store(migrated_url, read_only=True) as store:
        assert store.counts()["people"] == 0
        with pytest.raises(Exception, match=r"(?i)read.only|readonly"):
            store.create_person("mallory", "admin")
    with open_store(migrated_url) as store:
        assert store.people() == []


@pytest.mark.parametrize(
    "migrated_url",
    ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
    indirect=True,
)
def test_a_certificate_id_above_2_31_is_no_such_certificate(cli, migrated_url, tmp_path):
    with open_store(migrated_url) as store:
        store.create_person("ada", "admin", password="ada-password")
    out = str(tmp_path / "c.html")
    for cid in ("FL-2147483648", "FL-999999999999", "FL-000077"):
        line = one_line(
            cli(
                "--database-url",
                migrated_url,
                "exam",
                "certificate",
                cid,
                "--output",
                out,
                "--as",
                "ada",
                stdin="ada-password\n",
            )
        )
        assert line.endswith(": no such certificate"), line
