"""The reveal log: every reveal of a sensitive image, with how long it stayed sharp.

Times come from the session's clock (seconds since start); the day is passed in.
Reveal records feed the exposure budget only, never a grade ("What never to do").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from simulator.content.model import Attachment
from simulator.wellbeing.exposure import Exposure


@dataclass(frozen=True)
class Reveal:
    attachment_id: str
    categories: tuple[str, ...]
    level: int
    at_s: float
    until_s: float | None = None  # None while still revealed

    @property
    def seconds(self) -> float:
        return 0.0 if self.until_s is None else max(0.0, self.until_s - self.at_s)


class RevealLog:
    """Reveals in order; ``reveal`` and ``hide`` are called by the screen on each gesture."""

    def __init__(self) -> None:
        self.entries: list[Reveal] = []

    def reveal(self, attachment: Attachment, at_s: float) -> Reveal:
        """Record a reveal of ``attachment`` at ``at_s`` (a second reveal while open is ignored)."""
        open_one = self.open_reveal(attachment.id)
        if open_one is not None:
            return open_one
        entry = Reveal(
            attachment.id,
            tuple(sorted({s.category for s in attachment.sensitivity})),
            max((s.level for s in attachment.sensitivity), default=0),
            at_s,
        )
        self.entries.append(entry)
        return entry

    def open_reveal(self, attachment_id: str) -> Reveal | None:
        for entry in reversed(self.entries):
            if entry.attachment_id == attachment_id and entry.until_s is None:
                return entry
        return None

    def hide(self, attachment_id: str, at_s: float) -> Reveal | None:
        """Close the open reveal of ``attachment_id`` at ``at_s``; None if none was open."""
        for i in range(len(self.entries) - 1, -1, -1):
            entry = self.entries[i]
            if entry.attachment_id == attachment_id and entry.until_s is None:
                closed = replace(entry, until_s=max(at_s, entry.at_s))
                self.entries[i] = closed
                return closed
        return None

    def hide_all(self, at_s: float) -> list[Reveal]:
        """Close every open reveal (the trainee moved on or the scenario ended)."""
        ids = [e.attachment_id for e in self.entries if e.until_s is None]
        return [r for i in ids if (r := self.hide(i, at_s)) is not None]

    def exposures(self, day: dt.date) -> list[Exposure]:
        """Closed reveals as exposure records for the budget."""
        return [
            Exposure(day, "reveal", e.categories, e.level, e.seconds)
            for e in self.entries
            if e.until_s is not None and e.level > 0
        ]
