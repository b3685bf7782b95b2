"""Durations as trainers write them: ``45s``, ``2m``, ``1h30m``, or a bare number of seconds."""

from __future__ import annotations

import re

_DURATION = re.compile(r"^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$")


def parse_duration(value: object) -> float:
    """Seconds in ``value``; ``ValueError`` with a readable reason when it is not a duration."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a duration (use 45s, 2m, 1h30m or seconds)")
    if isinstance(value, int | float):
        if value < 0:
            raise ValueError(f"{value!r} is negative; a duration is 0 or more")
        return float(value)
    if isinstance(value, str):
        text = value.strip()
        try:
            number = float(text)
        except ValueError:
            pass
        else:
            if number < 0:
                raise ValueError(f"{value!r} is negative; a duration is 0 or more")
            return number
        m = _DURATION.match(text)
        if text and m and any(m.groups()):
            h, mi, s = (float(g) if g else 0.0 for g in m.groups())
            return h * 3600 + mi * 60 + s
    raise ValueError(f"{value!r} is not a duration (use 45s, 2m, 1h30m or seconds)")


def format_duration(seconds: float) -> str:
    """``5430`` -> ``1h30m30s``; ``0`` -> ``0s``."""
    total = round(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    out = (f"{h}h" if h else "") + (f"{m}m" if m else "") + (f"{s}s" if s or not total else "")
    return out
