"""Exam sittings in the store: started, saved as they happen, resumed, finished.

A sitting is an attempt with mode ``exam`` and scenario id ``exam:<exam id>`` (sha256 of
the exam file, ``sop_version`` = the exam's version, the sitting's seed). Its events are
the sitting log (item-start, item-end, swap, pause, resume, time-up; ``at_s`` in exam
seconds). Each item is its own ``exam`` attempt, linked from the log by ``attempt_id``,
every input committed as it happens (``simulator.store.resume``). The verdict is the
sitting attempt's result, sealed in the hash chain. See docs/exams.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from simulator.clock import Clock
from simulator.content.library import Library, load_library
from simulator.content.model import SOP, Scenario
from simulator.engine import Session
from simulator.errors import StoreError
from simulator.exams.definition import ExamDef, load_exam
from simulator.exams.sitting import ExamSitting, PendingItem
from simulator.exams.verdict import ItemResult, critical_failed
from simulator.paths import library_dir
from simulator.store.records import Attempt, Result
from simulator.store.resume import file_sha256, finish_session, resume_session, start_session
from simulator.store.store import Store

SITTING_PREFIX = "exam:"
SITTING_SOP = "exam"


def is_sitting(attempt: Attempt) -> bool:
    """Whether a stored attempt is an exam sitting (not one of its items)."""
    return attempt.mode == "exam" and attempt.scenario_id.startswith(SITTING_PREFIX)


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


def start_sitting(
    store: Store,
    person_id: int,
    exam: ExamDef,
    *,
    seed: int,
    clock: Clock,
    started_at: dt.datetime,
    library: Library | None = None,
) -> ExamSitting:
    """Record a new sitting and return it; everything it does is saved as it happens."""
    if exam.path is None:
        raise StoreError(f"exam {exam.id}", "has no file, so it cannot be stored")
    lib = library if library is not None else load_library(exam.library_root)
    # Drawn before anything is stored: an exam that cannot be drawn stores nothing.
    sitting = ExamSitting(exam, lib, seed=seed, clock=clock)
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


def resume_sitting(
    store: Store,
    sitting_id: int,
    clock: Clock,
    *,
    exam_path: Path | None = None,
    library: Library | None = None,
) -> ExamSitting:
    """Rebuild an unfinished sitting after a crash, with the Session of its running item.

    The exam time used is the latest stored time (sitting log, or the running item's
    last event); time between that and the crash is not counted. Goes on on ``clock``.
    """
    attempt = store.attempt(sitting_id)
    if not is_sitting(attempt):
        raise StoreError(f"attempt {sitting_id}", "is not an exam sitting")
    if attempt.finished:
        raise StoreError(f"sitting {sitting_id}", "is finished; there is nothing to resume")
    exam = _exam_of(attempt, exam_path)
    lib = library if library is not None else load_library(exam.library_root)
    sitting = ExamSitting(exam, lib, seed=attempt.seed, clock=clock)
    sitting.sitting_id = sitting_id
    entries = [{**e.data, "kind": e.kind, "at_s": e.at_s} for e in store.events_for(sitting_id)]
    pending = sitting.replay(entries)
    elapsed = max((float(e["at_s"]) for e in entries), default=0.0)
    if pending is not None and pending.attempt_id is not None:
        item_events = store.events_for(pending.attempt_id)
        elapsed = max(elapsed, pending.start_s + max((e.at_s for e in item_events), default=0.0))
    sitting.restart_clock(clock, min(elapsed, exam.time_limit_s))
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


def finish_sitting(store: Store, sitting: ExamSitting, *, ended_at: dt.datetime) -> Result:
    """Store the verdict as the sitting's result (sealed; never changed afterwards).

    A passed sitting's result carries ``issued`` and ``valid_until`` (dates, UTC) for its
    certificate.
    """
    if sitting.sitting_id is None:
        raise StoreError("exam", "this sitting is not stored")
    if not sitting.done:
        raise StoreError(f"sitting {sitting.sitting_id}", "has not ended; finish every item first")
    out = sitting.to_json()
    # The name as issued: a certificate shows it even if the person is renamed later.
    person = store.person_by_id(store.attempt(sitting.sitting_id).person_id)
    out["person"] = {"id": person.id, "name": person.display_name}
    issued = ended_at.astimezone(dt.UTC).date()
    out["issued"] = issued.isoformat()
    out["valid_until"] = (
        (issued + dt.timedelta(days=sitting.exam.validity_days)).isoformat()
        if out["passed"]
        else None
    )
    metrics = {"elapsed_s": out["elapsed_s"], "paused_s": out["paused_s"]}
    return store.finish_attempt(sitting.sitting_id, out, sitting.log, metrics, ended_at=ended_at)


def sittings_for(store: Store, person_id: int) -> list[Attempt]:
    """A person's exam sittings, oldest first (finished or not)."""
    return [a for a in store.attempts_for(person_id) if is_sitting(a)]


def unfinished_sittings(store: Store, person_id: int) -> list[Attempt]:
    """Sittings to offer to resume after a crash."""
    return [a for a in sittings_for(store, person_id) if not a.finished]
