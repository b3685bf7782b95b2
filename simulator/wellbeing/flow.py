"""The gate around one scenario, as a plain object the desk (or an exam) asks at each turn.

Before: may it start, is a briefing due, what lighter scenario to offer. After: offer a
check-in, a break, a lighter next scenario. It only decides; the screens show, the store
records. Nothing here is passed to grading.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from simulator.content.model import Scenario
from simulator.wellbeing.breaks import BreakPrompt, break_due, next_should_be_lighter
from simulator.wellbeing.config import WellbeingConfig
from simulator.wellbeing.exposure import Exposure, ExposureLedger
from simulator.wellbeing.gate import (
    Briefing,
    Decision,
    Mode,
    alternative_for,
    briefing_needed,
    can_start,
    exam_swap,
    scenario_categories,
    scenario_level,
)
from simulator.wellbeing.settings import TraineePreferences, WellbeingSettings, effective_settings


@dataclass(frozen=True)
class BeforeScenario:
    """What to do before ``scenario``: start it, brief first, or (practice) refuse it."""

    decision: Decision
    briefing: Briefing | None
    alternative: Scenario | None  # practice: a lighter scenario; exam: the equivalent swap


@dataclass(frozen=True)
class AfterScenario:
    offer_check_in: bool
    break_prompt: BreakPrompt | None
    suggest_lighter: bool


@dataclass
class Gate:
    """One trainee's wellbeing state for a sitting (practice or exam)."""

    config: WellbeingConfig
    prefs: TraineePreferences
    consents: Mapping[str, int]
    ledger: ExposureLedger
    mode: Mode = "practice"
    withdrawn: tuple[str, ...] = ()
    recent_levels: list[int] = field(default_factory=list)

    @property
    def settings(self) -> WellbeingSettings:
        """Media settings now: protective defaults each sitting, exam floor in exams."""
        return effective_settings(self.config.limits, self.prefs, self.mode)

    def before(self, scenario: Scenario, library: Sequence[Scenario] = ()) -> BeforeScenario:
        """The decision, the briefing (None for a scenario with no labels) and an alternative."""
        decision = can_start(scenario, self.ledger, self.mode, self.config.budget, self.withdrawn)
        briefing = briefing_needed(scenario, self.consents, self.mode)
        if self.mode == "exam":
            alt = exam_swap(scenario, library) if briefing is not None else None
        elif briefing is not None or not decision.allowed:
            spent = decision.reason == "budget-spent"
            alt = alternative_for(scenario, library, avoid_levels_from=1 if spent else None)
        else:
            alt = None
        return BeforeScenario(decision, briefing, alt)

    def after(
        self,
        scenario: Scenario,
        seconds: float,
        today: dt.date,
        active_s_since_break: float,
        s_since_last_prompt: float | None,
    ) -> AfterScenario:
        """Count the scenario's time and say what to offer next."""
        level = scenario_level(scenario)
        if level >= 2:
            spent = Exposure(today, "scenario", scenario_categories(scenario), level, seconds)
            self.ledger = self._add(spent)
        self.recent_levels.append(level)
        prompt = break_due(active_s_since_break, s_since_last_prompt, level, self.config.breaks)
        return AfterScenario(
            offer_check_in=level > 0,
            break_prompt=prompt,
            suggest_lighter=next_should_be_lighter(self.recent_levels),
        )

    def _add(self, exposure: Exposure) -> ExposureLedger:
        led = self.ledger
        by_cat = dict(led.by_category)
        minutes = exposure.seconds / 60.0
        for c in exposure.categories:
            by_cat[c] = by_cat.get(c, 0.0) + minutes
        return ExposureLedger(
            led.today, led.scenario_min + minutes, led.reveal_min, MappingProxyType(by_cat)
        )

    def add_reveal(self, exposure: Exposure) -> None:
        """Count a closed reveal of level-3 media against today's budget."""
        if exposure.level < 3:
            return
        by_cat = dict(self.ledger.by_category)
        minutes = exposure.seconds / 60.0
        for c in exposure.categories:
            by_cat[c] = by_cat.get(c, 0.0) + minutes
        led = self.ledger
        self.ledger = ExposureLedger(
            led.today, led.scenario_min, led.reveal_min + minutes, MappingProxyType(by_cat)
        )
