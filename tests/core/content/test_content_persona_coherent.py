"""Every locale's persona is one person: name, first name, handle and e-mail agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.content.faker_person import ascii_handle
from simulator.content.library import load_library
from simulator.content.model import PersonaSpec
from simulator.content.persona import make_persona

FIELDS = {
    "name": "name",
    "first_name": "first_name",
    "username": "user_name",
    "email": "free_email",
}
ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("locale", ["en_US", "en_GB", "en_IN", "fr_FR", "de_DE"])
def test_name_first_name_handle_and_email_are_one_person(locale: str) -> None:
    for seed in range(60):
        p = make_persona(PersonaSpec(locale, FIELDS), seed)
        first, _, last = p["name"].partition(" ")
        assert p["first_name"] == first, (locale, seed, p)
        handle, address = p["username"], p["email"].split("@")[0]
        assert ascii_handle(first)[:1] == handle[:1] == address[:1], (locale, seed, p)
        assert ascii_handle(first) in handle or ascii_handle(last.split()[-1]) in handle, p
        assert ascii_handle(last.split()[-1]) in address or ascii_handle(first) in address, p


def test_same_seed_same_persona_other_seeds_differ() -> None:
    spec = PersonaSpec("en_GB", FIELDS)
    assert make_persona(spec, 5) == make_persona(spec, 5)
    assert len({make_persona(spec, s)["name"] for s in range(20)}) > 15


def test_gendered_name_first_is_the_persona() -> None:
    spec = PersonaSpec("en_US", {"name": "name_female", "first_name": "first_name"})
    for seed in range(20):
        p = make_persona(spec, seed)
        assert p["name"].split(" ")[0] == p["first_name"]


def test_every_shipped_persona_is_one_person() -> None:
    library = load_library(ROOT / "scenarios")
    checked = 0
    for scenario in library.scenarios:
        spec = scenario.persona
        if spec is None or "name" not in spec.fields or "first_name" not in spec.fields:
            continue
        for seed in (1, 2, 3):
            p = make_persona(spec, seed)
            assert p["name"].split(" ")[0] == p["first_name"], (scenario.id, p)
            checked += 1
    assert checked >= 30
