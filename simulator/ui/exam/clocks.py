"""Clocks that tie the desk and the wellbeing dialogs to an ``ExamSitting``.

The sitting owns the exam time (a ``WellbeingClock``); these adapters only route the
desk's and the dialogs' pause/resume calls to ``sitting.pause(reason)`` so that every
pause is logged by the sitting (and so survives a crash), never kept on the side.
"""

from __future__ import annotations

from typing import cast

from simulator.exams.sitting import ExamSitting
from simulator.wellbeing.breaks import PauseReason, WellbeingClock


class SittingPauses(WellbeingClock):
    """What the wellbeing dialogs pause in an exam (``gate.exam_clock``).

    A ``WellbeingClock`` to the dialogs (so they pass their own reason: briefing, break),
    but each pause and resume goes through the sitting, which logs it.
    """

    def __init__(self, sitting: ExamSitting) -> None:
        super().__init__(sitting.exam_clock)
        self.sitting = sitting

    @property
    def paused(self) -> bool:
        return self.sitting.paused

    @property
    def reasons(self) -> tuple[PauseReason, ...]:
        return cast("tuple[PauseReason, ...]", self.sitting.exam_clock.reasons)

    def pause(self, reason: PauseReason) -> None:
        self.sitting.pause(reason)

    def resume(self, reason: PauseReason) -> None:
        self.sitting.resume(reason)

    @property
    def paused_s(self) -> float:
        return self.sitting.exam_clock.paused_s

    def now(self) -> float:
        return self.sitting.exam_clock.now()


class ItemDeskClock:
    """The desk controller's clock for the running item (a ``simulator.clock.RunnableClock``;
    its ``pause`` is the support one).

    ``now()`` is the item's session time (exam time since the item started, capped at the
    limit); the controller's ``start(at)`` does nothing: the sitting's clock already runs.
    """

    def __init__(self, sitting: ExamSitting) -> None:
        self.sitting = sitting
        start = sitting.item_start_s if sitting.item_start_s is not None else 0.0
        self._item = sitting.item_clock(start)

    def start(self, at: float = 0.0) -> None:
        return None

    def now(self) -> float:
        return self._item.now()

    @property
    def paused(self) -> bool:
        return self.sitting.paused

    def pause(self) -> None:
        self.sitting.pause("support")

    def resume(self) -> None:
        self.sitting.resume("support")
