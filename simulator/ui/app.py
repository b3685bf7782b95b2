"""Start the desktop app: ``run(args)`` is what ``simulator`` with no subcommand calls."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from simulator.errors import SimulatorError
from simulator.paths import library_dir
from simulator.ui import theme
from simulator.ui.i18n import Translations, saved_language
from simulator.ui.wallclock import WallClock


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


def _scan(root: Path):
    """Load every scenario and SOP under ``root`` with the content loader (no index)."""
    from simulator.content.loader import read_scenario, read_sop

    scenarios, sops, problems = [], {}, []
    for path in sorted((root / "sops").glob("*.yaml")):
        try:
            sop, found = read_sop(path)
            sops[sop.id] = sop
            problems.extend(found)
        except SimulatorError as exc:
            problems.append(str(exc))
    for lang in ("en", "ar"):
        for path in sorted((root / lang).glob("*.yaml")):
            try:
                scenario, found = read_scenario(path)
                scenarios.append(scenario)
                problems.extend(p for p in found if getattr(p, "severity", "error") == "error")
            except SimulatorError as exc:
                problems.append(str(exc))
    return scenarios, sops, problems


def load_library(root: Path):
    """(scenarios, SOPs by id, problems) from ``root``; empty when there is nothing."""
    if not root.is_dir():
        return [], {}, []
    try:
        from simulator.content.library import load_library as core_load
    except ImportError:
        return _scan(root)
    lib = core_load(root)
    scenarios = lib.scenarios.values() if hasattr(lib.scenarios, "values") else lib.scenarios
    sops = lib.sops if hasattr(lib.sops, "items") else {s.id: s for s in lib.sops}
    problems = [p for p in getattr(lib, "problems", ()) if getattr(p, "severity", "") == "error"]
    return list(scenarios), dict(sops), problems


def build_window(args, app: QApplication, store=None, clock_factory=WallClock, library=None):
    """The main window for ``args`` (``.library``); ``store`` None: no sign-in, no saving.
    ``library``: an already loaded (scenarios, sops, problems), else loaded from args."""
    from simulator.ui.main_window import MainWindow

    translations = Translations(app)
    translations.switch(saved_language(), remember=False)
    window = MainWindow(translations, store=store, clock_factory=clock_factory)
    if library is None:
        library = load_library(Path(getattr(args, "library", None) or library_dir()))
    window.set_library(*library)
    return window


def install_wellbeing(window, store, app: QApplication) -> None:
    """Plug the wellbeing widgets into the desk's hooks (briefing, attachments, pause)."""
    from simulator.ui.wellbeing.install import WellbeingHooks

    translations = window.translations
    gate = WellbeingHooks(
        store=store,
        language=lambda: translations.language,
        library=lambda: list(window.scenarios.values()),
    )
    gate.install(app)
    translations.listeners.append(lambda _language: gate.install(app))
    window.wellbeing = gate


def start(args, app: QApplication, on_ready=None, on_signin=None):
    """Show the window at once, then open the store (sign-in becomes usable) and load the
    library, each on a later turn of the event loop so the window paints first.
    ``on_signin(window)`` runs when the store is in, ``on_ready(window)`` when the library
    is too; a store error is shown and ends the app with exit code 2."""
    window = build_window(args, app, store=None, library=([], {}, []))
    window.show()

    def fail(exc: SimulatorError) -> None:
        sys.stderr.write(f"simulator: {exc}\n")
        QMessageBox.critical(window, "Frontline", str(exc))
        app.exit(2)

    def open_the_store() -> None:
        try:
            from simulator.store import open_store

            store = open_store(getattr(args, "database_url", None))
            window.attach_store(store)
            install_wellbeing(window, store, app)
        except SimulatorError as exc:
            fail(exc)
            return
        if on_signin is not None:
            on_signin(window)
        QTimer.singleShot(0, load_the_library)

    def load_the_library() -> None:
        try:
            root = Path(getattr(args, "library", None) or library_dir())
            window.set_library(*load_library(root))
        except SimulatorError as exc:
            fail(exc)
            return
        if on_ready is not None:
            on_ready(window)

    QTimer.singleShot(0, open_the_store)
    return window


def run(args) -> int:
    """Open the main window and run the event loop; returns the exit code."""
    app = make_application()
    window = start(args, app)  # noqa: F841 (kept alive for the event loop)
    return app.exec()
