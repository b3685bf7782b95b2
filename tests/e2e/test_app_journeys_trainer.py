"""Trainers' journeys through the app exactly as the ``simulator`` command starts it: blind
calibration from the lead's choice to the reveal, and a dispute from the trainee's
results to the trainer's answer and back. The people and their finished attempts are
prepared with the store API in the store the command opens; every step of the journey
goes through the widgets of the window the command opened (see ``journeys``)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from simulator.ui.app import load_library
from simulator.ui.trainer.calibration_grading import MET, MISSED, NewSessionDialog
from tests.e2e import journeys
from tests.e2e.journeys import REPO, command_store, main_window, on_screen, run_command, sign_in
from tests.e2e.journeys import sign_out as sign_out_
from tests.ui import test_ui_trainer as base

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
restore_process_state = journeys.restore_process_state
played = base.played

ARGV = ["--library", str(REPO / "scenarios")]


@pytest.fixture(scope="module")
def library():
    """The shipped library (``played`` plays a scenario of it)."""
    return load_library(REPO / "scenarios")


@pytest.fixture
def team(_sqlite_template, played):
    """In the command's store: the lead (an admin), two trainers, a trainee in a cohort
    with two attempts finished an hour ago."""
    store = command_store(_sqlite_template)

    def person(name, role):
        store.create_person(name, role, display_name=name.title(), password=f"password-{name}")
        return store.authenticate(name, f"password-{name}")

    lead, t1, t2 = person("lina", "admin"), person("tarek", "trainer"), person("huda", "trainer")
    amal = person("amal", "trainee")
    cohort = store.create_cohort("Riyadh March")
    store.add_to_cohort(cohort.id, amal.id)
    an_hour_ago = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    attempts = [
        base.finished_attempt(store, amal.id, played, minutes=m, start=an_hour_ago) for m in (0, 20)
    ]
    store.close()
    return SimpleNamespace(lead=lead, t1=t1, t2=t2, amal=amal, cohort=cohort, attempts=attempts)


def sign_out(window):
    sign_out_(window)
    assert "Amal" not in on_screen()  # nothing of the last person's work stays


def grade_everything(page, value) -> None:
    """Every criterion of every attempt, through the page's own combo boxes."""
    for i in range(page.attempt_box.count()):
        page.attempt_box.setCurrentIndex(i)
        for row in range(page.criteria.rowCount()):
            box = page.criteria.cell_widget(row, 1)
            box.setCurrentIndex(box.findData(value))


def lead_starts_a_session(window, team):
    window.staff.calibration_button.click()
    screen = window.staff.calibration
    assert window.screens.currentWidget() is screen
    screen.new_button.click()
    [dialog] = [d for d in screen.findChildren(NewSessionDialog) if d.isVisible()]
    dialog.title_edit.setText("March calibration")
    assert dialog.attempts.count() == 2
    for i in range(dialog.attempts.count()):
        dialog.attempts.item(i).setCheckState(Qt.CheckState.Checked)
    for i in range(dialog.trainers.count()):
        item = dialog.trainers.item(i)
        if item.data(Qt.ItemDataRole.UserRole) in (team.t1.id, team.t2.id):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.session is not None, dialog.error.text()
    assert not dialog.isVisible()
    assert screen.pages.currentWidget() is screen.waiting
    assert "Still to submit:" in screen.waiting.text()
    assert "Tarek" in screen.waiting.text() and "Huda" in screen.waiting.text()


