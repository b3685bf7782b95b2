"""Small text helpers shared by the trainee and trainer screens (no Qt)."""

from __future__ import annotations


def humanise(identifier: str) -> str:
    """``looked-up`` -> ``Looked up``; ``phone_number`` -> ``Phone number``."""
    words = identifier.replace("_", " ").replace("-", " ").split()
    text = " ".join(words)
    return text[:1].upper() + text[1:]
