"""Check-ins: optional self-ratings used only for pacing, never for a grade or a diagnosis.

Evidence file, item 6: a 0-10 rating after a sensitive scenario (7 or more -> offer a
break, a lighter next scenario and support); an optional weekly 1-5 stress question
(4-5 for 2 weeks or more running -> point to support). Trainers see only aggregates
over at least 5 people ("What never to do").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

HIGH_RATING = 7
MIN_COHORT = 5
WEEKLY_HIGH = 4
WEEKLY_RUN = 2


@dataclass(frozen=True)
class CheckInAdvice:
    """What to offer after a check-in; all of it optional for the trainee."""

    offer_break: bool
    suggest_lighter: bool
    show_support: bool


def check_in_advice(rating: int | None) -> CheckInAdvice:
    """Pacing advice for a 0-10 rating (None: the trainee skipped; support stays visible)."""
    if rating is None:
        return CheckInAdvice(False, False, False)
    if not 0 <= rating <= 10:
        raise ValueError(f"a check-in rating is 0-10, not {rating}")
    high = rating >= HIGH_RATING
    return CheckInAdvice(offer_break=high, suggest_lighter=high, show_support=high)


def weekly_support_prompt(weekly: Sequence[int]) -> bool:
    """True when the latest weekly answers (1-5, oldest first) are 4-5 for 2+ weeks running."""
    run = 0
    for answer in reversed(weekly):
        if answer < WEEKLY_HIGH:
            break
        run += 1
    return run >= WEEKLY_RUN


@dataclass(frozen=True)
class CohortSummary:
    """Anonymous check-in figures for a group: no names, no per-person rows."""

    people: int
    check_ins: int
    mean_rating: float
    share_high: float  # fraction of check-ins at 7 or more


def cohort_summary(ratings: Iterable[tuple[str, int]]) -> CohortSummary | None:
    """Aggregate (person, rating) pairs; None (suppressed) for fewer than 5 people."""
    pairs = list(ratings)
    people = {p for p, _ in pairs}
    if len(people) < MIN_COHORT or not pairs:
        return None
    values = [r for _, r in pairs]
    return CohortSummary(
        people=len(people),
        check_ins=len(values),
        mean_rating=round(sum(values) / len(values), 1),
        share_high=round(sum(1 for v in values if v >= HIGH_RATING) / len(values), 2),
    )
