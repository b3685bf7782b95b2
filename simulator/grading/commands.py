"""``simulator grade``: grade replies and actions from files against a scenario's rubric."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.content.model import ACTION_TYPES, SOP, Scenario
from simulator.content.placeholders import DEFAULT_AGENT
from simulator.errors import InputError

if TYPE_CHECKING:
    from simulator.grading.grader import Grade, Reply, TakenAction

# The loader, Faker and the grader are imported when a command runs, not when the
# parser is built: `simulator --help` should not pay for them.

DEFAULT_SEED = 1


def _read_json(path: Path, what: str) -> Any:
    from simulator.inputs import read_json

    return read_json(path, InputError, f"{what} file")


def read_replies(
    path: Path, scenario: Scenario, values: dict[str, str] | None = None
) -> tuple[Reply, ...]:
    """Replies from a JSON object mapping thread id to a text or a list of texts; with
    ``values`` (persona and agent), their ``{placeholders}`` are filled as ``play`` does."""
    from simulator.content.placeholders import fill
    from simulator.grading.grader import Reply

    data = _read_json(path, "replies")
    if not isinstance(data, dict):
        raise InputError(str(path), "must be a JSON object mapping thread id to reply text")
    threads = [t.id for t in scenario.threads]
    out: list[Reply] = []
    for thread, texts in data.items():
        if thread not in threads:
            raise InputError(
                str(path),
                f"thread {thread!r} is not in scenario {scenario.id!r} "
                f"(its threads: {', '.join(threads)})",
            )
        listed = [texts] if isinstance(texts, str) else texts
        if not isinstance(listed, list) or not all(isinstance(t, str) for t in listed):
            raise InputError(str(path), f"thread {thread!r} must map to a text or a list of texts")
        out.extend(Reply(thread, fill(t, values) if values else t) for t in listed)
    return tuple(out)


def read_actions(path: Path, scenario: Scenario) -> tuple[TakenAction, ...]:
    """Actions from a JSON list of ``{"type", "value"?, "thread"?}`` objects."""
    from simulator.grading.grader import TakenAction

    data = _read_json(path, "actions")
    if not isinstance(data, list):
        raise InputError(str(path), 'must be a JSON list of actions like {"type": "lookup"}')
    threads = [t.id for t in scenario.threads]
    out: list[TakenAction] = []
    for n, item in enumerate(data, 1):
        where = f"action #{n}"
        if not isinstance(item, dict):
            raise InputError(str(path), f"{where} must be an object with a type")
        unknown = sorted(set(item) - {"type", "value", "thread"})
        if unknown:
            raise InputError(str(path), f"{where} has unknown key {unknown[0]!r}")
        kind, value, thread = item.get("type"), item.get("value"), item.get("thread")
        if kind not in ACTION_TYPES:
            raise InputError(
                str(path),
                f"{where} has unknown type {kind!r} (use one of: {', '.join(ACTION_TYPES)})",
            )
        if isinstance(value, bool) or not isinstance(value, str | int | float | None):
            raise InputError(str(path), f"{where}: value must be a text")
        if thread is not None and thread not in threads:
            raise InputError(
                str(path), f"{where}: thread {thread!r} is not in scenario {scenario.id!r}"
            )
        out.append(TakenAction(kind, None if value is None else str(value), thread))
    return tuple(out)


def load_for_grading(
    scenario_path: Path, sops_dir: Path | None, seed: int, agent: str
) -> tuple[Scenario, SOP | None, dict[str, str]]:
    """The scenario, its SOP and the placeholder values (persona and agent)."""
    from simulator.content.library import find_sop_path
    from simulator.content.loader import load_scenario, load_sop
    from simulator.content.persona import make_persona

    scenario = load_scenario(scenario_path)
    sop = load_sop(find_sop_path(scenario_path, sops_dir, scenario.sop))
    values = make_persona(scenario.persona, seed)
    values["agent"] = agent
    return scenario, sop, values


def text_summary(result: Grade) -> str:
    """A readable summary: the verdict, then one line per criterion."""
    verdict = "PASSED" if result.passed else "FAILED"
    lines = [f"{verdict}: score {result.score:g} (pass mark {result.pass_mark:g})"]
    for c in result.criteria:
        mark = "n/a " if not c.applicable else ("pass" if c.passed else "FAIL")
        extra = " critical" if c.critical else ""
        title = f" {c.title}" if c.title else ""
        unsure = f"  [uncertain: {', '.join(c.uncertain)}]" if c.uncertain else ""
        lines.append(f"  {mark}  {c.id} (weight {c.weight:g}{extra}){title}{unsure}")
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    from simulator.grading.grader import Record, grade

    scenario_path = Path(args.scenario)
    sops = Path(args.sops) if args.sops else None
    scenario, sop, values = load_for_grading(scenario_path, sops, args.seed, args.agent)
    replies = read_replies(Path(args.replies), scenario, values)
    actions = read_actions(Path(args.actions), scenario) if args.actions else ()
    result = grade(scenario, sop, Record(replies=replies, actions=actions), values)
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(text_summary(result) + "\n")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "grade",
        help="grade a trainee's replies and actions against a scenario's rubric",
        description="Grade replies (and actions) against a scenario's rubric and its SOP's "
        "criteria. There is no clock, so replied_within checks are not applicable.",
    )
    p.add_argument("scenario", metavar="SCENARIO.yaml")
    p.add_argument(
        "--replies",
        required=True,
        metavar="FILE.json",
        help="JSON object: thread id -> reply text, or a list of texts",
    )
    p.add_argument(
        "--actions", metavar="FILE.json", help='JSON list like [{"type": "tag", "value": "x"}]'
    )
    p.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        help=f"persona seed (default {DEFAULT_SEED})",
    )
    p.add_argument("--sops", metavar="DIR", help="folder of SOP files (default: ../sops)")
    p.add_argument(
        "--agent",
        default=DEFAULT_AGENT,
        help=f"the trainee's name for {{agent}} (default {DEFAULT_AGENT})",
    )
    p.add_argument("--json", action="store_true", help="print the grade as JSON")
    p.set_defaults(handler=_run)
