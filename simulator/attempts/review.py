"""What a trainee may see of an exam result: the exam's ``review`` key.

- ``score``: the score and the verdict;
- ``criteria`` (the default): also each criterion's title and pass/fail;
- ``evidence``: everything, including the phrases and actions the grader looked for.

Anything below ``evidence`` never shows what was looked for: after a failed sitting the
missing phrases would be an answer key for the next one. Trainers always see everything.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from simulator.attempts.result import AttemptResult

CRITERION_KEYS = ("id", "title", "passed", "applicable", "weight", "critical")


def grade_for_trainee(grade: Mapping[str, Any], review: str) -> dict[str, Any]:
    """An item's grade as the trainee may see it under ``review``."""
    if review == "evidence":
        return dict(grade)
    out = {k: grade[k] for k in ("score", "passed", "pass_mark") if k in grade}
    if review == "criteria":
        out["criteria"] = [
            {k: c[k] for k in CRITERION_KEYS if k in c} for c in grade.get("criteria", ())
        ]
    else:
        out["criteria"] = []
    return out


def result_for_trainee(result: AttemptResult, review: str) -> AttemptResult:
    """An exam item's result as the trainee may see it (the transcript is their own)."""
    return AttemptResult(
        attempt_id=result.attempt_id,
        scenario_id=result.scenario_id,
        grade=grade_for_trainee(result.grade, review),
        transcript=result.transcript,
        actions=result.actions,
        metrics=result.metrics,
        ended_at_s=result.ended_at_s,
        end_reason=result.end_reason,
        mode=result.mode,
        extra={"review": review},
    )
