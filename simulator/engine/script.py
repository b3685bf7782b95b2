"""A scripted trainee for ``play``: a JSON list of timed steps, read and checked up front.

Steps (``at`` is a duration from the scenario's start; steps come in time order)::

    {"at": "12s", "reply": {"thread": "main", "text": "Hello {name}"}}
    {"at": "20s", "action": {"type": "lookup", "value": null, "thread": null}}
    {"at": "25s", "keys": {"thread": "main", "chars": 120}}     # extension: keystrokes
    {"at": "30m", "end": true}                                   # extension: end the session
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator.content.durations import parse_duration
from simulator.content.model import Action, Scenario
from simulator.engine.actions import HANDLERS
from simulator.errors import InputError
from simulator.inputs import MAX_JSON_BYTES, decode_text, parse_json, read_regular

STEP_KINDS = ("reply", "action", "keys", "end")


@dataclass(frozen=True)
class Step:
    """One scripted input: ``kind`` is reply, action, keys or end."""

    number: int  # 1-based, for messages
    at_s: float
    kind: str
    thread: str | None = None
    text: str = ""
    action: Action | None = None
    chars: int = 0


def read_script(path: Path | str, scenario: Scenario) -> list[Step]:
    """The steps in ``path``; ``InputError(path, ...)`` naming the first thing wrong."""
    where = str(path)  # as the user wrote it (a str keeps "./" and the like)
    raw = read_regular(Path(path), MAX_JSON_BYTES, InputError, "script")
    data = parse_json(where, decode_text(where, raw, InputError, "script"), InputError, "script")
    if not isinstance(data, list):
        raise InputError(where, "a script is a JSON list of steps")
    steps: list[Step] = []
    previous = 0.0
    for number, raw in enumerate(data, start=1):
        step = _step(where, number, raw, scenario)
        if step.at_s < previous:
            raise InputError(
                where,
                f"step {number}: at {step.at_s:g} s comes before the previous step "
                f"({previous:g} s); steps must be in time order",
            )
        previous = step.at_s
        steps.append(step)
    return steps


def _step(where: str, number: int, raw: Any, scenario: Scenario) -> Step:
    def bad(what: str) -> InputError:
        return InputError(where, f"step {number}: {what}")

    if not isinstance(raw, dict):
        raise bad('a step is an object like {"at": "12s", "reply": {...}}')
    if "at" not in raw:
        raise bad('no "at" (when the step happens, e.g. "12s")')
    try:
        at = parse_duration(raw["at"])
    except ValueError as exc:
        raise bad(f'"at": {exc}') from None
    kinds = [k for k in STEP_KINDS if k in raw]
    unknown = sorted(set(raw) - {"at", *STEP_KINDS})
    if unknown:
        raise bad(f"unknown key {unknown[0]!r} (a step has at and one of: reply, action)")
    if len(kinds) != 1:
        raise bad("a step has exactly one of: reply, action")
    kind = kinds[0]
    body = raw[kind]
    threads = [t.id for t in scenario.threads]

    def thread_of(value: Any, required: bool) -> str | None:
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value:
            raise bad(f'{kind}: "thread" must name a thread ({", ".join(threads)})')
        if value not in threads:
            raise bad(f"{kind}: unknown thread {value!r} (threads: {', '.join(threads)})")
        return value

    if kind == "end":
        return Step(number, at, "end")
    if not isinstance(body, dict):
        raise bad(f'"{kind}" must be an object')
    if kind == "reply":
        thread = thread_of(body.get("thread"), True)
        text = body.get("text")
        if not isinstance(text, str):
            raise bad('reply: "text" must be a string')
        return Step(number, at, "reply", thread=thread, text=text)
    if kind == "keys":
        chars = body.get("chars")
        if not isinstance(chars, int) or isinstance(chars, bool) or chars < 0:
            raise bad('keys: "chars" must be a whole number, 0 or more')
        return Step(number, at, "keys", thread=thread_of(body.get("thread"), True), chars=chars)
    kind_name = body.get("type")
    if not isinstance(kind_name, str) or kind_name not in HANDLERS:
        known = ", ".join(HANDLERS)
        raise bad(f"unknown action type {kind_name!r} (use one of: {known})")
    value = body.get("value")
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)  # e.g. a macro or team id written as a number
    if value is not None and not isinstance(value, str):
        raise bad('action: "value" must be a string or null')
    thread = thread_of(body.get("thread"), False)
    return Step(number, at, "action", thread=thread, action=Action(kind_name, value, thread))
