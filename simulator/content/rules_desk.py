"""Validator rules for the desk's extensions: back office, state and note checks,
``typing:``, ``unless:`` (docs/scenario-format.md, "Back office" and "People").

Kept apart from ``rules`` so that moving the validator stays a simple merge."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from simulator.content.model import SOP, Scenario
from simulator.content.problems import Fields


def _criteria(sc: Scenario, sop: SOP | None) -> Iterator[Any]:
    yield from sc.rubric.criteria
    if sop is not None:
        yield from sop.criteria


def check_desk(f: Fields, sc: Scenario, sop: SOP | None = None) -> None:
    """Back-office action ids and state keys used anywhere exist in ``back_office``;
    per-priority response targets are in order."""
    check_priority_sla(f, sc, sop)
    office = sc.back_office
    ids = {a.id for a in office.actions} if office is not None else set()
    keys = set(office.state) if office is not None else set()
    listed = ", ".join(sorted(ids)) or "none"

    def need_update(value: str | None, line: int, what: str) -> None:
        if value is None or value not in ids:
            f.problem(
                line,
                f"{what} uses back-office action {value!r}, which back_office.actions "
                f"does not declare ({listed})",
            )

    for c in _criteria(sc, sop):
        kind, value = c.check.kind, c.check.value
        where = f"criterion {c.id!r}"
        if kind == "state":
            if office is None:
                f.problem(
                    c.check.line or c.line, f"{where} checks state: the scenario has no back_office"
                )
                continue
            for key in value:
                if key not in keys:
                    f.problem(
                        c.check.line or c.line,
                        f"{where} checks state {key!r}, which back_office.state does not "
                        f"have ({', '.join(sorted(keys)) or 'none'})",
                    )
            reachable = {k for a in office.actions for k in a.sets} | set(office.state)
            for key, want in value.items():
                values = {office.state.get(key, "")} | {
                    a.sets[key] for a in office.actions if key in a.sets
                }
                if key in reachable and want.casefold() not in {v.casefold() for v in values}:
                    f.problem(
                        c.check.line or c.line,
                        f"{where} wants {key}: {want!r}, which neither the start state nor "
                        "any back-office action gives",
                    )
        elif kind == "action" and value.get("type") == "update":
            need_update(value.get("value"), c.check.line or c.line, where)
        elif kind == "order":
            for step in value:
                if step.get("type") == "update":
                    need_update(step.get("value"), c.check.line or c.line, where)
    for i, ex in enumerate(sc.examples):
        for a in ex.actions:
            if a.type == "update":
                need_update(a.value, ex.line, f"example #{i + 1}")
    for ev in sc.timeline:
        if ev.typing_s is not None and ev.typing_s <= 0:
            f.problem(ev.line, "typing: must be more than 0 (seconds the user is seen typing)")
        for cond in ev.unless:
            if cond.kind == "action" and cond.action == "update":
                need_update(cond.value, cond.line, "unless condition")


def check_priority_sla(f: Fields, sc: Scenario, sop: SOP | None) -> None:
    """With per-priority targets (``sla: {urgent: 15m, high: 1h}``), a more urgent
    priority has the shorter target."""
    from simulator.content.model import PRIORITY_ORDER, sla_targets

    targets = sla_targets(sc, sop)
    given = [(p, targets[p]) for p in PRIORITY_ORDER if p in targets]
    for (p1, t1), (p2, t2) in pairwise(given):
        if t1 > t2:
            f.problem(
                sc.rubric.line or 1,
                f"sla: {p1} ({t1:g}s) must be shorter than {p2} ({t2:g}s)",
            )


def check_sop_macros(f: Fields, sop: SOP) -> None:
    """A macro escalates only to a team of its SOP (the engine would refuse it)."""
    for m in sop.macros:
        if m.escalate is not None and m.escalate not in sop.teams:
            listed = ", ".join(sop.teams) or "none"
            f.problem(
                m.line,
                f"macro {m.id!r} escalates to {m.escalate!r}, not a team of SOP "
                f"{sop.id!r} ({listed})",
            )
