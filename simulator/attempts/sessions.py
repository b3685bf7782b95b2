"""Sessions that survive a crash: start one with every input committed as it happens,
rebuild one from the stored inputs and its seed, and store its result at the end.

(Part of ``simulator.attempts``; the app's desk uses it through ``practice``.)

Elapsed time on resume: the session time of the attempt's last stored event (an input
or a saved delivery). Time between that event and the crash is not counted, so a crash
never eats into the trainee's remaining time; see docs/store.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from simulator.attempts.result import AttemptResult
from simulator.clock import Clock
from simulator.content.library import find_sop_path, load_library
from simulator.content.loader import load_sop
from simulator.content.model import SOP, Scenario
from simulator.engine import Session, SessionEvent
from simulator.errors import ContentError, StoreError
from simulator.paths import library_dir
from simulator.store.records import Attempt, Result
from simulator.store.store import Store

# Kinds of stored events that are session inputs (``Session.inputs`` entries); other
# kinds (``delivered``, ...) are kept for trainers and are not replayed.
INPUT_KINDS = frozenset({"reply", "act", "keys", "end"})
DELIVERED = "delivered"
ClockFactory = Callable[[float], Clock]


def file_sha256(path: Path) -> str:
    """The sha256 of a file's bytes (the scenario file an attempt was played from)."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError as exc:
        raise ContentError(str(path), f"cannot read it ({exc.strerror or exc})") from exc


def recorder(store: Store, attempt_id: int) -> Callable[[Mapping[str, Any]], None]:
    """A ``Session.on_input`` listener that commits every input before the call returns."""

    def save(entry: Mapping[str, Any]) -> None:
        store.save_event(attempt_id, entry)

    return save


def save_deliveries(store: Store, attempt_id: int, events: Iterable[SessionEvent]) -> None:
    """Store the user messages a session delivered (what the trainee saw, and when)."""
    for ev in events:
        if ev.kind == "message" and ev.message is not None and ev.message.sender == "user":
            store.save_event(
                attempt_id,
                {
                    "kind": DELIVERED,
                    "at_s": ev.at_s,
                    "thread": ev.thread,
                    "text": ev.message.text,
                    "event_index": ev.message.event_index,
                },
            )


def start_session(
    store: Store,
    person_id: int,
    scenario: Scenario,
    sop: SOP | None,
    *,
    seed: int,
    clock: Clock,
    started_at: dt.datetime,
    mode: str = "practice",
) -> tuple[Attempt, Session]:
    """Record a new attempt and return it with a Session whose inputs are committed live."""
    if scenario.path is None:
        raise StoreError(f"scenario {scenario.id}", "has no file, so it cannot be stored")
    attempt = store.start_attempt(
        person_id,
        scenario_id=scenario.id,
        scenario_sha256=file_sha256(scenario.path),
        sop_id=scenario.sop,
        sop_version=sop.version if sop is not None else 0,
        seed=seed,
        mode=mode,
        started_at=started_at,
    )
    agent = store.person_by_id(person_id).display_name
    session = Session(
        scenario, sop, seed=seed, clock=clock, agent=agent, on_input=recorder(store, attempt.id)
    )
    return attempt, session


def _find_scenario(attempt: Attempt, library: Path | None) -> tuple[Scenario, SOP | None]:
    root = library if library is not None else library_dir()
    lib = load_library(root)
    try:
        scenario = lib.scenario(attempt.scenario_id)
    except KeyError:
        raise StoreError(
            f"attempt {attempt.id}",
            f"scenario {attempt.scenario_id!r} is not in the library {root}; "
            "open the library it was played from",
        ) from None
    return scenario, lib.sop_of(scenario)


def resume_session(
    store: Store,
    attempt_id: int,
    clock_factory: ClockFactory,
    *,
    scenario: Scenario | None = None,
    sop: SOP | None = None,
    library: Path | None = None,
) -> Session:
    """Rebuild an unfinished attempt's Session from its stored inputs and seed.

    ``clock_factory(elapsed)`` gives the clock to go on with, starting at the elapsed
    session seconds. The scenario is found by id in ``library`` (default: the shipped
    one) unless given; its file must be the one the attempt was played from.
    """
    attempt = store.attempt(attempt_id)
    if attempt.finished:
        raise StoreError(f"attempt {attempt_id}", "is finished; there is nothing to resume")
    if scenario is None:
        scenario, sop = _find_scenario(attempt, library)
    elif sop is None and scenario.path is not None:
        sop = load_sop(find_sop_path(scenario.path, sop_id=scenario.sop))
    if scenario.path is not None and file_sha256(scenario.path) != attempt.scenario_sha256:
        raise StoreError(
            f"attempt {attempt_id}",
            f"the scenario file {scenario.path} changed since the attempt started; "
            "it cannot be resumed faithfully (start a new attempt)",
        )
    if sop is not None and attempt.sop_version and sop.version != attempt.sop_version:
        raise StoreError(
            f"attempt {attempt_id}",
            f"SOP {sop.id!r} is now version {sop.version}, the attempt used version "
            f"{attempt.sop_version}; start a new attempt",
        )
    events = store.events_for(attempt_id)
    inputs: list[Mapping[str, Any]] = [
        {**e.data, "kind": e.kind, "at_s": e.at_s} for e in events if e.kind in INPUT_KINDS
    ]
    # Deliveries saved after an input may carry earlier times; the latest time counts.
    elapsed = max((e.at_s for e in events), default=0.0)
    session = Session.replay(
        scenario,
        sop,
        seed=attempt.seed,
        inputs=inputs,
        clock=clock_factory(elapsed),
        agent=store.person_by_id(attempt.person_id).display_name,
        on_input=recorder(store, attempt_id),
    )
    if not session.ended and elapsed > session.now:
        session.advance(elapsed)
    return session


def finish_session(
    store: Store, attempt_id: int, session: Session, *, ended_at: dt.datetime
) -> Result:
    """Store the session's grade, transcript, metrics and accepted actions (kept in the
    metrics as ``actions``) as the attempt's result (see ``AttemptResult.from_store``)."""
    live = AttemptResult.from_session(session, attempt_id)
    metrics = {**live.metrics, "actions": live.actions}
    return store.finish_attempt(attempt_id, live.grade, live.transcript, metrics, ended_at=ended_at)
