"""Exam sittings: started under the exam's attempt rules, timed by the store's clock,
saved as they happen, resumed after a crash, settled when their time ran out while the
app was closed, and finished.

A sitting is an attempt with mode ``exam`` and scenario id ``exam:<exam id>`` (sha256 of
the exam file, ``sop_version`` = the exam's version, the sitting's seed, ``started_at``
from the store's clock). Its events are the sitting log (begin, item-start, item-end,
swap, pause, resume, time-up; ``at_s`` in exam seconds). Each item is its own ``exam``
attempt, linked from the log by ``attempt_id``, every input committed as it happens
(``simulator.attempts.sessions``). The verdict is the sitting attempt's result, sealed
in the hash chain. See docs/exams.md.

**Time.** Exam time is wall time: seconds since ``started_at`` by the store's clock (on
PostgreSQL the server's ``now()``), carried on between two readings by the monotonic
clock the caller injects, less only the pauses the rules allow (``ExamClock``). Time
while the app is closed, crashed or signed out counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator.attempts.sessions import (
    file_sha256,
    finish_session,
    resume_session,
    start_session,
)
from simulator.clock import Clock, Since
from simulator.content.library import Library, load_library
from simulator.content.model import SOP, Scenario
from simulator.engine import Session
from simulator.errors import StoreError
from simulator.exams.definition import (
    SITTING_PREFIX,
    ExamDef,
    is_sitting,
    load_exam,
    sittings_for,
)
from simulator.exams.examclock import PauseSpan
from simulator.exams.sitting import ExamSitting, PendingItem, pause_spans
from simulator.exams.verdict import ItemResult, critical_failed
from simulator.grading.verdict import needs_review
from simulator.paths import library_dir
from simulator.store.records import Attempt, Result, StoredEvent
from simulator.store.store import Store

__all__ = [
    "SITTING_PREFIX",
    "MayStart",
    "finish_sitting",
    "is_sitting",
    "may_start",
    "resume_sitting",
    "settle_expired",
    "sittings_for",
    "start_sitting",
    "time_left",
    "unfinished_sittings",
]

SITTING_SOP = "exam"


class StoreRecorder:
    """Saves a sitting's items and log as they happen."""

    def __init__(self, store: Store, person_id: int, sitting_id: int) -> None:
        self.store, self.person_id, self.sitting_id = store, person_id, sitting_id

    def start_item(
        self, scenario: Scenario, sop: SOP | None, seed: int, clock: Clock
    ) -> tuple[Session, int | None]:
        attempt, session = start_session(
            self.store,
            self.person_id,
            scenario,
            sop,
            seed=seed,
            clock=clock,
            started_at=self.store.now(),
            mode="exam",
        )
        return session, attempt.id

    def end_item(self, attempt_id: int | None, session: Session) -> None:
        if attempt_id is not None:
            finish_session(self.store, attempt_id, session, ended_at=self.store.now())

    def log(self, entry: Mapping[str, Any]) -> None:
        self.store.save_event(self.sitting_id, entry)


# ---------------------------------------------------------------------- attempt rules
@dataclass(frozen=True)
class MayStart:
    """Whether a person may start a sitting of an exam now, and if not, why."""

    ok: bool
    code: str = ""  # open | max-attempts | cooldown
    reason: str = ""
    used: int = 0  # sittings started so far
    allowed: int | None = None  # the exam's max_attempts
    next_at: dt.datetime | None = None  # cooldown: the earliest next start


def _sittings_of(store: Store, person_id: int, exam_id: str) -> list[Attempt]:
    return [a for a in sittings_for(store, person_id) if a.scenario_id == SITTING_PREFIX + exam_id]


