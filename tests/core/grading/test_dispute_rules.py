"""The dispute rules (no store): the window on a given clock, the window's bounds, and
the rubric example a resolved dispute becomes."""

from __future__ import annotations

import datetime as dt

import pytest
from ruamel.yaml import YAML

from simulator.grading.disputes import (
    DEFAULT_WINDOW_DAYS,
    check_window_days,
    criterion_passed,
    example_entry,
    example_yaml,
    window_closes,
    window_open,
)

ENDED = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)


def test_the_window_runs_from_the_end_of_the_attempt():
    assert DEFAULT_WINDOW_DAYS == 7
    assert window_closes(ENDED, 7) == dt.datetime(2026, 3, 8, 12, 0, tzinfo=dt.UTC)
    assert window_open(ENDED, ENDED, 7)
    assert window_open(ENDED, ENDED + dt.timedelta(days=7, microseconds=-1), 7)
    assert not window_open(ENDED, ENDED + dt.timedelta(days=7), 7)
    assert not window_open(ENDED, ENDED, 0)  # 0 days: no disputes
    # A clock well behind the attempt's end (a wrong clock) is not "inside" the window.
    assert not window_open(ENDED, ENDED - dt.timedelta(hours=1), 7)


@pytest.mark.parametrize("bad", [-1, 366, 2.5, "7", True, None])
def test_a_window_is_whole_days_from_0_to_365(bad):
    with pytest.raises(ValueError, match="dispute window"):
        check_window_days(bad)
    assert check_window_days(0) == 0 and check_window_days(365) == 365


TRANSCRIPT = [
    {"from": "user", "thread": "main", "text": "hacked"},
    {"from": "trainee", "thread": "main", "text": "مرحبا سارة"},
    {"from": "trainee", "thread": "main", "text": "Anything else?"},
    {"from": "trainee", "thread": "ticket", "text": "Merged: 'dup'"},
]
ACTIONS = [{"at_s": 3.0, "type": "macro", "value": "reset", "thread": None}, {"type": ""}]


def test_the_example_has_the_replies_actions_verdict_and_failed_criterion():
    entry = example_entry(
        TRANSCRIPT, ACTIONS, verdict_passed=False, criterion_id="greets", criterion_passed=False
    )
    assert entry == {
        "verdict": "fail",
        "replies": {"main": ["مرحبا سارة", "Anything else?"], "ticket": "Merged: 'dup'"},
        "actions": [{"type": "macro", "value": "reset"}],
        "fails": ["greets"],
    }
    # fails goes with verdict: fail only, and only for a criterion that failed.
    passed = example_entry(
        TRANSCRIPT, [], verdict_passed=True, criterion_id="greets", criterion_passed=False
    )
    assert "fails" not in passed and "actions" not in passed
    text = example_yaml(entry, ["From dispute 3", "Disputed: a reason\non two lines"])
    assert text.splitlines()[:3] == ["# From dispute 3", "# Disputed: a reason", "# on two lines"]
    assert text.splitlines()[3] == "  - verdict: fail"  # indented to paste under examples:
    assert YAML(typ="safe").load(text) == [entry]


def test_criterion_passed_reads_a_grade():
    grade = {"criteria": [{"id": "a", "passed": True}, {"id": "b", "passed": False}]}
    assert criterion_passed(grade, "a") is True and criterion_passed(grade, "b") is False
    assert criterion_passed(grade, "c") is None