def cohort_figures_hide_the_verdict(window, team, score: str) -> None:
    """The cohort screen, as the trainer grading blind sees it: no figure of the
    attempts they grade blind."""
    window.staff.cohorts_button.click()
    cohorts = window.staff.cohorts
    assert window.screens.currentWidget() is cohorts
    cohorts.cohort_box.setCurrentIndex(cohorts.cohort_box.findData(team.cohort.id))
    assert cohorts.people.rowCount() == 1 and cohorts.people.text(0, 0) == "Amal"
    cohorts.people.select(0)
    # Finished, passed, pass rate and mean score leave the blind attempts out.
    assert [cohorts.people.text(0, c) for c in (2, 3, 4, 5)] == ["0", "0", "—", "—"]
    assert "pass rate —" in cohorts.totals.text() and "mean score —" in cohorts.totals.text()
    assert cohorts.scenarios.rowCount() == 0
    assert cohorts.attempts_table.rowCount() == 2
    for row in range(2):
        assert cohorts.attempts_table.text(row, 3) == "—"
        assert cohorts.attempts_table.text(row, 4) == "In calibration"
    shown = on_screen()
    assert score not in shown
    assert "Not passed" not in shown
    # Opening the attempt (its review has the verdict) is refused, with a reason.
    cohorts.attempts_table.select(0)
    cohorts.open_button.click()
    assert window.screens.currentWidget() is cohorts
    assert "calibration session" in window.statusBar().currentMessage()


def trainer_grades_blind(window, value, score: str):
    window.staff.calibration_button.click()
    screen = window.staff.calibration
    page = screen.grading
    assert screen.pages.currentWidget() is page
    assert not screen.new_button.isVisible()  # the lead's, not a trainer's
    assert page.attempt_box.count() == 2 and page.criteria.rowCount() > 1
    shown = on_screen()
    for verdict in ("Passed", "Not passed", "Met (", "automatic:", score):
        assert verdict not in shown, verdict
    assert not page.submit_button.isEnabled()
    grade_everything(page, value)
    assert page.submit_button.isEnabled()
    page.submit_button.click()
    return screen


@pytest.mark.qt_no_exception_capture
def test_blind_calibration_from_the_leads_choice_to_the_reveal(tmp_path, team, played):
    score = f"{float(played['grade']['score']):.0f}%"
    seen: dict[str, object] = {}

    def journey():
        yield from sign_in("lina", "password-lina")
        window = main_window()
        lead_starts_a_session(window, team)
        sign_out(window)

        yield from sign_in("tarek", "password-tarek")
        cohort_figures_hide_the_verdict(window, team, score)
        screen = trainer_grades_blind(window, MISSED, score)
        assert screen.pages.currentWidget() is screen.waiting
        assert "Still to submit: Huda" in screen.waiting.text()
        sign_out(window)

        yield from sign_in("huda", "password-huda")
        screen = trainer_grades_blind(window, MET, score)
        reveal = screen.reveal
        assert screen.pages.currentWidget() is reveal and reveal.isVisible()
        seen["summary"] = reveal.summary.text()
        seen["leanings"] = {
            reveal.trainers.text(r, 0): reveal.trainers.text(r, 4)
            for r in range(reveal.trainers.rowCount())
        }
        screen.compare_button.click()
        assert screen.pages.currentWidget() is screen.comparison
        seen["compared"] = [
            screen.comparison.table.text(r, 0) for r in range(screen.comparison.table.rowCount())
        ]
        # Revealed: the attempt's review opens for her now.
        window.staff.cohorts_button.click()
        cohorts = window.staff.cohorts
        cohorts.people.select(0)
        assert cohorts.attempts_table.text(0, 4) in ("Passed", "Not passed")
        cohorts.attempts_table.select(0)
        cohorts.open_button.click()
        assert window.screens.currentWidget() is window.staff.review
        window.close()

    assert run_command(ARGV, journey, tmp_path) == 0
    assert "Cohen's kappa" in str(seen["summary"])
    assert seen["leanings"] == {"Tarek": "Strict", "Huda": "Lenient"}
    assert seen["compared"] == ["March calibration"]


