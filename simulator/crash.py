"""Crash reports: what an unexpected error leaves behind, instead of a traceback on screen.

The CLI writes one for an unexpected exception in a command, the app for one raised in
a Qt slot (``simulator.ui.app.install_crash_handler``); both show the user one line or a
short dialog naming the file.

A report is private: every credential in it is masked (``simulator.redact``: the
command line's ``--database-url``, the configured URL, any ``user:pass@`` or
``password=``), it is written with mode 0600 in a 0700 folder of the user's data folder,
and never in a shared folder such as /tmp: when the data folder cannot be written the
caller says so instead.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from simulator import __version__
from simulator.paths import data_dir
from simulator.redact import known_secrets, redact, redact_argv


def write_crash_report(exc: BaseException, argv: Sequence[str] | None = None) -> Path:
    """Write ``exc`` with its traceback to a new file in the crash-reports folder; the
    path. ``argv``: the command line (default ``sys.argv``). ``OSError`` when the data
    folder cannot be written."""
    argv = list(sys.argv if argv is None else argv)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    secrets = known_secrets(argv)
    text = redact(
        f"Frontline {__version__} crash report\ncommand: {' '.join(redact_argv(argv))}\n\n"
        + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        secrets,
    )
    folder = data_dir() / "crash-reports"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / f"crash-{stamp}.txt"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    with os.fdopen(os.open(path, flags, 0o600), "w", encoding="utf-8") as out:
        out.write(text)
    return path
