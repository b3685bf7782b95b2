"""Admin screens against a real SQLite store: people, cohorts, the wellbeing limits file."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings

from simulator.ui.app import build_window, make_application
from simulator.wellbeing.config import load_config

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def admin_screen(qtbot, tmp_path, store):
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "settings"))
    app = make_application()
    args = SimpleNamespace(library=str(tmp_path / "empty"), database_url=None)
    win = build_window(args, app, store=store, library=([], {}, []))
    qtbot.addWidget(win)
    win.show()
    admin = store.create_person("root", "admin", display_name="Rana", password="correct horse")
    win.signed_in(admin)
    assert win.staff.admin_button.isVisible() and win.staff.cohorts_button.isVisible()
    win.staff.admin_button.click()
    assert win.screens.currentWidget() is win.staff.admin
    return win.staff.admin


def test_admin_adds_a_cohort_and_a_person_with_a_password(admin_screen, store):
    cohorts = admin_screen.cohorts
    cohorts.name.setText("Cairo April")
    cohorts.create_button.click()
    assert [c.name for c in store.cohorts()] == ["Cairo April"]
    assert cohorts.table.text(0, 0) == "Cairo April"

    tab = admin_screen.people
    tab.refresh()
    tab.name.setText("layla")
    tab.display_name.setText("ليلى")
    tab.role.setCurrentIndex(tab.role.findData("trainer"))
    tab.language.setCurrentIndex(tab.language.findData("ar"))
    tab.password.setText("long enough pw")
    tab.add_button.click()
    layla = store.person("layla")
    assert (layla.role, layla.language, layla.display_name) == ("trainer", "ar", "ليلى")
    assert store.authenticate("layla", "long enough pw") is not None
    assert tab.selected().name == "layla"
    assert "Added layla." in tab.status.text()

    tab.cohort_box.setCurrentIndex(tab.cohort_box.findText("Cairo April"))
    tab.cohort_button.click()
    cohort = store.cohorts()[0]
    members = store.cohort_summary(cohort.id, trainees_only=False).people
    assert [p.name for p in members] == ["layla"]
    row = [p.name for p in tab.everyone].index("layla")
    assert tab.table.text(row, 4) == "Cairo April"

    tab.new_password.setText("another password")
    tab.reset_button.click()
    assert store.authenticate("layla", "another password") is not None
    assert store.authenticate("layla", "long enough pw") is None

    tab.set_language_box.setCurrentIndex(tab.set_language_box.findData("en"))
    tab.language_button.click()
    assert store.person("layla").language == "en"


def test_admin_errors_are_one_line_and_change_nothing(admin_screen, store):
    tab = admin_screen.people
    tab.name.setText("has space")
    tab.add_button.click()
    assert "a name uses 1-80 letters" in tab.status.text()
    tab.name.setText("sami")
    tab.password.setText("short")
    tab.add_button.click()
    assert "at least 8 characters" in tab.status.text()
    assert store.person("sami") is None
    assert "\n" not in tab.status.text()


def test_admin_wellbeing_limits_are_saved_and_loaded_by_the_wellbeing_package(admin_screen):
    limits = admin_screen.limits
    limits.min_blur.setValue(3)
    limits.default_blur.setValue(2)  # below the minimum: clamped up by the package
    limits.greyscale.setChecked(True)
    limits.scenario_budget.setValue(30)
    limits.support_en.setPlainText("Call the EAP on 800 123.")
    limits.support_ar.setPlainText("اتصل ببرنامج المساعدة على 800 123.")
    assert limits.save()
    config = load_config()
    assert config.limits.min_blur_level == 3
    assert config.limits.default_blur_level == 3
    assert config.limits.require_greyscale
    assert config.budget.scenario_min_per_day == 30
    assert [(s.en, s.ar) for s in config.support] == [
        ("Call the EAP on 800 123.", "اتصل ببرنامج المساعدة على 800 123.")
    ]
    assert limits.default_blur.value() == 3  # the form shows what was kept
    limits.support_ar.setPlainText("")
    assert not limits.save()
    assert "in English and in Arabic" in limits.status.text()
    assert load_config().support == config.support


def test_a_trainer_gets_no_admin_entry(qtbot, tmp_path, store):
    app = make_application()
    args = SimpleNamespace(library=str(tmp_path / "empty"), database_url=None)
    win = build_window(args, app, store=store, library=([], {}, []))
    qtbot.addWidget(win)
    win.show()
    win.signed_in(store.create_person("tarek", "trainer"))
    assert win.staff.cohorts_button.isVisible()
    assert not win.staff.admin_button.isVisible()
    win.staff.show_admin()
    assert win.staff._admin is None  # never built for a trainer
    assert win.screens.currentWidget() is win.home


def test_config_file_path_is_in_the_data_folder(admin_screen):
    assert admin_screen.limits.save()
    from simulator.wellbeing.config import config_path

    assert Path(config_path()).exists()
