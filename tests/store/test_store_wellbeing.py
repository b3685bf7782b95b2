"""Exposure, consents and check-ins: private to their owner, aggregated only for 5+ people."""

from __future__ import annotations

import datetime as dt

import pytest

from simulator.access import AccessError
from simulator.errors import StoreError

T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


def signed_in(store, name: str, role: str):
    """A new person, signed in (the private reads take a sign-in, not an id)."""
    store.create_person(name, role, password=f"{name}-password")
    return store.authenticate(name, f"{name}-password")


def test_exposure_records_keep_what_was_met(store):
    p = store.create_person("amal", "trainee")
    a = store.start_attempt(
        p.id,
        scenario_id="s",
        scenario_sha256="0" * 64,
        sop_id="x",
        sop_version=1,
        seed=1,
        started_at=T0,
    )
    e1 = store.record_exposure(
        p.id, category="self-harm", level=3, kind="reveal", seconds=4.5, attempt_id=a.id, at=T0
    )
    e2 = store.record_exposure(p.id, category="bullying", level=1, kind="briefing-consent")
    e3 = store.record_exposure(
        p.id,
        category="violence",
        level=2,
        kind="scenario-minutes",
        seconds=600,
        at=T0 + dt.timedelta(days=1),
    )
    assert store.exposures_for(p.id) == [e1, e2, e3]
    assert (e1.attempt_id, e1.category, e1.level, e1.kind, e1.seconds) == (
        a.id,
        "self-harm",
        3,
        "reveal",
        4.5,
    )
    assert store.exposures_for(p.id, since=T0 + dt.timedelta(hours=12)) == [e3]
    assert store.audit() == []


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"category": "gore", "level": 1, "kind": "reveal"}, "unknown category"),
        ({"category": "violence", "level": 4, "kind": "reveal"}, "level must be"),
        ({"category": "violence", "level": 1, "kind": "glance"}, "kind must be"),
        ({"category": "violence", "level": 1, "kind": "reveal", "seconds": -1}, "negative"),
    ],
)
def test_exposure_refuses_bad_labels(store, kw, message):
    p = store.create_person("amal", "trainee")
    with pytest.raises(StoreError, match=message):
        store.record_exposure(p.id, **kw)
    assert store.exposures_for(p.id) == []


def test_consent_can_be_withdrawn_and_history_is_kept(store):
    p = store.create_person("amal", "trainee")
    c = store.add_consent(p.id, "self-harm", 2, at=T0)
    assert c.active and store.consents_for(p.id, active_only=True) == [c]
    w = store.withdraw_consent(c.id, at=T0 + dt.timedelta(hours=1))
    assert w.withdrawn_at == T0 + dt.timedelta(hours=1) and not w.active
    assert store.consents_for(p.id, active_only=True) == []
    assert store.consents_for(p.id) == [w]
    # Withdrawing again keeps the first time.
    assert store.withdraw_consent(c.id).withdrawn_at == w.withdrawn_at


def test_checkins_are_readable_only_by_their_owner(store):
    owner = signed_in(store, "amal", "trainee")
    trainer = signed_in(store, "tariq", "trainer")
    admin = signed_in(store, "root", "admin")
    c1 = store.add_checkin(owner.id, rating=7, at=T0)
    c2 = store.add_checkin(owner.id, stress=4)
    assert store.checkins_for(owner, owner.id) == [c1, c2]
    assert (c1.rating, c1.stress, c2.rating, c2.stress) == (7, None, None, 4)
    for other in (trainer, admin):
        with pytest.raises(AccessError, match="only the person who wrote them"):
            store.checkins_for(other, owner.id)


@pytest.mark.parametrize(
    ("kw", "message"),
    [({}, "give a rating"), ({"rating": 11}, "0 to 10"), ({"stress": 0}, "1 to 5")],
)
def test_checkin_refuses_out_of_range_values(store, kw, message):
    p = signed_in(store, "amal", "trainee")
    with pytest.raises(StoreError, match=message):
        store.add_checkin(p.id, **kw)
    assert store.checkins_for(p, p.id) == []


def test_cohort_checkin_figures_are_suppressed_below_five_people(store):
    trainer = signed_in(store, "tariq", "trainer")
    cohort = store.create_cohort("spring")
    people = [store.create_person(f"t{i}", "trainee") for i in range(6)]
    for p in people:
        store.add_to_cohort(cohort.id, p.id)
    outsider = store.create_person("zed", "trainee")
    store.add_checkin(outsider.id, rating=0, stress=5)
    for i, p in enumerate(people[:4]):
        store.add_checkin(p.id, rating=i + 5, stress=2)
        store.add_checkin(p.id, rating=i + 5)
    four = store.checkin_aggregate(trainer, cohort.id)
    assert four.suppressed and four.people == 4
    assert (four.checkins, four.mean_rating, four.mean_stress) == (None, None, None)
    store.add_checkin(people[4].id, rating=10, stress=1)
    five = store.checkin_aggregate(trainer, cohort.id)
    assert not five.suppressed and five.people == 5 and five.checkins == 9
    # Each person's mean first, then across people: (5 + 6 + 7 + 8 + 10) / 5.
    assert five.mean_rating == round((5 + 6 + 7 + 8 + 10) / 5, 2)
    assert five.mean_stress == round((4 * 2 + 1) / 5, 2)
