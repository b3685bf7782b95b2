"""A gendered name asked first is the persona: its user name and e-mail match it."""

from __future__ import annotations

import pytest

from simulator.content.faker_ar import _FEMALE, _MALE
from simulator.content.model import PersonaSpec
from simulator.content.persona import make_persona

FEMALE = {ar: lat for rows in _FEMALE.values() for ar, lat in rows}
MALE = {ar: lat for rows in _MALE.values() for ar, lat in rows}


@pytest.mark.parametrize("locale", ["ar_EG", "ar_SA", "ar_AE", "ar_JO", "ar_PS"])
@pytest.mark.parametrize(("method", "names"), [("name_female", FEMALE), ("name_male", MALE)])
def test_gendered_persona_is_one_person(locale: str, method: str, names: dict[str, str]) -> None:
    for seed in range(30):
        spec = PersonaSpec(locale, {"name": method, "username": "user_name", "email": "free_email"})
        p = make_persona(spec, seed)
        first = p["name"].split(" ")[0]
        assert first in names, (seed, p)
        # Every handle and address pattern starts with the first name's first letter.
        assert p["username"][0] == names[first][0], (seed, p)
        assert p["email"][0] == names[first][0], (seed, p)


def test_plain_name_still_mixes_genders() -> None:
    firsts = {
        make_persona(PersonaSpec("ar_EG", {"name": "name"}), seed)["name"].split(" ")[0]
        for seed in range(40)
    }
    assert firsts & set(FEMALE) and firsts & set(MALE)
