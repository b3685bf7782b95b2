"""Migration 0007 (the report tables): from 0006 with data already stored, and from the
0001-era database file; the report is the same as on a store that had them all along,
and the audit stays clean (the report tables are no chained records)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from simulator.reports.model import Catalog, ReportQuery
from simulator.reports.queries import build_report
from simulator.store import open_store
from simulator.store.migrate import alembic_config, head_revision
from tests.core.reports.helpers import CATALOG, PASSWORD, seed

NOW = dt.datetime(2026, 4, 1, tzinfo=dt.UTC)
OLD = Path(__file__).resolve().parents[2] / "store" / "store_data" / "old" / "frontline-0001.db"
REPORT_TABLES = {"report_sync", "report_facts", "report_criteria_sets", "report_threads"}


def test_upgrade_from_0006_fills_the_report_tables_on_the_first_report(store):
    cohort = seed(store)
    query = ReportQuery(cohort.cohort_id)
    before = build_report(store, query, CATALOG, now=NOW, requester=cohort.trainer)
    with store.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0006")
    assert not REPORT_TABLES & set(inspect(store.engine).get_table_names())
    url = store.engine.url.render_as_string(hide_password=False)
    with open_store(url) as again:
        assert again.schema().current == head_revision() == "0007"
        with again.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM report_facts")).scalar() == 0
        trainer = again.authenticate("tariq", PASSWORD)
        after = build_report(again, query, CATALOG, now=NOW, requester=trainer)
        assert after == before and after.finished == 4
        assert again.audit() == []


def test_a_0001_database_upgrades_and_reports(tmp_path: Path):
    db = tmp_path / "frontline.db"
    shutil.copyfile(OLD, db)
    with open_store(f"sqlite:///{db}") as store:
        admin = store.authenticate("ada", "admin-pass-0001")
        (cohort,) = store.cohorts()
        r = build_report(store, ReportQuery(cohort.id), Catalog(), now=NOW, requester=admin)
        # lina's one finished attempt, passed by the trainer's override; the other one
        # is unfinished.
        assert (r.cohort_name, r.members, r.finished, r.passed) == ("november", 1, 1, 1)
        assert [t.name for t in r.trainees] == ["lina"]
        assert sum(c.threads for c in r.channels) >= 1  # the real session's metrics
        assert sum(c.graded for c in r.failed_criteria) >= 1
        assert store.audit() == []


def test_db_upgrade_fills_the_report_tables(tmp_path: Path, monkeypatch, capsys):
    from simulator.cli import main

    db = tmp_path / "frontline.db"
    shutil.copyfile(OLD, db)
    monkeypatch.setenv("SIMULATOR_DATABASE_URL", f"sqlite:///{db}")
    assert main(["db", "upgrade"]) == 0
    out = capsys.readouterr().out
    assert "upgraded from 0001 to 0007" in out
    assert "report tables brought up to date (2 attempts)" in out
    with open_store(f"sqlite:///{db}") as store:
        assert store.sync_reports() == 0
    assert main(["db", "upgrade"]) == 0
    assert "report tables" not in capsys.readouterr().out  # nothing new
