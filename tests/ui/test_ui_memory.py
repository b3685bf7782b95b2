"""Memory at start-up: PySide6 must not keep every module's source, and the first screen
imports nothing of the desk, the grader, Faker or the migrations (benchmarks/ui_memory.py
measures the peaks; docs/desk.md has the figures)."""

from __future__ import annotations

import json
import linecache
import os
import subprocess
import sys
from types import ModuleType

import pytest

import simulator.ui.app

PROBE = """
import json, linecache, sys
from types import SimpleNamespace
from simulator.ui.app import make_application, start
HEAVY = ("faker", "ruamel", "alembic", "rapidfuzz", "regex", "simulator.grading.grader",
         "simulator.engine", "simulator.exams", "simulator.content.loader",
         "simulator.ui.desk", "simulator.ui.home", "simulator.ui.exam")
app = make_application()
def ready(window):
    files = [name for name in linecache.cache if not name.startswith("<")]
    heavy = sorted({h for h in HEAVY for m in sys.modules if m == h or m.startswith(h + ".")})
    print(json.dumps({"sources": files, "heavy": heavy, "modules": len(sys.modules)}))
    app.quit()
args = SimpleNamespace(library=None, database_url=sys.argv[1])
window = start(args, app, on_ready=ready)
sys.exit(app.exec())
"""


def first_screen(tmp_path) -> dict:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    env.pop("SIMULATOR_DATA_DIR", None)
    url = f"sqlite:///{tmp_path / 'f.db'}"
    run = [sys.executable, "-c", PROBE, url]
    subprocess.run(run, capture_output=True, env=env, check=True)  # database and index
    out = subprocess.run(run, capture_output=True, text=True, env=env, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


@pytest.mark.slow
def test_the_first_screen_keeps_no_source_and_imports_nothing_heavy(tmp_path):
    seen = first_screen(tmp_path)
    # Some 470 modules are in; PySide6's import hook used to keep the source of each
    # (about 20 MB at this point, 30 MB at the desk).
    assert seen["modules"] > 300
    assert seen["sources"] == []
    # Sign-in is usable with the store open (SQLAlchemy) and nothing else of weight:
    # Faker, the YAML loader, the grader, the engine, the exams and the desk come when
    # they are used.
    assert seen["heavy"] == []


def test_pyside_still_learns_which_modules_use_it():
    from simulator.ui.pyside_sources import stop_caching_sources

    feature = sys.modules["shibokensupport.feature"]
    assert stop_caching_sources() is True
    assert stop_caching_sources() is True  # once is enough; again changes nothing
    uses = feature._mod_uses_pyside
    assert getattr(uses, "reads_file", False)
    assert uses(simulator.ui.app) is True
    assert uses(json) is False
    assert uses(sys) is False  # built in: no file
    assert uses(ModuleType("made_up")) is False
    linecache.getlines(json.__file__)
    linecache.cache["<generated>"] = (9, None, ["x = 1\n"], "<generated>")
    assert stop_caching_sources() is True
    assert json.__file__ not in linecache.cache  # read by the hook before: dropped
    assert "<generated>" in linecache.cache  # made at run time: no file to read again
    uses(json)
    assert json.__file__ not in linecache.cache
