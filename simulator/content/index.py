"""The library index: what the library list shows, cached so a start needs no YAML.

``load_index(root)`` gives one ``ScenarioSummary`` per scenario that ``load_library``
would load (same order, same problems) and the SOP titles. Each file's outcome is kept in
a JSON cache (the caller's cache folder: the app uses the platform's cache folder; by
default the data folder's ``cache``), keyed by the file's path, size and modification
time (and the index format and Frontline version), so only new or changed files are
parsed. A missing or corrupt cache is rebuilt. ``load_full`` parses one scenario and its
SOP when the trainee starts it.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from simulator import __version__
from simulator.content.walk import walk
from simulator.errors import ContentError

if TYPE_CHECKING:
    # Imported when used: the problems module imports the YAML reader, the model builds
    # some twenty dataclasses; a warm start with no problems needs neither.
    from simulator.content.model import SOP, Scenario
    from simulator.content.problems import Problem


INDEX_FORMAT = 2


def _stamp() -> str:
    """What every cached entry depends on besides its own file: the index format, the
    version, and the content package's code (a changed loader rule re-parses all)."""
    code = sorted(
        (p.name, st.st_size, st.st_mtime_ns)
        for p in Path(__file__).parent.glob("*.py")
        for st in [p.stat()]
    )
    return f"{INDEX_FORMAT}/{__version__}/{zlib.crc32(repr(code).encode()):08x}"


# NamedTuples rather than dataclasses: this module is on the app's way to its first
# paint, and ``dataclasses`` with three frozen classes cost that start some milliseconds.
class ScenarioSummary(NamedTuple):
    """A scenario as the library list shows and filters it."""

    id: str
    language: str
    title: str
    sop: str
    difficulty: int
    channels: tuple[str, ...]
    tags: tuple[str, ...]
    # (category, highest level) over the scenario's and its attachments' labels, in the
    # order they first appear: the list's "Bullying · 1".
    sensitivity: tuple[tuple[str, int], ...]
    max_level: int  # the highest level anywhere, message labels included (Scenario.max_level)
    path: Path


class Title(NamedTuple):
    """A title in both languages (like ``model.LocalText``)."""

    en: str
    ar: str

    def get(self, language: str) -> str:
        return self.ar if language == "ar" else self.en


class SOPSummary(NamedTuple):
    id: str
    title: Title
    path: Path


class LibraryIndex(NamedTuple):
    """The summaries of every loadable scenario and SOP, and the problems of the rest."""

    scenarios: tuple[ScenarioSummary, ...] = ()
    sops: Mapping[str, SOPSummary] = MappingProxyType({})  # read-only, so one is shared
    problems: tuple[Problem, ...] = ()
    # Files parsed for this index (0: everything came from the cache).
    parsed: int = 0


def summarize(scenario: Scenario, path: Path) -> ScenarioSummary:
    """The summary of a loaded scenario."""
    levels: dict[str, int] = {}
    items = list(scenario.sensitivity)
    for event in scenario.timeline:
        for attachment in event.attachments:
            items.extend(attachment.sensitivity)
    for s in items:
        levels[s.category] = max(levels.get(s.category, 0), s.level)
    return ScenarioSummary(
        id=scenario.id,
        language=scenario.language,
        title=scenario.title,
        sop=scenario.sop,
        difficulty=scenario.difficulty,
        channels=scenario.channels,
        tags=scenario.tags,
        sensitivity=tuple(levels.items()),
        max_level=scenario.max_level,
        path=path,
    )


def default_cache_dir() -> Path:
    from simulator.paths import data_dir

    return data_dir() / "cache"


def cache_file(root: Path, cache_dir: Path | None = None) -> Path:
    """Where the index of the library at ``root`` is cached (one file per library).

    A CRC names it (hashlib costs a start-up some milliseconds): were two libraries to
    share a name, entries are still keyed by each file's own path, so they would only
    rebuild each other's, never mix."""
    resolved = Path(root).resolve()
    digest = zlib.crc32(str(resolved).encode("utf-8"))
    return (cache_dir or default_cache_dir()) / f"library-index-{resolved.name}-{digest:08x}.json"


def _key(path: Path) -> list[Any] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _problems_json(problems: list[Problem]) -> list[dict[str, Any]]:
    return [p.as_json() for p in problems]


def _problem(file: str, line: int, message: str, severity: str = "error") -> Problem:
    from simulator.content.problems import Problem

    if severity not in ("error", "warning"):
        raise ValueError(f"not a severity: {severity!r}")
    return Problem(str(file), int(line), str(message), severity)  # type: ignore[arg-type]


def _problems(data: list[dict[str, Any]]) -> list[Problem]:
    return [_problem(d["file"], d["line"], d["message"], d["severity"]) for d in data]


def _from_error(exc: ContentError) -> list[dict[str, Any]]:
    from simulator.content.problems import problem_from_error

    return _problems_json([problem_from_error(exc)])


def _parse_sop(path: Path) -> dict[str, Any]:
    from simulator.content.loader import read_sop  # only for new or changed files

    try:
        sop, found = read_sop(path)
    except ContentError as exc:
        return {"sop": None, "problems": _from_error(exc)}
    ok = not any(p.severity == "error" for p in found)
    entry = {"id": sop.id, "en": sop.title.en, "ar": sop.title.ar} if ok else None
    return {"sop": entry, "problems": _problems_json(found)}


