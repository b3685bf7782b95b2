"""``simulator play``: a scenario on a simulated clock against a scripted trainee."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from simulator.content.model import SOP, Scenario
from simulator.content.placeholders import DEFAULT_AGENT


def _find_sop(scenario: Scenario, scenario_path: Path, sops_dir: Path | None) -> SOP:
    from simulator.content.library import find_sop_path
    from simulator.content.loader import load_sop

    return load_sop(find_sop_path(scenario_path, sops_dir, scenario.sop))


def _play(args: argparse.Namespace) -> int:
    from simulator.content.loader import load_scenario
    from simulator.engine.play import play, play_json, render_text
    from simulator.engine.script import read_script

    scenario_path = Path(args.scenario)
    scenario = load_scenario(scenario_path)
    sop = _find_sop(scenario, scenario_path, Path(args.sops) if args.sops else None)
    steps = read_script(args.script, scenario)
    session, skipped = play(
        scenario, sop, steps, seed=args.seed, agent=args.agent, script_name=args.script
    )
    out = play_json(session, skipped)
    if args.json:
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_text(session, skipped, out["grade"]) + "\n")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "play",
        help="play a scenario on a simulated clock against a scripted trainee",
        description="Play SCENARIO on a simulated clock: the script's steps happen at their "
        "times, then the clock runs on until every thread is resolved or closed, nothing "
        "more can happen, or the time limit passes. Prints the transcript, measures and grade.",
    )
    p.add_argument("scenario", metavar="SCENARIO.yaml", help="the scenario file")
    p.add_argument(
        "--script",
        metavar="FILE.json",
        required=True,
        help='the trainee\'s steps: [{"at": "12s", "reply": {"thread": ID, "text": ...}}, '
        '{"at": "20s", "action": {"type": ..., "value": ...}}, ...]',
    )
    p.add_argument("--seed", type=int, default=1, help="persona seed (default 1)")
    p.add_argument(
        "--sops", metavar="DIR", help="folder of SOP files (default: beside the library)"
    )
    p.add_argument("--agent", default=DEFAULT_AGENT, help="the trainee's display name, for {agent}")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=_play)
