"""Start the desktop app: ``run(args)`` is what ``simulator`` with no subcommand calls."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from simulator.paths import library_dir
from simulator.ui import theme
from simulator.ui.i18n import Translations, saved_language


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists, as in tests)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Frontline")
    app.setApplicationName("Frontline")
    app.setApplicationDisplayName("Frontline")
    theme.apply(app)
    return app


def load_library(root: Path):
    """(scenarios, sops by id, problems) from ``root``; empty when content is not there."""
    try:
        from simulator.content.library import load_library as core_load
    except ImportError:
        return [], {}, []
    lib = core_load(root)
    scenarios = lib.scenarios.values() if hasattr(lib.scenarios, "values") else lib.scenarios
    sops = lib.sops if hasattr(lib.sops, "items") else {s.id: s for s in lib.sops}
    return list(scenarios), dict(sops), list(getattr(lib, "problems", ()))


def build_window(args, app: QApplication):
    """The main window for ``args`` (``.library``, ``.database_url``)."""
    from simulator.ui.main_window import MainWindow

    translations = Translations(app)
    translations.switch(saved_language(), remember=False)
    window = MainWindow(translations)
    root = Path(getattr(args, "library", None) or library_dir())
    scenarios, sops, problems = load_library(root)
    window.home.set_library(scenarios, sops, problems)
    return window


def run(args) -> int:
    """Open the main window and run the event loop; returns the exit code."""
    app = make_application()
    window = build_window(args, app)
    window.show()
    return app.exec()
