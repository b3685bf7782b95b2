"""Keeping the report tables (``simulator.store.report_tables``) up to date.

Before a report the store brings them up to the newest link of the chain: attempts
started, results stored, overrides and resolutions added since the last sync
(``report_sync.seq``) have their attempts' rows rewritten. Writers append to the chain
one at a time in link order, so every row at or below the head that was read is there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import delete, insert, or_, select, text
from sqlalchemy.orm import Session as DbSession

from simulator.grading.verdict import FinalVerdict, awaits_confirmation, final_verdict
from simulator.store.models import (
    SITTING_PREFIX,
    AttemptRow,
    ChainHeadRow,
    OverrideResolutionRow,
    OverrideRow,
    ResultRow,
)
from simulator.store.report_tables import (
    ReportCriteriaSetRow,
    ReportFactRow,
    ReportSyncRow,
    ReportThreadRow,
)

SYNC_ID = 1
_CHUNK = 500
ANALYZE_AFTER = 5000  # attempts rewritten in one sync: then fresh planner statistics
# Any number, the same for every Frontline: workstations syncing at once take turns.
_PG_SYNC_LOCK = 7_420_131


def head_seq(db: DbSession) -> int:
    return int(db.scalar(select(ChainHeadRow.seq)) or 0)


def synced_seq(db: DbSession) -> int:
    return int(db.scalar(select(ReportSyncRow.seq).where(ReportSyncRow.id == SYNC_ID)) or 0)


def sync(db: DbSession) -> int:
    """Bring the report tables up to the chain's head inside the caller's write
    transaction; the number of attempts whose rows were rewritten."""
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_SYNC_LOCK})
    mark, head = synced_seq(db), head_seq(db)
    if head <= mark:
        return 0
    window = (mark, head)
    touched: set[int] = set()
    for model, column in (
        (AttemptRow, AttemptRow.id),
        (ResultRow, ResultRow.attempt_id),
        (OverrideRow, OverrideRow.attempt_id),
        (OverrideResolutionRow, OverrideResolutionRow.attempt_id),
    ):
        touched.update(
            db.scalars(select(column).where(model.chain_seq > window[0], model.chain_seq <= head))
        )
    ids = sorted(touched)
    sets = CriteriaSets(db)
    for start in range(0, len(ids), _CHUNK):
        _rewrite(db, ids[start : start + _CHUNK], sets)
    if db.get(ReportSyncRow, SYNC_ID) is None:
        db.execute(insert(ReportSyncRow).values(id=SYNC_ID, seq=head))
    else:
        db.execute(
            ReportSyncRow.__table__.update()  # type: ignore[attr-defined]
            .where(ReportSyncRow.id == SYNC_ID)
            .values(seq=head)
        )
    return len(ids)


def _counted(scenario_id: str, mode: str) -> bool:
    """A practice attempt or an exam sitting; an exam's items are no attempts of their own."""
    return mode != "exam" or scenario_id.startswith(SITTING_PREFIX)


class CriteriaSets:
    """The ids of criteria sets (``ReportCriteriaSetRow``), adding the new ones."""

    def __init__(self, db: DbSession) -> None:
        self.db = db
        rows = db.execute(select(ReportCriteriaSetRow.key_hash, ReportCriteriaSetRow.id)).all()
        self.known: dict[str, int] = {str(h): int(i) for h, i in rows}

    def id_of(self, key: str) -> int:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()
        found = self.known.get(digest)
        if found is None:
            found = self.db.execute(
                insert(ReportCriteriaSetRow)
                .values(key_hash=digest, key=key)
                .returning(ReportCriteriaSetRow.id)
            ).scalar_one()
            self.known[digest] = found
        return int(found)


def criteria_key(criteria: Iterable[Mapping[str, Any]]) -> str | None:
    """The applicable criteria as they count: ``+id`` met, ``-id`` not, one per line."""
    found: dict[str, bool] = {}
    for c in criteria:
        cid = c.get("id")
        if isinstance(cid, str) and c.get("applicable", True):
            found[" ".join(cid.split())] = bool(c.get("passed"))
    if not found:
        return None
    return "\n".join(("+" if ok else "-") + cid for cid, ok in sorted(found.items()))


def parse_criteria_key(key: str) -> list[tuple[str, bool]]:
    return [(line[1:], line[0] == "+") for line in key.split("\n") if line]


