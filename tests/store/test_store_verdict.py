"""The verdict of record: trainers' overrides count (criteria, score, verdict, cohort
figures, trainee results); conflicting overrides stay disputed until an admin resolves
them; the automatic verdict and every override are kept, append-only."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from simulator.attempts.result import AttemptResult
from simulator.errors import StoreError

T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
SHA = "ab" * 32


def start(store, person_id, scenario_id="hacked-account", mode="practice"):
    return store.start_attempt(
        person_id,
        scenario_id=scenario_id,
        scenario_sha256=SHA,
        sop_id="account-recovery",
        sop_version=3,
        seed=7,
        mode=mode,
        started_at=T0,
    )


# 45%: greets (weight 45) passed, verifies (weight 55) missed.
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
def people(store):
    trainee = store.create_person("amal", "trainee")
    t1 = store.create_person("tariq", "trainer")
    t2 = store.create_person("huda", "trainer")
    admin = store.create_person("root", "admin")
    return trainee, t1, t2, admin


def finished(store, trainee):
    a = start(store, trainee.id)
    store.finish_attempt(a.id, GRADE, [], {}, ended_at=T0)
    return a


def test_a_criterion_override_changes_the_criterion_and_the_recomputed_score(store, people):
    trainee, t1, _t2, _admin = people
    a = finished(store, trainee)
    store.add_override(a.id, t1.id, passed=True, criterion_id="verifies", reason="asked the DOB")
    final = store.final_verdict(a.id)
    assert (final.score, final.passed, final.status) == (100.0, True, "override")
    assert (final.automatic_score, final.automatic_passed) == (45.0, False)
    assert [c["passed"] for c in final.criteria] == [True, True]
    # Listings, the trainee's result and the cohort all use it.
    assert (store.attempt(a.id).score, store.attempt(a.id).passed) == (100.0, True)
    assert [(x.score, x.passed, x.verdict) for x in store.attempts_for(trainee.id)] == [
        (100.0, True, "override")
    ]
    result = AttemptResult.from_store(store, a.id)
    assert (result.score, result.passed) == (100.0, True)
    assert [c["passed"] for c in result.grade["criteria"]] == [True, True]
    assert result.grade["automatic"] == {"score": 45.0, "passed": False}
    # The automatic result and the override stay as written.
    assert store.result_for(a.id).score == 45.0 and store.result_for(a.id).passed is False
    assert len(store.overrides_for(a.id)) == 1


def test_a_verdict_override_sets_passed_and_counts_in_the_cohort(store, people):
    trainee, t1, _t2, _admin = people
    c = store.create_cohort("spring")
    store.add_to_cohort(c.id, trainee.id)
    a = finished(store, trainee)
    assert store.cohort_summary(c.id).passed == 0
    store.add_override(a.id, t1.id, passed=True, score=80, reason="the grader missed Arabic")
    s = store.cohort_summary(c.id)
    assert (s.passed, s.finished, s.mean_score) == (1, 1, 80.0)
    assert (s.people[0].passed, s.people[0].mean_score) == (1, 80.0)
    # A later override by the same trainer replaces their earlier one.
    store.add_override(a.id, t1.id, passed=False, reason="on second thought, no")
    assert store.final_verdict(a.id).passed is False
    assert store.cohort_summary(c.id).passed == 0


def test_conflicting_overrides_are_disputed_until_an_admin_resolves_them(store, people):
    trainee, t1, t2, admin = people
    a = finished(store, trainee)
    store.add_override(a.id, t1.id, passed=True, criterion_id="verifies", reason="asked DOB")
    store.add_override(a.id, t2.id, passed=False, criterion_id="verifies", reason="never did")
    final = store.final_verdict(a.id)
    assert (final.status, final.passed, final.score) == ("disputed", False, 45.0)
    assert final.disputed_targets == ("verifies",)
    assert store.attempt(a.id).verdict == "disputed"
    with pytest.raises(StoreError, match="lead or admin"):
        store.resolve_overrides(a.id, t1.id, criterion_id="verifies", passed=True, reason="me")
    with pytest.raises(StoreError, match="needs a reason"):
        store.resolve_overrides(a.id, admin.id, criterion_id="verifies", passed=True, reason=" ")
    with pytest.raises(StoreError, match="do not conflict"):
        store.resolve_overrides(a.id, admin.id, criterion_id="greets", passed=True, reason="x")
    r = store.resolve_overrides(
        a.id, admin.id, criterion_id="verifies", passed=True, reason="the recording shows it"
    )
    assert store.resolutions_for(a.id) == [r]
    final = store.final_verdict(a.id)
    assert (final.status, final.passed, final.score) == ("override", True, 100.0)
    with pytest.raises(StoreError, match="do not conflict"):
        store.resolve_overrides(a.id, admin.id, criterion_id="verifies", passed=False, reason="x")
    # Every override is kept, append-only, and the history shows both trainers.
    assert [o.trainer_id for o in store.overrides_for(a.id)] == [t1.id, t2.id]
    assert store.audit() == []


def test_resolutions_are_append_only_in_the_database(store, people):
    trainee, t1, t2, admin = people
    a = finished(store, trainee)
    store.add_override(a.id, t1.id, passed=True, reason="yes")
    store.add_override(a.id, t2.id, passed=False, reason="no")
    store.resolve_overrides(a.id, admin.id, passed=True, reason="yes, on the recording")
    table = "override_resolutions"
    for sql in (f"UPDATE {table} SET passed = false", f"DELETE FROM {table}"):
        with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as conn:
            conn.execute(text(sql))
    assert store.final_verdict(a.id).passed is True


def test_cohort_counts_a_sitting_once_and_lists_trainees_only(store, people):
    trainee, t1, _t2, _admin = people
    c = store.create_cohort("spring")
    store.add_to_cohort(c.id, trainee.id)
    store.add_to_cohort(c.id, t1.id)  # a trainer in the cohort is no member of its figures
    for _ in range(2):
        sitting = start(store, trainee.id, scenario_id="exam:mini-en", mode="exam")
        for _ in range(4):
            item = start(store, trainee.id, mode="exam")
            store.finish_attempt(item.id, GRADE, [], {}, ended_at=T0)
        store.finish_attempt(sitting.id, {"score": 60.0, "passed": True}, [], {}, ended_at=T0)
    finished(store, trainee)  # one practice attempt
    s = store.cohort_summary(c.id)
    assert [p.name for p in s.people] == ["amal"]
    assert (s.members, s.attempts, s.finished, s.passed) == (1, 3, 3, 2)


def test_the_store_and_the_exams_agree_on_what_a_sitting_is():
    from simulator.exams import definition
    from simulator.store import models

    assert models.SITTING_PREFIX == definition.SITTING_PREFIX
