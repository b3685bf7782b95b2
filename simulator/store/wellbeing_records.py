"""Between the wellbeing policy and the store: record exposure, consent and check-ins; read
them back as the plain data the policy takes. This is the store's side: it sits above
``simulator.wellbeing``, which stays pure policy. Check-ins stay private to their owner (the store
refuses anyone else) and never reach a grade."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from simulator.content.model import Scenario
from simulator.store.records import Checkin, CheckinAggregate, Person
from simulator.store.records import Exposure as StoredExposure
from simulator.store.store import Store
from simulator.wellbeing.exposure import Exposure, ExposureKind, ExposureLedger
from simulator.wellbeing.gate import Briefing, labels_by_kind
from simulator.wellbeing.reveals import Reveal
from simulator.wellbeing.settings import TraineePreferences

SETTINGS_KEY = "wellbeing"
_KINDS: dict[str, ExposureKind] = {"scenario-minutes": "scenario", "reveal": "reveal"}


def record_scenario_time(
    store: Store, person_id: int, scenario: Scenario, seconds: float, attempt_id: int | None = None
) -> None:
    """Time spent in a sensitive scenario: one row per category, sharing one timestamp."""
    levels: dict[str, int] = {}
    for s, _ in labels_by_kind(scenario):
        levels[s.category] = max(levels.get(s.category, 0), s.level)
    at = store.now()
    for category, level in sorted(levels.items()):
        store.record_exposure(
            person_id,
            category=category,
            level=level,
            kind="scenario-minutes",
            seconds=seconds,
            attempt_id=attempt_id,
            at=at,
        )


def record_reveal(
    store: Store, person_id: int, reveal: Reveal, attempt_id: int | None = None
) -> None:
    """A closed reveal of a sensitive image: one row per category."""
    at = store.now()
    for category in reveal.categories:
        store.record_exposure(
            person_id,
            category=category,
            level=reveal.level,
            kind="reveal",
            seconds=reveal.seconds,
            attempt_id=attempt_id,
            at=at,
        )


def _group(rows: Iterable[StoredExposure]) -> list[Exposure]:
    """Rows written together (same attempt, kind and time) are one exposure to many categories."""
    groups: dict[tuple[int | None, str, dt.datetime], list[StoredExposure]] = {}
    for r in rows:
        if r.kind in _KINDS:
            groups.setdefault((r.attempt_id, r.kind, r.at), []).append(r)
    return [
        Exposure(
            day=at.date(),
            kind=_KINDS[kind],
            categories=tuple(sorted({r.category for r in group})),
            level=max(r.level for r in group),
            seconds=max(r.seconds for r in group),
        )
        for (_, kind, at), group in groups.items()
    ]


def ledger_for(store: Store, person_id: int, today: dt.date) -> ExposureLedger:
    """Today's (UTC) exposure ledger of ``person_id`` from the store."""
    since = dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)
    return ExposureLedger.from_records(_group(store.exposures_for(person_id, since)), today)


def consent_state(store: Store, person_id: int) -> dict[str, int]:
    """Category -> highest level consented to, over active (not withdrawn) consents."""
    state: dict[str, int] = {}
    for c in store.consents_for(person_id, active_only=True):
        state[c.category] = max(state.get(c.category, 0), c.level)
    return state


def record_consents(
    store: Store, person_id: int, briefing: Briefing, categories: Iterable[str]
) -> None:
    """Record consent, once, for each category the trainee agreed to in ``briefing``."""
    levels = {i.category: i.level for i in briefing.items}
    for category in categories:
        if category in briefing.needs_consent:
            store.add_consent(person_id, category, levels[category])


def withdraw_consent(store: Store, person_id: int, category: str) -> int:
    """Withdraw every active consent to ``category``; returns how many were withdrawn."""
    active = [c for c in store.consents_for(person_id, active_only=True) if c.category == category]
    for c in active:
        store.withdraw_consent(c.id)
    return len(active)


def load_preferences(store: Store, person_id: int) -> TraineePreferences:
    data = store.settings_for(person_id).get(SETTINGS_KEY)
    return TraineePreferences.from_dict(data) if isinstance(data, dict) else TraineePreferences()


def save_preferences(store: Store, person_id: int, prefs: TraineePreferences) -> None:
    """Store the trainee's preferences beside their other settings (which are kept)."""
    settings = store.settings_for(person_id)
    settings[SETTINGS_KEY] = prefs.to_dict()
    store.save_settings(person_id, settings)


def save_check_in(store: Store, person_id: int, rating: int) -> Checkin:
    """A 0-10 check-in, private to ``person_id``."""
    return store.add_checkin(person_id, rating=rating)


def my_check_ins(store: Store, person: Person) -> list[Checkin]:
    """The signed-in person's own check-ins (the only check-ins anyone can read)."""
    return store.checkins_for(person, person.id)


def cohort_check_ins(store: Store, requester: Person, cohort_id: int) -> CheckinAggregate:
    """Anonymous figures for a trainer; suppressed under 5 people; never per person."""
    return store.checkin_aggregate(requester, cohort_id)
