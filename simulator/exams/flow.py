"""The exam flow: which page a sitting is on and what comes next, without Qt.

A plain state object (Glue's state objects, see docs/architecture.md): the exam screen
binds to it, renders the stage it is in and forwards the trainee's intent (begin, go on,
take a break, the briefing's choice, the item ended); the flow asks the sitting
(``simulator.exams.sitting``) and answers with the next step. Dialogs, the store and
timers stay with the caller, so the flow runs the same in a test without a window.

Stages and their transitions (anything else raises ``FlowError``)::

    idle ──► intro ──► playing ◄──► between ──► end ──► idle
      │                  │  ▲                    ▲
      └─(resume)─────────┴──┴────────────────────┘
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from simulator.errors import SessionError

if TYPE_CHECKING:
    from simulator.content.model import Scenario
    from simulator.engine import Session
    from simulator.exams.definition import ExamDef
    from simulator.exams.sitting import ExamSitting
    from simulator.wellbeing.briefing import Briefing
    from simulator.wellbeing.flow import Gate


class Stage(StrEnum):
    """Where the sitting is on screen (a ``str``: ``stage == "playing"`` holds)."""

    IDLE = "idle"  # no sitting: the screen is closed or signed out
    INTRO = "intro"  # the rules, before the trainee begins
    PLAYING = "playing"  # an item at the desk under the exam timer
    BETWEEN = "between"  # between items: go on, or take a break (the clock stops)
    END = "end"  # the verdict of record


class Step(StrEnum):
    """What the caller does next after a move."""

    PLAY = "play"  # start (or go back to) the current item: ``flow.play()``
    BRIEF = "brief"  # show ``flow.briefing`` first, then ``flow.briefed(choice, gate)``
    WAIT = "wait"  # the flow is between items: render ``flow.between_view()``
    FINISH = "finish"  # time is up or every item is done: store the verdict, ``flow.end()``


_ALLOWED: dict[Stage, frozenset[Stage]] = {
    Stage.IDLE: frozenset({Stage.IDLE, Stage.INTRO, Stage.PLAYING, Stage.BETWEEN, Stage.END}),
    Stage.INTRO: frozenset({Stage.INTRO, Stage.PLAYING, Stage.BETWEEN, Stage.END, Stage.IDLE}),
    Stage.PLAYING: frozenset({Stage.BETWEEN, Stage.END, Stage.IDLE}),
    Stage.BETWEEN: frozenset({Stage.PLAYING, Stage.BETWEEN, Stage.END, Stage.IDLE}),
    Stage.END: frozenset({Stage.END, Stage.IDLE, Stage.INTRO}),
}


class FlowError(SessionError):
    """A move the exam flow does not allow from its stage (a bug in the caller)."""

    def __init__(self, stage: Stage, to: Stage) -> None:
        super().__init__("exam", f"the exam flow cannot go from {stage} to {to}")


@dataclass(frozen=True)
class BetweenView:
    """What the page between items shows."""

    index: int  # items done so far (the next one is index + 1)
    total: int
    remaining_s: float
    on_break: bool
    resumed: bool  # back after a sign-out or a postponed briefing


@dataclass(frozen=True)
class ClockView:
    """The exam timer's state, for the chip in the desk header."""

    remaining_s: float
    status: str  # "running" | "paused" | "over" (the pause allowance is used up)
    item: int  # 1-based
    total: int
    newly_over: bool  # the allowance ran out since the last look: tell the trainee once
    notice: bool  # the desk's pause panel says the allowance is used up


@dataclass(frozen=True)
class ItemEnded:
    """An item the trainee (or the clock) ended: for the wellbeing hooks."""

    scenario: Scenario | None
    seconds: float


Listener = Callable[[Stage, Stage], None]


