"""Policy tests: settings clamping, budget, consent, briefings, presentation, breaks, swaps."""

from __future__ import annotations

import datetime as dt

import pytest

from simulator.clock import SimulatedClock
from simulator.content.media import media_problems
from simulator.content.model import (
    Attachment,
    Scenario,
    Sensitivity,
)
from simulator.errors import ContentError
from simulator.wellbeing.breaks import (
    BreakPolicy,
    WellbeingClock,
    break_due,
    next_should_be_lighter,
)
from simulator.wellbeing.checkin import check_in_advice, cohort_summary, weekly_support_prompt
from simulator.wellbeing.config import DEFAULT_SUPPORT, load_config, parse_config
from simulator.wellbeing.exposure import Budget, Exposure, ExposureLedger
from simulator.wellbeing.gate import (
    ConsentRecord,
    alternative_for,
    briefing_needed,
    can_start,
    consented_levels,
    exam_swap,
    presentation_for,
    text_collapsed,
)
from simulator.wellbeing.settings import (
    AdminLimits,
    TraineePreferences,
    blur_radius_px,
    effective_settings,
)
from tests.builders import make_scenario

TODAY = dt.date(2026, 11, 27)


def scen(
    sid: str,
    labels: tuple[tuple[str, int], ...] = (),
    media: tuple[tuple[str, int], ...] = (),
    sop: str = "report-abuse",
    difficulty: int = 2,
    tags: tuple[str, ...] = (),
    language: str = "en",
) -> Scenario:
    att = tuple(
        Attachment(id=f"a{i}", image="x.png", sensitivity=(Sensitivity(c, lv),))
        for i, (c, lv) in enumerate(media)
    )
    return make_scenario(
        sid,
        labels=labels,
        attachments=att,
        sop=sop,
        difficulty=difficulty,
        tags=tags,
        language=language,
    )


# --- settings -------------------------------------------------------------------------


def test_blur_scale_follows_roost_and_scales_to_short_side() -> None:
    assert blur_radius_px(2, 192) == 8
    assert blur_radius_px(6, 192) == 40
    assert blur_radius_px(2, 384) == 16  # about 4% of the short side


def test_trainee_cannot_turn_the_gate_off() -> None:
    s = effective_settings(AdminLimits(), TraineePreferences(blur_level=0, greyscale=False))
    assert s.blur_level == 1
    assert not s.greyscale
    assert (
        effective_settings(
            AdminLimits(min_blur_level=0), TraineePreferences(blur_level=0)
        ).blur_level
        == 1
    )


def test_admin_limits_clamp_preferences_and_exam_applies_floor() -> None:
    lim = AdminLimits(min_blur_level=2, max_blur_level=4, require_greyscale=True)
    assert effective_settings(lim, TraineePreferences(blur_level=6)).blur_level == 4
    assert effective_settings(lim, TraineePreferences(greyscale=False)).greyscale
    exam = effective_settings(
        AdminLimits(exam_min_blur_level=3), TraineePreferences(blur_level=1), "exam"
    )
    assert exam.blur_level == 3


def test_auto_hide_within_limits_and_always_on_in_exams() -> None:
    lim = AdminLimits(max_auto_hide_s=90)
    assert effective_settings(lim, TraineePreferences(auto_hide_s=600)).auto_hide_s == 90
    assert effective_settings(lim, TraineePreferences(auto_hide=False)).auto_hide_s is None
    assert (
        effective_settings(lim, TraineePreferences(auto_hide=False), "exam").auto_hide_s is not None
    )


def test_preferences_round_trip_and_survive_junk() -> None:
    p = TraineePreferences(blur_level=3, greyscale=False, auto_hide_s=30.0)
    assert TraineePreferences.from_dict(p.to_dict()) == p
    assert TraineePreferences.from_dict({"blur_level": "x"}) == TraineePreferences()


# --- exposure budget --------------------------------------------------------------------


def test_ledger_counts_today_only_and_level_two_up() -> None:
    records = [
        Exposure(TODAY, "scenario", ("self-harm",), 2, 20 * 60),
        Exposure(TODAY, "scenario", ("bullying", "self-harm"), 3, 10 * 60),
        Exposure(TODAY, "scenario", ("bullying",), 1, 50 * 60),  # level 1: not counted
        Exposure(TODAY - dt.timedelta(days=1), "scenario", ("violence",), 3, 90 * 60),
        Exposure(TODAY, "reveal", ("violence",), 3, 3 * 60),
    ]
    led = ExposureLedger.from_records(records, TODAY)
    assert led.scenario_min == pytest.approx(30)
    assert led.reveal_min == pytest.approx(3)
    assert led.category_min("self-harm") == pytest.approx(30)
    assert led.category_min("bullying") == pytest.approx(10)
    assert led.category_min("violence") == pytest.approx(3)


