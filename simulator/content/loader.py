"""Loading scenario and SOP files into the immutable model (``simulator.content.model``).

``load_scenario``/``load_sop`` raise ``ContentError("file:line", "message")`` on the first
problem; ``read_scenario``/``read_sop`` return the model (when it could be built) with
every problem found in the file, for the validator. Only what one file can tell is
checked here: keys, types, durations, choices, and ids and threads within the file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import regex

from simulator.content.model import (
    ACCOUNT_STATUSES,
    ACTION_TYPES,
    CHANNELS,
    DEFAULT_TIME_LIMIT_S,
    LANGUAGES,
    SENSITIVITY_CATEGORIES,
    SENSITIVITY_LEVELS,
    SOP,
    Account,
    Action,
    Attachment,
    BackOffice,
    BackOfficeAction,
    Check,
    Criterion,
    Event,
    Example,
    LocalText,
    Macro,
    PastTicket,
    PersonaSpec,
    Rubric,
    Scenario,
    Sensitivity,
    Step,
    Thread,
    Trigger,
    Unless,
    frozen_map,
)
from simulator.content.problems import Fields, Problem
from simulator.content.yamlfile import YMap, read_yaml
from simulator.errors import ContentError

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FORMAT_VERSION = 1
CHECK_TYPES: tuple[str, ...] = (
    "mentions",
    "avoids",
    "language",
    "replied_within",
    "action",
    "order",
    "length",
    "regex",
    # Extensions (docs/scenario-format.md, "Back office"): the account's end state, and
    # the trainee's internal notes.
    "state",
    "note",
)
CHECK_OPTIONS: Mapping[str, tuple[str, ...]] = {
    "mentions": ("all", "negation"),
    "avoids": ("negation",),
    "note": ("all",),
}
PRIORITIES: tuple[str, ...] = ("low", "normal", "high", "urgent")

# Every key the loader knows, by place; docs/scenario-format.md documents each one.
KEYS: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "scenario": (
        ("id", "language", "title", "sop", "difficulty", "threads", "timeline", "rubric"),
        (
            "format",
            "tags",
            "time_limit",
            "sensitivity",
            "persona",
            "account",
            "examples",
            "sla",
            "back_office",
        ),
    ),
    "sensitivity": (("category", "level"), ()),
    "persona": (("locale", "fields"), ()),
    "account": ((), ("status", "created", "region", "notes")),
    "thread": (("id", "channel"), ("subject", "priority", "category", "fields")),
    "event": (
        ("thread", "text"),
        ("at", "when", "attachments", "sensitivity", "typing", "unless"),
    ),
    "when": ((), ("no_reply", "reply", "for", "mentions", "after")),
    "unless": ((), ("user_said", "agent_said", "action", "value")),
    "back_office": ((), ("state", "actions", "past_tickets")),
    "back_office_action": (("id", "sets"), ("label",)),
    "past_ticket": (("subject",), ("status", "date")),
    "attachment": (("id", "image"), ("alt", "sensitivity", "needed_for_step")),
    "rubric": (("pass_mark",), ("criteria",)),
    "criterion": (("id", "check"), ("title", "weight", "critical", "thread")),
    "action": (("type",), ("value", "thread")),
    "length": ((), ("min_words", "max_words")),
    "example": (("verdict",), ("replies", "actions", "fails")),
    "sop": (
        ("id",),
        (
            "version",
            "title",
            "format",
            "steps",
            "macros",
            "teams",
            "criteria",
            "sla",
            "terms",
            "tone",
        ),
    ),
    "title": ((), ("en", "ar")),
    "step": (("id",), ("en", "ar")),
    "macro": (("id",), ("en", "ar", "title", "tags", "status", "escalate")),
}


_KNOWN = {place: frozenset((*req, *opt)) for place, (req, opt) in KEYS.items()}
_REQUIRED = {place: frozenset(req) for place, (req, _) in KEYS.items()}


def _escapes(image: str) -> bool:
    """True when an attachment path leaves the library's repo: absolute (on any system)
    or with a ``..`` step. The app would otherwise show any file on the computer."""
    posix, windows = PurePosixPath(image), PureWindowsPath(image)
    return (
        posix.is_absolute()
        or windows.is_absolute()
        or bool(windows.drive)
        or image.startswith(("/", "\\", "~"))
        or ".." in posix.parts
        or ".." in windows.parts
    )


def _keys(f: Fields, m: YMap, place: str, what: str | None = None) -> None:
    keys = m.keys()
    if keys <= _KNOWN[place] and keys >= _REQUIRED[place]:
        return  # nothing to report (the usual case): skip building the messages' parts
    required, optional = KEYS[place]
    f.keys(m, what or place, required, optional, open_ended=place == "account")


def _freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return frozen_map({str(k): _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _format(f: Fields, m: YMap, what: str) -> int:
    version = f.integer(m, "format", what, FORMAT_VERSION)
    if version != FORMAT_VERSION:
        f.problem(m.line_of("format"), f"format {version} is not known; this program reads 1")
    return version


def _sensitivity(f: Fields, m: YMap, key: str, what: str) -> tuple[Sensitivity, ...]:
    out = []
    seq = f.items(m, key, what)
    for i in range(len(seq)):
        item = f.entry(seq, i, f"{what}.{key}")
        if item is None:
            continue
        _keys(f, item, "sensitivity", f"{what}.{key}")
        category = f.choice(item, "category", "sensitivity", SENSITIVITY_CATEGORIES, "")
        level = f.integer(item, "level", "sensitivity", 1)
        if "level" in item and level not in SENSITIVITY_LEVELS:
            f.problem(item.line_of("level"), f"sensitivity level {level} must be 1, 2 or 3")
        if category:
            out.append(Sensitivity(category, level, item.line))
    return tuple(out)


def _sla(f: Fields, m: YMap, what: str) -> Mapping[str, float]:
    table = f.mapping(m, "sla", what)
    out: dict[str, float] = {}
    if table is None:
        return frozen_map()
    for channel in table:
        # Extension: a ticket's priority (urgent, high, normal, low) as a key gives the
        # first-response target of threads with that priority.
        if channel not in CHANNELS and channel not in PRIORITIES:
            f.problem(
                table.key_lines.get(channel, table.line),
                f"sla: {channel!r} is not a channel or a priority; use: "
                f"{', '.join((*CHANNELS, *PRIORITIES))}",
            )
            continue
        seconds = f.duration(table, channel, "sla")
        if seconds is not None:
            out[channel] = seconds
    return frozen_map(out)


def _action(f: Fields, m: YMap, what: str) -> Action | None:
    _keys(f, m, "action", what)
    kind = f.choice(m, "type", what, ACTION_TYPES, "")
    value = m.get("value")
    if value is not None and not isinstance(value, str):
        value = str(value)
    thread = f.opt_text(m, "thread", what)
    return Action(kind, value, thread) if kind else None


def _action_map(action: Action) -> Mapping[str, Any]:
    data: dict[str, Any] = {"type": action.type}
    if action.value is not None:
        data["value"] = action.value
    if action.thread is not None:
        data["thread"] = action.thread
    return frozen_map(data)


def _check(f: Fields, m: YMap, what: str) -> Check | None:
    kinds = [k for k in m if k in CHECK_TYPES]
    if len(kinds) != 1:
        problem = "has no check type" if not kinds else f"has {len(kinds)} check types"
        f.problem(m.line, f"{what} {problem}; use exactly one of: {', '.join(CHECK_TYPES)}")
        if not kinds:
            for key in m:
                f.problem(m.key_lines.get(key, m.line), f"unknown check type {key!r} in {what}")
            return None
    kind = kinds[0]
    options = CHECK_OPTIONS.get(kind, ())
    f.keys(m, what, (), (kind, *options))
    line = m.line_of(kind)
    value: Any = None
    if kind in ("mentions", "avoids"):
        value = f.texts(m, kind, what)
        if not value:
            f.problem(line, f"{what}.{kind} needs at least one phrase")
    elif kind == "language":
        value = f.choice(m, kind, what, LANGUAGES, "en")
    elif kind == "replied_within":
        value = f.duration(m, kind, what, 0.0)
    elif kind == "regex":
        value = f.text(m, kind, what)
        try:
            regex.compile(value, regex.IGNORECASE | regex.VERSION0)  # as the grader compiles it
        except regex.error as exc:
            f.problem(line, f"{what}.regex is not a valid regular expression: {exc}")
    elif kind == "length":
        bounds = f.mapping(m, kind, what) or YMap(line)
        _keys(f, bounds, "length", f"{what}.length")
        data = {k: f.integer(bounds, k, f"{what}.length") for k in bounds if k in KEYS["length"][1]}
        if not data:
            f.problem(line, f"{what}.length needs min_words, max_words or both")
        value = frozen_map(data)
    elif kind == "action":
        spec = f.mapping(m, kind, what)
        if spec is None and m.get(kind) is None:
            f.problem(line, f"{what}.action needs a mapping such as {{type: tag, value: ...}}")
        action = _action(f, spec, f"{what}.action") if spec is not None else None
        if action is None:  # the problem was reported where it was read
            return None
        value = _action_map(action)
    elif kind == "order":
        seq = f.items(m, kind, what)
        steps = []
        for i in range(len(seq)):
            item = f.entry(seq, i, f"{what}.order")
            act = _action(f, item, f"{what}.order") if item is not None else None
            if act is not None:
                steps.append(_action_map(act))
        if len(seq) < 2:
            f.problem(line, f"{what}.order needs two or more actions")
        value = tuple(steps)
    elif kind == "note":
        value = f.texts(m, kind, what)
        if not value:
            f.problem(line, f"{what}.note needs at least one phrase")
    elif kind == "state":
        spec = f.mapping(m, kind, what)
        expected: dict[str, str] = {str(k): str(v) for k, v in (spec or {}).items()}
        if not expected:
            f.problem(line, f"{what}.state needs a mapping such as {{two_step: reset}}")
        value = frozen_map(expected)
    opts = {k: m[k] for k in options if k in m}
    for flag in ("all", "negation"):
        if flag in opts and not isinstance(opts[flag], bool):
            f.problem(m.line_of(flag), f"{what}.{flag} must be true or false")
    return Check(kind, value, frozen_map(opts), line)


def _criteria(f: Fields, m: YMap, what: str) -> tuple[Criterion, ...]:
    out: list[Criterion] = []
    seen: dict[str, int] = {}
    seq = f.items(m, "criteria", what)
    for i in range(len(seq)):
        item = f.entry(seq, i, "criterion")
        if item is None:
            continue
        _keys(f, item, "criterion")
        cid = f.text(item, "id", "criterion")
        where = f"criterion {cid!r}" if cid else "criterion"
        if cid in seen:
            f.problem(item.line, f"duplicate criterion id {cid!r} (first on line {seen[cid]})")
        seen.setdefault(cid, item.line)
        critical = f.boolean(item, "critical", where)
        weight = f.number(item, "weight", where, 0.0 if critical else 10.0)
        if weight < 0:
            f.problem(item.line_of("weight"), f"{where}: weight must be 0 or more")
        spec = f.mapping(item, "check", where)
        check = _check(f, spec, f"{where}.check") if spec is not None else None
        if check is None or not cid:
            continue
        title = f.text(item, "title", where)
        thread = f.opt_text(item, "thread", where)
        out.append(Criterion(cid, check, title, weight, critical, thread, item.line))
    return tuple(out)


def _persona(f: Fields, m: YMap) -> PersonaSpec | None:
    spec = f.mapping(m, "persona", "scenario")
    if spec is None:
        return None
    _keys(f, spec, "persona")
    locale = f.text(spec, "locale", "persona", "en_US")
    table = f.mapping(spec, "fields", "persona") or YMap(spec.line)
    fields: dict[str, str] = {}
    for name in table:
        method = f.text(table, name, "persona.fields")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            f.problem(
                table.key_lines.get(name, table.line), f"persona field {name!r}: use a-z, 0-9, _"
            )
        elif name == "agent":
            f.problem(
                table.key_lines.get(name, table.line),
                "persona field 'agent' is reserved: {agent} is the trainee's name",
            )
        elif method:
            fields[name] = method
    return PersonaSpec(locale, frozen_map(fields), spec.line)


def _account(f: Fields, m: YMap) -> Account | None:
    spec = f.mapping(m, "account", "scenario")
    if spec is None:
        return None
    status = f.choice(spec, "status", "account", ACCOUNT_STATUSES, "active")
    created = spec.get("created")
    region = spec.get("region")
    notes = f.texts(spec, "notes", "account")
    extra = {k: _freeze(v) for k, v in spec.items() if k not in KEYS["account"][1]}
    return Account(
        status,
        None if created is None else str(created),
        None if region is None else str(region),
        notes,
        frozen_map(extra),
        spec.line,
    )


def _threads(f: Fields, m: YMap) -> tuple[Thread, ...]:
    out: list[Thread] = []
    seq = f.items(m, "threads", "scenario")
    if "threads" in m and not seq:
        f.problem(m.line_of("threads"), "a scenario needs at least one thread")
    seen: dict[str, int] = {}
    for i in range(len(seq)):
        item = f.entry(seq, i, "thread")
        if item is None:
            continue
        _keys(f, item, "thread")
        tid = f.text(item, "id", "thread")
        if tid in seen:
            f.problem(item.line, f"duplicate thread id {tid!r} (first on line {seen[tid]})")
            continue
        seen[tid] = item.line
        where = f"thread {tid!r}"
        channel = f.choice(item, "channel", where, CHANNELS, "")
        priority = f.opt_text(item, "priority", where)
        if priority is not None and priority not in PRIORITIES:
            f.problem(
                item.line_of("priority"),
                f"{where}: priority {priority!r}; use one of: {', '.join(PRIORITIES)}",
            )
        form = f.mapping(item, "fields", where) or YMap(item.line)
        fields = {k: "" if v is None else str(v) for k, v in form.items()}
        if tid and not channel:  # reported once, here: not again for each use of the thread
            f.broken.add(tid)
        if tid and channel:
            out.append(
                Thread(
                    tid,
                    channel,
                    f.opt_text(item, "subject", where),
                    priority,
                    f.opt_text(item, "category", where),
                    frozen_map(fields),
                    item.line,
                )
            )
    return tuple(out)


def _trigger(f: Fields, m: YMap) -> Trigger | None:
    _keys(f, m, "when")
    kinds = [k for k in ("no_reply", "reply") if k in m]
    if len(kinds) != 1:
        f.problem(m.line, "when: needs exactly one of no_reply: THREAD or reply: THREAD")
        return None
    kind = kinds[0]
    thread = f.text(m, kind, "when")
    if kind == "no_reply":
        if "mentions" in m:
            f.problem(m.line_of("mentions"), "when: mentions goes with reply:, not no_reply:")
        if "after" in m:
            f.problem(m.line_of("after"), "when: after goes with reply:, not no_reply:")
        if "for" not in m:
            f.problem(m.line, "when: no_reply needs for: DURATION (e.g. for: 60s)")
        return Trigger("no_reply", thread, f.duration(m, "for", "when", 0.0), (), m.line)
    if "for" in m:
        f.problem(m.line_of("for"), "when: for goes with no_reply:, not reply:")
    after = f.duration(m, "after", "when", 0.0) or 0.0
    return Trigger("reply", thread, None, f.texts(m, "mentions", "when"), m.line, after)


def _timeline(f: Fields, m: YMap) -> tuple[Event, ...]:
    out: list[Event] = []
    seq = f.items(m, "timeline", "scenario")
    if "timeline" in m and not seq:
        f.problem(m.line_of("timeline"), "the timeline needs at least one message")
    attachment_ids: dict[str, int] = {}
    for i in range(len(seq)):
        item = f.entry(seq, i, "timeline event")
        if item is None:
            continue
        _keys(f, item, "event", "timeline event")
        at_s = f.duration(item, "at", "timeline event")
        when = None
        spec = f.mapping(item, "when", "timeline event")
        if spec is not None:
            when = _trigger(f, spec)
        if ("at" in item) == ("when" in item):
            f.problem(item.line, "a timeline event needs exactly one of at: or when:")
        attachments: list[Attachment] = []
        atts = f.items(item, "attachments", "timeline event")
        for j in range(len(atts)):
            att = f.entry(atts, j, "attachment")
            if att is None:
                continue
            _keys(f, att, "attachment")
            aid = f.text(att, "id", "attachment")
            if aid in attachment_ids:
                f.problem(
                    att.line,
                    f"duplicate attachment id {aid!r} (first on line {attachment_ids[aid]})",
                )
            attachment_ids.setdefault(aid, att.line)
            image = f.text(att, "image", "attachment")
            if image and _escapes(image):
                f.problem(
                    att.line_of("image"),
                    f"attachment {aid!r}: write the path from the repo root "
                    f"(no absolute path, no '..'), not {image!r}",
                )
                image = ""
            alt = f.text(att, "alt", "attachment")
            sens = _sensitivity(f, att, "sensitivity", "attachment")
            step = f.opt_text(att, "needed_for_step", "attachment")
            attachments.append(Attachment(aid, image, alt, sens, att.line, step))
        thread = f.text(item, "thread", "timeline event")
        text = f.text(item, "text", "timeline event")
        labels = _sensitivity(f, item, "sensitivity", "timeline event")
        typing = f.duration(item, "typing", "timeline event")
        out.append(
            Event(
                thread,
                text,
                at_s,
                when,
                tuple(attachments),
                item.line,
                labels,
                item.line_of("text") or item.line,
                typing,
                _unless(f, item),
            )
        )
    return tuple(out)


def _unless(f: Fields, m: YMap) -> tuple[Unless, ...]:
    """A timeline event's ``unless:`` conditions (a list of one-key mappings)."""
    out: list[Unless] = []
    seq = f.items(m, "unless", "timeline event")
    for i in range(len(seq)):
        item = f.entry(seq, i, "unless condition")
        if item is None:
            continue
        _keys(f, item, "unless", "unless condition")
        kinds = [k for k in ("user_said", "agent_said", "action") if k in item]
        if len(kinds) != 1:
            f.problem(
                item.line, "an unless condition has exactly one of user_said, agent_said, action"
            )
            continue
        kind = kinds[0]
        if kind == "action":
            act = f.choice(item, "action", "unless condition", ACTION_TYPES, "")
            value = item.get("value")
            out.append(Unless("action", (), act, None if value is None else str(value), item.line))
            continue
        if "value" in item:
            f.problem(item.line_of("value"), "unless: value goes with action:")
        phrases = f.texts(item, kind, "unless condition")
        if not phrases:
            f.problem(item.line_of(kind), f"unless: {kind} needs at least one phrase")
        out.append(Unless(kind, phrases, None, None, item.line))  # type: ignore[arg-type]
    return tuple(out)