def may_start(store: Store, person_id: int, exam: ExamDef, now: dt.datetime) -> MayStart:
    """The exam's attempt rules (one open sitting at a time, ``max_attempts``,
    ``cooldown``) for this person at ``now`` (the store's clock)."""
    earlier = _sittings_of(store, person_id, exam.id)
    used, allowed = len(earlier), exam.max_attempts
    if any(not a.finished for a in earlier):
        return MayStart(
            False, "open", "a sitting of this exam is still open: resume it", used, allowed
        )
    if allowed is not None and used >= allowed:
        reason = f"all {allowed} sittings allowed for this exam have been used"
        return MayStart(False, "max-attempts", reason, used, allowed)
    ended = [a.ended_at for a in earlier if a.ended_at is not None]
    if exam.cooldown_s > 0 and ended:
        next_at = max(ended) + dt.timedelta(seconds=exam.cooldown_s)
        if now < next_at:
            reason = f"the next sitting may start at {next_at.isoformat(timespec='minutes')}"
            return MayStart(False, "cooldown", reason, used, allowed, next_at)
    return MayStart(True, used=used, allowed=allowed)


def seen_items(store: Store, person_id: int, exam_id: str) -> frozenset[str]:
    """Scenarios this person played in earlier sittings of the exam."""
    seen: set[str] = set()
    for a in _sittings_of(store, person_id, exam_id):
        seen.update(
            str(e.data.get("scenario")) for e in store.events_for(a.id) if e.kind == "item-start"
        )
    return frozenset(seen)


def extra_time(store: Store, person_id: int, exam_id: str) -> float:
    """Seconds of extra time this person has on the exam (the sum of accommodations)."""
    return sum(a.extra_s for a in store.accommodations_for(person_id, exam_id))


# ---------------------------------------------------------------------- the lifecycle
def start_sitting(
    store: Store,
    person_id: int,
    exam: ExamDef,
    *,
    seed: int,
    clock: Clock,
    started_at: dt.datetime | None = None,
    library: Library | None = None,
) -> ExamSitting:
    """Record a new sitting under the exam's rules and return it; everything it does is
    saved as it happens. ``clock`` is a running monotonic clock (seconds); the sitting's
    time counts from ``started_at`` (default: the store's clock now)."""
    if exam.path is None:
        raise StoreError(f"exam {exam.id}", "has no file, so it cannot be stored")
    started_at = started_at or store.server_now()
    rules = may_start(store, person_id, exam, started_at)
    if not rules.ok:
        raise StoreError(f"exam {exam.id}", rules.reason)
    lib = library if library is not None else load_library(exam.library_root)
    # Drawn before anything is stored: an exam that cannot be drawn stores nothing.
    sitting = ExamSitting(
        exam,
        lib,
        seed=seed,
        clock=Since(clock),
        extra_s=extra_time(store, person_id, exam.id),
        seen=seen_items(store, person_id, exam.id),
    )
    attempt = store.start_attempt(
        person_id,
        scenario_id=SITTING_PREFIX + exam.id,
        scenario_sha256=file_sha256(exam.path),
        sop_id=SITTING_SOP,
        sop_version=exam.version,
        seed=seed,
        mode="exam",
        started_at=started_at,
    )
    sitting.recorder = StoreRecorder(store, person_id, attempt.id)
    sitting.sitting_id = attempt.id
    sitting.begin()
    return sitting


def _exam_of(attempt: Attempt, exam_path: Path | None) -> ExamDef:
    exam_id = attempt.scenario_id.removeprefix(SITTING_PREFIX)
    path = exam_path or library_dir() / "exams" / f"{exam_id}.yaml"
    exam = load_exam(path)
    if exam.id != exam_id:
        raise StoreError(f"sitting {attempt.id}", f"{path} is exam {exam.id!r}, not {exam_id!r}")
    if file_sha256(path) != attempt.scenario_sha256:
        raise StoreError(
            f"sitting {attempt.id}",
            f"the exam file {path} changed since the sitting started; it cannot be resumed",
        )
    return exam


def _log_of(store: Store, sitting_id: int) -> list[dict[str, Any]]:
    return [{**e.data, "kind": e.kind, "at_s": e.at_s} for e in store.events_for(sitting_id)]


