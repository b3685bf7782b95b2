"""The shipped Arabic scenarios: valid, graded as their examples say, and covering the
SOPs, channels, difficulties and dialect features the library promises."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.authoring.validate import validate_paths
from simulator.content.loader import load_scenario
from simulator.grading.language import detect_language

AR = Path(__file__).resolve().parents[3] / "scenarios" / "ar"
SOPS = {
    "account-recovery",
    "harassment-bullying",
    "hate-speech",
    "minor-safety",
    "self-harm",
    "threats-animal-cruelty",
    "appeals",
    "payments-refunds",
    "privacy-data-requests",
}
FILES = sorted(AR.glob("*.yaml"))


@pytest.mark.slow
def test_every_arabic_scenario_validates() -> None:
    problems = validate_paths(FILES)
    assert [f"{p.file}:{p.line}: {p.severity}: {p.message}" for p in problems] == []


def test_library_coverage() -> None:
    scenarios = [load_scenario(p) for p in FILES]
    assert len(scenarios) >= 10
    assert {s.sop for s in scenarios} == SOPS
    assert {c for s in scenarios for c in s.channels} == {"email", "ticket", "chat"}
    assert sum(len(s.channels) > 1 for s in scenarios) >= 3
    assert {s.difficulty for s in scenarios} == {1, 2, 3, 4, 5}
    assert {s.persona.locale for s in scenarios if s.persona} >= {"ar_EG", "ar_SA", "ar_JO"}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_scenario_shape(path: Path) -> None:
    sc = load_scenario(path)
    assert sc.language == "ar" and sc.id == path.stem
    assert detect_language(sc.title) == "ar"
    assert {e.verdict for e in sc.examples} == {"pass", "fail"}
    # Users get impatient: at least one no_reply follow-up, and one reaction to a reply.
    kinds = {ev.when.kind for ev in sc.timeline if ev.when}
    assert kinds == {"no_reply", "reply"}
    # Child-safety material is text only.
    if any(s.category == "child-safety" for s in sc.sensitivity):
        assert not any(ev.attachments for ev in sc.timeline)


def test_arabizi_is_a_minority_where_used() -> None:
    for path in FILES:
        sc = load_scenario(path)
        langs = [detect_language(ev.text) for ev in sc.timeline]
        assert langs.count("arabizi") <= len(langs) // 3, path.name
