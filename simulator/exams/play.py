"""``exam play``: a whole sitting on a simulated clock against scripted trainees.

The scripts folder holds ``<scenario id>.json`` per item (the ``play`` script format;
a missing one means the trainee does nothing) and optionally ``sitting.json``::

    {"skip": ["scenario-id"],            # Skip these sensitive items at their briefing
     "briefing": "30s",                  # time spent in each briefing (clock paused)
     "breaks": {"1": "5m"},              # a break after item 1 (clock paused)
     "support": {"2": {"at": "40s", "for": "2m"}}}   # pause/support during item 2
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simulator.clock import SimulatedClock
from simulator.content.durations import parse_duration
from simulator.content.library import Library
from simulator.engine import Session
from simulator.engine.play import play_steps
from simulator.engine.script import Step, read_script
from simulator.errors import InputError, SessionError
from simulator.exams.definition import ExamDef
from simulator.exams.sitting import ExamSitting, MemoryRecorder
from simulator.inputs import read_json
from simulator.wellbeing.gate import scenario_level

PLAN_FILE = "sitting.json"


@dataclass(frozen=True)
class Plan:
    """The scripted trainee's choices around the items (see the module docstring)."""

    skip: frozenset[str] = frozenset()
    briefing_s: float = 0.0
    breaks: Mapping[int, float] = field(default_factory=dict)
    support: Mapping[int, tuple[float, float]] = field(default_factory=dict)


def _seconds(where: str, key: str, value: Any) -> float:
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise InputError(where, f"{key}: {exc}") from None


def _item_number(where: str, key: str, raw: str) -> int:
    if not raw.isdigit() or int(raw) < 1:
        raise InputError(where, f"{key}: {raw!r} is not an item number (1, 2, ...)")
    return int(raw)


def read_plan(folder: Path) -> Plan:
    """``sitting.json`` in ``folder`` (an empty plan when there is none)."""
    path = folder / PLAN_FILE
    where = str(path)
    if not path.exists():
        return Plan()
    data = read_json(path, InputError, "sitting plan")
    if not isinstance(data, dict):
        raise InputError(where, "must be a JSON object with skip, briefing, breaks, support")
    unknown = sorted(set(data) - {"skip", "briefing", "breaks", "support"})
    if unknown:
        raise InputError(
            where, f"unknown key {unknown[0]!r} (known: skip, briefing, breaks, support)"
        )
    skip = data.get("skip", [])
    if not isinstance(skip, list) or not all(isinstance(s, str) for s in skip):
        raise InputError(where, "skip: must be a list of scenario ids")
    breaks_raw = data.get("breaks", {})
    support_raw = data.get("support", {})
    if not isinstance(breaks_raw, dict) or not isinstance(support_raw, dict):
        raise InputError(where, 'breaks and support map an item number to a time, e.g. {"1": "5m"}')
    breaks = {
        _item_number(where, "breaks", k): _seconds(where, "breaks", v)
        for k, v in breaks_raw.items()
    }
    support: dict[int, tuple[float, float]] = {}
    for k, v in support_raw.items():
        if not isinstance(v, dict) or set(v) != {"at", "for"}:
            raise InputError(where, f'support: item {k} needs {{"at": ..., "for": ...}}')
        support[_item_number(where, "support", k)] = (
            _seconds(where, "support.at", v["at"]),
            _seconds(where, "support.for", v["for"]),
        )
    return Plan(
        frozenset(skip), _seconds(where, "briefing", data.get("briefing", 0)), breaks, support
    )


@dataclass
class PlayedSitting:
    sitting: ExamSitting
    sessions: list[Session] = field(default_factory=list)
    skipped_steps: dict[int, list[int]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out = self.sitting.to_json()
        plays = []
        for i, session in enumerate(self.sessions):
            play = session.to_json()
            play["skipped_steps"] = self.skipped_steps.get(i, [])
            plays.append(play)
        out["plays"] = plays
        return out


def play_sitting(
    exam: ExamDef, library: Library, scripts: Path, *, seed: int, agent: str = "Agent"
) -> PlayedSitting:
    """Play every item with its script, honouring skips, briefings, breaks and pauses."""
    if not scripts.is_dir():
        raise InputError(str(scripts), "no such folder (--scripts)")
    plan = read_plan(scripts)
    base = SimulatedClock()
    sitting = ExamSitting(exam, library, seed=seed, clock=base, recorder=MemoryRecorder(agent))
    played = PlayedSitting(sitting)
    while not sitting.done:
        number = sitting.index + 1
        scenario = sitting.current
        assert scenario is not None
        if scenario_level(scenario) > 0:
            sitting.pause("briefing")
            base.advance(plan.briefing_s)
            if scenario.id in plan.skip:
                try:
                    sitting.skip()
                except SessionError as exc:
                    raise InputError(str(scripts / PLAN_FILE), str(exc)) from None
            sitting.resume("briefing")
        _play_item(sitting, base, scripts, plan, played)
        if not sitting.done and number in plan.breaks:
            sitting.pause("break")
            base.advance(plan.breaks[number])
            sitting.resume("break")
    return played


def _steps(scripts: Path, sitting: ExamSitting) -> list[Step]:
    scenario = sitting.current
    assert scenario is not None
    path = scripts / f"{scenario.id}.json"
    return read_script(path, scenario) if path.exists() else []


def _play_item(
    sitting: ExamSitting, base: SimulatedClock, scripts: Path, plan: Plan, played: PlayedSitting
) -> None:
    number = sitting.index + 1
    steps = _steps(scripts, sitting)
    session = sitting.start()
    played.sessions.append(session)
    support = plan.support.get(number)

    def move_to(session_s: float) -> bool:
        """Move the clock to that item time; False when the exam's time is up first."""
        ahead = max(0.0, session_s - session.clock.now())
        if sitting.exam_clock.now() + ahead >= sitting.limit_s:
            base.advance(max(0.0, sitting.limit_s - sitting.exam_clock.now()))
            return False
        base.advance(ahead)
        session.advance()
        return True

    def before(step: Step) -> bool:
        """The planned support pause, when its time comes; False when it ran time out."""
        nonlocal support
        if support is None or step.at_s < support[0]:
            return True
        if not move_to(support[0]):
            return False
        _support_pause(sitting, base, support[1])
        support = None
        return sitting.exam_clock.now() < sitting.limit_s

    where = str(scripts / f"{session.scenario.id}.json")
    skipped = play_steps(session, steps, move_to, where, before)
    played.skipped_steps[number - 1] = skipped
    if sitting.check_time():
        return
    if not session.ended:
        probe = Session.replay(
            session.scenario,
            session.sop,
            seed=session.seed,
            inputs=list[Mapping[str, Any]](session.inputs),
            clock=SimulatedClock(session.now),
            agent=session.agent,
        )
        probe.run_on()
        left = sitting.limit_s - sitting.exam_clock.now()
        if probe.ended_at is not None and probe.ended_at - session.now < left:
            session.run_on()
    if session.ended and session.ended_at is not None:
        base.advance(max(0.0, session.ended_at - session.clock.now()))
        sitting.finish_item()
    else:
        base.advance(max(0.0, sitting.limit_s - sitting.exam_clock.now()))
        sitting.check_time()


def _support_pause(sitting: ExamSitting, base: SimulatedClock, seconds: float) -> None:
    sitting.pause("support")
    base.advance(seconds)
    sitting.resume("support")
