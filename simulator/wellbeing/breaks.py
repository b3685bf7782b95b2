"""Breaks and pauses: when to offer a break, and a clock that stops while paused.

Evidence file, item 5: a short pause offered after each level-3 scenario, a break at
least every 2 hours of practice, prompts only when due (never spam). Item 8: in an exam
a wellbeing pause (briefing, break, support) stops the timer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from simulator.clock import Clock

PauseReason = Literal["briefing", "break", "support"]


@dataclass(frozen=True)
class BreakPolicy:
    """When to offer breaks; the admin may change these (values in seconds)."""

    every_s: float = 2 * 3600.0  # Victorian Government guidance: at least every 2 h
    after_level3: bool = True
    short_pause_s: float = 5 * 60.0
    stretch_break_s: float = 15 * 60.0
    min_gap_s: float = 20 * 60.0  # no second prompt within this time of the last one


@dataclass(frozen=True)
class BreakPrompt:
    reason: Literal["after-level-3", "stretch"]
    suggested_s: float


def break_due(
    active_s_since_break: float,
    s_since_last_prompt: float | None,
    finished_level: int = 0,
    policy: BreakPolicy | None = None,
) -> BreakPrompt | None:
    """The break to offer now, or None.

    ``active_s_since_break``: practice time since the last break taken;
    ``s_since_last_prompt``: time since the last prompt (None if never prompted);
    ``finished_level``: the level of the scenario just finished (0 if none).
    """
    p = policy or BreakPolicy()
    recently_prompted = s_since_last_prompt is not None and s_since_last_prompt < p.min_gap_s
    if active_s_since_break >= p.every_s:
        # The long-stretch break is always offered once due, but not more than once per gap.
        return None if recently_prompted else BreakPrompt("stretch", p.stretch_break_s)
    if p.after_level3 and finished_level >= 3 and not recently_prompted:
        return BreakPrompt("after-level-3", p.short_pause_s)
    return None


def next_should_be_lighter(recent_levels: list[int]) -> bool:
    """Interleave: after a level-3 scenario, suggest one below level 3 next."""
    return bool(recent_levels) and recent_levels[-1] >= 3


class WellbeingClock:
    """A clock that stops while any wellbeing pause is open (exam timer, session clock).

    Wraps another clock; ``now()`` is that clock's time minus all paused time.
    """

    def __init__(self, base: Clock) -> None:
        self._base = base
        self._paused_total = 0.0
        self._paused_at: float | None = None
        self._reasons: list[PauseReason] = []
        self.log: list[tuple[PauseReason, float, float]] = []  # reason, from, to (base time)

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    @property
    def reasons(self) -> tuple[PauseReason, ...]:
        return tuple(self._reasons)

    def pause(self, reason: PauseReason) -> None:
        """Stop the clock for ``reason``; pauses nest (briefing inside support, ...)."""
        if self._paused_at is None:
            self._paused_at = self._base.now()
        self._reasons.append(reason)

    def resume(self, reason: PauseReason) -> None:
        """End the pause for ``reason``; the clock runs again when no pause is left."""
        if reason not in self._reasons:
            return
        self._reasons.remove(reason)
        if not self._reasons and self._paused_at is not None:
            now = self._base.now()
            self.log.append((reason, self._paused_at, now))
            self._paused_total += now - self._paused_at
            self._paused_at = None

    @property
    def paused_s(self) -> float:
        extra = 0.0 if self._paused_at is None else self._base.now() - self._paused_at
        return self._paused_total + extra

    def now(self) -> float:
        frozen = self._paused_at if self._paused_at is not None else self._base.now()
        return frozen - self._paused_total
