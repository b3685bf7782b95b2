"""The trainer's studio, without Qt: browse a library with its problems, check an
editor's buffer, play the scenario being edited, turn a play into an ``examples:``
entry, compare two versions of an SOP and preview the personas seeds give.

The screens are in ``simulator.ui.studio``; everything they decide is decided here.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simulator.authoring.validate import Problem, expand_paths, validate_paths, validate_text
from simulator.clock import Clock
from simulator.content.loader import build_scenario, build_sop
from simulator.content.model import SOP, Scenario
from simulator.content.persona import make_persona
from simulator.content.problems import Fields
from simulator.content.yamlfile import read_yaml, read_yaml_text
from simulator.engine.session import Session
from simulator.errors import ContentError

KINDS = ("sop", "scenario", "exam")
PREVIEW_SEEDS = tuple(range(1, 11))


# -- the library ------------------------------------------------------------------------
@dataclass(frozen=True)
class LibraryItem:
    """One file of a library: what it is, its id and title, and its problems."""

    kind: str  # sop | scenario | exam
    id: str
    title: str
    path: Path
    problems: tuple[Problem, ...] = ()

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors


def kind_of(path: Path, data: Mapping[str, Any] | None = None) -> str:
    """``sop`` for a file in ``sops/``, ``exam`` in ``exams/``, else ``scenario``."""
    parent = Path(path).parent.name
    if parent == "sops":
        return "sop"
    if parent == "exams":
        return "exam"
    if data is not None and "timeline" not in data and ("steps" in data or "macros" in data):
        return "sop"
    return "scenario"


def _title(data: Mapping[str, Any], language: str) -> str:
    title = data.get("title")
    if isinstance(title, Mapping):
        title = title.get(language) or title.get("en") or ""
    return str(title or "")


def browse(root: Path, language: str = "en") -> list[LibraryItem]:
    """Every SOP, scenario and exam under ``root``, sorted by kind then id, each with
    the problems the validator finds in it (problems of unreadable files included)."""
    problems = validate_paths([Path(root)])
    by_file: dict[str, list[Problem]] = {}
    for p in problems:
        by_file.setdefault(p.file, []).append(p)
    items = []
    for path in expand_paths([Path(root)]):
        try:
            data, _ = read_yaml(path)
        except ContentError:
            data = None
        kind = kind_of(path, data)
        sid = str(data.get("id") or path.stem) if data is not None else path.stem
        title = _title(data, language) if data is not None else ""
        items.append(LibraryItem(kind, sid, title, path, tuple(by_file.get(str(path), ()))))
    return sorted(items, key=lambda i: (KINDS.index(i.kind), i.id, str(i.path)))


def check(text: str, path: Path, examples: bool = True) -> list[Problem]:
    """The problems of an editor's buffer as the file at ``path`` (``validate_text``).

    The garbage collector waits while it runs: a full collection in the middle of a
    check is what made the slowest keystrokes slow; it runs on the next allocations."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return validate_text(text, Path(path), examples=examples)
    except ContentError as exc:
        return [Problem(str(path), 0, f"{exc.where}: {exc.what}")]
    finally:
        if enabled:
            gc.enable()


# -- reading a buffer -----------------------------------------------------------------
def scenario_from_text(text: str, path: Path) -> tuple[Scenario, SOP | None]:
    """The scenario in ``text`` and its SOP; ``ContentError`` naming the first error."""
    from simulator.content.library import find_sop_path
    from simulator.content.loader import load_sop

    data, _ = read_yaml_text(str(path), text, "scenario")
    f = Fields(str(path))
    scenario = build_scenario(data, Path(path), f)
    errors = [p for p in f.problems if p.severity == "error"]
    if errors:
        raise ContentError(f"{errors[0].file}:{errors[0].line}", errors[0].message)
    sop = load_sop(find_sop_path(Path(path), None, scenario.sop)) if scenario.sop else None
    return scenario, sop


