"""A calibration session's views on both databases (run by hand:
``python benchmarks/calibration.py``).

A session of 50 finished attempts with 13 criteria each, graded by 8 trainers (5,200
grades): the blind view a trainer grades from, the reveal (kappa per criterion, grader
agreement, leanings) and the comparison of past sessions. PostgreSQL runs in a schema
of its own, dropped after (``SIMULATOR_TEST_POSTGRES_URL``); ``--skip-postgres``
measures SQLite only. Target: each view under 500 ms. Prints the best of 5 runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

from argon2 import PasswordHasher, profiles

from simulator.store import open_store, people

PG_URL = os.environ.get(
    "SIMULATOR_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
T0 = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
TARGET_S = 0.5


def run(url: str, label: str, attempts: int, trainers: int) -> bool:
    people._hasher = PasswordHasher.from_parameters(profiles.CHEAPEST)  # sign-ins: not measured
    s = open_store(url)
    crit = [
        {"id": f"c{i}", "passed": i % 3 != 0, "applicable": True, "weight": 1.0} for i in range(13)
    ]
    grade = {"score": 60.0, "passed": False, "pass_mark": 70.0, "criteria": crit}
    s.create_person("lead", "admin", password="password1")
    lead = s.authenticate("lead", "password1")
    trainee = s.create_person("trainee", "trainee")
    staff = []
    for i in range(trainers):
        s.create_person(f"t{i}", "trainer", password="password1")
        staff.append(s.authenticate(f"t{i}", "password1"))
    ids = []
    for k in range(attempts):
        a = s.start_attempt(
            trainee.id, scenario_id="x", scenario_sha256="0" * 64, sop_id="x",
            sop_version=1, seed=k, started_at=T0,
        )  # fmt: skip
        transcript = [{"from": "trainee", "thread": "main", "text": "hello " * 40}]
        s.finish_attempt(a.id, grade, transcript, {"actions": []}, ended_at=T0)
        ids.append(a.id)
    session = s.start_calibration(
        lead, title="bench", attempt_ids=ids, trainer_ids=[t.id for t in staff]
    )
    for j, t in enumerate(staff):
        grades = {
            a: {c["id"]: (a * 7 + int(c["id"][1:]) * 3 + j) % 4 != 0 for c in crit} for a in ids
        }
        s.submit_calibration(t, session.id, grades)
    ok = True
    views = (
        ("blind view", lambda: s.calibration_blind(staff[0], session.id)),
        ("reveal", lambda: s.calibration_results(lead, session.id)),
        ("comparison", lambda: s.calibration_comparison(lead)),
    )
    for name, view in views:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            view()
            times.append(time.perf_counter() - start)
        best = min(times)
        ok &= best < TARGET_S
        print(f"{label:10} {name:11} {attempts} attempts x 13 criteria, {trainers} trainers: "
              f"{best * 1000:6.0f} ms")  # fmt: skip
    s.close()
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=50)
    parser.add_argument("--trainers", type=int, default=8)
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="frontline-bench-"))
    os.environ.setdefault("SIMULATOR_DATA_DIR", str(folder))
    ok = run(f"sqlite:///{folder / 'bench.db'}", "sqlite", args.attempts, args.trainers)
    if not args.skip_postgres:
        import psycopg
        from sqlalchemy.engine import make_url

        schema = f"bench_{secrets.token_hex(4)}"
        conninfo = make_url(PG_URL).set(drivername="postgresql")
        admin = psycopg.connect(conninfo.render_as_string(hide_password=False), autocommit=True)
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
            ok &= run(url.render_as_string(hide_password=False), "postgresql", args.attempts,
                      args.trainers)  # fmt: skip
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
            admin.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
