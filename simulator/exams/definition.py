"""Exam definitions (``scenarios/exams/<id>.yaml``): reading, checking, and drawing the
scenarios of one sitting. The format is written out in docs/exams.md."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.content.library import Library, load_library
from simulator.content.model import LANGUAGES, LocalText, Scenario
from simulator.content.problems import Fields, Problem, problem_from_error
from simulator.content.yamlfile import Issue, YList, YMap, read_yaml

if TYPE_CHECKING:
    from simulator.store.records import Attempt
    from simulator.store.store import Store
from simulator.errors import ContentError

ID_RE = re.compile(r"^[a-z0-9-]+$")
TOP_KEYS = (
    "format",
    "id",
    "version",
    "title",
    "language",
    "time_limit",
    "scenarios",
    "pool",
    "swaps",
    "pass",
    "validity_days",
    "max_attempts",
    "cooldown",
    "review",
    "review_required",
    "support_pause_limit",
)
REQUIRED = ("format", "id", "version", "title", "language", "time_limit", "pass")
# What a trainee sees after a sitting: the score only; criterion titles and pass/fail;
# or the evidence too (the phrases looked for: an answer key, so not the default).
REVIEW_LEVELS = ("score", "criteria", "evidence")
SUPPORT_PAUSE_LIMIT_S = 15 * 60.0
# A stored sitting is an attempt whose scenario id is ``exam:<exam id>``.
SITTING_PREFIX = "exam:"


def is_sitting(attempt: object) -> bool:
    """Whether a stored attempt is an exam sitting (not one of its items)."""
    return getattr(attempt, "mode", None) == "exam" and str(
        getattr(attempt, "scenario_id", "")
    ).startswith(SITTING_PREFIX)


def sittings_for(store: Store, person_id: int) -> list[Attempt]:
    """A person's exam sittings, oldest first (finished or not)."""
    return [a for a in store.attempts_for(person_id) if is_sitting(a)]


@dataclass(frozen=True)
class PassRules:
    """An exam is passed when every rule holds."""

    mean_score: float  # the mean of the items' scores (an item not reached counts 0)
    every_scenario: bool = False  # every item passed on its own rubric
    no_critical_failure: bool = True  # no critical criterion failed anywhere

    def to_json(self) -> dict[str, object]:
        return {
            "mean_score": self.mean_score,
            "every_scenario": self.every_scenario,
            "no_critical_failure": self.no_critical_failure,
        }


@dataclass(frozen=True)
class Pool:
    """Draw ``draw`` scenarios per SOP from ``from_ids`` (seeded by the sitting)."""

    draw: int
    from_ids: tuple[str, ...]
    line: int = 0


@dataclass(frozen=True)
class ExamDef:
    id: str
    version: int
    title: LocalText
    language: str
    time_limit_s: float
    pass_rules: PassRules
    scenarios: tuple[str, ...] = ()
    pool: Pool | None = None
    swaps: tuple[str, ...] = ()
    validity_days: int = 365
    path: Path | None = None
    max_attempts: int | None = None  # sittings a person may start (None: no limit)
    cooldown_s: float = 0.0  # wall seconds between the end of one sitting and the next
    review: str = "criteria"  # what a trainee sees after a sitting (REVIEW_LEVELS)
    # A passed sitting's certificate waits for a trainer's confirmation (also when the
    # grader is uncertain of any item's criterion).
    review_required: bool = False
    support_pause_limit_s: float = SUPPORT_PAUSE_LIMIT_S  # credited pause during items

    @property
    def library_root(self) -> Path:
        """The library an exam file belongs to: the folder holding ``exams/``."""
        if self.path is None:
            raise ContentError(f"exam {self.id}", "has no file, so it has no library")
        return self.path.resolve().parent.parent

    @property
    def referenced(self) -> tuple[str, ...]:
        """Every scenario id the exam names, in file order, once each."""
        pool = self.pool.from_ids if self.pool else ()
        return tuple(dict.fromkeys((*self.scenarios, *pool, *self.swaps)))


def _title(f: Fields, data: YMap) -> LocalText:
    m = f.mapping(data, "title", "exam")
    if m is None:
        return LocalText("", "")
    f.keys(m, "title", required=("en", "ar"))
    return LocalText(f.text(m, "en", "title"), f.text(m, "ar", "title"))


def _ids(f: Fields, data: YMap, key: str, what: str) -> tuple[str, ...]:
    ids = f.texts(data, key, what)
    seen: set[str] = set()
    for i, sid in enumerate(ids):
        if sid in seen:
            seq = f.items(data, key, what)
            f.problem(seq.line_of(i), f"{what}.{key} names {sid!r} twice")
        seen.add(sid)
    return ids


