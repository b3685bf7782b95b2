"""UI test isolation: the app's global hooks (simulator.ui.hooks) are put back after each
test, so wellbeing hooks one test installs (with its own store) never reach the next. And
the fixtures the UI tests share: the shipped library and a store on a fresh SQLite copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.ui import hooks

REPO = Path(__file__).resolve().parents[2]
_HOOKS = ("attachment_widget", "briefing_gate", "support_control")


@pytest.fixture(autouse=True)
def _restore_ui_hooks():
    saved = {name: getattr(hooks, name) for name in _HOOKS}
    yield
    for name, value in saved.items():
        setattr(hooks, name, value)


@pytest.fixture(scope="module")
def library():
    """The shipped scenario library, loaded once per module (a test file may define its own)."""
    from simulator.ui.app import load_library

    return load_library(REPO / "scenarios")


@pytest.fixture
def store(tmp_path, _sqlite_template):
    """An open store on a copy of the session's migrated SQLite template (UI tests run on
    SQLite only; the store's own tests cover PostgreSQL)."""
    from simulator.store import open_store

    shutil.copyfile(_sqlite_template, tmp_path / "frontline.db")
    s = open_store(f"sqlite:///{tmp_path / 'frontline.db'}")
    yield s
    s.close()
