"""Benchmark: cold start to an interactive library window, against a bare PySide6 window.

Every run is a fresh Python process; the kinds of run alternate within one benchmark
run, so all see the same machine load. Each child is timed from spawn to:

- bare: its window (a 1360x840 QMainWindow) has painted once (its paintEvent), and a
  zero-delay timer queued after that paint has fired (the event loop is free for input);
- reference: the same, plus ``from PySide6.QtCore import Qt`` and a list view of the
  library's titles as the window's only content (the floor for a window with text);
- Frontline "interactive": the first screen (sign-in form, disabled, beside the library
  list) has painted the list with the whole library in its model, and a zero-delay timer
  queued after that paint has fired: the list scrolls, the language switch works;
- Frontline "sign-in usable": the store is open (in its worker thread) and the sign-in
  form is enabled.

Frontline is measured with a warm library index (the usual start) and with a cold one
(the index cache deleted before each run: every YAML file is parsed). The database is
migrated beforehand in both cases; a first-ever start also creates it (reported once).
Children run with byte-code caching on (as an installed Frontline), in a private cache.
See docs/desk.md. Target: Frontline interactive (warm) <= 1.5x the bare window (medians).

    .venv/bin/python benchmarks/ui_startup.py [runs]
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.content.index import load_index  # noqa: E402
from simulator.paths import library_dir  # noqa: E402

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
class Window(QMainWindow):
    done = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: (print("interactive", flush=True), app.quit()))
w = Window(); w.setWindowTitle("bare"); w.resize(1360, 840); w.show()
app.exec()
"""

# A floor for any window that shows text: the bare window plus the Qt namespace (its
# enums), a font, and a list of the library's titles read from a JSON file.
TEXT = """
import json, sys
from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QListView, QMainWindow
app = QApplication([])
class List(QListView):
    done = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: (print("interactive", flush=True), app.quit()))
w = QMainWindow(); w.resize(1360, 840)
view = List(); view.setModel(QStringListModel(json.load(open(sys.argv[1]))))
view.setLayoutDirection(Qt.LeftToRight)
w.setCentralWidget(view); w.show()
app.exec()
"""

# The library list's ``shown`` signal is the same test as the bare window's: its first
# paintEvent with rows, then a zero-delay timer.
APP = """
import sys
from types import SimpleNamespace
from simulator.ui.app import make_application, start
app = make_application()
seen = set()
def mark(name, *extra):
    print(name, *extra, flush=True)
    seen.add(name)
    if seen == {"interactive", "signin"}:
        app.quit()
args = SimpleNamespace(library=None, database_url=sys.argv[1])
window = start(args, app, on_signin=lambda w: mark("signin"))
view = window.signin.library_list
view.shown.connect(lambda: mark("interactive", view.model().rowCount()))
sys.exit(app.exec())
"""


def once(code: str, *args: str, env: dict[str, str] | None = None) -> dict[str, float]:
    """Seconds from spawn to each line the child prints (its first word)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=env or os.environ,
    )
    marks: dict[str, float] = {}
    assert child.stdout is not None
    for line in child.stdout:
        marks[line.split()[0]] = time.perf_counter() - start
        if line.startswith("interactive ") and int(line.split()[1]) < 30:
            raise SystemExit(f"ui_startup: only {line.split()[1]} scenarios listed")
    if child.wait() != 0 or "interactive" not in marks:
        raise SystemExit(f"ui_startup: the child failed (exit {child.returncode})")
    return marks


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:5.0f} ms (min {min(values) * 1000:.0f})"


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        # The user's folders as a real start finds them (platformdirs and Qt read XDG_*),
        # moved into the temporary folder; not SIMULATOR_DATA_DIR, which takes a shortcut.
        os.environ.pop("SIMULATOR_DATA_DIR", None)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = str(Path(tmp) / name.lower())
        # Byte-code as an installed Frontline has it (pip compiles at install), kept out
        # of the source tree; a development shell may forbid writing it.
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        cache = Path(tmp) / "xdg_cache_home"  # the library index (app.library_cache_dir)
        url = f"sqlite:///{Path(tmp) / 'frontline.db'}"
        titles = Path(tmp) / "titles.json"
        listed = load_index(library_dir(), Path(tmp) / "titles-cache").scenarios
        titles.write_text(json.dumps([x.title for x in listed]))
        # Warm the OS file cache and the byte-code for every kind, in a throw-away data
        # folder, so that the first-ever start below pays for its database and index only.
        spare = Path(tmp) / "spare"
        spare_env = dict(os.environ, XDG_CACHE_HOME=str(spare), XDG_CONFIG_HOME=str(spare))
        once(BARE)
        once(TEXT, str(titles))
        once(APP, f"sqlite:///{spare / 'frontline.db'}", env=spare_env)
        first = once(APP, url)  # no database, no index: creates both
        once(APP, url)
        bare, text, warm, cold, warm_signin, cold_signin = [], [], [], [], [], []
        for _ in range(runs):
            bare.append(once(BARE)["interactive"])
            text.append(once(TEXT, str(titles))["interactive"])
            marks = once(APP, url)
            warm.append(marks["interactive"])
            warm_signin.append(marks["signin"])
            shutil.rmtree(cache, ignore_errors=True)
            marks = once(APP, url)
            cold.append(marks["interactive"])
            cold_signin.append(marks["signin"])
    b = statistics.median(bare)

    def ratio(values: list[float]) -> str:
        return f"{statistics.median(values) / b:.2f}x"

    print(f"{runs} runs each, alternating, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    print(f"bare PySide6 window, painted + idle:   {_ms(bare)}")
    print(f"reference: bare + Qt + title list:    {_ms(text)}  {ratio(text)}")
    print(f"Frontline interactive, warm index:     {_ms(warm)}  {ratio(warm)}")
    print(f"Frontline interactive, cold index:     {_ms(cold)}  {ratio(cold)}")
    print(f"Frontline sign-in usable, warm index:  {_ms(warm_signin)}  {ratio(warm_signin)}")
    print(f"Frontline sign-in usable, cold index:  {_ms(cold_signin)}  {ratio(cold_signin)}")
    print(
        f"first-ever start (creates the database and index): interactive "
        f"{first['interactive'] * 1000:.0f} ms, sign-in usable {first['signin'] * 1000:.0f} ms"
    )
    print("target: Frontline interactive (warm index) <= 1.5x the bare window")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
