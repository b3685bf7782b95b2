"""One attempt from start to result: the session, its clock and the store, wired together.

Every trainee input is saved to the store the moment the session logs it (the session's
``on_input``), so reopening after a crash rebuilds the session with ``Session.replay``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass
from typing import Any

from simulator.ui.desk.controller import DeskController
from simulator.ui.wallclock import WallClock


def scenario_sha256(scenario) -> str:
    """The hash of the scenario file as played (all zeros when it has no file)."""
    if scenario.path is None:
        return "0" * 64
    return hashlib.sha256(scenario.path.read_bytes()).hexdigest()


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class RunningAttempt:
    """An attempt being played: its store id (None without a store) and its controller."""

    attempt_id: int | None
    scenario: Any
    sop: Any
    controller: DeskController

    @property
    def session(self):
        return self.controller.session


class AttemptRunner:
    """Starts, resumes and finishes attempts for one signed-in person."""

    def __init__(self, store=None, person=None, clock_factory=WallClock) -> None:
        self.store = store
        self.person = person
        self.clock_factory = clock_factory

    @property
    def agent(self) -> str:
        return self.person.display_name if self.person is not None else "Agent"

    def _saver(self, attempt_id: int | None):
        if self.store is None or attempt_id is None:
            return None
        store = self.store

        def save(entry) -> None:
            store.save_event(attempt_id, dict(entry))

        return save

    def start(self, scenario, sop, seed: int | None = None, mode: str = "practice"):
        """A new attempt at ``scenario`` (recorded in the store when there is one)."""
        seed = random.randrange(1, 1_000_000) if seed is None else seed
        attempt_id = None
        if self.store is not None and self.person is not None:
            attempt = self.store.start_attempt(
                self.person.id,
                scenario_id=scenario.id,
                scenario_sha256=scenario_sha256(scenario),
                sop_id=scenario.sop,
                sop_version=sop.version if sop else 0,
                seed=seed,
                mode=mode,
                started_at=_utcnow(),
            )
            attempt_id = attempt.id
        from simulator.engine import Session  # imported on first use: faster start-up

        clock = self.clock_factory()
        session = Session(
            scenario,
            sop,
            seed=seed,
            clock=clock,
            agent=self.agent,
            on_input=self._saver(attempt_id),
        )
        return RunningAttempt(attempt_id, scenario, sop, DeskController(session, clock))

    def resume(self, attempt, scenario, sop):
        """Rebuild an unfinished stored attempt from its saved inputs; play on from there."""
        from simulator.engine import Session

        events = self.store.events_for(attempt.id)
        inputs = [{"at_s": e.at_s, "kind": e.kind, **e.data} for e in events]
        last = max((e.at_s for e in events), default=0.0)
        clock = self.clock_factory()
        clock.start(at=last)
        session = Session.replay(
            scenario,
            sop,
            seed=attempt.seed,
            inputs=inputs,
            clock=clock,
            agent=self.agent,
            on_input=self._saver(attempt.id),
        )
        controller = DeskController(session, clock)
        controller.resume_at = last
        return RunningAttempt(attempt.id, scenario, sop, controller)

    def finish(self, running: RunningAttempt) -> dict[str, Any]:
        """The result (``Session.to_json()``), stored once when there is a store."""
        result = running.session.to_json()
        if self.store is not None and running.attempt_id is not None:
            self.store.finish_attempt(
                running.attempt_id,
                result["grade"],
                result["transcript"],
                result["metrics"],
                ended_at=_utcnow(),
            )
        return result
