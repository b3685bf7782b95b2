"""The clocks of simulator/clock.py: the desk's WallClock (real seconds, paused until
started, paused time not counted) and its hand-moved twin, as the protocols declare."""

from __future__ import annotations

import pytest

from simulator import clock as clocks
from simulator.clock import ManualClock, RunnableClock, WallClock


class FakeMonotonic:
    """The system's monotonic clock, moved by hand (time.monotonic is not ours)."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def monotonic(monkeypatch: pytest.MonkeyPatch) -> FakeMonotonic:
    fake = FakeMonotonic()
    monkeypatch.setattr(clocks.time, "monotonic", fake)
    return fake


def test_the_wall_clock_stands_at_zero_until_started(monotonic: FakeMonotonic) -> None:
    c = WallClock()
    monotonic.t += 50
    assert (c.paused, c.now()) == (True, 0.0)
    c.start()
    monotonic.t += 2.5
    assert (c.paused, c.now()) == (False, 2.5)


def test_a_resumed_attempt_starts_where_it_stopped(monotonic: FakeMonotonic) -> None:
    c = WallClock()
    c.start(at=90.0)
    monotonic.t += 10
    assert c.now() == 100.0


def test_paused_time_does_not_count(monotonic: FakeMonotonic) -> None:
    c = WallClock()
    c.start()
    monotonic.t += 10
    c.pause()
    monotonic.t += 300
    assert c.now() == 10.0
    c.resume()
    monotonic.t += 5
    assert (c.paused, c.now()) == (False, 15.0)


def test_the_manual_clock_never_goes_back() -> None:
    c = ManualClock(5.0)
    c.start(at=2.0)
    c.set(3.0)
    assert c.now() == 5.0
    c.pause()
    assert c.paused
    c.resume()
    c.set(8.0)
    assert (c.paused, c.now()) == (False, 8.0)


def test_both_are_runnable_clocks() -> None:
    def run(c: RunnableClock) -> float:  # mypy checks the protocol; this, the names
        c.start()
        c.pause()
        c.resume()
        return c.now() if not c.paused else -1.0

    assert run(WallClock()) >= 0.0
    assert run(ManualClock()) == 0.0
