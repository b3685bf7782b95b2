"""Reading a trainer's YAML file into plain data that remembers its line numbers.

Mappings become ``YMap`` (a ``dict`` with ``line`` and per-key ``lines``), sequences
``YList`` (a ``list`` with ``line`` and per-item ``lines``); scalars are plain Python
(dates and times stay text). Every way a file can be unreadable becomes one
``ContentError("file:line", "message")``; duplicate keys, odd keys and unknown tags are
returned as problems so that a validator can report them all at once.

Two readers give the same result: a plain file (one mapping; no anchors, aliases, tags,
merge keys, odd or duplicate keys) is built straight from libyaml's events; anything
else, and every broken file, goes through libyaml's composer and ``_convert``, which
produce the messages.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import (
    DocumentEndEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.tag import Tag

from simulator.content.yaml_errors import decode_text, parse_error
from simulator.errors import ContentError
from simulator.inputs import read_regular

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 100  # levels of nesting a file may have

_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MERGE = "tag:yaml.org,2002:merge"
_TEXTUAL = (_STR, _TIMESTAMP, _MERGE, "tag:yaml.org,2002:value")
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
# YAML 1.2 core schema, as ruamel.yaml resolves it (timestamps are kept as text).
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_BOOLS = frozenset({"true", "True", "TRUE", "false", "False", "FALSE"})
_INT_RE = re.compile(r"^(?:[-+]?[0-9_]+|0o[0-7_]+|0x[0-9a-fA-F_]+)$")
_FLOAT_RE = re.compile(
    r"^(?:[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
)


def _resolve_plain(value: str) -> str:
    if value in _NULLS:
        return _NULL
    if value in _BOOLS:
        return _BOOL
    if value[0] in "0123456789+-.":
        if _INT_RE.match(value) and any(c.isdigit() for c in value):
            return _INT
        if _FLOAT_RE.match(value) and any(c.isdigit() or c in "iInN" for c in value):
            return _FLOAT
    if value == "<<":
        return _MERGE
    return _STR


_TAGS = {t: Tag(suffix=t) for t in (_STR, _INT, _FLOAT, _BOOL, _NULL, _MERGE, _SEQ, _MAP)}
_STR_TAG = _TAGS[_STR]

_EventParser: Any = None
try:  # libyaml is ~15x faster; fall back to the pure-Python parser where it is missing
    from ruamel.yaml.cyaml import CParser

    _EventParser = CParser

    class _Loader(CParser):
        """libyaml's composer with a small resolver in place of ruamel's general one
        (which costs more than the parsing itself)."""

        def resolve(self, kind: type, value: str | None, implicit: Any) -> Tag:
            # Shared Tag objects: ruamel's Node() would otherwise build one per node.
            if kind is ScalarNode:
                return _TAGS[_resolve_plain(value or "")] if implicit[0] else _STR_TAG
            return _TAGS[_SEQ] if kind is SequenceNode else _TAGS[_MAP]

        def descend_resolver(self, *args: Any) -> None:
            return None

        def ascend_resolver(self, *args: Any) -> None:
            return None

except ImportError:  # pragma: no cover - depends on the platform's wheels
    from ruamel.yaml import SafeLoader as _Loader  # type: ignore[assignment]


class YMap(dict[str, Any]):
    """A YAML mapping: ``line`` is where it starts, ``lines[key]`` where each value is."""

    line: int = 1

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.lines: dict[str, int] = {}
        self.key_lines: dict[str, int] = {}

    def line_of(self, key: str) -> int:
        """The line of ``key``'s value (the mapping's own line when the key is absent)."""
        return self.lines.get(key, self.line)


class YList(list[Any]):
    """A YAML sequence: ``line`` is where it starts, ``lines[i]`` where item ``i`` is."""

    line: int = 1

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.lines[index] if 0 <= index < len(self.lines) else self.line


@dataclass(frozen=True)
class Issue:
    """A problem found while reading (the file could still be read)."""

    line: int
    message: str


def _line(node: Node) -> int:
    return int(node.start_mark.line) + 1


def _tag(node: Node) -> str:
    ctag = node.ctag
    if ctag is None:  # pragma: no cover - libyaml always gives one
        return _STR
    # A resolved tag is a bare suffix; only an explicit one (``!x``) needs formatting.
    return str(ctag.suffix) if ctag.handle is None else str(ctag)


_UNSUPPORTED = object()


def _typed(tag: str, text: str) -> Any:
    """The Python value of a scalar with a resolved ``tag`` (``_UNSUPPORTED`` for a tag
    we do not read)."""
    if tag in _TEXTUAL:
        return text
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return text.lower() in ("true", "yes", "on", "y")
    if tag == _INT:
        clean = text.replace("_", "")
        try:
            if clean.lower().startswith(("0o", "-0o", "+0o")):
                return int(clean, 8)
            return int(clean, 0) if clean.lower().startswith(("0x", "0b")) else int(clean)
        except ValueError:
            return text
    if tag == _FLOAT:
        low = text.lower().replace("_", "")
        if low in (".inf", "+.inf"):
            return math.inf
        if low == "-.inf":
            return -math.inf
        if low == ".nan":
            return math.nan
        try:
            return float(low)
        except ValueError:
            return text
    return _UNSUPPORTED


def _scalar(node: ScalarNode, issues: list[Issue]) -> Any:
    tag, text = _tag(node), node.value
    value = _typed(tag, text)
    if value is _UNSUPPORTED:
        issues.append(Issue(_line(node), f"unsupported YAML tag {tag!r}; write plain values"))
        return text
    return value


MAX_VALUES = 200_000
_BUDGET = [MAX_VALUES]  # what _convert may still build for the current file


def _convert(node: Node, issues: list[Issue], depth: int = 0) -> Any:
    # The hot loop of loading a library: keep it free of needless calls.
    kind = type(node)
    if kind is ScalarNode:
        return node.value if node.ctag is _STR_TAG else _scalar(cast(ScalarNode, node), issues)
    if depth > MAX_DEPTH:
        raise ContentError(
            str(_line(node)), f"the file is nested too deeply (more than {MAX_DEPTH} levels)"
        )
    # Aliases can repeat a part many times over ("billion laughs"): cap the total work.
    _BUDGET[0] -= len(node.value)
    if _BUDGET[0] < 0:
        raise ContentError(str(_line(node)), "the file expands to too many values (aliases?)")
    if kind is SequenceNode:
        seq = YList(node.start_mark.line + 1)
        lines = seq.lines
        for item in node.value:
            seq.append(_convert(item, issues, depth + 1))
            lines.append(item.start_mark.line + 1)
        return seq
    if kind is MappingNode:
        mapping = YMap(node.start_mark.line + 1)
        for key_node, value_node in node.value:
            if key_node.ctag is _STR_TAG:
                key = key_node.value
                if key not in mapping:
                    mapping[key] = _convert(value_node, issues, depth + 1)
                    mapping.lines[key] = value_node.start_mark.line + 1
                    mapping.key_lines[key] = key_node.start_mark.line + 1
                    continue
            if _tag(key_node) == _MERGE:
                merged = _convert(value_node, issues, depth + 1)
                sources = merged if isinstance(merged, list) else [merged]
                for src in sources:
                    if isinstance(src, YMap):
                        for k, v in src.items():
                            if k not in mapping:
                                mapping[k] = v
                                mapping.lines[k] = src.line_of(k)
                                mapping.key_lines[k] = src.key_lines.get(k, src.line)
                continue
            key = _convert(key_node, issues, depth + 1)
            if not isinstance(key, str):
                issues.append(Issue(_line(key_node), f"key {key!r} must be text"))
                key = str(key)
            if key in mapping:
                issues.append(
                    Issue(
                        _line(key_node),
                        f"duplicate key {key!r} (first on line {mapping.key_lines[key]})",
                    )
                )
                continue
            mapping[key] = _convert(value_node, issues, depth + 1)
            mapping.lines[key] = _line(value_node)
            mapping.key_lines[key] = _line(key_node)
        return mapping
    raise ContentError(str(_line(node)), "unreadable YAML node")  # pragma: no cover


# Plain scalars that can resolve to something other than text start with one of these.
_SPECIAL_START = frozenset("~nNtTfF<0123456789+-.")


class _Fallback(Exception):
    """The event reader met something only the node-based reader handles."""


def _event_scalar(event: ScalarEvent) -> Any:
    if event.ctag is not None or event.anchor is not None:
        raise _Fallback
    text: str = event.value
    if not event.implicit[0] or (text and text[0] not in _SPECIAL_START):
        return text
    tag = _resolve_plain(text)
    return text if tag == _STR else _typed(tag, text)


def _event_node(get: Callable[[], Any], event: Any, count: list[int], depth: int) -> Any:
    """The value that starts with ``event``: the same ``YMap``/``YList``/scalar that
    ``_convert`` builds from the composed node, without composing nodes first."""
    kind = type(event)
    if kind is ScalarEvent:
        return _event_scalar(event)
    if (
        (kind is not SequenceStartEvent and kind is not MappingStartEvent)  # an alias
        or event.ctag is not None
        or event.anchor is not None
        or depth > MAX_DEPTH
    ):
        raise _Fallback
    if kind is SequenceStartEvent:
        seq = YList(event.start_mark.line + 1)
        lines = seq.lines
        while True:
            item = get()
            if type(item) is SequenceEndEvent:
                break
            lines.append(item.start_mark.line + 1)
            if type(item) is ScalarEvent:  # inline: most values are text
                text = item.value
                if (
                    item.ctag is None
                    and item.anchor is None
                    and (not item.implicit[0] or (text and text[0] not in _SPECIAL_START))
                ):
                    seq.append(text)
                    continue
            seq.append(_event_node(get, item, count, depth + 1))
        count[0] += len(seq)
        return seq
    mapping = YMap(event.start_mark.line + 1)
    value_lines, key_lines = mapping.lines, mapping.key_lines
    while True:
        key_event = get()
        if type(key_event) is MappingEndEvent:
            break
        # Only plain text keys, each once; merge keys, odd keys and duplicates are
        # left to the node-based reader, which reports them.
        if type(key_event) is not ScalarEvent:
            raise _Fallback
        key = key_event.value
        if (
            key_event.ctag is not None
            or key_event.anchor is not None
            or (
                key_event.implicit[0]
                and (not key or key[0] in _SPECIAL_START)
                and _resolve_plain(key) != _STR
            )
            or key in mapping
        ):
            raise _Fallback
        value_event = get()
        value_lines[key] = value_event.start_mark.line + 1
        key_lines[key] = key_event.start_mark.line + 1
        if type(value_event) is ScalarEvent:  # inline: most values are text
            text = value_event.value
            if (
                value_event.ctag is None
                and value_event.anchor is None
                and (not value_event.implicit[0] or (text and text[0] not in _SPECIAL_START))
            ):
                mapping[key] = text
                continue
        mapping[key] = _event_node(get, value_event, count, depth + 1)
    count[0] += len(mapping)
    return mapping


def _read_events(text: str) -> YMap | None:
    """The file's mapping built straight from libyaml's events (half the work of
    composing nodes and converting them), or None when the file is anything but one
    plain mapping: anchors, aliases, tags, merge or duplicate or non-text keys, more
    than one document, too deep, too big, or malformed. The node-based reader then reads
    it again and reports exactly what it always did."""
    if _EventParser is None:  # pragma: no cover - depends on the platform's wheels
        return None
    parser = _EventParser(text)
    try:
        get = parser.get_event
        get()  # stream start
        get()  # document start (or the end of an empty stream)
        first = get()
        if type(first) is not MappingStartEvent:
            return None
        count = [0]
        data = _event_node(get, first, count, 0)
        if type(get()) is not DocumentEndEvent or type(get()) is not StreamEndEvent:
            return None
        if count[0] > MAX_VALUES:
            return None
        return cast(YMap, data)
    except (_Fallback, YAMLError, ValueError, RecursionError):
        return None
    finally:
        parser.dispose()


def read_yaml(path: Path, what: str = "file") -> tuple[YMap, list[Issue]]:
    """The top-level mapping of ``path`` and the problems noticed while reading it."""
    name = str(path)
    raw = read_regular(path, MAX_BYTES, ContentError, "file")
    text = decode_text(path, raw)
    fast = _read_events(text)
    if fast is not None:
        return fast, []
    return _read_nodes(name, text, what)


def read_yaml_text(name: str, text: str, what: str = "file") -> tuple[YMap, list[Issue]]:
    """``read_yaml`` of text in memory (an editor's buffer), named ``name`` in messages."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise ContentError(f"{name}:1", f"the text is longer than {MAX_BYTES} bytes")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fast = _read_events(text)
    if fast is not None:
        return fast, []
    return _read_nodes(name, text, what)


def _check_depth(name: str, text: str) -> None:
    """Refuse a file nested deeper than ``MAX_DEPTH`` before libyaml's composer, which
    recurses once per level in C, sees it (50,000 ``[`` would overflow the stack and kill
    the process). The event parser keeps its own stack on the heap, so walking the events
    is safe at any depth; a malformed file is left for the composer to report."""
    if _EventParser is None:  # pragma: no cover - the pure-Python composer raises RecursionError
        return
    parser = _EventParser(text)
    try:
        depth = 0
        while True:
            event = parser.get_event()
            kind = type(event)
            if kind is SequenceStartEvent or kind is MappingStartEvent:
                depth += 1
                if depth > MAX_DEPTH:
                    raise ContentError(
                        f"{name}:{event.start_mark.line + 1}",
                        f"the file is nested too deeply (more than {MAX_DEPTH} levels)",
                    )
            elif kind is SequenceEndEvent or kind is MappingEndEvent:
                depth -= 1
            elif kind is StreamEndEvent:
                return
    except (YAMLError, ValueError):
        return  # the composer stops at the same place and says what is wrong
    finally:
        parser.dispose()


def _read_nodes(name: str, text: str, what: str) -> tuple[YMap, list[Issue]]:
    """``text`` composed into nodes and converted: the reader for every kind of file."""
    issues: list[Issue] = []
    _check_depth(name, text)
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
        finally:
            dispose = getattr(loader, "dispose", None)
            if dispose is not None:
                dispose()
    except YAMLError as exc:
        raise parse_error(name, text, exc) from None
    except (ValueError, RecursionError) as exc:  # e.g. characters YAML does not allow
        raise ContentError(f"{name}:1", f"malformed YAML: {exc}") from None
    if node is None:
        raise ContentError(f"{name}:1", f"the file is empty; a {what} file is a YAML mapping")
    _BUDGET[0] = MAX_VALUES
    try:
        data = _convert(node, issues)
    except ContentError as exc:
        raise ContentError(f"{name}:{exc.where}", exc.what) from None
    if not isinstance(data, YMap):
        kind = "a list" if isinstance(data, YList) else "a single value"
        raise ContentError(
            f"{name}:{_line(node)}",
            f"the file is {kind}; a {what} file is a mapping of keys (id:, title:, ...)",
        )
    return data, issues
