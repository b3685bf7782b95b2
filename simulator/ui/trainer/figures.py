"""Figures the trainer screens show, computed from store records (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from simulator.exams.definition import SITTING_PREFIX, is_sitting


@dataclass(frozen=True)
class ScenarioRate:
    scenario_id: str
    finished: int
    passed: int

    @property
    def rate(self) -> float | None:
        return None if not self.finished else self.passed / self.finished


def is_exam_item(attempt: Any) -> bool:
    """An item of an exam sitting: counted in its sitting, not as an attempt of its own."""
    return attempt.mode == "exam" and not is_sitting(attempt)


def attempt_title(scenario_id: str, titles: Mapping[str, str]) -> str:
    """The title of a scenario or exam (``exam:<id>``); never a raw id when avoidable."""
    if scenario_id in titles:
        return titles[scenario_id]
    return scenario_id.removeprefix(SITTING_PREFIX)


def scenario_pass_rates(attempts: Iterable[Any]) -> list[ScenarioRate]:
    """Per scenario or exam: finished attempts and how many passed (the verdict of record:
    trainers' overrides count). A sitting counts once; its items not at all."""
    counts: dict[str, list[int]] = {}
    for a in attempts:
        if a.ended_at is None or is_exam_item(a):
            continue
        n = counts.setdefault(a.scenario_id, [0, 0])
        n[0] += 1
        n[1] += 1 if a.passed else 0
    return [ScenarioRate(sid, f, p) for sid, (f, p) in sorted(counts.items())]


def percent(part: int, whole: int) -> str:
    return "—" if not whole else f"{100 * part / whole:.0f}%"
