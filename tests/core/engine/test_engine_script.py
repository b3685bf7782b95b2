"""The scripted trainee of ``play``: reading steps, and the keys/end extensions."""

from __future__ import annotations

import json

import pytest

from simulator.content.model import Event, Rubric, Scenario, Thread, Trigger
from simulator.engine.play import play
from simulator.engine.script import read_script
from simulator.errors import InputError

SCENARIO = Scenario(
    id="s",
    language="en",
    title="S",
    sop="x",
    difficulty=1,
    threads=(Thread("main", "email"), Thread("live", "chat")),
    timeline=(
        Event("main", "hi", at_s=0.0),
        Event("live", "hello?", at_s=40.0),
        Event("live", "??", when=Trigger("no_reply", "live", for_s=60.0)),
    ),
    rubric=Rubric(80, ()),
)


def steps(tmp_path, data):
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return read_script(path, SCENARIO)


def test_steps_are_read_with_durations_and_numbers(tmp_path):
    read = steps(
        tmp_path,
        [
            {"at": 0, "action": {"type": "lookup"}},
            {"at": "1m30s", "reply": {"thread": "main", "text": "hi"}},
            {"at": 90, "action": {"type": "tag", "value": 7, "thread": "main"}},
            {"at": "2m", "keys": {"thread": "live", "chars": 40}},
            {"at": "2m", "end": True},
        ],
    )
    assert [(s.number, s.at_s, s.kind) for s in read] == [
        (1, 0.0, "action"),
        (2, 90.0, "reply"),
        (3, 90.0, "action"),
        (4, 120.0, "keys"),
        (5, 120.0, "end"),
    ]
    assert read[2].action is not None and read[2].action.value == "7"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([{"at": "1s"}], "exactly one of"),
        ([{"at": "1s", "reply": "hi"}], "must be an object"),
        ([{"at": "1s", "reply": {"thread": "main", "text": "x"}, "end": True}], "exactly one"),
        ([{"at": "-5", "end": True}], "negative"),
        ([{"at": "1s", "keys": {"thread": "main", "chars": -1}}], "whole number"),
        ([{"at": "1s", "action": {"type": "tag", "value": ["a"]}}], "string or null"),
        ([{"at": "1s", "action": {"type": "tag", "thread": "x"}}], "unknown thread 'x'"),
        ([3], "a step is an object"),
    ],
)
def test_bad_steps_name_the_step(tmp_path, data, expected):
    with pytest.raises(InputError, match=expected) as info:
        steps(tmp_path, data)
    assert info.value.where == str(tmp_path / "s.json")
    assert info.value.what.startswith("step 1: ")


def test_play_with_keys_and_end(tmp_path):
    read = steps(
        tmp_path,
        [
            {"at": "10s", "keys": {"thread": "main", "chars": 100}},
            {"at": "40s", "reply": {"thread": "main", "text": "hello"}},
            {"at": "50s", "end": True},
            {"at": "60s", "reply": {"thread": "main", "text": "too late"}},
        ],
    )
    session, skipped = play(SCENARIO, None, read, seed=1, persona={})
    assert session.end_reason == "trainee" and session.ended_at == 50.0
    assert skipped == [4]
    assert session.metrics()["wpm"] == 40.0  # 100 keystrokes = 20 words in 30 s
    assert [m.text for m in session.messages] == ["hi", "hello?", "hello"]  # 40 s: user first


def test_play_without_steps_delivers_everything_that_can_come():
    session, skipped = play(SCENARIO, None, [], seed=1, persona={})
    assert [(m.at_s, m.text) for m in session.messages] == [
        (0.0, "hi"),
        (40.0, "hello?"),
        (100.0, "??"),
    ]
    assert session.end_reason == "no_more_events" and skipped == []
