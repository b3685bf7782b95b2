"""The library: a folder laid out like ``scenarios/`` (``en/``, ``ar/``, ``sops/``).

``find_sop_path`` says where a scenario's SOP file is; ``load_library`` loads every file
of a library, turning broken files into problems instead of exceptions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from simulator.content.loader import read_scenario, read_sop
from simulator.content.model import SOP, Scenario
from simulator.content.problems import Problem, problem_from_error
from simulator.content.walk import walk
from simulator.content.yamlfile import read_yaml
from simulator.errors import ContentError
from simulator.paths import project_root


def _grandparent(path: Path) -> Path:
    # Relative paths keep messages short; "x.yaml" has no usable parent, so resolve it.
    return _grandparent_of_folder(Path(path).parent)


@lru_cache(maxsize=1024)
def _grandparent_of_folder(folder: Path) -> Path:
    if folder == folder.parent:
        folder = folder.resolve()
    return folder.parent


def sops_folder(scenario_path: Path, sops_dir: Path | None = None) -> Path:
    """``sops_dir`` when given, else ``sops/`` beside the scenario's language folder."""
    if sops_dir is not None:
        return Path(sops_dir)
    return _grandparent(scenario_path) / "sops"


def library_root(scenario_path: Path) -> Path:
    """The library a scenario belongs to (the parent of its language folder)."""
    return _grandparent(scenario_path)


def repo_root(scenario_path: Path) -> Path:
    """The folder attachment paths start from: the parent of the library folder."""
    root = library_root(scenario_path)
    return root.parent if root.parent != root else root.resolve().parent


def find_sop_path(
    scenario_path: Path, sops_dir: Path | None = None, sop_id: str | None = None
) -> Path:
    """The SOP file of the scenario at ``scenario_path``: ``<sop>.yaml`` in ``sops_dir``
    when given, else in ``sops/`` beside the scenario's language folder.

    ``sop_id`` saves reading the scenario again when the caller has it. Raises
    ``ContentError`` naming the scenario when there is no such file."""
    scenario_path = Path(scenario_path)
    where = str(scenario_path)
    if sop_id is None:
        data, _ = read_yaml(scenario_path, "scenario")
        value = data.get("sop")
        if not isinstance(value, str) or not value:
            raise ContentError(f"{where}:{data.line}", "scenario has no 'sop' (required)")
        sop_id, where = value, f"{where}:{data.line_of('sop')}"
    folder = sops_folder(scenario_path, sops_dir)
    path = folder / f"{sop_id}.yaml"
    if not path.is_file():
        from simulator.content.problems import did_you_mean

        try:
            ids = sorted(p.stem for p in folder.glob("*.yaml"))
        except OSError:
            ids = []
        raise ContentError(
            where, f"SOP {sop_id!r} not found: there is no {path}{did_you_mean(sop_id, ids)}"
        )
    return path


def find_attachment(scenario_path: Path, image: str) -> Path | None:
    """The file of an attachment's ``image``: from the scenario's repo root (the parent of
    its library folder), else from the program's own root, so that a scenario copied
    elsewhere can still use the shipped ``assets/scenario-media``. None when neither has it."""
    return _find_attachment(Path(scenario_path).parent, image)


@lru_cache(maxsize=4096)
def _find_attachment(folder: Path, image: str) -> Path | None:
    relative = Path(image)
    if relative.is_absolute() or ".." in relative.parts:
        return None
    for root in _attachment_roots(folder):
        candidate = root / relative
        if _is_file(candidate):
            return candidate
    return None


@lru_cache(maxsize=256)
def _attachment_roots(folder: Path) -> tuple[Path, Path]:
    return repo_root(folder / "x.yaml"), project_root()


@lru_cache(maxsize=4096)
def _is_file(path: Path) -> bool:
    return path.is_file()


def clear_caches() -> None:
    """Forget cached file checks (a run of the validator starts afresh)."""
    _is_file.cache_clear()
    _find_attachment.cache_clear()
    _attachment_roots.cache_clear()
    _grandparent_of_folder.cache_clear()


@dataclass
class Library:
    """Every scenario and SOP that loaded, and the problems of the files that did not."""

    scenarios: tuple[Scenario, ...] = ()
    sops: Mapping[str, SOP] = field(default_factory=lambda: MappingProxyType({}))
    problems: tuple[Problem, ...] = ()

    def scenario(self, scenario_id: str) -> Scenario:
        for s in self.scenarios:
            if s.id == scenario_id:
                return s
        raise KeyError(scenario_id)

    def sop_of(self, scenario: Scenario) -> SOP | None:
        return self.sops.get(scenario.sop)


def _errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def load_library(root: Path) -> Library:
    """Load the library at ``root``; a file with errors is left out and its problems kept.

    A scenario whose SOP is missing or broken is left out too. Scenarios come sorted by
    language folder, then file name (``walk.walk``, as the index)."""
    scenarios, sops, problems = walk(Path(root), _read_sop, _read_scenario, Problem)
    return Library(tuple(scenarios), MappingProxyType(sops), tuple(problems))


def _read_sop(path: Path) -> tuple[SOP | None, list[Problem]]:
    try:
        sop, found = read_sop(path)
    except ContentError as exc:
        return None, [problem_from_error(exc)]
    return (None if _errors(found) else sop), found


def _read_scenario(path: Path) -> tuple[Scenario | None, list[Problem]]:
    try:
        scenario, found = read_scenario(path)
    except ContentError as exc:
        return None, [problem_from_error(exc)]
    return (None if _errors(found) else scenario), found