def _back_office(f: Fields, m: YMap) -> BackOffice | None:
    """The scenario's ``back_office:`` (extension): state, actions, past tickets."""
    spec = f.mapping(m, "back_office", "scenario")
    if spec is None:
        return None
    _keys(f, spec, "back_office")
    state_map = f.mapping(spec, "state", "back_office") or YMap(spec.line)
    state = {str(k): str(v) for k, v in state_map.items() if not isinstance(v, dict | list)}
    for k, v in state_map.items():
        if isinstance(v, dict | list):
            f.problem(state_map.line_of(k), f"back_office.state.{k} must be a plain value")
    actions: list[BackOfficeAction] = []
    seen: set[str] = set()
    seq = f.items(spec, "actions", "back_office")
    for i in range(len(seq)):
        item = f.entry(seq, i, "back_office action")
        if item is None:
            continue
        _keys(f, item, "back_office_action", "back_office action")
        aid = f.text(item, "id", "back_office action")
        if aid in seen:
            f.problem(item.line, f"duplicate back_office action id {aid!r}")
        seen.add(aid)
        sets_map = f.mapping(item, "sets", "back_office action") or YMap(item.line)
        sets = {str(k): str(v) for k, v in sets_map.items()}
        if not sets:
            f.problem(item.line, f"back_office action {aid!r} needs sets: {{key: value}}")
        for key in sets:
            if key not in state:
                f.problem(
                    sets_map.line_of(key),
                    f"back_office action {aid!r} sets {key!r}, which back_office.state "
                    f"does not have ({', '.join(state) or 'none'})",
                )
        label = _local_text(f, item, "label", "back_office action", aid)
        actions.append(BackOfficeAction(aid, label, frozen_map(sets), item.line))
    tickets: list[PastTicket] = []
    seq = f.items(spec, "past_tickets", "back_office")
    for i in range(len(seq)):
        item = f.entry(seq, i, "past ticket")
        if item is None:
            continue
        _keys(f, item, "past_ticket", "past ticket")
        date = item.get("date")
        tickets.append(
            PastTicket(
                f.text(item, "subject", "past ticket"),
                f.text(item, "status", "past ticket", "solved"),
                "" if date is None else str(date),
                item.line,
            )
        )
    return BackOffice(frozen_map(state), tuple(actions), tuple(tickets), spec.line)


