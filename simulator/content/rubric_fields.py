"""Reading a rubric's parts from a scenario or SOP file: checks, criteria, actions, canned
replies and graded examples."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from simulator.content.keys import CHECK_OPTIONS, CHECK_TYPES, KEYS, check_keys
from simulator.content.model import (
    ACTION_TYPES,
    LANGUAGES,
    Action,
    Check,
    Criterion,
    Example,
    frozen_map,
)
from simulator.content.problems import Fields
from simulator.content.yamlfile import YMap


def read_action(f: Fields, m: YMap, what: str) -> Action | None:
    check_keys(f, m, "action", what)
    kind = f.choice(m, "type", what, ACTION_TYPES, "")
    value = m.get("value")
    if value is not None and not isinstance(value, str):
        value = str(value)
    thread = f.opt_text(m, "thread", what)
    return Action(kind, value, thread) if kind else None


def action_map(action: Action) -> Mapping[str, Any]:
    data: dict[str, Any] = {"type": action.type}
    if action.value is not None:
        data["value"] = action.value
    if action.thread is not None:
        data["thread"] = action.thread
    return frozen_map(data)


def read_check(f: Fields, m: YMap, what: str) -> Check | None:
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
        check_keys(f, bounds, "length", f"{what}.length")
        data = {k: f.integer(bounds, k, f"{what}.length") for k in bounds if k in KEYS["length"][1]}
        if not data:
            f.problem(line, f"{what}.length needs min_words, max_words or both")
        value = frozen_map(data)
    elif kind == "action":
        spec = f.mapping(m, kind, what)
        if spec is None and m.get(kind) is None:
            f.problem(line, f"{what}.action needs a mapping such as {{type: tag, value: ...}}")
        action = read_action(f, spec, f"{what}.action") if spec is not None else None
        if action is None:  # the problem was reported where it was read
            return None
        value = action_map(action)
    elif kind == "order":
        seq = f.items(m, kind, what)
        steps = []
        for i in range(len(seq)):
            item = f.entry(seq, i, f"{what}.order")
            act = read_action(f, item, f"{what}.order") if item is not None else None
            if act is not None:
                steps.append(action_map(act))
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


def read_criteria(f: Fields, m: YMap, what: str) -> tuple[Criterion, ...]:
    out: list[Criterion] = []
    seen: dict[str, int] = {}
    seq = f.items(m, "criteria", what)
    for i in range(len(seq)):
        item = f.entry(seq, i, "criterion")
        if item is None:
            continue
        check_keys(f, item, "criterion")
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
        check = read_check(f, spec, f"{where}.check") if spec is not None else None
        if check is None or not cid:
            continue
        title = f.text(item, "title", where)
        thread = f.opt_text(item, "thread", where)
        out.append(Criterion(cid, check, title, weight, critical, thread, item.line))
    return tuple(out)


def read_replies(f: Fields, m: YMap, what: str) -> Mapping[str, tuple[str, ...]]:
    table = f.mapping(m, "replies", what) or YMap(m.line)
    return frozen_map({tid: f.texts(table, tid, f"{what}.replies") for tid in table})


def read_examples(f: Fields, m: YMap) -> tuple[Example, ...]:
    out: list[Example] = []
    seq = f.items(m, "examples", "scenario")
    for i in range(len(seq)):
        item = f.entry(seq, i, "example")
        if item is None:
            continue
        what = f"example #{i + 1}"
        check_keys(f, item, "example", what)
        verdict = f.choice(item, "verdict", what, ("pass", "fail"), "")
        fails = f.texts(item, "fails", what)
        if fails and verdict == "pass":
            f.problem(item.line_of("fails"), f"{what}: fails goes with verdict: fail only")
        actions = []
        acts = f.items(item, "actions", what)
        for j in range(len(acts)):
            spec = f.entry(acts, j, f"{what} action")
            action = read_action(f, spec, f"{what} action") if spec is not None else None
            if action is not None:
                actions.append(action)
        if verdict in ("pass", "fail"):
            replies = read_replies(f, item, what)
            out.append(Example(verdict, replies, tuple(actions), fails, item.line))  # type: ignore[arg-type]
    return tuple(out)
