"""What the store's commands (and the exam commands) share: JSON output, reading a
password, signing in with ``--as``, and one-line errors for database failures."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from simulator.errors import StoreError


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def stdin_line(what: str) -> str:
    """One line of standard input as UTF-8 text (bytes are read, so that a password that
    is not UTF-8 is one clear error, not a crash)."""
    stream = getattr(sys.stdin, "buffer", None)
    raw = stream.readline() if stream is not None else sys.stdin.readline().encode("utf-8")
    try:
        return raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        raise StoreError("standard input", f"the {what} is not UTF-8 text") from None


def read_password(args: argparse.Namespace, name: str) -> str | None:
    if getattr(args, "password_stdin", False):
        password = stdin_line(f"password for {name}")
        if not password:
            raise StoreError(name, "no password on standard input")
        return password
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(f"password for {name}: ")
    if first != getpass.getpass("again: "):
        raise StoreError(name, "the two passwords differ; nothing was changed")
    return first


def add_sign_in(parser: argparse.ArgumentParser, who: str = "an admin or trainer") -> None:
    """The ``--as NAME`` option of a command that needs a signed-in person."""
    parser.add_argument(
        "--as",
        dest="as_name",
        metavar="NAME",
        help=f"sign in as NAME ({who}); the password is asked for on a terminal, else "
        "read from the first line of standard input",
    )


def sign_in(args: argparse.Namespace, store: Any, *, from_stdin: bool = False) -> Any:
    """The person signed in with ``--as`` (None without it); ``AccessError`` for a wrong
    name or password, which take the same time (see ``Store.authenticate``). The password
    is asked for on a terminal, else (or with ``from_stdin``) it is the first line of
    standard input. The rules of what they may do: ``simulator.access``."""
    from simulator.access import AccessError

    name = getattr(args, "as_name", None)
    if not name:
        return None
    if sys.stdin.isatty() and not from_stdin:
        password = getpass.getpass(f"password for {name}: ")
    else:
        password = stdin_line(f"password for {name}")
    person = store.authenticate(name, password)
    if person is None:
        raise AccessError(f"--as {name}", "wrong name or password")
    return person


def shown_url(engine: Any) -> str:
    from simulator.store.db import hide_password

    return hide_password(engine.url)


def guarded(engine: Any, fn: Any) -> Any:
    """Run ``fn``, turning driver errors into one-line StoreErrors."""
    from sqlalchemy.exc import DBAPIError

    from simulator.store.db import explain

    try:
        return fn()
    except DBAPIError as exc:
        raise explain(exc, engine.url) from exc
