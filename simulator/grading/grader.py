"""``grade()``: a scenario's rubric (plus its SOP's criteria) applied to a record.

Scoring (docs/grading.md): criteria that are not applicable (timing without a clock)
leave the base. ``score`` is the percentage of the applicable weight that passed,
rounded to two decimals; when the applicable weight is 0 the score is 100 if no
applicable criterion failed, else 0. ``passed`` is ``score >= pass_mark`` and no
applicable critical criterion failed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from simulator.content.model import SOP, Criterion, Example, Scenario
from simulator.content.placeholders import fill
from simulator.errors import ContentError
from simulator.grading.checks import CHECKS, CheckError, Context
from simulator.grading.record import Record, Reply, TakenAction

__all__ = [
    "CriterionResult",
    "Grade",
    "Record",
    "Reply",
    "TakenAction",
    "criteria_of",
    "grade",
    "record_from_example",
]


@dataclass(frozen=True)
class CriterionResult:
    """One criterion's verdict; ``evidence`` is JSON-able (keys in docs/grading.md)."""

    id: str
    title: str
    passed: bool
    applicable: bool
    weight: float
    critical: bool
    evidence: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "passed": self.passed,
            "applicable": self.applicable,
            "weight": self.weight,
            "critical": self.critical,
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class Grade:
    score: float
    passed: bool
    pass_mark: float
    criteria: tuple[CriterionResult, ...]

    def to_json(self) -> dict[str, Any]:
        """``{"score", "passed", "pass_mark", "criteria": [...]}`` as the CLI prints it."""
        return {
            "score": self.score,
            "passed": self.passed,
            "pass_mark": self.pass_mark,
            "criteria": [c.to_json() for c in self.criteria],
        }

    def criterion(self, criterion_id: str) -> CriterionResult:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)


def criteria_of(scenario: Scenario, sop: SOP | None) -> tuple[Criterion, ...]:
    """The scenario's criteria, then the SOP's that the scenario does not redefine (by id)."""
    own = scenario.rubric.criteria
    ids = {c.id for c in own}
    inherited = tuple(c for c in (sop.criteria if sop else ()) if c.id not in ids)
    return own + inherited


def _where(scenario: Scenario, criterion: Criterion) -> str:
    name = str(scenario.path) if scenario.path else scenario.id
    line = criterion.check.line or criterion.line
    return f"{name}:{line}" if line else name


def _bad_check(scenario: Scenario, criterion: Criterion, exc: Exception | None) -> ContentError:
    """The error for a criterion whose check is unknown (``exc`` None) or cannot run."""
    if exc is None:
        what = f"criterion {criterion.id!r} has an unknown check type {criterion.check.kind!r}"
    else:
        what = f"criterion {criterion.id!r}: {exc}"
    return ContentError(_where(scenario, criterion), what)


# Per criterion, what grading reads of it every time, looked up once.
_Plan = tuple[tuple[Criterion, str, Any, Mapping[str, Any], "str | None", float, bool], ...]
# The plans of the last few (scenario, SOP) pairs: hashing a whole Scenario per grade
# would cost more than the lookup saves, so the key is the objects' identity (the entry
# keeps them alive, so an id is not reused while it is cached).
_PLANS: dict[tuple[int, int], tuple[Scenario, SOP | None, _Plan]] = {}


def _plan(scenario: Scenario, sop: SOP | None) -> _Plan:
    key = (id(scenario), id(sop))
    entry = _PLANS.get(key)
    if entry is not None and entry[0] is scenario and entry[1] is sop:
        return entry[2]
    if len(_PLANS) >= 64:
        _PLANS.clear()
    plan = tuple(
        (c, c.check.kind, c.check.value, c.check.options, c.thread, float(c.weight), c.critical)
        for c in criteria_of(scenario, sop)
    )
    _PLANS[key] = (scenario, sop, plan)
    return plan


_NEW = object.__new__


def grade(scenario: Scenario, sop: SOP | None, record: Record, values: Mapping[str, str]) -> Grade:
    """Grade ``record`` against the scenario's rubric and its SOP's criteria.

    ``values`` (persona fields and ``agent``) fill ``{placeholders}`` in phrases."""
    everything = Context.everything(record, values)
    contexts: dict[str | None, Context] = {None: everything}
    results = []
    total = won = 0.0
    failed = critical_failed = False
    for criterion, kind, value, options, thread, weight, critical in _plan(scenario, sop):
        ctx = contexts.get(thread)
        if ctx is None:
            ctx = contexts[thread] = Context.scoped(everything, thread)
        fn = CHECKS.get(kind)
        if fn is None:
            raise _bad_check(scenario, criterion, None)
        try:
            outcome = fn(value, options, ctx)
        except (CheckError, ValueError, TypeError) as exc:
            raise _bad_check(scenario, criterion, exc) from None
        passed, applicable = outcome.passed, outcome.applicable
        # CriterionResult(...) without the frozen dataclass's __setattr__ per field: one
        # per criterion per grade, and that cost showed in the profile.
        result: CriterionResult = _NEW(CriterionResult)
        result.__dict__.update(
            {
                "id": criterion.id,
                "title": criterion.title,
                "passed": passed,
                "applicable": applicable,
                "weight": weight,
                "critical": critical,
                "evidence": outcome.evidence,
            }
        )
        results.append(result)
        if applicable:
            total += weight
            if passed:
                won += weight
            else:
                failed = True
                critical_failed = critical_failed or critical
    # With no applicable weight: 100 unless an applicable criterion failed.
    score = round(100.0 * won / total, 2) if total > 0 else 0.0 if failed else 100.0
    pass_mark = float(scenario.rubric.pass_mark)
    passed = score >= pass_mark and not critical_failed
    return Grade(score, passed, pass_mark, tuple(results))


def record_from_example(example: Example, values: Mapping[str, str] | None = None) -> Record:
    """The record an ``examples:`` entry describes (no clock). With ``values``, the
    example's reply texts get their ``{placeholders}`` filled."""
    replies = tuple(
        Reply(thread, fill(text, values) if values else text)
        for thread, texts in example.replies.items()
        for text in texts
    )
    actions = tuple(TakenAction(a.type, a.value, a.thread) for a in example.actions)
    return Record(replies=replies, actions=actions)
