"""Start-up: the library is listed before the store is open, sign-in waits for the store
(opened in a worker thread), and a scenario listed from the index plays in full."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt

from simulator.content.index import ScenarioSummary
from simulator.ui import hooks
from simulator.ui.app import make_application, start
from simulator.ui.library_model import sensitivity_labels

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(autouse=True)
def _restore_hooks():
    """start() installs the wellbeing hooks, which are process-wide: put them back."""
    saved = (hooks.attachment_widget, hooks.briefing_gate, hooks.support_control)
    yield
    hooks.install(*saved)


@pytest.fixture
def started(qtbot, tmp_path, repo):
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "settings"))
    shutil.copytree(repo / "scenarios", tmp_path / "lib" / "scenarios")
    args = SimpleNamespace(
        library=str(tmp_path / "lib" / "scenarios"),
        database_url=f"sqlite:///{tmp_path / 'f.db'}",
    )
    seen: dict[str, tuple] = {}

    def note(name):
        def mark(window):
            s = window.signin
            seen[name] = (window.store is not None, window.home.model.rowCount(), s.isEnabled())
            seen[name + "-button"] = (s.button.isEnabled(), s.name.isEnabled())

        return mark

    window = start(
        args,
        make_application(),
        on_library=note("library"),
        on_ready=note("ready"),
    )
    qtbot.addWidget(window)
    yield window, seen, args
    if window.running is not None:
        window.running.controller.stop_timers()


def test_the_library_is_listed_before_the_store_and_sign_in_waits_for_it(started, qtbot):
    window, seen, _ = started
    assert window.isVisible() and window.screens.currentWidget() is window.signin
    assert not window.signin.button.isEnabled()  # no store yet
    qtbot.waitUntil(lambda: "library" in seen, timeout=30000)
    assert seen["library"][:2] == (False, window.home.model.rowCount())
    assert window.home.model.rowCount() > 30
    assert seen["library-button"] == (False, False)
    # The library is visible beside the sign-in form.
    assert window.signin.library_panel.isVisible()
    assert window.signin.library_list.model().rowCount() == window.home.model.rowCount()
    qtbot.waitUntil(lambda: "ready" in seen, timeout=60000)
    assert seen["ready-button"] == (True, True)
    assert window.signin.first_start and window.store.needs_first_admin()


@pytest.mark.slow
def test_sign_in_on_the_threaded_store_then_play_a_listed_scenario(started, qtbot):
    window, seen, _ = started
    qtbot.waitUntil(lambda: "ready" in seen, timeout=60000)
    s = window.signin
    qtbot.keyClicks(s.name, "layla")
    qtbot.keyClicks(s.display_name, "Layla")
    qtbot.keyClicks(s.password, "correct horse")
    qtbot.keyClicks(s.confirm, "correct horse")
    qtbot.mouseClick(s.button, Qt.LeftButton)
    assert window.screens.currentWidget() is window.home
    assert window.home.select_scenario("two-step-lost-phone-email-ticket-sa")
    listed = window.home.selected_scenario()
    assert isinstance(listed, ScenarioSummary)
    running = window.start_scenario(listed, seed=7, run_timers=False)
    assert running is not None and running.scenario.id == listed.id
    assert len(running.scenario.timeline) > 0  # the full scenario, parsed on start
    assert window.screens.currentWidget() is window.desk
    # The list shows the same labels for the summary as for the full scenario.
    assert sensitivity_labels(listed) == sensitivity_labels(running.scenario)


def test_a_listed_file_that_broke_since_is_an_error_not_a_crash(started, qtbot):
    window, seen, _ = started
    qtbot.waitUntil(lambda: "ready" in seen, timeout=60000)
    listed = window.scenarios["two-step-lost-phone-email-ticket-sa"]
    Path(listed.path).write_text("id: [\n", encoding="utf-8")
    assert window.start_scenario(listed, seed=7, run_timers=False) is None
    assert str(listed.path) in window.statusBar().currentMessage()


PROBE = """
import sys
from types import SimpleNamespace
from simulator.ui import hooks
from simulator.ui.app import make_application, start
HEAVY = ("ruamel", "simulator.content.loader", "sqlalchemy", "alembic", "faker",
         "rapidfuzz", "simulator.grading.grader", "simulator.engine", "simulator.content.model",
         "simulator.ui.desk", "simulator.ui.home", "simulator.ui.results")
app = make_application()
def mark(name):
    def note(window):
        print(name, *[m for m in HEAVY if m in sys.modules], flush=True)
        if name == "ready":
            app.quit()
    return note
