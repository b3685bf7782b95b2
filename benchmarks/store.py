"""Store timings with 100,000 stored attempts (run by hand: ``python benchmarks/store.py``).

Measures the time to save one reply (``Store.save_event``: one committed, chained row)
on SQLite with one writer and on PostgreSQL with 20 writers at once (back to back, and at
~10 replies/s each), and the time of a cohort summary. Targets: save p99 < 20 ms
(SQLite), < 50 ms (PostgreSQL, 20 writers); cohort summary < 200 ms. PostgreSQL:
``SIMULATOR_TEST_POSTGRES_URL`` (default: the local test server); a schema is created for
the run and dropped after. ``--skip-sqlite`` / ``--skip-postgres`` measure one backend.

Each writer starts its attempt, so on PostgreSQL its saves take the one-round-trip path
(``simulator/store/eventlog.py``): one message of two prepared statements (lock the
attempt ``FOR KEY SHARE``; insert the event if the attempt is unfinished and its last
event is the one this Store knows), committed by the server before it answers. That is
no weaker than the locked path: each reply is durable when ``save_event`` returns, an
attempt's events never fork (unique ``(attempt_id, seq)``), none is added after the
finish, and the stored rows and hashes are the same (the audit is unchanged).
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session as DbSession

from simulator.store import Store, chain, open_store
from simulator.store.models import (
    AttemptRow,
    ChainHeadRow,
    CohortMemberRow,
    CohortRow,
    PersonRow,
    ResultRow,
)

PG_URL = os.environ.get(
    "SIMULATOR_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
T0 = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
PEOPLE = 1000
COHORT_SIZE = 25


def seed(store: Store, attempts: int) -> int:
    """Fill the store with ``attempts`` chained attempts (90% finished); a cohort's id."""
    grade = {"score": 0.0, "passed": False, "criteria": [{"id": f"c{i}", "passed": True,
             "evidence": "matched 'hello' at 0-5"} for i in range(6)]}  # fmt: skip
    with DbSession(store.engine) as db, db.begin():
        db.execute(insert(PersonRow), [
            {"id": i + 1, "name": f"trainee{i:04d}", "display_name": f"Trainee {i}",
             "role": "trainee", "language": "ar" if i % 2 else "en", "password_hash": None,
             "created_at": T0, "settings": {}}
            for i in range(PEOPLE)
        ])  # fmt: skip
        db.execute(insert(CohortRow), [{"id": 1, "name": "bench", "created_at": T0}])
        db.execute(
            insert(CohortMemberRow),
            [{"cohort_id": 1, "person_id": i + 1} for i in range(COHORT_SIZE)],
        )
        head = db.get(ChainHeadRow, chain.HEAD_ID)
        assert head is not None
        seq, prev = head.seq, head.hash
        batch_a: list[dict[str, Any]] = []
        batch_r: list[dict[str, Any]] = []
        for i in range(attempts):
            a = AttemptRow(
                id=i + 1, person_id=i % PEOPLE + 1, scenario_id=f"scenario-{i % 40}",
                scenario_sha256="a" * 64, sop_id="account-recovery", sop_version=3, seed=i,
                mode="exam" if i % 5 == 0 else "practice",
                started_at=T0 + dt.timedelta(minutes=i),
            )  # fmt: skip
            seq += 1
            a.chain_seq, a.chain_hash = seq, chain.link_hash(prev, {**chain.row_payload(a)})
            prev = a.chain_hash
            batch_a.append(_columns(a))
            if i % 10:
                score = float(i % 101)
                r = ResultRow(
                    id=len(batch_r) + 1, attempt_id=i + 1, ended_at=a.started_at, score=score,
                    passed=score >= 80, grade={**grade, "score": score, "passed": score >= 80},
                    transcript=[], metrics={"threads": {}},
                )  # fmt: skip
                seq += 1
                r.chain_seq, r.chain_hash = seq, chain.link_hash(prev, chain.row_payload(r))
                prev = r.chain_hash
                batch_r.append(_columns(r))
        for start in range(0, len(batch_a), 5000):
            db.execute(insert(AttemptRow), batch_a[start : start + 5000])
        for start in range(0, len(batch_r), 5000):
            db.execute(insert(ResultRow), batch_r[start : start + 5000])
        head.seq, head.hash = seq, prev
        if db.get_bind().dialect.name == "postgresql":  # explicit ids: move the sequences on
            for table in ("people", "cohorts", "attempts", "results"):
                db.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                )
    return 1