def _parse_scenario(path: Path) -> dict[str, Any]:
    from simulator.content.loader import read_scenario

    try:
        scenario, found = read_scenario(path)
    except ContentError as exc:
        return {"scenario": None, "problems": _from_error(exc)}
    if any(p.severity == "error" for p in found):
        return {"scenario": None, "problems": _problems_json(found)}
    s = summarize(scenario, path)
    entry = {
        "id": s.id,
        "language": s.language,
        "title": s.title,
        "sop": s.sop,
        "difficulty": s.difficulty,
        "channels": list(s.channels),
        "tags": list(s.tags),
        "sensitivity": [list(x) for x in s.sensitivity],
        "max_level": s.max_level,
    }
    return {"scenario": entry, "problems": _problems_json(found)}


def _read_cache(path: Path, stamp: str) -> dict[str, Any]:
    """The cached entries, or nothing when the cache is missing, corrupt or stale."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("stamp") != stamp:
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def _write_cache(path: Path, stamp: str, files: dict[str, Any]) -> None:
    """Write atomically (another Frontline may read it at the same time); a read-only
    data folder only costs the next start its speed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"stamp": stamp, "files": files}), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


class _NotCached(Exception):
    """A file would have to be parsed, and the caller asked for the cache only."""


class _Entries:
    """Per-file outcomes, from the cache when the file is unchanged, else parsed (or,
    with ``parse`` False, ``_NotCached``)."""

    def __init__(self, cached: dict[str, Any], parse: bool = True) -> None:
        self.cached = cached
        self.parse = parse
        self.files: dict[str, Any] = {}
        self.parsed = 0

    def get(self, path: Path, kind: str) -> dict[str, Any]:
        name, key = str(path), _key(path)
        hit = self.cached.get(name)
        try:
            if isinstance(hit, dict) and hit["key"] == key and hit["kind"] == kind:
                _problems(hit["problems"])  # a damaged entry is parsed again
                self.files[name] = hit
                return hit
        except (KeyError, TypeError):
            pass
        if not self.parse:
            raise _NotCached(name)
        self.parsed += 1
        entry = _parse_sop(path) if kind == "sop" else _parse_scenario(path)
        entry.update(key=key, kind=kind)
        self.files[name] = entry
        return entry


def _summary(data: dict[str, Any], path: Path) -> ScenarioSummary:
    return ScenarioSummary(
        id=str(data["id"]),
        language=str(data["language"]),
        title=str(data["title"]),
        sop=str(data["sop"]),
        difficulty=int(data["difficulty"]),
        channels=tuple(data["channels"]),
        tags=tuple(data["tags"]),
        sensitivity=tuple((str(c), int(lvl)) for c, lvl in data["sensitivity"]),
        max_level=int(data["max_level"]),
        path=path,
    )


def load_index(root: Path, cache_dir: Path | None = None) -> LibraryIndex:
    """The index of the library at ``root``: the scenarios and problems ``load_library``
    gives, as summaries; the cache in ``cache_dir`` (default: the data folder) is used
    and brought up to date."""
    root = Path(root)
    where = cache_file(root, cache_dir)
    stamp = _stamp()
    try:
        return _build(root, _Entries(_read_cache(where, stamp)), where, stamp)
    except (KeyError, TypeError, ValueError):
        # A cache entry that parses as JSON but not as an entry: start afresh.
        return _build(root, _Entries({}), where, stamp)


def cached_index(root: Path, cache_dir: Path | None = None) -> LibraryIndex | None:
    """``load_index(root, cache_dir)`` when the cache holds every file as it is now (a
    few milliseconds: no YAML is parsed), else None. The app lists a warm library
    before its first paint and parses a cold one after it."""
    root = Path(root)
    where = cache_file(root, cache_dir)
    stamp = _stamp()
    try:
        return _build(root, _Entries(_read_cache(where, stamp), parse=False), where, stamp)
    except (_NotCached, KeyError, TypeError, ValueError):
        return None


def _build(root: Path, entries: _Entries, where: Path, stamp: str) -> LibraryIndex:
    def read_sop(path: Path) -> tuple[SOPSummary | None, list[Problem]]:
        entry = entries.get(path, "sop")
        sop = entry["sop"]
        summary = None if sop is None else SOPSummary(sop["id"], Title(sop["en"], sop["ar"]), path)
        return summary, _problems(entry["problems"])

    def read_scenario(path: Path) -> tuple[ScenarioSummary | None, list[Problem]]:
        entry = entries.get(path, "scenario")
        data = entry["scenario"]
        return (None if data is None else _summary(data, path)), _problems(entry["problems"])

    scenarios, sops, problems = walk(root, read_sop, read_scenario, _problem)
    if entries.parsed or set(entries.files) != set(entries.cached):
        _write_cache(where, stamp, entries.files)
    return LibraryIndex(tuple(scenarios), MappingProxyType(sops), tuple(problems), entries.parsed)


def load_full(summary: ScenarioSummary, sop: SOPSummary) -> tuple[Scenario, SOP]:
    """The scenario and SOP behind ``summary``, parsed now; ``ContentError`` when the file
    has changed into something that does not load, or is now another scenario."""
    from simulator.content.loader import load_scenario, load_sop

    scenario = load_scenario(summary.path)
    if scenario.id != summary.id:
        raise ContentError(
            str(summary.path), f"the file now holds {scenario.id!r}, not {summary.id!r}"
        )
    return scenario, load_sop(sop.path)
