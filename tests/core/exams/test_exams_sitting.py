"""The exam sitting: order, one time limit over the whole exam, pauses, swaps, verdicts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from simulator.clock import SimulatedClock
from simulator.content.library import load_library
from simulator.errors import SessionError
from simulator.exams.definition import PassRules, load_exam
from simulator.exams.sitting import ExamSitting
from simulator.exams.verdict import ItemResult, judge
from simulator.wellbeing.config import WellbeingConfig
from simulator.wellbeing.exposure import ExposureLedger
from simulator.wellbeing.flow import Gate
from simulator.wellbeing.settings import AdminLimits, TraineePreferences

LIBRARY = Path(__file__).parent / "data" / "library"
EXAM = load_exam(LIBRARY / "exams" / "mini.yaml")
LIB = load_library(LIBRARY)
GOOD = "hello, happy to help"


def sitting(seed: int = 1) -> tuple[ExamSitting, SimulatedClock]:
    clock = SimulatedClock()
    return ExamSitting(EXAM, LIB, seed=seed, clock=clock), clock


def play_item(s: ExamSitting, clock: SimulatedClock, text: str = GOOD, took: float = 60.0):
    """Start the current item, reply after 30 s, end it after ``took`` seconds."""
    session = s.start()
    clock.advance(30)
    session.reply("main", text)
    clock.advance(took - 30)
    s.check_time()
    if s.session is session:
        return s.finish_item()
    return s.results[-1]


def test_fixed_items_come_first_then_one_per_sop_from_the_pool_by_seed():
    drawn = set()
    for seed in range(12):
        s, _ = sitting(seed)
        ids = [sc.id for sc in s.order]
        assert ids[:3] == ["easy-a", "hard-sensitive", "easy-b"]
        assert ids[3] in ("pool-x", "pool-y") and len(ids) == 4
        drawn.add(ids[3])
        assert [sc.id for sc in sitting(seed)[0].order] == ids  # same seed, same draw
    assert drawn == {"pool-x", "pool-y"}


def test_items_are_played_in_order_and_graded():
    s, clock = sitting()
    first = play_item(s, clock)
    assert (first.index, first.scenario_id, first.score, first.passed) == (0, "easy-a", 100.0, True)
    assert s.current is not None and s.current.id == "hard-sensitive"
    with pytest.raises(SessionError):
        s.finish_item()  # nothing is being played
    second = play_item(s, clock, text="hello")
    assert second.score == 50.0 and not second.passed


def test_the_time_limit_is_for_the_whole_exam():
    s, clock = sitting()
    play_item(s, clock, took=600)  # 10 min
    play_item(s, clock, took=600)  # 20 min
    assert s.remaining_s == pytest.approx(600)
    session = s.start()
    clock.advance(30)
    session.reply("main", GOOD)
    clock.advance(900)  # past the exam's 30 minutes
    assert s.check_time() and s.done and s.current is None
    items = s.items()
    assert [i.status for i in items] == ["graded", "graded", "graded", "not-reached"]
    assert items[2].end_reason is not None and session.ended
    assert session.ended_at is not None and session.ended_at <= 600  # cut at the limit
    assert items[3].score == 0.0 and not items[3].passed
    verdict = s.verdict()
    assert verdict.score == 75.0 and verdict.passed  # 3 x 100 + 0, pass mark 75
    assert s.elapsed_s == EXAM.time_limit_s
    with pytest.raises(SessionError, match="ended"):
        s.start()


def test_pauses_stop_the_exam_clock_and_the_item_clock_and_never_reach_the_grade():
    s, clock = sitting()
    s.pause("briefing")
    clock.advance(300)
    s.resume("briefing")
    assert s.elapsed_s == 0.0  # a pause before an item is free
    session = s.start()
    clock.advance(20)
    s.pause("support")
    assert s.paused
    clock.advance(600)  # within the support pause allowance (15 minutes)
    s.resume("support")
    assert not s.check_time()
    clock.advance(10)
    session.reply("main", GOOD)
    assert session.messages[-1].at_s == 30.0  # item time excludes the pause
    result = s.finish_item()
    assert result.score == 100.0
    assert s.elapsed_s == 30.0 and s.exam_clock.paused_s == 900.0
    pauses = s.pause_log()
    assert [(p["reason"], p["seconds"], p["capped"]) for p in pauses] == [
        ("briefing", 300.0, False),
        ("support", 600.0, True),
    ]


def test_a_support_pause_during_an_item_is_credited_up_to_the_allowance_only():
    """A pause cannot stop the clock for ever: past ``support_pause_limit`` it runs again."""
    s, clock = sitting()
    assert EXAM.support_pause_limit_s == 900.0  # the default, 15 minutes
    s.start()
    clock.advance(20)
    s.pause("support")
    clock.advance(899)
    assert s.exam_clock.paused and not s.over_allowance and s.elapsed_s == 20.0
    clock.advance(101)  # 100 s past the allowance: the clock ran for them
    assert s.paused and s.over_allowance and not s.exam_clock.paused
    assert s.elapsed_s == 120.0
    s.resume("support")
    s.pause("support")  # the allowance is spent: a second pause is not credited
    clock.advance(60)
    assert s.elapsed_s == 180.0
    s.resume("support")
    # A pause between items stays free.
    s.finish_item()
    s.pause("break")
    clock.advance(3600)
    s.resume("break")
    assert s.elapsed_s == 180.0


def test_a_pause_longer_than_the_exam_does_not_save_the_sitting_from_time_up():
    s, clock = sitting()
    s.start()
    clock.advance(20)
    s.pause("support")
    clock.advance(EXAM.time_limit_s + 3600)
    assert s.check_time()
    assert s.time_up


def test_a_sensitive_item_may_be_swapped_for_an_equivalent_without_penalty():
    s, clock = sitting()
    with pytest.raises(SessionError, match="cannot be skipped"):
        s.skip()  # easy-a has nothing sensitive
    play_item(s, clock)
    assert s.swap_for_current() is not None and s.swap_for_current().id == "lighter"
    swap = s.skip()
    assert swap.id == "lighter" and s.current is swap
    assert s.log[-1] == {
        "kind": "swap",
        "at_s": 60.0,
        "index": 1,
        "from": "hard-sensitive",
        "to": "lighter",
    }
    with pytest.raises(SessionError):
        s.skip()  # no lighter one is left
    result = play_item(s, clock)
    assert (result.scenario_id, result.swapped_from, result.score) == (
        "lighter",
        "hard-sensitive",
        100.0,
    )
    play_item(s, clock)
    play_item(s, clock)
    verdict = s.verdict()
    assert verdict.passed and verdict.score == 100.0


def test_the_gate_offers_the_swap_in_exam_mode_only():
    s, clock = sitting()
    play_item(s, clock)
    exam_gate = Gate(
        WellbeingConfig(), TraineePreferences(), {}, ExposureLedger(dt.date(2026, 1, 1)), "exam"
    )
    before = s.before(exam_gate)
    assert before.briefing is not None and "skip" in before.briefing.options
    assert before.alternative is not None and before.alternative.id == "lighter"
    # No trainee setting turns the gate off in an exam: the admin's floor and auto-hide hold.
    lenient = TraineePreferences(blur_level=1, greyscale=False, auto_hide=False)
    floor = Gate(WellbeingConfig(), lenient, {}, ExposureLedger(dt.date(2026, 1, 1)), "exam")
    assert floor.settings.blur_level >= AdminLimits().exam_min_blur_level
    assert floor.settings.auto_hide_s is not None
    practice = Gate(
        WellbeingConfig(), TraineePreferences(), {}, ExposureLedger(dt.date(2026, 1, 1))
    )
    with pytest.raises(SessionError, match="exam mode"):
        s.before(practice)


def test_a_critical_failure_fails_the_exam_whatever_the_mean():
    s, clock = sitting()
    play_item(s, clock, text="hello, I can help, what is your password")
    for _ in range(3):
        play_item(s, clock)
    verdict = s.verdict()
    assert verdict.score >= 75 and not verdict.passed
    assert any("critical" in r for r in verdict.reasons)


def test_verdict_rules():
    def item(i: int, score: float, passed: bool, critical: bool = False) -> ItemResult:
        return ItemResult(i, f"s{i}", score, passed, critical)

    items = [item(0, 100, True), item(1, 70, False)]
    assert judge(items, PassRules(80)).passed  # mean 85
    assert not judge(items, PassRules(90)).passed
    strict = judge(items, PassRules(80, every_scenario=True))
    assert not strict.passed and strict.reasons == ("not passed: s1",)
    crit = [item(0, 100, True), item(1, 100, True, critical=True)]
    assert not judge(crit, PassRules(50)).passed
    assert judge(crit, PassRules(50, no_critical_failure=False)).passed


def test_same_seed_and_inputs_give_the_same_result_and_the_log_rebuilds_the_sitting():
    outs = []
    for _ in range(2):
        s, clock = sitting(seed=4)
        s.pause("briefing")
        clock.advance(5)
        s.resume("briefing")
        play_item(s, clock)
        s.skip()
        play_item(s, clock, text="hello")
        outs.append((s.log, [i.to_json() for i in s.items()]))
    assert outs[0] == outs[1]
    fresh, _ = sitting(seed=4)
    assert fresh.replay(outs[0][0]) is None
    assert [i.to_json() for i in fresh.items()] == outs[0][1]
    assert fresh.index == 2 and fresh.swapped_from == {1: "hard-sensitive"}


def test_a_pause_during_an_item_pauses_its_session_too():
    """Whatever the front end, nothing can be sent on a paused exam item."""
    s, clock = sitting()
    session = s.start()
    clock.advance(10)
    s.pause("support")
    assert session.paused
    with pytest.raises(SessionError, match="paused"):
        session.reply("main", GOOD)
    clock.advance(30)
    s.resume("support")
    assert not session.paused
    session.reply("main", GOOD)
    assert session.messages[-1].at_s == 10.0
