"""The wellbeing screens' own translations: complete and used at run time (that the
committed files are current is tests/ui/test_ui_translations.py's job, for every catalogue)."""

from __future__ import annotations

import ast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from simulator.content.model import LocalText
from simulator.paths import project_root
from simulator.ui.i18n import Translations
from simulator.ui.wellbeing import i18n
from simulator.ui.wellbeing.briefing import BriefingDialog
from simulator.ui.wellbeing.strings_ar import ARABIC
from simulator.wellbeing.gate import Briefing, BriefingItem

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def used_strings() -> set[str]:
    """Every literal passed to wtr() in simulator/ui/wellbeing."""
    found: set[str] = set()
    for path in (project_root() / "simulator" / "ui" / "wellbeing").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "wtr":
                arg = node.args[0]
                assert isinstance(arg, ast.Constant), (
                    f"{path.name}:{node.lineno}: wtr needs a literal"
                )
                found.add(arg.value)
    return found


def test_every_string_has_arabic_and_no_stale_entries():
    used = used_strings()
    assert used - set(ARABIC) == set(), "strings without Arabic"
    assert set(ARABIC) - used == set(), "Arabic for strings no longer used"
    for source, text in ARABIC.items():
        if source.strip(" ;"):
            assert any("\u0600" <= ch <= "\u06ff" for ch in text), source
        for part in source.split("{")[1:]:
            assert "{" + part.split("}")[0] + "}" in text, source


def test_briefing_in_arabic_right_to_left(qtbot):
    """As in the app: both catalogues installed (the categories' names are the app's,
    simulator.ui.labels, translated once for every screen)."""
    app = QApplication.instance()
    app_language = Translations(app)
    app_language.switch("ar", remember=False)
    assert i18n.install(app, "ar")
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        briefing = Briefing(
            "s",
            (BriefingItem("self-harm", 2, ("text",)),),
            ("self-harm",),
            ("continue", "postpone", "alternative"),
        )
        dialog = BriefingDialog(briefing, (LocalText(en="EAP", ar="برنامج المساعدة"),), "ar")
        qtbot.addWidget(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel)]
        assert "يتضمن هذا السيناريو:" in texts
        assert any("إيذاء النفس" in t and "المستوى 2" in t for t in texts)
        assert "برنامج المساعدة" in texts
        assert dialog.buttons["continue"].text() == "متابعة"
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        i18n.install(app, "en")
        app_language.switch("en", remember=False)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