def _wall_timed(entries: list[dict[str, Any]]) -> bool:
    """Whether a log was written with wall time (sittings started before it was not)."""
    return any(e["kind"] == "begin" and e.get("clock") == "wall" for e in entries)


def _running_item_s(store: Store, entries: list[dict[str, Any]]) -> float:
    """The latest exam time stored: the log, or a running item's last event."""
    used = max((float(e["at_s"]) for e in entries), default=0.0)
    started: dict[int, tuple[float, int | None]] = {}
    for e in entries:
        if e["kind"] == "item-start":
            started[int(e.get("index", -1))] = (float(e["at_s"]), e.get("attempt_id"))
        elif e["kind"] == "item-end":
            started.pop(int(e.get("index", -1)), None)
    for start, attempt_id in started.values():
        if attempt_id is not None:
            events: list[StoredEvent] = store.events_for(int(attempt_id))
            used = max(used, start + max((x.at_s for x in events), default=0.0))
    return used


def _wall_s(store: Store, attempt: Attempt, entries: list[dict[str, Any]]) -> float:
    """Wall seconds since the sitting started, by the store's clock; never less than the
    latest stored time (exam seconds plus the pauses credited before it: every closed
    pause is logged before that time), so a clock set back gains nothing."""
    since = (store.server_now() - attempt.started_at).total_seconds()
    credited = _credited(pause_spans(entries), _allowance(entries))
    return max(since, _running_item_s(store, entries) + credited)


def _allowance(entries: list[dict[str, Any]]) -> float:
    begin = next((e for e in entries if e["kind"] == "begin"), {})
    return float(begin.get("allowance_s") or 0.0)


def _credited(spans: list[PauseSpan], allowance_s: float) -> float:
    """Paused seconds that do not count: free ones, and capped ones up to the allowance."""
    free = sum(s.seconds for s in spans if not s.capped)
    return free + min(sum(s.seconds for s in spans if s.capped), allowance_s)


def time_left(store: Store, attempt: Attempt, exam: ExamDef) -> float:
    """Seconds an unfinished sitting has left now (0 when its time ran out)."""
    entries = _log_of(store, attempt.id)
    extra = next((float(e.get("extra_s") or 0) for e in entries if e["kind"] == "begin"), 0.0)
    if not _wall_timed(entries):  # an older sitting: the time stored is the time used
        return max(0.0, exam.time_limit_s - _running_item_s(store, entries))
    credited = _credited(pause_spans(entries), exam.support_pause_limit_s)
    used = _wall_s(store, attempt, entries) - credited
    return max(0.0, exam.time_limit_s + extra - used)


def resume_sitting(
    store: Store,
    sitting_id: int,
    clock: Clock,
    *,
    exam_path: Path | None = None,
    library: Library | None = None,
) -> ExamSitting:
    """Rebuild an unfinished sitting with the Session of its running item, on the exam's
    wall time: the time since it started counts, less the pauses the rules allowed (a
    pause open at the crash is not credited). ``clock``: a running monotonic clock."""
    attempt = store.attempt(sitting_id)
    if not is_sitting(attempt):
        raise StoreError(f"attempt {sitting_id}", "is not an exam sitting")
    if attempt.finished:
        raise StoreError(f"sitting {sitting_id}", "is finished; there is nothing to resume")
    exam = _exam_of(attempt, exam_path)
    lib = library if library is not None else load_library(exam.library_root)
    sitting = ExamSitting(exam, lib, seed=attempt.seed, clock=Since(clock))
    sitting.sitting_id = sitting_id
    entries = _log_of(store, sitting_id)
    pending = sitting.replay(entries)
    if _wall_timed(entries):
        sitting.restart_clock(Since(clock), _wall_s(store, attempt, entries), pause_spans(entries))
    else:
        used = min(_running_item_s(store, entries), exam.time_limit_s)
        sitting.restart_clock(Since(clock), used)
    sitting.recorder = StoreRecorder(store, attempt.person_id, sitting_id)
    if pending is not None:
        _take_back(store, sitting, pending)
    sitting.check_time()
    return sitting


