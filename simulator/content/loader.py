"""Loading scenario and SOP files into the immutable model (``simulator.content.model``).

``load_scenario``/``load_sop`` raise ``ContentError("file:line", "message")`` on the first
problem; ``read_scenario``/``read_sop`` return the model (when it could be built) with
every problem found in the file, for the validator. Only what one file can tell is
checked here: keys, types, durations, choices, and ids and threads within the file.

The parts: ``keys`` (the keys and choices, and the readers every part shares),
``rubric_fields`` (checks, criteria, examples), ``timeline_fields`` (events, triggers,
``unless``), ``sop_loader`` (SOPs); this module builds a scenario and reads the files.
"""

from __future__ import annotations

import re
from pathlib import Path

from simulator.content.keys import (
    ID_PATTERN,
    KEYS,
    PRIORITIES,
    check_keys,
    format_version_of,
    freeze,
    read_sensitivity,
    read_sla,
)
from simulator.content.model import (
    ACCOUNT_STATUSES,
    CHANNELS,
    DEFAULT_TIME_LIMIT_S,
    LANGUAGES,
    SOP,
    Account,
    BackOffice,
    BackOfficeAction,
    PastTicket,
    PersonaSpec,
    Rubric,
    Scenario,
    Thread,
    frozen_map,
)
from simulator.content.problems import Fields, Problem
from simulator.content.rubric_fields import read_criteria, read_examples
from simulator.content.sop_loader import build_sop, local_text
from simulator.content.timeline_fields import read_timeline
from simulator.content.yamlfile import YMap, read_yaml
from simulator.errors import ContentError


def _persona(f: Fields, m: YMap) -> PersonaSpec | None:
    spec = f.mapping(m, "persona", "scenario")
    if spec is None:
        return None
    check_keys(f, spec, "persona")
    locale = f.text(spec, "locale", "persona", "en_US")
    table = f.mapping(spec, "fields", "persona") or YMap(spec.line)
    fields: dict[str, str] = {}
    for name in table:
        method = f.text(table, name, "persona.fields")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            f.problem(
                table.key_lines.get(name, table.line), f"persona field {name!r}: use a-z, 0-9, _"
            )
        elif name == "agent":
            f.problem(
                table.key_lines.get(name, table.line),
                "persona field 'agent' is reserved: {agent} is the trainee's name",
            )
        elif method:
            fields[name] = method
    return PersonaSpec(locale, frozen_map(fields), spec.line)


def _account(f: Fields, m: YMap) -> Account | None:
    spec = f.mapping(m, "account", "scenario")
    if spec is None:
        return None
    status = f.choice(spec, "status", "account", ACCOUNT_STATUSES, "active")
    created = spec.get("created")
    region = spec.get("region")
    notes = f.texts(spec, "notes", "account")
    extra = {k: freeze(v) for k, v in spec.items() if k not in KEYS["account"][1]}
    return Account(
        status,
        None if created is None else str(created),
        None if region is None else str(region),
        notes,
        frozen_map(extra),
        spec.line,
    )


def _threads(f: Fields, m: YMap) -> tuple[Thread, ...]:
    out: list[Thread] = []
    seq = f.items(m, "threads", "scenario")
    if "threads" in m and not seq:
        f.problem(m.line_of("threads"), "a scenario needs at least one thread")
    seen: dict[str, int] = {}
    for i in range(len(seq)):
        item = f.entry(seq, i, "thread")
        if item is None:
            continue
        check_keys(f, item, "thread")
        tid = f.text(item, "id", "thread")
        if tid in seen:
            f.problem(item.line, f"duplicate thread id {tid!r} (first on line {seen[tid]})")
            continue
        seen[tid] = item.line
        where = f"thread {tid!r}"
        channel = f.choice(item, "channel", where, CHANNELS, "")
        priority = f.opt_text(item, "priority", where)
        if priority is not None and priority not in PRIORITIES:
            f.problem(
                item.line_of("priority"),
                f"{where}: priority {priority!r}; use one of: {', '.join(PRIORITIES)}",
            )
        form = f.mapping(item, "fields", where) or YMap(item.line)
        fields = {k: "" if v is None else str(v) for k, v in form.items()}
        if tid and not channel:  # reported once, here: not again for each use of the thread
            f.broken.add(tid)
        if tid and channel:
            out.append(
                Thread(
                    tid,
                    channel,
                    f.opt_text(item, "subject", where),
                    priority,
                    f.opt_text(item, "category", where),
                    frozen_map(fields),
                    item.line,
                )
            )
    return tuple(out)


