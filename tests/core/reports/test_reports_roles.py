"""PostgreSQL's least-privilege workstation role (``simulator db roles``) builds reports:
it may rewrite the derived report tables, which are no records."""

from __future__ import annotations

import datetime as dt
import secrets

import psycopg
import pytest
from sqlalchemy.engine import make_url

from simulator.reports.model import ReportQuery
from simulator.reports.queries import build_report
from simulator.store import open_store
from simulator.store.roles import create_roles
from tests.conftest import _pg_admin_conninfo
from tests.core.reports.helpers import CATALOG, PASSWORD, seed


@pytest.mark.postgres
def test_a_workstation_login_builds_a_report(pg_schema_url, request):
    with open_store(pg_schema_url) as owner:
        cohort = seed(owner)
        workstation, _ = create_roles(owner.engine, f"t{secrets.token_hex(4)}_")
    seat = f"{workstation}_seat"
    admin = psycopg.connect(_pg_admin_conninfo(), autocommit=True)
    admin.execute(f'CREATE ROLE "{seat}" LOGIN IN ROLE "{workstation}"')

    def cleanup() -> None:
        for role in (seat, workstation, workstation.replace("workstation", "admin")):
            admin.execute(f'DROP OWNED BY "{role}"')
            admin.execute(f'DROP ROLE "{role}"')
        admin.close()

    request.addfinalizer(cleanup)
    url = make_url(pg_schema_url).set(username=seat).render_as_string(hide_password=False)
    with open_store(url) as store:
        trainer = store.authenticate("tariq", PASSWORD)
        now = dt.datetime(2026, 4, 1, tzinfo=dt.UTC)
        report = build_report(
            store, ReportQuery(cohort.cohort_id), CATALOG, now=now, requester=trainer
        )
        assert (report.finished, report.passed) == (4, 3)
