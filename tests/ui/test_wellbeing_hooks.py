"""The wellbeing hooks as the desk uses them, with a real SQLite store."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from simulator.access import AccessError
from simulator.content.model import (
    Attachment,
    Scenario,
    Sensitivity,
)
from simulator.store import open_store
from simulator.ui import hooks
from simulator.ui.wellbeing.break_prompt import BreakDialog
from simulator.ui.wellbeing.briefing import BriefingDialog
from simulator.ui.wellbeing.checkin import CheckInDialog
from simulator.ui.wellbeing.install import WellbeingHooks
from simulator.ui.wellbeing.sensitive_image import SensitiveImage
from simulator.wellbeing.config import WellbeingConfig
from simulator.wellbeing.exposure import Budget
from tests.builders import make_scenario

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)

MEDIA = Attachment(
    id="shot",
    image="assets/scenario-media/placeholder-violence-l3.png",
    alt="synthetic placeholder",
    sensitivity=(Sensitivity("violence", 3),),
)


def scen(sid: str, labels=(), attachments=()) -> Scenario:
    return make_scenario(sid, labels=labels, attachments=attachments)


HARD = scen("hard", (("violence", 2),), (MEDIA,))
MID = scen("mid", (("bullying", 2),))
PLAIN = scen("plain")


class Driver:
    """Plays the trainee in each dialog the hooks open."""

    def __init__(self, rating: int | None = 8) -> None:
        self.seen: list[str] = []
        self.rating = rating
        self.clock = None
        self.clock_paused: bool | None = None

    def __call__(self, dialog) -> int:
        self.seen.append(type(dialog).__name__)
        self.clock_paused = None
        if not isinstance(dialog, QMessageBox):
            dialog.show()  # as exec() would
            self.clock_paused = getattr(self.clock, "paused", None)
        if isinstance(dialog, BriefingDialog):
            for box in dialog.consent_boxes.values():
                box.setChecked(True)
            dialog.buttons["continue"].click()
        elif isinstance(dialog, CheckInDialog):
            if self.rating is None:
                dialog.skip_button.click()
            else:
                dialog.group.button(self.rating).click()
                dialog.save_button.click()
        elif isinstance(dialog, BreakDialog):
            dialog.later_button.click()
        elif isinstance(dialog, QMessageBox):
            self.seen.append(dialog.text())
        return 0


@pytest.fixture
def store(tmp_path):
    s = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    yield s
    s.close()


def make(store, repo, budget=None):
    gate = WellbeingHooks(
        store=store,
        config=WellbeingConfig(budget=budget or Budget()),
        library=lambda: [HARD, MID, PLAIN],
        media_root=repo,
        today=lambda: dt.datetime.now(dt.UTC).date(),
    )
    gate.exec_dialog = Driver()
    return gate


def test_briefing_records_consent_once_then_starts(qtbot, store, repo):
    person = store.create_person("tala", "trainee")
    gate = make(store, repo)
    assert gate.briefing_gate(HARD, person, None)
    assert [(c.category, c.level) for c in store.consents_for(person.id)] == [("violence", 3)]
    assert gate.briefing_gate(HARD, person, None)  # briefed again, consent not asked again
    assert len(store.consents_for(person.id)) == 1
    assert gate.briefing_gate(PLAIN, person, None)
    assert gate.exec_dialog.seen == ["BriefingDialog", "BriefingDialog"]


def test_reveals_are_recorded_in_the_store(qtbot, store, repo):
    person = store.create_person("tala", "trainee")
    gate = make(store, repo)
    gate.briefing_gate(HARD, person, None)
    widget = gate.attachment_widget(MEDIA, None)
    qtbot.addWidget(widget)
    assert isinstance(widget, SensitiveImage) and not widget.is_revealed
    widget.show()
    qtbot.mouseClick(widget.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.blur_button, Qt.MouseButton.LeftButton)
    rows = store.exposures_for(person.id)
    assert [(r.kind, r.category, r.level) for r in rows] == [("reveal", "violence", 3)]


def signed_in(store, name: str, role: str):
    store.create_person(name, role, password=f"{name}-password")
    return store.authenticate(name, f"{name}-password")


def test_after_a_scenario_time_counts_check_in_is_private_and_budget_blocks(qtbot, store, repo):
    person = signed_in(store, "tala", "trainee")
    trainer = signed_in(store, "omar", "trainer")
    gate = make(store, repo, Budget(scenario_min_per_day=20))
    assert gate.briefing_gate(HARD, person, None)
    after = gate.after_scenario(HARD, 25 * 60)
    assert after.offer_check_in and after.break_prompt is not None  # level 3 media
    assert [c.rating for c in store.checkins_for(person, person.id)] == [8]
    with pytest.raises(AccessError, match="only the person who wrote them"):
        store.checkins_for(trainer, person.id)
    assert not gate.briefing_gate(MID, person, None)
    assert gate.suggested is not None and gate.suggested.id == "plain"
    assert any("used up" in s for s in gate.exec_dialog.seen)
    assert gate.briefing_gate(PLAIN, person, None)


def test_pause_support_control_pauses_the_desk_controller(qtbot, store, repo):
    class Controller:
        paused = False

        def pause(self):
            self.paused = True

        def resume(self):
            self.paused = False

    desk = QWidget()
    qtbot.addWidget(desk)
    desk.controller = Controller()
    button = make(store, repo).support_control(desk)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert desk.controller.paused
    qtbot.mouseClick(button.panel.resume_button, Qt.MouseButton.LeftButton)
    assert not desk.controller.paused


def test_install_registers_the_hooks(qtbot, store, repo):
    saved = (hooks.attachment_widget, hooks.briefing_gate, hooks.support_control)
    gate = make(store, repo)
    try:
        gate.install()
        assert hooks.briefing_gate == gate.briefing_gate
        assert hooks.attachment_widget == gate.attachment_widget
    finally:
        hooks.install(*saved)


def test_settings_save_preferences_withdraw_consent_and_weekly_answer(qtbot, store, repo):
    from simulator.store import wellbeing_records as records
    from simulator.ui.wellbeing.settings_dialog import WellbeingSettingsDialog

    person = signed_in(store, "tala", "trainee")
    gate = make(store, repo)
    assert gate.briefing_gate(HARD, person, None)  # consents to violence
    dialog = WellbeingSettingsDialog(store, person, gate.config)
    qtbot.addWidget(dialog)
    dialog.form.blur.setValue(5)
    dialog.withdraw("violence")
    assert store.consents_for(person.id, active_only=True) == []
    store.add_checkin(person.id, stress=4)  # last week
    dialog.weekly.button(5).click()
    assert dialog.weekly_support.isVisibleTo(dialog)
    dialog.weekly.button(1).click()  # only one answer per opening
    assert [c.stress for c in records.my_check_ins(store, person)] == [4, 5]
    dialog._save()
    assert records.load_preferences(store, person.id).blur_level == 5
    gate.exec_dialog = Driver()
    assert gate.briefing_gate(HARD, person, None)
    assert len(store.consents_for(person.id, active_only=True)) == 1  # asked again


def test_exam_timer_stops_during_briefing_and_reveals_close_when_moving_on(qtbot, store, repo):
    from simulator.clock import SimulatedClock
    from simulator.wellbeing.breaks import WellbeingClock

    person = store.create_person("tala", "trainee")
    gate = make(store, repo)
    base = SimulatedClock()
    gate.exam_clock = gate.exec_dialog.clock = WellbeingClock(base)
    assert gate.briefing_gate(HARD, person, None)
    assert gate.exec_dialog.clock_paused is True  # paused while the briefing was open
    assert not gate.exam_clock.paused  # and running again after
    widget = gate.attachment_widget(MEDIA, None)
    widget.reveal()
    widget.deleteLater()  # the desk drops the widget without hiding it
    gate.after_scenario(HARD, 60)
    assert [r.kind for r in store.exposures_for(person.id)].count("reveal") == 1
