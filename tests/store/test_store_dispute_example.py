"""Issue 16: a resolved dispute's rubric example closes the loop. Pasted under the
scenario's ``examples:``, ``simulator validate`` grades it: an overturned verdict the
grader still gets wrong is reported (a regression test that fails until the rubric is
fixed); an upheld one passes as written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from simulator.authoring.validate import validate_paths
from simulator.engine.play import play, play_json
from simulator.engine.script import read_script
from simulator.ui.app import load_library
from tests.ui.test_ui_trainer import SCENARIO, SCRIPT

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "scenarios" / "ar" / f"{SCENARIO}.yaml"
PASSWORD = "correct horse"


@pytest.fixture(scope="module")
def played(tmp_path_factory):
    scenarios, sops, _ = load_library(REPO / "scenarios")
    scenario = next(s for s in scenarios if s.id == SCENARIO)
    path = tmp_path_factory.mktemp("script") / "script.json"
    path.write_text(json.dumps(SCRIPT, ensure_ascii=False), encoding="utf-8")
    session, skipped = play(scenario, sops[scenario.sop], read_script(path, scenario), seed=7)
    return json.loads(json.dumps(play_json(session, skipped)))


def exported(store, played, overturn: bool) -> str:
    for name, role in (("amal", "trainee"), ("tarek", "trainer")):
        if store.person(name) is None:
            store.create_person(name, role, password=PASSWORD)
    amal = store.authenticate("amal", PASSWORD)
    tarek = store.authenticate("tarek", PASSWORD)
    a = store.start_attempt(
        amal.id, scenario_id=SCENARIO, scenario_sha256="0" * 64, sop_id="two-step",
        sop_version=1, seed=7, started_at=store.now(),
    )  # fmt: skip
    metrics = {**played["metrics"], "actions": played["actions"]}
    store.finish_attempt(a.id, played["grade"], played["transcript"], metrics, ended_at=store.now())
    # The grader missed the dialect apology (آسفين): 79%, not passed (pass mark 80).
    assert [c["passed"] for c in played["grade"]["criteria"] if c["id"] == "formal-and-warm"] == [
        False
    ]
    d = store.dispute(amal, a.id, "formal-and-warm", "I apologised: آسفين على الإزعاج")
    store.resolve_dispute(tarek, d.id, overturn=overturn, reason="checked the reply")
    return store.dispute_example(tarek, d.id)


def validate_with(snippet: str, tmp_path: Path) -> list[str]:
    folder = tmp_path / "ar"
    folder.mkdir()
    target = folder / SOURCE.name
    shutil.copyfile(SOURCE, target)
    text = target.read_text(encoding="utf-8").rstrip("\n") + "\n"
    target.write_text(text + snippet, encoding="utf-8")  # pasted as it is under examples:
    problems = validate_paths([target], REPO / "scenarios" / "sops")
    return [p.message for p in problems if p.severity == "error"]


def test_an_overturned_verdict_becomes_a_failing_regression_example(store, played, tmp_path):
    snippet = exported(store, played, overturn=True)
    assert "- verdict: pass" in snippet
    problems = validate_with(snippet, tmp_path)
    assert len(problems) == 1, problems
    assert problems[0].startswith("example #4 (verdict: pass) fails")
    assert "formal-and-warm" in problems[0]


def test_an_upheld_verdict_becomes_an_example_that_holds(store, played, tmp_path):
    snippet = exported(store, played, overturn=False)
    assert "- verdict: fail" in snippet and "fails:" in snippet
    assert validate_with(snippet, tmp_path) == []