def _pool(f: Fields, data: YMap) -> Pool | None:
    m = f.mapping(data, "pool", "exam")
    if m is None:
        return None
    f.keys(m, "pool", required=("draw", "from"))
    draw = f.integer(m, "draw", "pool", 1)
    if draw < 1:
        f.problem(m.line_of("draw"), "pool.draw must be 1 or more (scenarios per SOP)")
    return Pool(max(1, draw), _ids(f, m, "from", "pool"), m.line)


def _rules(f: Fields, data: YMap) -> PassRules:
    m = f.mapping(data, "pass", "exam")
    if m is None:
        return PassRules(100.0)
    f.keys(m, "pass", required=("mean_score",), optional=("every_scenario", "no_critical_failure"))
    mean = f.number(m, "mean_score", "pass", 100.0)
    if not 0 <= mean <= 100:
        f.problem(m.line_of("mean_score"), "pass.mean_score is a percentage from 0 to 100")
    return PassRules(
        mean,
        f.boolean(m, "every_scenario", "pass", False),
        f.boolean(m, "no_critical_failure", "pass", True),
    )


def build_exam(data: YMap, path: Path, f: Fields) -> ExamDef:
    """The exam in ``data``; every problem found goes to ``f``."""
    f.keys(data, "exam", required=REQUIRED, optional=TOP_KEYS)
    fmt = f.integer(data, "format", "exam", 1)
    if "format" in data and fmt != 1:
        f.problem(data.line_of("format"), f"format {fmt} is not known; this Frontline reads 1")
    exam_id = f.text(data, "id", "exam")
    if "id" in data and not ID_RE.match(exam_id):
        f.problem(data.line_of("id"), f"id {exam_id!r} may use only a-z, 0-9 and -")
    elif exam_id and exam_id != path.stem:
        f.problem(data.line_of("id"), f"id {exam_id!r} differs from the file name {path.name}")
    version = f.integer(data, "version", "exam", 1)
    if version < 1:
        f.problem(data.line_of("version"), "version must be 1 or more")
    language = f.choice(data, "language", "exam", LANGUAGES, "en")
    limit = f.duration(data, "time_limit", "exam", 3600.0) or 0.0
    if "time_limit" in data and limit <= 0:
        f.problem(data.line_of("time_limit"), "time_limit must be more than 0")
    validity = f.integer(data, "validity_days", "exam", 365)
    if validity < 1:
        f.problem(data.line_of("validity_days"), "validity_days must be 1 or more")
    max_attempts: int | None = None
    if "max_attempts" in data:
        max_attempts = f.integer(data, "max_attempts", "exam", 1)
        if max_attempts < 1:
            f.problem(data.line_of("max_attempts"), "max_attempts must be 1 or more")
            max_attempts = 1
    cooldown = f.duration(data, "cooldown", "exam", 0.0) or 0.0
    if cooldown < 0:
        f.problem(data.line_of("cooldown"), "cooldown cannot be negative")
    pause_limit = f.duration(data, "support_pause_limit", "exam", SUPPORT_PAUSE_LIMIT_S)
    if pause_limit is None or pause_limit < 0:
        f.problem(data.line_of("support_pause_limit"), "support_pause_limit cannot be negative")
        pause_limit = SUPPORT_PAUSE_LIMIT_S
    exam = ExamDef(
        id=exam_id,
        version=version,
        title=_title(f, data),
        language=language,
        time_limit_s=limit,
        pass_rules=_rules(f, data),
        scenarios=_ids(f, data, "scenarios", "exam"),
        pool=_pool(f, data),
        swaps=_ids(f, data, "swaps", "exam"),
        validity_days=validity,
        path=path,
        max_attempts=max_attempts,
        cooldown_s=max(0.0, cooldown),
        review=f.choice(data, "review", "exam", REVIEW_LEVELS, "criteria"),
        review_required=f.boolean(data, "review_required", "exam", False),
        support_pause_limit_s=pause_limit,
    )
    if not exam.scenarios and exam.pool is None:
        f.problem(data.line, "an exam needs scenarios: or pool: (or both)")
    return exam


def _lines(holder: object, key: str) -> dict[str, int]:
    """The line of each id in the list ``holder[key]`` (first occurrence)."""
    seq = holder.get(key) if isinstance(holder, YMap) else None
    if not isinstance(seq, YList):
        return {}
    out: dict[str, int] = {}
    for i, sid in enumerate(seq):
        out.setdefault(str(sid), seq.line_of(i))
    return out