def _back_office(f: Fields, m: YMap) -> BackOffice | None:
    """The scenario's ``back_office:`` (extension): state, actions, past tickets."""
    spec = f.mapping(m, "back_office", "scenario")
    if spec is None:
        return None
    check_keys(f, spec, "back_office")
    state_map = f.mapping(spec, "state", "back_office") or YMap(spec.line)
    state = {str(k): str(v) for k, v in state_map.items() if not isinstance(v, dict | list)}
    for k, v in state_map.items():
        if isinstance(v, dict | list):
            f.problem(state_map.line_of(k), f"back_office.state.{k} must be a plain value")
    actions: list[BackOfficeAction] = []
    seen: set[str] = set()
    seq = f.items(spec, "actions", "back_office")
    for i in range(len(seq)):
        item = f.entry(seq, i, "back_office action")
        if item is None:
            continue
        check_keys(f, item, "back_office_action", "back_office action")
        aid = f.text(item, "id", "back_office action")
        if aid in seen:
            f.problem(item.line, f"duplicate back_office action id {aid!r}")
        seen.add(aid)
        sets_map = f.mapping(item, "sets", "back_office action") or YMap(item.line)
        sets = {str(k): str(v) for k, v in sets_map.items()}
        if not sets:
            f.problem(item.line, f"back_office action {aid!r} needs sets: {{key: value}}")
        for key in sets:
            if key not in state:
                f.problem(
                    sets_map.line_of(key),
                    f"back_office action {aid!r} sets {key!r}, which back_office.state "
                    f"does not have ({', '.join(state) or 'none'})",
                )
        label = local_text(f, item, "label", "back_office action", aid)
        actions.append(BackOfficeAction(aid, label, frozen_map(sets), item.line))
    tickets: list[PastTicket] = []
    seq = f.items(spec, "past_tickets", "back_office")
    for i in range(len(seq)):
        item = f.entry(seq, i, "past ticket")
        if item is None:
            continue
        check_keys(f, item, "past_ticket", "past ticket")
        date = item.get("date")
        tickets.append(
            PastTicket(
                f.text(item, "subject", "past ticket"),
                f.text(item, "status", "past ticket", "solved"),
                "" if date is None else str(date),
                item.line,
            )
        )
    return BackOffice(frozen_map(state), tuple(actions), tuple(tickets), spec.line)


def _check_threads(f: Fields, sc: Scenario) -> None:
    """Every thread a scenario names must be one of its declared threads."""
    declared = {t.id for t in sc.threads}

    def need(thread: str | None, line: int, what: str) -> None:
        if thread and thread not in declared and thread not in f.broken:
            f.problem(
                line,
                f"{what} uses thread {thread!r}, which is not declared under threads: "
                f"({', '.join(sorted(declared)) or 'none'})",
            )

    for ev in sc.timeline:
        need(ev.thread, ev.line, "timeline event")
        if ev.when is not None:
            need(ev.when.thread, ev.when.line, f"when: {ev.when.kind}")
    for c in sc.rubric.criteria:
        need(c.thread, c.line, f"criterion {c.id!r}")
        actions = c.check.value if c.check.kind == "order" else (c.check.value,)
        if c.check.kind in ("action", "order"):
            for a in actions or ():
                need(a.get("thread"), c.check.line, f"criterion {c.id!r}")
    for ex in sc.examples:
        for tid in ex.replies:
            need(tid, ex.line, "example replies")
        for a in ex.actions:
            need(a.thread, ex.line, "example action")


