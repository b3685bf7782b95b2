"""One person per persona for the locales that are not Arabic (``faker_ar`` does those).

Faker's own methods each draw a new person: ``name`` gives "Naomi Dunn", ``first_name``
then gives "Lauren", and ``user_name`` and ``free_email`` are a third and a fourth. A
chat that says "I'm Lauren" signed "Naomi Dunn" is not a person a trainee can verify.
This provider picks the person once (after each ``reset()``) from the locale's own
names, and derives the handle and the e-mail address from that name, the way real users
make them. ``other_name`` and ``other_first_name`` give someone else.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from faker.providers import BaseProvider

# Faker's methods that this provider answers for the persona (kept as Faker's originals).
_ORIGINALS = (
    "first_name",
    "first_name_male",
    "first_name_female",
    "last_name",
    "user_name",
    "free_email_domain",
)


def ascii_handle(text: str) -> str:
    """``text`` in lower-case ASCII letters and digits only ("Zoë O'Neil" -> "zoeoneil")."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", folded.lower())


class CoherentPersonProvider(BaseProvider):
    """The persona of one Faker locale as one person (see the module docstring)."""

    def __init__(self, generator: Any) -> None:
        super().__init__(generator)
        # Faker's methods before ours replace them on the generator.
        self._orig: dict[str, Callable[[], str]] = {
            name: getattr(generator, name) for name in _ORIGINALS
        }
        self._person: tuple[str, str] | None = None

    def reset(self) -> None:
        """Forget the current person; the next name call picks a new one."""
        self._person = None

    def _pick(self, female: bool | None = None) -> tuple[str, str]:
        if female is None:
            first = self._orig["first_name"]()
        elif female:
            first = self._orig["first_name_female"]()
        else:
            first = self._orig["first_name_male"]()
        return first, self._orig["last_name"]()

    def _current(self) -> tuple[str, str]:
        if self._person is None:
            self._person = self._pick()
        return self._person

    def _gendered(self, female: bool) -> tuple[str, str]:
        # Asked before any other name, a gendered name is the persona itself.
        if self._person is None:
            self._person = self._pick(female)
            return self._person
        return self._pick(female)

    def first_name(self) -> str:
        return self._current()[0]

    def last_name(self) -> str:
        return self._current()[1]

    def name(self) -> str:
        first, last = self._current()
        return f"{first} {last}"

    def first_name_male(self) -> str:
        return self._gendered(False)[0]

    def first_name_female(self) -> str:
        return self._gendered(True)[0]

    def name_male(self) -> str:
        return " ".join(self._gendered(False))

    def name_female(self) -> str:
        return " ".join(self._gendered(True))

    def other_name(self) -> str:
        """Someone other than the persona (a friend, a parent, the other side)."""
        return " ".join(self._pick())

    def other_first_name(self) -> str:
        return self._pick()[0]

    def _parts(self) -> tuple[str, str] | None:
        first, last = (ascii_handle(p) for p in self._current())
        if not first or not last:  # a script with no Latin reading (ja_JP, ru_RU ...)
            return None
        return first, last

    def user_name(self) -> str:
        parts = self._parts()
        if parts is None:
            return self._orig["user_name"]()
        first, last = parts
        number = self.generator.random.randint(1, 99)
        pattern = self.generator.random.randint(0, 4)
        return (
            f"{first}.{last}",
            f"{first}_{last}{number}",
            f"{first}{number}",
            f"{first[0]}{last}",
            f"{first}.{last[:4]}{number}",
        )[pattern]

    def _address(self) -> str:
        parts = self._parts()
        if parts is None:
            return self._orig["user_name"]()
        first, last = parts
        pattern = self.generator.random.randint(0, 2)
        return (
            f"{first}.{last}",
            f"{first}{last}{self.generator.random.randint(1, 99)}",
            f"{first[0]}.{last}",
        )[pattern]

    def free_email(self) -> str:
        return f"{self._address()}@{self._orig['free_email_domain']()}"

    def email(self, safe: bool = True, domain: str | None = None) -> str:
        return f"{self._address()}@{domain or self._orig['free_email_domain']()}"

    def safe_email(self) -> str:
        return f"{self._address()}@example.com"

    def company_email(self) -> str:
        return f"{self._address()}@example.org"
