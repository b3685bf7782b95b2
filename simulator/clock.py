"""Clocks: the only source of time for a session. Nothing in the core reads the wall clock.

A clock reports seconds (``now()``). ``SimulatedClock`` is moved by hand (``play``,
tests); ``MonotonicClock`` is the one the front ends inject for real time (exam
sittings); the desk's practice clock is ``simulator.ui.wallclock.WallClock``.
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


class Since:
    """``base`` counted from when this object was made: reads 0 at first."""

    def __init__(self, base: Clock) -> None:
        self._base = base
        self._zero = float(base.now())

    def now(self) -> float:
        return float(self._base.now()) - self._zero


class MonotonicClock:
    """Seconds since it was made, from the system's monotonic clock (which a change of
    the wall clock does not move). The front ends inject it; the core never makes one."""

    def __init__(self) -> None:
        import time

        self._monotonic = time.monotonic
        self._zero = self._monotonic()

    def now(self) -> float:
        return self._monotonic() - self._zero
