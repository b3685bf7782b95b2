"""Reading files a user names: only regular files, with the size cap enforced while
reading, and JSON that refuses what Python's ``json`` would let through or crash on.

Every problem is a ``ContentError``/``InputError`` naming the file (and the line where
there is one), so the CLI prints one line and exits 2.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from pathlib import Path
from typing import Any

from simulator.errors import SimulatorError

MAX_JSON_BYTES = 2 * 1024 * 1024
MAX_JSON_DEPTH = 64  # levels of [ and { in an input file
MAX_INT_DIGITS = 18  # a whole number in an input file fits in 64 bits


def read_regular(path: Path, limit: int, error: type[SimulatorError], what: str = "file") -> bytes:
    """The bytes of ``path``, refusing anything but a regular file (a FIFO, a device,
    a folder) and anything longer than ``limit`` bytes, counted as it is read (``stat``
    can lie: /dev/zero has size 0). A FIFO is opened without blocking, so it never
    waits for a writer."""
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise error(name, f"no such {what}") from None
    except IsADirectoryError:
        raise error(name, f"is a folder, not a {what}") from None
    except OSError as exc:
        raise error(name, f"cannot read the {what} ({exc.strerror or exc})") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise error(name, f"is a folder, not a {what}")
        if not stat.S_ISREG(mode):
            raise error(name, f"is not a regular file (a pipe or a device?); give a {what}")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise error(f"{name}:1", f"the {what} is too big; it may be at most {_size(limit)}")
        return b"".join(chunks)
    except OSError as exc:
        raise error(name, f"cannot read the {what} ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"


def decode_text(name: str, raw: bytes, error: type[SimulatorError], what: str = "file") -> str:
    """UTF-8 text; a leading BOM (Windows editors write one) is dropped, as in YAML files."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise error(f"{name}:{line}", f"the {what} is not UTF-8 text; save it as UTF-8") from None


class _Refused(ValueError):
    def __init__(self, what: str, token: str) -> None:
        super().__init__(what)
        self.what = what
        self.token = token


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _Refused(f"a number with {len(text.lstrip('-'))} digits is too large", text)
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(f"the number {text[:20]} is too large", text)
    return value


def _parse_constant(text: str) -> Any:
    raise _Refused(f"{text} is not allowed in JSON; write a number", text)


_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]|-?[0-9][0-9.eE+-]*|NaN|-?Infinity')


def _locate(text: str, want: str | None) -> int | None:
    """The line of the first place nested deeper than MAX_JSON_DEPTH (``want`` None) or
    of the first number or constant spelled ``want``; strings are skipped."""
    depth = 0
    for m in _TOKENS.finditer(text):
        token = m.group()
        if want is None:
            if token in "[{":
                depth += 1
                if depth > MAX_JSON_DEPTH:
                    return text.count("\n", 0, m.start()) + 1
            elif token in "]}":
                depth -= 1
        elif token == want:
            return text.count("\n", 0, m.start()) + 1
    return None


def _too_deep(value: Any) -> bool:
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return False


def parse_json(name: str, text: str, error: type[SimulatorError], what: str = "file") -> Any:
    """``text`` as JSON: no NaN or Infinity, no number beyond 64 bits or float's range,
    at most ``MAX_JSON_DEPTH`` levels; every refusal names the line."""

    def where(line: int | None) -> str:
        return f"{name}:{line}" if line else name

    deep = f"the {what} is nested too deeply (more than {MAX_JSON_DEPTH} levels)"
    try:
        value = json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
        )
    except json.JSONDecodeError as exc:
        raise error(where(exc.lineno), f"the {what} is not valid JSON ({exc.msg})") from None
    except _Refused as exc:
        raise error(where(_locate(text, exc.token)), exc.what) from None
    except RecursionError:
        raise error(where(_locate(text, None)), deep) from None
    except ValueError as exc:  # pragma: no cover - json raises nothing else we know of
        raise error(name, f"the {what} is not valid JSON ({exc})") from None
    if _too_deep(value):
        raise error(where(_locate(text, None)), deep)
    return value


def read_json(
    path: Path, error: type[SimulatorError], what: str = "file", limit: int = MAX_JSON_BYTES
) -> Any:
    """The JSON value in the regular file ``path`` (see ``parse_json``)."""
    raw = read_regular(path, limit, error, what)
    return parse_json(str(path), decode_text(str(path), raw, error, what), error, what)
