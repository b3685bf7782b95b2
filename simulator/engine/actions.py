"""The simulated back-office tool: what each action type does to a session.

Each handler takes the session, the time and the action, changes the session's thread
states if the action does that, and returns an ``ActionOutcome`` (``ok`` False with a
message the trainee reads when the action is refused).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from simulator.content.model import SOP, Account, Action, Scenario
from simulator.content.placeholders import fill
from simulator.engine.threads import CLOSED, NEW, ON_HOLD, OPEN, PENDING, RESOLVED, ThreadState
from simulator.engine.types import CLOSED as CLOSED_EVENT
from simulator.engine.types import RESOLVED as RESOLVED_EVENT
from simulator.engine.types import ActionOutcome, SessionEvent


class Session(Protocol):
    """What a handler sees of a session (``simulator.engine.session.Session`` is one);
    declared here so that this module does not import the session that calls it."""

    scenario: Scenario
    sop: SOP | None
    persona: dict[str, str]
    values: dict[str, str]
    threads: dict[str, ThreadState]
    state: dict[str, str]

    def open_threads(self) -> list[ThreadState]: ...


Handler = Callable[[Session, float, Action], ActionOutcome]


def _refuse(message: str, code: str, **args: str) -> ActionOutcome:
    """A refusal: the English ``message`` and its ``code`` and ``args`` for translation."""
    return ActionOutcome(False, message, code=code, args=args)


def lookup(session: Session, at: float, action: Action) -> ActionOutcome:
    """The account card: the persona's details and the scenario's ``account``."""
    account = session.scenario.account or Account()
    card: dict[str, Any] = {k: v for k, v in session.persona.items()}
    card.update(
        {
            "status": account.status,
            "created": account.created,
            "region": account.region,
            "notes": [fill(n, session.values) for n in account.notes],
        }
    )
    for key, value in account.extra.items():
        card[key] = fill(value, session.values) if isinstance(value, str) else value
    return ActionOutcome(True, "Account found", card=card)


def tag(session: Session, at: float, action: Action) -> ActionOutcome:
    if not action.value:
        return _refuse("A tag needs a value", "tag-needs-value")
    return ActionOutcome(True, f"Tagged {action.value}")


def macro(session: Session, at: float, action: Action) -> ActionOutcome:
    """The macro's text in the scenario's language, filled, for the composer."""
    if not action.value:
        return _refuse("Choose a macro", "choose-macro")
    sop = session.sop
    if sop is None:
        return _refuse("This case has no SOP, so no macros", "no-sop")
    try:
        found = sop.macro(action.value)
    except KeyError:
        known = ", ".join(m.id for m in sop.macros) or "none"
        return _refuse(
            f"No macro {action.value!r} in this SOP (macros: {known})",
            "unknown-macro",
            value=action.value,
            known=known,
        )
    text = fill(found.text.get(session.scenario.language), session.values)
    return ActionOutcome(True, f"Macro {action.value} inserted", text=text)


def escalate(session: Session, at: float, action: Action) -> ActionOutcome:
    """Only to a team the SOP lists."""
    teams = session.sop.teams if session.sop is not None else ()
    if not action.value:
        return _refuse("Choose a team to escalate to", "choose-team")
    if action.value not in teams:
        known = ", ".join(teams) or "none"
        return _refuse(
            f"This case cannot be escalated to {action.value!r} (teams: {known})",
            "unknown-team",
            value=action.value,
            known=known,
        )
    return ActionOutcome(True, f"Escalated to {action.value}")


def note(session: Session, at: float, action: Action) -> ActionOutcome:
    """An internal note on a thread: for colleagues, never sent to the user."""
    if not action.value or not action.value.strip():
        return _refuse("A note needs some text", "note-needs-text")
    return ActionOutcome(True, "Note added")


def update(session: Session, at: float, action: Action) -> ActionOutcome:
    """A back-office action the scenario declares: it changes the account's state."""
    office = session.scenario.back_office
    declared = [a.id for a in office.actions] if office is not None else []
    if not action.value or action.value not in declared:
        known = ", ".join(declared) or "none"
        return _refuse(
            f"No back-office action {action.value!r} in this case (actions: {known})",
            "unknown-update",
            value=str(action.value),
            known=known,
        )
    assert office is not None
    changes = office.action(action.value).sets
    session.state.update(changes)
    done = ", ".join(f"{k}: {v}" for k, v in changes.items())
    return ActionOutcome(True, f"Updated ({done})", card=dict(session.state))


STATUS_VALUES = (PENDING, ON_HOLD, OPEN)


def status(session: Session, at: float, action: Action) -> ActionOutcome:
    """Set a thread's status: ``pending`` (waiting on the user), ``on-hold`` (waiting on
    another team) or ``open`` (reopen a solved thread, or take it off pending/hold)."""
    if action.value not in STATUS_VALUES:
        return _refuse(
            f"A status is one of: {', '.join(STATUS_VALUES)}",
            "unknown-status",
            value=str(action.value),
        )
    if action.thread is None:
        return _refuse("Choose a conversation first", "status-needs-thread")
    state = session.threads[action.thread]
    if state.status in (NEW, CLOSED):
        return _refuse(
            f"{state.id} is {state.status}: its status cannot change",
            f"status-{state.status}",
            thread=state.id,
        )
    if state.status == action.value:
        return _refuse(f"{state.id} is already {state.status}", "already-status", thread=state.id)
    if state.status == RESOLVED:
        state.done_at = None  # reopened by the trainee
    state.status = action.value
    return ActionOutcome(True, f"{state.id} is {action.value}")


def request_info(session: Session, at: float, action: Action) -> ActionOutcome:
    return ActionOutcome(True, "Information requested")


def _finish(session: Session, at: float, action: Action, status: str) -> ActionOutcome:
    """Resolve or close one thread, or every open thread when none is named."""
    verb = "resolved" if status == RESOLVED else "closed"
    if action.thread is not None:
        state = session.threads[action.thread]
        if state.status == NEW:
            return _refuse(
                f"Nothing to {verb[:-1]} on {state.id} yet: no message has come",
                f"nothing-to-{verb[:-1]}",
                thread=state.id,
            )
        if state.status == CLOSED or state.status == status:
            return _refuse(
                f"{state.id} is already {state.status}",
                f"already-{state.status}",
                thread=state.id,
            )
        targets: list[ThreadState] = [state]
    else:
        targets = session.open_threads()
        if not targets:
            return _refuse(f"No open thread to mark {verb}", "no-open-thread")
    kind = RESOLVED_EVENT if status == RESOLVED else CLOSED_EVENT
    events = []
    for state in targets:
        state.status, state.done_at, state.waiting = status, at, False
        events.append(SessionEvent(kind, at, state.id))
    names = ", ".join(s.id for s in targets)
    return ActionOutcome(True, f"{names} {verb}", events=tuple(events))


def resolve(session: Session, at: float, action: Action) -> ActionOutcome:
    return _finish(session, at, action, RESOLVED)


def close(session: Session, at: float, action: Action) -> ActionOutcome:
    return _finish(session, at, action, CLOSED)


HANDLERS: dict[str, Handler] = {
    "lookup": lookup,
    "tag": tag,
    "macro": macro,
    "escalate": escalate,
    "request_info": request_info,
    "resolve": resolve,
    "close": close,
    "note": note,
    "update": update,
    "status": status,
}
