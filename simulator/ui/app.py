"""Start the desktop app: ``run(args)`` is what ``simulator`` with no subcommand calls."""

from __future__ import annotations

import contextlib
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from simulator.errors import ContentError, SimulatorError
from simulator.paths import data_dir_override, library_dir
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
    """(scenarios, SOPs by id, problems) from ``root``, every file parsed; empty when there
    is nothing. The app itself lists ``load_summaries`` and parses a scenario on start."""
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


def library_cache_dir() -> Path | None:
    """Where the app caches the library index: the platform's cache folder for the app
    (``QStandardPaths.CacheLocation``, e.g. ``~/.cache/Frontline/Frontline``), or the
    data folder's ``cache`` when ``SIMULATOR_DATA_DIR`` is set (None: the core's
    default). Qt knows the cache folder already; platformdirs, which the store uses for
    the data folder, costs the first paint some 10 ms."""
    if data_dir_override() is not None:
        return None
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(found) if found else None


def load_summaries(root: Path, *, parse: bool = True):
    """(scenario summaries, SOP summaries by id, problems) of ``root`` from the library
    index (no YAML parsing when the cached index is up to date). ``parse`` False: None
    unless the cached index is up to date."""
    if not root.is_dir():
        return [], {}, []
    from simulator.content.index import cached_index, load_index

    cache = library_cache_dir()
    try:
        index = load_index(root, cache) if parse else cached_index(root, cache)
    except OSError as exc:  # e.g. a library folder this user may not read
        raise ContentError(str(root), f"cannot read the library ({exc.strerror or exc})") from exc
    if index is None:
        return None
    problems = [p for p in index.problems if p.severity == "error"]
    return list(index.scenarios), dict(index.sops), problems


def build_window(args, app: QApplication, store=None, clock_factory=None, library=None, **options):
    """The main window for ``args`` (``.library``); ``store`` None: no sign-in, no saving.
    ``library``: an already loaded (scenarios, sops, problems), else the summaries of the
    library from args (each scenario is parsed when it starts). ``options`` go to
    ``MainWindow`` (``store_pending``)."""
    from simulator.ui.main_window import MainWindow

    translations = Translations(app)
    translations.switch(saved_language(), remember=False)
    root = Path(getattr(args, "library", None) or library_dir())
    window = MainWindow(
        translations, store=store, clock_factory=clock_factory, library_root=root, **options
    )
    if library is None:
        library = load_summaries(root)
    window.set_library(*library)
    if not options.get("store_pending"):
        window.show_icons()  # ``start`` shows them once the library has painted
    return window


def install_wellbeing(window, store, app: QApplication) -> None:
    """Plug the wellbeing widgets into the desk's hooks (briefing, attachments, pause)."""
    from simulator.ui.wellbeing.install import WellbeingHooks

    translations = window.translations
    gate = WellbeingHooks(
        store=store,
        language=lambda: translations.language,
        library=window.full_library,
    )
    gate.install(app)
    translations.listeners.append(lambda _language: gate.install(app))
    window.wellbeing = gate


# Open the store this long after the library is listed, if the list has not painted yet.
STORE_FALLBACK_MS = 400


