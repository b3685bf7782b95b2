"""Helpers of the end-to-end journeys: the app exactly as the ``simulator`` command starts
it, played by ``tools.app_driver`` (its ``Driver``, ``run_command``, ``sign_in`` and
``on_screen``), with the store the command opens prepared beforehand (``command_store``).

Test modules take the fixture by name: ``restore_process_state = journeys.restore_process_state``.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from simulator.ui import hooks
from tools.app_driver import main_window, on_screen, run_command, sign_in

__all__ = ["command_store", "main_window", "on_screen", "run_command", "sign_in", "sign_out"]

REPO = Path(__file__).resolve().parents[2]
EXAMS = REPO / "tests" / "core" / "exams" / "data" / "library"


@pytest.fixture(autouse=True)
def restore_process_state():
    """The app installs process-wide things (wellbeing hooks, an excepthook)."""
    saved = (hooks.attachment_widget, hooks.briefing_gate, hooks.support_control)
    hook = sys.excepthook
    yield
    hooks.install(*saved)
    sys.excepthook = hook


def command_store(template: Path):
    """The store the command opens (no ``--database-url``: SQLite in the data folder,
    ``SIMULATOR_DATA_DIR``), made from a migrated ``template``, open to prepare data."""
    from simulator.paths import data_dir
    from simulator.store import open_store
    from simulator.store.db import DB_FILE_NAME, database_url

    data_dir().mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, data_dir() / DB_FILE_NAME)
    return open_store(database_url())


def sign_out(window) -> None:
    """The top bar's Sign out; back on the sign-in page."""
    assert window.top_bar.sign_out.isVisible()
    window.top_bar.sign_out.click()
    assert window.person is None
    assert window.screens.currentWidget() is window.signin
