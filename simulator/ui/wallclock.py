"""A wall clock for a session in the app: seconds since start, from QElapsedTimer; can pause."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer


class WallClock:
    """Reports seconds since ``start()``, not counting paused time."""

    def __init__(self) -> None:
        self._timer = QElapsedTimer()
        self._offset = 0.0
        self._paused_at: float | None = 0.0

    def start(self, at: float = 0.0) -> None:
        """Run from ``at`` seconds (a resumed attempt starts where it stopped)."""
        self._timer.start()
        self._offset = -float(at)
        self._paused_at = None

    def now(self) -> float:
        if self._paused_at is not None:
            return self._paused_at
        return self._timer.elapsed() / 1000.0 - self._offset

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def pause(self) -> None:
        if self._paused_at is None:
            self._paused_at = self.now()

    def resume(self) -> None:
        if self._paused_at is not None:
            self._offset = self._timer.elapsed() / 1000.0 - self._paused_at
            self._paused_at = None


class ManualClock:
    """A clock tests and screenshots move by hand (same interface as WallClock)."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self.paused = False

    def start(self, at: float = 0.0) -> None:
        self._now = max(self._now, at)

    def now(self) -> float:
        return self._now

    def set(self, seconds: float) -> None:
        self._now = max(self._now, seconds)

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False
