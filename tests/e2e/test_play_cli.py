"""``simulator play`` as a user runs it: a subprocess, JSON out, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SOP = """\
format: 1
id: recovery
version: 1
title: {en: "Account recovery", ar: "استعادة الحساب"}
steps:
  - {id: verify, en: "Look the account up", ar: "ابحث عن الحساب"}
macros:
  - {id: link, en: "Hi {name}, here is your link.", ar: "مرحبا {name}، هذا الرابط."}
teams: [account-security]
criteria: []
"""

SCENARIO = """\
format: 1
id: locked-out
language: en
title: "Locked out"
sop: recovery
difficulty: 1
time_limit: 10m
sensitivity: []
persona:
  locale: en_US
  fields:
    name: name
threads:
  - id: main
    channel: email
    subject: "Cannot log in"
  - id: live
    channel: chat
timeline:
  - at: 0s
    thread: main
    text: "Hi, I am {name}. I cannot log in."
  - at: 40s
    thread: live
    text: "hello?? anyone there"
  - when: {no_reply: live, for: 60s}
    thread: live
    text: "??"
  - when: {reply: main, mentions: ["verification code"]}
    thread: main
    text: "Got the code, thanks"
rubric:
  pass_mark: 80
  criteria:
    - id: greets-by-name
      check: {mentions: ["{name}"]}
    - id: no-password
      critical: true
      check: {avoids: ["password"]}
    - id: fast-chat
      thread: live
      check: {replied_within: 60s}
    - id: looked-up
      check: {action: {type: lookup}}
