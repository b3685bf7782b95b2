"""The immutable model of scenarios and SOPs, as loaded from the trainers' YAML files.

Everything here is a frozen dataclass. Mappings are read-only (``MappingProxyType``)
and sequences are tuples, so a loaded scenario can be shared by the engine, the grader
and the UI without anyone changing it. ``line`` fields keep the YAML line (1-based) of
the thing, for messages of the form ``file:line: message``.

Times are plain seconds (float). Text keeps its ``{placeholders}``; they are filled
from a persona (see ``simulator.content.placeholders``) where it is shown or matched.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

Language = Literal["ar", "en"]
Channel = Literal["email", "ticket", "chat"]

LANGUAGES: tuple[str, ...] = ("ar", "en")
CHANNELS: tuple[str, ...] = ("email", "ticket", "chat")
ACCOUNT_STATUSES: tuple[str, ...] = ("active", "restricted", "suspended", "banned")
SENSITIVITY_CATEGORIES: tuple[str, ...] = (
    "bullying",
    "hate-speech",
    "child-safety",
    "self-harm",
    "violence",
    "animal-harm",
    "sexual-content",
    "dangerous-acts",
)
SENSITIVITY_LEVELS: tuple[int, ...] = (1, 2, 3)
# Material of these categories is text only: never an image, synthetic or otherwise
# (docs/wellbeing.md; shared/design/wellbeing-evidence.md, item 9).
TEXT_ONLY_CATEGORIES: frozenset[str] = frozenset({"child-safety"})
ACTION_TYPES: tuple[str, ...] = (
    "lookup",
    "tag",
    "macro",
    "escalate",
    "request_info",
    "resolve",
    "close",
    # Extensions (docs/scenario-format.md, "Back office"): an internal note on a thread
    # (never sent to the user), and a back-office action the scenario declares.
    "note",
    "update",
    "status",  # extension: pending | on-hold | open (reopen), on a thread
)
# Default first-response targets per channel, in seconds (a scenario or SOP may override).
DEFAULT_SLA_S: Mapping[str, float] = MappingProxyType(
    {"chat": 60.0, "ticket": 4 * 3600.0, "email": 24 * 3600.0}
)
DEFAULT_TIME_LIMIT_S = 3600.0


def frozen_map(data: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
    """A read-only mapping (copy of ``data``)."""
    return MappingProxyType(dict(data or {}))


@dataclass(frozen=True)
class Sensitivity:
    category: str
    level: int
    line: int = 0


@dataclass(frozen=True)
class Attachment:
    id: str
    image: str  # path from the library's repo root, e.g. assets/scenario-media/x.png
    alt: str = ""
    sensitivity: tuple[Sensitivity, ...] = ()
    line: int = 0
    # Extension (wellbeing): the SOP step id that needs this image revealed, if any.
    needed_for_step: str | None = None


@dataclass(frozen=True)
class Thread:
    id: str
    channel: str  # one of CHANNELS
    subject: str | None = None
    # Extensions (documented in docs/scenario-format.md): a ticket's form.
    priority: str | None = None  # low | normal | high | urgent
    category: str | None = None  # the ticket form's category
    fields: Mapping[str, str] = field(default_factory=frozen_map)  # ticket form fields
    line: int = 0


@dataclass(frozen=True)
class Trigger:
    """The condition of a conditional timeline event (``when:``)."""

    kind: Literal["no_reply", "reply"]
    thread: str
    for_s: float | None = None  # no_reply: seconds without a trainee reply
    mentions: tuple[str, ...] = ()  # reply: phrases (matched like a `mentions` check)
    line: int = 0
    after_s: float = 0.0  # extension, reply: the reaction comes this long after the reply


@dataclass(frozen=True)
class Unless:
    """A condition that cancels a timeline message (extension ``unless:``): the user
    wrote ``user_said`` phrases, the trainee replied with ``agent_said`` phrases (on the
    message's thread), or the trainee took ``action`` (a type, and a value if given)."""

    kind: Literal["user_said", "agent_said", "action"]
    phrases: tuple[str, ...] = ()
    action: str | None = None
    value: str | None = None
    line: int = 0


@dataclass(frozen=True)
class Event:
    """One user message on the timeline: at a fixed offset (``at_s``) or on a trigger."""

    thread: str
    text: str
    at_s: float | None = None
    when: Trigger | None = None
    attachments: tuple[Attachment, ...] = ()
    line: int = 0
    # Extension (wellbeing): labels of this message's own text (level 3 is collapsed).
    sensitivity: tuple[Sensitivity, ...] = ()
    text_line: int = 0  # the line of its ``text:`` key (0: unknown), for messages
    # Extensions (docs/scenario-format.md, "People"): seconds the user is seen typing
    # before the message arrives; conditions that cancel it; for ``when: reply``, how
    # long after the trainee's reply the reaction comes.
    typing_s: float | None = None
    unless: tuple[Unless, ...] = ()


@dataclass(frozen=True)
class Check:
    """A criterion's check: ``kind`` is the check type (``mentions``, ``avoids``, ...),
    ``value`` its argument as written (phrases tuple, duration seconds, action mapping,
    ...), ``options`` the other keys of the check mapping (e.g. ``all: true``)."""

    kind: str
    value: Any
    options: Mapping[str, Any] = field(default_factory=frozen_map)
    line: int = 0


@dataclass(frozen=True)
class Criterion:
    id: str
    check: Check
    title: str = ""
    weight: float = 10.0
    critical: bool = False
    thread: str | None = None
    line: int = 0


@dataclass(frozen=True)
class Rubric:
    pass_mark: float
    criteria: tuple[Criterion, ...]
    line: int = 0


@dataclass(frozen=True)
class Action:
    """A trainee's tool action, as in ``examples[].actions`` and scripts."""

    type: str  # one of ACTION_TYPES (more may be added)
    value: str | None = None
    thread: str | None = None


@dataclass(frozen=True)
class Example:
    verdict: Literal["pass", "fail"]
    replies: Mapping[str, tuple[str, ...]]  # thread id -> replies in order
    actions: tuple[Action, ...] = ()
    fails: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class PersonaSpec:
    locale: str
    fields: Mapping[str, str]  # placeholder name -> Faker provider method
    line: int = 0


@dataclass(frozen=True)
class Account:
    """What the back-office tool shows on lookup. ``extra`` keeps any further keys."""

    status: str = "active"
    created: str | None = None
    region: str | None = None
    notes: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=frozen_map)
    line: int = 0