def _replies(f: Fields, m: YMap, what: str) -> Mapping[str, tuple[str, ...]]:
    table = f.mapping(m, "replies", what) or YMap(m.line)
    return frozen_map({tid: f.texts(table, tid, f"{what}.replies") for tid in table})


def _examples(f: Fields, m: YMap) -> tuple[Example, ...]:
    out: list[Example] = []
    seq = f.items(m, "examples", "scenario")
    for i in range(len(seq)):
        item = f.entry(seq, i, "example")
        if item is None:
            continue
        what = f"example #{i + 1}"
        _keys(f, item, "example", what)
        verdict = f.choice(item, "verdict", what, ("pass", "fail"), "")
        fails = f.texts(item, "fails", what)
        if fails and verdict == "pass":
            f.problem(item.line_of("fails"), f"{what}: fails goes with verdict: fail only")
        actions = []
        acts = f.items(item, "actions", what)
        for j in range(len(acts)):
            spec = f.entry(acts, j, f"{what} action")
            action = _action(f, spec, f"{what} action") if spec is not None else None
            if action is not None:
                actions.append(action)
        if verdict in ("pass", "fail"):
            replies = _replies(f, item, what)
            out.append(Example(verdict, replies, tuple(actions), fails, item.line))  # type: ignore[arg-type]
    return tuple(out)


