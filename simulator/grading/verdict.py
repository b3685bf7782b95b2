"""The verdict of record of a finished attempt: its automatic grade with trainers'
overrides applied. The one place this rule lives; the store's figures, the results
screens, exam verdicts and certificates all take it from here.

- An override targets a criterion (``criterion_id``) or the attempt's verdict (None).
- Per target, each trainer's latest override counts. When the trainers whose overrides
  count disagree, the target is *disputed* until a lead or admin resolves it; while any
  target is disputed the verdict of record is the automatic one, marked disputed.
- A resolution settles the overrides of its target up to the newest it saw
  (``last_override_id``); its verdict stands until a newer override of that target.
- A criterion override sets that criterion's pass/fail (an overridden criterion counts
  as applicable) and the score is recomputed with the rubric's weights, as the grader
  does: the percentage of applicable weight that passed; passed is ``score >=
  pass_mark`` and no applicable critical criterion failed.
- A verdict override then sets ``passed`` (and the score, when it gives one).

The automatic grade and every override are kept as they were (append-only); this only
reads them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

VERDICT_TARGET: str | None = None  # an override of the attempt's verdict, not a criterion

AUTOMATIC = "automatic"
OVERRIDDEN = "override"
DISPUTED = "disputed"


class OverrideLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def trainer_id(self) -> int: ...
    @property
    def passed(self) -> bool: ...
    @property
    def score(self) -> float | None: ...
    @property
    def criterion_id(self) -> str | None: ...


class ResolutionLike(Protocol):
    @property
    def criterion_id(self) -> str | None: ...
    @property
    def passed(self) -> bool: ...
    @property
    def last_override_id(self) -> int: ...


@dataclass(frozen=True)
class TargetDecision:
    """What counts for one target: ``passed`` (None while disputed) and the score a
    verdict override gave, if any."""

    target: str | None
    passed: bool | None
    score: float | None = None
    disputed: bool = False


@dataclass(frozen=True)
class FinalVerdict:
    """The verdict of record beside the automatic one."""

    passed: bool | None
    score: float | None
    automatic_passed: bool | None
    automatic_score: float | None
    criteria: tuple[dict[str, Any], ...]  # the criteria as they count (copies)
    status: str  # automatic | override | disputed
    disputed_targets: tuple[str | None, ...] = ()

    @property
    def disputed(self) -> bool:
        return self.status == DISPUTED

    @property
    def overridden(self) -> bool:
        return self.status == OVERRIDDEN

    def grade(self, automatic: Mapping[str, Any]) -> dict[str, Any]:
        """``automatic`` (a stored grade) with the verdict of record in place and the
        automatic verdict kept under ``automatic``."""
        out = dict(automatic)
        if self.criteria:
            out["criteria"] = [dict(c) for c in self.criteria]
        out["score"] = self.score
        out["passed"] = self.passed
        out["verdict"] = self.status
        out["automatic"] = {"score": self.automatic_score, "passed": self.automatic_passed}
        if self.disputed_targets:
            out["disputed"] = list(self.disputed_targets)
        return out


def decisions(
    overrides: Iterable[OverrideLike], resolutions: Iterable[ResolutionLike] = ()
) -> dict[str | None, TargetDecision]:
    """Per target (criterion id, or None for the verdict), what counts."""
    by_target: dict[str | None, list[OverrideLike]] = {}
    for o in sorted(overrides, key=lambda o: o.id):
        by_target.setdefault(o.criterion_id, []).append(o)
    settled: dict[str | None, ResolutionLike] = {}
    for r in resolutions:  # in the order they were made: the latest wins
        settled[r.criterion_id] = r
    out: dict[str | None, TargetDecision] = {}
    for target in {*by_target, *settled}:
        resolution = settled.get(target)
        after = resolution.last_override_id if resolution is not None else 0
        latest: dict[int, OverrideLike] = {}
        for o in by_target.get(target, ()):
            if o.id > after:
                latest[o.trainer_id] = o
        if not latest:
            if resolution is not None:
                out[target] = TargetDecision(target, resolution.passed)
            continue
        verdicts = {o.passed for o in latest.values()}
        if len(verdicts) > 1:
            out[target] = TargetDecision(target, None, disputed=True)
            continue
        newest = max(latest.values(), key=lambda o: o.id)
        out[target] = TargetDecision(target, newest.passed, newest.score)
    return out


def disputed_overrides(
    overrides: Sequence[OverrideLike], resolutions: Iterable[ResolutionLike] = ()
) -> dict[str | None, int]:
    """Disputed targets and the id of the newest override a resolution would settle."""
    found = decisions(overrides, resolutions)
    return {
        t: max(o.id for o in overrides if o.criterion_id == t)
        for t, d in found.items()
        if d.disputed
    }


def rescore(criteria: Sequence[Mapping[str, Any]], pass_mark: float) -> tuple[float, bool]:
    """Score and verdict of ``criteria`` as the grader computes them."""
    total = won = 0.0
    failed = critical_failed = False
    for c in criteria:
        if not c.get("applicable", True):
            continue
        weight = float(c.get("weight", 1.0))
        total += weight
        if c.get("passed"):
            won += weight
        else:
            failed = True
            critical_failed = critical_failed or bool(c.get("critical"))
    score = round(100.0 * won / total, 2) if total > 0 else 0.0 if failed else 100.0
    return score, score >= pass_mark and not critical_failed


def final_verdict(
    grade: Mapping[str, Any],
    overrides: Sequence[OverrideLike] = (),
    resolutions: Iterable[ResolutionLike] = (),
) -> FinalVerdict:
    """The verdict of record of an attempt whose automatic grade is ``grade``."""
    auto_score = _number(grade.get("score"))
    auto_passed = grade.get("passed") if isinstance(grade.get("passed"), bool) else None
    criteria = tuple(dict(c) for c in grade.get("criteria") or () if isinstance(c, Mapping))
    automatic = FinalVerdict(auto_passed, auto_score, auto_passed, auto_score, criteria, AUTOMATIC)
    found = decisions(overrides, resolutions)
    if not found:
        return automatic
    disputed = tuple(t for t, d in found.items() if d.disputed)
    if disputed:
        ordered = tuple(sorted(disputed, key=lambda t: (t is not None, t or "")))
        return FinalVerdict(
            auto_passed, auto_score, auto_passed, auto_score, criteria, DISPUTED, ordered
        )
    score, passed = auto_score, auto_passed
    if any(t is not None for t in found) and criteria:
        rescored = []
        for c in criteria:
            d = found.get(str(c.get("id")))
            if d is not None and d.passed is not None:
                c = {**c, "passed": d.passed, "applicable": True, "overridden": True}
            rescored.append(c)
        criteria = tuple(rescored)
        pass_mark = _number(grade.get("pass_mark"))
        if pass_mark is not None:
            score, passed = rescore(criteria, pass_mark)
    verdict = found.get(VERDICT_TARGET)
    if verdict is not None and verdict.passed is not None:
        passed = verdict.passed
        if verdict.score is not None:
            score = verdict.score
    return FinalVerdict(passed, score, auto_passed, auto_score, criteria, OVERRIDDEN)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def needs_review(required: bool, item_grades: Iterable[Mapping[str, Any]] = ()) -> bool:
    """Whether a passed sitting's certificate waits for a trainer: the exam says so
    (``review_required: true``) or the grader is uncertain of any item's criterion."""
    return required or any(
        bool(c.get("uncertain"))
        for g in item_grades
        for c in g.get("criteria") or ()
        if isinstance(c, Mapping)
    )


def awaits_confirmation(grade: Mapping[str, Any], overrides: Iterable[OverrideLike]) -> bool:
    """Whether a sitting that needs review still waits for a trainer to confirm its
    verdict (an override of the verdict, which then is the verdict of record)."""
    if not grade.get("review_required"):
        return False
    return not any(o.criterion_id is None for o in overrides)
