"""Fakers made with the remembered locale folders are the Fakers Faker itself makes."""

from __future__ import annotations

import faker.factory
import faker.utils.loading
from faker import Faker

from simulator.content.persona import faker_for


def test_faker_for_gives_the_same_data_as_a_plain_faker_and_restores_faker() -> None:
    faker_for.cache_clear()
    ours = faker_for("en_GB")
    assert faker.factory.list_module is faker.utils.loading.list_module
    plain = Faker("en_GB")
    ours.seed_instance(7)
    plain.seed_instance(7)
    assert [ours.name(), ours.city(), ours.free_email()] == [
        plain.name(),
        plain.city(),
        plain.free_email(),
    ]
    assert [p.__lang__ for p in ours.providers] == [p.__lang__ for p in plain.providers]
