"""The shipped SOPs and English scenarios: valid, complete, and the spread trainers need."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from simulator.authoring.validate import validate_paths
from simulator.content.loader import load_scenario, load_sop
from simulator.content.placeholders import names

ROOT = Path(__file__).resolve().parents[3]
SOPS = ROOT / "scenarios" / "sops"
EN = ROOT / "scenarios" / "en"
ARABIC = re.compile(r"[\u0600-\u06FF]")

# The fixed SOP ids and escalation teams both library halves rely on.
TEAMS = {
    "account-recovery": ("account-security",),
    "harassment-bullying": ("trust-safety",),
    "hate-speech": ("trust-safety",),
    "minor-safety": ("minor-safety", "emergency-response", "law-enforcement-response"),
    "self-harm": ("emergency-response", "trust-safety"),
    "threats-animal-cruelty": ("trust-safety", "emergency-response", "law-enforcement-response"),
    "appeals": ("appeals-review",),
    "payments-refunds": ("payments",),
    "privacy-data-requests": ("privacy", "account-security"),
}


def en_scenarios() -> list[Path]:
    return sorted(EN.glob("*.yaml"))


def test_sops_and_english_scenarios_validate_with_their_examples() -> None:
    problems = validate_paths([SOPS, EN])
    assert [str(p) for p in problems if p.severity == "error"] == []


@pytest.mark.parametrize("sop_id", sorted(TEAMS))
def test_sop_shape(sop_id: str) -> None:
    sop = load_sop(SOPS / f"{sop_id}.yaml")
    assert sop.id == sop_id
    assert sop.teams == TEAMS[sop_id]
    assert 3 <= len(sop.macros) <= 6
    assert len(sop.steps) >= 4
    assert sop.title.en and ARABIC.search(sop.title.ar)
    for item in (*sop.steps, *sop.macros):
        assert item.text.en and not ARABIC.search(item.text.en), item.id
        assert ARABIC.search(item.text.ar), item.id
    for macro in sop.macros:
        # Every scenario declares name; agent is the trainee. Nothing else is safe here.
        used = set(names(macro.text.en)) | set(names(macro.text.ar))
        assert used <= {"name", "agent"}, macro.id
        assert set(names(macro.text.en)) == set(names(macro.text.ar)), macro.id


def test_english_library_spread() -> None:
    scenarios = [load_scenario(p) for p in en_scenarios()]
    assert len(scenarios) >= 10
    assert {s.sop for s in scenarios} == set(TEAMS)
    assert {c for s in scenarios for c in s.channels} == {"email", "ticket", "chat"}
    assert sum(len(s.channels) >= 2 for s in scenarios) >= 3
    assert {s.difficulty for s in scenarios} == {1, 2, 3, 4, 5}
    kinds = {ev.when.kind for s in scenarios for ev in s.timeline if ev.when}
    assert kinds == {"no_reply", "reply"}


@pytest.mark.parametrize("path", en_scenarios(), ids=lambda p: p.stem)
def test_english_scenario_conventions(path: Path) -> None:
    sc = load_scenario(path)
    assert path.stem == sc.id and sc.language == "en"
    assert sc.persona is not None and "name" in sc.persona.fields
    assert sc.persona.locale.startswith("en_")
    verdicts = [ex.verdict for ex in sc.examples]
    assert "pass" in verdicts and "fail" in verdicts
    if "chat" in sc.channels:
        assert any(c.check.kind == "replied_within" for c in sc.rubric.criteria)
    # Labels match content: a labelled attachment never outranks the scenario's category
    # without the scenario carrying that category too, and child safety is never an image.
    categories = {s.category for s in sc.sensitivity}
    for ev in sc.timeline:
        for att in ev.attachments:
            assert att.image.startswith("assets/scenario-media/")
            assert {s.category for s in att.sensitivity} <= categories, att.id
            assert "child-safety" not in {s.category for s in att.sensitivity}
            if any(s.level == 3 for s in att.sensitivity):
                assert Path(att.image).name.startswith("placeholder-"), att.id
