"""Write ``frontline-0001.db``: a database as Frontline wrote it at schema revision 0001.

Run with the code of that time, not today's (this is how the file was made):

    git archive 1e10e80 simulator scenarios | tar -x -C /tmp/f0001
    PYTHONPATH=/tmp/f0001 python tests/store/store_data/old/make_0001.py /tmp/f0001

People of each role and a cohort; a finished practice attempt (a real session of a
shipped scenario: replies, an action, its grade) with a trainer's override; an
unfinished attempt; exposure, a consent and a check-in. The clock is fixed, so the file
is the same each time (but for SQLite's page layout).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
from pathlib import Path

from simulator.clock import SimulatedClock
from simulator.content.library import find_sop_path
from simulator.content.loader import load_scenario, load_sop
from simulator.content.model import Action
from simulator.engine.session import Session
from simulator.store.store import open_store

HERE = Path(__file__).resolve().parent
T0 = dt.datetime(2026, 11, 27, 9, 0, 0, tzinfo=dt.UTC)


def main(era: Path) -> None:
    out = HERE / "frontline-0001.db"
    out.unlink(missing_ok=True)
    ticks = iter(T0 + dt.timedelta(seconds=i) for i in range(10_000))
    store = open_store(f"sqlite:///{out}", now=lambda: next(ticks))
    admin = store.create_person("ada", "admin", password="admin-pass-0001")
    trainer = store.create_person("tariq", "trainer", display_name="طارق", language="ar")
    trainee = store.create_person("lina", "trainee", display_name="Lina Haddad")
    cohort = store.create_cohort("november")
    store.add_to_cohort(cohort.id, trainee.id)

    path = sorted((era / "scenarios" / "en").glob("*.yaml"))[0]
    scenario = load_scenario(path)
    sop = load_sop(find_sop_path(path))
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    attempt = store.start_attempt(
        trainee.id,
        scenario_id=scenario.id,
        scenario_sha256=sha,
        sop_id=sop.id,
        sop_version=sop.version,
        seed=7,
        started_at=T0,
    )
    clock = SimulatedClock()
    session = Session(
        scenario,
        sop,
        seed=7,
        clock=clock,
        on_input=lambda entry: store.save_event(attempt.id, entry),  # as the app did
    )
    session.advance()
    thread = next(iter(session.threads))
    for at, text in (
        (30.0, "Hello, thanks for writing. I am looking into it now."),
        (90.0, "Done."),
    ):
        clock.set(at)
        session.advance()
        session.reply(thread, text)
    clock.set(120.0)
    session.act(Action(type="resolve", thread=thread))
    session.end()
    result = session.to_json()
    store.finish_attempt(
        attempt.id,
        result["grade"],
        result["transcript"],
        result["metrics"],
        ended_at=T0 + dt.timedelta(minutes=3),
    )
    store.add_override(attempt.id, trainer.id, passed=True, reason="good enough")
    store.start_attempt(
        trainee.id,
        scenario_id=scenario.id,
        scenario_sha256=sha,
        sop_id=sop.id,
        sop_version=sop.version,
        seed=8,
        started_at=T0 + dt.timedelta(hours=1),
    )
    store.record_exposure(
        trainee.id, category="bullying", level=1, kind="scenario-minutes", seconds=120.0
    )
    store.add_consent(trainee.id, "violence", 2)
    store.add_checkin(trainee.id, rating=7, stress=2)
    assert store.audit() == [], store.audit()
    print(out, store.counts(), admin.name)
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
