"""Issue 14: ``simulator db roles`` on the real PostgreSQL server: a workstation login can
write attempts, events and its own check-ins but cannot change people or roles or read
other people's check-ins; an admin login can manage people but reads no check-ins."""

from __future__ import annotations

import datetime as dt
import secrets

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from simulator.access import AccessError
from simulator.errors import StoreError
from simulator.store import open_store
from tests.conftest import _pg_admin_conninfo

# Database roles exist on PostgreSQL only: these tests run there (SQLite: see the end).
ON_POSTGRES = pytest.mark.parametrize(
    "store_url", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def centre(cli, store_url, request):
    """A migrated schema with people and check-ins, the two roles, and a login in each."""
    prefix = f"t{secrets.token_hex(4)}_"
    with open_store(store_url) as store:
        store.create_person("admin1", "admin", password="admin1-password")
        store.create_person("tarek", "trainer", password="tarek-password")
        amal = store.create_person("amal", "trainee", password="amal-password")
        badr = store.create_person("badr", "trainee", password="badr-password")
        store.add_checkin(amal.id, rating=2, at=T0)
        store.add_checkin(badr.id, rating=9, at=T0)
        cohort = store.create_cohort("spring")
        for p in (amal, badr):
            store.add_to_cohort(cohort.id, p.id)
    r = cli("--database-url", store_url, "db", "roles", "--prefix", prefix)
    assert r.code == 0, r.err
    assert f"{prefix}workstation and {prefix}admin are set up" in r.out
    seat, boss = f"{prefix}seat", f"{prefix}boss"
    admin_conn = psycopg.connect(_pg_admin_conninfo(), autocommit=True)
    admin_conn.execute(f'CREATE ROLE "{seat}" LOGIN IN ROLE "{prefix}workstation"')
    admin_conn.execute(f'CREATE ROLE "{boss}" LOGIN IN ROLE "{prefix}admin"')

    def cleanup():
        for role in (seat, boss, f"{prefix}workstation", f"{prefix}admin"):
            admin_conn.execute(f'DROP OWNED BY "{role}"')
            admin_conn.execute(f'DROP ROLE "{role}"')
        admin_conn.close()

    request.addfinalizer(cleanup)
    as_seat = make_url(store_url).set(username=seat).render_as_string(hide_password=False)
    as_boss = make_url(store_url).set(username=boss).render_as_string(hide_password=False)
    return {"owner": store_url, "seat": as_seat, "boss": as_boss, "cohort": cohort.id}


@ON_POSTGRES
def test_the_workstation_role(centre):
    with open_store(centre["seat"]) as store:
        amal = store.authenticate("amal", "amal-password")
        assert amal is not None  # it reads people to sign them in
        attempt = store.start_attempt(
            amal.id, scenario_id="s", scenario_sha256="0" * 64, sop_id="x", sop_version=1,
            seed=1, started_at=T0,
        )  # fmt: skip
        store.save_event(attempt.id, {"kind": "reply", "at_s": 1.0, "text": "hi"})
        store.finish_attempt(attempt.id, {"score": 1}, [], {}, ended_at=T0)
        store.add_checkin(amal.id, rating=7, at=T0)
        assert [c.rating for c in store.checkins_for(amal, amal.id)] == [2, 7]
        store.set_language("amal", "ar")  # her own preference: allowed
        for change in (
            lambda: store.create_person("mallory", "admin", password="mallory-password"),
            lambda: store.set_password("admin1", "pwned-password"),
        ):
            with pytest.raises(StoreError, match="permission denied"):
                change()
        with store.engine.begin() as conn:
            rows = conn.execute(text("SELECT person_id FROM checkins")).all()
        assert rows == []  # nobody named for this transaction: no check-in is visible
        for sql in (
            "UPDATE people SET role = 'admin' WHERE name = 'amal'",
            "UPDATE people SET password_hash = 'x' WHERE name = 'admin1'",
            "DELETE FROM events",
            "INSERT INTO people (name, display_name, role, language, created_at, settings) "
            "VALUES ('m', 'm', 'admin', 'en', now(), '{}')",
        ):
            with pytest.raises(Exception, match="permission denied"), store.engine.begin() as conn:
                conn.execute(text(sql))
        tarek = store.authenticate("tarek", "tarek-password")
        figures = store.checkin_aggregate(tarek, centre["cohort"])
        assert figures.suppressed and figures.people == 2  # aggregates only, via the function
    with open_store(centre["owner"]) as owner:
        assert owner.person("amal").role == "trainee" and owner.person("mallory") is None
        assert owner.authenticate("admin1", "admin1-password") is not None
        assert owner.person("amal").language == "ar"


@ON_POSTGRES
def test_the_admin_role(centre):
    with open_store(centre["boss"]) as store:
        store.create_person("zain", "trainer", password="zain-password")
        store.set_password("tarek", "tarek-new-password")
        with store.engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM checkins")).scalar() == 0
        admin = store.authenticate("admin1", "admin1-password")
        with pytest.raises(AccessError):
            store.checkins_for(admin, store.person("amal").id)
    with open_store(centre["owner"]) as owner:
        assert owner.person("zain").role == "trainer"


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_sqlite_has_no_roles(cli, store_url):
    r = cli("--database-url", store_url, "db", "roles")
    assert r.code == 2 and "only PostgreSQL has database roles" in r.err


@ON_POSTGRES
def test_the_figures_function_refuses_differencing_and_averages_people_first(centre):
    """Issue 16, through a workstation login (the function, not the Python path)."""
    with open_store(centre["owner"]) as owner:
        five = [owner.create_person(f"p{i}", "trainee") for i in range(5)]
        for _ in range(4):  # p0 checks in often; each person's mean counts once
            owner.add_checkin(five[0].id, rating=0, stress=5, at=T0)
        for p in five[1:]:
            owner.add_checkin(p.id, rating=10, stress=1, at=T0)
        target = owner.create_person("target", "trainee")
        owner.add_checkin(target.id, rating=1, stress=5, at=T0)
        a, b = owner.create_cohort("A"), owner.create_cohort("B")
        for p in five:
            owner.add_to_cohort(a.id, p.id)
            owner.add_to_cohort(b.id, p.id)
        owner.add_to_cohort(b.id, target.id)
    with open_store(centre["seat"]) as store:
        tarek = store.authenticate("tarek", "tarek-password")
        first = store.checkin_aggregate(tarek, a.id)
        second = store.checkin_aggregate(tarek, b.id)
    assert first.suppressed and second.suppressed
    assert (first.why, second.why) == ("overlap", "overlap")
    with open_store(centre["owner"]) as owner:
        c = owner.create_cohort("C")
        for p in five:
            owner.add_to_cohort(c.id, p.id)
    # C has the same people as A; B alone blocks it. Without B's target, figures come.
    with open_store(centre["owner"]) as owner, owner.engine.begin() as conn:
        conn.execute(text("DELETE FROM cohort_members WHERE cohort_id = :b"), {"b": b.id})
    with open_store(centre["seat"]) as store:
        tarek = store.authenticate("tarek", "tarek-password")
        figures = store.checkin_aggregate(tarek, c.id)
        assert not figures.suppressed and figures.people == 5 and figures.checkins == 8
        assert (figures.mean_rating, figures.mean_stress) == (8.0, 1.8)
        assert store.checkin_aggregate(tarek, a.id) == figures.__class__(
            a.id, 5, False, 8, 8.0, 1.8
        )


@ON_POSTGRES
def test_the_roles_on_calibration_and_disputes(centre):
    """Issue 16: a seat grades in calibration sessions and writes and resolves disputes;
    starting a session and setting the dispute window (the lead's, an admin's) need the
    admin role."""
    grade = {
        "score": 0.0, "passed": False, "pass_mark": 70.0,
        "criteria": [{"id": "greets", "passed": False, "applicable": True, "weight": 1.0}],
    }  # fmt: skip
    with open_store(centre["boss"]) as store:
        store.create_person("zain", "trainer", password="zain-password")
    with open_store(centre["seat"]) as store:
        amal = store.authenticate("amal", "amal-password")
        attempt = store.start_attempt(
            amal.id, scenario_id="s", scenario_sha256="0" * 64, sop_id="x", sop_version=1,
            seed=1, started_at=T0,
        )  # fmt: skip
        store.finish_attempt(attempt.id, grade, [], {}, ended_at=store.now())
        lead = store.authenticate("admin1", "admin1-password")
        tarek = store.authenticate("tarek", "tarek-password")
        zain = store.authenticate("zain", "zain-password")
        for change in (
            lambda: store.start_calibration(
                lead, title="x", attempt_ids=[attempt.id], trainer_ids=[tarek.id, zain.id]
            ),
            lambda: store.set_dispute_window(lead, 3),
        ):
            with pytest.raises(StoreError, match="permission denied"):
                change()
    with open_store(centre["boss"]) as store:
        lead = store.authenticate("admin1", "admin1-password")
        session = store.start_calibration(
            lead, title="x", attempt_ids=[attempt.id], trainer_ids=[tarek.id, zain.id]
        )
        assert store.set_dispute_window(lead, 3) == 3
    with open_store(centre["seat"]) as store:
        amal = store.authenticate("amal", "amal-password")
        tarek = store.authenticate("tarek", "tarek-password")
        zain = store.authenticate("zain", "zain-password")
        store.submit_calibration(tarek, session.id, {attempt.id: {"greets": True}})
        store.submit_calibration(zain, session.id, {attempt.id: {"greets": False}})
        assert store.calibration_results(tarek, session.id).reveal.method == "cohen"
        d = store.dispute(amal, attempt.id, "greets", "I greeted her")
        done = store.resolve_dispute(tarek, d.id, overturn=True, reason="She did")
        assert done.resolution.override_id is not None
        assert store.final_verdict(attempt.id).criteria[0]["passed"] is True
        assert "verdict: pass" in store.dispute_example(tarek, d.id)
        for sql in ("DELETE FROM disputes", "INSERT INTO policy_settings (key, value, set_by, at) "
                    "VALUES ('dispute_window_days', '99', 1, now())"):  # fmt: skip
            with pytest.raises(Exception, match="permission denied"), store.engine.begin() as conn:
                conn.execute(text(sql))