def test_no_new_sensitive_practice_scenario_once_budget_spent() -> None:
    led = ExposureLedger.from_records(
        [Exposure(TODAY, "scenario", ("violence",), 2, 45 * 60)], TODAY
    )
    sensitive = scen("s", (("bullying", 2),))
    plain = scen("p")
    d = can_start(sensitive, led, "practice")
    assert not d.allowed and d.reason == "budget-spent" and "scenario" in d.detail
    assert can_start(plain, led, "practice").allowed
    exam = can_start(sensitive, led, "exam")
    assert exam.allowed and exam.reason == "budget-spent"  # may skip instead


def test_category_budget_blocks_only_that_category() -> None:
    led = ExposureLedger.from_records(
        [Exposure(TODAY, "scenario", ("violence",), 2, 31 * 60)], TODAY
    )
    assert not can_start(scen("v", (("violence", 2),)), led).allowed
    assert can_start(scen("b", (("bullying", 2),)), led).allowed


def test_budget_never_above_production_cap() -> None:
    assert Budget(scenario_min_per_day=1000).checked().scenario_min_per_day == 240


# --- consent and briefing ----------------------------------------------------------------


def test_briefing_names_categories_levels_and_kinds() -> None:
    s = scen("s", (("bullying", 1),), media=(("violence", 3),))
    b = briefing_needed(s, {}, "practice")
    assert b is not None
    assert [(i.category, i.level, i.kinds) for i in b.items] == [
        ("violence", 3, ("image",)),
        ("bullying", 1, ("text",)),
    ]
    assert b.needs_consent == ("violence",)
    assert b.options == ("continue", "postpone", "alternative")
    exam = briefing_needed(s, {}, "exam")
    assert exam is not None and exam.options == ("continue", "postpone", "skip")
    assert briefing_needed(scen("plain"), {}, "practice") is None


def test_consent_once_and_withdrawable() -> None:
    s = scen("s", (("self-harm", 2),))
    state = consented_levels([ConsentRecord("self-harm", 2)])
    b = briefing_needed(s, state, "practice")
    assert b is not None and b.needs_consent == ()  # briefing still shown, consent not asked
    state = consented_levels([ConsentRecord("self-harm", 2), ConsentRecord("self-harm", 0, False)])
    b = briefing_needed(s, state, "practice")
    assert b is not None and b.needs_consent == ("self-harm",)
    led = ExposureLedger(TODAY)
    assert can_start(s, led, withdrawn=["self-harm"]).reason == "consent-withdrawn"


# --- presentation -----------------------------------------------------------------------


def test_sensitive_media_blurred_greyscale_until_revealed() -> None:
    settings = effective_settings(AdminLimits(), TraineePreferences())
    att = scen("s", media=(("violence", 3),)).timeline[0].attachments[0]
    p = presentation_for(att, settings, revealed=False)
    assert p.revealable and p.greyscale and p.blur_px(192) == 8
    assert presentation_for(att, settings, revealed=True).blur_fraction == 0
    plain = Attachment(id="p", image="x.png")
    assert (
        presentation_for(plain, settings).blur_fraction == 0
        and not presentation_for(plain, settings).revealable
    )


def test_child_safety_media_is_never_shown_and_flagged() -> None:
    s = scen("s", media=(("child-safety", 2),))
    att = s.timeline[0].attachments[0]
    p = presentation_for(
        att, effective_settings(AdminLimits(), TraineePreferences()), revealed=True
    )
    assert p.blocked and not p.revealable
    assert media_problems(s) and "text only" in media_problems(s)[0][1]


def test_level_three_text_collapsed() -> None:
    s = scen("s", (("self-harm", 3),))
    assert [x.category for x in text_collapsed(s.timeline[0], s)] == ["self-harm"]
    s2 = scen("s2", (("self-harm", 2),))
    assert text_collapsed(s2.timeline[0], s2) == ()


# --- alternatives and exam swaps ------------------------------------------------------------


def test_alternative_prefers_same_sop_and_lowest_level() -> None:
    s = scen("hard", (("violence", 3),))
    lib = [s, scen("other-sop", sop="x"), scen("same-2", (("violence", 2),)), scen("same-0")]
    alt = alternative_for(s, lib)
    assert alt is not None and alt.id == "same-0"
    assert alternative_for(s, [s]) is None


