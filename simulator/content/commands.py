"""Subcommands of this package (stub: to be implemented)."""

from __future__ import annotations

import argparse

from simulator.errors import SimulatorError


def _not_yet(args: argparse.Namespace) -> int:
    raise SimulatorError(args.command, "not implemented yet")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "validate",
        help="check scenario and SOP files (files or folders); exit 0 when all are valid",
    )
    p.set_defaults(handler=_not_yet)
    p = sub.add_parser("new-scenario", help="write a commented starter scenario for an SOP")
    p.set_defaults(handler=_not_yet)
