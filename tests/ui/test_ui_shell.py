"""The app shell: window title, language switch with live retranslation, settings."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from simulator.ui.app import build_window, make_application
from simulator.ui.i18n import saved_language


@pytest.fixture
def window(qtbot, tmp_path):
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "settings"))
    app = make_application()
    win = build_window(SimpleNamespace(library=str(tmp_path / "empty-lib"), database_url=None), app)
    qtbot.addWidget(win)
    yield win
    win.translations.switch("en", remember=False)


def test_window_is_titled_with_the_product_name(window):
    assert window.windowTitle() == "Frontline"
    assert window.top_bar.product.text() == "Frontline"


def test_switching_to_arabic_flips_direction_and_retranslates_at_once(window, qtbot):
    assert window.home.start_button.text() == "Start scenario"
    bar = window.top_bar
    assert bar.language.text() == "العربية"  # names the language it switches to
    qtbot.mouseClick(bar.language, Qt.LeftButton)
    assert bar.language.text() == "English"
    assert QApplication.layoutDirection() == Qt.RightToLeft
    assert window.layoutDirection() == Qt.RightToLeft
    qtbot.waitUntil(lambda: window.home.start_button.text() == "ابدأ السيناريو", timeout=2000)
    assert window.home.tabs.tabText(1) == "سجلّي"
    assert window.home.model.headerData(0, Qt.Horizontal) == "السيناريو"
    assert saved_language() == "ar"
    qtbot.mouseClick(bar.language, Qt.LeftButton)
    assert bar.language.text() == "العربية"
    assert QApplication.layoutDirection() == Qt.LeftToRight
    qtbot.waitUntil(lambda: window.home.start_button.text() == "Start scenario", timeout=2000)
    assert saved_language() == "en"


def test_saved_language_is_used_on_the_next_start(window, qtbot, tmp_path):
    window.top_bar.language.choose("ar")
    again = build_window(
        SimpleNamespace(library=str(tmp_path), database_url=None), QApplication.instance()
    )
    qtbot.addWidget(again)
    assert again.translations.language == "ar"
    assert again.top_bar.language.text() == "English"
    assert again.home.heading.text() == "مكتبة السيناريوهات"


def test_empty_library_shows_an_empty_list(window):
    assert window.home.model.rowCount() == 0
    assert not window.home.start_button.isEnabled()


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_start_shows_the_window_then_opens_the_store_and_library(qtbot, tmp_path, repo):
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "settings"))
    from simulator.ui.app import start

    ready = []
    args = SimpleNamespace(
        library=str(repo / "scenarios"), database_url=f"sqlite:///{tmp_path / 'f.db'}"
    )
    window = start(args, make_application(), on_ready=ready.append)
    qtbot.addWidget(window)
    assert window.isVisible() and window.store is None  # painted before the slow part
    qtbot.waitUntil(lambda: ready == [window], timeout=30000)
    assert window.store.needs_first_admin()
    assert window.screens.currentWidget() is window.signin and window.signin.first_start
    assert window.home.model.rowCount() > 10
    assert window.wellbeing is not None  # the wellbeing hooks are plugged in
