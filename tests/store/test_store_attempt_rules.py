"""Exam attempt rules, on a par with Moodle's quiz: how many sittings, how long between
them, which items a re-sit draws, extra time, and what a trainee sees afterwards."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from simulator.attempts.result import AttemptResult
from simulator.attempts.review import grade_for_trainee, result_for_trainee
from simulator.attempts.sittings import finish_sitting, may_start, start_sitting
from simulator.clock import SimulatedClock
from simulator.content.library import load_library
from simulator.errors import StoreError
from simulator.exams.definition import load_exam, read_exam
from simulator.store import open_store

DATA = Path(__file__).resolve().parents[1] / "core" / "exams" / "data" / "library"
T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def world(migrated_url, tmp_path):
    """(store, world clock, library folder): the store's clock is T0 + the world clock."""
    root = tmp_path / "library"
    shutil.copytree(DATA, root)
    clock = SimulatedClock()
    store = open_store(migrated_url, now=lambda: T0 + dt.timedelta(seconds=clock.now()))
    yield store, clock, root
    store.close()


def exam_with(root: Path, extra: str):
    path = root / "exams" / "mini.yaml"
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return load_exam(path)


def sit(store, clock, exam, person_id, reply="hello, happy to help", seed=1):
    sitting = start_sitting(
        store, person_id, exam, seed=seed, clock=clock, library=load_library(exam.library_root)
    )
    while not sitting.done:
        session = sitting.start()
        clock.advance(20)
        session.reply("main", reply)
        clock.advance(10)
        sitting.finish_item()
    return sitting, finish_sitting(store, sitting)


def test_max_attempts_and_one_open_sitting_at_a_time(world):
    store, clock, root = world
    exam = exam_with(root, "max_attempts: 2\n")
    amal = store.create_person("amal", "trainee").id
    lib = load_library(root)
    open_ = start_sitting(store, amal, exam, seed=1, clock=clock, library=lib)
    with pytest.raises(StoreError, match="still open"):
        start_sitting(store, amal, exam, seed=2, clock=clock, library=lib)
    while not open_.done:
        open_.start()
        open_.finish_item()
    finish_sitting(store, open_)
    sit(store, clock, exam, amal)
    rules = may_start(store, amal, exam, store.server_now())
    assert (rules.ok, rules.code, rules.used, rules.allowed) == (False, "max-attempts", 2, 2)
    with pytest.raises(StoreError, match="all 2 sittings"):
        start_sitting(store, amal, exam, seed=3, clock=clock, library=lib)
    # Another person is not affected.
    assert may_start(store, store.create_person("badr", "trainee").id, exam, T0).ok


def test_cooldown_between_sittings(world):
    store, clock, root = world
    exam = exam_with(root, "cooldown: 1h\n")
    amal = store.create_person("amal", "trainee").id
    sit(store, clock, exam, amal, reply="hello")
    clock.advance(1800)
    rules = may_start(store, amal, exam, store.server_now())
    assert not rules.ok and rules.code == "cooldown"
    assert rules.next_at is not None and rules.next_at - store.server_now() == dt.timedelta(
        minutes=30
    )
    with pytest.raises(StoreError, match="next sitting may start"):
        sit(store, clock, exam, amal)
    clock.advance(1800)
    sit(store, clock, exam, amal)


def test_a_resit_draws_items_this_trainee_has_not_seen_when_the_pool_allows(world):
    store, clock, root = world
    exam = load_exam(root / "exams" / "mini.yaml")
    lib = load_library(root)
    for seed in range(1, 9):
        person = store.create_person(f"t{seed}", "trainee").id
        first, _ = sit(store, clock, exam, person, seed=seed)
        again = start_sitting(store, person, exam, seed=seed, clock=clock, library=lib)
        # The same seed would draw the same pool item; a re-sit takes the other one.
        assert first.order[3].id != again.order[3].id
        assert [s.id for s in again.order[:3]] == ["easy-a", "hard-sensitive", "easy-b"]