class ExamFlow:
    """The stages of one sitting on screen and the moves between them."""

    def __init__(self) -> None:
        self.stage = Stage.IDLE
        self.sitting: ExamSitting | None = None
        self.exam: ExamDef | None = None
        self.items_total = 0
        self.briefing: Briefing | None = None  # the briefing a BRIEF step asks to show
        self.listeners: list[Listener] = []  # called (old, new) on every stage change
        self._resumed = False
        self._told_allowance = False
        self._on_break = False
        self._upcoming = False

    # -- the stage ------------------------------------------------------------
    def can_go(self, to: Stage) -> bool:
        return to in _ALLOWED[self.stage]

    def _go(self, to: Stage) -> None:
        old = self.stage
        if not self.can_go(to):
            raise FlowError(old, to)
        self.stage = to
        for listener in list(self.listeners):
            listener(old, to)

    def _need_sitting(self) -> ExamSitting:
        if self.sitting is None:
            raise SessionError("exam", "the exam flow has no sitting")
        return self.sitting

    @property
    def running(self) -> bool:
        """A sitting is on screen and not ended."""
        return self.sitting is not None and self.stage is not Stage.END

    # -- starting ---------------------------------------------------------------
    def introduce(self, exam: ExamDef, items: int) -> None:
        """The rules page for ``exam`` with ``items`` items."""
        self.exam = exam
        self.items_total = items
        self._go(Stage.INTRO)

    def adopt(self, sitting: ExamSitting, resumed: bool = False) -> None:
        """Take ``sitting`` (just started, or resumed from the store): a fresh start."""
        self._go(Stage.IDLE)
        self.sitting = sitting
        self.exam = sitting.exam
        self.items_total = len(sitting.order)
        self._told_allowance = False
        self._resumed = resumed

    def on_resume(self) -> Step:
        """Where a resumed sitting picks up: the verdict, its item, or between items."""
        sitting = self._need_sitting()
        if sitting.done:
            return Step.FINISH
        if sitting.session is not None:
            return Step.PLAY
        self._resumed = True
        self.to_between(on_break=False)
        return Step.WAIT

    # -- items --------------------------------------------------------------------
    def next_item(self, gate: Gate) -> Step:
        """Brief (maybe), play the current item, or end the sitting."""
        sitting = self._need_sitting()
        if sitting.check_time() or sitting.done:
            return Step.FINISH
        before = sitting.before(gate)
        self.briefing = before.briefing
        return Step.BRIEF if before.briefing is not None else Step.PLAY

    def can_swap(self) -> bool:
        """The current item has an equivalent a Skip would give."""
        return self._need_sitting().swap_for_current() is not None

    def briefed(self, choice: str, gate: Gate) -> Step:
        """The trainee's answer to the briefing: continue, skip (to the equivalent), or
        postpone (back between items; the exam clock runs, a break stops it)."""
        sitting = self._need_sitting()
        self.briefing = None
        if choice == "skip" and sitting.swap_for_current() is not None:
            sitting.skip()
            return self.next_item(gate)  # the equivalent may have its own briefing
        if choice != "continue":
            self.to_between(on_break=False, upcoming=True)
            return Step.WAIT
        return Step.PLAY

    def play(self) -> Session:
        """The current item's session (started now, or the one in progress)."""
        sitting = self._need_sitting()
        if not self.can_go(Stage.PLAYING):
            raise FlowError(self.stage, Stage.PLAYING)
        session = sitting.session or sitting.start()
        self._go(Stage.PLAYING)
        return session

    def item_ended(self) -> ItemEnded | None:
        """The desk's session ended; None when no item was being played."""
        sitting = self.sitting
        if sitting is None or self.stage is not Stage.PLAYING:
            return None
        session = sitting.session
        if session is None:
            return ItemEnded(None, 0.0)
        seconds = session.clock.now()
        sitting.finish_item()
        return ItemEnded(session.scenario, seconds)

    def after_item(self) -> Step:
        """After an item: the verdict, or the page between items."""
        sitting = self._need_sitting()
        if sitting.check_time() or sitting.done:
            return Step.FINISH
        self.to_between(on_break=False)
        return Step.WAIT

    # -- between items ------------------------------------------------------------
    def to_between(self, on_break: bool, upcoming: bool = False) -> None:
        self._need_sitting()
        self._go(Stage.BETWEEN)
        self._on_break = on_break
        self._upcoming = upcoming

    def between_view(self) -> BetweenView:
        """The page between items (read once: the "resumed" note shows one time)."""
        sitting = self._need_sitting()
        view = BetweenView(
            sitting.index,
            self.items_total,
            sitting.remaining_s,
            self._on_break,
            self._resumed or self._upcoming,
        )
        self._resumed = False
        return view

    def take_break(self) -> bool:
        """Stop the exam clock between items; False when already on a break."""
        sitting = self.sitting
        if sitting is None or "break" in sitting.exam_clock.reasons:
            return False
        sitting.pause("break")
        self.to_between(on_break=True)
        return True

    def go_on(self, gate: Gate) -> Step | None:
        """End the break (if any) and move to the next item."""
        if self.sitting is None:
            return None
        self.sitting.resume("break")
        return self.next_item(gate)

    # -- time -----------------------------------------------------------------------
    def time_up(self) -> bool:
        """The exam's time ran out (the sitting ends the item in play at the limit)."""
        sitting = self.sitting
        if sitting is None or self.stage is Stage.END:
            return False
        return sitting.check_time()

    def clock_view(self) -> ClockView | None:
        sitting = self.sitting
        if sitting is None:
            return None
        if sitting.over_allowance:
            status = "over"
        elif sitting.paused:
            status = "paused"
        else:
            status = "running"
        newly = status == "over" and not self._told_allowance
        if newly:
            self._told_allowance = True
        return ClockView(
            sitting.remaining_s,
            status,
            sitting.index + 1,
            self.items_total,
            newly,
            self.stage is Stage.PLAYING and status == "over",
        )

    def allowance_minutes(self) -> int:
        return round((self.exam.support_pause_limit_s if self.exam else 0) / 60)

    # -- the end ----------------------------------------------------------------------
    def end(self) -> ExamSitting | None:
        """Go to the verdict; the sitting to store, or None when there is nothing to end."""
        if self.sitting is None or self.stage is Stage.END:
            return None
        self._go(Stage.END)
        return self.sitting

    def show_end(self) -> None:
        """The verdict page of a stored sitting."""
        self._go(Stage.END)

    def close(self) -> None:
        """Let go of the sitting (the store keeps it)."""
        self.sitting = None
        self.briefing = None
        self._go(Stage.IDLE)
