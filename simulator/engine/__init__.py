"""Engine: the ``Session`` that plays one scenario for one trainee on an injected clock,
and the ``play`` command that runs one against a scripted trainee.

Where it stands (docs/ARCHITECTURE.md): above ``grading`` and ``content``, beside
``wellbeing`` (neither imports the other), below the store and the exams."""

from simulator.engine.session import Session
from simulator.engine.types import ActionOutcome, Message, SessionEvent, TakenAction

__all__ = ["ActionOutcome", "Message", "Session", "SessionEvent", "TakenAction"]
