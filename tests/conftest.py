"""Shared fixtures: every test gets its own data folder and fresh Qt settings."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test touches the real user's data folder or settings."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SIMULATOR_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    monkeypatch.delenv("SIMULATOR_DATABASE_URL", raising=False)
    return data


@pytest.fixture
def repo() -> Path:
    return REPO
