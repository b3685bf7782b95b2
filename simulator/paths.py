"""Where Frontline keeps its files: the user's data folder, the shipped library, assets."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Frontline"
APP_AUTHOR = "Frontline"


def data_dir_override() -> Path | None:
    """``SIMULATOR_DATA_DIR`` when it is set (tests, kiosks): then every file Frontline
    writes goes there, caches included."""
    override = os.environ.get("SIMULATOR_DATA_DIR")
    return Path(override) if override else None


def data_dir() -> Path:
    """The user's data folder (``SIMULATOR_DATA_DIR`` overrides it, for tests and kiosks)."""
    override = data_dir_override()
    if override is not None:
        return override
    import platformdirs  # here: some 10 ms, which the app's first paint does without

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def project_root() -> Path:
    """The folder holding ``scenarios/`` and ``assets/`` (the bundle's folder when frozen)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def library_dir() -> Path:
    """The shipped scenario library (``SIMULATOR_LIBRARY`` overrides it)."""
    override = os.environ.get("SIMULATOR_LIBRARY")
    if override:
        return Path(override)
    return project_root() / "scenarios"


def assets_dir() -> Path:
    return project_root() / "assets"