def test_exam_swap_same_sop_lower_level_closest() -> None:
    s = scen("hard", (("violence", 3),), tags=("report",))
    pool = [
        s,
        scen("other-sop", (("violence", 2),), sop="x"),
        scen("lvl1", (("violence", 1),), tags=("report",)),
        scen("lvl2", (("violence", 2),), tags=("report",)),
        scen("same3", (("violence", 3),)),
    ]
    swap = exam_swap(s, pool)
    assert swap is not None and swap.id == "lvl2"
    assert exam_swap(s, [s, scen("other-sop", sop="x")]) is None


# --- breaks and exam pause ---------------------------------------------------------------


def test_break_after_level_three_and_every_two_hours_without_spam() -> None:
    assert break_due(600, None, finished_level=3) is not None
    assert break_due(600, None, finished_level=2) is None
    assert break_due(600, 60, finished_level=3) is None  # prompted a minute ago
    stretch = break_due(2 * 3600, None)
    assert stretch is not None and stretch.reason == "stretch"
    assert break_due(2 * 3600, 30, policy=BreakPolicy(min_gap_s=60)) is None
    assert next_should_be_lighter([1, 3]) and not next_should_be_lighter([3, 1])


def test_exam_clock_pauses_during_briefing_and_break() -> None:
    base = SimulatedClock()
    clock = WellbeingClock(base)
    base.advance(100)
    clock.pause("briefing")
    base.advance(50)
    assert clock.now() == 100 and clock.paused
    clock.resume("briefing")
    base.advance(10)
    assert clock.now() == 110
    clock.pause("break")
    clock.pause("support")
    base.advance(300)
    clock.resume("break")
    assert clock.paused  # support still open
    base.advance(5)
    clock.resume("support")
    assert clock.now() == 110 and clock.paused_s == 355


# --- check-ins --------------------------------------------------------------------------------


def test_check_in_advice_is_pacing_only() -> None:
    assert check_in_advice(7).offer_break and check_in_advice(7).suggest_lighter
    assert not check_in_advice(6).offer_break
    assert check_in_advice(None) == check_in_advice(0)
    with pytest.raises(ValueError):
        check_in_advice(11)
    assert weekly_support_prompt([2, 4, 5]) and not weekly_support_prompt([5, 4, 2])


def test_cohort_summary_suppressed_under_five_people() -> None:
    four = [(f"p{i}", 8) for i in range(4)] * 3
    assert cohort_summary(four) is None
    five = [*four, ("p4", 2)]
    summary = cohort_summary(five)
    assert summary is not None and summary.people == 5 and summary.check_ins == 13


# --- config ------------------------------------------------------------------------------


def test_config_defaults_and_errors(tmp_path) -> None:
    assert load_config(tmp_path / "missing.yaml").support == DEFAULT_SUPPORT
    cfg = tmp_path / "wellbeing.yaml"
    cfg.write_text(
        "budget: {scenario_min_per_day: 30}\nsupport:\n  - {en: 'Call 123', ar: 'اتصل 123'}\n",
        encoding="utf-8",
    )
    loaded = load_config(cfg)
    assert loaded.budget.scenario_min_per_day == 30 and loaded.support[0].ar == "اتصل 123"
    with pytest.raises(ContentError, match="unknown setting"):
        parse_config({"budget": {"minutes": 3}})
    with pytest.raises(ContentError, match="must be a number"):
        parse_config({"budget": {"scenario_min_per_day": "lots"}})
    cfg.write_text("budget: [", encoding="utf-8")
    with pytest.raises(ContentError, match=r"wellbeing.yaml:\d+: malformed YAML"):
        load_config(cfg)


def test_reveal_log_records_each_reveal_and_its_time() -> None:
    from simulator.wellbeing.reveals import RevealLog

    att = scen("s", media=(("violence", 3),)).timeline[0].attachments[0]
    log = RevealLog()
    log.reveal(att, 10.0)
    log.reveal(att, 12.0)  # already open: same reveal
    assert len(log.entries) == 1 and log.entries[0].until_s is None
    closed = log.hide("a0", 40.0)
    assert closed is not None and closed.seconds == 30.0
    log.reveal(att, 50.0)
    assert [r.seconds for r in log.hide_all(110.0)] == [60.0]
    led = ExposureLedger.from_records(log.exposures(TODAY), TODAY)
    assert led.reveal_min == pytest.approx(1.5) and led.category_min("violence") == pytest.approx(
        1.5
    )
