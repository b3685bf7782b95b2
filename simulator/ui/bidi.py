"""Text direction of a message, from its first strong character (Unicode bidi classes)."""

from __future__ import annotations

import unicodedata


def strong_direction(text: str) -> str | None:
    """``rtl`` or ``ltr`` from the first strongly-directional character; None when there is
    none (numbers, times and punctuation have no direction of their own)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


def is_rtl(text: str) -> bool:
    """True when the first strongly-directional character is right-to-left (Arabic, ...)."""
    return strong_direction(text) == "rtl"


def direction(text: str) -> str:
    """``rtl`` or ``ltr`` for an HTML ``dir`` attribute."""
    return "rtl" if is_rtl(text) else "ltr"
