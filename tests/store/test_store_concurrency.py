"""20 workstations saving attempts at the same moment: no lost, no doubled rows, no fork
in the chain."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest

from simulator.store import open_store

T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
WRITERS = 20
EVENTS = 15


def _workstation(url: str, name: str, go, done) -> None:
    store = open_store(url)
    person = store.create_person(name, "trainee")
    go.wait(60)  # everyone starts writing together
    attempt = store.start_attempt(
        person.id, scenario_id="s", scenario_sha256="3" * 64, sop_id="x", sop_version=1,
        seed=len(name), started_at=T0,
    )  # fmt: skip
    for i in range(EVENTS):
        store.save_event(attempt.id, {"kind": "reply", "at_s": float(i), "thread": "m",
                                      "text": f"{name} {i}"})  # fmt: skip
    store.record_exposure(person.id, category="violence", level=1, kind="reveal", seconds=1)
    store.finish_attempt(attempt.id, {"score": 50.0, "passed": False}, [], {}, ended_at=T0)
    store.close()
    done.put(name)


@pytest.mark.slow
def test_twenty_writers_at_once_lose_and_double_nothing(store, migrated_url):
    store.engine.dispose()
    ctx = multiprocessing.get_context("fork")
    go, done = ctx.Event(), ctx.Queue()
    names = [f"ws{i:02d}" for i in range(WRITERS)]
    procs = [ctx.Process(target=_workstation, args=(migrated_url, n, go, done)) for n in names]
    for p in procs:
        p.start()
    go.set()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0] * WRITERS
    assert sorted(done.get(timeout=5) for _ in names) == names

    counts = store.counts()
    assert (counts["attempts"], counts["results"], counts["exposures"]) == (20, 20, 20)
    assert counts["events"] == WRITERS * EVENTS
    for person in store.people():
        (attempt,) = store.attempts_for(person.id)
        events = store.events_for(attempt.id)
        assert [e.seq for e in events] == list(range(1, EVENTS + 1))
        assert [e.data["text"] for e in events] == [f"{person.name} {i}" for i in range(EVENTS)]
        assert attempt.finished
    # One unbroken chain: every link numbered once, each hash on the one before.
    # attempt, exposure, result, and the person's name; events apart
    assert store.chain_length() == WRITERS * 4
    assert store.audit() == []
