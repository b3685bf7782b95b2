"""People, passwords, settings and cohorts, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from simulator.errors import StoreError
from simulator.store import people


def test_first_admin_is_needed_until_one_exists(store):
    assert store.needs_first_admin()
    store.create_person("tina", "trainee")
    assert store.needs_first_admin()
    admin = store.create_person("root", "admin", display_name="Rana", password="correct horse")
    assert not store.needs_first_admin()
    assert admin.role == "admin" and admin.display_name == "Rana" and admin.has_password


def test_create_person_keeps_what_was_given(store):
    p = store.create_person("amal", "trainee", display_name="أمل", language="ar")
    again = store.person("amal")
    assert again == p
    assert (again.display_name, again.language, again.role) == ("أمل", "ar", "trainee")
    assert not again.has_password
    assert store.person_by_id(p.id) == p
    assert [x.name for x in store.people()] == ["amal"]


@pytest.mark.parametrize(
    ("name", "role", "language", "message"),
    [
        ("amal", "boss", "en", "role must be one of"),
        ("has space", "trainee", "en", "a name uses"),
        ("", "trainee", "en", "a name uses"),
        ("amal", "trainee", "fr", "language must be ar or en"),
    ],
)
def test_create_person_refuses_bad_input(store, name, role, language, message):
    with pytest.raises(StoreError, match=message):
        store.create_person(name, role, language=language)
    assert store.people() == []


def test_duplicate_name_is_refused_and_the_first_is_kept(store):
    first = store.create_person("amal", "trainee", display_name="First")
    with pytest.raises(StoreError, match="already exists"):
        store.create_person("amal", "admin", display_name="Second")
    assert store.people() == [first]


@pytest.mark.argon2_production
def test_passwords_are_hashed_with_argon2id_at_recommended_cost():
    h = people._hasher
    assert (h.type.name, h.time_cost >= 3, h.memory_cost >= 65536) == ("ID", True, True)


@pytest.mark.slow
@pytest.mark.argon2_production
def test_a_password_round_trips_at_the_production_cost(store):
    """The other tests hash cheaply (tests/conftest.py); this one at the real cost."""
    store.create_person("amal", "trainee", password="s3cret-pass")
    with store.engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash FROM people")).scalar_one()
    assert stored.startswith("$argon2id$") and ",t=3," in stored and "m=65536," in stored
    assert store.authenticate("amal", "s3cret-pass").name == "amal"
    assert store.authenticate("amal", "wrong-pass") is None
    assert store.authenticate("nobody", "s3cret-pass") is None


def test_authenticate_checks_the_argon2_hash(store):
    store.create_person("amal", "trainee", password="s3cret-pass")
    assert store.authenticate("amal", "s3cret-pass").name == "amal"
    assert store.authenticate("amal", "wrong-pass") is None
    assert store.authenticate("nobody", "s3cret-pass") is None
    store.create_person("nopass", "trainee")
    assert store.authenticate("nopass", "") is None


def test_set_password_replaces_the_old_one(store):
    store.create_person("amal", "trainee", password="old-password")
    store.set_password("amal", "new-password")
    assert store.authenticate("amal", "old-password") is None
    assert store.authenticate("amal", "new-password") is not None
    with pytest.raises(StoreError, match="at least 8"):
        store.set_password("amal", "short")
    with pytest.raises(StoreError, match="no such person"):
        store.set_password("ghost", "long-enough")


def test_settings_round_trip_as_json(store):
    p = store.create_person("amal", "trainee")
    assert store.settings_for(p.id) == {}
    prefs = {"wellbeing": {"blur": True, "budget_min": 30, "categories": ["self-harm"]}}
    store.save_settings(p.id, prefs)
    assert store.settings_for(p.id) == prefs


def test_cohorts_and_members(store):
    c = store.create_cohort("2026 spring")
    p = store.create_person("amal", "trainee")
    store.add_to_cohort(c.id, p.id)
    store.add_to_cohort(c.id, p.id)  # twice is once
    assert store.cohorts() == [c]
    assert store.cohort_summary(c.id).members == 1
    with pytest.raises(StoreError, match="already exists"):
        store.create_cohort("2026 spring")
    with pytest.raises(StoreError, match="no such cohort or person"):
        store.add_to_cohort(c.id, 9999)
