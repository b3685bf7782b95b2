"""Subcommands of this package (stub: to be implemented)."""

from __future__ import annotations

import argparse

from simulator.errors import SimulatorError


def _not_yet(args: argparse.Namespace) -> int:
    raise SimulatorError(args.command, "not implemented yet")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help="create, migrate, check and audit the store")
    p.set_defaults(handler=_not_yet)
    p = sub.add_parser("user", help="add, list and change people in the store")
    p.set_defaults(handler=_not_yet)
