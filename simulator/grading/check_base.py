"""What every check type shares: the ``Context`` a check reads (the replies and actions in
its criterion's scope), the ``Outcome`` it returns, and the registry (``@check(name)``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from simulator.content.model import BackOffice
from simulator.content.placeholders import PLACEHOLDER, fill
from simulator.grading.record import Record, Reply


class CheckError(ValueError):
    """A check's value cannot be used (bad regex, unknown language, ...)."""


@dataclass(frozen=True)
class Context:
    """What a criterion looks at: the replies on its thread (or all), numbered within
    their thread, and every action."""

    record: Record
    values: Mapping[str, str]
    thread: str | None = None
    replies: tuple[tuple[Reply, int], ...] = ()
    values_key: tuple[tuple[str, str], ...] = ()
    # (thread, reply index) -> why the stuffing guard caught that reply (stuffing.py)
    stuffed: Mapping[tuple[str, int], Mapping[str, Any]] = field(default_factory=dict)
    # The scenario's back office (extension): ``state:`` checks read the end state from it
    # and the actions taken.
    back_office: BackOffice | None = None

    @classmethod
    def make(cls, record: Record, values: Mapping[str, str], thread: str | None) -> Context:
        return cls.scoped(cls.everything(record, values), thread)

    @classmethod
    def everything(cls, record: Record, values: Mapping[str, str]) -> Context:
        """The context of a criterion without a thread."""
        counts: dict[str, int] = {}
        numbered: list[tuple[Reply, int]] = []
        for reply in record.replies:
            index = counts.get(reply.thread, 0)
            counts[reply.thread] = index + 1
            numbered.append((reply, index))
        key = tuple(sorted((str(k), str(v)) for k, v in values.items()))
        return cls(record, values, None, tuple(numbered), key)

    @staticmethod
    def scoped(everything: Context, thread: str | None) -> Context:
        """``everything`` narrowed to one thread's replies (None: unchanged)."""
        if thread is None:
            return everything
        replies = tuple(r for r in everything.replies if r[0].thread == thread)
        return Context(
            everything.record,
            everything.values,
            thread,
            replies,
            everything.values_key,
            everything.stuffed,
            everything.back_office,
        )

    def exempt(self, value: Any) -> frozenset[str]:
        """The check's phrases (filled) that are a placeholder alone, such as ``{name}``:
        a name is never read as negated."""
        raw = (value,) if isinstance(value, str) else tuple(str(v) for v in value)
        return _exempt(raw, self.values_key)

    def phrases(self, value: Any) -> tuple[str, ...]:
        """The check's phrases with placeholders filled."""
        if isinstance(value, str):
            return _filled((value,), self.values_key)
        if not isinstance(value, tuple):
            value = tuple(str(v) for v in value)
        return _filled(value, self.values_key)


@lru_cache(maxsize=4096)
def _filled(phrases: tuple[str, ...], values_key: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    values = dict(values_key)
    return tuple(fill(p, values) for p in phrases)


@lru_cache(maxsize=1024)
def _exempt(raw: tuple[str, ...], values_key: tuple[tuple[str, str], ...]) -> frozenset[str]:
    values = dict(values_key)
    return frozenset(fill(p, values) for p in raw if PLACEHOLDER.fullmatch(p.strip()))


# Not frozen, with slots: a grade makes one per criterion and a frozen dataclass's
# ``__init__`` costs three times as much; nobody keeps an Outcome past ``_judge``.
@dataclass(slots=True)
class Outcome:
    passed: bool
    evidence: dict[str, Any] = field(default_factory=dict)
    applicable: bool = True
    uncertain: tuple[str, ...] = ()  # why the verdict may need a human (docs/grading.md)


CheckFunction = Callable[[Any, Mapping[str, Any], Context], Outcome]
CHECKS: dict[str, CheckFunction] = {}


def check(name: str) -> Callable[[CheckFunction], CheckFunction]:
    """Register a check function under the check type ``name``."""

    def register(fn: CheckFunction) -> CheckFunction:
        CHECKS[name] = fn
        return fn

    return register
