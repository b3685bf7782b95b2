"""``validate_paths``: every problem in a set of scenario and SOP files, all at once.

Per file, the loader's problems (keys, types, durations, ids and threads); then, for a
scenario, its SOP, placeholders, persona, attachments, conditional events, rubric and
language (``rules``); across the set, duplicate ids; last, each scenario's examples are
graded. A file counts as an SOP when it sits in a ``sops`` folder, or, elsewhere, when it
has ``steps``/``macros``/``teams`` and no ``timeline``.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from simulator.authoring import rules
from simulator.content.library import clear_caches, find_sop_path, library_root
from simulator.content.loader import build_scenario, build_sop
from simulator.content.model import SOP
from simulator.content.problems import Fields, Problem, problem_from_error
from simulator.content.rules_desk import check_desk, check_sop_macros
from simulator.content.yamlfile import Issue, YMap, read_yaml, read_yaml_text
from simulator.errors import ContentError

__all__ = ["Problem", "expand_paths", "validate_paths", "validate_text"]

_SOP_KEYS = ("steps", "macros", "teams", "version")


_YAML = (".yaml", ".yml")


def expand_paths(paths: Sequence[Path]) -> list[Path]:
    """The YAML files named by ``paths`` (folders are searched); ``ContentError`` when a
    path does not exist."""
    return _expand(paths)[0]


def _expand(paths: Sequence[Path]) -> tuple[list[Path], list[Problem]]:
    """The YAML files under ``paths`` and what was skipped on the way (a folder that
    cannot be read, a pipe or device, a broken link or a link loop, a folder without
    any YAML file), each as an error: a check that skipped something did not check it."""
    files: list[Path] = []
    skipped: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            before = len(files)
            _walk(path, files, skipped, set())
            if len(files) == before:
                skipped.append(Problem(str(path), 0, "no scenario files (no .yaml file in it)"))
        elif path.is_file():
            files.append(path)
        elif os.path.lexists(path):
            skipped.append(Problem(str(path), 0, _not_regular(path)))
        else:
            raise ContentError(str(path), "no such file or folder")
    return list(dict.fromkeys(files)), skipped


def _not_regular(path: Path) -> str:
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "skipped: a symbolic link loop"
        if exc.errno == errno.ENOENT:
            return "skipped: a broken symbolic link"
        return f"skipped: cannot read it ({exc.strerror or exc})"
    return "skipped: not a regular file (a pipe or a device?)"


def _walk(
    folder: Path, files: list[Path], skipped: list[Problem], seen: set[tuple[int, int]]
) -> None:
    try:
        st = folder.stat()
        if (st.st_dev, st.st_ino) in seen:
            skipped.append(Problem(str(folder), 0, "skipped: a symbolic link loop"))
            return
        seen = seen | {(st.st_dev, st.st_ino)}
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        skipped.append(
            Problem(str(folder), 0, f"skipped: cannot read the folder ({exc.strerror or exc})")
        )
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            _walk(path, files, skipped, seen)
        elif path.suffix in _YAML:
            try:
                regular = entry.is_file()
            except OSError:
                regular = False
            if regular:
                files.append(path)
            else:
                skipped.append(Problem(str(path), 0, _not_regular(path)))


def _is_sop(path: Path, data: YMap) -> bool:
    if path.parent.name == "sops":
        return True
    if path.parent.name in ("en", "ar"):
        return False
    return "timeline" not in data and any(k in data for k in _SOP_KEYS)


@lru_cache(maxsize=1024)
def _resolved(folder: Path) -> Path:
    return folder.resolve()


def _persona_lines(data: YMap) -> dict[str, int]:
    """The line of each persona field (and of ``locale``), for messages."""
    persona = data.get("persona")
    if not isinstance(persona, YMap):
        return {}
    lines = {"locale": persona.line_of("locale")}
    fields = persona.get("fields")
    if isinstance(fields, YMap):
        lines.update(fields.lines)
    return lines


_SOP_READS: dict[tuple[Path, int, int], tuple[YMap, list[Issue]]] = {}


def _read_sop(path: Path) -> tuple[YMap, list[Issue]]:
    """``read_yaml`` of an SOP file, kept while the file is unchanged (same modification
    time and size): live validation reads the same SOP after every keystroke."""
    try:
        st = path.stat()
    except OSError:
        return read_yaml(path, "SOP")  # says what is wrong with the path
    key = (_resolved(path), st.st_mtime_ns, st.st_size)
    found = _SOP_READS.get(key)
    if found is None:
        if len(_SOP_READS) > 256:
            _SOP_READS.clear()
        found = _SOP_READS[key] = read_yaml(path, "SOP")
    return found


class _Run:
    """One validation run: caches SOPs by path so each is read and checked once."""

    def __init__(self, sops_dir: Path | None) -> None:
        self.counts: dict[str, int] = {"scenarios": 0, "sops": 0, "exams": 0}
        self.sops_dir = sops_dir
        self.problems: list[Problem] = []
        self.sops: dict[Path, SOP | None] = {}
        self.scenario_ids: dict[str, tuple[str, int]] = {}
        self.sop_ids: dict[str, tuple[str, int]] = {}
        self.sop_paths: dict[tuple[Path, str], Path | ContentError] = {}
        self.examples = True  # grade each scenario's examples
        self.cache_sops = False  # keep SOP reads between runs (live validation)

    def sop_at(
        self, path: Path, data: YMap | None = None, issues: Sequence[Issue] = ()
    ) -> SOP | None:
        """The SOP in ``path`` (None when it has errors, which are reported once)."""
        key = _resolved(path)
        if key in self.sops:
            return self.sops[key]
        self.sops[key] = None
        try:
            if data is None:
                data, found = _read_sop(path) if self.cache_sops else read_yaml(path, "SOP")
                issues = (*issues, *found)
        except ContentError as exc:
            self.problems.append(problem_from_error(exc))
            return None
        f = Fields(str(path))
        for issue in issues:
            f.problem(issue.line, issue.message)
        sop = build_sop(data, path, f)
        if sop.id and sop.id != path.stem:
            f.problem(
                data.line_of("id"),
                f"SOP id {sop.id!r} must match its file name ({path.stem}.yaml): "
                "scenarios find SOPs by file name",
            )
        if sop.id:
            scope = f"{_resolved(path.parent)}/{sop.id}"
            self._unique(self.sop_ids, "SOP", scope, sop.id, f, data.line_of("id"))
        rules.check_sop_refs(f, None, sop)
        rules.check_terms(f, None, sop, data.line_of("tone") if "tone" in data else 0)
        check_sop_macros(f, sop)
        self.problems.extend(f.problems)
        ok = not any(p.severity == "error" for p in f.problems)
        self.sops[key] = sop if ok else None
        return self.sops[key]

    def sop_path(self, scenario_path: Path, sop_id: str) -> Path:
        """``find_sop_path``, remembered per folder (many scenarios share one SOP)."""
        key = (scenario_path.parent, sop_id)
        found = self.sop_paths.get(key)
        if found is None:
            try:
                found = find_sop_path(scenario_path, self.sops_dir, sop_id)
            except ContentError as exc:
                found = exc
            self.sop_paths[key] = found
        if isinstance(found, ContentError):
            raise found
        return found

    def _unique(
        self,
        seen: dict[str, tuple[str, int]],
        what: str,
        scope: str,
        id_: str,
        f: Fields,
        line: int,
    ) -> None:
        """Report ``id_`` when another file in the same library (``scope``) has it."""
        if scope in seen:
            other, other_line = seen[scope]
            f.problem(line, f"duplicate {what} id {id_!r} (also in {other}:{other_line})")
        else:
            seen[scope] = (f.file, line)

    def scenario(self, path: Path, data: YMap, issues_f: Fields) -> None:
        f = issues_f
        sc = build_scenario(data, path, f)
        if sc.id:
            scope = f"{_resolved(library_root(path))}/{sc.id}"
            self._unique(self.scenario_ids, "scenario", scope, sc.id, f, data.line_of("id"))
        sop: SOP | None = None
        sop_ok = False
        if sc.sop:
            try:
                sop_path = self.sop_path(path, sc.sop)
            except ContentError as exc:
                f.problem(data.line_of("sop"), exc.what)
            else:
                sop = self.sop_at(sop_path)
                if sop is None:
                    f.problem(data.line_of("sop"), f"SOP {sc.sop!r} has errors ({sop_path})")
                else:
                    sop_ok = True
        structural = any(p.severity == "error" for p in f.problems)
        rules.check_placeholders(f, sc, sop, rules.text_lines(data))
        persona = rules.check_persona(f, sc, _persona_lines(data))
        rules.check_attachments(f, sc, path)
        rules.check_media(f, sc, sop)
        rules.check_events(f, sc)
        check_desk(f, sc, sop)
        rules.check_language(f, sc, persona)
        if sop is not None:
            rules.check_sop_refs(f, sc, sop)
            rules.check_terms(f, sc, sop)
            rules.check_macro_placeholders(f, sc, sop, data.line_of("sop"))
        clean = not any(p.severity == "error" for p in f.problems)
        # A rubric that contradicts itself is reported, and its examples are still graded:
        # an example that lies must not hide behind the contradiction.
        rules.check_reachable(f, sc, sop)
        # Examples mean something only for a scenario that loaded cleanly with its SOP.
        if sop_ok and not structural and clean and self.examples:
            rules.check_examples(f, sc, sop, persona)
        self.problems.extend(f.problems)

    def file(self, path: Path, text: str | None = None) -> None:
        try:
            if text is None:
                data, issues = read_yaml(path, "scenario or SOP")
            else:
                data, issues = read_yaml_text(str(path), text, "scenario or SOP")
        except ContentError as exc:
            self.problems.append(problem_from_error(exc))
            return
        if path.parent.name == "exams":  # an exam definition: the exams package checks it
            from simulator.exams.definition import check_exam_data

            self.problems.extend(check_exam_data(path, data, issues)[1])
            self.counts["exams"] += 1
            return
        if _is_sop(path, data):
            self.sop_at(path, data, issues)
            self.counts["sops"] += 1
            return
        self.counts["scenarios"] += 1
        f = Fields(str(path))
        for issue in issues:
            f.problem(issue.line, issue.message)
        self.scenario(path, data, f)


def validate_paths(paths: Sequence[Path], sops_dir: Path | None = None) -> list[Problem]:
    """Every problem in the files under ``paths``, sorted by file and line.

    SOP files are checked before scenarios so that duplicate ids are reported on the
    later file. Raises ``ContentError`` only when a path does not exist."""
    return validate_counted(paths, sops_dir)[0]


def validate_counted(
    paths: Sequence[Path], sops_dir: Path | None = None
) -> tuple[list[Problem], dict[str, int]]:
    """``validate_paths``, and how many files of each kind were checked (``scenarios``,
    ``sops``, ``exams``; a file that does not parse counts as none)."""
    clear_caches()
    _SOP_READS.clear()
    files, skipped = _expand(paths)
    run = _Run(Path(sops_dir) if sops_dir is not None else None)
    if sops_dir is not None and not Path(sops_dir).is_dir():
        raise ContentError(str(sops_dir), "no such folder (--sops)")
    for path in files:
        if path.parent.name == "sops":
            run.file(path)
    for path in files:
        if path.parent.name != "sops":
            run.file(path)
    order = {str(p): i for i, p in enumerate(files)}
    problems = skipped + sorted(
        dict.fromkeys(run.problems),
        key=lambda p: (order.get(p.file, len(order)), p.file, p.line),
    )
    return problems, dict(run.counts)


def validate_text(
    text: str, path: Path, sops_dir: Path | None = None, examples: bool = True
) -> list[Problem]:
    """The problems of one scenario, SOP or exam file whose text is ``text`` (an editor's
    buffer, not yet saved) as if it were at ``path``: its SOP is looked up from there.
    With ``examples=False`` the scenario's examples are not graded (a quicker check
    while typing). Duplicate ids across the library are not checked."""
    run = _Run(Path(sops_dir) if sops_dir is not None else None)
    run.examples = examples
    run.cache_sops = True
    run.file(Path(path), text)
    return sorted(dict.fromkeys(run.problems), key=lambda p: (p.line, p.message))
