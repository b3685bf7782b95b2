"""Benchmark: cold start to an interactive library window, against a bare PySide6 window.

Each run is a fresh Python process, timed from spawn to the moment its window has been
shown and the event loop is idle (a zero-delay timer fires). The app shows its window
first, then opens a (migrated) SQLite store (the sign-in form is usable) and then loads
the shipped library; the three moments are reported. Target: the app's median is at
most 1.5x the bare window's.

    .venv/bin/python benchmarks/ui_startup.py [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1360, 840); w.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""

APP = """
import sys
from types import SimpleNamespace
from simulator.ui.app import make_application, start
app = make_application()
def ready(window):
    assert window.home.model.rowCount() > 0 and window.store is not None
    print("ready", flush=True)
    app.quit()
args = SimpleNamespace(library=None, database_url=sys.argv[1])
window = start(args, app, on_ready=ready, on_signin=lambda w: print("signin", flush=True))
print("window", flush=True)
sys.exit(app.exec())
"""


def once(code: str, *args: str) -> dict[str, float]:
    """Seconds from spawn to each line the child prints ("window", "ready")."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=os.environ,
    )
    marks = {}
    assert child.stdout is not None
    for line in child.stdout:
        marks[line.strip()] = time.perf_counter() - start
    if child.wait() != 0 or "ready" not in marks:
        raise SystemExit(f"ui_startup: the child failed (exit {child.returncode})")
    return marks


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SIMULATOR_DATA_DIR"] = tmp
        os.environ["XDG_CONFIG_HOME"] = tmp
        url = f"sqlite:///{Path(tmp) / 'frontline.db'}"
        subprocess.run(
            [sys.executable, "-c", f"from simulator.store import open_store; open_store({url!r})"],
            check=True,
            cwd=ROOT,
        )
        once(BARE)  # warm the OS file cache for both
        once(APP, url)
        bare, shown, signin, full = [], [], [], []
        for _ in range(runs):
            bare.append(once(BARE)["ready"])
            marks = once(APP, url)
            shown.append(marks["window"])
            signin.append(marks["signin"])
            full.append(marks["ready"])
    b, w, f = statistics.median(bare), statistics.median(shown), statistics.median(full)
    print(f"bare PySide6 window:            median {b * 1000:.0f} ms (min {min(bare) * 1000:.0f})")
    print(f"Frontline window shown:         median {w * 1000:.0f} ms ({w / b:.2f}x)")
    s = statistics.median(signin)
    print(f"Frontline sign-in usable:       median {s * 1000:.0f} ms ({s / b:.2f}x)")
    print(f"Frontline library+store ready:  median {f * 1000:.0f} ms ({f / b:.2f}x)")
    print("target: interactive library window <= 1.5x the bare window")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
