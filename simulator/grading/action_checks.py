"""The check types on what the trainee did rather than wrote: ``action`` (a tool action
taken), ``order`` (steps in order), ``state`` (the back office's end state), ``note``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from simulator.content.backoffice import end_state, same_value
from simulator.grading.check_base import CheckError, Context, Outcome, check
from simulator.grading.matching import (
    find_any,
)
from simulator.grading.record import TakenAction


@dataclass(frozen=True)
class Step:
    """An expected action: its type, and the value and thread it must have, if given."""

    type: str
    value: str | None = None
    thread: str | None = None

    def fits(self, action: TakenAction) -> bool:
        # An action taken without a thread (e.g. close-all) counts for every thread.
        return (
            action.type == self.type
            and (self.value is None or action.value == self.value)
            and (self.thread is None or action.thread in (None, self.thread))
        )

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "value": self.value}
        if self.thread is not None:
            out["thread"] = self.thread
        return out


def action_step(spec: Any, thread: str | None = None) -> Step:
    """The expected action written as a mapping or an Action (``thread``: the criterion's,
    used when the action names none)."""
    if isinstance(spec, Mapping):
        kind, val, on = spec.get("type"), spec.get("value"), spec.get("thread")
    else:
        kind = getattr(spec, "type", None)
        val, on = getattr(spec, "value", None), getattr(spec, "thread", None)
    if not isinstance(kind, str) or not kind:
        raise CheckError(f"an action needs a type, got {spec!r}")
    return Step(kind, None if val is None else str(val), on or thread)


def _action_json(index: int, action: TakenAction) -> dict[str, Any]:
    return {
        "index": index,
        "type": action.type,
        "value": action.value,
        "thread": action.thread,
        "at_s": action.at_s,
    }


@check("action")
def action(value: Any, options: Mapping[str, Any], ctx: Context) -> Outcome:
    """The trainee took that action (with that value, when one is given)."""
    step = action_step(value, ctx.thread)
    evidence: dict[str, Any] = {"expected": step.to_json()}
    for i, taken in enumerate(ctx.record.actions):
        if step.fits(taken):
            return Outcome(True, evidence | {"matched": _action_json(i, taken)})
    actions = enumerate(ctx.record.actions)
    same_type = [_action_json(i, a) for i, a in actions if a.type == step.type]
    return Outcome(False, evidence | {"taken": same_type})


@check("order")
def order(value: Any, options: Mapping[str, Any], ctx: Context) -> Outcome:
    """Those actions happened in that order (others may come between)."""
    steps = [action_step(s, ctx.thread) for s in value]
    matched: list[int] = []
    acts = iter(enumerate(ctx.record.actions))
    for step in steps:
        for i, taken in acts:
            if step.fits(taken):
                matched.append(i)
                break
        else:
            break
    expected = [s.to_json() for s in steps]
    missing = None if len(matched) == len(steps) else expected[len(matched)]
    evidence = {"expected": expected, "matched": matched, "missing": missing}
    return Outcome(missing is None, evidence)


@check("state")
def state(value: Any, options: Mapping[str, Any], ctx: Context) -> Outcome:
    """The account ends in that state (every key given has that value), as tau-bench
    grades an agent: by what the back office holds at the end, not by what was said.
    Evidence: the end state of each key and the action that set it."""
    end = end_state(ctx.back_office, ctx.record.actions)
    expected = {str(k): str(v) for k, v in dict(value).items()}
    found: dict[str, Any] = {}
    wrong: list[str] = []
    for key, want in expected.items():
        got = end.get(key)
        entry: dict[str, Any] = {"expected": want, "value": None if got is None else got.value}
        if got is not None and got.set_by is not None:
            entry["set_by"] = _action_json(got.set_by, ctx.record.actions[got.set_by])
        found[key] = entry
        if got is None or not same_value(got.value, want):
            wrong.append(key)
    return Outcome(not wrong, {"state": found, "wrong": wrong})


@check("note")
def note(value: Any, options: Mapping[str, Any], ctx: Context) -> Outcome:
    """An internal note (a ``note`` action, on the criterion's thread or on none) holds one
    of the phrases (``all: true``: every phrase, across the notes)."""
    phrases = ctx.phrases(value)
    notes = [
        (i, a)
        for i, a in enumerate(ctx.record.actions)
        if a.type == "note" and a.value and (ctx.thread is None or a.thread in (None, ctx.thread))
    ]
    evidence: dict[str, Any] = {"looked_for": list(phrases), "matches": [], "missing": []}
    if not notes:
        evidence["missing"] = list(phrases)
        return Outcome(False, evidence | {"reason": "no internal note"})
    wanted = [(p,) for p in phrases] if options.get("all") else [phrases]
    for group in wanted:
        for i, taken in notes:
            found = find_any(group, str(taken.value))
            if found is not None:
                evidence["matches"].append(
                    {"note": i, "phrase": found.phrase, "text": str(taken.value)}
                )
                break
        else:
            evidence["missing"].extend(group)
    return Outcome(not evidence["missing"], evidence)
