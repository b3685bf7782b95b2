"""Issue 16's trainer tools in real windows against a real SQLite store: blind calibration
(the lead's session, blind grading, the reveal only after all have submitted) and
disputes (the trainee's bar under their results, the trainers' queue)."""

from __future__ import annotations

import datetime as dt
import shutil
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from simulator.store import open_store
from simulator.ui.trainer.calibration import MET, MISSED
from tests.ui import test_ui_trainer as base
from tests.ui.test_ui_trainer import T0, all_text, finished_attempt

# The trainer screens' fixtures: a played session and the app's window (over this module's
# store, whose clock the tests move); the library comes from tests/ui/conftest.py.
played = base.played
window = base.window


@pytest.fixture
def clock():
    """The store's clock, moved by hand: a day after the attempts."""
    return [T0 + dt.timedelta(days=1)]


@pytest.fixture
def store(tmp_path, _sqlite_template, clock):
    shutil.copyfile(_sqlite_template, tmp_path / "frontline.db")
    s = open_store(f"sqlite:///{tmp_path / 'frontline.db'}", now=lambda: clock[0])
    yield s
    s.close()


pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def team(store, played):
    def person(name, role):
        store.create_person(name, role, display_name=name.title(), password=f"password-{name}")
        return store.authenticate(name, f"password-{name}")

    lead, t1, t2 = person("lina", "admin"), person("tarek", "trainer"), person("huda", "trainer")
    amal = person("amal", "trainee")
    attempts = [finished_attempt(store, amal.id, played, minutes=m) for m in (0, 30)]
    return SimpleNamespace(lead=lead, t1=t1, t2=t2, amal=amal, attempts=attempts)


def grade_all(page, value):
    for i in range(page.attempt_box.count()):
        page.attempt_box.setCurrentIndex(i)
        for row in range(page.criteria.rowCount()):
            box = page.criteria.cell_widget(row, 1)
            box.setCurrentIndex(box.findData(value(row)))


@pytest.mark.slow
def test_a_blind_session_from_the_leads_choice_to_the_reveal(window, store, team, qtbot):
    window.signed_in(team.lead)
    assert window.staff.calibration_button.isVisible()
    window.staff.calibration_button.click()
    screen = window.staff.calibration
    assert window.screens.currentWidget() is screen and screen.new_button.isVisible()
    dialog = screen.new_session()
    dialog.title_edit.setText("March calibration")
    for widget in (dialog.attempts, dialog.trainers):
        for i in range(widget.count()):
            if widget is dialog.attempts or widget.item(i).data(Qt.UserRole) != team.lead.id:
                widget.item(i).setCheckState(Qt.Checked)
    dialog.start()
    assert dialog.session is not None, dialog.error.text()
    assert dialog.session.trainer_ids == (team.t1.id, team.t2.id) or set(
        dialog.session.trainer_ids
    ) == {team.t1.id, team.t2.id}
    assert screen.pages.currentWidget() is screen.waiting
    assert "Still to submit: Tarek, Huda" in screen.waiting.text() or "Huda, Tarek" in (
        screen.waiting.text()
    )

    # Tarek grades blind: the transcript and the criteria's names, no verdict or score.
    window.signed_in(team.t1)
    assert not window.staff.admin_button.isVisible()
    window.staff.calibration_button.click()
    assert not screen.new_button.isVisible()
    page = screen.grading
    assert screen.pages.currentWidget() is page
    shown = all_text(page)
    for verdict in ("Passed", "Not passed", "%"):
        assert verdict not in shown.replace("0 of", "")
    assert page.criteria.rowCount() > 1 and not page.submit_button.isEnabled()
    # While he grades it blind, the cohort's list hides its score and verdict...
    cohorts = window.staff.cohorts
    cohorts.set_store(store, {}, team.t1)
    cohorts.attempts = [store.attempt(a.id) for a in team.attempts]
    cohorts._fill_attempts()
    assert cohorts.attempts_table.text(0, 3) == "—"
    assert cohorts.attempts_table.text(0, 4) == "In calibration"
    # ... and the attempt's review (with its verdict) stays closed.
    window.staff.review_attempt(team.attempts[0])
    assert window.screens.currentWidget() is screen
    assert "calibration session" in window.statusBar().currentMessage()
    grade_all(page, lambda row: MISSED)
    assert page.submit_button.isEnabled()
    page.submit_button.click()
    assert screen.pages.currentWidget() is screen.waiting
    assert "Still to submit: Huda" in screen.waiting.text()
    with pytest.raises(Exception, match="1 of 2 still to"):
        store.calibration_results(team.lead, dialog.session.id)

    window.signed_in(team.t2)
    window.staff.calibration_button.click()
    grade_all(screen.grading, lambda row: MET)
    screen.grading.submit_button.click()
    assert screen.pages.currentWidget() is screen.reveal
    reveal = screen.reveal
    assert reveal.criteria.rowCount() == screen.reveal.results.reveal.criteria.__len__() > 1
    assert "Cohen's kappa" in reveal.summary.text()
    leanings = {
        reveal.trainers.text(r, 0): reveal.trainers.text(r, 4)
        for r in range(reveal.trainers.rowCount())
    }
    assert leanings == {"Tarek": "Strict", "Huda": "Lenient"}
    screen.compare_button.click()
    assert screen.pages.currentWidget() is screen.comparison
    assert screen.comparison.table.text(0, 0) == "March calibration"
    # Now revealed, the review opens again.
    window.staff.review_attempt(team.attempts[0])
    assert window.screens.currentWidget() is window.staff.review