def _check_threads(f: Fields, sc: Scenario) -> None:
    """Every thread a scenario names must be one of its declared threads."""
    declared = {t.id for t in sc.threads}

    def need(thread: str | None, line: int, what: str) -> None:
        if thread and thread not in declared and thread not in f.broken:
            f.problem(
                line,
                f"{what} uses thread {thread!r}, which is not declared under threads: "
                f"({', '.join(sorted(declared)) or 'none'})",
            )

    for ev in sc.timeline:
        need(ev.thread, ev.line, "timeline event")
        if ev.when is not None:
            need(ev.when.thread, ev.when.line, f"when: {ev.when.kind}")
    for c in sc.rubric.criteria:
        need(c.thread, c.line, f"criterion {c.id!r}")
        actions = c.check.value if c.check.kind == "order" else (c.check.value,)
        if c.check.kind in ("action", "order"):
            for a in actions or ():
                need(a.get("thread"), c.check.line, f"criterion {c.id!r}")
    for ex in sc.examples:
        for tid in ex.replies:
            need(tid, ex.line, "example replies")
        for a in ex.actions:
            need(a.thread, ex.line, "example action")


def build_scenario(data: YMap, path: Path, f: Fields) -> Scenario:
    """The scenario in ``data`` (problems go to ``f``; missing parts get harmless defaults)."""
    _keys(f, data, "scenario")
    fmt = _format(f, data, "scenario")
    sid = f.text(data, "id", "scenario")
    if sid and not ID_PATTERN.match(sid):
        f.problem(
            data.line_of("id"), f"id {sid!r} may only use a-z, 0-9 and - (e.g. lost-phone-ar)"
        )
    difficulty = f.integer(data, "difficulty", "scenario", 1)
    if "difficulty" in data and not 1 <= difficulty <= 5:
        f.problem(data.line_of("difficulty"), f"difficulty {difficulty} must be 1 to 5")
    time_limit = f.duration(data, "time_limit", "scenario", DEFAULT_TIME_LIMIT_S)
    if time_limit is not None and time_limit <= 0:
        f.problem(data.line_of("time_limit"), "time_limit must be more than 0")
    rubric_map = f.mapping(data, "rubric", "scenario") or YMap(data.line_of("rubric"))
    if "rubric" in data:
        _keys(f, rubric_map, "rubric")
    pass_mark = f.number(rubric_map, "pass_mark", "rubric", 80.0)
    if not 0 <= pass_mark <= 100:
        f.problem(rubric_map.line_of("pass_mark"), f"pass_mark {pass_mark:g} must be 0 to 100")
    rubric = Rubric(pass_mark, _criteria(f, rubric_map, "rubric"), rubric_map.line)
    scenario = Scenario(
        id=sid,
        language=f.choice(data, "language", "scenario", LANGUAGES, "en"),
        title=f.text(data, "title", "scenario"),
        sop=f.text(data, "sop", "scenario"),
        difficulty=difficulty,
        threads=_threads(f, data),
        timeline=_timeline(f, data),
        rubric=rubric,
        format=fmt,
        tags=f.texts(data, "tags", "scenario"),
        time_limit_s=time_limit or DEFAULT_TIME_LIMIT_S,
        sensitivity=_sensitivity(f, data, "sensitivity", "scenario"),
        persona=_persona(f, data),
        account=_account(f, data),
        examples=_examples(f, data),
        sla_s=_sla(f, data, "scenario"),
        path=path,
        back_office=_back_office(f, data),
    )
    _check_threads(f, scenario)
    return scenario


