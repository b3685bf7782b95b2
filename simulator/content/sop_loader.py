"""Building an SOP from its file: titles in both languages, terms, macros and teams."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from simulator.content.keys import ID_PATTERN, check_keys, format_version_of, read_sla
from simulator.content.model import (
    SOP,
    LocalText,
    Macro,
    Step,
    frozen_map,
)
from simulator.content.problems import Fields
from simulator.content.rubric_fields import read_criteria
from simulator.content.yamlfile import YMap


def _both(f: Fields, m: YMap, what: str) -> LocalText:
    """``en`` and ``ar`` of ``m``; one alone serves for both, neither is a problem."""
    en, ar = f.text(m, "en", what), f.text(m, "ar", what)
    if "en" not in m and "ar" not in m:
        f.problem(m.line, f"{what} needs en:, ar: or both")
    return LocalText(en or ar, ar or en)


def local_text(f: Fields, m: YMap, key: str, what: str, default: str) -> LocalText:
    value = m.get(key)
    if isinstance(value, str):  # one text for both languages
        return LocalText(value, value)
    spec = f.mapping(m, key, what)
    if spec is None:
        return LocalText(default, default)
    check_keys(f, spec, "title", f"{what}.{key}")
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
    title = local_text(f, item, "title", what, "") if "title" in item else None
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
    check_keys(f, data, "sop", "SOP")
    fmt = format_version_of(f, data, "SOP")
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
            check_keys(f, item, place)
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
        title=local_text(f, data, "title", "SOP", sid),
        steps=tuple(parts["steps"]),
        macros=tuple(parts["macros"]),
        teams=f.texts(data, "teams", "SOP"),
        criteria=read_criteria(f, data, "SOP"),
        format=fmt,
        sla_s=read_sla(f, data, "SOP"),
        path=path,
        terms=_terms(f, data),
        tone=f.texts(data, "tone", "SOP"),
    )
