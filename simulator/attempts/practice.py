"""``PracticeAttempts``: the desk's attempts for one signed-in person (or none).

Start, resume, end and finish go through ``simulator.attempts.sessions``, so the app
saves, checks and stores exactly as the CLI and the exam runner do: every input is
committed as it happens, a resume refuses a changed scenario file or SOP version, and
the stored result keeps how and when the attempt ended.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from simulator.attempts.result import AttemptResult
from simulator.attempts.sessions import finish_session, resume_session, start_session
from simulator.clock import Clock
from simulator.content.model import SOP, Scenario
from simulator.content.placeholders import DEFAULT_AGENT
from simulator.engine import Session
from simulator.store.records import Person
from simulator.store.store import Store


@dataclass
class Running:
    """An attempt being played: its store id (None without a store), its Session and
    clock, and the session time it resumes at."""

    attempt_id: int | None
    scenario: Scenario
    sop: SOP | None
    session: Session
    clock: Any
    resume_at: float = 0.0


class PracticeAttempts:
    """Starts, resumes and finishes practice attempts for one person.

    ``clock_factory()`` gives the clock of a new attempt (the app's desk clock, which
    starts when the desk shows it); without a store nothing is saved."""

    def __init__(
        self,
        store: Store | None,
        person: Person | None,
        clock_factory: Callable[[], Clock],
    ) -> None:
        self.store = store
        self.person = person
        self.clock_factory = clock_factory

    @property
    def agent(self) -> str:
        return self.person.display_name if self.person is not None else DEFAULT_AGENT

    @property
    def saving(self) -> bool:
        return self.store is not None and self.person is not None

    def start(self, scenario: Scenario, sop: SOP | None, seed: int | None = None) -> Running:
        """A new attempt at ``scenario`` (recorded in the store when there is one)."""
        seed = random.randrange(1, 1_000_000) if seed is None else seed
        clock = self.clock_factory()
        if self.store is not None and self.person is not None:
            attempt, session = start_session(
                self.store,
                self.person.id,
                scenario,
                sop,
                seed=seed,
                clock=clock,
                started_at=self.store.now(),
            )
            return Running(attempt.id, scenario, sop, session, clock)
        session = Session(scenario, sop, seed=seed, clock=clock, agent=self.agent)
        return Running(None, scenario, sop, session, clock)

    def resume(self, attempt_id: int, scenario: Scenario, sop: SOP | None) -> Running:
        """Rebuild an unfinished stored attempt from its saved inputs; play on from where
        its last stored event left it (``StoreError`` when the scenario file or the SOP
        version changed since)."""
        if self.store is None:
            raise ValueError("resuming needs a store")
        clocks: list[tuple[Clock, float]] = []

        def factory(elapsed: float) -> Clock:
            clocks.append((self.clock_factory(), elapsed))
            return clocks[-1][0]

        session = resume_session(self.store, attempt_id, factory, scenario=scenario, sop=sop)
        clock, elapsed = clocks[0]
        return Running(attempt_id, scenario, sop, session, clock, resume_at=elapsed)

    def finish(self, running: Running) -> AttemptResult:
        """End the session if needed; the result, stored once when there is a store."""
        if not running.session.ended:
            running.session.end()
        if self.store is not None and running.attempt_id is not None:
            finish_session(
                self.store, running.attempt_id, running.session, ended_at=self.store.now()
            )
        return AttemptResult.from_session(running.session, running.attempt_id)

    def end_unfinished(self, attempt_id: int, scenario: Scenario, sop: SOP | None) -> Running:
        """An interrupted attempt, ended where it stopped (``finish`` stores its result)."""
        running = self.resume(attempt_id, scenario, sop)
        running.session.end()
        return running
