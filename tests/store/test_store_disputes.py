"""Trainees' disputes on SQLite and PostgreSQL: one criterion of their own finished
attempt, with a reason, within the admin's window (the store's clock); a trainer upholds
or overturns it with a reason; an overturn is an override, so the verdict of record
changes; a resolved dispute becomes a rubric example."""

from __future__ import annotations

import datetime as dt

import pytest
from ruamel.yaml import YAML
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from simulator.access import AccessError
from simulator.attempts.result import AttemptResult
from simulator.errors import StoreError
from simulator.store import open_store

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)
SHA = "ab" * 32
PASSWORD = "correct horse"


GRADE = {
    "score": 45.0,
    "passed": False,
    "pass_mark": 70.0,
    "criteria": [
        {"id": "greets", "passed": True, "applicable": True, "weight": 45.0, "critical": False},
        {"id": "verifies", "passed": False, "applicable": True, "weight": 55.0, "critical": False},
    ],
}


@pytest.fixture
def clock():
    return [NOW]


@pytest.fixture
def store(migrated_url, clock):
    """A store whose clock the test moves by hand."""
    s = open_store(migrated_url, now=lambda: clock[0])
    yield s
    s.close()


def signed(store, name, role):
    store.create_person(name, role, password=PASSWORD)
    return store.authenticate(name, PASSWORD)


def finished(store, person, ended_at):
    a = store.start_attempt(
        person.id, scenario_id="hacked-account", scenario_sha256=SHA, sop_id="account-recovery",
        sop_version=3, seed=7, started_at=ended_at - dt.timedelta(minutes=10),
    )  # fmt: skip
    transcript = [
        {"at_s": 1.0, "thread": "main", "from": "user", "text": "I was hacked"},
        {"at_s": 9.0, "thread": "main", "from": "trainee",
         "text": "Please confirm your date of birth"},
        {"at_s": 30.0, "thread": "main", "from": "trainee", "text": "Thank you, done"},
    ]  # fmt: skip
    actions = [{"at_s": 20.0, "type": "lookup", "value": None, "thread": "main"}]
    store.finish_attempt(a.id, GRADE, transcript, {"actions": actions}, ended_at=ended_at)
    return a


@pytest.fixture
def people(store):
    return (
        signed(store, "amal", "trainee"),
        signed(store, "tariq", "trainer"),
        signed(store, "root", "admin"),
        signed(store, "sami", "trainee"),
    )


def test_a_trainee_disputes_a_criterion_of_their_own_attempt_once(store, people):
    amal, tariq, root, sami = people
    a = finished(store, amal, NOW - dt.timedelta(days=1))
    with pytest.raises(StoreError, match="a reason is required"):
        store.dispute(amal, a.id, "verifies", "   ")
    with pytest.raises(StoreError, match="no criterion 'tone'"):
        store.dispute(amal, a.id, "tone", "I was polite")
    for other in (sami, tariq, root):  # nobody disputes someone else's attempt
        with pytest.raises(AccessError, match="only the trainee whose attempt it is"):
            store.dispute(other, a.id, "verifies", "asked the date of birth")
    d = store.dispute(amal, a.id, "verifies", "I asked for the date of birth at 0:09")
    assert (d.criterion_id, d.open, d.at, d.scenario_id) == (
        "verifies",
        True,
        NOW,
        "hacked-account",
    )
    with pytest.raises(StoreError, match="already disputed"):
        store.dispute(amal, a.id, "verifies", "again")
    assert [x.id for x in store.disputes(amal)] == [d.id]
    assert store.disputes(sami) == []
    assert [x.id for x in store.disputes(tariq, open_only=True)] == [d.id]


def test_the_window_is_the_admins_and_runs_on_the_stores_clock(store, people, clock):
    amal, tariq, root, _sami = people
    assert store.dispute_window_days() == 7
    a = finished(store, amal, NOW)
    clock[0] = NOW + dt.timedelta(days=7, seconds=-1)
    store.dispute(amal, a.id, "greets", "last second")
    clock[0] = NOW + dt.timedelta(days=7)
    with pytest.raises(StoreError, match="window closed on 2026-03-17 12:00 UTC \\(7 days"):
        store.dispute(amal, a.id, "verifies", "too late")
    with pytest.raises(AccessError, match="only an admin"):
        store.set_dispute_window(tariq, 30)
    with pytest.raises(StoreError, match="0 to 365 days"):
        store.set_dispute_window(root, 400)
    assert store.set_dispute_window(root, 30) == 30
    assert store.dispute_window_days() == 30
    store.dispute(amal, a.id, "verifies", "the window is longer now")
    store.set_dispute_window(root, 0)
    b = finished(store, amal, clock[0])
    with pytest.raises(StoreError, match="window closed"):
        store.dispute(amal, b.id, "verifies", "no disputes at all")


