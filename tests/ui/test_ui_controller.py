"""The app controller drives the screens through its ``Shell`` protocol alone: any
object with a home, a desk, a results screen, show_page and show_error will do."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QStackedWidget

from simulator.clock import ManualClock
from simulator.errors import SimulatorError
from simulator.store import open_store
from simulator.ui.app import load_summaries
from simulator.ui.controller import AppController, Shell
from simulator.ui.desk.screen import DeskScreen
from simulator.ui.home import HomeScreen
from simulator.ui.results import ResultsScreen

REPO = Path(__file__).resolve().parents[2]
SCENARIO = "two-step-lost-phone-email-ticket-sa"


class StackShell(QStackedWidget):
    """A shell with no top bar, no sign-in, no dialogs: the screens in a stack."""

    def __init__(self) -> None:
        super().__init__()
        self.home, self.desk, self.results = HomeScreen(), DeskScreen(), ResultsScreen()
        for page in (self.home, self.desk, self.results):
            self.addWidget(page)
        self.errors: list[str] = []

    def show_page(self, page) -> None:
        self.setCurrentWidget(page)

    def show_error(self, exc: SimulatorError) -> None:
        self.errors.append(str(exc))

    def show_dispute_bar(self, result) -> None:
        self.disputable = result.get("attempt_id")


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "library"
    shutil.copytree(REPO / "scenarios", root)
    return root


@pytest.fixture
def app(qtbot, tmp_path, library):
    shell = StackShell()
    qtbot.addWidget(shell)
    store = open_store(f"sqlite:///{tmp_path / 'frontline.db'}")
    controller = AppController(shell, store, ManualClock, library_root=library)
    scenarios, sops, problems = load_summaries(library)
    controller.set_library(scenarios, sops, problems)
    shell.home.set_library(scenarios, sops, problems)
    controller.person = store.create_person("amal", "trainee", password="secret-pass")
    shell.desk.finished.connect(controller.scenario_finished)
    return controller, shell


def test_a_practice_attempt_goes_desk_results_history_through_the_protocol(app):
    controller, shell = app
    shelled: Shell = shell  # the type checker holds the shell to the protocol
    assert shelled is shell
    controller.show_home()
    assert shell.currentWidget() is shell.home and shell.home.history.rowCount() == 0
    playing = controller.start_scenario(controller.scenarios[SCENARIO], seed=7, run_timers=False)
    assert playing is not None and controller.running is playing
    assert shell.currentWidget() is shell.desk
    playing.controller.stop_timers()
    controller.scenario_finished()
    assert shell.currentWidget() is shell.results
    result = controller.last_result
    assert result is not None and result["attempt_id"] == playing.attempt_id
    assert result["grade"]["score"] == 0.0  # nothing was done: graded on that
    assert shell.home.history.rowCount() == 1  # the history was refreshed
    assert shell.errors == []


def test_a_scenario_whose_file_broke_since_listing_is_an_error_not_a_start(app, library):
    controller, shell = app
    summary = controller.scenarios[SCENARIO]
    Path(summary.path).write_text("id: [unclosed\n", encoding="utf-8")
    assert controller.start_scenario(summary, seed=7, run_timers=False) is None
    assert controller.running is None and shell.currentWidget() is not shell.desk
    assert len(shell.errors) == 1 and Path(summary.path).name in shell.errors[0]
