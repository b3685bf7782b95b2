"""The hash chains over append-only rows, and the audit that checks them.

Every attempt, result, override and exposure gets the next number in one global chain
(``chain_seq``) and ``chain_hash = sha256(previous hash + canonical JSON of the row)``.
The ``chain_head`` row holds the last link; writers lock it, so links never fork.
Events, the hot path, are chained per attempt instead: event 1 links to its attempt's
hash, event n to event n-1; a result seals the count and last hash of its events.
See docs/store.md for what the audit can and cannot detect.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import heapq
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Float,
    Integer,
    Table,
    bindparam,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session as DbSession

from simulator.store.models import CHAINED, AttemptRow, Chained, ChainHeadRow, EventRow, ResultRow

GENESIS = "0" * 64
HEAD_ID = 1
MAX_PROBLEMS = 100


@dataclass(frozen=True)
class AuditProblem:
    """One broken link: the table and row (None when the row is gone) and what is wrong."""

    table: str
    row_id: int | None
    chain_seq: int | None
    what: str

    def __str__(self) -> str:
        where = f"{self.table} row {self.row_id}" if self.row_id is not None else self.table
        seq = f" (link {self.chain_seq})" if self.chain_seq is not None else ""
        return f"{where}{seq}: {self.what}"


def _plain(value: Any, column_type: Any) -> Any:
    """A column value as it reads back from either database, for hashing."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(column_type, Boolean):
        return bool(value)
    if isinstance(column_type, Float):
        return float(value)
    if isinstance(column_type, Integer):
        return int(value)
    if isinstance(column_type, JSON):
        return json.loads(canonical(value))
    return value


def canonical(value: Any) -> bytes:
    """Canonical JSON: sorted keys, no spaces, UTF-8, no NaN."""
    text = json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


def row_payload(row: Chained) -> dict[str, Any]:
    """What is hashed of a row: its table name and every column but the hash."""
    table = row.__table__  # type: ignore[attr-defined]
    payload: dict[str, Any] = {"table": table.name}
    for column in table.columns:
        value = getattr(row, column.key)
        if column.name == "chain_hash" or (value is None and column.name in ADDED_LATER):
            continue
        if column.name == "id" and table.name == "events" and row.chain_seq is None:
            continue  # an event is known by (attempt_id, seq); hashing before the insert
        payload[column.name] = _plain(value, column.type)
    return payload


def event_payload(
    attempt_id: int, seq: int, at_s: float, kind: str, data: dict[str, Any]
) -> dict[str, Any]:
    """``row_payload`` of a new event with these values, without building an ``EventRow``
    (the PostgreSQL fast path in ``simulator.store.eventlog``; a test checks they agree)."""
    return {
        "table": "events",
        "attempt_id": int(attempt_id),
        "seq": int(seq),
        "at_s": float(at_s),
        "kind": kind,
        "data": _plain(data, _JSON),
        "chain_seq": None,
    }


_JSON = JSON()

# Nullable columns added by later migrations: left out of the hashed JSON while empty,
# so that rows sealed before they existed still check.
ADDED_LATER = frozenset({"events_count", "events_hash"})


def link_hash(previous: str, payload: dict[str, Any]) -> str:
    return hashlib.sha256(previous.encode("ascii") + b"\n" + canonical(payload)).hexdigest()


def append(db: DbSession, row: Chained) -> None:
    """Insert ``row`` and seal it as the next link (call inside a write transaction).

    Prepared Core statements rather than the ORM's unit of work: this runs for every
    reply, and the ORM's bookkeeping cost more than the database did. ``row`` gets its
    id and chain columns set; it is not added to ``db``.
    """
    table: Table = row.__table__  # type: ignore[attr-defined]
    insert_stmt, seal_stmt = _statements(table)
    conn = db.connection()
    seq, previous = conn.execute(_LOCK_HEAD).one()
    values = {c.key: getattr(row, c.key) for c in table.columns if c.key not in _SET_HERE}
    new_id = conn.execute(insert_stmt, values).scalar_one()
    row.id = new_id  # type: ignore[attr-defined]
    row.chain_seq = seq + 1
    row.chain_hash = link_hash(previous, row_payload(row))
    conn.execute(seal_stmt, {"row_id": new_id, "s": row.chain_seq, "h": row.chain_hash})
    conn.execute(_MOVE_HEAD, {"s": row.chain_seq, "h": row.chain_hash})


def append_event(conn: Connection, row: EventRow, previous: str) -> None:
    """Insert an event sealed to ``previous`` (the attempt's or the last event's hash).

    One INSERT: the hash covers (attempt_id, seq) and the content, not the id, so it is
    known before the row is written. The caller holds the attempt's row lock, so an
    attempt's events never fork."""
    table: Table = EventRow.__table__  # type: ignore[assignment]
    insert_stmt, _ = _statements(table)
    row.chain_seq = None
    row.chain_hash = link_hash(previous, row_payload(row))
    values = {c.key: getattr(row, c.key) for c in table.columns if c.key != "id"}
    row.id = conn.execute(insert_stmt, values).scalar_one()


_SET_HERE = ("id", "chain_seq", "chain_hash")
_HEAD: Table = ChainHeadRow.__table__  # type: ignore[assignment]
_LOCK_HEAD = select(_HEAD.c.seq, _HEAD.c.hash).where(_HEAD.c.id == HEAD_ID).with_for_update()
_MOVE_HEAD = (
    update(_HEAD).where(_HEAD.c.id == HEAD_ID).values(seq=bindparam("s"), hash=bindparam("h"))
)


