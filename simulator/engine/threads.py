"""The live state of one conversation thread in a session (mutable, engine-internal)."""

from __future__ import annotations

from dataclasses import dataclass

NEW = "new"  # no user message yet
OPEN = "open"
RESOLVED = "resolved"  # "solved" on the desk
CLOSED = "closed"
# Extensions: waiting on the user (pending) or on someone else (on-hold). Both are still
# open work: a user message puts the thread back to open.
PENDING = "pending"
ON_HOLD = "on-hold"
OPEN_STATUSES = (OPEN, PENDING, ON_HOLD)


@dataclass
class ThreadState:
    id: str
    channel: str
    sla_target_s: float
    status: str = NEW
    first_user_at: float | None = None
    last_user_at: float | None = None
    first_reply_at: float | None = None  # first trainee reply after the user's first message
    done_at: float | None = None  # when it was last resolved or closed
    waiting: bool = False  # the user's message is the last one, no reply since
    user_wrote_after_reply: bool = False
    reopened: int = 0
    replies: int = 0
    user_messages: int = 0
    overdue_flagged: bool = False
    compose_start: float | None = None  # first reported keystroke since the last reply
    compose_chars: int = 0

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def is_done(self) -> bool:
        return self.status in (RESOLVED, CLOSED)

    def first_response_s(self) -> float | None:
        if self.first_reply_at is None or self.first_user_at is None:
            return None
        return self.first_reply_at - self.first_user_at

    def handle_s(self, end: float) -> float | None:
        """First user message to resolve/close (or to ``end`` while still open)."""
        if self.first_user_at is None:
            return None
        stop = self.done_at if self.is_done and self.done_at is not None else end
        return max(0.0, stop - self.first_user_at)

    def sla_breached(self, end: float) -> bool:
        """The first reply came after the target, or none came and the target has passed."""
        if self.first_user_at is None:
            return False
        first = self.first_response_s()
        if first is not None:
            return first > self.sla_target_s
        if self.is_done and self.done_at is not None:
            end = self.done_at
        return end - self.first_user_at > self.sla_target_s

    def first_touch_resolution(self) -> bool:
        """Resolved after a reply, never reopened, and the user never had to write again."""
        return (
            self.status == RESOLVED
            and self.first_reply_at is not None
            and self.reopened == 0
            and not self.user_wrote_after_reply
        )
