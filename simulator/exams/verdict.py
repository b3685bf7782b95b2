"""Per-item results and the exam's verdict by its pass rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from simulator.exams.definition import PassRules

ItemStatus = Literal["graded", "not-reached"]


@dataclass(frozen=True)
class ItemResult:
    """One exam item as it ended. A swapped item is graded like any other (no penalty)."""

    index: int
    scenario_id: str
    score: float
    passed: bool
    critical_failed: bool
    status: ItemStatus = "graded"
    attempt_id: int | None = None
    swapped_from: str | None = None
    end_reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "scenario": self.scenario_id,
            "status": self.status,
            "score": self.score,
            "passed": self.passed,
            "critical_failed": self.critical_failed,
            "attempt_id": self.attempt_id,
            "swapped_from": self.swapped_from,
            "end_reason": self.end_reason,
        }


def critical_failed(grade_json: Mapping[str, Any]) -> bool:
    """Whether an applicable critical criterion failed, in a grade's JSON."""
    return any(
        c.get("critical") and c.get("applicable", True) and not c.get("passed")
        for c in grade_json.get("criteria", [])
    )


@dataclass(frozen=True)
class ExamVerdict:
    score: float  # mean of the items' scores, 2 decimals
    passed: bool
    reasons: tuple[str, ...]  # why it failed (empty when passed)


def judge(items: Sequence[ItemResult], rules: PassRules) -> ExamVerdict:
    """The verdict: every rule must hold; an item not reached scores 0 and is not passed."""
    score = round(sum(i.score for i in items) / len(items), 2) if items else 0.0
    reasons: list[str] = []
    if score < rules.mean_score:
        reasons.append(f"mean score {score:g} is below {rules.mean_score:g}")
    if rules.every_scenario:
        failed = [i.scenario_id for i in items if not i.passed]
        if failed:
            reasons.append(f"not passed: {', '.join(failed)}")
    if rules.no_critical_failure:
        critical = [i.scenario_id for i in items if i.critical_failed]
        if critical:
            reasons.append(f"a critical criterion failed in: {', '.join(critical)}")
    return ExamVerdict(score, not reasons, tuple(reasons))