class StoreOpener(QObject):
    """Opens the store in a worker thread and hands it to the GUI thread by a queued
    signal: importing SQLAlchemy and connecting take a second or more, and the window
    must answer meanwhile."""

    opened = Signal(object)  # the Store, or the exception that stopped it

    def __init__(self, url: str | None, on_opened, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.on_opened = on_opened
        self.thread: threading.Thread | None = None
        # Emitted in the worker thread to this object, which lives in the GUI thread: the
        # (automatic) connection is queued, and the slot runs in the GUI thread.
        self.opened.connect(self._deliver)

    @Slot(object)
    def _deliver(self, result: object) -> None:
        self.on_opened(result)

    def start(self) -> None:
        """Start opening the store (once; later calls do nothing)."""
        if self.thread is not None:
            return
        self.thread = threading.Thread(target=self._work, name="open-store", daemon=True)
        self.thread.start()

    def _work(self) -> None:
        try:
            from simulator.store import open_store

            result: object = open_store(self.url)
        except Exception as exc:  # handed to the GUI thread, which reports it
            result = exc
        # Imported here too, so that the GUI thread only builds the wellbeing hooks (an
        # import error shows there, where the hooks are installed).
        with contextlib.suppress(Exception):
            import simulator.ui.wellbeing.install  # noqa: F401
        # RuntimeError: the window was closed meanwhile, there is nobody to tell.
        with contextlib.suppress(RuntimeError):
            self.opened.emit(result)


def start(args, app: QApplication, on_ready=None, on_signin=None, on_library=None):
    """Show the window at once with the library (from the cached index; when the cache is
    cold, the library is parsed after the window has shown), then open the store in a
    worker thread; sign-in is enabled when the store is in.

    ``on_library(window)`` runs when the library is listed (the window is interactive),
    ``on_signin(window)`` when the store is in, ``on_ready(window)`` when both are; a
    store error is shown and ends the app with exit code 2."""
    window = build_window(args, app, store=None, library=([], {}, []), store_pending=True)
    root = Path(getattr(args, "library", None) or library_dir())
    # A warm index (no file changed since it was cached) is listed before the first
    # paint: a few milliseconds, and the window paints once. A cold one is parsed after
    # the window has shown.
    try:
        listed = load_summaries(root, parse=False)
    except SimulatorError:
        listed = None  # load_the_library tries again and reports it
    if listed is not None:
        window.set_library(*listed)
    # The store's imports run beside the event loop but hold Python's lock in turns: they
    # start once the list has painted (or soon, for a window that never paints).
    window.signin.library_shown.connect(lambda: QTimer.singleShot(0, after_first_paint))
    window.show()

    def fail(exc: SimulatorError) -> None:
        from PySide6.QtWidgets import QMessageBox

        sys.stderr.write(f"simulator: {exc}\n")
        QMessageBox.critical(window, "Frontline", str(exc))
        app.exit(2)

    def load_the_library() -> None:
        if listed is None:
            try:
                window.set_library(*load_summaries(root))
            except SimulatorError as exc:
                fail(exc)
                return
        if on_library is not None:
            on_library(window)
        if window.signin.library_list.model().rowCount() == 0:
            after_first_paint()  # nothing to paint: no library_shown
        else:
            QTimer.singleShot(STORE_FALLBACK_MS, after_first_paint)

    def after_first_paint() -> None:
        """What the first paint did without: the icons, PySide's ``Qt`` namespace (see
        ``qtvalues``; built here in the GUI thread, before the store's thread imports
        modules that name it), then the store. Runs once, after the paint and after
        anything else waiting for it."""
        if opener.thread is not None:
            return
        from PySide6.QtCore import Qt  # noqa: F401

        window.show_icons()
        opener.start()

    def store_opened(result: object) -> None:
        if isinstance(result, SimulatorError):
            fail(result)
            return
        if isinstance(result, BaseException):
            raise result
        window.attach_store(result)
        install_wellbeing(window, result, app)
        if on_signin is not None:
            on_signin(window)
        if on_ready is not None:
            on_ready(window)

    opener = StoreOpener(getattr(args, "database_url", None), store_opened, window)
    window.store_opener = opener
    QTimer.singleShot(0, load_the_library)
    return window


def install_crash_handler(app: QApplication) -> None:
    """Any exception raised in a Qt slot (which PySide hands to ``sys.excepthook``) is
    written to a crash report, and the user sees a short dialog naming it: nothing fails
    silently, and no traceback is shown. The previous hook is kept as ``app.previous_hook``."""
    previous = sys.excepthook

    def hook(kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        from simulator.crash import write_crash_report

        exc.__traceback__ = tb
        try:
            where = str(write_crash_report(exc))
        except OSError:
            where = ""
        sys.stderr.write(f"simulator: unexpected error ({kind.__name__}); report: {where}\n")
        show_crash(app, kind.__name__, where)

    app.setProperty("crash_hook_installed", True)
    app.previous_hook = previous  # type: ignore[attr-defined]
    sys.excepthook = hook


def show_crash(app: QApplication, kind: str, report: str):
    """A short, non-blocking dialog: what happened and where the report is."""
    from PySide6.QtWidgets import QMessageBox

    parent = app.activeWindow()
    box = QMessageBox(parent)
    box.setObjectName("crash-dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Frontline")
    text = QCoreApplication.translate(
        "Crash",
        "Something went wrong ({kind}). Your work so far is saved. "
        "A report was written to {path}; please send it to your trainer or administrator.",
    )
    box.setText(text.format(kind=kind, path=report or "-"))
    box.open()  # not exec(): the event loop (and an exam clock) goes on
    app.last_crash_dialog = box  # type: ignore[attr-defined]
    return box


def run(args) -> int:
    """Open the main window and run the event loop; returns the exit code."""
    app = make_application()
    install_crash_handler(app)
    window = start(args, app)  # noqa: F841 (kept alive for the event loop)
    return app.exec()
