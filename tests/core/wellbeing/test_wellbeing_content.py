"""The gate on scenarios as trainers write them: the shipped library and the wellbeing keys."""

from __future__ import annotations

from pathlib import Path

from simulator.content.loader import read_scenario
from simulator.content.media import media_problems
from simulator.wellbeing.gate import (
    briefing_needed,
    presentation_for,
    text_collapsed,
)
from simulator.wellbeing.settings import AdminLimits, TraineePreferences, effective_settings

SCENARIO = """\
format: 1
id: wellbeing-keys
language: en
title: "Report with a screenshot"
sop: threats-animal-cruelty
difficulty: 2
sensitivity: []
threads:
  - {id: main, channel: email, subject: "Report"}
timeline:
  - at: 0s
    thread: main
    text: "An ordinary opening message."
  - at: 30s
    thread: main
    text: "A synthetic level-3 description."
    sensitivity:
      - {category: animal-harm, level: 3}
    attachments:
      - id: shot
        image: assets/scenario-media/placeholder-animal-harm-l3.png
        alt: "Synthetic placeholder"
        needed_for_step: assess
        sensitivity:
          - {category: animal-harm, level: 3}
rubric:
  pass_mark: 80
  criteria:
    - {id: thanks, check: {mentions: ["thank"]}}
"""


def test_wellbeing_keys_load_and_drive_the_gate(tmp_path: Path) -> None:
    path = tmp_path / "en" / "wellbeing-keys.yaml"
    path.parent.mkdir()
    path.write_text(SCENARIO, encoding="utf-8")
    scenario, problems = read_scenario(path)
    assert not [p for p in problems if getattr(p, "severity", "error") == "error"], problems
    first, second = scenario.timeline
    assert text_collapsed(first, scenario) == ()
    assert [s.category for s in text_collapsed(second, scenario)] == ["animal-harm"]
    att = second.attachments[0]
    assert att.needed_for_step == "assess"
    p = presentation_for(att, effective_settings(AdminLimits(), TraineePreferences()))
    assert p.needed_for_step == "assess" and p.blur_fraction > 0
    briefing = briefing_needed(scenario, {})
    assert briefing is not None and briefing.media_steps == ("assess",)
    assert [(i.category, i.level, i.kinds) for i in briefing.items] == [
        ("animal-harm", 3, ("text", "image"))
    ]
    assert scenario.max_level == 3


def test_shipped_library_keeps_child_safety_to_text_and_briefs_every_sensitive_scenario(
    repo: Path,
) -> None:
    checked = 0
    for path in sorted((repo / "scenarios").glob("*/*.yaml")):
        if path.parent.name == "sops":
            continue
        scenario, _ = read_scenario(path)
        assert media_problems(scenario) == [], path.name
        briefing = briefing_needed(scenario, {})
        labelled = bool(scenario.sensitivity) or scenario.max_level > 0
        assert (briefing is not None) == labelled, path.name
        checked += 1
    assert checked > 0