def test_extra_time_is_given_with_a_reason_logged_and_used(world):
    store, clock, root = world
    exam = load_exam(root / "exams" / "mini.yaml")
    amal = store.create_person("amal", "trainee").id
    lead = store.create_person("lead", "trainer").id
    with pytest.raises(StoreError, match="reason"):
        store.grant_accommodation(amal, "mini", extra_s=600, reason=" ", granted_by=lead)
    with pytest.raises(StoreError, match="only a trainer or admin"):
        store.grant_accommodation(lead, "mini", extra_s=600, reason="x", granted_by=amal)
    with pytest.raises(StoreError, match="more than 0"):
        store.grant_accommodation(amal, "mini", extra_s=float("nan"), reason="x", granted_by=lead)
    grant = store.grant_accommodation(
        amal, "mini", extra_s=600, reason="dyslexia: reading time", granted_by=lead
    )
    assert store.accommodations_for(amal, "mini") == [grant]
    sitting = start_sitting(store, amal, exam, seed=1, clock=clock, library=load_library(root))
    assert sitting.limit_s == exam.time_limit_s + 600 and sitting.extra_s == 600
    clock.advance(exam.time_limit_s + 300)
    assert not sitting.check_time()  # still inside the extra time
    clock.advance(301)
    assert sitting.check_time()
    result = finish_sitting(store, sitting)
    assert result.grade["extra_s"] == 600.0
    assert store.audit() == []


def test_what_a_trainee_sees_after_a_sitting_follows_the_review_key(world):
    store, clock, root = world
    exam = load_exam(root / "exams" / "mini.yaml")
    assert exam.review == "criteria"  # the default for exams
    amal = store.create_person("amal", "trainee").id
    sitting, _ = sit(store, clock, exam, amal, reply="hello")
    item = AttemptResult.from_store(store, sitting.results[0].attempt_id)
    assert item.grade["criteria"] and any(
        "missing" in c.get("evidence", {}) for c in item.grade["criteria"]
    )
    shown = result_for_trainee(item, "criteria")
    missing = [p for c in item.grade["criteria"] for p in c.get("evidence", {}).get("missing", ())]
    assert missing  # the failed sitting missed phrases: those would be an answer key
    assert all("evidence" not in c for c in shown.grade["criteria"])
    visible = repr([{k: v for k, v in c.items() if k != "id"} for c in shown.grade["criteria"]])
    assert not any(phrase in visible for phrase in missing)
    assert [c["title"] for c in shown.grade["criteria"]] == [
        c["title"] for c in item.grade["criteria"]
    ]
    assert grade_for_trainee(item.grade, "score") == {
        k: item.grade[k] for k in ("score", "passed", "pass_mark")
    } | {"criteria": []}
    assert grade_for_trainee(item.grade, "evidence") == item.grade


def test_the_new_exam_keys_are_checked(tmp_path):
    root = tmp_path / "library"
    shutil.copytree(DATA, root)
    path = root / "exams" / "mini.yaml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + "max_attempts: 0\ncooldown: soon\nreview: everything\nsupport_pause_limit: -5m\n",
        encoding="utf-8",
    )
    _, problems = read_exam(path)
    messages = "\n".join(p.message for p in problems)
    assert "max_attempts must be 1 or more" in messages
    assert "cooldown" in messages
    assert "review is 'everything'; use one of: score, criteria, evidence" in messages
    assert "support_pause_limit" in messages


def test_the_live_and_the_stored_result_are_the_same_object(world):
    store, _, root = world
    from simulator.attempts.practice import PracticeAttempts

    lib = load_library(root)
    scenario = lib.scenario("easy-a")
    person = store.get_person("amal") if hasattr(store, "get_person") else None
    person = person or store.create_person("amal", "trainee")
    attempts = PracticeAttempts(store, person, SimulatedClock)
    running = attempts.start(scenario, lib.sop_of(scenario), seed=4)
    running.clock.advance(20)
    running.session.reply("main", "hello, happy to help")
    running.session.act(__import__("simulator.content.model", fromlist=["Action"]).Action("lookup"))
    running.clock.advance(5)
    live = attempts.finish(running)
    stored = AttemptResult.from_store(store, running.attempt_id)
    assert live == stored
    assert AttemptResult.from_json(live.to_json()) == live
    assert stored.end_reason == "trainee" and stored.actions[0]["type"] == "lookup"
