"""Small text helpers shared by the trainee and trainer screens (no Qt)."""

from __future__ import annotations


def humanise(identifier: str) -> str:
    """``looked-up`` -> ``Looked up``; ``phone_number`` -> ``Phone number``."""
    words = identifier.replace("_", " ").replace("-", " ").split()
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def library_order(scenario) -> tuple:
    """How the library lists scenarios (the sign-in list and the home table alike):
    by language, then difficulty, then title."""
    return (scenario.language, scenario.difficulty, scenario.title)
