"""One walk over a library folder, shared by the loader (``library.load_library``) and the
index (``index.load_index``): ``sops/`` first, then each language folder, files sorted by
name; a file its reader rejects is left out (its problems kept), and so is a second SOP
or scenario with an id already seen and a scenario whose SOP is missing or broken.

Light on purpose (no YAML, no model): the index imports it on the app's first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

# The language folders, in the order they are read (model.LANGUAGES).
LANGUAGE_FOLDERS: tuple[str, ...] = ("ar", "en")


class _Named(Protocol):
    @property
    def id(self) -> str: ...


class _UnderSop(_Named, Protocol):
    @property
    def sop(self) -> str: ...


S = TypeVar("S", bound=_Named)
T = TypeVar("T", bound=_UnderSop)
P = TypeVar("P")


def walk(
    root: Path,
    read_sop: Callable[[Path], tuple[S | None, Sequence[P]]],
    read_scenario: Callable[[Path], tuple[T | None, Sequence[P]]],
    problem: Callable[[str, int, str], P],
) -> tuple[list[T], dict[str, S], list[P]]:
    """The scenarios and SOPs (by id) of the library at ``root`` and every problem found.
    A reader returns the thing read (None to leave the file out) and its problems;
    ``problem(file, line, message)`` makes the walk's own."""
    problems: list[P] = []
    sops: dict[str, S] = {}
    for path in sorted((root / "sops").glob("*.yaml")):
        sop, found = read_sop(path)
        problems.extend(found)
        if sop is None:
            continue
        if sop.id in sops:
            problems.append(problem(str(path), 1, f"duplicate SOP id {sop.id!r}"))
            continue
        sops[sop.id] = sop
    scenarios: list[T] = []
    seen: set[str] = set()
    for language in LANGUAGE_FOLDERS:
        for path in sorted((root / language).glob("*.yaml")):
            scenario, found = read_scenario(path)
            problems.extend(found)
            if scenario is None:
                continue
            if scenario.sop not in sops:
                message = f"SOP {scenario.sop!r} is missing or has errors"
                problems.append(problem(str(path), 0, message))
                continue
            if scenario.id in seen:
                message = f"duplicate scenario id {scenario.id!r}"
                problems.append(problem(str(path), 1, message))
                continue
            seen.add(scenario.id)
            scenarios.append(scenario)
    return scenarios, sops, problems
