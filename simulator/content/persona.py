"""Personas: the simulated user's placeholder values, made by Faker from a seed.

The same spec and seed always give the same persona; Faker instances are cached per
locale (creating one is slow) and re-seeded for every persona. Arabic locales get our
own provider (``faker_ar``) so that names, cities and handles look regional.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from types import ModuleType

import faker.factory
from faker import Faker
from faker.config import AVAILABLE_LOCALES

from simulator.content.faker_ar import LOCALES as ARABIC_LOCALES
from simulator.content.faker_ar import ArabicPersonProvider
from simulator.content.faker_person import CoherentPersonProvider
from simulator.content.model import PersonaSpec
from simulator.errors import ContentError

# Faker methods that exist but are not data (or change the generator); never a field.
_NOT_FIELDS = frozenset(
    {
        "seed",
        "seed_instance",
        "seed_locale",
        "add_provider",
        "get_providers",
        "provider",
        "set_formatter",
        "get_formatter",
        "format",
        "parse",
        "set_arguments",
        "get_arguments",
        "del_arguments",
        "random",
        "generator",
        "locale",
        "__init__",
    }
)


def known_locale(locale: str) -> bool:
    return locale in AVAILABLE_LOCALES


_list_module = faker.factory.list_module


@lru_cache(maxsize=256)
def _locale_folders(module: ModuleType) -> list[str]:
    return _list_module(module)


@contextmanager
def _folders_listed_once() -> Iterator[None]:
    # Faker scans each provider package's folder for its locales every time it makes a
    # Faker (most of the 60 ms one costs); the answer never changes, so remember it.
    faker.factory.list_module = _locale_folders
    try:
        yield
    finally:
        faker.factory.list_module = _list_module


@lru_cache(maxsize=64)
def faker_for(locale: str) -> Faker:
    """The cached Faker of ``locale`` (with our Arabic provider where we have one)."""
    if not known_locale(locale):
        raise ContentError("persona", f"Faker has no locale {locale!r} (e.g. ar_EG, en_US)")
    with _folders_listed_once():
        fake = Faker(locale)
    if locale in ARABIC_LOCALES:
        fake.add_provider(ArabicPersonProvider(fake, locale))
    return fake


@lru_cache(maxsize=4096)
def has_method(locale: str, method: str) -> bool:
    """Whether ``method`` is a data method of Faker's ``locale``."""
    if method.startswith("_") or method in _NOT_FIELDS:
        return False
    fake = faker_for(locale)
    return any(callable(getattr(p, method, None)) for p in fake.providers)


@lru_cache(maxsize=64)
def persona_faker(locale: str) -> Faker:
    """The Faker that makes personas: one person per persona in every locale.

    Arabic locales already are (``faker_ar``); the others get a second Faker with
    ``CoherentPersonProvider`` so that ``name``, ``first_name``, ``user_name`` and the
    e-mail methods describe the same person (``faker_for`` stays Faker's own)."""
    if locale in ARABIC_LOCALES:
        return faker_for(locale)
    faker_for(locale)  # checks the locale
    with _folders_listed_once():
        fake = Faker(locale)
    fake.add_provider(CoherentPersonProvider(fake))
    return fake


def _reset(fake: Faker) -> None:
    for provider in fake.providers:
        if isinstance(provider, ArabicPersonProvider | CoherentPersonProvider):
            provider.reset()


def make_persona(spec: PersonaSpec | None, seed: int) -> dict[str, str]:
    """Each persona field's value for ``seed`` (``{}`` with no persona).

    ``agent`` is not part of it: the engine adds the trainee's name."""
    if spec is None:
        return {}
    return dict(_persona(spec.locale, tuple(spec.fields.items()), seed))


@lru_cache(maxsize=2048)
def _persona(
    locale: str, fields: tuple[tuple[str, str], ...], seed: int
) -> tuple[tuple[str, str], ...]:
    # A persona is a pure function of these three, so a library's many scenarios with the
    # same persona spec share the work.
    fake = persona_faker(locale)
    fake.seed_instance(seed)
    _reset(fake)
    persona: list[tuple[str, str]] = []
    for name, method in fields:
        if not has_method(locale, method):
            raise ContentError(f"persona.{name}", f"Faker locale {locale} has no method {method!r}")
        try:
            value = getattr(fake, method)()
        except Exception as exc:  # a provider method that needs arguments, etc.
            raise ContentError(
                f"persona.{name}", f"Faker method {method!r} cannot be used here ({exc})"
            ) from None
        persona.append((name, value if isinstance(value, str) else str(value)))
    return tuple(persona)
