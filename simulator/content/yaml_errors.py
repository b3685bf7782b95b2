"""Why a YAML file is unreadable, in a trainer's words: its text decoded (binary or not
UTF-8 is one clear error) and libyaml's errors explained at the line to fix (a missing
space after a colon, an indentation that does not line up, a tab)."""

from __future__ import annotations

import re
from pathlib import Path

from ruamel.yaml.error import MarkedYAMLError, YAMLError

from simulator.errors import ContentError


def decode_text(path: Path, raw: bytes) -> str:
    name = str(path)
    if b"\x00" in raw[:8192]:
        raise ContentError(f"{name}:1", "this is a binary file, not a YAML text file")
    try:
        text = raw.decode("utf-8-sig")  # a BOM is legitimate (Windows editors write one)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(
            f"{name}:{line}", "the file is not UTF-8 text; save it as UTF-8"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_error(name: str, text: str, exc: YAMLError) -> ContentError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = int(mark.line) + 1 if mark is not None else 1
    lines = text.split("\n")
    if 0 < line <= len(lines) and "\t" in lines[line - 1]:
        return ContentError(f"{name}:{line}", "a tab character; indent YAML with spaces only")
    if isinstance(exc, MarkedYAMLError):
        problem = exc.problem or exc.context or "malformed YAML"
    else:
        problem = str(exc).split("\n", 1)[0] or "malformed YAML"
    if "another document" in str(exc):
        return ContentError(
            f"{name}:{line}", "malformed YAML: more than one YAML document (---); keep one per file"
        )
    line, hint = explain_yaml_error(lines, line)
    return ContentError(f"{name}:{line}", f"malformed YAML: {problem}. {hint}")


# ``key:value`` at the start of a line (or of a list item): a key without its space.
_NO_SPACE = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):([^\s:/\\'\"].*)$")
# ``key: value: more``: an unquoted value with ": " in it.
_COLON_IN_VALUE = re.compile(r"^\s*(?:-\s+)?[A-Za-z_][\w-]*:\s+[^'\"\[{|>#\s][^#]*?:\s")


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _meaningful(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and not stripped.startswith("#")


def explain_yaml_error(lines: list[str], line: int) -> tuple[int, str]:
    """The line to report for a parser error at ``line`` (1-based) and a plain
    explanation: the two usual causes are a missing space after a colon and an
    indentation that does not line up with the line above."""
    for i in range(min(line, len(lines)) - 1, max(0, line - 4) - 1, -1):
        m = _NO_SPACE.match(lines[i])
        if m and not lines[i].lstrip().startswith("#"):
            key, rest = m.group(2), m.group(3).split(" #", 1)[0].rstrip()
            return i + 1, (
                f"Line {i + 1} has no space after the colon in '{key}:{rest}'; "
                f"write '{key}: {rest}'."
            )
    if 0 < line <= len(lines) and _COLON_IN_VALUE.match(lines[line - 1]):
        return line, (
            "The value on this line has ': ' in it; put the value in quotes, "
            'e.g. title: "Refund: now".'
        )
    if 0 < line <= len(lines) and _meaningful(lines[line - 1]):
        here = _indent(lines[line - 1])
        above = [j for j in range(line - 1) if _meaningful(lines[j])]
        if above:
            prev = lines[above[-1]]
            opens = prev.rstrip().endswith(":") or prev.lstrip().startswith("- ")
            item_indent = _indent(prev) + 2 if prev.lstrip().startswith("- ") else None
            if here > _indent(prev) and not opens:
                return line, (
                    f"This line is indented {here} spaces, more than the line above "
                    f"({_indent(prev)}), which does not open a block; line it up with "
                    "the line above."
                )
            levels = {_indent(lines[j]) for j in above}
            if item_indent is not None:
                levels.add(item_indent)
            if here not in levels and not opens:
                shown = ", ".join(str(n) for n in sorted(levels))
                return line, (
                    f"This line is indented {here} spaces, which lines up with no line "
                    f"above ({shown}); use the indentation of the key it belongs with."
                )
    return line, (
        "Most often this is a missing space after a colon (key: value), or an "
        "indentation that does not line up with the line above."
    )
