"""``ExamSitting``: one trainee sitting one exam, as a deterministic state machine.

The exam clock (``ExamClock``) is wall time since the sitting started, less the pauses
the rules allow: a briefing or a break between items is free, the pause/support control
during an item is credited up to the exam's ``support_pause_limit``. Each item's Session
runs on the exam clock too (offset to the item's start, capped at the time limit), so a
pause stops both. Pauses are logged with their reason and never reach a grade.
Everything the sitting does is also a log entry (``log``); replaying the log rebuilds
the sitting after a crash (see ``simulator.attempts.sittings``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from simulator.clock import Clock
from simulator.content.library import Library
from simulator.content.model import SOP, Scenario
from simulator.engine import Session
from simulator.errors import SessionError
from simulator.exams.definition import ExamDef, draw_order, swap_candidates
from simulator.exams.examclock import ExamClock, PauseSpan
from simulator.exams.verdict import ExamVerdict, ItemResult, critical_failed, judge
from simulator.wellbeing.breaks import PauseReason
from simulator.wellbeing.flow import BeforeScenario, Gate
from simulator.wellbeing.gate import Briefing, briefing_needed, exam_swap, scenario_level

PAUSE_REASONS: tuple[str, ...] = ("briefing", "break", "support")


class ItemRecorder(Protocol):
    """Where a sitting's items and log go (nothing, or the store)."""

    def start_item(
        self, scenario: Scenario, sop: SOP | None, seed: int, clock: Clock
    ) -> tuple[Session, int | None]:
        """A new Session for an item, and its stored attempt id (None when not stored)."""
        ...

    def end_item(self, attempt_id: int | None, session: Session) -> None:
        """The item's session has ended and been graded."""
        ...

    def log(self, entry: Mapping[str, Any]) -> None:
        """Keep one sitting log entry."""
        ...


class MemoryRecorder:
    """Keeps nothing beyond the sitting's own log: for ``exam play`` and tests."""

    def __init__(self, agent: str = "Agent") -> None:
        self.agent = agent

    def start_item(
        self, scenario: Scenario, sop: SOP | None, seed: int, clock: Clock
    ) -> tuple[Session, int | None]:
        return Session(scenario, sop, seed=seed, clock=clock, agent=self.agent), None

    def end_item(self, attempt_id: int | None, session: Session) -> None:
        return None

    def log(self, entry: Mapping[str, Any]) -> None:
        return None


class _Offset:
    """``base`` moved on by ``start`` seconds: the exam resumes where it stopped."""

    def __init__(self, base: Clock, start: float) -> None:
        self._base, self._start = base, start

    def now(self) -> float:
        return self._start + self._base.now()


class ItemClock:
    """An item's session time: exam time since the item started, capped at the time limit."""

    def __init__(self, exam_clock: Clock, start_s: float, limit_s: float) -> None:
        self._exam, self.start_s, self._limit = exam_clock, start_s, limit_s

    def now(self) -> float:
        return max(0.0, min(self._exam.now(), self._limit) - self.start_s)


@dataclass(frozen=True)
class PendingItem:
    """An item started and not ended when the log stops (after a crash)."""

    index: int
    start_s: float
    attempt_id: int | None


