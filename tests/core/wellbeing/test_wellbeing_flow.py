"""The gate around a scenario: before (brief, refuse, offer) and after (check-in, break)."""

from __future__ import annotations

import datetime as dt

from simulator.content.model import Scenario
from simulator.wellbeing.config import WellbeingConfig
from simulator.wellbeing.exposure import Budget, Exposure, ExposureLedger
from simulator.wellbeing.flow import Gate
from simulator.wellbeing.gate import Mode
from simulator.wellbeing.settings import AdminLimits, TraineePreferences
from tests.builders import make_scenario

TODAY = dt.date(2026, 11, 27)


def scen(sid: str, labels: tuple[tuple[str, int], ...] = (), sop: str = "report") -> Scenario:
    return make_scenario(sid, labels=labels, sop=sop)


HARD = scen("hard", (("violence", 3),))
MID = scen("mid", (("violence", 2),))
PLAIN = scen("plain")
LIBRARY = [HARD, MID, PLAIN]


def gate(mode: Mode = "practice", budget: Budget | None = None) -> Gate:
    config = WellbeingConfig(budget=budget or Budget())
    return Gate(config, TraineePreferences(), {}, ExposureLedger(TODAY), mode)


def test_practice_brief_then_budget_blocks_and_offers_a_plain_scenario() -> None:
    g = gate(budget=Budget(scenario_min_per_day=20))
    before = g.before(HARD, LIBRARY)
    assert before.decision.allowed and before.briefing is not None
    assert before.briefing.needs_consent == ("violence",)
    assert before.alternative is not None and before.alternative.id == "plain"
    after = g.after(HARD, 25 * 60, TODAY, active_s_since_break=25 * 60, s_since_last_prompt=None)
    assert after.offer_check_in and after.suggest_lighter
    assert after.break_prompt is not None and after.break_prompt.reason == "after-level-3"
    blocked = g.before(MID, LIBRARY)
    assert not blocked.decision.allowed and blocked.decision.reason == "budget-spent"
    assert blocked.alternative is not None and blocked.alternative.id == "plain"
    assert g.before(PLAIN, LIBRARY).decision.allowed
    assert g.before(PLAIN, LIBRARY).briefing is None


def test_exam_keeps_the_gate_and_offers_the_equivalent_swap() -> None:
    g = Gate(
        WellbeingConfig(limits=AdminLimits(exam_min_blur_level=3)),
        TraineePreferences(blur_level=1, greyscale=False, auto_hide=False),
        {},
        ExposureLedger(TODAY, scenario_min=999),
        "exam",
    )
    assert g.settings.blur_level == 3 and g.settings.auto_hide_s is not None
    before = g.before(HARD, LIBRARY)
    assert before.decision.allowed and before.decision.reason == "budget-spent"
    assert before.briefing is not None and "skip" in before.briefing.options
    assert before.alternative is not None and before.alternative.id == "mid"


def test_no_check_in_after_a_plain_scenario_and_reveals_count() -> None:
    g = gate()
    after = g.after(PLAIN, 600, TODAY, active_s_since_break=600, s_since_last_prompt=None)
    assert not after.offer_check_in and after.break_prompt is None
    g.add_reveal(Exposure(TODAY, "reveal", ("violence",), 3, 120))
    assert g.ledger.reveal_min == 2 and g.ledger.scenario_min == 0
