"""Blind calibration sessions in the store, on SQLite and PostgreSQL: the lead (an admin)
starts one; trainers grade blind; nothing is revealed, to anyone, before every trainer
has submitted; then the reveal; past sessions stay and compare."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from simulator.access import AccessError
from simulator.errors import StoreError

T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
SHA = "ab" * 32
PASSWORD = "correct horse"


def grade(greets: bool, verifies: bool) -> dict:
    return {
        "score": 45.0 * greets + 55.0 * verifies,
        "passed": greets and verifies,
        "pass_mark": 70.0,
        "criteria": [
            {"id": "greets", "title": "Greets", "passed": greets, "applicable": True,
             "weight": 45.0, "critical": False,
             "evidence": {"found": "Hello"}},
            {"id": "verifies", "title": "Verifies", "passed": verifies, "applicable": True,
             "weight": 55.0, "critical": True, "evidence": {"missing": ["date of birth"]}},
        ],
    }  # fmt: skip


def finished(store, person, g):
    a = store.start_attempt(
        person.id,
        scenario_id="hacked-account",
        scenario_sha256=SHA,
        sop_id="account-recovery",
        sop_version=3,
        seed=7,
        started_at=T0,
    )
    transcript = [{"at_s": 5.0, "thread": "main", "from": "trainee", "text": "Hello Sara"}]
    store.finish_attempt(a.id, g, transcript, {"actions": []}, ended_at=T0)
    return a


def signed(store, name, role):
    store.create_person(name, role, password=PASSWORD)
    return store.authenticate(name, PASSWORD)


@pytest.fixture
def world(store):
    lead = signed(store, "lead", "admin")
    t1 = signed(store, "tariq", "trainer")
    t2 = signed(store, "huda", "trainer")
    t3 = signed(store, "omar", "trainer")
    trainee = signed(store, "amal", "trainee")
    a1 = finished(store, trainee, grade(True, False))
    a2 = finished(store, trainee, grade(True, True))
    return lead, (t1, t2, t3), trainee, (a1, a2)


def test_only_the_lead_starts_a_session_and_only_over_finished_attempts(store, world):
    lead, (t1, t2, _t3), trainee, (a1, a2) = world
    with pytest.raises(AccessError, match="only an admin"):
        store.start_calibration(t1, title="x", attempt_ids=[a1.id], trainer_ids=[t1.id, t2.id])
    with pytest.raises(AccessError):
        store.start_calibration(trainee, title="x", attempt_ids=[a1.id], trainer_ids=[t1.id, t2.id])
    with pytest.raises(StoreError, match="at least two trainers"):
        store.start_calibration(lead, title="x", attempt_ids=[a1.id], trainer_ids=[t1.id])
    with pytest.raises(StoreError, match="only trainers and admins"):
        store.start_calibration(
            lead, title="x", attempt_ids=[a1.id], trainer_ids=[t1.id, trainee.id]
        )
    open_one = store.start_attempt(
        trainee.id, scenario_id="s", scenario_sha256=SHA, sop_id="s", sop_version=1, seed=1,
        started_at=T0,
    )  # fmt: skip
    with pytest.raises(StoreError, match="not finished"):
        store.start_calibration(
            lead, title="x", attempt_ids=[open_one.id], trainer_ids=[t1.id, t2.id]
        )
    with pytest.raises(StoreError, match="title"):
        store.start_calibration(lead, title="  ", attempt_ids=[a1.id], trainer_ids=[t1.id, t2.id])
    s = store.start_calibration(
        lead, title="March", attempt_ids=[a1.id, a2.id, a1.id], trainer_ids=[t1.id, t2.id]
    )
    assert s.attempt_ids == (a1.id, a2.id) and s.trainer_ids == (t1.id, t2.id)
    assert not s.complete and s.waiting_for == (t1.id, t2.id)


def test_trainers_grade_blind_and_nothing_is_revealed_until_all_have_submitted(store, world):
    lead, (t1, t2, t3), _trainee, (a1, a2) = world
    s = store.start_calibration(
        lead, title="March", attempt_ids=[a1.id, a2.id], trainer_ids=[t1.id, t2.id, t3.id]
    )
    blind = store.calibration_blind(t1, s.id)
    # The trainer sees the replies and the criteria's names, never a verdict or evidence.
    assert [i.attempt_id for i in blind.items] == [a1.id, a2.id]
    assert blind.items[0].transcript[0]["text"] == "Hello Sara"
    for item in blind.items:
        for c in item.criteria:
            assert set(c) == {"id", "title", "weight", "critical"}
    assert "passed" not in repr(blind) and "evidence" not in repr(blind)
    assert "score" not in repr(blind) and blind.mine is None
    # Someone outside the session sees nothing of it, even the lead who is no trainer of it.
    with pytest.raises(AccessError, match="not one of its trainers"):
        store.calibration_blind(lead, s.id)
    strict = {
        a1.id: {"greets": False, "verifies": False},
        a2.id: {"greets": True, "verifies": False},
    }
    same = {a1.id: {"greets": True, "verifies": False}, a2.id: {"greets": True, "verifies": True}}
    store.submit_calibration(t1, s.id, strict)
    # t1's grades are not shown to t2, and the results are refused to everyone, the lead
    # included, while t2 and t3 have not submitted.
    assert store.calibration_blind(t2, s.id).mine is None
    assert store.calibration_blind(t1, s.id).mine == strict
    for who in (lead, t1, t2):
        with pytest.raises(StoreError, match="2 of 3 still to"):
            store.calibration_results(who, s.id)
    assert store.calibration_blind_to(t2, a1.id) and not store.calibration_blind_to(lead, a1.id)
    with pytest.raises(StoreError, match="already submitted"):
        store.submit_calibration(t1, s.id, same)
    with pytest.raises(StoreError, match="grade verifies too"):
        store.submit_calibration(t2, s.id, {a1.id: {"greets": True}, a2.id: same[a2.id]})
    with pytest.raises(StoreError, match="no criterion tone"):
        store.submit_calibration(t2, s.id, {**same, a1.id: {**same[a1.id], "tone": True}})
    store.submit_calibration(t2, s.id, same)
    with pytest.raises(StoreError, match="1 of 3 still to"):
        store.calibration_results(lead, s.id)
    done = store.submit_calibration(t3, s.id, same)
    assert done.complete and not store.calibration_blind_to(t2, a1.id)
    results = store.calibration_results(t2, s.id)
    assert results.grades[t1.id][(a1.id, "greets")] is False
    assert results.automatic == {
        (a1.id, "greets"): True, (a1.id, "verifies"): False,
        (a2.id, "greets"): True, (a2.id, "verifies"): True,
    }  # fmt: skip
    reveal = results.reveal
    assert reveal.method == "fleiss"
    leaning = {t.name: t.leaning for t in reveal.trainers}
    assert leaning == {"tariq": "strict", "huda": "in line", "omar": "in line"}
    verifies = next(c for c in reveal.criteria if c.criterion_id == "verifies")
    assert verifies.title == "Verifies" and verifies.met == {t1.id: 0, t2.id: 1, t3.id: 1}
    # The grader agrees with huda and omar on everything.
    assert verifies.grader_agreement == pytest.approx(5 / 6)


def test_past_sessions_are_kept_and_compared(store, world):
    lead, (t1, t2, t3), trainee, (a1, a2) = world
    first = store.start_calibration(
        lead, title="March", attempt_ids=[a1.id, a2.id], trainer_ids=[t1.id, t2.id]
    )
    second = store.start_calibration(
        lead, title="April", attempt_ids=[a1.id, a2.id], trainer_ids=[t2.id, t3.id]
    )
    half = {a1.id: {"greets": True, "verifies": True}, a2.id: {"greets": False, "verifies": True}}
    auto = {a1.id: {"greets": True, "verifies": False}, a2.id: {"greets": True, "verifies": True}}
    store.submit_calibration(t1, first.id, half)
    store.submit_calibration(t2, first.id, auto)
    store.submit_calibration(t2, second.id, auto)
    store.submit_calibration(t3, second.id, auto)
    rows = store.calibration_comparison(lead)
    assert [r.title for r in rows] == ["March", "April"]
    assert rows[1].trainers_kappa == pytest.approx(1.0)
    assert rows[0].trainers_kappa is not None and rows[0].trainers_kappa < 1.0
    assert rows[1].grader_kappa == pytest.approx(1.0)
    # A trainer sees the sessions they are in; a trainee none at all.
    assert [s.title for s in store.calibration_sessions(t1)] == ["March"]
    assert [s.title for s in store.calibration_sessions(lead)] == ["April", "March"]
    with pytest.raises(AccessError):
        store.calibration_sessions(trainee)
    # Sessions and submissions are chained and append-only.
    assert store.audit(trusted=[store.signing_key().public]) == []
    with store.engine.begin() as conn, pytest.raises(DBAPIError, match="append-only"):
        conn.execute(text("UPDATE calibration_submissions SET grades = '{}'"))
    with store.engine.begin() as conn, pytest.raises(DBAPIError, match="append-only"):
        conn.execute(text("DELETE FROM calibration_sessions"))


def test_a_trainer_never_calibrates_their_own_attempt(store, world):
    lead, (t1, t2, _t3), _trainee, _attempts = world
    own = finished(store, t1, grade(True, True))
    with pytest.raises(StoreError, match="tariq: cannot grade their own attempt"):
        store.start_calibration(lead, title="x", attempt_ids=[own.id], trainer_ids=[t1.id, t2.id])


def test_cohort_figures_leave_out_what_the_viewer_grades_blind_until_the_reveal(store, world):
    lead, (t1, t2, t3), trainee, (_a1, a2) = world
    cohort = store.create_cohort("March")
    store.add_to_cohort(cohort.id, trainee.id)
    everyone = store.cohort_summary(cohort.id, viewer=t3)
    assert (everyone.finished, everyone.passed) == (2, 1)
    s = store.start_calibration(
        lead, title="March", attempt_ids=[a2.id], trainer_ids=[t1.id, t2.id]
    )
    # t1 grades a2 (the passed one) blind: no figure of his may count it.
    blind = store.cohort_summary(cohort.id, viewer=t1)
    assert (blind.attempts, blind.finished, blind.passed) == (1, 1, 0)
    assert blind.people[0].mean_score == 45.0
    # t3 is no trainer of the session: his figures are whole.
    assert store.cohort_summary(cohort.id, viewer=t3).passed == 1
    for trainer in (t1, t2):
        store.submit_calibration(trainer, s.id, {a2.id: {"greets": True, "verifies": True}})
    assert store.cohort_summary(cohort.id, viewer=t1).passed == 1
