"""The ``simulator`` command: parses arguments, calls the core, prints text or JSON.

Each core package contributes its subcommands through a ``commands`` module with a
``register(subparsers)`` function; a subcommand's handler takes the parsed arguments and
returns the exit code. Any ``SimulatorError`` becomes one line on stderr and exit 2; an
unexpected exception becomes one line naming a crash report, never a traceback.
With no subcommand the desktop app opens.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from simulator import __version__
from simulator.crash import write_crash_report
from simulator.errors import SimulatorError, StoreError
from simulator.redact import known_secrets, redact

COMMAND_MODULES = (
    "simulator.authoring.commands",
    "simulator.grading.commands",
    "simulator.engine.commands",
    "simulator.store.commands",
    "simulator.exams.commands",
    "simulator.reports.commands",
)

Handler = Callable[[argparse.Namespace], int]
URL_HELP = (
    "the store to use (default: SQLite in the user's data folder; "
    "or set SIMULATOR_DATABASE_URL), e.g. postgresql+psycopg://user@host/db"
)


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in the house style and exits 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        where = self.prog.removeprefix("simulator").strip() or "usage"
        line = f"simulator: {where}: {message} (see --help)"
        sys.stderr.write(redact(line, known_secrets(sys.argv)) + "\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="simulator",
        description="Frontline: practise and certify user-support work. "
        "With no command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"simulator {__version__}")
    parser.add_argument("--database-url", metavar="URL", help=URL_HELP)
    parser.add_argument(
        "--library",
        metavar="DIR",
        help="the scenario library the app opens (default: the shipped scenarios/)",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="load the library, open and close the main window offscreen, "
        "write to and read from a temporary store; exit 0 when all works",
    )
    parser.add_argument(
        "--selftest-screenshots",
        metavar="DIR",
        help="with --selftest: also save the main window, in English and in Arabic, as "
        "selftest-en.png and selftest-ar.png in DIR (to check the text shaping of a bundle)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    _accept_database_url_anywhere(parser)
    return parser


def _accept_database_url_anywhere(parser: argparse.ArgumentParser) -> None:
    """``--database-url`` after the subcommand too (``simulator db audit --database-url
    URL``): every subcommand accepts it; unset, it leaves the one given before alone."""
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for child in set(action.choices.values()):
            if not any("--database-url" in a.option_strings for a in child._actions):
                child.add_argument(
                    "--database-url", metavar="URL", default=argparse.SUPPRESS, help=URL_HELP
                )
            _accept_database_url_anywhere(child)


def _run_app(args: argparse.Namespace) -> int:
    # The app is loaded by name so that the core (and this module) never imports Qt.
    app = importlib.import_module("simulator.ui.app")
    result: int = app.run(args)
    return result


def _run_selftest(args: argparse.Namespace) -> int:
    selftest = importlib.import_module("simulator.ui.selftest")
    result: int = selftest.run(args)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``simulator`` command; returns the exit code."""
    # Arabic text and JSON go out as UTF-8 whatever the console's default encoding is.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="backslashreplace")
    try:
        args = build_parser().parse_args(argv)
        if args.database_url:
            if "\x00" in args.database_url:
                raise StoreError("--database-url", "the URL contains a NUL character")
            os.environ["SIMULATOR_DATABASE_URL"] = args.database_url
        if args.selftest:
            return _run_selftest(args)
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            return _run_app(args)
        return handler(args)
    except SimulatorError as exc:
        sys.stderr.write(redact(f"simulator: {exc}", known_secrets(_argv(argv))) + "\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("simulator: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        try:
            report = write_crash_report(exc, _argv(argv))
            sys.stderr.write(
                f"simulator: unexpected error ({type(exc).__name__}); "
                f"a crash report was written to {report}\n"
            )
        except OSError as why:
            line = (
                f"simulator: unexpected error ({type(exc).__name__}: {exc}); no crash report: "
                f"cannot write to the data folder ({why.strerror or why})"
            )
            sys.stderr.write(redact(" ".join(line.split()), known_secrets(_argv(argv))) + "\n")
        return 2


def _argv(argv: Sequence[str] | None) -> list[str]:
    """The command line as typed: the program's name and its arguments."""
    return [sys.argv[0] if sys.argv else "simulator", *(sys.argv[1:] if argv is None else argv)]