"""

SIMULATOR = (sys.executable, "-m", "simulator")
GOOD = [
    {"at": "10s", "action": {"type": "lookup"}},
    {
        "at": "30s",
        "reply": {"thread": "main", "text": "Hello {name}, the verification code?"},
    },
    {"at": "50s", "reply": {"thread": "live", "text": "Hi {name}, I am here."}},
    {"at": "95s", "action": {"type": "resolve"}},
]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    (tmp_path / "en").mkdir()
    (tmp_path / "sops").mkdir()
    (tmp_path / "sops" / "recovery.yaml").write_text(SOP, encoding="utf-8")
    (tmp_path / "en" / "locked-out.yaml").write_text(SCENARIO, encoding="utf-8")
    return tmp_path


def script(tmp_path: Path, steps: object, name: str = "script.json") -> Path:
    path = tmp_path / name
    path.write_text(steps if isinstance(steps, str) else json.dumps(steps), encoding="utf-8")
    return path


def play(library: Path, script_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    scenario = library / "en" / "locked-out.yaml"
    return subprocess.run(
        [*SIMULATOR, "play", str(scenario), "--script", str(script_path), *extra],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_play_prints_the_contracts_json(library, tmp_path):
    r = play(library, script(tmp_path, GOOD), "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["scenario"] == "locked-out" and out["seed"] == 1
    first = out["transcript"][0]
    assert {k: first[k] for k in ("at_s", "thread", "channel", "from")} == {
        "at_s": 0.0,
        "thread": "main",
        "channel": "email",
        "from": "user",
    }
    name = out["persona"]["name"]
    assert first["text"] == f"Hi, I am {name}. I cannot log in."
    assert [(m["at_s"], m["from"], m["thread"]) for m in out["transcript"]] == [
        (0.0, "user", "main"),
        (30.0, "trainee", "main"),
        (30.0, "user", "main"),  # the reply trigger, right after the matching reply
        (40.0, "user", "live"),
        (50.0, "trainee", "live"),
    ]
    assert out["transcript"][1]["text"] == f"Hello {name}, the verification code?"
    assert out["actions"] == [
        {"at_s": 10.0, "type": "lookup", "value": None, "thread": None},
        {"at_s": 95.0, "type": "resolve", "value": None, "thread": None},
    ]
    threads = out["metrics"]["threads"]
    assert threads["main"]["first_response_s"] == 30.0
    assert threads["main"]["handle_s"] == 95.0
    assert threads["main"]["sla_breached"] is False
    assert threads["live"]["first_response_s"] == 10.0
    assert out["end_reason"] == "resolved" and out["ended_at_s"] == 95.0
    assert out["grade"]["passed"] is True and out["grade"]["score"] == 100.0
    fast = next(c for c in out["grade"]["criteria"] if c["id"] == "fast-chat")
    assert fast["applicable"] is True and fast["passed"] is True


@pytest.mark.slow
def test_same_script_and_seed_give_byte_identical_output(library, tmp_path):
    path = script(tmp_path, GOOD)
    first, second = (
        play(library, path, "--json", "--seed", "7"),
        play(library, path, "--json", "--seed", "7"),
    )
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    other = play(library, path, "--json", "--seed", "8")
    assert json.loads(other.stdout)["persona"] != json.loads(first.stdout)["persona"]


@pytest.mark.slow
def test_after_the_script_the_clock_runs_on(library, tmp_path):
    late_chat = [{"at": "10s", "reply": {"thread": "main", "text": "Looking into it"}}]
    out = json.loads(play(library, script(tmp_path, late_chat), "--json").stdout)
    assert [(m["at_s"], m["text"]) for m in out["transcript"]][-2:] == [
        (40.0, "hello?? anyone there"),
        (100.0, "??"),
    ]
    assert out["end_reason"] == "no_more_events" and out["ended_at_s"] == 100.0
    live = out["metrics"]["threads"]["live"]
    # No reply, but the session ended exactly at the 60 s target: not (yet) breached.
    assert live["first_response_s"] is None and live["sla_breached"] is False
    fast = next(c for c in out["grade"]["criteria"] if c["id"] == "fast-chat")
    assert fast["passed"] is False


@pytest.mark.slow
def test_steps_after_the_session_ended_are_skipped(library, tmp_path):
    steps = [*GOOD, {"at": "2m", "action": {"type": "tag", "value": "late"}}]
    out = json.loads(play(library, script(tmp_path, steps), "--json").stdout)
    assert out["skipped_steps"] == [5]
    assert [a["type"] for a in out["actions"]] == ["lookup", "resolve"]


@pytest.mark.slow
def test_refused_actions_are_reported_not_taken(library, tmp_path):
    steps = [{"at": "5s", "action": {"type": "escalate", "value": "payments"}}]
    out = json.loads(play(library, script(tmp_path, steps), "--json").stdout)
    assert out["actions"] == []
    assert out["refused_actions"][0]["value"] == "payments"


@pytest.mark.slow
def test_text_output_is_a_readable_transcript(library, tmp_path):
    r = play(library, script(tmp_path, GOOD))
    assert r.returncode == 0, r.stderr
    assert "locked-out" in r.stdout
    assert " 0:30  [main/email] Agent: Hello " in r.stdout
    assert "grade: 100.0 — passed" in r.stdout


def test_sops_folder_can_be_given(library, tmp_path):
    elsewhere = tmp_path / "other-sops"
    elsewhere.mkdir()
    (elsewhere / "recovery.yaml").write_text(SOP, encoding="utf-8")
    (library / "sops" / "recovery.yaml").unlink()
    r = play(library, script(tmp_path, GOOD), "--json", "--sops", str(elsewhere))
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ("[{not json", "not valid JSON"),
        ({"at": "1s"}, "list of steps"),
        ([{"reply": {"thread": "main", "text": "x"}}], 'step 1: no "at"'),
        ([{"at": "soon", "reply": {"thread": "main", "text": "x"}}], "step 1"),
        (
            [
                {"at": "20s", "reply": {"thread": "main", "text": "x"}},
                {"at": "10s", "reply": {"thread": "main", "text": "y"}},
            ],
            "step 2: at 10 s comes before the previous step",
        ),
        ([{"at": "1s", "reply": {"thread": "nope", "text": "x"}}], "unknown thread 'nope'"),
        ([{"at": "1s", "action": {"type": "refund"}}], "unknown action type 'refund'"),
        ([{"at": "1s", "reply": {"thread": "main"}}], '"text" must be a string'),
        ([{"at": "1s", "dance": {}}], "unknown key 'dance'"),
        (
            [
                {"at": "1s", "action": {"type": "close", "thread": "main"}},
                {"at": "2s", "reply": {"thread": "main", "text": "x"}},
            ],
            "step 2: thread 'main': the thread is closed",
        ),
    ],
)
@pytest.mark.slow
def test_bad_scripts_get_one_line_and_exit_2(library, tmp_path, steps, expected):
    path = script(tmp_path, steps)
    r = play(library, path, "--json")
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith((f"simulator: {path}: ", f"simulator: {path}:1: "))
    assert expected in lines[0]


@pytest.mark.slow
def test_missing_script_and_scenario_files(library, tmp_path):
    r = play(library, tmp_path / "missing.json", "--json")
    assert r.returncode == 2 and r.stderr.startswith(f"simulator: {tmp_path / 'missing.json'}: ")
    r = subprocess.run(
        [*SIMULATOR, "play", str(tmp_path / "nope.yaml"), "--script", str(script(tmp_path, GOOD))],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