@dataclass(frozen=True)
class BackOfficeAction:
    """A back-office action of one scenario (extension ``back_office.actions``): the
    ``update`` action with this ``id`` sets the state keys in ``sets``."""

    id: str
    label: LocalText
    sets: Mapping[str, str]
    line: int = 0


@dataclass(frozen=True)
class PastTicket:
    """An earlier ticket of this user, shown in the customer context panel."""

    subject: str
    status: str = "solved"
    date: str = ""
    line: int = 0


@dataclass(frozen=True)
class BackOffice:
    """The simulated account's state at the start, what the back-office actions change,
    and the user's past tickets (extension ``back_office:``)."""

    state: Mapping[str, str] = field(default_factory=frozen_map)
    actions: tuple[BackOfficeAction, ...] = ()
    past_tickets: tuple[PastTicket, ...] = ()
    line: int = 0

    def action(self, action_id: str) -> BackOfficeAction:
        for a in self.actions:
            if a.id == action_id:
                return a
        raise KeyError(action_id)


@dataclass(frozen=True)
class Scenario:
    id: str
    language: str
    title: str
    sop: str
    difficulty: int
    threads: tuple[Thread, ...]
    timeline: tuple[Event, ...]
    rubric: Rubric
    format: int = 1
    tags: tuple[str, ...] = ()
    time_limit_s: float = DEFAULT_TIME_LIMIT_S
    sensitivity: tuple[Sensitivity, ...] = ()
    persona: PersonaSpec | None = None
    account: Account | None = None
    examples: tuple[Example, ...] = ()
    # Extension: per-channel first-response targets overriding the SOP's and the defaults.
    sla_s: Mapping[str, float] = field(default_factory=frozen_map)
    path: Path | None = None
    # Extension: the account's state, its back-office actions and past tickets.
    back_office: BackOffice | None = None

    def thread(self, thread_id: str) -> Thread:
        for t in self.threads:
            if t.id == thread_id:
                return t
        raise KeyError(thread_id)

    @property
    def channels(self) -> tuple[str, ...]:
        seen: list[str] = []
        for t in self.threads:
            if t.channel not in seen:
                seen.append(t.channel)
        return tuple(seen)

    @property
    def max_level(self) -> int:
        """The highest sensitivity level anywhere in the scenario (0 when none)."""
        levels = [s.level for s in self.sensitivity]
        for ev in self.timeline:
            levels.extend(s.level for s in ev.sensitivity)
            for att in ev.attachments:
                levels.extend(s.level for s in att.sensitivity)
        return max(levels, default=0)