def _both(f: Fields, m: YMap, what: str) -> LocalText:
    """``en`` and ``ar`` of ``m``; one alone serves for both, neither is a problem."""
    en, ar = f.text(m, "en", what), f.text(m, "ar", what)
    if "en" not in m and "ar" not in m:
        f.problem(m.line, f"{what} needs en:, ar: or both")
    return LocalText(en or ar, ar or en)


def _local_text(f: Fields, m: YMap, key: str, what: str, default: str) -> LocalText:
    value = m.get(key)
    if isinstance(value, str):  # one text for both languages
        return LocalText(value, value)
    spec = f.mapping(m, key, what)
    if spec is None:
        return LocalText(default, default)
    _keys(f, spec, "title", f"{what}.{key}")
    return _both(f, spec, f"{what}.{key}")


TERM_REF = re.compile(r"^@([a-z0-9]+(?:-[a-z0-9]+)*)$")


def _terms(f: Fields, data: YMap) -> Mapping[str, tuple[str, ...]]:
    """``terms:``: name -> a list of phrases, or a mapping of groups (``en``, ``ar``,
    ``egyptian``, ...) of phrases, flattened in order."""
    spec = f.mapping(data, "terms", "SOP")
    if spec is None:
        return frozen_map({})
    out: dict[str, tuple[str, ...]] = {}
    for name in spec:
        what = f"term {name!r}"
        line = spec.key_lines.get(name, spec.line)
        if not isinstance(name, str) or not ID_PATTERN.match(name):
            f.problem(line, f"{what}: a term's name may only use a-z, 0-9 and -")
            continue
        value = spec.get(name)
        phrases: list[str] = []
        if isinstance(value, YMap):
            for group in value:
                phrases.extend(f.texts(value, group, f"terms.{name}"))
        else:
            phrases.extend(f.texts(spec, name, "terms"))
        nested = [p for p in phrases if p.startswith("@")]
        if nested:
            f.problem(line, f"{what} refers to {nested[0]!r}: a term cannot hold another term")
        if not phrases:
            f.problem(line, f"{what} needs at least one phrase")
        out[name] = tuple(dict.fromkeys(phrases))
    return frozen_map(out)


