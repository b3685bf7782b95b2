"""Phrase matching for ``reply`` triggers: the grader's matcher, so a trigger and a
``mentions`` check agree on what a reply says."""

from __future__ import annotations

from collections.abc import Sequence

from simulator.grading.matching import find_any


def mentions_any(phrases: Sequence[str], text: str) -> bool:
    """True when ``text`` contains at least one of ``phrases`` (normalised, typo-tolerant)."""
    return find_any(phrases, text) is not None
