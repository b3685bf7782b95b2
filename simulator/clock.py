"""Clocks: the only source of time for a session. Nothing in the core reads the wall clock
on its own: the front ends inject a clock.

Three kinds, declared here as protocols, so that no caller probes a clock for what it
can do:

- ``Clock``: reports seconds (``now()``). ``SimulatedClock`` is moved by hand (``play``,
  tests); ``Since`` counts another clock from a moment; ``MonotonicClock`` runs from
  when it is made (the app's exam sittings).
- ``PausableClock``: a ``Clock`` that stops on ``pause()`` and goes on on ``resume()``.
- ``RunnableClock``: a ``PausableClock`` that runs only once ``start(at)`` is called
  (paused until then). ``WallClock`` is the app's practice clock at the desk (real
  seconds, monotonic); ``ManualClock`` is its hand-moved twin for tests and screenshots.

Elsewhere, by design: ``simulator.wellbeing.breaks.WellbeingClock`` (pauses that carry
a reason and nest), ``simulator.exams.examclock.ExamClock`` (pauses credited under the
exam's rules) and ``simulator.exams.sitting.ItemClock`` (an item's time in a sitting).
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the session started."""
        ...


class PausableClock(Clock, Protocol):
    """A clock that can stand still."""

    @property
    def paused(self) -> bool: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...


class RunnableClock(PausableClock, Protocol):
    """A pausable clock that runs once started (``at``: the seconds it starts from)."""

    def start(self, at: float = 0.0) -> None: ...


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
        self._zero = time.monotonic()

    def now(self) -> float:
        return time.monotonic() - self._zero


class WallClock:
    """The desk's clock: real seconds since ``start()`` (monotonic: a change of the
    wall clock does not move it), not counting paused time. Paused until started."""

    def __init__(self) -> None:
        self._zero = time.monotonic()
        self._offset = 0.0
        self._paused_at: float | None = 0.0

    def _elapsed(self) -> float:
        return time.monotonic() - self._zero

    def start(self, at: float = 0.0) -> None:
        """Run from ``at`` seconds (a resumed attempt starts where it stopped)."""
        self._zero = time.monotonic()
        self._offset = -float(at)
        self._paused_at = None

    def now(self) -> float:
        if self._paused_at is not None:
            return self._paused_at
        return self._elapsed() - self._offset

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def pause(self) -> None:
        if self._paused_at is None:
            self._paused_at = self.now()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._offset = self._elapsed() - self._paused_at
            self._paused_at = None


class ManualClock:
    """A ``RunnableClock`` moved by hand, for tests and screenshots: ``start`` and
    ``set`` never move it back; ``pause`` only marks it paused (the desk then delivers
    nothing)."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = float(start)
        self.paused = False

    def start(self, at: float = 0.0) -> None:
        self._now = max(self._now, float(at))

    def now(self) -> float:
        return self._now

    def set(self, seconds: float) -> None:
        self._now = max(self._now, float(seconds))

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False