MACRO_STATUSES = ("pending", "on-hold")


def _macro(f: Fields, item: YMap, iid: str, text: LocalText) -> Macro:
    """A macro with its extensions: ``title``, and ``tags``/``status``/``escalate``."""
    what = f"macro {iid!r}"
    title = _local_text(f, item, "title", what, "") if "title" in item else None
    status = f.opt_text(item, "status", what)
    if status is not None and status not in MACRO_STATUSES:
        f.problem(
            item.line_of("status"),
            f"{what}: status {status!r} must be one of {', '.join(MACRO_STATUSES)}",
        )
        status = None
    return Macro(
        iid,
        text,
        item.line,
        title,
        f.texts(item, "tags", what),
        status,
        f.opt_text(item, "escalate", what),
    )


def build_sop(data: YMap, path: Path, f: Fields) -> SOP:
    """The SOP in ``data`` (problems go to ``f``)."""
    _keys(f, data, "sop", "SOP")
    fmt = _format(f, data, "SOP")
    sid = f.text(data, "id", "SOP")
    if sid and not ID_PATTERN.match(sid):
        f.problem(data.line_of("id"), f"id {sid!r} may only use a-z, 0-9 and -")
    parts: dict[str, list[Any]] = {"steps": [], "macros": []}
    for key, place in (("steps", "step"), ("macros", "macro")):
        seq = f.items(data, key, "SOP")
        seen: dict[str, int] = {}
        for i in range(len(seq)):
            item = f.entry(seq, i, place)
            if item is None:
                continue
            _keys(f, item, place)
            iid = f.text(item, "id", place)
            if iid in seen:
                f.problem(item.line, f"duplicate {place} id {iid!r} (first on line {seen[iid]})")
            seen.setdefault(iid, item.line)
            text = _both(f, item, f"{place} {iid!r}")
            if place == "step":
                parts[key].append(Step(iid, text, item.line))
            else:
                parts[key].append(_macro(f, item, iid, text))
    version = f.integer(data, "version", "SOP", 1)
    return SOP(
        id=sid,
        version=version,
        title=_local_text(f, data, "title", "SOP", sid),
        steps=tuple(parts["steps"]),
        macros=tuple(parts["macros"]),
        teams=f.texts(data, "teams", "SOP"),
        criteria=_criteria(f, data, "SOP"),
        format=fmt,
        sla_s=_sla(f, data, "SOP"),
        path=path,
        terms=_terms(f, data),
        tone=f.texts(data, "tone", "SOP"),
    )