def sop_from_text(text: str, path: Path) -> SOP:
    """The SOP in ``text``; ``ContentError`` naming the first error."""
    data, _ = read_yaml_text(str(path), text, "SOP")
    f = Fields(str(path))
    sop = build_sop(data, Path(path), f)
    errors = [p for p in f.problems if p.severity == "error"]
    if errors:
        raise ContentError(f"{errors[0].file}:{errors[0].line}", errors[0].message)
    return sop


# -- personas ---------------------------------------------------------------------------
def with_locale(scenario: Scenario, locale: str | None) -> Scenario:
    """``scenario`` with its persona drawn from Faker ``locale`` (unchanged for None)."""
    if not locale or scenario.persona is None or locale == scenario.persona.locale:
        return scenario
    persona = dataclasses.replace(scenario.persona, locale=locale)
    return dataclasses.replace(scenario, persona=persona)


def preview_personas(
    scenario: Scenario, seeds: Iterable[int] = PREVIEW_SEEDS, locale: str | None = None
) -> list[tuple[int, dict[str, str]]]:
    """(seed, persona) for each seed: the people trainees will meet."""
    spec = with_locale(scenario, locale).persona
    return [(seed, make_persona(spec, seed)) for seed in seeds]


# -- playing ----------------------------------------------------------------------------
def play_session(
    scenario: Scenario, sop: SOP | None, seed: int, clock: Clock, locale: str | None = None
) -> Session:
    """A session of ``scenario`` for the studio's "Play now" (nothing is stored)."""
    return Session(with_locale(scenario, locale), sop, seed=seed, clock=clock)


@dataclass(frozen=True)
class PlayResult:
    """What a "Play now" gives back to the editor."""

    seed: int
    locale: str
    persona: Mapping[str, str]
    agent: str
    grade: Mapping[str, Any]  # Grade.to_json()
    transcript: tuple[tuple[float, str, str, str], ...]  # (at_s, thread, sender, text)
    actions: tuple[tuple[str, str | None, str | None], ...]  # (type, value, thread)
    failed: tuple[str, ...] = field(default=())

    @property
    def passed(self) -> bool:
        return bool(self.grade.get("passed"))

    @property
    def score(self) -> float:
        return float(self.grade.get("score", 0.0))


def play_result(session: Session) -> PlayResult:
    """The grade and transcript of a finished (or stopped) studio session."""
    grade = session.grade().to_json()
    failed = tuple(
        c["id"] for c in grade["criteria"] if c.get("applicable", True) and not c.get("passed")
    )
    spec = session.scenario.persona
    return PlayResult(
        seed=session.seed,
        locale=spec.locale if spec is not None else "",
        persona=dict(session.persona),
        agent=session.agent,
        grade=grade,
        transcript=tuple((m.at_s, m.thread, m.sender, m.text) for m in session.messages),
        actions=tuple((a.type, a.value, a.thread) for a in session.actions),
        failed=failed,
    )


def play_comment(result: PlayResult) -> str:
    """Where an example from a play came from: ``from a play: seed 4, en_US``."""
    return f"from a play: seed {result.seed}, {result.locale}".rstrip(", ")


def transcript_text(result: PlayResult) -> str:
    """The transcript as plain lines: ``[m:ss] thread · sender: text``."""
    lines = []
    for at, thread, sender, text in result.transcript:
        minutes, seconds = divmod(int(at), 60)
        lines.append(f"[{minutes}:{seconds:02d}] {thread} · {sender}: {text}")
    for kind, value, act_thread in result.actions:
        where = f" ({act_thread})" if act_thread else ""
        lines.append(f"action: {kind}{'=' + value if value else ''}{where}")
    return "\n".join(lines)


