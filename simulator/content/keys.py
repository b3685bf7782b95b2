"""The keys each place of a scenario or SOP file may hold (``KEYS``), the choices its values
take, and the readers every part of a file shares: keys, format version, sensitivity, SLA."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from simulator.content.model import (
    CHANNELS,
    SENSITIVITY_CATEGORIES,
    SENSITIVITY_LEVELS,
    Sensitivity,
    frozen_map,
)
from simulator.content.problems import Fields
from simulator.content.yamlfile import YMap

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


def escapes(image: str) -> bool:
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


def check_keys(f: Fields, m: YMap, place: str, what: str | None = None) -> None:
    keys = m.keys()
    if keys <= _KNOWN[place] and keys >= _REQUIRED[place]:
        return  # nothing to report (the usual case): skip building the messages' parts
    required, optional = KEYS[place]
    f.keys(m, what or place, required, optional, open_ended=place == "account")


def freeze(value: Any) -> Any:
    if isinstance(value, dict):
        return frozen_map({str(k): freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value


def format_version_of(f: Fields, m: YMap, what: str) -> int:
    version = f.integer(m, "format", what, FORMAT_VERSION)
    if version != FORMAT_VERSION:
        f.problem(m.line_of("format"), f"format {version} is not known; this program reads 1")
    return version


def read_sensitivity(f: Fields, m: YMap, key: str, what: str) -> tuple[Sensitivity, ...]:
    out = []
    seq = f.items(m, key, what)
    for i in range(len(seq)):
        item = f.entry(seq, i, f"{what}.{key}")
        if item is None:
            continue
        check_keys(f, item, "sensitivity", f"{what}.{key}")
        category = f.choice(item, "category", "sensitivity", SENSITIVITY_CATEGORIES, "")
        level = f.integer(item, "level", "sensitivity", 1)
        if "level" in item and level not in SENSITIVITY_LEVELS:
            f.problem(item.line_of("level"), f"sensitivity level {level} must be 1, 2 or 3")
        if category:
            out.append(Sensitivity(category, level, item.line))
    return tuple(out)


def read_sla(f: Fields, m: YMap, what: str) -> Mapping[str, float]:
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
