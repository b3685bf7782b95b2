"""Benchmark: a cohort report over 100,000 stored attempts (issue 16, "done when").

Seeds, on SQLite and on PostgreSQL, one cohort of 400 trainees (and a trainer member)
with 100,000 counted attempts as the app stores them: practice attempts with grades
(six criteria with titles and evidence, some not applicable), per-thread metrics on
1-3 channels and a transcript, 2% unfinished; 4,000 exam sittings with three items each
(12,000 more stored attempts, never counted), some awaiting review; 3,000 overrides of
verdicts and criteria. Rows are written in bulk with their real chain hashes.

Then times, for a signed-in trainer:
- the first report (it fills the report tables: once per store, after the upgrade);
- ``build_report`` with every figure (median of 5; target < 500 ms);
- the report again after one more override (the report tables catch up);
- the CSV export of the attempts section, 100,000 rows (target < 3 s).
Prints a table; exits 1 when a target is missed. PostgreSQL: a schema of its own in
``SIMULATOR_TEST_POSTGRES_URL`` (default: the local test server), dropped after.

    nice .venv/bin/python benchmarks/reports.py [--attempts N] [--skip-postgres]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session as DbSession

from simulator.reports.csv import write_csv
from simulator.reports.model import Catalog, ReportQuery
from simulator.reports.queries import attempt_lines, build_report
from simulator.store import Store, chain, open_store
from simulator.store.models import (
    AttemptRow,
    ChainHeadRow,
    CohortMemberRow,
    CohortRow,
    OverrideRow,
    PersonRow,
    ResultRow,
)

PG_URL = os.environ.get(
    "SIMULATOR_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
T0 = dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC)
TRAINEES = 400
SITTING_SHARE = 25  # one counted attempt in 25 is an exam sitting
REPORT_TARGET_S, CSV_TARGET_S = 0.5, 3.0
PASSWORD = "benchmark-pass"
SOPS = ("account-recovery", "refunds", "billing-dispute", "shipping-delay", "privacy")
SCENARIOS = [
    (f"{sop}-{lang}-{i}", sop, lang) for sop in SOPS for lang in ("en", "ar") for i in range(2)
]
CRITERIA = ("greets", "verifies", "never-ask-password", "explains", "resolves", "tone")
CHANNELS = ("chat", "email", "ticket")
SLA = {"chat": 60.0, "email": 86400.0, "ticket": 14400.0}


def catalog() -> Catalog:
    return Catalog(
        scenario_titles={s: f"Scenario {s}" for s, _, _ in SCENARIOS},
        scenario_languages={**{s: lang for s, _, lang in SCENARIOS}, "exam:cert-en": "en"},
        sop_titles={s: s.replace("-", " ").title() for s in SOPS},
        criterion_titles={(s, c): c.title() for s in SOPS for c in CRITERIA},
        exam_titles={"cert-en": "Certification"},
    )


def _grade(rng: random.Random) -> dict[str, Any]:
    criteria = []
    for cid in CRITERIA:
        applicable = cid != "tone" or rng.random() < 0.5
        criteria.append(
            {
                "id": cid,
                "title": cid.title(),
                "passed": rng.random() < 0.75,
                "applicable": applicable,
                "weight": 10.0,
                "critical": cid == "never-ask-password",
                "evidence": [
                    {"type": "reply", "at_s": 31.5, "text": "مرحبا، كيف يمكنني المساعدة؟"}
                ],
            }
        )
    won = sum(c["weight"] for c in criteria if c["applicable"] and c["passed"])
    total = sum(c["weight"] for c in criteria if c["applicable"])
    score = round(100 * won / total, 2)
    return {"score": score, "passed": score >= 70, "pass_mark": 70.0, "criteria": criteria}


def _metrics(rng: random.Random) -> dict[str, Any]:
    threads = {}
    for i in range(rng.randint(1, 3)):
        ch = rng.choice(CHANNELS)
        first = None if rng.random() < 0.05 else round(rng.expovariate(1 / 90), 3)
        threads[f"t{i}"] = {
            "channel": ch, "status": "solved", "first_response_s": first, "handle_s": 300.0,
            "sla_breached": first is None or first > SLA[ch], "sla_target_s": SLA[ch],
            "first_user_at_s": 10.0, "user_messages": 2, "replies": 3, "reopened": 0,
            "first_touch_resolution": True,
        }  # fmt: skip
    return {"threads": threads, "max_waiting": 2, "wpm": 38.5, "duration_s": 900.0}


TRANSCRIPT = [
    {
        "at_s": i * 20.0,
        "who": "customer" if i % 2 else "agent",
        "text": "شكرا لتواصلك. I am looking into your account now.",
    }
    for i in range(10)
]


class Seeder:
    """Rows with their real chain links, written in batches."""

    def __init__(self, db: DbSession) -> None:
        self.db = db
        head = db.get(ChainHeadRow, chain.HEAD_ID)
        assert head is not None
        self.head = head
        self.seq, self.prev = head.seq, head.hash
        self.rows: dict[type, list[dict[str, Any]]] = {
            AttemptRow: [],
            ResultRow: [],
            OverrideRow: [],
        }
        self.ids = {AttemptRow: 0, ResultRow: 0, OverrideRow: 0}

    def add(self, model: type, **values: Any) -> int:
        self.ids[model] += 1
        row = model(id=self.ids[model], **values)
        self.seq += 1
        row.chain_seq, row.chain_hash = self.seq, chain.link_hash(self.prev, chain.row_payload(row))
        self.prev = row.chain_hash
        self.rows[model].append({c.key: getattr(row, c.key) for c in row.__table__.columns})
        if len(self.rows[model]) >= 5000:
            self.flush()
        return self.ids[model]

    def attempt(self, person: int, sid: str, sop: str, mode: str, at: dt.datetime) -> int:
        return self.add(AttemptRow, person_id=person, scenario_id=sid, scenario_sha256="a" * 64,
                        sop_id=sop, sop_version=1, seed=7, mode=mode, started_at=at)  # fmt: skip

    def result(self, aid: int, ended: dt.datetime, grade: dict[str, Any], metrics: Any) -> None:
        self.add(ResultRow, attempt_id=aid, ended_at=ended, score=grade["score"],
                 passed=grade["passed"], grade=grade, transcript=TRANSCRIPT, metrics=metrics,
                 events_count=0, events_hash=None)  # fmt: skip

    def flush(self) -> None:
        for model in (AttemptRow, ResultRow, OverrideRow):  # parents first
            if self.rows[model]:
                self.db.execute(insert(model), self.rows[model])
                self.rows[model] = []

    def close(self) -> None:
        self.flush()
        self.head.seq, self.head.hash = self.seq, self.prev


def seed(store: Store, counted: int) -> None:
    rng = random.Random(16)
    with DbSession(store.engine) as db, db.begin():
        db.execute(
            insert(PersonRow),
            [
                {
                    "id": 1000 + i,
                    "name": f"trainee{i:04d}",
                    "display_name": f"متدرب {i}",
                    "role": "trainee",
                    "language": "ar" if i % 2 else "en",
                    "password_hash": None,
                    "created_at": T0,
                    "settings": {},
                }
                for i in range(TRAINEES)
            ],
        )
        db.execute(insert(CohortRow), [{"id": 1000, "name": "Benchmark", "created_at": T0}])
        db.execute(
            insert(CohortMemberRow),
            [{"cohort_id": 1000, "person_id": p} for p in (1, *range(1000, 1000 + TRAINEES))],
        )
        s = Seeder(db)
        for i in range(counted):
            person = 1000 + i % TRAINEES
            started = T0 + dt.timedelta(minutes=5 * i + rng.randint(0, 4))
            if i % SITTING_SHARE == 0:
                _sitting(s, rng, person, started)
                continue
            sid, sop, _ = SCENARIOS[i % len(SCENARIOS)]
            aid = s.attempt(person, sid, sop, "practice", started)
            if rng.random() < 0.02:
                continue  # unfinished
            grade = _grade(rng)
            s.result(aid, started + dt.timedelta(minutes=15), grade, _metrics(rng))
            if rng.random() < 0.03:
                crit = rng.choice([None, "verifies"])
                s.add(
                    OverrideRow,
                    attempt_id=aid,
                    trainer_id=1,
                    at=started + dt.timedelta(days=1),
                    passed=rng.random() < 0.7,
                    score=None,
                    criterion_id=crit,
                    reason="reviewed",
                )
        s.close()
        if db.get_bind().dialect.name == "postgresql":  # explicit ids: move the sequences on
            for table in ("people", "cohorts", "attempts", "results", "overrides"):
                db.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                )
            # A store of 100,000 attempts has planner statistics (autovacuum): so here.
            db.execute(text("ANALYZE"))


def _sitting(s: Seeder, rng: random.Random, person: int, started: dt.datetime) -> None:
    sitting = s.attempt(person, "exam:cert-en", "exam", "exam", started)
    items = []
    for k in range(3):
        sid, sop, _ = SCENARIOS[k * 4]
        aid = s.attempt(person, sid, sop, "exam", started)
        grade = _grade(rng)
        s.result(aid, started, grade, _metrics(rng))
        items.append({"index": k, "scenario": sid, "score": grade["score"], "attempt_id": aid})
    if rng.random() < 0.05:
        return  # unfinished
    score = round(sum(i["score"] for i in items) / 3, 2)
    grade = {
        "score": score,
        "passed": score >= 70,
        "items": items,
        "review_required": rng.random() < 0.3,
        "title": {"en": "Certification", "ar": "الشهادة"},
    }
    s.result(sitting, started + dt.timedelta(minutes=50), grade, {"elapsed_s": 3000.0})


def _timed(run: Callable[[], Any]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def measure(
    url: str, name: str, counted: int, folder: Path
) -> list[tuple[str, str, float, float | None]]:
    store = open_store(url)
    try:
        store.create_person("trainer", "trainer", password=PASSWORD)
        t = _timed(lambda: seed(store, counted))
        print(f"{name}: seeded {counted:,} counted attempts in {t:.1f} s", file=sys.stderr)
        trainer = store.authenticate("trainer", PASSWORD)
        query, cat = ReportQuery(1000), catalog()
        now = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)

        def report() -> Any:
            return build_report(store, query, cat, now=now, requester=trainer)

        first = _timed(report)
        times = [_timed(report) for _ in range(5)]
        r = report()
        assert r.finished > counted * 0.9, r.finished
        line = next(attempt_lines(store, query, cat, requester=trainer))
        store.add_override(line.attempt_id, trainer.id, passed=True, reason="one more")
        after = _timed(report)
        csv_path = folder / f"attempts-{name}.csv"

        def export() -> None:
            with csv_path.open("w", encoding="utf-8", newline="") as out:
                write_csv(attempt_lines(store, query, cat, requester=trainer), out, "attempts")

        csv_s = _timed(export)
        lines = sum(1 for _ in csv_path.open(encoding="utf-8")) - 1
        assert lines == r.finished, (lines, r.finished)
        return [
            (name, "first report (fills the report tables)", first, None),
            (
                name,
                f"build_report, median of 5 ({r.finished:,} finished)",
                statistics.median(times),
                REPORT_TARGET_S,
            ),
            (name, "build_report after one more override", after, REPORT_TARGET_S),
            (name, f"CSV export, attempts ({lines:,} rows)", csv_s, CSV_TARGET_S),
        ]
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=100_000, help="counted attempts")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="frontline-bench-") as tmp:  # removed after
        rows = _run(args, Path(tmp))
    return _print(rows)


def _run(args: argparse.Namespace, folder: Path) -> list[tuple[str, str, float, float | None]]:
    os.environ.setdefault("SIMULATOR_DATA_DIR", str(folder))
    rows = []
    if not args.skip_sqlite:
        rows += measure(f"sqlite:///{folder / 'bench.db'}", "sqlite", args.attempts, folder)
    if not args.skip_postgres:
        import psycopg

        schema = f"bench_reports_{secrets.token_hex(4)}"
        conninfo = make_url(PG_URL).set(drivername="postgresql")
        admin = psycopg.connect(conninfo.render_as_string(hide_password=False), autocommit=True)
        admin.execute(f'CREATE SCHEMA "{schema}"')
        try:
            url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
            rows += measure(
                url.render_as_string(hide_password=False), "postgresql", args.attempts, folder
            )
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
            admin.close()
    return rows


def _print(rows: list[tuple[str, str, float, float | None]]) -> int:
    ok = True
    print(f"{'database':<11} {'measure':<52} {'seconds':>8}  target")
    for db, what, seconds, target in rows:
        verdict = "" if target is None else ("ok" if seconds < target else "MISSED")
        ok &= verdict != "MISSED"
        shown = "" if target is None else f"< {target:g} s {verdict}"
        print(f"{db:<11} {what:<52} {seconds:>8.3f}  {shown}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
