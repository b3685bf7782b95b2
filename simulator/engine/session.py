"""``Session``: one scenario played for one trainee, on an injected clock.

A deterministic state machine. The only inputs are the trainee's (``reply``, ``act``,
``type_keys``, ``end``), each taken at ``clock.now()``, and the passing of time
(``advance``). The state depends only on the inputs and their times, never on when
``advance`` was called, so ``Session.replay`` rebuilds it exactly from ``inputs``.
A paused session (``pause``/``resume``) refuses the trainee's inputs and delivers
nothing; pausing is not an input and is never logged (refused inputs are not either),
so the log replays the same with or without the pauses.
The rules are written out in docs/engine.md.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from simulator.clock import Clock
from simulator.content.model import SOP, Action, Event, Scenario, sla_targets, thread_sla
from simulator.content.placeholders import DEFAULT_AGENT, fill
from simulator.engine import actions as _actions
from simulator.engine.matching import mentions_any
from simulator.engine.metrics import session_metrics
from simulator.engine.threads import CLOSED, NEW, ON_HOLD, OPEN, PENDING, RESOLVED, ThreadState
from simulator.engine.types import (
    END_NO_MORE_EVENTS,
    END_RESOLVED,
    END_TIME_LIMIT,
    END_TRAINEE,
    ENDED,
    MESSAGE,
    OVERDUE,
    REOPENED,
    REPLY,
    ActionOutcome,
    Message,
    SessionEvent,
    TakenAction,
)
from simulator.errors import SessionError
from simulator.grading.grader import Grade, Record, Reply, grade
from simulator.grading.grader import TakenAction as GradedAction

InputListener = Callable[[Mapping[str, Any]], None]

# Ranks of things due at the same instant: timeline messages come before the trainee's
# input at that instant; deadlines (no_reply, SLA, time limit) only pass after it.
# A reaction (``when: reply`` with ``after:``) due then comes after the timed messages.
_TIMED, _REACTION, _NO_REPLY, _OVERDUE, _LIMIT = 0, 1, 2, 3, 4


class Session:
    """One scenario played for one trainee. See docs/engine.md for the rules."""

    def __init__(
        self,
        scenario: Scenario,
        sop: SOP | None,
        *,
        seed: int,
        clock: Clock,
        agent: str = DEFAULT_AGENT,
        persona: Mapping[str, str] | None = None,
        on_input: InputListener | None = None,
    ) -> None:
        self.scenario = scenario
        self.sop = sop
        self.seed = seed
        self.clock = clock
        self.agent = agent
        if persona is None:
            persona = _make_persona(scenario, seed)
        self.persona: dict[str, str] = dict(persona)
        self.values: dict[str, str] = {**self.persona, "agent": agent}
        self.on_input = on_input

        self.ended = False
        self.end_reason: str | None = None
        self.ended_at: float | None = None
        self.messages: list[Message] = []
        self.actions: list[TakenAction] = []
        self.refused: list[dict[str, Any]] = []  # refused actions, with the reason
        self.inputs: list[dict[str, Any]] = []
        self.max_waiting = 0
        self._paused = False
        # The simulated account (extension ``back_office``): ``update`` actions change it.
        office = scenario.back_office
        self.state: dict[str, str] = dict(office.state) if office is not None else {}
        self.cancelled: list[int] = []  # timeline entries an ``unless:`` cancelled
        self._reactions: list[tuple[float, int, Event]] = []  # (due, index, event), sorted

        targets = sla_targets(scenario, sop)
        self.threads: dict[str, ThreadState] = {
            t.id: ThreadState(t.id, t.channel, thread_sla(targets, t)) for t in scenario.threads
        }
        self._limit = scenario.time_limit_s
        self._now = 0.0  # how far the session has played
        self._typed_chars = 0
        self._typed_seconds = 0.0
        timed = [(e.at_s, i, e) for i, e in enumerate(scenario.timeline) if e.at_s is not None]
        timed.sort(key=lambda x: (x[0], x[1]))  # same instant: file order
        self._timed: list[tuple[float, int, Event]] = [(float(t), i, e) for t, i, e in timed]
        self._next_timed = 0
        self._no_reply: dict[str, list[tuple[int, Event]]] = {}
        self._on_reply: dict[str, list[tuple[int, Event]]] = {}
        for i, e in enumerate(scenario.timeline):
            if e.when is None or e.at_s is not None:
                continue
            table = self._no_reply if e.when.kind == "no_reply" else self._on_reply
            table.setdefault(e.when.thread, []).append((i, e))
        for pending in self._no_reply.values():
            pending.sort(key=_by_wait)
        self._phrases: dict[int, list[str]] = {
            i: [fill(p, self.values) for p in e.when.mentions]
            for pending in self._on_reply.values()
            for i, e in pending
            if e.when is not None
        }

    # ----------------------------------------------------------------- pausing
    def pause(self) -> None:
        """Stop the session (a wellbeing pause): until ``resume``, the trainee's inputs
        raise ``SessionError`` and change nothing, and ``advance`` delivers nothing.
        Not an input: it is not logged (see docs/engine.md, "Pausing")."""
        self._paused = True

    def resume(self) -> None:
        """Go on after ``pause``; the next ``advance`` delivers what fell due meanwhile."""
        self._paused = False

    @property
    def paused(self) -> bool:
        return self._paused

    def _refuse_if_paused(self) -> None:
        if self._paused:
            raise SessionError("session", "the session is paused; resume it first")

    # ----------------------------------------------------------------- inputs
    def advance(self, now: float | None = None) -> list[SessionEvent]:
        """Deliver everything due up to ``now`` (default ``clock.now()``); what happened.
        Nothing while paused: time is stopped for the session."""
        if self._paused:
            return []
        at = self.clock.now() if now is None else float(now)
        return self._play_to(at, inclusive=False)

    def reply(self, thread: str, text: str) -> list[SessionEvent]:
        """The trainee sends ``text`` on ``thread`` at ``clock.now()``."""
        self._refuse_if_paused()
        return self._reply(self.clock.now(), thread, text)

    def act(self, action: Action) -> ActionOutcome:
        """The trainee uses the back-office tool at ``clock.now()``."""
        self._refuse_if_paused()
        return self._act(self.clock.now(), action)

    def type_keys(self, thread: str, chars: int) -> None:
        """The front end reports ``chars`` keystrokes typed on ``thread`` (for words per minute)."""
        self._refuse_if_paused()
        self._type_keys(self.clock.now(), thread, chars)

    def end(self) -> None:
        """End the session (the trainee, or the exam at its time limit). Also while
        paused: an end is never refused, and is logged and replayed like any other."""
        self._end_input(self.clock.now())

    def run_on(self) -> list[SessionEvent]:
        """With no more input, play on until the session ends or nothing more can happen.

        Used by ``play`` after the script's last step. Ends the session: at the last
        thing that happened, with reason ``no_more_events``, if nothing else ended it.
        """
        events: list[SessionEvent] = []
        while not self.ended:
            due = self._next_due(float("inf"), inclusive=True, messages_only=True)
            if due is None:
                break
            events += self._play_to(due[0], inclusive=True)
        if not self.ended:
            events += self._end(self._now, END_NO_MORE_EVENTS)
        return events

    @classmethod
    def replay(
        cls,
        scenario: Scenario,
        sop: SOP | None,
        *,
        seed: int,
        inputs: list[Mapping[str, Any]],
        clock: Clock,
        agent: str = DEFAULT_AGENT,
        persona: Mapping[str, str] | None = None,
        on_input: InputListener | None = None,
    ) -> Session:
        """Rebuild a session from its ``inputs`` log (after a crash); later inputs use ``clock``."""
        session = cls(scenario, sop, seed=seed, clock=clock, agent=agent, persona=persona)
        for entry in inputs:
            session._apply(entry)
        session.on_input = on_input
        return session

    # ----------------------------------------------------------------- queries
    def next_due(self) -> float | None:
        """When the next timed message, no_reply, SLA deadline or time limit falls due
        (None once ended, and while paused: nothing falls due)."""
        if self.ended or self._paused:
            return None
        due = self._next_due(float("inf"), inclusive=True)
        return None if due is None else due[0]

    @property
    def now(self) -> float:
        """How far the session has played (seconds from the start)."""
        return self._now

    def metrics(self) -> dict[str, Any]:
        """Per thread first_response_s, handle_s, sla_breached (and more); per session too."""
        end = self.ended_at if self.ended_at is not None else self._now
        return session_metrics(
            self.threads.values(), end, self.max_waiting, self._typed_chars, self._typed_seconds
        )

    def record(self) -> Record:
        """What the trainee did, for the grader."""
        replies = tuple(
            Reply(thread=m.thread, text=m.text, at_s=m.at_s)
            for m in self.messages
            if m.sender == "trainee"
        )
        actions = tuple(
            GradedAction(type=a.type, value=a.value, thread=a.thread, at_s=a.at_s)
            for a in self.actions
        )
        first_user_at = {
            t.id: t.first_user_at for t in self.threads.values() if t.first_user_at is not None
        }
        return Record(replies=replies, actions=actions, first_user_at=first_user_at)

    def grade(self) -> Grade:
        """The grade of what the trainee did so far."""
        return grade(self.scenario, self.sop, self.record(), self.values)

    def to_json(self) -> dict[str, Any]:
        """The ``play`` output: scenario, seed, transcript, actions, metrics, grade, and more."""
        return {
            "scenario": self.scenario.id,
            "seed": self.seed,
            "agent": self.agent,
            "transcript": [m.to_json() for m in self.messages],
            "actions": [a.to_json() for a in self.actions],
            "refused_actions": list(self.refused),
            "metrics": self.metrics(),
            "grade": self.grade().to_json(),
            "ended_at_s": None if self.ended_at is None else round(self.ended_at, 3),
            "end_reason": self.end_reason,
            "persona": dict(self.persona),
            # Extensions: the back office's end state, and the timeline entries an
            # ``unless:`` cancelled (their indices); only when the scenario has them.
            **({"state": dict(self.state)} if self.scenario.back_office is not None else {}),
            **({"cancelled": list(self.cancelled)} if self.cancelled else {}),
        }

    # ----------------------------------------------------------------- the inputs, at a time
    def _apply(self, entry: Mapping[str, Any]) -> None:
        """Apply one logged input (see ``inputs``)."""
        at = float(entry["at_s"])
        kind = entry["kind"]
        if kind == "reply":
            self._reply(at, entry["thread"], entry["text"])
        elif kind == "act":
            action = Action(entry["type"], entry.get("value"), entry.get("thread"))
            self._act(at, action)
        elif kind == "keys":
            self._type_keys(at, entry["thread"], int(entry["chars"]))
        elif kind == "end":
            self._end_input(at)
        else:
            raise SessionError("inputs", f"unknown input kind {kind!r}")

    def _log(self, entry: dict[str, Any]) -> None:
        self.inputs.append(entry)
        if self.on_input is not None:
            self.on_input(entry)

    def _begin_input(self, at: float) -> list[SessionEvent]:
        if at < self._now:
            raise SessionError("session", f"time went back ({at} s after {self._now} s)")
        events = self._play_to(at, inclusive=False)
        if self.ended:
            raise SessionError("session", "the session has ended")
        return events

    def _thread(self, thread: str | None) -> ThreadState:
        state = self.threads.get(thread or "")
        if state is None:
            known = ", ".join(self.threads)
            raise SessionError(f"thread {thread!r}", f"no such thread (threads: {known})")
        return state

    def _reply(self, at: float, thread: str, text: str) -> list[SessionEvent]:
        state = self._thread(thread)
        events = self._begin_input(at)
        if state.status == CLOSED:
            raise SessionError(f"thread {thread!r}", "the thread is closed")
        self._log({"at_s": at, "kind": "reply", "thread": thread, "text": text})
        filled = fill(text, self.values)
        message = Message(at, thread, state.channel, "trainee", filled)
        self.messages.append(message)
        events.append(SessionEvent(REPLY, at, thread, message))
        state.replies += 1
        state.waiting = False
        if state.first_user_at is not None and state.first_reply_at is None:
            state.first_reply_at = at
        if state.compose_start is not None:
            if at > state.compose_start:
                self._typed_chars += state.compose_chars
                self._typed_seconds += at - state.compose_start
            state.compose_start, state.compose_chars = None, 0
        for index, event in list(self._on_reply.get(thread, ())):
            phrases = self._phrases[index]
            if not phrases or mentions_any(phrases, filled):
                self._on_reply[thread].remove((index, event))
                after = event.when.after_s if event.when is not None else 0.0
                if after > 0:
                    self._reactions.append((at + after, index, event))
                    self._reactions.sort(key=lambda r: (r[0], r[1]))
                else:
                    events += self._deliver(at, index, event)
        return events

    def _act(self, at: float, action: Action) -> ActionOutcome:
        if action.type not in _actions.HANDLERS:
            known = ", ".join(_actions.HANDLERS)
            raise SessionError(f"action {action.type!r}", f"unknown action (use one of: {known})")
        if action.thread is not None:
            self._thread(action.thread)
        events = self._begin_input(at)
        self._log(
            {
                "at_s": at,
                "kind": "act",
                "type": action.type,
                "value": action.value,
                "thread": action.thread,
            }
        )
        outcome = _actions.HANDLERS[action.type](self, at, action)
        if outcome.ok:
            self.actions.append(TakenAction(at, action.type, action.value, action.thread))
            if action.type == "macro":
                outcome = self._macro_effects(at, action, outcome)
        else:
            self._refuse(at, action, outcome.message)
        events += outcome.events
        if outcome.ok and action.type in ("resolve", "close") and self._settled():
            events += self._end(at, END_RESOLVED)
        self._count_waiting()
        return dataclasses.replace(outcome, events=tuple(events))

    def _macro_effects(self, at: float, action: Action, outcome: ActionOutcome) -> ActionOutcome:
        """A macro's tags, escalation and status (SOP extension) are taken with it, as
        actions of their own at the same time (not inputs: a replay of the macro takes
        them again). One that is refused is listed in ``refused`` and skipped."""
        if self.sop is None or action.value is None:
            return outcome
        try:
            macro = self.sop.macro(action.value)
        except KeyError:
            return outcome
        events = list(outcome.events)
        for kind, value in macro.effects():
            if kind == "status" and action.thread is None:
                continue  # a status needs the conversation the macro was used on
            effect = Action(kind, value, action.thread if kind == "status" else None)
            done = _actions.HANDLERS[kind](self, at, effect)
            if done.ok:
                self.actions.append(TakenAction(at, kind, value, effect.thread))
                events += done.events
            else:
                self._refuse(at, effect, done.message)
        return dataclasses.replace(outcome, events=tuple(events))

    def _refuse(self, at: float, action: Action, reason: str) -> None:
        """List a refused action (it is not taken) with the reason given."""
        self.refused.append(
            {
                "at_s": round(at, 3),
                "type": action.type,
                "value": action.value,
                "thread": action.thread,
                "reason": reason,
            }
        )

    def _type_keys(self, at: float, thread: str, chars: int) -> None:
        # Keystrokes only feed words per minute: they do not move the session's time, so
        # nothing is delivered behind the front end's back, and never raise.
        state = self._thread(thread)
        if self.ended or chars <= 0 or at > self._limit:
            return
        self._log({"at_s": at, "kind": "keys", "thread": thread, "chars": chars})
        if state.compose_start is None:
            state.compose_start = at
        state.compose_chars += chars

    def _end_input(self, at: float) -> None:
        if self.ended or at < self._now:
            return
        self._play_to(at, inclusive=False)
        if self.ended:  # the time limit passed first
            return
        self._log({"at_s": at, "kind": "end"})
        self._end(at, END_TRAINEE)

    # ----------------------------------------------------------------- time passing
    def _play_to(self, until: float, *, inclusive: bool) -> list[SessionEvent]:
        """Fire, in time order, everything due by ``until`` (deadlines: strictly before it,
        unless ``inclusive``)."""
        events: list[SessionEvent] = []
        while not self.ended:
            due = self._next_due(until, inclusive=inclusive)
            if due is None:
                break
            at, rank, key = due
            self._now = max(self._now, at)
            if rank == _TIMED:
                _, index, event = self._timed[self._next_timed]
                self._next_timed += 1
                events += self._deliver(at, index, event)
            elif rank == _REACTION:
                _, index, event = self._reactions.pop(0)
                events += self._deliver(at, index, event)
            elif rank == _NO_REPLY:
                event = self.scenario.timeline[key]
                assert event.when is not None
                self._no_reply[event.when.thread].remove((key, event))
                events += self._deliver(at, key, event)
            elif rank == _OVERDUE:
                state = list(self.threads.values())[key]
                state.overdue_flagged = True
                events.append(SessionEvent(OVERDUE, at, state.id, text="first-response target"))
            else:
                events += self._end(at, END_TIME_LIMIT)
        if not self.ended:
            self._now = max(self._now, until)
        return events

    def _next_due(
        self, until: float, *, inclusive: bool, messages_only: bool = False
    ) -> tuple[float, int, int] | None:
        """The earliest (time, rank, key) due by ``until``, or None; ``messages_only``: only
        timed and no_reply messages (SLA notices and the time limit send nothing)."""

        def ok(t: float) -> bool:
            return t <= self._limit and (t < until or (inclusive and t <= until))

        best: tuple[float, int, int] | None = None
        if self._next_timed < len(self._timed):
            t, index, _ = self._timed[self._next_timed]
            if t <= until and t <= self._limit:
                best = (t, _TIMED, index)
        if self._reactions:
            t, index, _ = self._reactions[0]
            cand = (t, _REACTION, index)
            if t <= until and t <= self._limit and (best is None or cand < best):
                best = cand
        for thread_id, pending in self._no_reply.items():
            state = self.threads[thread_id]
            if not pending or not state.is_open or not state.waiting:
                continue
            assert state.last_user_at is not None
            # Pending is sorted by (for_s, file order): its first entry falls due first.
            index, event = pending[0]
            assert event.when is not None and event.when.for_s is not None
            cand = (state.last_user_at + event.when.for_s, _NO_REPLY, index)
            if ok(cand[0]) and (best is None or cand < best):
                best = cand
        if messages_only:
            return best
        for position, state in enumerate(self.threads.values()):
            if state.overdue_flagged or state.first_reply_at is not None or not state.is_open:
                continue
            assert state.first_user_at is not None
            cand = (state.first_user_at + state.sla_target_s, _OVERDUE, position)
            # Overdue only once the target has passed: a reply exactly at it is in time.
            if cand[0] < until and cand[0] <= self._limit and (best is None or cand < best):
                best = cand
        limit = (self._limit, _LIMIT, 0)
        if (self._limit < until or (inclusive and self._limit <= until)) and (
            best is None or limit < best
        ):
            best = limit
        return best

    def cancels(self, event: Event) -> bool:
        """One of the event's ``unless:`` conditions holds now: it will not be sent."""
        for cond in event.unless:
            if cond.kind == "action":
                if any(
                    a.type == cond.action and (cond.value is None or a.value == cond.value)
                    for a in self.actions
                ):
                    return True
                continue
            sender = "user" if cond.kind == "user_said" else "trainee"
            phrases = [fill(p, self.values) for p in cond.phrases]
            for m in self.messages:
                if (
                    m.thread == event.thread
                    and m.sender == sender
                    and mentions_any(phrases, m.text)
                ):
                    return True
        return False

    def typing(self) -> list[str]:
        """The threads whose user is seen typing now: a message with ``typing:`` is due
        within that many seconds, and no ``unless:`` cancels it (none while paused)."""
        if self.ended or self._paused:
            return []
        now = self._now
        due: list[tuple[float, Event]] = []
        due += [(t, e) for t, _, e in self._timed[self._next_timed :]]
        due += [(t, e) for t, _, e in self._reactions]
        for thread_id, pending in self._no_reply.items():
            state = self.threads[thread_id]
            if pending and state.is_open and state.waiting and state.last_user_at is not None:
                _, e = pending[0]
                if e.when is not None and e.when.for_s is not None:
                    due.append((state.last_user_at + e.when.for_s, e))
        out: list[str] = []
        for t, e in due:
            if e.typing_s is None or e.thread in out or t > self._limit:
                continue
            if t - e.typing_s <= now < t and not self.cancels(e):
                out.append(e.thread)
        return out

    def next_typing(self) -> float | None:
        """When the next typing indicator starts (for the front end's timer)."""
        now = self._now
        starts = [
            t - e.typing_s
            for t, _, e in (*self._timed[self._next_timed :], *self._reactions)
            if e.typing_s is not None and t - e.typing_s > now
        ]
        return min(starts, default=None)

    def _deliver(self, at: float, index: int, event: Event) -> list[SessionEvent]:
        """A user message arrives on its thread (unless an ``unless:`` cancels it)."""
        if event.unless and self.cancels(event):
            self.cancelled.append(index)
            return []
        state = self.threads[event.thread]
        events: list[SessionEvent] = []
        if state.status == RESOLVED:
            state.status, state.done_at = OPEN, None
            state.reopened += 1
            events.append(SessionEvent(REOPENED, at, state.id))
        elif state.status in (NEW, PENDING, ON_HOLD):
            state.status = OPEN
        labels = tuple(s for a in event.attachments for s in a.sensitivity)
        message = Message(
            at,
            state.id,
            state.channel,
            "user",
            fill(event.text, self.values),
            event.attachments,
            labels,
            index,
        )
        self.messages.append(message)
        events.insert(0, SessionEvent(MESSAGE, at, state.id, message))
        if state.first_user_at is None:
            state.first_user_at = at
        if state.first_reply_at is not None:
            state.user_wrote_after_reply = True
        state.last_user_at = at
        state.user_messages += 1
        state.waiting = state.status == OPEN
        self._count_waiting()
        return events

    def _end(self, at: float, reason: str) -> list[SessionEvent]:
        self.ended, self.end_reason, self.ended_at = True, reason, at
        self._now = max(self._now, at)
        return [SessionEvent(ENDED, at, text=reason)]

    def ends_if_settled(self, thread: str) -> bool:
        """Resolving or closing ``thread`` now would end the session: it is open, every
        other thread that had a message is done, and no timed message is to come."""
        state = self.threads.get(thread)
        if self.ended or state is None or state.status == NEW or state.is_done:
            return False
        others = [s for s in self.threads.values() if s.status != NEW and s.id != thread]
        if not all(s.is_done for s in others):
            return False
        if any(t <= self._limit for t, _, _ in self._reactions):
            return False
        nxt = self._next_timed
        return nxt >= len(self._timed) or self._timed[nxt][0] > self._limit

    def _settled(self) -> bool:
        """Every thread that had a message is resolved or closed; no timed message to come."""
        touched = [s for s in self.threads.values() if s.status != NEW]
        if not touched or not all(s.is_done for s in touched):
            return False
        if any(t <= self._limit for t, _, _ in self._reactions):
            return False
        nxt = self._next_timed  # the timed list is sorted: only the next one matters
        return nxt >= len(self._timed) or self._timed[nxt][0] > self._limit

    def _count_waiting(self) -> None:
        waiting = sum(1 for s in self.threads.values() if s.waiting and s.is_open)
        self.max_waiting = max(self.max_waiting, waiting)

    def open_threads(self) -> list[ThreadState]:
        """The threads open now (a message came; not solved or closed)."""
        return [s for s in self.threads.values() if s.is_open]


def _by_wait(entry: tuple[int, Event]) -> tuple[float, int]:
    """no_reply events of one thread: the shortest wait first, then file order."""
    index, event = entry
    return (event.when.for_s or 0.0) if event.when else 0.0, index


def _make_persona(scenario: Scenario, seed: int) -> dict[str, str]:
    if scenario.persona is None:
        return {}
    from simulator.content.persona import make_persona

    return dict(make_persona(scenario.persona, seed))
