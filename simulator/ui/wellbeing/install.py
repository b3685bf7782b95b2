"""Plug the wellbeing gate into the desk through ``simulator.ui.hooks``.

At start-up::

    from simulator.ui.wellbeing.install import WellbeingHooks
    gate = WellbeingHooks(store=store, language=lambda: translations.language,
                          library=lambda: list(window.scenarios.values()))
    gate.install()                       # attachments, briefing, pause/support control
    ...
    gate.after_scenario(scenario, seconds, parent)   # when an attempt ends

The hooks keep no rule of their own: every decision comes from ``simulator.wellbeing``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from simulator.content.model import Attachment, Scenario
from simulator.paths import project_root
from simulator.store import wellbeing_records as records
from simulator.ui import hooks
from simulator.ui.wellbeing import i18n
from simulator.ui.wellbeing.break_prompt import BreakDialog
from simulator.ui.wellbeing.briefing import BriefingDialog
from simulator.ui.wellbeing.checkin import CheckInDialog
from simulator.ui.wellbeing.i18n import wtr
from simulator.ui.wellbeing.sensitive_image import SensitiveImage, load_attachment_image
from simulator.ui.wellbeing.settings_dialog import WellbeingSettingsDialog
from simulator.ui.wellbeing.support import PauseSupportButton
from simulator.wellbeing.config import WellbeingConfig, load_config
from simulator.wellbeing.exposure import ExposureLedger
from simulator.wellbeing.flow import AfterScenario, Gate
from simulator.wellbeing.gate import Mode, presentation_for, scenario_level
from simulator.wellbeing.reveals import Reveal, RevealLog
from simulator.wellbeing.settings import TraineePreferences


def _exec(dialog: Any) -> int:
    return dialog.exec()


class WellbeingHooks:
    """The desk's wellbeing hooks for one app: attachments, briefings, pause/support."""

    def __init__(
        self,
        store: Any = None,
        config: WellbeingConfig | None = None,
        language: Callable[[], str] = lambda: "en",
        library: Callable[[], Sequence[Scenario]] = lambda: (),
        mode: Mode = "practice",
        media_root: Any = None,
        today: Callable[[], dt.date] = lambda: dt.datetime.now(dt.UTC).date(),
    ) -> None:
        self.store = store
        self.config = config or load_config()
        self.language = language
        self.library = library
        self.mode: Mode = mode
        self.media_root = media_root or project_root()
        self.today = today
        self.person: Any = None
        # In an exam, the exam timer (a WellbeingClock or anything with pause/resume):
        # briefings, check-ins and breaks stop it while they are open.
        self.exam_clock: Any = None
        self.reveals = RevealLog()
        self.suggested: Scenario | None = None  # the alternative the trainee asked for
        self.exec_dialog: Callable[[Any], int] = _exec  # tests drive dialogs through this
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._last_prompt_s: float | None = None
        self._since_break = QElapsedTimer()
        self._since_break.start()

    # -- state from the store ------------------------------------------------------
    def gate(self) -> Gate:
        """A fresh Gate from the store (or defaults when there is no store or person)."""
        if self.store is None or self.person is None:
            return Gate(
                self.config, TraineePreferences(), {}, ExposureLedger(self.today()), self.mode
            )
        pid = self.person.id
        return Gate(
            self.config,
            records.load_preferences(self.store, pid),
            records.consent_state(self.store, pid),
            records.ledger_for(self.store, pid, self.today()),
            self.mode,
        )

    def _now_s(self) -> float:
        return self._elapsed.elapsed() / 1000.0

    # -- hooks -----------------------------------------------------------------------
    def attachment_widget(self, attachment: Attachment, parent: QWidget | None) -> QWidget:
        """A SensitiveImage that obeys the policy; reveals go to the log and the store."""
        gate = self.gate()
        p = presentation_for(attachment, gate.settings)
        image = load_attachment_image(attachment, self.media_root, p.blocked)
        widget = SensitiveImage(attachment, image, p, gate.settings.auto_hide_s, parent=parent)
        widget.revealed.connect(lambda _id: self.reveals.reveal(attachment, self._now_s()))
        widget.hidden.connect(lambda att_id, _s: self._hidden(att_id))
        return widget

    def _hidden(self, attachment_id: str) -> None:
        self._record(self.reveals.hide(attachment_id, self._now_s()))

    def _record(self, reveal: Reveal | None) -> None:
        if reveal is not None and self.store is not None and self.person is not None:
            records.record_reveal(self.store, self.person.id, reveal)

    def _close_reveals(self) -> None:
        """Close reveals whose widget went away without a hide (the scenario moved on)."""
        for reveal in self.reveals.hide_all(self._now_s()):
            self._record(reveal)

    def briefing_gate(self, scenario: Scenario, person: Any, parent: QWidget | None) -> bool:
        """True when ``scenario`` may start: allowed, and any briefing was accepted."""
        self._close_reveals()
        self.person = person
        self.suggested = None
        before = self.gate().before(scenario, self.library())
        if not before.decision.allowed:
            self.suggested = before.alternative
            reason = {
                "budget-spent": wtr(
                    "Today's time with sensitive scenarios is used up. "
                    "Practise ordinary cases now; the budget resets tomorrow."
                ),
                "consent-withdrawn": wtr(
                    "You withdrew consent for this category, so it will not start."
                ),
            }.get(before.decision.reason, "")
            box = QMessageBox(QMessageBox.Icon.NoIcon, wtr("Not now"), reason, parent=parent)
            self.exec_dialog(box)
            return False
        if before.briefing is None:
            return True
        dialog = BriefingDialog(
            before.briefing,
            self.config.support,
            self.language(),
            clock=self.exam_clock,
            title=scenario.title,
            parent=parent,
        )
        self.exec_dialog(dialog)
        if self.store is not None and person is not None and dialog.consented:
            records.record_consents(self.store, person.id, before.briefing, dialog.consented)
        if dialog.choice == "alternative":
            self.suggested = before.alternative
        return dialog.choice == "continue"

    def support_control(self, parent: QWidget | None) -> QWidget:
        """The always-visible Pause / support button; it pauses the desk's controller.
        It asks for the language when its panel opens (the callable, not today's value):
        the desk keeps its button across a live language switch."""
        return PauseSupportButton(
            self.config.support,
            self.language,
            clock=lambda: getattr(parent, "controller", None),
            parent=parent,
        )

    def after_scenario(
        self, scenario: Scenario, seconds: float, parent: QWidget | None = None
    ) -> AfterScenario:
        """Record the scenario's time, then offer a check-in and a break as the policy says."""
        self._close_reveals()
        gate = self.gate()
        if self.store is not None and self.person is not None and scenario_level(scenario) > 0:
            records.record_scenario_time(self.store, self.person.id, scenario, seconds)
        since = self._since_break.elapsed() / 1000.0
        gap = None if self._last_prompt_s is None else self._now_s() - self._last_prompt_s
        after = gate.after(scenario, seconds, self.today(), since, gap)
        if after.offer_check_in:
            check = CheckInDialog(
                self.config.support, self.language(), clock=self.exam_clock, parent=parent
            )
            self.exec_dialog(check)
            if check.rating is not None and self.store is not None and self.person is not None:
                records.save_check_in(self.store, self.person.id, check.rating)
        if after.break_prompt is not None:
            self._last_prompt_s = self._now_s()
            dialog = BreakDialog(
                after.break_prompt,
                self.config.support,
                self.language(),
                clock=self.exam_clock,
                parent=parent,
            )
            self.exec_dialog(dialog)
            if dialog.taken:
                self._since_break.restart()
        return after

    def open_settings(self, parent: QWidget | None = None) -> int:
        """The trainee's wellbeing settings (needs a store and a signed-in person)."""
        if self.store is None or self.person is None:
            return 0
        dialog = WellbeingSettingsDialog(
            self.store, self.person, self.config, self.language(), parent=parent
        )
        return self.exec_dialog(dialog)

    def install(self, app: QApplication | None = None) -> None:
        """Register the hooks with the desk and load the wellbeing translations."""
        hooks.install(
            attachments=self.attachment_widget,
            briefing=self.briefing_gate,
            support=self.support_control,
        )
        app = app or QApplication.instance()  # type: ignore[assignment]
        if app is not None:
            i18n.install(app, self.language())
