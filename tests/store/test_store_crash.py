"""Kill -9 a trainee's process at 50 random points: no committed reply is lost, no row is
doubled, the chain holds, and the attempt resumes every time."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import random
import select
import shutil
import signal
import struct
from pathlib import Path

import pytest

from simulator.attempts.sessions import finish_session, resume_session, start_session
from simulator.clock import SimulatedClock
from simulator.content.library import load_library
from simulator.content.model import SOP, Action, Scenario
from simulator.store import open_store

DATA = Path(__file__).parent / "store_data" / "library"
T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
KILLS = 50
STEP_S = 0.01  # session seconds between inputs: 50 lives stay well inside the time limit


def _trainee(url: str, attempt_id: int, scenario: Scenario, sop: SOP, ack_fd: int) -> None:
    """A trainee's app: resume the attempt, then reply (and act) as fast as it can.

    After each reply is committed, its number goes down the pipe (4 bytes: atomic)."""
    store = open_store(url)
    session = resume_session(store, attempt_id, SimulatedClock, scenario=scenario, sop=sop)
    n = sum(1 for m in session.messages if m.sender == "trainee")
    while True:
        session.clock.set(round(session.now + STEP_S, 6))  # type: ignore[attr-defined]
        session.advance()
        if n % 7 == 3:
            session.act(Action("tag", f"t{n}"))
        session.reply("main", f"reply {n}")
        os.write(ack_fd, struct.pack("!I", n))
        n += 1


def _drain(fd: int) -> list[int]:
    data = b""
    while select.select([fd], [], [], 0)[0]:
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        data += chunk
    assert len(data) % 4 == 0
    return [struct.unpack("!I", data[i : i + 4])[0] for i in range(0, len(data), 4)]


@pytest.mark.slow
def test_sigkill_at_random_points_loses_no_committed_reply(store, migrated_url, tmp_path):
    library = tmp_path / "library"
    shutil.copytree(DATA, library)
    lib = load_library(library)
    scenario = lib.scenario("locked-out")
    sop = lib.sop_of(scenario)
    assert sop is not None
    person = store.create_person("amal", "trainee")
    attempt, _ = start_session(
        store, person.id, scenario, sop, seed=9, clock=SimulatedClock(),
        started_at=T0,
    )  # fmt: skip
    rng = random.Random(20261127)
    ctx = multiprocessing.get_context("fork")
    acked: list[int] = []
    for life in range(KILLS):
        store.engine.dispose()  # no pooled connection may be shared with the child
        read_fd, write_fd = os.pipe()
        child = ctx.Process(
            target=_trainee, args=(migrated_url, attempt.id, scenario, sop, write_fd)
        )
        child.start()
        os.close(write_fd)
        # Wait for the first committed reply of this life, then kill at a random moment.
        assert select.select([read_fd], [], [], 60)[0], f"life {life}: the child never replied"
        select.select([], [], [], rng.uniform(0.0, 0.05))
        os.kill(child.pid, signal.SIGKILL)
        child.join(30)
        assert child.exitcode == -signal.SIGKILL, f"life {life}: exit {child.exitcode}"
        acked += _drain(read_fd)
        os.close(read_fd)

        replies = [e.data["text"] for e in store.events_for(attempt.id) if e.kind == "reply"]
        numbers = [int(t.split()[1]) for t in replies]
        # Nothing doubled, nothing skipped, and every acknowledged reply is there.
        assert numbers == list(range(len(numbers))), f"life {life}: {numbers[-5:]}"
        assert set(acked) <= set(numbers), f"life {life}: lost {set(acked) - set(numbers)}"

    assert len(acked) >= KILLS
    events = store.events_for(attempt.id)
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert store.audit() == []
    assert [a.id for a in store.unfinished_attempts(person.id)] == [attempt.id]
    # The last resume sees every stored reply, and the attempt can be finished.
    session = resume_session(store, attempt.id, SimulatedClock, library=library)
    trainee_texts = [m.text for m in session.messages if m.sender == "trainee"]
    assert trainee_texts == [e.data["text"] for e in events if e.kind == "reply"]
    session.end()
    finish_session(store, attempt.id, session, ended_at=T0 + dt.timedelta(minutes=30))
    assert store.unfinished_attempts(person.id) == []