class ExamSitting:
    """One sitting: the ordered items, the current one, the exam clock, the results."""

    def __init__(
        self,
        exam: ExamDef,
        library: Library,
        *,
        seed: int,
        clock: Clock,
        recorder: ItemRecorder | None = None,
        elapsed_s: float = 0.0,
        extra_s: float = 0.0,
        seen: frozenset[str] = frozenset(),
    ) -> None:
        self.exam = exam
        self.library = library
        self.seed = seed
        self.recorder: ItemRecorder = recorder or MemoryRecorder()
        self.extra_s = float(extra_s)  # an accommodation: extra time on the limit
        self.limit_s = exam.time_limit_s + self.extra_s
        self.exam_clock = ExamClock(_Offset(clock, elapsed_s), exam.support_pause_limit_s)
        self.sitting_id: int | None = None  # the stored sitting, when stored
        self.order: list[Scenario] = list(draw_order(exam, library, seed, seen))
        self.swapped_from: dict[int, str] = {}
        self.index = 0
        self.results: list[ItemResult] = []
        self.log: list[dict[str, Any]] = []
        self.session: Session | None = None
        self.attempt_id: int | None = None
        self.item_start_s: float | None = None
        self.time_up = False
        self._pause_marks: list[tuple[str, float]] = []  # reason, paused seconds at its start

    # ----------------------------------------------------------------- queries
    @property
    def elapsed_s(self) -> float:
        """Exam seconds used (pauses excluded), never past the time limit."""
        return min(self.exam_clock.now(), self.limit_s)

    @property
    def remaining_s(self) -> float:
        return max(0.0, self.limit_s - self.exam_clock.now())

    @property
    def done(self) -> bool:
        """Every item ended, or the time is up."""
        return self.time_up or self.index >= len(self.order)

    @property
    def current(self) -> Scenario | None:
        """The item being played or about to be (None when done)."""
        return None if self.done else self.order[self.index]

    @property
    def paused(self) -> bool:
        """A pause is open (the case is hidden), whether or not the clock is stopped."""
        return self.exam_clock.pause_open

    @property
    def over_allowance(self) -> bool:
        """A pause during an item has used up the allowance: the exam clock runs again."""
        return self.exam_clock.over_allowance

    def sop_of(self, scenario: Scenario) -> SOP | None:
        return self.library.sop_of(scenario)

    def briefing(self, consents: Mapping[str, int]) -> Briefing | None:
        """The briefing before the current item (exam options: continue, postpone, skip)."""
        sc = self._need_current()
        return briefing_needed(sc, consents, "exam")

    def before(self, gate: Gate) -> BeforeScenario:
        """The wellbeing gate's word on the current item; the gate must be in exam mode."""
        if gate.mode != "exam":
            raise SessionError("exam", "the gate of an exam sitting must be in exam mode")
        return gate.before(self._need_current(), self.swap_pool())

    def swap_pool(self) -> tuple[Scenario, ...]:
        return swap_candidates(self.exam, self.library, {s.id for s in self.order})

    def swap_for_current(self) -> Scenario | None:
        """The equivalent lighter item a Skip would give (None: not sensitive, or none)."""
        sc = self.current
        if sc is None or self.session is not None or scenario_level(sc) == 0:
            return None
        return exam_swap(sc, self.swap_pool())

    # ----------------------------------------------------------------- the trainee's moves
    def begin(self) -> None:
        """Log the sitting's start: its items (so a resume never draws again), the extra
        time and the pause allowance. Stored sittings start with it."""
        self._log(
            {
                "kind": "begin",
                "clock": "wall",
                "order": [s.id for s in self.order],
                "extra_s": self.extra_s,
                "allowance_s": self.exam.support_pause_limit_s,
                "review": self.exam.review,
            }
        )

    def pause(self, reason: PauseReason) -> None:
        """Stop the exam clock (briefing, break between items, or the support control).

        A pause while an item is being played is credited up to the exam's
        ``support_pause_limit`` in all; other pauses are free."""
        if reason not in PAUSE_REASONS:
            raise SessionError("exam", f"unknown pause reason {reason!r}")
        self.exam_clock.pause(reason, capped=self.session is not None)
        if self.session is not None:
            self.session.pause()  # the engine refuses the trainee's input meanwhile
        self._pause_marks.append((reason, self.exam_clock.paused_s))
        self._log({"kind": "pause", "reason": reason, "capped": self.exam_clock.open_capped})

    def resume(self, reason: PauseReason) -> None:
        """End that pause; the clock runs again once no pause is open."""
        mark = next((m for m in self._pause_marks if m[0] == reason), None)
        if mark is None:
            return
        self._pause_marks.remove(mark)
        seconds = round(self.exam_clock.paused_s - mark[1], 6)
        span = self.exam_clock.resume(reason)
        entry: dict[str, Any] = {"kind": "resume", "reason": reason, "seconds": seconds}
        if span is not None:  # the last open pause: the span closes
            entry.update(span_s=round(span.seconds, 6), capped=span.capped)
            if self.session is not None:
                self.session.resume()
        self._log(entry)

    def skip(self) -> Scenario:
        """Swap the current sensitive item for its equivalent; no penalty, logged as a swap."""
        sc = self._need_current()
        swap = self.swap_for_current()
        if swap is None:
            raise SessionError(
                f"exam item {self.index + 1}",
                f"{sc.id!r} cannot be skipped: the exam has no equivalent lighter scenario",
            )
        self.order[self.index] = swap
        self.swapped_from[self.index] = self.swapped_from.get(self.index, sc.id)
        self._log({"kind": "swap", "index": self.index, "from": sc.id, "to": swap.id})
        return swap

    def start(self) -> Session:
        """Start the current item's Session (at the exam clock's time)."""
        sc = self._need_current()
        if self.session is not None:
            raise SessionError(f"exam item {self.index + 1}", "has already started")
        self.check_time()
        if self.time_up:
            raise SessionError("exam", "the time is up")
        start = self.exam_clock.now()
        clock = ItemClock(self.exam_clock, start, self.limit_s)
        session, attempt_id = self.recorder.start_item(sc, self.sop_of(sc), self.seed, clock)
        self.session, self.attempt_id, self.item_start_s = session, attempt_id, start
        entry = {"kind": "item-start", "index": self.index, "scenario": sc.id}
        self._log({**entry, "attempt_id": attempt_id})
        return session

    def adopt(self, session: Session, pending: PendingItem) -> None:
        """Take back the Session of an item that was running at a crash."""
        self.session, self.attempt_id, self.item_start_s = (
            session,
            pending.attempt_id,
            pending.start_s,
        )

    def restart_clock(self, clock: Clock, base_s: float, spans: Sequence[PauseSpan] = ()) -> None:
        """Go on from ``base_s`` wall seconds since the start on ``clock`` (after a crash),
        with the pauses closed before it."""
        self.exam_clock = ExamClock(_Offset(clock, base_s), self.exam.support_pause_limit_s)
        self.exam_clock.restore(list(spans))

    def item_clock(self, start_s: float) -> ItemClock:
        return ItemClock(self.exam_clock, start_s, self.limit_s)

    def finish_item(self) -> ItemResult:
        """End the current item (if the session has not ended), grade it, move on."""
        session = self.session
        if session is None:
            raise SessionError("exam", "no item is being played")
        if not session.ended:
            session.end()
        grade = session.grade().to_json()
        result = ItemResult(
            index=self.index,
            scenario_id=session.scenario.id,
            score=float(grade["score"]),
            passed=bool(grade["passed"]),
            critical_failed=critical_failed(grade),
            attempt_id=self.attempt_id,
            swapped_from=self.swapped_from.get(self.index),
            end_reason=session.end_reason,
        )
        self.recorder.end_item(self.attempt_id, session)
        self._log({"kind": "item-end", **result.to_json()})
        self.results.append(result)
        self.session, self.attempt_id, self.item_start_s = None, None, None
        self.index += 1
        return result

    def record_ended_item(self, result: ItemResult) -> None:
        """Log an item whose end was stored but not logged (a crash in between)."""
        self._log({"kind": "item-end", **result.to_json()})
        self.results.append(result)
        self.session, self.attempt_id, self.item_start_s = None, None, None
        self.index = result.index + 1

    def check_time(self) -> bool:
        """End the sitting when the time limit has passed (the running item at the limit)."""
        if self.time_up or self.done or self.exam_clock.now() < self.limit_s:
            return self.time_up
        if self.session is not None:
            self.finish_item()
        if not self.done:
            self.time_up = True
            self._log({"kind": "time-up"})
        return self.time_up

    # ----------------------------------------------------------------- the end
    def items(self) -> list[ItemResult]:
        """Every item: the ended ones, then the ones not reached (0, not passed)."""
        out = list(self.results)
        for i in range(len(self.results), len(self.order)):
            sc = self.order[i]
            swapped = self.swapped_from.get(i)
            out.append(ItemResult(i, sc.id, 0.0, False, False, "not-reached", None, swapped))
        return out

    def verdict(self) -> ExamVerdict:
        if not self.done:
            raise SessionError("exam", "the sitting has not ended")
        return judge(self.items(), self.exam.pass_rules)

    def to_json(self) -> dict[str, Any]:
        """The sitting's result: items, score, verdict, time used and pauses."""
        verdict = self.verdict()
        return {
            "exam": self.exam.id,
            "version": self.exam.version,
            "title": {"en": self.exam.title.en, "ar": self.exam.title.ar},
            "language": self.exam.language,
            "seed": self.seed,
            "time_limit_s": self.exam.time_limit_s,
            "extra_s": self.extra_s,
            "support_pause_limit_s": self.exam.support_pause_limit_s,
            "credited_pause_s": round(self.exam_clock.credited_s, 3),
            "elapsed_s": round(self.elapsed_s, 3),
            "paused_s": round(self.exam_clock.paused_s, 3),
            "time_up": self.time_up,
            "pauses": self.pause_log(),
            "rules": self.exam.pass_rules.to_json(),
            "items": [i.to_json() for i in self.items()],
            "score": verdict.score,
            "passed": verdict.passed,
            "reasons": list(verdict.reasons),
        }

    def pause_log(self) -> list[dict[str, Any]]:
        """Each pause: reason, when (exam seconds) and how long; informative only."""
        out: list[dict[str, Any]] = []
        open_at: dict[str, list[float]] = {}
        for e in self.log:
            if e["kind"] == "pause":
                open_at.setdefault(e["reason"], []).append(e["at_s"])
            elif e["kind"] == "resume" and open_at.get(e["reason"]):
                at = open_at[e["reason"]].pop(0)
                entry = {"reason": e["reason"], "at_s": at, "seconds": e.get("seconds")}
                if "capped" in e:
                    entry["capped"] = bool(e["capped"])
                out.append(entry)
        return out

    # ----------------------------------------------------------------- rebuilding
    def replay(self, entries: Sequence[Mapping[str, Any]]) -> PendingItem | None:
        """Apply a stored log to a fresh sitting; the item left running, if any.

        Pauses open at the crash are not reopened: the front end asks again.
        """
        pending: PendingItem | None = None
        for e in entries:
            kind = e.get("kind")
            self.log.append(dict(e))
            if kind == "begin":
                self.order = [self.library.scenario(str(sid)) for sid in e.get("order", ())]
                self.extra_s = float(e.get("extra_s") or 0.0)
                self.limit_s = self.exam.time_limit_s + self.extra_s
            elif kind == "swap":
                index = int(e["index"])
                swap = self.library.scenario(str(e["to"]))
                self.swapped_from.setdefault(index, str(e["from"]))
                self.order[index] = swap
            elif kind == "item-start":
                pending = PendingItem(int(e["index"]), float(e["at_s"]), e.get("attempt_id"))
            elif kind == "item-end":
                self.results.append(_item_from_json(e))
                self.index = int(e["index"]) + 1
                pending = None
            elif kind == "time-up":
                self.time_up = True
        return pending

    # ----------------------------------------------------------------- helpers
    def _need_current(self) -> Scenario:
        sc = self.current
        if sc is None:
            raise SessionError("exam", "the sitting has ended")
        return sc

    def _log(self, entry: dict[str, Any]) -> None:
        full = {"kind": entry["kind"], "at_s": round(self.exam_clock.now(), 6), **entry}
        self.log.append(full)
        self.recorder.log(full)


def pause_spans(entries: Sequence[Mapping[str, Any]]) -> list[PauseSpan]:
    """The closed pauses of a stored log (the resume entries that closed a span)."""
    return [
        PauseSpan(str(e.get("reason")), float(e["at_s"]), float(e["span_s"]), bool(e.get("capped")))
        for e in entries
        if e.get("kind") == "resume" and "span_s" in e
    ]


def _item_from_json(e: Mapping[str, Any]) -> ItemResult:
    return ItemResult(
        index=int(e["index"]),
        scenario_id=str(e["scenario"]),
        score=float(e["score"]),
        passed=bool(e["passed"]),
        critical_failed=bool(e["critical_failed"]),
        status="graded",
        attempt_id=e.get("attempt_id"),
        swapped_from=e.get("swapped_from"),
        end_reason=e.get("end_reason"),
    )
