"""An old database keeps working: a store written at schema revision 0001 (the first one
trainers used) upgrades to the newest revision, audits clean and reads back as it was.

The file was written by the code of that time (store_data/old/make_0001.py says how), so
a migration or a change of the chain's hashing that breaks old data fails here."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import create_engine, text

from simulator.store import open_store
from simulator.store.migrate import head_revision

OLD = Path(__file__).resolve().parent / "store_data" / "old" / "frontline-0001.db"


def _revision(url: str) -> str:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar())
    finally:
        engine.dispose()


def test_a_0001_database_upgrades_audits_clean_and_reads_back(tmp_path: Path) -> None:
    db = tmp_path / "frontline.db"
    shutil.copyfile(OLD, db)
    url = f"sqlite:///{db}"
    assert _revision(url) == "0001"
    with open_store(url) as store:
        assert store.schema().is_current
        assert store.audit() == []
        assert [p.name for p in store.people()] == ["ada", "lina", "tariq"]
        assert store.person("tariq").display_name == "طارق"
        lina = store.person("lina")
        done, unfinished = store.attempts_for(lina.id)
        assert done.finished and not unfinished.finished
        assert [e.kind for e in store.events_for(done.id)] == ["reply", "reply", "act"]
        result = store.result_for(done.id)
        assert result is not None and "criteria" in result.grade
        # The trainer's override of the time is the verdict of record today.
        assert (done.passed, done.verdict) == (True, "override")
        assert [o.reason for o in store.overrides_for(done.id)] == ["good enough"]
        assert store.unfinished_attempts(lina.id) == [unfinished]
    assert _revision(url) == head_revision()


def test_the_old_file_itself_is_left_alone(tmp_path: Path) -> None:
    """The fixture is copied, never opened in place (a test run must not upgrade it)."""
    assert _revision(f"sqlite:///{OLD}") == "0001"
