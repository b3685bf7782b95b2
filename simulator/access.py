"""Who may do what: the one place that holds Frontline's role rules.

The command line and the store's read API both ask ``require`` before they act; the
rules are written down for people in docs/store.md ("Who may do what"). Roles:

- **trainee**: practises and sits exams; reads their own results and their own
  wellbeing check-ins; changes their own password.
- **trainer**: everything a trainee may, plus: reads anyone's results, adds trainees,
  sets trainees' passwords and shown names, lists people, grants extra exam time (not to
  themself), sees a cohort's check-in figures (only as an aggregate, suppressed under 5
  people).
- **admin**: everything a trainer may, plus: adds trainers and admins, sets anyone's
  password and shown name, revokes certificates. An admin reads no one's check-ins
  either: they are the writer's alone.

Trainer tools (issue 16):

- **the lead** of a blind calibration session is an admin (Frontline has no separate
  lead role; "a lead or admin" resolves conflicting overrides too): only an admin starts
  a session, choosing its attempts and trainers. Trainers and admins grade in sessions
  they were chosen for and read a session's results once every one has submitted (the
  store checks membership and completeness, ``simulator.store.calibration``).
- **disputes**: only the attempt's owner disputes one of its criteria (an admin or a
  trainer no more than anyone else); a trainer or admin who is not the owner resolves
  one; trainers and admins read the queue, a trainee their own disputes; only an admin
  sets the dispute window.

- **reports**: a trainer or an admin (a lead) builds a cohort report (figures, CSV,
  PDF); a trainee does not, not even of a cohort they belong to.

Nobody signed in may do one thing: create the first admin of a store that has none (the
app's first-start screen and ``simulator user add NAME --role admin``).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

from simulator.errors import SimulatorError

ROLES = ("trainee", "trainer", "admin")


class Action(StrEnum):
    ADD_PERSON = "add a person"
    SET_PASSWORD = "set a password"
    RENAME_PERSON = "change the name shown"
    REVOKE_CERTIFICATE = "revoke a certificate"
    GRANT_EXTRA_TIME = "grant extra exam time"
    LIST_PEOPLE = "list people"
    READ_RESULTS = "read results"
    READ_CHECKINS = "read check-ins"
    READ_CHECKIN_FIGURES = "read a cohort's check-in figures"
    RUN_CALIBRATION = "start a calibration session"
    GRADE_CALIBRATION = "grade in a calibration session"
    DISPUTE_CRITERION = "dispute a criterion"
    RESOLVE_DISPUTE = "resolve a dispute"
    READ_DISPUTES = "read disputes"
    SET_DISPUTE_WINDOW = "set the dispute window"
    READ_REPORTS = "build a cohort report"


class AccessError(SimulatorError):
    """The requester may not do this (or nobody signed in)."""


class Requester(Protocol):
    """A signed-in person, as far as the rules care."""

    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...

    @property
    def role(self) -> str: ...


def allowed(
    requester: Requester | None,
    action: Action,
    *,
    subject_id: int | None = None,
    subject_role: str | None = None,
    first_admin: bool = False,
) -> bool:
    """Whether ``requester`` may do ``action`` to the person ``subject_id`` (whose role is
    ``subject_role``). ``first_admin``: the store has no admin yet."""
    if requester is None:
        return action is Action.ADD_PERSON and first_admin and subject_role == "admin"
    role = requester.role if requester.role in ROLES else "trainee"
    is_self = subject_id is not None and subject_id == requester.id
    if action is Action.READ_CHECKINS:
        return is_self  # private to their writer: no trainer, no admin
    if action is Action.DISPUTE_CRITERION:
        return is_self  # the attempt's owner alone
    if action is Action.RESOLVE_DISPUTE:
        return role in ("trainer", "admin") and not is_self
    if role == "admin":
        return True
    if action is Action.SET_PASSWORD:
        return is_self or (role == "trainer" and subject_role == "trainee")
    if action is Action.READ_RESULTS:
        return is_self or role == "trainer"
    if action is Action.ADD_PERSON or action is Action.RENAME_PERSON:
        return role == "trainer" and subject_role == "trainee"
    if action is Action.GRANT_EXTRA_TIME:
        return role == "trainer" and not is_self
    if action in (Action.REVOKE_CERTIFICATE, Action.RUN_CALIBRATION, Action.SET_DISPUTE_WINDOW):
        return False  # admins only
    if action is Action.READ_DISPUTES:
        return is_self or role == "trainer"
    if action in (
        Action.LIST_PEOPLE,
        Action.READ_CHECKIN_FIGURES,
        Action.GRADE_CALIBRATION,
        Action.READ_REPORTS,
    ):
        return role == "trainer"
    return False  # pragma: no cover - every action is listed above


def require(
    requester: Requester | None,
    action: Action,
    *,
    subject_id: int | None = None,
    subject_role: str | None = None,
    subject_name: str | None = None,
    first_admin: bool = False,
) -> None:
    """``AccessError`` unless ``allowed``; the message says who may."""
    if allowed(
        requester,
        action,
        subject_id=subject_id,
        subject_role=subject_role,
        first_admin=first_admin,
    ):
        return
    what = str(action)
    if subject_role is not None and action is Action.ADD_PERSON:
        what = f"add a {subject_role}"
    elif subject_name is not None:
        what = f"{action} of {subject_name}"
    who = _who(action, subject_role)
    if requester is None:
        raise AccessError(what, f"sign in first: --as NAME ({who})")
    raise AccessError(what, f"{requester.name} ({requester.role}) may not; only {who} may")


def _who(action: Action, subject_role: str | None) -> str:
    if action is Action.READ_CHECKINS:
        return "the person who wrote them"
    if action is Action.DISPUTE_CRITERION:
        return "the trainee whose attempt it is"
    if action is Action.RESOLVE_DISPUTE:
        return "a trainer or an admin other than the attempt's owner"
    if action is Action.READ_DISPUTES:
        return "a trainer, an admin or the person themself"
    if action in (Action.RUN_CALIBRATION, Action.SET_DISPUTE_WINDOW):
        return "an admin (the lead)"
    if action is Action.REVOKE_CERTIFICATE or (
        action is Action.ADD_PERSON and subject_role in ("trainer", "admin")
    ):
        return "an admin"
    if action is Action.SET_PASSWORD:
        return "an admin, a trainer (for a trainee) or the person themself"
    if action is Action.READ_RESULTS:
        return "an admin, a trainer or the person themself"
    if action is Action.RENAME_PERSON:
        return "an admin, or a trainer for a trainee"
    return "a trainer or an admin"