def open_from_history(window, attempt_id: int):
    """My history tab, a double click on the attempt's row: its results."""
    home = window.home
    assert window.screens.currentWidget() is home
    home.tabs.setCurrentIndex(1)
    table = home.history_table
    rows = [r for r in range(home.history.rowCount()) if home.history.attempt(r).id == attempt_id]
    assert rows, "the attempt is not in the history"
    yield lambda: table.isVisible() and table.visualRect(home.history.index(rows[0], 0)).isValid()
    rect = table.visualRect(home.history.index(rows[0], 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.screens.currentWidget() is window.results


def criterion_row(results, criterion_id: str) -> int:
    model = results.criteria
    return next(r for r in range(model.rowCount()) if model.criterion(r)["id"] == criterion_id)


@pytest.mark.qt_no_exception_capture
def test_a_trainee_disputes_a_criterion_and_a_trainer_overturns_it(tmp_path, team):
    attempt = team.attempts[0]
    seen: dict[str, object] = {}

    def journey():
        yield from sign_in("amal", "password-amal")
        window = main_window()
        assert not window.staff.disputes_button.isVisible()
        yield from open_from_history(window, attempt.id)
        bar = window.dispute_bar
        assert bar.isVisible() and bar.form.isVisible() and not bar.button.isEnabled()
        missed = [
            i
            for i in range(bar.criterion.count())
            if bar.criterion.itemText(i).startswith("Missed")
        ]
        assert missed, "the played attempt missed no criterion"
        bar.criterion.setCurrentIndex(missed[0])
        criterion = bar.criterion.currentData()
        results = window.results
        seen["before"] = results.criteria.text(criterion_row(results, criterion), 0)
        seen["score before"] = results.score.text()
        bar.reason.setText("I did close the ticket as a duplicate")
        bar.button.click()
        assert "waiting for a trainer" in bar.history.text()
        sign_out(window)

        yield from sign_in("tarek", "password-tarek")
        window.staff.disputes_button.click()
        queue = window.staff.disputes
        assert window.screens.currentWidget() is queue
        assert queue.table.rowCount() == 1 and queue.table.text(0, 0) == "Amal"
        assert queue.table.text(0, 4) == "Open"
        assert "I did close the ticket" in queue.detail.text()
        assert not queue.overturn_button.isEnabled()
        queue.reason.setPlainText("Right: the ticket was closed as a duplicate")
        queue.overturn_button.click()
        assert queue.table.text(0, 4) == "Overturned"
        sign_out(window)

        yield from sign_in("amal", "password-amal")
        yield from open_from_history(window, attempt.id)
        results = window.results
        seen["after"] = results.criteria.text(criterion_row(results, criterion), 0)
        seen["score after"] = results.score.text()
        seen["notes"] = results.pass_mark.text()
        seen["history"] = window.dispute_bar.history.text()
        window.close()

    assert run_command(ARGV, journey, tmp_path) == 0
    assert str(seen["before"]).endswith("Missed")
    assert seen["after"] == "✔ Met (override)"
    assert seen["score after"] != seen["score before"]
    assert "Decided by a trainer's override" in str(seen["notes"])
    assert "Overturned by a trainer:" in str(seen["history"])
    assert "Right: the ticket" in str(seen["history"])


@pytest.mark.qt_no_exception_capture
def test_a_trainer_grading_blind_gets_no_verdict_from_the_disputes_queue(tmp_path, team):
    """A dispute on an attempt the lead then puts in a calibration session: until the
    reveal, the trainers grading it blind find no verdict of it in Disputes either."""
    seen: dict[str, object] = {}

    def journey():
        yield from sign_in("amal", "password-amal")
        window = main_window()
        for attempt in team.attempts:  # both attempts disputed
            yield from open_from_history(window, attempt.id)
            bar = window.dispute_bar
            bar.criterion.setCurrentIndex(0)
            bar.reason.setText("I did what the procedure asks")
            bar.button.click()
            assert "waiting for a trainer" in bar.history.text()
            window.results.back_button.click()
        sign_out(window)

        yield from sign_in("lina", "password-lina")
        lead_starts_a_session(window, team)
        sign_out(window)

        yield from sign_in("tarek", "password-tarek")
        window.staff.disputes_button.click()
        queue = window.staff.disputes
        assert window.screens.currentWidget() is queue
        shown = on_screen()
        seen["verdict shown"] = "Automatic verdict of the criterion" in shown
        seen["rows"] = queue.table.rowCount()
        seen["can answer"] = queue.overturn_button.isVisible()
        window.close()

    assert run_command(ARGV, journey, tmp_path) == 0
    assert seen["verdict shown"] is False
    assert seen["rows"] == 0 and seen["can answer"] is False