def _take_back(store: Store, sitting: ExamSitting, pending: PendingItem) -> None:
    """Resume the running item's Session (or close it if its result was already saved)."""
    if pending.attempt_id is None:
        return
    item = store.attempt(pending.attempt_id)
    scenario = sitting.order[pending.index]
    if item.finished:  # the crash fell between the item's result and the log entry
        result = store.result_for(pending.attempt_id)
        assert result is not None
        sitting.record_ended_item(
            ItemResult(
                index=pending.index,
                scenario_id=scenario.id,
                score=float(result.grade.get("score") or 0.0),
                passed=bool(result.grade.get("passed")),
                critical_failed=critical_failed(result.grade),
                attempt_id=pending.attempt_id,
                swapped_from=sitting.swapped_from.get(pending.index),
                end_reason=result.metrics.get("end_reason"),
            )
        )
        return
    session = resume_session(
        store,
        pending.attempt_id,
        lambda _elapsed: sitting.item_clock(pending.start_s),
        scenario=scenario,
        sop=sitting.sop_of(scenario),
    )
    sitting.adopt(session, pending)


def finish_sitting(
    store: Store, sitting: ExamSitting, *, ended_at: dt.datetime | None = None
) -> Result:
    """Store the verdict as the sitting's result (sealed; never changed afterwards).

    The result names the person as they were at the end (``person``: id and name), and
    a passed sitting's result carries ``issued`` and ``valid_until`` (dates, UTC) for
    its certificate.
    """
    if sitting.sitting_id is None:
        raise StoreError("exam", "this sitting is not stored")
    if not sitting.done:
        raise StoreError(f"sitting {sitting.sitting_id}", "has not ended; finish every item first")
    ended_at = ended_at or store.server_now()
    out = sitting.to_json()
    person = store.person_by_id(store.attempt(sitting.sitting_id).person_id)
    out["person"] = {"id": person.id, "name": person.display_name}
    issued = ended_at.astimezone(dt.UTC).date()
    out["issued"] = issued.isoformat()
    out["valid_until"] = (
        (issued + dt.timedelta(days=sitting.exam.validity_days)).isoformat()
        if out["passed"]
        else None
    )
    if needs_review(sitting.exam.review_required, _item_grades(store, sitting)):
        out["review_required"] = True  # its certificate waits for a trainer's confirmation
    metrics = {"elapsed_s": out["elapsed_s"], "paused_s": out["paused_s"]}
    return store.finish_attempt(sitting.sitting_id, out, sitting.log, metrics, ended_at=ended_at)


def _item_grades(store: Store, sitting: ExamSitting) -> list[dict[str, Any]]:
    grades = []
    for item in sitting.items():
        if item.attempt_id is not None:
            result = store.result_for(item.attempt_id)
            if result is not None:
                grades.append(result.grade)
    return grades


def settle_expired(
    store: Store, person_id: int, clock: Clock, *, library_root: Path | None = None
) -> list[Result]:
    """Finish this person's sittings whose time ran out while the app was closed: each
    ends at its limit, graded on what was committed. The results, oldest first."""
    root = Path(library_root or library_dir())
    out: list[Result] = []
    for attempt in unfinished_sittings(store, person_id):
        path = root / "exams" / f"{attempt.scenario_id.removeprefix(SITTING_PREFIX)}.yaml"
        exam = _exam_of(attempt, path)
        if time_left(store, attempt, exam) > 0:
            continue
        sitting = resume_sitting(store, attempt.id, clock, exam_path=path)
        if sitting.done:
            out.append(finish_sitting(store, sitting))
    return out


def unfinished_sittings(store: Store, person_id: int) -> list[Attempt]:
    """Sittings to offer to resume after a crash."""
    return [a for a in sittings_for(store, person_id) if not a.finished]
