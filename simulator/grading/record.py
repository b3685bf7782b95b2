"""What the trainee did in a scenario, as the grader reads it: replies and tool actions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class Reply:
    """One trainee reply on a thread; ``at_s`` is seconds from the scenario's start."""

    thread: str
    text: str
    at_s: float | None = None


@dataclass(frozen=True)
class TakenAction:
    """One tool action the trainee took (``lookup``, ``tag``, ``macro``, ...)."""

    type: str
    value: str | None = None
    thread: str | None = None
    at_s: float | None = None


@dataclass(frozen=True)
class Record:
    """Everything graded. ``first_user_at`` maps a thread to the time of the user's first
    message there; None means there was no clock (``simulator grade``), so timing checks
    are not applicable."""

    replies: Sequence[Reply] = ()
    actions: Sequence[TakenAction] = ()
    first_user_at: Mapping[str, float] | None = None

    def __post_init__(self) -> None:
        # Lists are accepted for convenience and kept as tuples, so a record never changes.
        object.__setattr__(self, "replies", tuple(self.replies))
        object.__setattr__(self, "actions", tuple(self.actions))
        if self.first_user_at is not None:
            object.__setattr__(self, "first_user_at", MappingProxyType(dict(self.first_user_at)))
