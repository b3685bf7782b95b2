"""Where Frontline keeps its files: the user's data folder, the shipped library, assets."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Frontline"
APP_AUTHOR = "Frontline"


def data_dir() -> Path:
    """The user's data folder (``SIMULATOR_DATA_DIR`` overrides it, for tests and kiosks)."""
    override = os.environ.get("SIMULATOR_DATA_DIR")
    if override:
        return Path(override)
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
