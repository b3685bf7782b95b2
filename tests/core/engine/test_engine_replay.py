"""Replaying a session's input log rebuilds the exact same state; the state never depends
on when ``advance`` was called; the engine never reads the wall clock."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.clock import SimulatedClock
from simulator.content.model import (
    SOP,
    Action,
    Event,
    LocalText,
    Macro,
    Rubric,
    Scenario,
    Thread,
    Trigger,
)
from simulator.engine import Session
from simulator.errors import SessionError

SOP_ = SOP(
    id="s",
    version=1,
    title=LocalText("S", "S"),
    macros=(Macro("hello", LocalText("Hello {name}", "مرحبا {name}")),),
    teams=("payments",),
)
SCENARIO = Scenario(
    id="replay",
    language="en",
    title="Replay",
    sop="s",
    difficulty=1,
    threads=(Thread("mail", "email"), Thread("chat", "chat")),
    timeline=(
        Event("mail", "hi, I am {name}", at_s=0.0),
        Event("chat", "hello?", at_s=30.0),
        Event("chat", "??", when=Trigger("no_reply", "chat", for_s=20.0)),
        Event("chat", "!!!", when=Trigger("no_reply", "chat", for_s=45.0)),
        Event("mail", "thanks for the code", when=Trigger("reply", "mail", mentions=("code",))),
        Event("mail", "one more thing", at_s=200.0),
    ),
    rubric=Rubric(80, ()),
    time_limit_s=400.0,
)

INPUT = st.one_of(
    st.tuples(st.just("reply"), st.sampled_from(["mail", "chat"]), st.sampled_from(["ok", "code"])),
    st.tuples(
        st.just("act"),
        st.sampled_from(["lookup", "tag", "macro", "escalate", "resolve", "close"]),
        st.sampled_from([None, "payments", "hello", "x"]),
    ),
    st.tuples(st.just("keys"), st.sampled_from(["mail", "chat"]), st.integers(1, 80)),
)
SCRIPT = st.lists(st.tuples(st.integers(0, 60), INPUT), max_size=12)


def state(s: Session) -> str:
    """Everything observable about a session, as one string."""
    return json.dumps(
        {
            "messages": [m.to_json() for m in s.messages],
            "actions": [a.to_json() for a in s.actions],
            "refused": s.refused,
            "metrics": s.metrics(),
            "inputs": s.inputs,
            "ended": [s.ended, s.end_reason, s.ended_at],
            "threads": {k: vars(v) for k, v in s.threads.items()},
            "next_due": s.next_due(),
        },
        sort_keys=True,
    )


def run(script, *, advance_every: float | None) -> Session:
    """Play ``script``; the session ends up advanced to 1 ms after the last step."""
    clock = SimulatedClock()
    s = Session(SCENARIO, SOP_, seed=3, clock=clock, persona={"name": "Ann"})
    t = 0.0
    for gap, step in script:
        target = t + gap
        if advance_every:  # a front end's timer ticking in between
            while t + advance_every < target:
                t += advance_every
                clock.set(t)
                s.advance()
        t = target
        clock.set(t)
        try:
            if step[0] == "reply":
                s.reply(step[1], step[2])
            elif step[0] == "act":
                s.act(Action(step[1], step[2]))
            else:
                s.type_keys(step[1], step[2])
        except SessionError:
            pass  # refused inputs change nothing and are not logged
    clock.set(t + 0.001)
    s.advance()
    return s


@settings(max_examples=150, deadline=None)
@given(SCRIPT, st.sampled_from([None, 1.0, 7.5, 20.0]))
def test_state_does_not_depend_on_when_advance_is_called(script, every):
    assert state(run(script, advance_every=every)) == state(run(script, advance_every=None))


@settings(max_examples=150, deadline=None)
@given(SCRIPT)
def test_replay_of_the_input_log_rebuilds_the_same_state(script):
    original = run(script, advance_every=5.0)
    clock = SimulatedClock(sum(gap for gap, _ in script) + 0.001)
    logged = json.loads(json.dumps(original.inputs))  # as the store would keep it
    rebuilt = Session.replay(
        SCENARIO, SOP_, seed=3, inputs=logged, clock=clock, persona={"name": "Ann"}
    )
    rebuilt.advance()
    assert state(rebuilt) == state(original)


def test_replay_continues_with_the_new_clock_and_listener():
    clock = SimulatedClock()
    s = Session(SCENARIO, SOP_, seed=3, clock=clock, persona={"name": "Ann"})
    clock.set(10)
    s.reply("mail", "hello")
    later = SimulatedClock(51)
    seen: list[dict] = []
    again = Session.replay(
        SCENARIO,
        SOP_,
        seed=3,
        inputs=s.inputs,
        clock=later,
        persona={"name": "Ann"},
        on_input=seen.append,
    )
    assert seen == []  # replayed inputs are not reported again
    again.reply("chat", "hi")
    assert [m.text for m in again.messages] == ["hi, I am Ann", "hello", "hello?", "??", "hi"]
    assert seen == [{"at_s": 51.0, "kind": "reply", "thread": "chat", "text": "hi"}]


def test_the_engine_never_reads_the_wall_clock():
    engine = Path(__file__).resolve().parents[3] / "simulator" / "engine"
    wall = re.compile(r"time\.time|datetime\.now|\.utcnow|monotonic|perf_counter|import time\b")
    offenders = [
        f"{p.name}:{n}"
        for p in sorted(engine.glob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if wall.search(line)
    ]
    assert offenders == []
