"""The exam clock: wall time since the sitting started, less only the pauses the rules allow.

``base`` reports wall seconds since the sitting started (the store's clock at sign-in,
carried on by a monotonic clock; see ``simulator.attempts.time``), so time while the
app is closed, crashed or signed out counts. A pause stops the exam clock:

- a pause while no item is being played (a briefing, a break between items) is free;
- a pause while an item is being played (the pause/support control) is credited up to
  ``allowance_s`` in total per sitting (the exam's ``support_pause_limit``). Past it
  the clock runs again, even though the pause is still open.

Each pause is one span (pauses nest: support inside a briefing is one span), capped or
free as it was when it opened. ``restore`` rebuilds the totals from a stored log.
"""

from __future__ import annotations

from dataclasses import dataclass

from simulator.clock import Clock


@dataclass(frozen=True)
class PauseSpan:
    """One closed pause: where it started (base seconds), how long, whether capped."""

    reason: str
    at_s: float
    seconds: float
    capped: bool


class ExamClock:
    """Exam seconds: ``base`` less the credited pauses (see the module docstring)."""

    def __init__(self, base: Clock, allowance_s: float) -> None:
        self._base = base
        self.allowance_s = float(allowance_s)
        self._free = 0.0
        self._capped = 0.0
        self._open_at: float | None = None
        self._open_capped = False
        self._reasons: list[str] = []
        self.spans: list[PauseSpan] = []

    # ------------------------------------------------------------------ state
    @property
    def base_s(self) -> float:
        """Wall seconds since the sitting started."""
        return float(self._base.now())

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(self._reasons)

    @property
    def pause_open(self) -> bool:
        """A pause is open (the trainee has not resumed), whether or not it is credited."""
        return self._open_at is not None

    @property
    def open_capped(self) -> bool:
        """The open pause counts against the allowance (False when none is open)."""
        return self._open_at is not None and self._open_capped

    @property
    def paused(self) -> bool:
        """The exam clock is stopped: a pause is open and its credit is not used up."""
        if self._open_at is None:
            return False
        return not self._open_capped or self._capped_now() < self.allowance_s

    @property
    def over_allowance(self) -> bool:
        """A capped pause is open and the allowance is used up: the clock runs again."""
        return self._open_at is not None and self._open_capped and not self.paused

    def _capped_now(self) -> float:
        if self._open_at is not None and self._open_capped:
            return self._capped + (self.base_s - self._open_at)
        return self._capped

    def _free_now(self) -> float:
        if self._open_at is not None and not self._open_capped:
            return self._free + (self.base_s - self._open_at)
        return self._free

    @property
    def credited_s(self) -> float:
        """Seconds of pause that do not count against the time limit."""
        return self._free_now() + min(self._capped_now(), self.allowance_s)

    @property
    def allowance_left_s(self) -> float:
        return max(0.0, self.allowance_s - self._capped_now())

    @property
    def paused_s(self) -> float:
        """All paused seconds, credited or not."""
        return self._free_now() + self._capped_now()

    def now(self) -> float:
        """Exam seconds used."""
        return max(0.0, self.base_s - self.credited_s)

    # ------------------------------------------------------------------ moves
    def pause(self, reason: str, *, capped: bool) -> None:
        """Open a pause for ``reason`` (nested pauses join the open span)."""
        if self._open_at is None:
            self._open_at = self.base_s
            self._open_capped = capped
        self._reasons.append(reason)

    def resume(self, reason: str) -> PauseSpan | None:
        """Close ``reason``; the span it ends when it was the last one open."""
        if reason not in self._reasons:
            return None
        self._reasons.remove(reason)
        if self._reasons or self._open_at is None:
            return None
        at, now = self._open_at, self.base_s
        span = PauseSpan(reason, at, max(0.0, now - at), self._open_capped)
        if span.capped:
            self._capped += span.seconds
        else:
            self._free += span.seconds
        self._open_at = None
        self.spans.append(span)
        return span

    def restore(self, spans: list[PauseSpan]) -> None:
        """Count pauses closed before a crash (a pause open at the crash is not credited)."""
        for span in spans:
            if span.capped:
                self._capped += span.seconds
            else:
                self._free += span.seconds
            self.spans.append(span)
