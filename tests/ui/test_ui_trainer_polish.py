"""Trainee screens in Arabic: channel names, readable criterion ids, translated refusals
and account-card labels (the engine's codes, not its English text)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFormLayout, QLabel

from simulator.clock import SimulatedClock
from simulator.content.model import SOP, Action, Event, LocalText, Rubric, Scenario, Thread
from simulator.engine import Session
from simulator.ui.app import make_application
from simulator.ui.desk.toolpanel import ToolPanel
from simulator.ui.i18n import Translations
from simulator.ui.results import ResultsScreen


@pytest.fixture
def arabic(qtbot, tmp_path):
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "settings"))
    translations = Translations(make_application())
    translations.switch("ar", remember=False)
    yield translations
    translations.switch("en", remember=False)


def texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_results_in_arabic_name_channels_and_humanise_untitled_criteria(arabic, qtbot):
    screen = ResultsScreen()
    qtbot.addWidget(screen)
    result = {
        "grade": {
            "score": 50,
            "passed": False,
            "pass_mark": 80,
            "criteria": [{"id": "looked-up", "passed": True, "weight": 1, "evidence": {}}],
        },
        "transcript": [{"at_s": 0, "thread": "email", "from": "user", "text": "hi"}],
        "metrics": {"threads": {"email": {"first_response_s": 30, "handle_s": 60}}},
        "actions": [],
    }
    screen.show_result("T", result)
    shown = texts(screen)
    assert any("البريد الإلكتروني" in t for t in shown)
    assert not any(t.endswith(" email") for t in shown)
    assert screen.criteria.data(screen.criteria.index(0, 1)) == "Looked up"
    assert "البريد الإلكتروني" in screen.replay.toPlainText()


def test_refusals_and_card_labels_in_arabic(arabic, qtbot):
    sop = SOP(id="s", version=1, title=LocalText("S", "س"), teams=("security",))
    scenario = Scenario(
        id="t",
        language="en",
        title="T",
        sop="s",
        difficulty=1,
        threads=(Thread("email", "email"), Thread("chat", "chat")),
        timeline=(Event("email", "hi", at_s=0),),
        rubric=Rubric(80, ()),
        time_limit_s=600.0,
    )
    session = Session(
        scenario, sop, seed=1, clock=SimulatedClock(), persona={"phone_number": "+20 100"}
    )
    session.advance()
    panel = ToolPanel()
    qtbot.addWidget(panel)
    refused = session.act(Action("escalate", "payments"))
    panel.show_outcome("escalate", "payments", refused)
    assert panel.outcome.text().startswith("لا يمكن تصعيد هذه الحالة إلى payments")
    refused = session.act(Action("resolve", thread="chat"))
    panel.show_outcome("resolve", None, refused)
    assert panel.outcome.text() == "لا شيء لحلّه في محادثة: لم تصل رسالة بعد"
    found = session.act(Action("lookup"))
    panel.show_outcome("lookup", None, found)
    role = QFormLayout.ItemRole.LabelRole
    form = panel.card_form
    labels = [form.itemAt(i, role).widget().text() for i in range(form.rowCount())]
    assert "الهاتف" in labels
    assert not any("phone" in t.lower() for t in labels)