args = SimpleNamespace(library=None, database_url=sys.argv[1])
window = start(args, app, on_library=mark("library"), on_ready=mark("ready"))
sys.exit(app.exec())
"""


@pytest.mark.slow
def test_a_warm_start_parses_no_yaml_and_imports_no_grader_or_alembic(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    url = f"sqlite:///{tmp_path / 'f.db'}"

    def run() -> dict[str, list[str]]:
        out = subprocess.run(
            [sys.executable, "-c", PROBE, url], capture_output=True, text=True, env=env, check=True
        ).stdout
        return {line.split()[0]: line.split()[1:] for line in out.splitlines()}

    cold = run()  # builds the index and the database
    assert "alembic" in cold["ready"]
    warm = run()
    assert warm["library"] == []
    # SQLAlchemy for the store (ruamel only when there is a wellbeing settings file to
    # read); no scenario is parsed, no migration runs, nothing of the desk or the grader
    # (the grading package itself is light: the store takes its verdict rule from it).
    assert {"sqlalchemy"} <= set(warm["ready"])
    assert not {
        "alembic",
        "faker",
        "rapidfuzz",
        "simulator.grading.grader",
        "simulator.engine",
    } & set(warm["ready"])
    assert not {"simulator.content.loader", "simulator.ui.desk"} & set(warm["ready"])


def test_the_start_up_values_are_the_qt_enums_they_stand_for():
    from simulator.ui import qtvalues as v

    assert Qt.LayoutDirection.LeftToRight.value == v.LEFT_TO_RIGHT
    assert Qt.LayoutDirection.RightToLeft.value == v.RIGHT_TO_LEFT
    assert v.ALIGN_LEFT == Qt.AlignmentFlag.AlignLeft.value == Qt.AlignmentFlag.AlignLeading.value
    assert Qt.AlignmentFlag.AlignRight.value == v.ALIGN_RIGHT
    assert Qt.AlignmentFlag.AlignVCenter.value == v.ALIGN_VCENTER
    assert Qt.AlignmentFlag.AlignAbsolute.value == v.ALIGN_ABSOLUTE
    assert Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value == v.SCROLL_BAR_ALWAYS_OFF
    assert Qt.TextElideMode.ElideMiddle.value == v.ELIDE_MIDDLE
    assert Qt.ItemDataRole.TextAlignmentRole.value == v.TEXT_ALIGNMENT_ROLE


def test_the_values_set_as_properties_arrive_as_enums(started, qtbot):
    window, seen, _ = started
    qtbot.waitUntil(lambda: "library" in seen, timeout=30000)
    s = window.signin
    assert s.library_list.horizontalScrollBarPolicy() == Qt.ScrollBarAlwaysOff
    assert s.library_list.textElideMode() == Qt.ElideMiddle
    assert s.form.labelAlignment() == Qt.AlignLeading | Qt.AlignVCenter
    model = s.library_list.model()
    language = {x.title: x.language for x in window.scenarios.values()}
    assert model.rowCount() == len(language) > 30
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        side = Qt.AlignRight if language[index.data()] == "ar" else Qt.AlignLeft
        assert index.data(Qt.TextAlignmentRole) == (side | Qt.AlignVCenter | Qt.AlignAbsolute).value
    window.translations.switch("ar", remember=False)
    assert make_application().layoutDirection() == Qt.RightToLeft
    window.translations.switch("en", remember=False)
    assert make_application().layoutDirection() == Qt.LeftToRight


FIRST_PAINT = """
import sys
from types import SimpleNamespace
from simulator.ui.app import make_application, start
from simulator.ui.qtvalues import qt_is_built
app = make_application()
args = SimpleNamespace(library=None, database_url=sys.argv[1])
window = start(args, app, on_signin=lambda w: (print("signin", qt_is_built()), app.quit()))
view = window.signin.library_list
view.shown.connect(lambda: print("painted", qt_is_built(), view.model().rowCount(), flush=True))
sys.exit(app.exec())
"""


@pytest.mark.slow
@pytest.mark.parametrize("index", ["cold", "warm"])
def test_the_first_screen_paints_before_pyside_builds_its_qt_namespace(tmp_path, index):
    """qtvalues: the Qt namespace costs a start some 35 ms; it is built after the paint.
    A warm index lists the library in the first paint; a cold one in the next."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SIMULATOR_DATA_DIR=str(tmp_path))

    def run() -> list[str]:
        return subprocess.run(
            [sys.executable, "-c", FIRST_PAINT, f"sqlite:///{tmp_path / 'f.db'}"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
            timeout=120,
        ).stdout.split()

    out = run()
    if index == "warm":
        out = run()
    painted = out.index("painted")
    assert out[painted + 1 : painted + 2] == ["False"]
    assert int(out[painted + 2]) > 30
    assert out[out.index("signin") + 1] == "True"  # built afterwards, in the GUI thread


def test_the_library_index_is_cached_in_the_platform_cache_folder(tmp_path, monkeypatch):
    from simulator.ui.app import library_cache_dir, load_summaries

    make_application()  # organisation and application "Frontline"
    monkeypatch.delenv("SIMULATOR_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert library_cache_dir() == tmp_path / "cache" / "Frontline" / "Frontline"
    scenarios, _sops, _problems = load_summaries(Path(__file__).parents[2] / "scenarios")
    assert len(scenarios) > 30
    assert list(library_cache_dir().glob("library-index-*.json"))
    monkeypatch.setenv("SIMULATOR_DATA_DIR", str(tmp_path / "data"))
    assert library_cache_dir() is None  # the core's default: the data folder's cache/
