"""Figures the trainer screens show, computed from store records (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ScenarioRate:
    scenario_id: str
    finished: int
    passed: int

    @property
    def rate(self) -> float | None:
        return None if not self.finished else self.passed / self.finished


def scenario_pass_rates(attempts: Iterable[Any]) -> list[ScenarioRate]:
    """Per scenario: finished attempts and how many passed (automatic verdict)."""
    counts: dict[str, list[int]] = {}
    for a in attempts:
        if a.ended_at is None:
            continue
        n = counts.setdefault(a.scenario_id, [0, 0])
        n[0] += 1
        n[1] += 1 if a.passed else 0
    return [ScenarioRate(sid, f, p) for sid, (f, p) in sorted(counts.items())]


def percent(part: int, whole: int) -> str:
    return "—" if not whole else f"{100 * part / whole:.0f}%"