def _columns(row: Any) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns}


def _save_replies(url: str, person_id: int, n: int, think_s: float, out: Any) -> None:
    store = open_store(url)
    attempt = store.start_attempt(
        person_id, scenario_id="live", scenario_sha256="b" * 64, sop_id="x", sop_version=1,
        seed=person_id, started_at=T0,
    )  # fmt: skip
    for i in range(5):  # warm up: connection, statement caches (an app runs for hours)
        store.save_event(attempt.id, {"kind": "keys", "at_s": 0.0, "thread": "main", "chars": i})
    times = []
    pause = random.Random(person_id)
    for i in range(n):
        time.sleep(pause.uniform(0, 2 * think_s))
        event = {"kind": "reply", "at_s": i * 2.5, "thread": "main",
                 "text": f"مرحبا، شكرا لتواصلك معنا. reply {i}"}  # fmt: skip
        t = time.perf_counter()
        store.save_event(attempt.id, event)
        times.append(time.perf_counter() - t)
    store.close()
    out.put(times)


def save_latencies(url: str, writers: int, per_writer: int, think_s: float = 0.0) -> list[float]:
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    procs = [
        ctx.Process(target=_save_replies, args=(url, w + 1, per_writer, think_s, out))
        for w in range(writers)
    ]
    for p in procs:
        p.start()
    times = [t for _ in procs for t in out.get(timeout=600)]
    for p in procs:
        p.join()
    return times


def summary_latencies(store: Store, cohort_id: int, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        store.cohort_summary(cohort_id)
        times.append(time.perf_counter() - t)
    return times


def report(name: str, times: list[float], target_ms: float) -> bool:
    ms = sorted(t * 1000 for t in times)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    ok = p99 < target_ms
    print(
        f"{name:<44} n={len(ms):5d}  p50={statistics.median(ms):7.2f} ms  "
        f"p99={p99:7.2f} ms  target<{target_ms:.0f} ms  {'ok' if ok else 'MISSED'}"
    )
    return ok


def run(url: str, label: str, attempts: int, writers: int, per_writer: int) -> bool:
    store = open_store(url)
    t = time.perf_counter()
    cohort = seed(store, attempts)
    print(f"{label}: seeded {attempts} attempts in {time.perf_counter() - t:.1f} s")
    store.engine.dispose()
    target = 20.0 if label == "sqlite" else 50.0
    ok = report(f"{label}: save a reply ({writers} writer(s), back to back)",
                save_latencies(url, writers, per_writer), target)  # fmt: skip
    if writers > 1:  # still 20x faster than people type: a reply every 0.1 s on average
        ok &= report(f"{label}: save a reply ({writers} writers, ~10/s each)",
                     save_latencies(url, writers, per_writer, think_s=0.1), target)  # fmt: skip
    ok &= report(f"{label}: cohort summary ({COHORT_SIZE} people)",
                 summary_latencies(store, cohort, 50), 200.0)  # fmt: skip
    store.close()
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=100_000)
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    ok = True
    if not args.skip_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            ok &= run(f"sqlite:///{Path(tmp) / 'bench.db'}", "sqlite", args.attempts, 1, 1000)
    if not args.skip_postgres:
        schema = f"bench_{secrets.token_hex(4)}"
        conninfo = make_url(PG_URL).set(drivername="postgresql")
        with psycopg.connect(conninfo.render_as_string(hide_password=False), autocommit=True) as c:
            c.execute(f'CREATE SCHEMA "{schema}"')
            try:
                url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
                ok &= run(url.render_as_string(hide_password=False), "postgresql",
                          args.attempts, 20, 100)  # fmt: skip
            finally:
                c.execute(f'DROP SCHEMA "{schema}" CASCADE')
    return 0 if ok or not args.strict else 1


if __name__ == "__main__":
    sys.exit(main())
