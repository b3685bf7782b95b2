"""The wellbeing records through the real store (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest

from simulator.access import AccessError
from simulator.content.model import Scenario
from simulator.store import wellbeing_records as records
from simulator.wellbeing.exposure import Budget
from simulator.wellbeing.gate import briefing_needed, can_start
from simulator.wellbeing.reveals import Reveal
from simulator.wellbeing.settings import TraineePreferences
from tests.builders import make_scenario

TODAY = dt.date(2026, 1, 1)  # the store fixture's clock starts then


def scenario(labels: tuple[tuple[str, int], ...]) -> Scenario:
    return make_scenario(sop="report-abuse", labels=labels)


def signed_in(store, name: str, role: str):
    store.create_person(name, role, password=f"{name}-password")
    return store.authenticate(name, f"{name}-password")


def test_a_trainer_cannot_read_an_individuals_check_ins(store):
    trainee = signed_in(store, "tala", "trainee")
    trainer = signed_in(store, "omar", "trainer")
    admin = signed_in(store, "root", "admin")
    records.save_check_in(store, trainee.id, 8)
    for other in (trainer, admin):
        with pytest.raises(AccessError, match="only the person who wrote them"):
            store.checkins_for(other, trainee.id)
    assert [c.rating for c in records.my_check_ins(store, trainee)] == [8]
    assert records.my_check_ins(store, trainer) == []


def test_trainers_see_only_aggregates_of_five_or_more(store):
    trainer = signed_in(store, "omar", "trainer")
    cohort = store.create_cohort("autumn")
    people = [signed_in(store, f"p{i}", "trainee") for i in range(5)]
    for p in people:
        store.add_to_cohort(cohort.id, p.id)
    for p in people[:4]:
        records.save_check_in(store, p.id, 6)
    agg = records.cohort_check_ins(store, trainer, cohort.id)
    assert agg.suppressed and agg.mean_rating is None
    records.save_check_in(store, people[4].id, 1)
    agg = records.cohort_check_ins(store, trainer, cohort.id)
    assert not agg.suppressed and agg.people == 5 and agg.mean_rating == 5.0
    with pytest.raises(AccessError, match="p0 \\(trainee\\) may not"):
        records.cohort_check_ins(store, people[0], cohort.id)


def test_budget_from_stored_exposure_counts_a_scenario_once(store):
    p = store.create_person("tala", "trainee")
    two = scenario((("violence", 2), ("bullying", 3)))
    records.record_scenario_time(store, p.id, two, 30 * 60)
    records.record_reveal(store, p.id, Reveal("a", ("violence",), 3, 0.0, 90.0))
    ledger = records.ledger_for(store, p.id, TODAY)
    assert ledger.scenario_min == pytest.approx(30)  # not 60: one scenario, two categories
    assert ledger.category_min("violence") == pytest.approx(31.5)
    assert ledger.reveal_min == pytest.approx(1.5)
    records.record_scenario_time(store, p.id, two, 16 * 60)
    ledger = records.ledger_for(store, p.id, TODAY)
    assert not can_start(two, ledger, "practice", Budget()).allowed
    assert records.ledger_for(store, p.id, TODAY + dt.timedelta(days=1)).scenario_min == 0


def test_consent_is_recorded_once_and_can_be_withdrawn(store):
    p = store.create_person("tala", "trainee")
    s = scenario((("self-harm", 2),))
    b = briefing_needed(s, records.consent_state(store, p.id))
    assert b is not None and b.needs_consent == ("self-harm",)
    records.record_consents(store, p.id, b, ["self-harm"])
    again = briefing_needed(s, records.consent_state(store, p.id))
    assert again is not None and again.needs_consent == ()
    assert records.withdraw_consent(store, p.id, "self-harm") == 1
    after = briefing_needed(s, records.consent_state(store, p.id))
    assert after is not None and after.needs_consent == ("self-harm",)


def test_preferences_round_trip_and_keep_other_settings(store):
    p = store.create_person("tala", "trainee")
    store.save_settings(p.id, {"theme": "dark"})
    assert records.load_preferences(store, p.id) == TraineePreferences()
    prefs = TraineePreferences(blur_level=4, greyscale=False, auto_hide_s=30.0)
    records.save_preferences(store, p.id, prefs)
    assert records.load_preferences(store, p.id) == prefs
    assert store.settings_for(p.id)["theme"] == "dark"


def _cohort(store, name, people):
    cohort = store.create_cohort(name)
    for p in people:
        store.add_to_cohort(cohort.id, p.id)
    return cohort


def test_the_differencing_attack_gets_nothing(store):
    """Cohort A of 5, cohort B the same 5 plus a target: B minus A would give the
    target's check-ins exactly. Neither order of asking gives both aggregates."""
    trainer = signed_in(store, "omar", "trainer")
    five = [store.create_person(f"p{i}", "trainee") for i in range(5)]
    target = store.create_person("target", "trainee")
    for p in five:
        store.add_checkin(p.id, rating=8, stress=2)
    store.add_checkin(target.id, rating=1, stress=5)
    store.add_checkin(target.id, rating=2, stress=5)
    a = _cohort(store, "A", five)
    b = _cohort(store, "B", [*five, target])
    for first, second in ((a, b), (b, a)):
        got = [records.cohort_check_ins(store, trainer, c.id) for c in (first, second)]
        assert all(g.suppressed and g.mean_rating is None for g in got)
        assert {g.why for g in got} == {"overlap"}


def test_an_earlier_aggregate_counts_too(store):
    """A cohort grows by one person after its aggregate was given: the new aggregate
    would give that person's check-ins by subtraction, so it is refused."""
    trainer = signed_in(store, "omar", "trainer")
    five = [store.create_person(f"p{i}", "trainee") for i in range(5)]
    for p in five:
        store.add_checkin(p.id, rating=8)
    cohort = _cohort(store, "A", five)
    before = records.cohort_check_ins(store, trainer, cohort.id)
    assert not before.suppressed and before.mean_rating == 8.0
    assert records.cohort_check_ins(store, trainer, cohort.id) == before  # same people: fine
    newcomer = store.create_person("new", "trainee")
    store.add_to_cohort(cohort.id, newcomer.id)
    store.add_checkin(newcomer.id, rating=0)
    after = records.cohort_check_ins(store, trainer, cohort.id)
    assert after.suppressed and after.why == "overlap" and after.mean_rating is None
    # Once five more people differ, figures come back.
    for i in range(4):
        p = store.create_person(f"q{i}", "trainee")
        store.add_to_cohort(cohort.id, p.id)
        store.add_checkin(p.id, rating=0)
    assert not records.cohort_check_ins(store, trainer, cohort.id).suppressed


def test_aggregates_average_each_person_first(store):
    trainer = signed_in(store, "omar", "trainer")
    people = [store.create_person(f"p{i}", "trainee") for i in range(5)]
    for _ in range(10):  # one person checks in ten times
        store.add_checkin(people[0].id, rating=0, stress=5)
    for p in people[1:]:
        store.add_checkin(p.id, rating=10, stress=1)
    agg = records.cohort_check_ins(store, trainer, _cohort(store, "A", people).id)
    assert (agg.people, agg.checkins) == (5, 14)
    assert (agg.mean_rating, agg.mean_stress) == (8.0, 1.8)  # not 2.86 and 3.86