def test_an_overturn_is_an_override_and_changes_the_verdict_of_record(store, people):
    amal, tariq, root, _sami = people
    a = finished(store, amal, NOW)
    d = store.dispute(amal, a.id, "verifies", "I asked for the date of birth")
    with pytest.raises(AccessError):
        store.resolve_dispute(amal, d.id, overturn=True, reason="I say so")
    with pytest.raises(StoreError, match="a reason is required"):
        store.resolve_dispute(tariq, d.id, overturn=True, reason="")
    done = store.resolve_dispute(tariq, d.id, overturn=True, reason="She did, at 0:09")
    assert done.resolution.outcome == "overturned" and not done.open
    [override] = store.overrides_for(a.id)
    assert override.id == done.resolution.override_id
    assert (override.criterion_id, override.passed, override.trainer_id) == (
        "verifies",
        True,
        tariq.id,
    )
    final = store.final_verdict(a.id)
    assert (final.score, final.passed, final.status) == (100.0, True, "override")
    result = AttemptResult.from_store(store, a.id)
    assert result.passed and result.grade["automatic"] == {"score": 45.0, "passed": False}
    with pytest.raises(StoreError, match="already resolved"):
        store.resolve_dispute(root, d.id, overturn=False, reason="no")
    assert store.disputes(tariq, open_only=True) == []
    # Append-only and chained.
    assert store.audit(trusted=[store.signing_key().public]) == []
    with store.engine.begin() as conn, pytest.raises(DBAPIError, match="append-only"):
        conn.execute(text("UPDATE dispute_resolutions SET outcome = 'upheld'"))
    with store.engine.begin() as conn, pytest.raises(DBAPIError, match="append-only"):
        conn.execute(text("DELETE FROM disputes"))


def test_an_upheld_dispute_changes_nothing_and_a_trainer_never_resolves_their_own(store, people):
    amal, tariq, root, _sami = people
    a = finished(store, amal, NOW)
    d = store.dispute(amal, a.id, "greets", "fine")
    done = store.resolve_dispute(root, d.id, overturn=False, reason="The greeting was there")
    assert done.resolution.outcome == "upheld" and done.resolution.override_id is None
    assert store.overrides_for(a.id) == [] and store.final_verdict(a.id).status == "automatic"
    own = finished(store, tariq, NOW)
    mine = store.dispute(tariq, own.id, "verifies", "my own")
    with pytest.raises(AccessError, match="tariq"):
        store.resolve_dispute(tariq, mine.id, overturn=True, reason="me")


def test_a_resolved_dispute_becomes_a_rubric_example(store, people):
    amal, tariq, _root, _sami = people
    a = finished(store, amal, NOW)
    d = store.dispute(amal, a.id, "verifies", "I asked for the date of birth")
    with pytest.raises(StoreError, match="not resolved yet"):
        store.dispute_example(tariq, d.id)
    store.resolve_dispute(tariq, d.id, overturn=True, reason="She did, at 0:09")
    with pytest.raises(AccessError):
        store.dispute_example(amal, d.id)
    snippet = store.dispute_example(tariq, d.id)
    assert snippet.startswith(f"# From dispute {d.id}: attempt {a.id} of hacked-account")
    assert "Overturned by tariq: She did, at 0:09" in snippet
    [entry] = YAML(typ="safe").load(snippet)
    assert entry == {
        "verdict": "pass",
        "replies": {"main": ["Please confirm your date of birth", "Thank you, done"]},
        "actions": [{"type": "lookup", "thread": "main"}],
    }
    # Upheld on a failed criterion: the example must fail, and fail on that criterion.
    d2 = store.dispute(amal, finished(store, amal, NOW).id, "verifies", "no")
    store.resolve_dispute(tariq, d2.id, overturn=False, reason="No date of birth asked")
    [entry2] = YAML(typ="safe").load(store.dispute_example(tariq, d2.id))
    assert entry2["verdict"] == "fail" and entry2["fails"] == ["verifies"]


def test_a_trainer_grading_the_attempt_blind_gets_its_disputes_after_the_reveal(store, people):
    amal, tariq, root, _sami = people
    huda = signed(store, "huda", "trainer")
    a = finished(store, amal, NOW - dt.timedelta(days=1))
    d = store.dispute(amal, a.id, "verifies", "I asked for the date of birth at 0:09")
    s = store.start_calibration(
        root, title="March", attempt_ids=[a.id], trainer_ids=[tariq.id, huda.id]
    )
    # Tariq grades it blind: the dispute (which names the criterion's verdict) waits.
    assert store.disputes(tariq) == [] and store.disputes(tariq, attempt_id=a.id) == []
    with pytest.raises(StoreError, match="blind in a calibration session"):
        store.resolve_dispute(tariq, d.id, overturn=True, reason="right")
    assert [x.id for x in store.disputes(root)] == [d.id]  # the lead grades nothing
    assert [x.id for x in store.disputes(amal)] == [d.id]  # the trainee's own, as ever
    store.resolve_dispute(root, d.id, overturn=False, reason="the check stands")
    with pytest.raises(StoreError, match="blind in a calibration session"):
        store.dispute_example(tariq, d.id)
    grades = {a.id: {"greets": True, "verifies": True}}
    store.submit_calibration(tariq, s.id, grades)
    assert store.disputes(tariq) == []  # Huda still grades: not revealed yet
    store.submit_calibration(huda, s.id, grades)
    assert [x.id for x in store.disputes(tariq)] == [d.id]
    assert "verdict of record" in store.dispute_example(tariq, d.id)
