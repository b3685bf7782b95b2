"""The cohort dashboard from the trainer's top bar and from the Cohorts screen, in a real
window over a real SQLite store (the report itself: tests of simulator.reports)."""

from __future__ import annotations

import importlib.util

import pytest

from tests.ui import test_ui_trainer as base

# The trainer screens' fixtures (a played session, a cohort of three trainees with a
# trainer, the app's window); the library and store are tests/ui/conftest.py's.
played = base.played
cohort = base.cohort
window = base.window

# The offscreen platform's note on every new top-level window (charts and date popups).
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
QUERIES = importlib.util.find_spec("simulator.reports.queries") is not None


def test_reports_is_for_staff_and_opens_the_dashboard_of_the_cohort(window, cohort, store):
    trainee = store.create_person("zaid", "trainee", password="pw-trainee-1")
    window.signed_in(store.authenticate("zaid", "pw-trainee-1") or trainee)
    assert not window.staff.reports_button.isVisible()
    window.signed_in(cohort.trainer)
    assert window.staff.reports_button.isVisible()
    assert window.staff.reports_button.text() == "Reports"
    window.staff.cohorts_button.click()
    screen = window.staff.cohorts
    screen.select_cohort(cohort.cohort.id)
    assert screen.dashboard_button.text() == "Dashboard"
    screen.dashboard_button.click()
    dashboard = window.staff.dashboard
    assert window.screens.currentWidget() is dashboard
    assert dashboard.cohort_box.currentData() == cohort.cohort.id
    assert dashboard.cohort_box.currentText() == "Riyadh March"
    if QUERIES:  # connected to the core's report queries
        assert dashboard.report is not None
        assert dashboard.report.members == 3
    else:
        assert dashboard.nothing.text() == "Reports are not available in this build."
    dashboard.back_button.click()
    assert window.screens.currentWidget() is screen
    window.staff.reports_button.click()
    assert window.screens.currentWidget() is dashboard