def _unfill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with each persona value put back as its ``{placeholder}`` (longest value
    first), so the example holds for the persona the validator grades examples with."""
    pairs = sorted(
        ((v, k) for k, v in values.items() if v and len(v) >= 2), key=lambda kv: -len(kv[0])
    )
    if not pairs:
        return text
    # Whole words only: a first name "Al" must not turn "Also" into "{first_name}so".
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v, _ in pairs) + r")(?!\w)")
    names = dict(pairs)
    return pattern.sub(lambda m: "{" + names[m.group(0)] + "}", text)


def example_from_play(
    result: PlayResult, verdict: str, fails: Sequence[str] = ()
) -> dict[str, Any]:
    """An ``examples:`` entry from a play: the trainee's replies by thread and the
    actions taken, persona values turned back into placeholders."""
    if verdict not in ("pass", "fail"):
        raise ContentError("verdict", f"{verdict!r}; use pass or fail")
    values = {**result.persona, "agent": result.agent}
    replies: dict[str, list[str]] = {}
    for _at, thread, sender, text in result.transcript:
        if sender == "trainee":
            replies.setdefault(thread, []).append(_unfill(text, values))
    entry: dict[str, Any] = {"verdict": verdict}
    if verdict == "fail" and fails:
        entry["fails"] = list(fails)
    entry["replies"] = {t: texts[0] if len(texts) == 1 else texts for t, texts in replies.items()}
    actions = []
    for kind, value, act_thread in result.actions:
        a: dict[str, Any] = {"type": kind}
        if value is not None:
            a["value"] = _unfill(value, values)
        if act_thread is not None:
            a["thread"] = act_thread
        actions.append(a)
    if actions:
        entry["actions"] = actions
    return entry


def _flow(value: Any) -> str:
    """``value`` as one line of YAML flow (strings as JSON strings, which YAML reads)."""
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, str) and re.fullmatch(r"[a-z][a-z0-9-]*", value):
        return value
    return json.dumps(value, ensure_ascii=False)


def _entry_lines(entry: Mapping[str, Any], indent: int, comment: str = "") -> list[str]:
    pad = " " * indent
    lines = []
    for i, (key, value) in enumerate(entry.items()):
        lead = f"{pad}- " if i == 0 else f"{pad}  "
        note = f"   # {comment}" if i == 0 and comment else ""
        lines.append(f"{lead}{key}: {_flow(value)}{note}")
    return lines


def add_example(text: str, entry: Mapping[str, Any], comment: str = "") -> str:
    """``text`` (a scenario's YAML) with ``entry`` appended under ``examples:`` as new
    lines: every other line of the file, comments and key order included, is kept as
    it is. ``comment`` goes on the entry's first line (where it came from). The result
    is checked by parsing it (``ContentError`` if it would not load)."""
    lines = text.split("\n")
    data, _ = read_yaml_text("scenario", text, "scenario")
    at = data.key_lines.get("examples", 0) if "examples" in data else 0
    examples = data.get("examples")
    if at and isinstance(examples, list) and examples:
        item_indent = None
        end = at  # the last line of the examples block (1-based)
        for number in range(at + 1, len(lines) + 1):
            line = lines[number - 1]
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            indent = len(line) - len(line.lstrip(" "))
            if stripped.startswith("-") and (item_indent is None or indent < item_indent):
                item_indent = indent  # the examples' own dashes are the least indented
            if indent == 0 and not stripped.startswith("-"):
                break  # the next top-level key
            end = number
        new = _entry_lines(entry, item_indent or 0, comment)
        out = lines[:end] + new + lines[end:]
    elif not at:
        body = lines[:-1] if lines and lines[-1] == "" else lines
        out = [*body, "examples:", *_entry_lines(entry, 2, comment), ""]
    else:  # ``examples: []`` and the like: the key's line is replaced
        out = [*lines[: at - 1], "examples:", *_entry_lines(entry, 2, comment), *lines[at:]]
    result = "\n".join(out)
    read_yaml_text("scenario", result, "scenario")  # still YAML, or ContentError
    return result


# -- comparing two versions of an SOP ---------------------------------------------------
@dataclass(frozen=True)
class Change:
    """One difference between two versions of an SOP."""

    part: str  # steps | macros | teams | criteria
    id: str
    change: str  # added | removed | changed


@dataclass(frozen=True)
class Affected:
    """A scenario or exam a change of the SOP touches, and why."""

    kind: str  # scenario | exam
    id: str
    path: Path
    why: str


@dataclass(frozen=True)
class SopDiff:
    sop_id: str
    changes: tuple[Change, ...]
    affected: tuple[Affected, ...]


def _parts(sop: SOP) -> dict[str, dict[str, Any]]:
    return {
        "steps": {s.id: (s.text.en, s.text.ar) for s in sop.steps},
        "macros": {m.id: (m.text.en, m.text.ar) for m in sop.macros},
        "teams": {t: t for t in sop.teams},
        "criteria": {c.id: dataclasses.replace(c, line=0) for c in sop.criteria},
    }


def _comparable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields_ = dataclasses.fields(value)
        return tuple(
            (f.name, _comparable(getattr(value, f.name))) for f in fields_ if f.name != "line"
        )
    return repr(value)


def sop_changes(old: SOP, new: SOP) -> list[Change]:
    """Steps, macros, teams and criteria added, removed or changed from ``old`` to ``new``."""
    out = []
    a, b = _parts(old), _parts(new)
    for part in ("steps", "macros", "teams", "criteria"):
        for key in a[part]:
            if key not in b[part]:
                out.append(Change(part, key, "removed"))
            elif _comparable(a[part][key]) != _comparable(b[part][key]):
                out.append(Change(part, key, "changed"))
        for key in b[part]:
            if key not in a[part]:
                out.append(Change(part, key, "added"))
    return out


def _uses(scenario: Scenario) -> dict[str, set[str]]:
    """The SOP macros, teams and steps a scenario names."""
    used: dict[str, set[str]] = {"macros": set(), "teams": set(), "steps": set()}

    def note(kind: str | None, value: str | None) -> None:
        if value is None:
            return
        if kind == "macro":
            used["macros"].add(value)
        elif kind == "escalate":
            used["teams"].add(value)

    for c in scenario.rubric.criteria:
        if c.check.kind == "action":
            note(c.check.value.get("type"), c.check.value.get("value"))
        elif c.check.kind == "order":
            for step in c.check.value:
                note(step.get("type"), step.get("value"))
    for ex in scenario.examples:
        for act in ex.actions:
            note(act.type, act.value)
    for ev in scenario.timeline:
        for att in ev.attachments:
            if att.needed_for_step:
                used["steps"].add(att.needed_for_step)
    return used


def sop_diff(old: SOP, new: SOP, library: Path) -> SopDiff:
    """What changed from ``old`` to ``new`` and the scenarios and exams of ``library``
    it touches: every scenario of the SOP when its criteria change (they grade all of
    them), else those naming a changed macro, team or step; and every exam that
    names an affected scenario."""
    from simulator.exams.definition import read_exam

    changes = sop_changes(old, new)
    affected: list[Affected] = []
    touched: dict[str, set[str]] = {}
    for ch in changes:
        touched.setdefault(ch.part, set()).add(ch.id)
    scenario_ids: set[str] = set()
    for item in browse(library):
        if item.kind != "scenario":
            continue
        try:
            data, _ = read_yaml(item.path)
        except ContentError:
            continue
        if data.get("sop") != new.id:
            continue
        sc = build_scenario(data, item.path, Fields(str(item.path)))
        why = []
        if touched.get("criteria"):
            why.append("criteria: " + ", ".join(sorted(touched["criteria"])))
        used = _uses(sc)
        for part in ("macros", "teams", "steps"):
            hit = sorted(used[part] & touched.get(part, set()))
            if hit:
                why.append(f"{part}: " + ", ".join(hit))
        if why:
            affected.append(Affected("scenario", sc.id, item.path, "; ".join(why)))
            scenario_ids.add(sc.id)
    exams = Path(library) / "exams"
    if exams.is_dir():
        for path in sorted(exams.glob("*.yaml")):
            try:
                exam, _ = read_exam(path)
            except ContentError:
                continue
            if exam is None:
                continue
            hit = [s for s in exam.referenced if s in scenario_ids]
            if hit:
                affected.append(Affected("exam", exam.id, path, "scenarios: " + ", ".join(hit)))
    return SopDiff(new.id, tuple(changes), tuple(affected))
