"""Text direction of a message, from its first strong character (Unicode bidi classes)."""

from __future__ import annotations

import unicodedata


def is_rtl(text: str) -> bool:
    """True when the first strongly-directional character is right-to-left (Arabic, ...)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def direction(text: str) -> str:
    """``rtl`` or ``ltr`` for an HTML ``dir`` attribute."""
    return "rtl" if is_rtl(text) else "ltr"
