"""``AttemptResult``: the one result of a finished attempt, live or read back.

The results screen renders it whether the attempt just ended (``from_session``) or was
stored long ago (``from_store``); both give the same object for the same attempt, and it
round-trips through JSON (``to_json``/``from_json``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from simulator.engine import Session
from simulator.errors import StoreError
from simulator.grading.verdict import AUTOMATIC
from simulator.store.store import Store


@dataclass(frozen=True)
class AttemptResult:
    """Grade (with evidence), transcript, accepted actions and metrics of one attempt."""

    attempt_id: int | None
    scenario_id: str
    grade: dict[str, Any]
    transcript: list[dict[str, Any]]
    actions: list[dict[str, Any]]
    metrics: dict[str, Any]
    ended_at_s: float | None = None
    end_reason: str | None = None
    mode: str = "practice"
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. the trainee's review level

    @property
    def score(self) -> float:
        return float(self.grade.get("score") or 0.0)

    @property
    def passed(self) -> bool:
        return bool(self.grade.get("passed"))

    def to_json(self) -> dict[str, Any]:
        return {
            "attempt_id": self.attempt_id,
            "scenario": self.scenario_id,
            "mode": self.mode,
            "grade": self.grade,
            "transcript": self.transcript,
            "actions": self.actions,
            "metrics": self.metrics,
            "ended_at_s": self.ended_at_s,
            "end_reason": self.end_reason,
            **({"extra": self.extra} if self.extra else {}),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AttemptResult:
        return cls(
            attempt_id=data.get("attempt_id"),
            scenario_id=str(data.get("scenario", "")),
            grade=dict(data.get("grade") or {}),
            transcript=list(data.get("transcript") or []),
            actions=list(data.get("actions") or []),
            metrics=dict(data.get("metrics") or {}),
            ended_at_s=data.get("ended_at_s"),
            end_reason=data.get("end_reason"),
            mode=str(data.get("mode", "practice")),
            extra=dict(data.get("extra") or {}),
        )

    @classmethod
    def from_session(
        cls, session: Session, attempt_id: int | None = None, mode: str = "practice"
    ) -> AttemptResult:
        """The result of a session that has ended (as ``finish_session`` stores it)."""
        return cls(
            attempt_id=attempt_id,
            scenario_id=session.scenario.id,
            grade=session.grade().to_json(),
            transcript=[m.to_json() for m in session.messages],
            actions=[a.to_json() for a in session.actions],
            metrics=stored_metrics(session),
            ended_at_s=None if session.ended_at is None else round(session.ended_at, 3),
            end_reason=session.end_reason,
            mode=mode,
        )

    @classmethod
    def from_store(cls, store: Store, attempt_id: int) -> AttemptResult:
        """The stored result of a finished attempt; ``StoreError`` while unfinished. Its
        grade is the verdict of record: trainers' overrides applied, the automatic score
        and verdict kept under ``automatic`` (``simulator.grading.verdict``)."""
        attempt = store.attempt(attempt_id)
        result = store.result_for(attempt_id)
        if result is None:
            raise StoreError(f"attempt {attempt_id}", "is not finished; it has no result yet")
        metrics = dict(result.metrics)
        actions = metrics.pop("actions", None)
        if actions is None:  # stored before results kept their actions: the act inputs
            actions = [
                {
                    "at_s": e.at_s,
                    "type": e.data.get("type"),
                    "value": e.data.get("value"),
                    "thread": e.data.get("thread"),
                }
                for e in store.events_for(attempt_id)
                if e.kind == "act"
            ]
        ended = metrics.get("ended_at_s")
        grade = dict(result.grade)
        if attempt.verdict != AUTOMATIC:
            grade = store.final_verdict(attempt_id).grade(grade)
        return cls(
            attempt_id=attempt_id,
            scenario_id=attempt.scenario_id,
            grade=grade,
            transcript=list(result.transcript or []),
            actions=list(actions),
            metrics=metrics,
            ended_at_s=None if ended is None else round(float(ended), 3),
            end_reason=metrics.get("end_reason"),
            mode=attempt.mode,
        )


def stored_metrics(session: Session) -> dict[str, Any]:
    """The metrics a result keeps: the session's, how and when it ended."""
    return {
        **session.metrics(),
        "end_reason": session.end_reason,
        "ended_at_s": session.ended_at,
    }
