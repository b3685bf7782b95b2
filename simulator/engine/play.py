"""``play``: run a scenario on a simulated clock against a scripted trainee."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from simulator.clock import SimulatedClock
from simulator.content.durations import format_duration
from simulator.content.model import SOP, Scenario
from simulator.content.placeholders import DEFAULT_AGENT
from simulator.engine.script import Step
from simulator.engine.session import Session
from simulator.errors import InputError, SessionError


def play(
    scenario: Scenario,
    sop: SOP | None,
    steps: Sequence[Step],
    *,
    seed: int,
    agent: str = DEFAULT_AGENT,
    script_name: str = "script",
    persona: Mapping[str, str] | None = None,
) -> tuple[Session, list[int]]:
    """Play every step at its time, then run on; the session and the steps skipped
    because the session had already ended."""
    clock = SimulatedClock()
    session = Session(scenario, sop, seed=seed, clock=clock, agent=agent, persona=persona)

    def move_to(at_s: float) -> bool:
        clock.set(max(clock.now(), at_s))
        session.advance()
        return True

    skipped = play_steps(session, steps, move_to, script_name)
    session.run_on()
    return session, skipped


def play_steps(
    session: Session,
    steps: Sequence[Step],
    move_to: Callable[[float], bool],
    where: str,
    before: Callable[[Step], bool] | None = None,
) -> list[int]:
    """The scripted-step loop (``play`` and the exam runner): for each step, ``before``
    (False: stop), then ``move_to`` its time (False: time is up, stop); a step after the
    session ended is skipped, else given to the session. Returns the skipped steps'
    numbers; a step the session refuses is an ``InputError`` naming ``where``."""
    skipped: list[int] = []
    for step in steps:
        if before is not None and not before(step):
            break
        if not move_to(step.at_s):
            break
        if session.ended:
            skipped.append(step.number)
            continue
        try:
            apply_step(session, step)
        except SessionError as exc:
            raise InputError(where, f"step {step.number}: {exc}") from None
    return skipped


def apply_step(session: Session, step: Step) -> None:
    """Give ``session`` one scripted trainee step, at the session clock's time."""
    if step.kind == "reply":
        assert step.thread is not None
        session.reply(step.thread, step.text)
    elif step.kind == "action":
        assert step.action is not None
        session.act(step.action)
    elif step.kind == "keys":
        assert step.thread is not None
        session.type_keys(step.thread, step.chars)
    else:
        session.end()


def play_json(session: Session, skipped: Sequence[int]) -> dict[str, Any]:
    """The ``--json`` output."""
    out = session.to_json()
    out["skipped_steps"] = list(skipped)
    return out


def render_text(session: Session, skipped: Sequence[int], grade_json: Mapping[str, Any]) -> str:
    """A readable transcript with actions, measures and the grade."""
    sc = session.scenario
    lines = [f"{sc.id} — {sc.title} (seed {session.seed})"]
    entries: list[tuple[float, int, str]] = []
    for order, m in enumerate(session.messages):
        who = "user" if m.sender == "user" else session.agent
        text = m.text.replace("\n", "\n           ")
        entries.append((m.at_s, order, f"{_clock(m.at_s)}  [{m.thread}/{m.channel}] {who}: {text}"))
    for order, a in enumerate(session.actions):
        what = a.type + (f" {a.value}" if a.value else "") + (f" on {a.thread}" if a.thread else "")
        entries.append((a.at_s, len(session.messages) + order, f"{_clock(a.at_s)}  * {what}"))
    for r in session.refused:
        entries.append(
            (r["at_s"], 10**9, f"{_clock(r['at_s'])}  * refused {r['type']}: {r['reason']}")
        )
    lines += [e[2] for e in sorted(entries, key=lambda e: (e[0], e[1]))]
    ended = session.ended_at or 0.0
    lines.append(f"ended at {_clock(ended)}: {session.end_reason}")
    if skipped:
        lines.append(f"steps not played (the session had ended): {', '.join(map(str, skipped))}")
    metrics = session.metrics()
    for tid, m in metrics["threads"].items():
        first = m["first_response_s"]
        first_s = "no reply" if first is None else format_duration(first)
        sla = "SLA breached" if m["sla_breached"] else "within SLA"
        handle = "-" if m["handle_s"] is None else format_duration(m["handle_s"])
        lines.append(f"  {tid}: first response {first_s}, handled {handle}, {sla}, {m['status']}")
    lines.append(
        f"grade: {grade_json.get('score')} — {'passed' if grade_json.get('passed') else 'failed'}"
    )
    for c in grade_json.get("criteria", []):
        mark = "n/a " if not c.get("applicable", True) else ("ok  " if c.get("passed") else "FAIL")
        lines.append(f"  {mark} {c.get('id')}")
    return "\n".join(lines)


def _clock(seconds: float) -> str:
    total = int(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:2d}:{s:02d}"
