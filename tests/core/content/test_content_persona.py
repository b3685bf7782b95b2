"""Personas: seeded, regional, and one person across name, handle and e-mail."""

from __future__ import annotations

import re

import pytest

from simulator.content.faker_ar import LOCALES
from simulator.content.model import PersonaSpec
from simulator.content.persona import has_method, make_persona
from simulator.errors import ContentError

FIELDS = {
    "name": "name",
    "first_name": "first_name",
    "last_name": "last_name",
    "city": "city",
    "username": "user_name",
    "email": "free_email",
}
LATIN = re.compile(r"[A-Za-z]")
ARABIC = re.compile(r"^[\u0600-\u06ff ]+$")


def spec(locale: str) -> PersonaSpec:
    return PersonaSpec(locale, FIELDS)


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_same_seed_same_persona_other_seed_other_persona(locale):
    assert make_persona(spec(locale), 7) == make_persona(spec(locale), 7)
    personas = {tuple(make_persona(spec(locale), seed).values()) for seed in range(20)}
    assert len(personas) > 15


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_arabic_locales_give_arabic_names_without_titles(locale):
    for seed in range(200):
        p = make_persona(spec(locale), seed)
        for key in ("name", "first_name", "last_name", "city"):
            assert ARABIC.match(p[key]), (locale, seed, key, p[key])
        assert not p["name"].startswith(("الدكتور", "الأستاذ", "السيد ", "المهندس"))
        assert p["name"] == f"{p['first_name']} {p['last_name']}"
        assert re.fullmatch(r"[a-z0-9._]+", p["username"]), p["username"]
        assert re.fullmatch(r"[a-z0-9._]+@[a-z]+\.[a-z]+", p["email"]), p["email"]


def test_handle_and_email_are_the_same_persons_name():
    p = make_persona(PersonaSpec("ar_EG", {"name": "name", "u": "user_name"}), 1)
    q = make_persona(PersonaSpec("ar_EG", {"name": "name", "e": "free_email"}), 2)
    assert p["u"].startswith("s") and "hassan" in p["u"]  # سارة حسن
    assert q["e"].startswith("ahmed") and "elsayed" in q["e"]  # أحمد السيد
    assert p["name"] == "سارة حسن" and q["name"] == "أحمد السيد"


def test_regions_differ():
    gulf = {make_persona(spec("ar_SA"), s)["city"] for s in range(50)}
    egypt = {make_persona(spec("ar_EG"), s)["city"] for s in range(50)}
    assert "الرياض" in gulf and "القاهرة" in egypt and not gulf & egypt


def test_other_locales_use_faker_and_no_persona_is_empty():
    p = make_persona(PersonaSpec("en_US", {"name": "name"}), 3)
    assert LATIN.search(p["name"])
    assert make_persona(None, 3) == {}


def test_unknown_locale_and_method_are_content_errors():
    with pytest.raises(ContentError, match="no locale 'xx_YY'"):
        make_persona(PersonaSpec("xx_YY", {"name": "name"}), 1)
    with pytest.raises(ContentError, match="has no method 'nme'"):
        make_persona(PersonaSpec("ar_EG", {"name": "nme"}), 1)
    assert not has_method("en_US", "seed_instance")
    assert has_method("en_US", "user_name")
