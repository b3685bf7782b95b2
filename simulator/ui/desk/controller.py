"""Drives a core Session from the Qt event loop and tells the desk what changed.

The session owns the timeline and the rules; this object only asks it what is due,
wakes up at that time (a single-shot QTimer), calls ``advance(now)``, and turns the
session's events into Qt signals. Saving each input as it happens is the session's
``on_input`` listener (set by whoever builds the session), so an attempt survives a crash.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from simulator.clock import RunnableClock
from simulator.content.model import Action

# The display refresh for SLA timers; messages are not delayed by it (see _schedule).
TICK_MS = 250


@dataclass(frozen=True)
class ThreadInfo:
    """What the inbox shows about a thread (read from the session's thread state)."""

    id: str
    channel: str
    status: str
    waiting: bool
    first_user_at: float | None
    first_reply_at: float | None
    sla_target_s: float


class DeskController(QObject):
    """Owns the session and the clock for one attempt."""

    message_arrived = Signal(object)  # engine Message from the user
    reply_recorded = Signal(object)  # engine Message from the trainee
    changed = Signal()  # thread states, actions or time moved
    ended = Signal(str)  # end reason
    paused_changed = Signal(bool)  # a wellbeing pause opened (True) or ended (False)

    def __init__(self, session, clock: RunnableClock, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.finished = False
        self.resume_at = 0.0  # a resumed attempt's clock starts where it stopped
        self._due = QTimer(self)
        self._due.setSingleShot(True)
        self._due.setTimerType(self._precise())
        self._due.timeout.connect(self.tick)
        self._display = QTimer(self)
        self._display.setInterval(TICK_MS)
        self._display.timeout.connect(self.tick)

    @staticmethod
    def _precise():
        from PySide6.QtCore import Qt

        return Qt.PreciseTimer

    # -- running ------------------------------------------------------------
    def start(self, run_timers: bool = True) -> None:
        """Start the clock and deliver what is due at 0 s (timers off: tests tick by hand)."""
        self.clock.start(at=self.resume_at)
        if run_timers:
            self._display.start()
        self.tick()

    def stop_timers(self) -> None:
        self._due.stop()
        self._display.stop()

    def tick(self) -> None:
        """Advance the session to the clock's time; emit what happened (nothing while
        paused: the session delivers nothing then)."""
        if self.finished or self.paused or self.clock.paused:
            return
        events = self.session.advance(self.clock.now()) or ()
        self._emit(events)
        if self.session.ended:
            self._finish(self.session.end_reason or "")
        self._schedule()
        self.changed.emit()

    def _schedule(self) -> None:
        if self.finished or not self._display.isActive():
            return
        due = self.session.next_due()
        if due is None:
            return
        wait_ms = max(0, int((due - self.clock.now()) * 1000) + 1)
        self._due.start(wait_ms)

    def _emit(self, events) -> None:
        for ev in events:
            kind = ev.kind
            if kind == "message" and ev.message is not None:
                self.message_arrived.emit(ev.message)
            elif kind == "reply" and ev.message is not None:
                self.reply_recorded.emit(ev.message)
            elif kind == "ended":
                self._finish(ev.text)

    def _finish(self, reason: str) -> None:
        if self.finished:
            return
        self.finished = True
        self.stop_timers()
        self.ended.emit(reason)

    @property
    def paused(self) -> bool:
        """A wellbeing pause is open: the clock and the session are stopped."""
        return bool(self.session.paused)

    def pause(self) -> None:
        """Stop the clock and the session (the session then refuses every input); the
        desk hides the case until ``resume``."""
        if self.paused:
            return
        self.tick()  # what fell due before the pause is delivered first
        self._due.stop()
        self.clock.pause()
        self.session.pause()
        self.paused_changed.emit(True)
        self.changed.emit()

    def resume(self) -> None:
        if not self.paused:
            return
        self.session.resume()
        self.clock.resume()
        self.paused_changed.emit(False)
        self.tick()

    # -- trainee inputs -----------------------------------------------------
    def reply(self, thread: str, text: str) -> None:
        self.tick()
        events = self.session.reply(thread, text) or ()
        self._emit(events)
        self.tick()

    def act(self, action: Action):
        """Take a tool action; returns the session's ActionOutcome."""
        self.tick()
        outcome = self.session.act(action)
        self._emit(outcome.events or ())
        self.tick()
        return outcome

    def type_keys(self, thread: str, chars: int) -> None:
        if chars > 0 and not self.finished and not self.paused:
            self.session.type_keys(thread, chars)

    def end(self) -> None:
        """The trainee ends the scenario."""
        if self.finished:
            return
        self.tick()
        self.session.end()
        self._finish(self.session.end_reason or "trainee")

    # -- reading ------------------------------------------------------------
    def now(self) -> float:
        return self.clock.now()

    def thread_info(self, thread_id: str) -> ThreadInfo:
        st = self.session.threads[thread_id]
        return ThreadInfo(
            id=st.id,
            channel=st.channel,
            status=st.status,
            waiting=st.waiting,
            first_user_at=st.first_user_at,
            first_reply_at=st.first_reply_at,
            sla_target_s=st.sla_target_s,
        )

    def messages(self, thread_id: str | None = None) -> list:
        msgs = list(self.session.messages)
        return [m for m in msgs if thread_id is None or m.thread == thread_id]

    def actions(self) -> list:
        return list(getattr(self.session, "actions", ()))
