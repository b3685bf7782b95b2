"""The exam flow: the stages of a sitting on screen and their moves, without Qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from simulator.clock import SimulatedClock
from simulator.content.library import load_library
from simulator.errors import SessionError
from simulator.exams.definition import load_exam
from simulator.exams.flow import ExamFlow, FlowError, Stage, Step
from simulator.exams.sitting import ExamSitting
from simulator.wellbeing.config import WellbeingConfig
from simulator.wellbeing.exposure import ExposureLedger
from simulator.wellbeing.flow import Gate
from simulator.wellbeing.settings import TraineePreferences

LIBRARY = Path(__file__).parent / "data" / "library"
EXAM = load_exam(LIBRARY / "exams" / "mini.yaml")
LIB = load_library(LIBRARY)


def gate() -> Gate:
    ledger = ExposureLedger(dt.date(2026, 1, 1))
    return Gate(WellbeingConfig(), TraineePreferences(), {}, ledger, "exam")


def started() -> tuple[ExamFlow, ExamSitting, SimulatedClock, list[tuple[Stage, Stage]]]:
    clock = SimulatedClock()
    sitting = ExamSitting(EXAM, LIB, seed=1, clock=clock)
    flow = ExamFlow()
    seen: list[tuple[Stage, Stage]] = []
    flow.listeners.append(lambda old, new: seen.append((old, new)))
    flow.introduce(EXAM, len(sitting.order))
    flow.adopt(sitting)
    return flow, sitting, clock, seen


def play_one(flow: ExamFlow, clock: SimulatedClock) -> None:
    session = flow.play()
    clock.advance(30)
    session.reply("main", "hello, happy to help")
    clock.advance(30)
    ended = flow.item_ended()
    assert ended is not None and ended.scenario is session.scenario and ended.seconds == 60


def test_a_sitting_walks_intro_play_between_and_the_listeners_hear_each_stage():
    flow, _sitting, clock, seen = started()
    assert flow.next_item(gate()) is Step.PLAY  # easy-a: no briefing
    play_one(flow, clock)
    # Ended again (the clock ended it first): nothing for the wellbeing hooks.
    again = flow.item_ended()
    assert flow.stage is Stage.PLAYING and again is not None and again.scenario is None
    assert flow.after_item() is Step.WAIT and flow.stage == "between"
    view = flow.between_view()
    assert (view.index, view.total, view.on_break, view.resumed) == (1, 4, False, False)
    assert seen == [
        (Stage.IDLE, Stage.INTRO),
        (Stage.INTRO, Stage.IDLE),
        (Stage.IDLE, Stage.PLAYING),
        (Stage.PLAYING, Stage.BETWEEN),
    ]


def test_a_break_stops_the_exam_clock_once_and_going_on_briefs_the_sensitive_item():
    flow, sitting, clock, _ = started()
    flow.next_item(gate())
    play_one(flow, clock)
    flow.after_item()
    assert flow.take_break() and sitting.paused
    assert not flow.take_break()  # already on a break
    assert flow.between_view().on_break
    left = sitting.remaining_s
    clock.advance(300)
    assert sitting.remaining_s == left  # the break does not count
    assert flow.go_on(gate()) is Step.BRIEF and not sitting.paused
    assert flow.briefing is not None and sitting.current is not None
    assert sitting.current.id == "hard-sensitive"


def test_postponing_a_briefing_waits_between_items_and_says_so_once():
    flow, _sitting, clock, _ = started()
    flow.next_item(gate())
    play_one(flow, clock)
    flow.after_item()
    flow.between_view()
    assert flow.go_on(gate()) is Step.BRIEF
    assert flow.briefed("postpone", gate()) is Step.WAIT and flow.stage is Stage.BETWEEN
    assert flow.briefing is None and flow.between_view().resumed


def test_skipping_a_briefing_swaps_to_the_equivalent_item():
    flow, sitting, clock, _ = started()
    flow.next_item(gate())
    play_one(flow, clock)
    flow.after_item()
    assert flow.go_on(gate()) is Step.BRIEF and flow.can_swap()
    step = flow.briefed("skip", gate())
    assert sitting.current is not None and sitting.current.id == "lighter"
    assert step in (Step.PLAY, Step.BRIEF)


def test_time_up_finishes_and_the_end_is_reached_once():
    flow, sitting, clock, _ = started()
    flow.next_item(gate())
    flow.play()
    clock.advance(EXAM.time_limit_s + 1)
    assert flow.time_up()
    assert flow.end() is sitting and flow.stage is Stage.END
    assert flow.end() is None and not flow.time_up() and not flow.running
    flow.close()
    assert flow.stage is Stage.IDLE and flow.sitting is None


def test_moves_the_flow_does_not_allow_raise_and_change_nothing():
    flow = ExamFlow()
    with pytest.raises(SessionError, match="no sitting"):
        flow.play()
    flow, sitting, _clock, _ = started()
    flow.next_item(gate())
    flow.play()
    flow.end()
    with pytest.raises(FlowError, match="from end to playing"):
        flow.play()
    assert flow.stage is Stage.END and sitting.session is not None


def test_the_clock_view_tells_the_allowance_is_used_up_only_once():
    flow, sitting, clock, _ = started()
    flow.next_item(gate())
    flow.play()
    view = flow.clock_view()
    assert view is not None and (view.status, view.item, view.total) == ("running", 1, 4)
    sitting.pause("support")
    view = flow.clock_view()
    assert view is not None and view.status == "paused" and not view.newly_over
    clock.advance(EXAM.support_pause_limit_s + 5)
    first, second = flow.clock_view(), flow.clock_view()
    assert first is not None and second is not None
    assert first.status == "over" and first.newly_over and first.notice
    assert second.status == "over" and not second.newly_over
    assert flow.allowance_minutes() == round(EXAM.support_pause_limit_s / 60)


def test_a_resumed_sitting_picks_up_between_items():
    flow, sitting, clock, _ = started()
    assert ExamFlow().item_ended() is None  # no sitting, no item
    flow.next_item(gate())
    play_one(flow, clock)
    again = ExamFlow()
    again.adopt(sitting)
    assert again.on_resume() is Step.WAIT and again.between_view().resumed
