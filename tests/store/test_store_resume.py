"""Sessions survive a crash: every input is committed as it happens and replayed on resume."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from simulator.attempts.sessions import (
    finish_session,
    resume_session,
    save_deliveries,
    start_session,
)
from simulator.clock import SimulatedClock
from simulator.content.library import load_library
from simulator.content.model import Action
from simulator.errors import StoreError

DATA = Path(__file__).parent / "store_data" / "library"
T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    shutil.copytree(DATA, root)
    return root


def begin(store, library: Path, seed: int = 5):
    lib = load_library(library)
    scenario = lib.scenario("locked-out")
    person = store.create_person("amal", "trainee", display_name="Amal")
    clock = SimulatedClock()
    attempt, session = start_session(
        store, person.id, scenario, lib.sop_of(scenario), seed=seed, clock=clock, started_at=T0
    )
    return attempt, session, clock


def play_some(session, clock) -> None:
    clock.set(5)
    session.advance()
    session.type_keys("main", 40)
    clock.set(12.5)
    session.reply("main", "Hello {name}, sorry to hear that")
    clock.set(31)
    session.advance()
    session.act(Action("lookup"))
    clock.set(44.25)
    session.reply("chat", "Hi, I am here")


def test_the_attempt_records_what_it_was_played_from(store, library):
    attempt, session, _ = begin(store, library)
    import hashlib

    sha = hashlib.sha256((library / "en" / "locked-out.yaml").read_bytes()).hexdigest()
    assert (attempt.scenario_id, attempt.scenario_sha256) == ("locked-out", sha)
    assert (attempt.sop_id, attempt.sop_version, attempt.seed) == ("recovery", 2, 5)
    assert session.agent == "Amal"


def test_every_input_is_committed_before_the_call_returns(store, library):
    attempt, session, clock = begin(store, library)
    play_some(session, clock)
    stored = store.events_for(attempt.id)
    assert [e.kind for e in stored] == ["keys", "reply", "act", "reply"]
    assert [{**e.data, "kind": e.kind, "at_s": e.at_s} for e in stored] == session.inputs


def test_a_resumed_session_is_the_same_session(store, library):
    attempt, session, clock = begin(store, library)
    play_some(session, clock)
    del session  # the crash
    clocks: list[SimulatedClock] = []

    def clock_factory(elapsed: float) -> SimulatedClock:
        clocks.append(SimulatedClock(elapsed))
        return clocks[-1]

    resumed = resume_session(store, attempt.id, clock_factory, library=library)
    assert clocks[0].now() == 44.25  # the last stored event's session time
    assert resumed.now == 44.25
    # The same run without a crash gives the same transcript, to the byte.
    reference, ref_clock = begin_reference(library)
    play_some(reference, ref_clock)
    assert [m.to_json() for m in resumed.messages] == [m.to_json() for m in reference.messages]
    assert resumed.persona == reference.persona and resumed.agent == "Amal"
    # It goes on recording: later inputs are committed too.
    clocks[0].set(50)
    resumed.reply("main", "here is your recovery link")
    assert store.events_for(attempt.id)[-1].data["text"] == "here is your recovery link"


def begin_reference(library: Path):
    from simulator.engine import Session

    lib = load_library(library)
    scenario = lib.scenario("locked-out")
    clock = SimulatedClock()
    return Session(scenario, lib.sop_of(scenario), seed=5, clock=clock, agent="Amal"), clock


def test_deliveries_count_toward_the_elapsed_time(store, library):
    attempt, session, clock = begin(store, library)
    clock.set(12)
    save_deliveries(store, attempt.id, session.reply("main", "hello"))
    clock.set(95)
    save_deliveries(store, attempt.id, session.advance())
    kinds = [(e.kind, e.at_s) for e in store.events_for(attempt.id)]
    assert kinds == [("reply", 12.0), ("delivered", 0.0), ("delivered", 30.0), ("delivered", 90.0)]
    resumed = resume_session(store, attempt.id, SimulatedClock, library=library)
    assert resumed.clock.now() == 90.0
    assert [m.text for m in resumed.messages if m.sender == "user"] == [
        "Hi, I am {name} and I cannot log in".format(**resumed.persona),
        "hello? anyone there",
    ]
    # A deadline falling exactly at the resume time passes on the next tick, as in play.
    resumed.clock.set(90.01)
    resumed.advance()
    assert [m.text for m in resumed.messages][-1] == "??"


def test_finish_stores_the_grade_and_closes_the_attempt(store, library):
    attempt, session, clock = begin(store, library)
    play_some(session, clock)
    clock.set(60)
    session.end()
    result = finish_session(store, attempt.id, session, ended_at=T0 + dt.timedelta(minutes=2))
    assert result.grade == session.grade().to_json()
    assert result.transcript == [m.to_json() for m in session.messages]
    assert result.metrics["end_reason"] == "trainee"
    assert store.events_for(attempt.id)[-1].kind == "end"
    assert store.unfinished_attempts(attempt.person_id) == []
    with pytest.raises(StoreError, match="nothing to resume"):
        resume_session(store, attempt.id, SimulatedClock, library=library)


def test_a_changed_scenario_file_is_not_resumed(store, library):
    attempt, session, clock = begin(store, library)
    play_some(session, clock)
    path = library / "en" / "locked-out.yaml"
    path.write_text(path.read_text().replace("Locked out", "Locked out (v2)"))
    with pytest.raises(StoreError, match="changed since the attempt started"):
        resume_session(store, attempt.id, SimulatedClock, library=library)


def test_a_scenario_missing_from_the_library_is_one_clear_error(store, library, tmp_path):
    attempt, _, _ = begin(store, library)
    empty = tmp_path / "empty"
    (empty / "sops").mkdir(parents=True)
    with pytest.raises(StoreError, match="is not in the library"):
        resume_session(store, attempt.id, SimulatedClock, library=empty)
