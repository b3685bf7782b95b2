"""``play`` in-process: the shipped library plays end to end, and output is deterministic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.content.library import find_sop_path
from simulator.content.loader import load_scenario, load_sop
from simulator.content.model import Action
from simulator.engine.play import play, play_json, render_text
from simulator.engine.script import Step

REPO = Path(__file__).resolve().parents[3]
SHIPPED = sorted(p for lang in ("en", "ar") for p in (REPO / "scenarios" / lang).glob("*.yaml"))


def steps_for(scenario) -> list[Step]:
    """A plausible trainee: looks up, answers each thread, tags, resolves."""
    steps = [Step(1, 5.0, "action", action=Action("lookup"))]
    for n, thread in enumerate(scenario.threads):
        steps.append(Step(len(steps) + 1, 20.0 + 30 * n, "reply", thread.id, "Hello {name}"))
    steps.append(Step(len(steps) + 1, 600.0, "action", action=Action("resolve")))
    return steps


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_scenario_plays_deterministically(path):
    scenario = load_scenario(path)
    sop = load_sop(find_sop_path(path, None, scenario.sop))
    outputs = []
    for _ in range(2):
        session, skipped = play(scenario, sop, steps_for(scenario), seed=5)
        outputs.append(json.dumps(play_json(session, skipped), ensure_ascii=False))
    assert outputs[0] == outputs[1]
    out = json.loads(outputs[0])
    assert out["scenario"] == scenario.id
    assert out["transcript"] and out["transcript"][0]["from"] == "user"
    times = [m["at_s"] for m in out["transcript"]]
    assert times == sorted(times)
    assert 0 <= out["grade"]["score"] <= 100
    assert "{" not in out["transcript"][0]["text"]  # placeholders filled
    assert render_text(session, skipped, out["grade"])


def test_the_shipped_library_is_not_empty():
    assert len(SHIPPED) >= 1
