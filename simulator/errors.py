"""User-facing errors: each names the file or thing that is wrong and what is wrong.

The command line prints ``simulator: <where>: <what>`` and exits 2 for any of these;
the app shows the same sentence in a dialog. Never a traceback.
"""

from __future__ import annotations


class SimulatorError(Exception):
    """Something the user can fix: a bad file, a wrong path, an unreachable database."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where}: {what}")
        self.where = where
        self.what = what

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


class ContentError(SimulatorError):
    """A scenario, SOP or input file cannot be read or understood."""


class InputError(SimulatorError):
    """A replies, actions or script file given on the command line is wrong."""


class StoreError(SimulatorError):
    """The store (SQLite file or PostgreSQL server) cannot be used as asked."""


class SessionError(SimulatorError):
    """A trainee input the session refuses (unknown thread, closed thread, ...)."""
