"""Phrase matching for ``reply`` triggers: the grader's matcher, so a trigger and a
``mentions`` check agree on what a reply says."""

from __future__ import annotations

from collections.abc import Sequence


def mentions_any(phrases: Sequence[str], text: str) -> bool:
    """True when ``text`` contains at least one of ``phrases`` (normalised, fuzzy)."""
    try:
        from simulator.grading.matching import find_any
    except ImportError:  # until the grader's matcher lands: plain case-folded containment
        folded = text.casefold()
        return any(p.casefold() in folded for p in phrases)
    return bool(find_any(list(phrases), text))
