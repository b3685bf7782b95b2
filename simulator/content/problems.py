"""``Problem`` (one ``file:line: message``) and ``Fields``, typed reading of a YAML mapping
that records a problem for every missing, unknown or mistyped key instead of stopping."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, TypeVar

from simulator.content.durations import parse_duration
from simulator.content.yamlfile import YList, YMap
from simulator.errors import ContentError

T = TypeVar("T")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, at a line (1-based; 0 when the whole file)."""

    file: str
    line: int
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{self.file}:{self.line}: {prefix}{self.message}"

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "message": self.message,
            "severity": self.severity,
        }


def problem_from_error(exc: ContentError) -> Problem:
    """The problem a ``ContentError("file:line", ...)`` describes."""
    head, _, tail = exc.where.rpartition(":")
    if head and tail.isdigit():
        return Problem(head, int(tail), exc.what)
    return Problem(exc.where, 0, exc.what)


def _type_name(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, float) and value != value:
        return ".nan (not a number)"
    if isinstance(value, int | float) and abs(value) > MAX_NUMBER:
        return "infinity" if abs(value) == float("inf") else "a number that large"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


# The same few durations ("60s", "30m") recur in every scenario of a library.
# Weights, pass marks and other numbers: finite and far from float's limits.
MAX_NUMBER = 1e15

_text_duration = lru_cache(maxsize=1024)(parse_duration)


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str:
    """`` (did you mean 'x'?)`` for the choice closest to ``word``, or ``""``."""
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return f" (did you mean {match[0]!r}?)" if match else ""


def _closest(word: str, choices: Iterable[str]) -> str:
    import difflib

    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.75)
    return f" (did you mean {match[0]!r}?)" if match else ""


class Fields:
    """Reads one file's mappings, collecting problems as it goes."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        # Ids declared with an error already reported (a thread with a bad channel):
        # a use of one is not reported again as "not declared".
        self.broken: set[str] = set()

    def problem(self, line: int, message: str, severity: str = "error") -> None:
        sev: Literal["error", "warning"] = "warning" if severity == "warning" else "error"
        self.problems.append(Problem(self.file, line, message, sev))

    def keys(
        self,
        m: YMap,
        what: str,
        required: Iterable[str] = (),
        optional: Iterable[str] = (),
        open_ended: bool = False,
    ) -> None:
        """Report missing required keys and (unless ``open_ended``) unknown keys of ``m``."""
        req = tuple(required)
        known = tuple(dict.fromkeys((*req, *optional)))  # each key listed once
        for key in req:
            if key not in m:
                self.problem(m.line, f"{what} has no {key!r} (required)")
        if not open_ended and not m.keys() <= set(known):
            for key in m:
                if key not in known:
                    line = m.key_lines.get(key, m.line)
                    allowed = ", ".join(known)
                    hint = _closest(key, known)
                    self.problem(line, f"unknown key {key!r} in {what}{hint}; known: {allowed}")

    def _typed(
        self, m: YMap, key: str, what: str, check: Callable[[Any], bool], kind: str, default: T
    ) -> Any:
        if key not in m:
            return default
        value = m[key]
        if not check(value):
            self.problem(m.line_of(key), f"{what}.{key} must be {kind}, not {_type_name(value)}")
            return default
        return value

    def text(self, m: YMap, key: str, what: str, default: str = "") -> str:
        value = m.get(key)
        if type(value) is str:  # the common case, checked first: this runs for every field
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)  # `subject: 2024` is fine as text
        result: str = self._typed(m, key, what, lambda v: isinstance(v, str), "text", default)
        return result

    def opt_text(self, m: YMap, key: str, what: str) -> str | None:
        if m.get(key) is None:
            return None
        return self.text(m, key, what)

    def boolean(self, m: YMap, key: str, what: str, default: bool = False) -> bool:
        value = m.get(key)
        if type(value) is bool:
            return value
        result: bool = self._typed(
            m, key, what, lambda v: isinstance(v, bool), "true or false", default
        )
        return result

    def integer(self, m: YMap, key: str, what: str, default: int = 0) -> int:
        value = m.get(key)
        if type(value) is int:
            return value
        result: int = self._typed(
            m,
            key,
            what,
            lambda v: isinstance(v, int) and not isinstance(v, bool),
            "a whole number",
            default,
        )
        return result

    def number(self, m: YMap, key: str, what: str, default: float = 0.0) -> float:
        value = m.get(key)
        if (type(value) is int or type(value) is float) and -MAX_NUMBER <= value <= MAX_NUMBER:
            return float(value)  # NaN fails the comparison
        result = self._typed(
            m,
            key,
            what,
            lambda v: (
                isinstance(v, int | float)
                and not isinstance(v, bool)
                and -MAX_NUMBER <= v <= MAX_NUMBER
            ),
            f"a number from {-MAX_NUMBER:.0e} to {MAX_NUMBER:.0e}",
            default,
        )
        return float(result)

    def duration(self, m: YMap, key: str, what: str, default: float | None = None) -> float | None:
        if key not in m:
            return default
        try:
            value = m[key]
            return _text_duration(value) if type(value) is str else parse_duration(value)
        except ValueError as exc:
            self.problem(m.line_of(key), f"{what}.{key}: {exc}")
            return default

    def mapping(self, m: YMap, key: str, what: str) -> YMap | None:
        value = m.get(key)
        if value is None or type(value) is YMap:
            return value
        result: YMap | None = self._typed(
            m, key, what, lambda v: isinstance(v, YMap), "a mapping (key: value)", None
        )
        return result

    def items(self, m: YMap, key: str, what: str) -> YList:
        """A list value (an absent or empty key gives an empty list)."""
        value = m.get(key)
        if type(value) is YList:
            return value
        if value is None:
            return YList(m.line_of(key))
        result: YList = self._typed(
            m, key, what, lambda v: isinstance(v, YList), "a list", YList(m.line_of(key))
        )
        return result

    def texts(self, m: YMap, key: str, what: str) -> tuple[str, ...]:
        """A list of texts; a single text is taken as a list of one."""
        value = m.get(key)
        if isinstance(value, str):
            return (value,)
        out: list[str] = []
        seq = self.items(m, key, what)
        for i, item in enumerate(seq):
            if isinstance(item, str):
                out.append(item)
            elif isinstance(item, int | float) and not isinstance(item, bool):
                out.append(str(item))
            else:
                self.problem(
                    seq.line_of(i), f"{what}.{key}[{i + 1}] must be text, not {_type_name(item)}"
                )
        return tuple(out)

    def choice(self, m: YMap, key: str, what: str, choices: Iterable[str], default: str) -> str:
        options = tuple(choices)
        value = self.text(m, key, what, default)
        if key in m and value not in options:
            self.problem(
                m.line_of(key),
                f"{what}.{key} is {value!r}; use one of: {', '.join(options)}"
                + _closest(value, options),
            )
            return default
        return value

    def entry(self, seq: YList, index: int, what: str) -> YMap | None:
        """Item ``index`` of ``seq`` when it is a mapping, else a problem and ``None``."""
        item = seq[index]
        if isinstance(item, YMap):
            return item
        self.problem(
            seq.line_of(index),
            f"{what} #{index + 1} must be a mapping (key: value), not {_type_name(item)}",
        )
        return None
