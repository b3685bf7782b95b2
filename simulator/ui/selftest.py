"""``simulator --selftest``: the smoke test of an installed or bundled Frontline.

Loads the library, makes an English and an Arabic persona (Faker finds its locales),
opens and closes the main window offscreen (with ``--selftest-screenshots DIR``, saving it
in English and Arabic first), draws a chart with QtCharts, writes to and reads from a
temporary store. Prints one line per step; exit 0 when every step works, 1 otherwise.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import traceback
from pathlib import Path


def _step(name: str, fn) -> bool:
    try:
        detail = fn()
    except Exception as exc:  # a self-test reports every failure, whatever it is
        sys.stdout.write(f"selftest: {name}: FAILED: {type(exc).__name__}: {exc}\n")
        traceback.print_exc(file=sys.stderr)
        return False
    sys.stdout.write(f"selftest: {name}: ok ({detail})\n")
    return True


def check_charts() -> str:
    """QtCharts (PySide6-Addons, the cohort dashboard's) loads and draws."""
    from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView

    from simulator.ui.app import make_application

    make_application()
    bars = QBarSet("selftest")
    bars.append([1.0, 3.0, 2.0])
    series = QBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    view = QChartView(chart)
    view.resize(240, 160)
    if view.grab().isNull():
        raise RuntimeError("QtCharts drew nothing")
    return "QtCharts drew a bar chart (the cohort dashboard's charts)"


def run(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from simulator.content.library import load_library
    from simulator.paths import library_dir

    root = Path(getattr(args, "library", None) or library_dir())
    library = {}

    def check_library() -> str:
        lib = load_library(root)
        library["lib"] = lib  # the window opens with the good files even when some are broken
        errors = [p for p in lib.problems if p.severity == "error"]
        if errors:
            raise RuntimeError(f"{len(errors)} problems, first: {errors[0]}")
        if not lib.scenarios:
            raise RuntimeError(f"no scenarios in {root}")
        return f"{len(lib.scenarios)} scenarios, {len(lib.sops)} SOPs in {root}"

    def check_personas() -> str:
        from faker.config import AVAILABLE_LOCALES

        from simulator.content.persona import faker_for

        names = [faker_for(locale).name() for locale in ("en_GB", "ar_EG")]
        if len(AVAILABLE_LOCALES) < 50 or not all(names):
            raise RuntimeError(f"Faker has {len(AVAILABLE_LOCALES)} locales, made {names!r}")
        return f"{len(AVAILABLE_LOCALES)} Faker locales, e.g. {' / '.join(names)}"

    def check_window() -> str:
        from PySide6.QtCore import QCoreApplication

        from simulator.ui.app import build_window, make_application

        app = make_application()
        lib = library.get("lib")
        loaded = (list(lib.scenarios), dict(lib.sops), list(lib.problems)) if lib else None
        window = build_window(args, app, store=None, library=loaded)
        window.show()
        QCoreApplication.processEvents()
        title = window.windowTitle()
        shots = getattr(args, "selftest_screenshots", None)
        saved = []
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            window.resize(1280, 800)
            for language in ("en", "ar"):
                window.translations.switch(language, remember=False)
                QCoreApplication.processEvents()
                path = Path(shots) / f"selftest-{language}.png"
                if not window.grab().save(str(path)):
                    raise RuntimeError(f"cannot save {path}")
                saved.append(path.name)
            window.translations.switch("en", remember=False)
        window.close()
        QCoreApplication.processEvents()
        shown = f", saved {' and '.join(saved)} in {shots}" if saved else ""
        return f"main window {title!r} opened and closed{shown}"

    def check_store() -> str:
        from simulator.store import open_store

        with tempfile.TemporaryDirectory(prefix="frontline-selftest-") as tmp:
            url = f"sqlite:///{Path(tmp) / 'selftest.sqlite3'}"
            store = open_store(url)
            try:
                person = store.create_person("selftest", "trainee", password="selftest-pass-1")
                attempt = store.start_attempt(
                    person.id,
                    scenario_id="selftest",
                    scenario_sha256="0" * 64,
                    sop_id="selftest",
                    sop_version=1,
                    seed=1,
                    started_at=dt.datetime.now(dt.UTC),
                )
                store.save_event(attempt.id, {"kind": "reply", "at_s": 1.0, "text": "hello"})
                events = store.events_for(attempt.id)
                if len(events) != 1 or events[0].data.get("text") != "hello":
                    raise RuntimeError(f"read back {events!r}")
                if store.audit():
                    raise RuntimeError("audit found problems in a fresh store")
            finally:
                store.close()
        return "wrote and read an attempt in a temporary SQLite store"

    results = [
        _step("library", check_library),
        _step("personas", check_personas),
        _step("window", check_window),
        _step("charts", check_charts),
        _step("store", check_store),
    ]
    ok = all(results)
    sys.stdout.write(f"selftest: {'passed' if ok else 'FAILED'}\n")
    return 0 if ok else 1
