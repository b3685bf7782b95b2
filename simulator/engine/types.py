"""What a session hands to its front ends: delivered messages, events, action outcomes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from simulator.content.model import Attachment, Sensitivity

Sender = Literal["user", "trainee"]

# SessionEvent kinds, for the front end to react to.
MESSAGE = "message"  # a user message was delivered (``message`` is set)
REPLY = "reply"  # the trainee's reply was recorded (``message`` is set)
OVERDUE = "overdue"  # a thread passed its first-response target without a reply
REOPENED = "reopened"  # the user wrote again on a resolved thread
RESOLVED = "resolved"
CLOSED = "closed"
ACTION = "action"  # a tool action was taken (``text`` names it)
ENDED = "ended"  # the session ended (``text`` is the end reason)

# Why a session ended (``Session.end_reason``).
END_RESOLVED = "resolved"  # every thread with a message is resolved or closed, none to come
END_TIME_LIMIT = "time_limit"
END_TRAINEE = "trainee"  # Session.end()
END_NO_MORE_EVENTS = "no_more_events"  # Session.run_on(): nothing more could happen


@dataclass(frozen=True)
class Message:
    """One transcript entry: a user message (placeholders filled) or a trainee reply."""

    at_s: float
    thread: str
    channel: str
    sender: Sender
    text: str
    attachments: tuple[Attachment, ...] = ()
    sensitivity: tuple[Sensitivity, ...] = ()  # the labels of its attachments
    event_index: int | None = None  # the timeline entry it came from (user messages)

    def to_json(self) -> dict[str, Any]:
        return {
            "at_s": _t(self.at_s),
            "thread": self.thread,
            "channel": self.channel,
            "from": self.sender,
            "text": self.text,
            "attachments": [
                {
                    "id": a.id,
                    "image": a.image,
                    "alt": a.alt,
                    "sensitivity": [
                        {"category": s.category, "level": s.level} for s in a.sensitivity
                    ],
                }
                for a in self.attachments
            ],
        }


@dataclass(frozen=True)
class SessionEvent:
    """Something that happened, for the front end: ``kind`` is one of the constants above."""

    kind: str
    at_s: float
    thread: str | None = None
    message: Message | None = None
    text: str = ""


@dataclass(frozen=True)
class TakenAction:
    """A tool action the session accepted."""

    at_s: float
    type: str
    value: str | None = None
    thread: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "at_s": _t(self.at_s),
            "type": self.type,
            "value": self.value,
            "thread": self.thread,
        }


@dataclass(frozen=True)
class ActionOutcome:
    """What a tool action did. ``ok`` False: refused, ``message`` says why (for the trainee).

    ``card`` is the account card (lookup); ``text`` the macro's text, filled, in the
    scenario's language, for the composer (a macro does not send anything by itself).
    """

    ok: bool
    message: str
    card: Mapping[str, Any] | None = None
    text: str | None = None
    events: tuple[SessionEvent, ...] = field(default=())
    # Why, for a UI to say in its own language: e.g. "unknown-macro" with
    # args {"value": ..., "known": ...}; "" for a success.
    code: str = ""
    args: Mapping[str, str] = field(default_factory=dict)


def _t(seconds: float) -> float:
    """Times in JSON: seconds rounded to the millisecond, so float noise never shows."""
    return round(float(seconds), 3)
