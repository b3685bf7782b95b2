"""The spans of one reply that a grade's evidence points at, for highlighting it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from simulator.grading.grader import Grade

HighlightKind = Literal["found", "forbidden"]
# Evidence lists holding spans, and what their spans are.
_KINDS: tuple[tuple[str, HighlightKind], ...] = (("matches", "found"), ("found", "forbidden"))


@dataclass(frozen=True)
class Highlight:
    """``text[start:end]`` of the reply: ``found`` for what a criterion wanted (a
    ``mentions`` phrase, a ``regex`` match), ``forbidden`` for what it must not hold."""

    start: int
    end: int
    kind: HighlightKind
    criterion: str
    fuzzy: bool = False


def highlights(grade: Grade, thread: str, reply: int) -> list[Highlight]:
    """The highlights in reply number ``reply`` (0-based) of ``thread``, in text order."""
    out = []
    for result in grade.criteria:
        evidence = result.evidence
        for key, kind in _KINDS:
            for item in evidence.get(key, ()):
                if item.get("thread") == thread and item.get("reply") == reply:
                    out.append(
                        Highlight(
                            item["start"],
                            item["end"],
                            kind,
                            result.id,
                            bool(item.get("fuzzy", False)),
                        )
                    )
    return sorted(out, key=lambda h: (h.start, h.end, h.criterion))
