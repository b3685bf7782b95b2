"""The simulated account's state: where it starts and what back-office actions change.

A pure function of the scenario's ``back_office`` and the actions taken, so the engine
(live), the grader (``state:`` checks) and the validator (examples) agree on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from simulator.content.model import BackOffice

UPDATE = "update"


@dataclass(frozen=True)
class StateValue:
    """One state key's value, and which action (its index among the actions taken) set
    it last (None: it is the starting value)."""

    value: str
    set_by: int | None = None


def end_state(back_office: BackOffice | None, actions: Iterable[Any]) -> dict[str, StateValue]:
    """The state after ``actions`` (objects with ``type`` and ``value``) in order.

    An ``update`` whose value is not one of the scenario's back-office actions changes
    nothing (the engine refuses it; a hand-written record may hold one)."""
    if back_office is None:
        return {}
    state = {k: StateValue(str(v)) for k, v in back_office.state.items()}
    for index, action in enumerate(actions):
        if getattr(action, "type", None) != UPDATE:
            continue
        try:
            declared = back_office.action(str(getattr(action, "value", "")))
        except KeyError:
            continue
        for key, value in declared.sets.items():
            state[key] = StateValue(str(value), index)
    return state


def same_value(a: str, b: str) -> bool:
    """State values compare without case and surrounding space ("Off" is "off")."""
    return a.strip().casefold() == b.strip().casefold()