def build_scenario(data: YMap, path: Path, f: Fields) -> Scenario:
    """The scenario in ``data`` (problems go to ``f``; missing parts get harmless defaults)."""
    check_keys(f, data, "scenario")
    fmt = format_version_of(f, data, "scenario")
    sid = f.text(data, "id", "scenario")
    if sid and not ID_PATTERN.match(sid):
        f.problem(
            data.line_of("id"), f"id {sid!r} may only use a-z, 0-9 and - (e.g. lost-phone-ar)"
        )
    difficulty = f.integer(data, "difficulty", "scenario", 1)
    if "difficulty" in data and not 1 <= difficulty <= 5:
        f.problem(data.line_of("difficulty"), f"difficulty {difficulty} must be 1 to 5")
    time_limit = f.duration(data, "time_limit", "scenario", DEFAULT_TIME_LIMIT_S)
    if time_limit is not None and time_limit <= 0:
        f.problem(data.line_of("time_limit"), "time_limit must be more than 0")
    rubric_map = f.mapping(data, "rubric", "scenario") or YMap(data.line_of("rubric"))
    if "rubric" in data:
        check_keys(f, rubric_map, "rubric")
    pass_mark = f.number(rubric_map, "pass_mark", "rubric", 80.0)
    if not 0 <= pass_mark <= 100:
        f.problem(rubric_map.line_of("pass_mark"), f"pass_mark {pass_mark:g} must be 0 to 100")
    rubric = Rubric(pass_mark, read_criteria(f, rubric_map, "rubric"), rubric_map.line)
    scenario = Scenario(
        id=sid,
        language=f.choice(data, "language", "scenario", LANGUAGES, "en"),
        title=f.text(data, "title", "scenario"),
        sop=f.text(data, "sop", "scenario"),
        difficulty=difficulty,
        threads=_threads(f, data),
        timeline=read_timeline(f, data),
        rubric=rubric,
        format=fmt,
        tags=f.texts(data, "tags", "scenario"),
        time_limit_s=time_limit or DEFAULT_TIME_LIMIT_S,
        sensitivity=read_sensitivity(f, data, "sensitivity", "scenario"),
        persona=_persona(f, data),
        account=_account(f, data),
        examples=read_examples(f, data),
        sla_s=read_sla(f, data, "scenario"),
        path=path,
        back_office=_back_office(f, data),
    )
    _check_threads(f, scenario)
    return scenario


def read_scenario(path: Path) -> tuple[Scenario, list[Problem]]:
    """The scenario in ``path`` and every problem in it; unreadable files raise."""
    data, issues = read_yaml(path, "scenario")
    f = Fields(str(path))
    for issue in issues:
        f.problem(issue.line, issue.message)
    return build_scenario(data, path, f), f.problems


def read_sop(path: Path) -> tuple[SOP, list[Problem]]:
    """The SOP in ``path`` and every problem in it; unreadable files raise."""
    data, issues = read_yaml(path, "SOP")
    f = Fields(str(path))
    for issue in issues:
        f.problem(issue.line, issue.message)
    return build_sop(data, path, f), f.problems


def _first_error(problems: list[Problem]) -> None:
    for p in sorted(problems, key=lambda p: p.line):
        if p.severity == "error":
            raise ContentError(f"{p.file}:{p.line}", p.message)


def load_scenario(path: Path) -> Scenario:
    """The scenario in ``path``; ``ContentError("file:line", ...)`` on its first problem."""
    scenario, problems = read_scenario(Path(path))
    _first_error(problems)
    return scenario


def load_sop(path: Path) -> SOP:
    """The SOP in ``path``; ``ContentError("file:line", ...)`` on its first problem."""
    sop, problems = read_sop(Path(path))
    _first_error(problems)
    return sop