@dataclass(frozen=True)
class LocalText:
    """A text in both languages."""

    en: str
    ar: str

    def get(self, language: str) -> str:
        return self.ar if language == "ar" else self.en


@dataclass(frozen=True)
class Step:
    id: str
    text: LocalText
    line: int = 0


@dataclass(frozen=True)
class Macro:
    id: str
    text: LocalText
    line: int = 0
    # Extensions (docs/scenario-format.md, "Macros"): a title for the picker, and what
    # the macro does besides inserting its text: tags, a status, an escalation.
    title: LocalText | None = None
    tags: tuple[str, ...] = ()
    status: str | None = None  # pending | on-hold
    escalate: str | None = None  # a team of the SOP

    def effects(self) -> tuple[tuple[str, str], ...]:
        """The actions the macro also takes, as (type, value), in this order."""
        out = [("tag", t) for t in self.tags]
        if self.escalate:
            out.append(("escalate", self.escalate))
        if self.status:
            out.append(("status", self.status))
        return tuple(out)


@dataclass(frozen=True)
class SOP:
    id: str
    version: int
    title: LocalText
    steps: tuple[Step, ...] = ()
    macros: tuple[Macro, ...] = ()
    teams: tuple[str, ...] = ()
    criteria: tuple[Criterion, ...] = ()
    format: int = 1
    # Extension: per-channel first-response targets for every scenario under this SOP.
    sla_s: Mapping[str, float] = field(default_factory=frozen_map)
    path: Path | None = None
    # Extension: named groups of equivalent phrases, referred to as "@name" in phrases.
    terms: Mapping[str, tuple[str, ...]] = field(default_factory=frozen_map)
    # Extension: phrases no reply under this SOP may hold (insults, blame, "calm down").
    tone: tuple[str, ...] = ()

    def macro(self, macro_id: str) -> Macro:
        for m in self.macros:
            if m.id == macro_id:
                return m
        raise KeyError(macro_id)


def sla_targets(scenario: Scenario, sop: SOP | None) -> dict[str, float]:
    """First-response targets per channel: defaults, then the SOP's, then the scenario's."""
    targets = dict(DEFAULT_SLA_S)
    if sop is not None:
        targets.update(sop.sla_s)
    targets.update(scenario.sla_s)
    return targets


PRIORITY_ORDER: tuple[str, ...] = ("urgent", "high", "normal", "low")


def thread_sla(targets: Mapping[str, float], thread: Thread) -> float:
    """A thread's first-response target: its priority's, where ``targets`` has one (an
    opt-in extension of ``sla:``), else its channel's (0 when neither)."""
    if thread.priority and thread.priority in targets:
        return float(targets[thread.priority])
    return float(targets.get(thread.channel, 0.0))