def _rewrite(db: DbSession, ids: Sequence[int], sets: CriteriaSets) -> None:
    for model in (ReportFactRow, ReportThreadRow):
        db.execute(delete(model).where(model.attempt_id.in_(ids)))
    rows = db.execute(
        select(
            AttemptRow.id,
            AttemptRow.person_id,
            AttemptRow.scenario_id,
            AttemptRow.sop_id,
            AttemptRow.mode,
            AttemptRow.started_at,
            ResultRow.ended_at,
            ResultRow.grade,
            ResultRow.metrics,
        )
        .outerjoin(ResultRow, ResultRow.attempt_id == AttemptRow.id)
        .where(AttemptRow.id.in_(ids))
        .where(or_(AttemptRow.mode != "exam", AttemptRow.scenario_id.startswith(SITTING_PREFIX)))
    ).all()
    if not rows:
        return
    overrides: dict[int, list[Any]] = {}
    for o in db.scalars(
        select(OverrideRow).where(OverrideRow.attempt_id.in_(ids)).order_by(OverrideRow.id)
    ):
        overrides.setdefault(o.attempt_id, []).append(o)
    resolutions: dict[int, list[Any]] = {}
    for r in db.scalars(
        select(OverrideResolutionRow)
        .where(OverrideResolutionRow.attempt_id.in_(ids))
        .order_by(OverrideResolutionRow.id)
    ):
        resolutions.setdefault(r.attempt_id, []).append(r)
    facts: list[dict[str, Any]] = []
    threads: list[dict[str, Any]] = []
    for aid, pid, scenario, sop, mode, started, ended, grade, metrics in rows:
        if not _counted(scenario, mode):  # pragma: no cover - the query leaves them out
            continue
        day = started.date()
        base = {
            "attempt_id": aid,
            "person_id": pid,
            "started_day": day,
            "scenario_id": scenario,
            "sop_id": sop,
        }
        if grade is None:
            facts.append(_unfinished(base, mode, started))
            continue
        ovr = overrides.get(aid, [])
        final = final_verdict(dict(grade), ovr, resolutions.get(aid, ()))
        fact = _finished(base, mode, started, ended, grade, final, ovr)
        key = criteria_key(final.criteria)
        fact["criteria_set"] = None if key is None else sets.id_of(key)
        facts.append(fact)
        threads.extend(_threads(base, metrics))
    db.execute(insert(ReportFactRow), facts)
    if threads:
        db.execute(insert(ReportThreadRow), threads)


def _week(day: dt.date) -> int:
    """The ISO week, as the ordinal of its Monday."""
    return (day - dt.timedelta(days=day.weekday())).toordinal()


def _unfinished(base: dict[str, Any], mode: str, started: dt.datetime) -> dict[str, Any]:
    scenario = str(base["scenario_id"])
    return {
        **base,
        "mode": mode,
        "sitting": mode == "exam" and scenario.startswith(SITTING_PREFIX),
        "started_at": started,
        "week": _week(base["started_day"]),
        "finished": False,
        "ended_at": None,
        "score": None,
        "passed": None,
        "score_bin": None,
        "auto_score": None,
        "auto_passed": None,
        "status": None,
        "pending_review": False,
        "criteria_set": None,
    }


def score_bin(score: float | None) -> int | None:
    if score is None:
        return None
    return max(0, min(9, int(score // 10)))


def _finished(
    base: dict[str, Any],
    mode: str,
    started: dt.datetime,
    ended: dt.datetime,
    grade: Mapping[str, Any],
    final: FinalVerdict,
    overrides: Iterable[Any],
) -> dict[str, Any]:
    out = _unfinished(base, mode, started)
    pending = bool(out["sitting"] and final.passed and awaits_confirmation(grade, overrides))
    out.update(
        finished=True,
        ended_at=ended,
        score=final.score,
        passed=final.passed,
        score_bin=score_bin(final.score),
        auto_score=final.automatic_score,
        auto_passed=final.automatic_passed,
        status=final.status,
        pending_review=pending,
    )
    return out


def _threads(base: dict[str, Any], metrics: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    found = (metrics or {}).get("threads")
    if not isinstance(found, Mapping):
        return []
    out = []
    for tid, m in found.items():
        if not isinstance(m, Mapping) or not isinstance(m.get("channel"), str):
            continue
        first = m.get("first_response_s")
        first = float(first) if isinstance(first, int | float) else None
        has_sla = isinstance(m.get("sla_target_s"), int | float)
        out.append(
            {
                **base,
                "thread_id": str(tid)[:200],
                "channel": str(m["channel"])[:16],
                "first_response_s": first,
                "first_response_whole_s": None if first is None else round(first),
                "has_sla": has_sla,
                "sla_breached": has_sla and bool(m.get("sla_breached")),
            }
        )
    return out


def pending_links(db: DbSession) -> int:
    """How many links the report tables are behind (0: up to date)."""
    return max(0, head_seq(db) - synced_seq(db))