def check_references(f: Fields, data: YMap, exam: ExamDef, library: Library) -> None:
    """Every named scenario is in the library, in the exam's language, and used once."""
    fixed_lines = _lines(data, "scenarios")
    pool_lines = _lines(data.get("pool"), "from")
    swap_lines = _lines(data, "swaps")
    lines = {**swap_lines, **pool_lines, **fixed_lines}
    known = {s.id: s for s in library.scenarios}
    for sid in exam.referenced:
        line = lines.get(sid, data.line)
        sc = known.get(sid)
        if sc is None:
            f.problem(line, f"scenario {sid!r} is not in the library {exam.library_root}")
        elif sc.language != exam.language:
            f.problem(line, f"scenario {sid!r} is in {sc.language}; the exam is in {exam.language}")
    fixed = set(exam.scenarios)
    for sid in exam.pool.from_ids if exam.pool else ():
        if sid in fixed:
            f.problem(pool_lines.get(sid, data.line), f"{sid!r} is in scenarios: and in pool:")
    for sid in exam.swaps:
        if sid in fixed or (exam.pool and sid in exam.pool.from_ids):
            f.problem(swap_lines.get(sid, data.line), f"swap {sid!r} is also an exam item")


def check_exam_data(
    path: Path, data: YMap, issues: list[Issue], libraries: dict[Path, Library] | None = None
) -> tuple[ExamDef, list[Problem]]:
    """The exam in an already read file and its problems (library references included).
    ``libraries``: the libraries already loaded by root, shared by the exams of one read
    (a library loaded here is added to it)."""
    f = Fields(str(path))
    for issue in issues:
        f.problem(issue.line, issue.message)
    exam = build_exam(data, path, f)
    known = {} if libraries is None else libraries
    library = known.get(exam.library_root)
    if library is None:
        library = known[exam.library_root] = load_library(exam.library_root)
    check_references(f, data, exam, library)
    return exam, f.problems


def read_exam(
    path: Path, libraries: dict[Path, Library] | None = None
) -> tuple[ExamDef | None, list[Problem]]:
    """The exam in ``path`` (None when unreadable) and every problem, sorted by line
    (``libraries``: as for ``check_exam_data``)."""
    try:
        data, issues = read_yaml(Path(path), "exam")
    except ContentError as exc:
        return None, [problem_from_error(exc)]
    exam, problems = check_exam_data(Path(path), data, issues, libraries)
    return exam, sorted(problems, key=lambda p: p.line)


def load_exam(path: Path) -> ExamDef:
    """The exam in ``path``; ``ContentError("file:line", ...)`` for its first error."""
    exam, problems = read_exam(path)
    errors = [p for p in problems if p.severity == "error"]
    if exam is None or errors:
        first = errors[0]
        where = f"{first.file}:{first.line}" if first.line else first.file
        more = f" (and {len(errors) - 1} more; see `simulator exam validate`)" if errors[1:] else ""
        raise ContentError(where, first.message + more)
    return exam


def exam_files(library_root: Path) -> list[Path]:
    """The exam files of a library, by name."""
    return sorted((Path(library_root) / "exams").glob("*.yaml"))


def draw_order(
    exam: ExamDef, library: Library, seed: int, seen: frozenset[str] = frozenset()
) -> tuple[Scenario, ...]:
    """The sitting's scenarios: the fixed ones in order, then ``pool.draw`` per SOP
    (SOPs in the order they first appear in ``pool.from``), drawn by ``seed``.

    Scenarios in ``seen`` (the trainee's earlier sittings) are drawn only when a SOP has
    too few others; with nothing seen the draw is the same as ever."""
    known = {s.id: s for s in library.scenarios}

    def get(sid: str) -> Scenario:
        if sid not in known:
            raise ContentError(f"exam {exam.id}", f"scenario {sid!r} is not in the library")
        return known[sid]

    order = [get(sid) for sid in exam.scenarios]
    if exam.pool is not None:
        rng = random.Random(f"{exam.id}:{exam.version}:{seed}")
        by_sop: dict[str, list[Scenario]] = {}
        for sid in exam.pool.from_ids:
            sc = get(sid)
            by_sop.setdefault(sc.sop, []).append(sc)
        for group in by_sop.values():
            fresh = [sc for sc in group if sc.id not in seen]
            stale = [sc for sc in group if sc.id in seen]
            want = min(exam.pool.draw, len(group))
            picked = rng.sample(fresh, min(want, len(fresh)))
            if len(picked) < want:
                picked += rng.sample(stale, want - len(picked))
            order.extend(picked)
    return tuple(order)


def item_count(exam: ExamDef, sop_of: Callable[[str], str | None]) -> int:
    """How many items a sitting has: the fixed ones plus ``draw`` per SOP of the pool (as
    ``draw_order`` draws them). ``sop_of(scenario id)`` names a scenario's SOP."""
    count = len(exam.scenarios)
    if exam.pool is not None:
        sops = {sop_of(sid) for sid in exam.pool.from_ids}
        count += exam.pool.draw * len(sops)
    return count


def swap_candidates(exam: ExamDef, library: Library, in_use: set[str]) -> tuple[Scenario, ...]:
    """Scenarios the exam names that this sitting does not use: where a Skip swaps from."""
    known = {s.id: s for s in library.scenarios}
    return tuple(known[s] for s in exam.referenced if s in known and s not in in_use)
