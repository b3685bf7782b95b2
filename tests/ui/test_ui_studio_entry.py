"""The studio is reachable from the top bar by trainers and admins only, opens on the
app's library, and speaks Arabic."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings

from simulator.clock import ManualClock
from simulator.ui.app import build_window, load_library, make_application

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, tmp_path, store):
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "settings"))
    shutil.copytree(REPO / "tests" / "core" / "content" / "data", tmp_path / "repo")
    lib = tmp_path / "repo" / "library"
    app = make_application()
    args = SimpleNamespace(library=str(lib), database_url=None)
    win = build_window(args, app, store=store, clock_factory=ManualClock, library=load_library(lib))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.translations.switch("en", remember=False)


@pytest.mark.parametrize("role", ["trainer", "admin"])
def test_trainers_and_admins_open_the_studio_on_the_apps_library(window, store, role):
    person = store.create_person("nadia", role, display_name="Nadia", password="pw-long-enough")
    window.signed_in(person)
    assert window.staff.studio_button.isVisible()
    window.staff.studio_button.click()
    studio = window.staff.studio
    assert window.screens.currentWidget() is studio
    assert studio.root == window.library_root
    ids = [studio.tree.topLevelItem(1).child(i).text(0) for i in range(1)]
    assert ids == ["hacked-account-email-ar"]


def test_a_trainee_gets_no_studio_even_when_called_directly(window, store):
    trainee = store.create_person("amal", "trainee", display_name="Amal", password="pw-long-enough")
    window.signed_in(trainee)
    assert not window.staff.studio_button.isVisible()
    window.staff.show_studio()
    assert window.screens.currentWidget() is window.home
    assert window.staff._studio is None  # not even built


def test_the_studio_in_arabic(window, store, qtbot):
    person = store.create_person(
        "nadia", "trainer", display_name="Nadia", password="pw-long-enough"
    )
    window.signed_in(person)
    window.staff.studio_button.click()
    studio = window.staff.studio
    window.top_bar.language.choose("ar")
    qtbot.waitUntil(lambda: studio.play_button.text() == "جرّب الآن", timeout=2000)
    assert window.staff.studio_button.text() == "الاستوديو"
    assert studio.tabs.tabText(0) == "المشكلات"
    assert studio.tree.topLevelItem(1).text(0) == "السيناريوهات"
    studio.open_file(window.library_root / "ar" / "hacked-account-email-ar.yaml")
    assert studio.status.text() == "لا مشكلات."
    # YAML stays left to right in the Arabic interface; an Arabic line reads right to left.
    from PySide6.QtCore import Qt

    assert studio.editor.layoutDirection() == Qt.LeftToRight
    doc = studio.editor.document()
    doc.setPlainText(doc.toPlainText() + "# تعليق بالعربية\n")
    last = doc.findBlockByNumber(doc.blockCount() - 2)
    assert last.text() == "# تعليق بالعربية"
    assert last.textDirection() == Qt.RightToLeft
    assert doc.findBlockByNumber(0).textDirection() == Qt.LeftToRight
