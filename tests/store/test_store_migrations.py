"""Migrations from empty, models and migrations in agreement, the URL, first start."""

from __future__ import annotations

import multiprocessing
import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from simulator.errors import StoreError
from simulator.store import database_url, open_store
from simulator.store.db import hide_password, make_engine
from simulator.store.migrate import alembic_config, head_revision, upgrade
from simulator.store.models import Base

TABLES = {
    "alembic_version", "attempts", "chain_head", "checkins", "cohort_members", "cohorts",
    "consents", "events", "exposures", "overrides", "people", "results",
    "name_changes", "revocations", "seal_signatures", "seal_start", "accommodations",
    "override_resolutions", "aggregate_queries", "calibration_sessions",
    "calibration_submissions", "disputes", "dispute_resolutions", "policy_settings",
    "report_sync", "report_facts", "report_criteria_sets", "report_threads",
}  # fmt: skip


def test_first_open_creates_every_table_at_the_newest_revision(store_url):
    with open_store(store_url) as store:
        assert store.schema().current == head_revision()
        assert store.schema().is_current
        assert set(inspect(store.engine).get_table_names()) == TABLES
        assert store.chain_length() == 0 and store.audit() == []
        assert store.counts() == dict.fromkeys(
            ("people", "cohorts", "attempts", "events", "results", "overrides", "exposures",
             "checkins"), 0,
        )  # fmt: skip


def test_models_and_migrations_agree(store_url):
    engine = make_engine(store_url)
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_upgrade_twice_changes_nothing_and_downgrade_empties(store_url):
    engine = make_engine(store_url)
    assert upgrade(engine).current is None
    assert upgrade(engine).is_current
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    upgrade(engine)
    assert set(inspect(engine).get_table_names()) == TABLES
    engine.dispose()


def test_without_migrate_an_empty_database_asks_for_db_upgrade(store_url):
    with pytest.raises(StoreError, match="run `simulator db upgrade`"):
        open_store(store_url, migrate=False)


def test_a_database_from_a_newer_frontline_is_refused_and_left_alone(store_url):
    with open_store(store_url) as store:
        person = store.create_person("amal", "trainee")
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    for migrate in (True, False):
        with pytest.raises(StoreError, match="newer version of Frontline") as err:
            open_store(store_url, migrate=migrate)
        assert "'9999_future'" in str(err.value) and "update Frontline" in str(err.value)
    engine = make_engine(store_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999_future"
        )
        assert conn.execute(text("SELECT name FROM people")).scalars().all() == [person.name]
    engine.dispose()


def _open_and_add(url: str, name: str) -> None:
    with open_store(url) as store:
        store.create_person(name, "trainee")


def test_many_workstations_starting_at_once_migrate_once(store_url):
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_open_and_add, args=(store_url, f"p{i}")) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    with open_store(store_url) as store:
        assert sorted(p.name for p in store.people()) == ["p0", "p1", "p2", "p3"]


def test_the_url_comes_from_the_environment(store_url, monkeypatch):
    monkeypatch.setenv("SIMULATOR_DATABASE_URL", store_url)
    assert database_url() == store_url
    with open_store() as store:
        assert store.engine.url.get_backend_name() in ("sqlite", "postgresql")
        assert store.url == hide_password(store_url)


def test_the_default_is_sqlite_in_the_data_folder_with_wal_and_foreign_keys(
    _isolated_data_dir, monkeypatch
):
    monkeypatch.delenv("SIMULATOR_DATABASE_URL", raising=False)
    expected = _isolated_data_dir / "frontline.db"
    assert database_url() == f"sqlite:///{expected}"
    with open_store() as store:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        store.create_person("amal", "trainee")
    assert expected.is_file()
    with sqlite3.connect(expected) as raw:
        assert raw.execute("SELECT name FROM people").fetchall() == [("amal",)]


def test_the_password_is_never_shown():
    shown = hide_password("postgresql+psycopg://frontline:hunter2@db.example/centre")
    assert "hunter2" not in shown and "frontline:***@db.example" in shown
