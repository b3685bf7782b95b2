"""A paused Session refuses the trainee's inputs and delivers nothing; system ends still
work; pauses are not logged, and the log replays to the same state."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_engine_replay import INPUT, SCENARIO, SOP_, state

from simulator.clock import SimulatedClock
from simulator.content.model import Action
from simulator.engine import Session
from simulator.engine.types import ENDED, MESSAGE, OVERDUE
from simulator.errors import SessionError


def fresh() -> tuple[Session, SimulatedClock]:
    clock = SimulatedClock()
    s = Session(SCENARIO, SOP_, seed=3, clock=clock, persona={"name": "Ann"})
    s.advance()
    return s, clock


def test_a_paused_session_refuses_every_trainee_input_and_changes_nothing():
    s, clock = fresh()
    clock.set(10)
    s.reply("mail", "hello")
    s.pause()
    assert s.paused
    before = state(s)
    clock.set(19)  # a reply sent while paused would be stamped here
    with pytest.raises(SessionError, match="paused"):
        s.reply("mail", "here is the code")
    with pytest.raises(SessionError, match="paused"):
        s.act(Action("lookup"))
    with pytest.raises(SessionError, match="paused"):
        s.act(Action("resolve", thread="mail"))
    with pytest.raises(SessionError, match="paused"):
        s.type_keys("mail", 20)
    assert state(s) == before
    assert [e["kind"] for e in s.inputs] == ["reply"]


def test_nothing_is_delivered_while_paused_and_it_comes_at_its_own_time_after():
    s, clock = fresh()
    s.pause()
    clock.set(100)  # the chat's "hello?" (30 s), its no_replies (50, 95 s), its SLA (90 s)
    assert s.advance() == []
    assert s.next_due() is None
    assert [m.text for m in s.messages] == ["hi, I am Ann"]
    assert s.now == 0.0
    s.resume()
    events = s.advance()
    assert [(e.kind, e.at_s) for e in events] == [
        (MESSAGE, 30.0),
        (MESSAGE, 50.0),
        (OVERDUE, 90.0),
        (MESSAGE, 95.0),
    ]
    clock.set(101)
    s.reply("chat", "sorry for the wait")
    assert s.messages[-1].at_s == 101.0 and s.messages[-1].sender == "trainee"


def test_the_time_limit_and_an_exams_end_still_end_a_paused_session():
    s, clock = fresh()
    s.pause()
    clock.set(50)
    s.end()  # the exam ends the item at its limit, even during a support pause
    assert s.ended and s.ended_at == 50.0
    assert s.inputs[-1] == {"at_s": 50.0, "kind": "end"}

    s2, clock2 = fresh()
    s2.pause()
    clock2.set(500)  # past the 400 s limit while paused
    assert s2.advance() == [] and not s2.ended
    s2.resume()
    assert [e.kind for e in s2.advance()][-1] == ENDED
    assert s2.end_reason == "time_limit" and s2.ended_at == 400.0


def test_pause_and_resume_are_not_inputs_and_the_log_replays_the_same():
    s, clock = fresh()
    clock.set(5)
    s.reply("mail", "your code")
    s.pause()
    clock.set(40)
    with pytest.raises(SessionError):
        s.reply("chat", "refused")
    s.resume()
    s.advance()
    clock.set(41)
    s.reply("chat", "hi")
    assert [e["kind"] for e in s.inputs] == ["reply", "reply"]
    rebuilt = Session.replay(
        SCENARIO,
        SOP_,
        seed=3,
        inputs=json.loads(json.dumps(s.inputs)),
        clock=SimulatedClock(41),
        persona={"name": "Ann"},
    )
    rebuilt.advance()
    assert state(rebuilt) == state(s)
    assert not rebuilt.paused


STEP = st.one_of(INPUT, st.just(("pause",)), st.just(("resume",)))


def play(script, *, with_pauses: bool) -> Session:
    """Play ``script``; ``with_pauses`` False drops the pause steps and every input that
    came while paused (as if the trainee had never tried them)."""
    clock = SimulatedClock()
    s = Session(SCENARIO, SOP_, seed=3, clock=clock, persona={"name": "Ann"})
    t, paused = 0.0, False
    for gap, step in script:
        t += gap
        clock.set(t)
        if step[0] in ("pause", "resume"):
            paused = step[0] == "pause"
            if with_pauses:
                s.pause() if paused else s.resume()
            continue
        if paused and not with_pauses:
            continue
        s.advance()
        try:
            if step[0] == "reply":
                s.reply(step[1], step[2])
            elif step[0] == "act":
                s.act(Action(step[1], step[2]))
            else:
                s.type_keys(step[1], step[2])
        except SessionError:
            pass
    s.resume()
    clock.set(t + 0.001)
    s.advance()
    return s


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), STEP), max_size=14))
def test_pauses_only_refuse_inputs_the_rest_is_as_if_they_were_never_tried(script):
    paused = play(script, with_pauses=True)
    assert state(paused) == state(play(script, with_pauses=False))
    rebuilt = Session.replay(
        SCENARIO,
        SOP_,
        seed=3,
        inputs=json.loads(json.dumps(paused.inputs)),
        clock=SimulatedClock(sum(gap for gap, _ in script) + 0.001),
        persona={"name": "Ann"},
    )
    rebuilt.advance()
    assert state(rebuilt) == state(paused)
