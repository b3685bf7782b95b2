"""Crash reports: what an unexpected error leaves behind, instead of a traceback on screen.

The CLI writes one for an unexpected exception in a command, the app for one raised in
a Qt slot (``simulator.ui.app.install_crash_handler``); both show the user one line or a
short dialog naming the file.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import traceback
from pathlib import Path

from simulator import __version__
from simulator.paths import data_dir


def write_crash_report(exc: BaseException) -> Path:
    """Write ``exc`` with its traceback to a new file in the crash-reports folder; the
    path. ``OSError`` when no folder can be written."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    text = f"Frontline {__version__} crash report\ncommand: {' '.join(sys.argv)}\n\n" + "".join(
        traceback.format_exception(type(exc), exc, exc.__traceback__)
    )
    for folder in (data_dir() / "crash-reports", Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"crash-{stamp}.txt"
            path.write_text(text, encoding="utf-8")
            return path
        except OSError:
            continue
    raise OSError("no writable folder for a crash report")