def read_scenario(path: Path) -> tuple[Scenario, list[Problem]]:
    """The scenario in ``path`` and every problem in it; unreadable files raise."""
    data, issues = read_yaml(path, "scenario")
    f = Fields(str(path))
    for issue in issues:
        f.problem(issue.line, issue.message)
    return build_scenario(data, path, f), f.problems


def read_sop(path: Path) -> tuple[SOP, list[Problem]]:
    """The SOP in ``path`` and every problem in it; unreadable files raise."""
    data, issues = read_yaml(path, "SOP")
    f = Fields(str(path))
    for issue in issues:
        f.problem(issue.line, issue.message)
    return build_sop(data, path, f), f.problems


def _first_error(problems: list[Problem]) -> None:
    for p in sorted(problems, key=lambda p: p.line):
        if p.severity == "error":
            raise ContentError(f"{p.file}:{p.line}", p.message)


def load_scenario(path: Path) -> Scenario:
    """The scenario in ``path``; ``ContentError("file:line", ...)`` on its first problem."""
    scenario, problems = read_scenario(Path(path))
    _first_error(problems)
    return scenario


def load_sop(path: Path) -> SOP:
    """The SOP in ``path``; ``ContentError("file:line", ...)`` on its first problem."""
    sop, problems = read_sop(Path(path))
    _first_error(problems)
    return sop
