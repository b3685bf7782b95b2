"""Durations as trainers write them: ``45s``, ``2m``, ``1h30m``, or a bare number of seconds."""

from __future__ import annotations

import math
import re

# A bound far beyond any real duration (about 31 years): a bigger number is a typo or an
# attack, and past it float() loses whole seconds or overflows.
MAX_SECONDS = 1e9

_DURATION = re.compile(r"^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$")


def parse_duration(value: object) -> float:
    """Seconds in ``value``; ``ValueError`` with a readable reason when it is not a duration."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a duration (use 45s, 2m, 1h30m or seconds)")
    if isinstance(value, int | float):
        return _checked(value, value)
    if isinstance(value, str):
        text = value.strip()
        if len(text) > 40:
            raise ValueError(f"{_short(value)} is not a duration (use 45s, 2m, 1h30m or seconds)")
        try:
            number = float(text)
        except ValueError:
            pass
        else:
            return _checked(number, value)
        m = _DURATION.match(text)
        if text and m and any(m.groups()):
            h, mi, s = (float(g) if g else 0.0 for g in m.groups())
            return _checked(h * 3600 + mi * 60 + s, value)
    raise ValueError(f"{_short(value)} is not a duration (use 45s, 2m, 1h30m or seconds)")


def _short(value: object) -> str:
    if isinstance(value, int) and abs(value) >= 10**20:
        return "a huge number"
    if isinstance(value, float) and math.isinf(value):
        return "infinity" if value > 0 else "minus infinity"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _checked(number: float, value: object) -> float:
    """``number`` as seconds, refusing NaN, infinity, negatives and absurd sizes."""
    if isinstance(number, int) and abs(number) > MAX_SECONDS:
        raise ValueError(f"{_short(value)} is too long; a duration is at most {MAX_SECONDS:.0e} s")
    seconds = float(number)
    if math.isnan(seconds):
        raise ValueError(f"{_short(value)} is not a number; a duration is 0 or more seconds")
    if seconds < 0:
        raise ValueError(f"{_short(value)} is negative; a duration is 0 or more")
    if seconds > MAX_SECONDS:
        raise ValueError(f"{_short(value)} is too long; a duration is at most {MAX_SECONDS:.0e} s")
    return seconds


def format_duration(seconds: float) -> str:
    """``5430`` -> ``1h30m30s``; ``0`` -> ``0s``."""
    total = round(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    out = (f"{h}h" if h else "") + (f"{m}m" if m else "") + (f"{s}s" if s or not total else "")
    return out
