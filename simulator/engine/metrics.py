"""A session's measures: per thread first response, handle time and SLA; per session
most threads waiting at once, first-touch resolution and typing speed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from simulator.engine.threads import ThreadState


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def thread_metrics(state: ThreadState, end: float) -> dict[str, Any]:
    """One thread's measures; ``end`` is when the session ended (or how far it has played)."""
    return {
        "channel": state.channel,
        "status": state.status,
        "first_response_s": _r(state.first_response_s()),
        "handle_s": _r(state.handle_s(end)),
        "sla_breached": state.sla_breached(end),
        "sla_target_s": _r(state.sla_target_s),
        "first_user_at_s": _r(state.first_user_at),
        "user_messages": state.user_messages,
        "replies": state.replies,
        "reopened": state.reopened,
        "first_touch_resolution": state.first_touch_resolution(),
    }


def session_metrics(
    threads: Iterable[ThreadState],
    end: float,
    max_waiting: int,
    typed_chars: int,
    typed_seconds: float,
) -> dict[str, Any]:
    """All measures, as in ``play``'s ``metrics`` (``threads`` plus session-wide keys)."""
    states = list(threads)
    per_thread = {s.id: thread_metrics(s, end) for s in states}
    touched = [s for s in states if s.first_user_at is not None]
    ftr = (
        round(sum(s.first_touch_resolution() for s in touched) / len(touched), 3)
        if touched
        else None
    )
    firsts = [f for s in touched if (f := s.first_response_s()) is not None]
    # Gross words per minute: five keystrokes make a word (the typing-test convention).
    wpm = round(typed_chars / 5 / (typed_seconds / 60), 1) if typed_seconds > 0 else None
    return {
        "threads": per_thread,
        "max_waiting": max_waiting,
        "first_touch_resolution": ftr,
        "wpm": wpm,
        "mean_first_response_s": _r(sum(firsts) / len(firsts)) if firsts else None,
        "sla_breaches": sum(1 for s in touched if s.sla_breached(end)),
        "replies": sum(s.replies for s in states),
        "duration_s": _r(end),
    }


# Faster than this (gross words per minute) is beyond what people sustain typing replies
# to customers: the text was most likely pasted. Screens flag it; grades ignore it.
PLAUSIBLE_WPM = 200.0


def implausible_wpm(wpm: float | None) -> bool:
    """Whether a typing rate is too fast to have been typed (likely pasted)."""
    return wpm is not None and wpm > PLAUSIBLE_WPM