@functools.cache
def _statements(table: Table) -> tuple[Any, Any]:
    """The insert (returning the id) and the sealing update of a chained table."""
    insert_stmt = insert(table).returning(table.c.id)
    seal = (
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values(chain_seq=bindparam("s"), chain_hash=bindparam("h"))
    )
    return insert_stmt, seal


def _sealed_rows(db: DbSession, model: type[Chained], legacy: bool = False) -> Iterator[Chained]:
    stmt = select(model).order_by(model.chain_seq).execution_options(yield_per=2000)
    if legacy:  # events written under schema 0001 were links of the global chain
        stmt = stmt.where(model.chain_seq.is_not(None))
    for row in db.scalars(stmt):
        yield row
        db.expunge(row)


def audit(db: DbSession) -> list[AuditProblem]:
    """Walk the chain in order and report every link that does not hold (first first)."""
    problems: list[AuditProblem] = []
    prev_seq, prev_hash = 0, GENESIS
    streams = [_sealed_rows(db, model) for model in CHAINED]
    streams.append(_sealed_rows(db, EventRow, legacy=True))
    for row in heapq.merge(*streams, key=lambda r: r.chain_seq or 0):
        if len(problems) >= MAX_PROBLEMS:
            break
        table = row.__table__.name  # type: ignore[attr-defined]
        row_id = row.id  # type: ignore[attr-defined]
        if row.chain_seq is None or row.chain_hash is None:
            problems.append(AuditProblem(table, row_id, None, "row is not sealed in the chain"))
            continue
        if row.chain_seq != prev_seq + 1:
            gone = row.chain_seq - prev_seq - 1
            what = (
                f"{gone} earlier row(s) (links {prev_seq + 1}..{row.chain_seq - 1}) "
                "were deleted or renumbered"
                if gone > 0
                else "link number repeats or goes back: rows were renumbered"
            )
            problems.append(AuditProblem(table, row_id, row.chain_seq, what))
        elif link_hash(prev_hash, row_payload(row)) != row.chain_hash:
            problems.append(
                AuditProblem(
                    table,
                    row_id,
                    row.chain_seq,
                    "row was changed after it was written "
                    "(its hash does not match its content and the link before it)",
                )
            )
        prev_seq, prev_hash = row.chain_seq, row.chain_hash
    head = db.get(ChainHeadRow, HEAD_ID)
    if head is None:
        problems.append(AuditProblem("chain_head", None, None, "the chain head row is missing"))
    elif len(problems) < MAX_PROBLEMS and (head.seq, head.hash) != (prev_seq, prev_hash):
        what = (
            f"the last {head.seq - prev_seq} row(s) (links {prev_seq + 1}..{head.seq}) were deleted"
            if head.seq > prev_seq
            else "the chain head does not match the last row: it or the last rows were edited"
        )
        problems.append(AuditProblem("chain_head", HEAD_ID, head.seq, what))
    if len(problems) < MAX_PROBLEMS:
        problems += _audit_events(db)[: MAX_PROBLEMS - len(problems)]
    return problems


def _audit_events(db: DbSession) -> list[AuditProblem]:
    """Each attempt's events: numbered 1..n, each linked to the one before, and as many
    (ending in the same hash) as the attempt's result sealed."""
    problems: list[AuditProblem] = []
    starts = {aid: h for aid, h in db.execute(select(AttemptRow.id, AttemptRow.chain_hash))}
    r = ResultRow
    sealed = {
        aid: (rid, count, last)
        for rid, aid, count, last in db.execute(
            select(r.id, r.attempt_id, r.events_count, r.events_hash)
        )
    }
    seen: dict[int, tuple[int, str | None]] = {}  # attempt -> (events, last hash)
    stmt = (
        select(EventRow)
        .order_by(EventRow.attempt_id, EventRow.seq)
        .execution_options(yield_per=5000)
    )
    attempt_id, expected, previous = None, 1, GENESIS
    for ev in db.scalars(stmt):
        if len(problems) >= MAX_PROBLEMS:
            return problems
        if ev.attempt_id != attempt_id:
            attempt_id, expected = ev.attempt_id, 1
            previous = starts.get(ev.attempt_id) or GENESIS
        where = f"event {ev.seq} of attempt {ev.attempt_id}"
        legacy = ev.chain_seq is not None  # checked in the global chain
        if ev.seq != expected:
            what = (
                f"{where}: events {expected}..{ev.seq - 1} before it were deleted"
                if ev.seq > expected
                else f"{where}: event numbers repeat or go back (renumbered)"
            )
            problems.append(AuditProblem("events", ev.id, None, what))
        elif not legacy and link_hash(previous, row_payload(ev)) != ev.chain_hash:
            problems.append(
                AuditProblem(
                    "events",
                    ev.id,
                    None,
                    f"{where} was changed after it was written "
                    "(its hash does not match its content and the event before it)",
                )
            )
        expected, previous = ev.seq + 1, ev.chain_hash or ""
        seen[ev.attempt_id] = (ev.seq, ev.chain_hash)
        db.expunge(ev)
    for aid, (rid, count, last) in sorted(sealed.items()):
        if count is not None and seen.get(aid, (0, None)) != (count, last):
            held = seen.get(aid, (0, None))[0]
            problems.append(
                AuditProblem(
                    "results",
                    rid,
                    None,
                    f"attempt {aid} ended with {count} event(s); the store holds {held} "
                    "or their last one differs: events were deleted or changed",
                )
            )
    return problems
