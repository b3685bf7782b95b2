"""Clocks: the only source of time for a session. Nothing in the core reads the wall clock.

A clock reports seconds since the session started. ``SimulatedClock`` is moved by hand
(``play``, tests); the app drives a ``ManualClock``-like object from a ``QTimer``.
"""

from __future__ import annotations

from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the session started."""
        ...


class SimulatedClock:
    """A clock that only moves when told to."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def set(self, seconds: float) -> None:
        if seconds < self._now:
            raise ValueError(f"a clock cannot go back: {seconds} < {self._now}")
        self._now = float(seconds)

    def advance(self, seconds: float) -> float:
        self.set(self._now + seconds)
        return self._now
