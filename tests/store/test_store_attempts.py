"""Attempts, events, results and overrides; append-only from the API and in the database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from simulator.errors import StoreError

T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
SHA = "ab" * 32


def start(store, person_id, **kw):
    args = dict(
        scenario_id="hacked-account",
        scenario_sha256=SHA,
        sop_id="account-recovery",
        sop_version=3,
        seed=7,
        mode="practice",
        started_at=T0,
    )
    args.update(kw)
    return store.start_attempt(person_id, **args)


def grade(score: float, passed: bool):
    return {"score": score, "passed": passed, "criteria": [{"id": "greets", "passed": passed}]}


def test_attempt_keeps_every_field_given(store):
    p = store.create_person("amal", "trainee")
    a = start(store, p.id, mode="exam", seed=2**40, started_at=T0 + dt.timedelta(hours=3))
    again = store.attempt(a.id)
    assert again == a
    assert (again.scenario_id, again.scenario_sha256, again.sop_id, again.sop_version) == (
        "hacked-account",
        SHA,
        "account-recovery",
        3,
    )
    assert (again.seed, again.mode, again.started_at) == (2**40, "exam", T0 + dt.timedelta(hours=3))
    assert again.started_at.tzinfo is not None and not again.finished


def test_start_attempt_refuses_bad_input(store):
    p = store.create_person("amal", "trainee")
    with pytest.raises(StoreError, match="mode"):
        start(store, p.id, mode="homework")
    with pytest.raises(StoreError, match="sha256"):
        start(store, p.id, scenario_sha256="not-a-hash")
    with pytest.raises(StoreError, match="no such person"):
        start(store, 4242)
    with pytest.raises(StoreError, match="time zone"):
        start(store, p.id, started_at=dt.datetime(2026, 3, 1, 8, 0))
    assert store.attempts_for(p.id) == []


def test_events_are_numbered_and_read_back_in_order(store):
    p = store.create_person("amal", "trainee")
    a = start(store, p.id)
    entries = [
        {"kind": "reply", "at_s": 12.25, "thread": "main", "text": "مرحبا، كيف أساعدك؟"},
        {"kind": "act", "at_s": 20, "type": "lookup", "value": None, "thread": None},
        {"kind": "delivered", "at_s": 40.0, "thread": "chat", "text": "hello??"},
    ]
    saved = [store.save_event(a.id, e) for e in entries]
    assert [s.seq for s in saved] == [1, 2, 3]
    events = store.events_for(a.id)
    assert events == saved
    assert [(e.kind, e.at_s) for e in events] == [
        ("reply", 12.25),
        ("act", 20.0),
        ("delivered", 40.0),
    ]
    assert events[0].data == {"thread": "main", "text": "مرحبا، كيف أساعدك؟"}
    assert events[1].data == {"type": "lookup", "value": None, "thread": None}


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ({"at_s": 1.0}, "needs a 'kind'"),
        ({"kind": "reply"}, "needs 'at_s'"),
        ({"kind": "reply", "at_s": -1}, "needs 'at_s'"),
        ({"kind": "reply", "at_s": float("nan")}, "needs 'at_s'"),
        ({"kind": "reply", "at_s": 1.0, "blob": object()}, "cannot be stored as JSON"),
    ],
)
def test_save_event_refuses_bad_events(store, event, message):
    p = store.create_person("amal", "trainee")
    a = start(store, p.id)
    with pytest.raises(StoreError, match=message):
        store.save_event(a.id, event)
    assert store.events_for(a.id) == []


def test_finish_stores_the_result_and_the_attempt_is_closed_for_good(store):
    p = store.create_person("amal", "trainee")
    a = start(store, p.id)
    store.save_event(a.id, {"kind": "reply", "at_s": 3.0, "thread": "main", "text": "hi"})
    transcript = [{"at_s": 3.0, "thread": "main", "from": "trainee", "text": "hi"}]
    metrics = {"threads": {"main": {"first_response_s": 3.0}}}
    ended = T0 + dt.timedelta(minutes=20)
    result = store.finish_attempt(a.id, grade(85.5, True), transcript, metrics, ended_at=ended)
    assert (result.score, result.passed, result.ended_at) == (85.5, True, ended)
    assert store.result_for(a.id) == result
    assert result.transcript == transcript and result.metrics == metrics
    done = store.attempt(a.id)
    assert (done.finished, done.score, done.passed, done.ended_at) == (True, 85.5, True, ended)
    with pytest.raises(StoreError, match="finished"):
        store.finish_attempt(a.id, grade(100, True), [], {}, ended_at=ended)
    with pytest.raises(StoreError, match="finished"):
        store.save_event(a.id, {"kind": "reply", "at_s": 4.0, "thread": "main", "text": "x"})
    assert store.result_for(a.id) == result  # the first verdict stands
    assert len(store.events_for(a.id)) == 1


def test_unfinished_attempts_are_the_ones_to_resume(store):
    p = store.create_person("amal", "trainee")
    other = store.create_person("badr", "trainee")
    a1, a2, a3 = start(store, p.id), start(store, p.id), start(store, other.id)
    store.finish_attempt(a1.id, grade(50, False), [], {}, ended_at=T0)
    assert [a.id for a in store.unfinished_attempts(p.id)] == [a2.id]
    assert [a.id for a in store.attempts_for(p.id)] == [a1.id, a2.id]
    assert [a.id for a in store.unfinished_attempts(other.id)] == [a3.id]


def test_override_is_kept_beside_the_automatic_verdict(store):
    trainee = store.create_person("amal", "trainee")
    trainer = store.create_person("tariq", "trainer")
    a = start(store, trainee.id)
    with pytest.raises(StoreError, match="not finished"):
        store.add_override(a.id, trainer.id, passed=True, reason="fine")
    store.finish_attempt(a.id, grade(70, False), [], {}, ended_at=T0)
    o = store.add_override(
        a.id, trainer.id, passed=True, score=82, criterion_id="greets", reason="greeted in dialect"
    )
    assert (o.trainer_id, o.passed, o.score, o.criterion_id) == (trainer.id, True, 82, "greets")
    assert o.reason == "greeted in dialect" and o.at.tzinfo is not None
    assert store.overrides_for(a.id) == [o]
    assert store.result_for(a.id).passed is False  # never replaced


def test_override_refuses_trainees_self_review_and_empty_reasons(store):
    trainee = store.create_person("amal", "trainee")
    peer = store.create_person("badr", "trainee")
    trainer = store.create_person("tariq", "trainer")
    a = start(store, trainee.id)
    store.finish_attempt(a.id, grade(70, False), [], {}, ended_at=T0)
    with pytest.raises(StoreError, match="only a trainer or admin"):
        store.add_override(a.id, peer.id, passed=True, reason="I think it passed")
    with pytest.raises(StoreError, match="only a trainer or admin"):
        store.add_override(a.id, trainee.id, passed=True, reason="mine")
    with pytest.raises(StoreError, match="needs a reason"):
        store.add_override(a.id, trainer.id, passed=True, reason="  ")
    with pytest.raises(StoreError, match="0 to 100"):
        store.add_override(a.id, trainer.id, passed=True, score=101, reason="x")
    own = start(store, trainer.id)
    store.finish_attempt(own.id, grade(10, False), [], {}, ended_at=T0)
    with pytest.raises(StoreError, match="their own attempt"):
        store.add_override(own.id, trainer.id, passed=True, reason="mine")
    assert store.overrides_for(a.id) == []


def test_the_api_offers_no_way_to_change_or_delete_attempts_or_results(store):
    names = [n for n in dir(store) if not n.startswith("_")]
    changing = [n for n in names if n.startswith(("update", "delete", "remove", "edit", "set_"))]
    # people, and the admin's dispute window (an append-only policy row, not an attempt)
    assert changing == ["set_display_name", "set_dispute_window", "set_language", "set_password"]


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE attempts SET seed = 8",
        "DELETE FROM events",
        "UPDATE results SET passed = TRUE",
        "DELETE FROM results",
        "UPDATE overrides SET reason = 'x'",
    ],
)
def test_the_database_refuses_changes_to_sealed_rows(store, sql):
    trainee = store.create_person("amal", "trainee")
    trainer = store.create_person("tariq", "trainer")
    a = start(store, trainee.id)
    store.save_event(a.id, {"kind": "reply", "at_s": 1.0, "thread": "main", "text": "hi"})
    store.finish_attempt(a.id, grade(40, False), [], {}, ended_at=T0)
    store.add_override(a.id, trainer.id, passed=True, reason="ok")
    with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as conn:
        conn.execute(text(sql))
    assert store.attempt(a.id).seed == 7 and store.result_for(a.id).passed is False
    assert len(store.events_for(a.id)) == 1 and store.audit() == []


def test_cohort_summary_counts_attempts_results_and_scores(store):
    c = store.create_cohort("spring")
    a, b = store.create_person("amal", "trainee"), store.create_person("badr", "trainee")
    outsider = store.create_person("zed", "trainee")
    for p in (a, b):
        store.add_to_cohort(c.id, p.id)
    for score in (90.0, 60.0):
        x = start(store, a.id)
        store.finish_attempt(x.id, grade(score, score >= 80), [], {}, ended_at=T0)
    start(store, a.id)  # unfinished
    y = start(store, outsider.id)
    store.finish_attempt(y.id, grade(100.0, True), [], {}, ended_at=T0)
    s = store.cohort_summary(c.id)
    assert (s.name, s.members, s.attempts, s.finished, s.passed) == ("spring", 2, 3, 2, 1)
    assert s.mean_score == 75.0
    by_name = {p.name: p for p in s.people}
    assert (by_name["amal"].attempts, by_name["amal"].mean_score) == (3, 75.0)
    assert (by_name["badr"].attempts, by_name["badr"].mean_score) == (0, None)
    with pytest.raises(StoreError, match="no such cohort"):
        store.cohort_summary(999)
