"""The exposure budget: sensitive-content minutes per day and per category.

Two things are counted (evidence file, item 4): minutes inside scenarios of level >= 2
(``kind="scenario"``) and minutes with level-3 media revealed (``kind="reveal"``).
The day is passed in; nothing here reads the wall clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

ExposureKind = Literal["scenario", "reveal"]

# The production cap some moderators worked under (YouTube, 2018); no trainee budget
# may be set above it.
PRODUCTION_CAP_MIN = 240.0


@dataclass(frozen=True)
class Exposure:
    """Seconds of one kind of exposure on one day, to the given categories."""

    day: dt.date
    kind: ExposureKind
    categories: tuple[str, ...]
    level: int
    seconds: float


@dataclass(frozen=True)
class Budget:
    """Daily limits in minutes (evidence file, item 4: no study gives a number; these are
    our trainee defaults, far below the 4 h production cap, and the admin may change them)."""

    scenario_min_per_day: float = 45.0
    category_min_per_day: float = 30.0
    reveal_min_per_day: float = 10.0

    def checked(self) -> Budget:
        """This budget with each limit between 0 and the production cap."""

        def clamp(v: float) -> float:
            return max(0.0, min(PRODUCTION_CAP_MIN, float(v)))

        return Budget(
            clamp(self.scenario_min_per_day),
            clamp(self.category_min_per_day),
            clamp(self.reveal_min_per_day),
        )


def _empty() -> Mapping[str, float]:
    return MappingProxyType({})


@dataclass(frozen=True)
class ExposureLedger:
    """Today's sensitive minutes, in total and per category, for one trainee."""

    today: dt.date
    scenario_min: float = 0.0
    reveal_min: float = 0.0
    by_category: Mapping[str, float] = field(default_factory=_empty)

    @classmethod
    def from_records(cls, records: Iterable[Exposure], today: dt.date) -> ExposureLedger:
        """Sum the records of ``today``; scenario time of level < 2 is not counted."""
        scenario = reveal = 0.0
        per_cat: dict[str, float] = {}
        for r in records:
            if r.day != today or r.seconds <= 0:
                continue
            minutes = r.seconds / 60.0
            if r.kind == "scenario":
                if r.level < 2:
                    continue
                scenario += minutes
            else:
                if r.level < 3:
                    continue
                reveal += minutes
            for cat in set(r.categories):
                per_cat[cat] = per_cat.get(cat, 0.0) + minutes
        return cls(today, scenario, reveal, MappingProxyType(dict(sorted(per_cat.items()))))

    def category_min(self, category: str) -> float:
        return self.by_category.get(category, 0.0)

    def spent(self, budget: Budget, categories: Iterable[str] = ()) -> tuple[str, ...]:
        """What is used up: ``"scenario"``, ``"reveal"`` and/or ``"category:<name>"``."""
        b = budget.checked()
        out: list[str] = []
        if self.scenario_min >= b.scenario_min_per_day:
            out.append("scenario")
        if self.reveal_min >= b.reveal_min_per_day:
            out.append("reveal")
        out.extend(
            f"category:{c}"
            for c in sorted(set(categories))
            if self.category_min(c) >= b.category_min_per_day
        )
        return tuple(out)

    def remaining_min(self, budget: Budget) -> float:
        """Minutes of level >= 2 scenario time left today."""
        return max(0.0, budget.checked().scenario_min_per_day - self.scenario_min)