def test_a_trainee_disputes_and_a_trainer_overturns_from_the_queue(window, store, team):
    attempt = team.attempts[0]
    window.signed_in(team.amal)
    assert not window.staff.disputes_button.isVisible()
    window.show_stored_result(attempt)
    bar = window.dispute_bar
    assert bar.isVisible() and bar.form.isVisible()
    assert "You may dispute until" in bar.window_note.text()
    assert not bar.button.isEnabled()
    missed = [
        i for i in range(bar.criterion.count()) if bar.criterion.itemText(i).startswith("Missed")
    ]
    bar.criterion.setCurrentIndex(missed[0] if missed else 0)
    criterion = bar.criterion.currentData()
    bar.reason.setText("I did close the ticket as a duplicate")
    bar.button.click()
    assert "waiting for a trainer" in bar.history.text()
    assert bar.criterion.findData(criterion) == -1  # once per criterion

    window.signed_in(team.t1)
    window.staff.disputes_button.click()
    queue = window.staff.disputes
    assert window.screens.currentWidget() is queue
    assert queue.table.rowCount() == 1 and queue.table.text(0, 0) == "Amal"
    assert queue.table.text(0, 4) == "Open"
    assert "I did close the ticket" in queue.detail.text()
    assert not queue.overturn_button.isEnabled()
    assert not queue.window_days.isVisible()  # the window is the admin's
    before = store.final_verdict(attempt.id)
    queue.reason.setPlainText("Right: the ticket was closed as a duplicate")
    queue.overturn_button.click()
    assert queue.table.text(0, 4) == "Overturned"
    assert "verdict:" in queue.example.toPlainText()
    assert "Overturned by tarek" in queue.example.toPlainText()
    after = store.final_verdict(attempt.id)
    assert after.status == "override"
    [c] = [c for c in after.criteria if c["id"] == criterion]
    [b] = [c for c in before.criteria if c["id"] == criterion]
    assert c["passed"] is (not b["passed"])
    queue.open_button.click()
    assert window.screens.currentWidget() is window.staff.review
    window.staff.review.back.emit()
    assert window.screens.currentWidget() is queue

    window.signed_in(team.amal)
    window.show_stored_result(attempt)
    history = window.dispute_bar.history.text()
    assert "Overturned by a trainer:" in history and "Right: the ticket" in history


def test_the_admin_sets_the_window_and_a_closed_window_hides_the_form(window, store, team):
    window.signed_in(team.lead)
    window.staff.disputes_button.click()
    queue = window.staff.disputes
    assert queue.window_days.isVisible() and queue.window_days.value() == 7
    queue.window_days.setValue(0)
    queue.save_button_clicked = queue.window_save.click()
    assert store.dispute_window_days() == 0
    window.signed_in(team.amal)
    window.show_stored_result(team.attempts[0])
    bar = window.dispute_bar
    assert bar.isVisible() and not bar.form.isVisible()
    assert "The dispute window closed on" in bar.window_note.text()
    # Someone else's attempt, or a trainer's view: no bar at all.
    window.signed_in(team.t1)
    window.show_stored_result(team.attempts[0])
    assert not window.dispute_bar.isVisible()


def test_the_window_closes_on_the_stores_clock(window, store, team, clock):
    window.signed_in(team.amal)
    clock[0] = T0 + dt.timedelta(days=8)
    window.show_stored_result(team.attempts[0])
    assert not window.dispute_bar.form.isVisible()
    assert "closed on 2026-03-09 09:10 UTC" in window.dispute_bar.window_note.text()


@pytest.mark.slow
def test_the_screens_speak_arabic(window, store, team):
    window.translations.switch("ar", remember=False)
    window.signed_in(team.lead)
    window.staff.calibration_button.click()
    assert window.staff.calibration_button.text() == "المعايرة"
    assert window.staff.calibration.new_button.text() != "New session"
    window.staff.disputes_button.click()
    assert window.staff.disputes.heading.text() == "الاعتراضات"
