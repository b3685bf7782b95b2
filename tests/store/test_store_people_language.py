"""Changing a person's interface language (the admin screen), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from simulator.errors import StoreError


def test_set_language_is_kept(store):
    p = store.create_person("amal", "trainee", language="en")
    changed = store.set_language("amal", "ar")
    assert changed.language == "ar" and changed.id == p.id
    assert store.person("amal").language == "ar"


def test_set_language_refuses_unknown_language_and_person(store):
    store.create_person("amal", "trainee")
    with pytest.raises(StoreError, match="language must be ar or en"):
        store.set_language("amal", "fr")
    with pytest.raises(StoreError, match="no such person"):
        store.set_language("nobody", "ar")
    assert store.person("amal").language == "en"
