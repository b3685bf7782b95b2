"""The trainee's wellbeing settings: media preferences, consents (withdraw any), weekly check-in."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simulator.access import AccessError
from simulator.store import wellbeing_records as records
from simulator.ui.wellbeing.i18n import wtr
from simulator.ui.wellbeing.labels import category_name, level_name
from simulator.ui.wellbeing.preferences import PreferencesForm
from simulator.ui.wellbeing.support import PausedDialog, support_labels
from simulator.wellbeing.checkin import weekly_support_prompt
from simulator.wellbeing.config import WellbeingConfig


class WellbeingSettingsDialog(PausedDialog):
    """Saves preferences on OK; withdraws a consent at once; the weekly answer is optional."""

    def __init__(
        self,
        store: Any,
        person: Any,
        config: WellbeingConfig,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(None, "support", parent)
        self.store = store
        self.person = person
        self.config = config
        self.language = language
        self.setWindowTitle(wtr("Wellbeing settings"))
        layout = QVBoxLayout(self)

        self.form = PreferencesForm(config.limits, records.load_preferences(store, person.id), self)
        layout.addWidget(self.form)

        self.consent_box = QGroupBox(wtr("Consents you have given"), self)
        self.consent_layout = QVBoxLayout(self.consent_box)
        layout.addWidget(self.consent_box)
        self._fill_consents()

        weekly = QGroupBox(wtr("This week (optional)"), self)
        weekly_layout = QVBoxLayout(weekly)
        question = QLabel(wtr("How stressed have you felt this week? 1 = not at all, 5 = very."))
        question.setWordWrap(True)
        weekly_layout.addWidget(question)
        row = QHBoxLayout()
        self.weekly = QButtonGroup(self)
        for value in range(1, 6):
            button = QPushButton(str(value), weekly)
            button.setCheckable(True)
            self.weekly.addButton(button, value)
            row.addWidget(button)
        weekly_layout.addLayout(row)
        self.weekly_support = QWidget(weekly)
        support_layout = QVBoxLayout(self.weekly_support)
        support_layout.setContentsMargins(0, 0, 0, 0)
        support_layout.addWidget(
            QLabel(wtr("You have felt stressed for a while. Support is here:"), self.weekly_support)
        )
        for label in support_labels(config.support, language, self.weekly_support):
            support_layout.addWidget(label)
        self.weekly_support.setVisible(False)
        weekly_layout.addWidget(self.weekly_support)
        layout.addWidget(weekly)
        self.weekly.idClicked.connect(self._weekly_answered)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _fill_consents(self) -> None:
        while self.consent_layout.count():
            item = self.consent_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        active = self.store.consents_for(self.person.id, active_only=True)
        if not active:
            self.consent_layout.addWidget(QLabel(wtr("None."), self.consent_box))
        self.withdraw_buttons: dict[str, QPushButton] = {}
        for consent in active:
            row = QWidget(self.consent_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = wtr("{category}, {level}").format(
                category=category_name(consent.category), level=level_name(consent.level)
            )
            line.addWidget(QLabel(text, row), 1)
            button = QPushButton(wtr("Withdraw"), row)
            button.clicked.connect(lambda _=False, c=consent.category: self.withdraw(c))
            self.withdraw_buttons[consent.category] = button
            line.addWidget(button)
            self.consent_layout.addWidget(row)

    def withdraw(self, category: str) -> None:
        """Withdraw consent to ``category`` now (it will be asked again before such a scenario)."""
        records.withdraw_consent(self.store, self.person.id, category)
        self._fill_consents()

    def _weekly_answered(self, value: int) -> None:
        """Record the answer once per opening (private to the trainee), then maybe offer support."""
        for button in self.weekly.buttons():
            button.setEnabled(False)
        self.store.add_checkin(self.person.id, stress=value)
        try:  # check-ins are read by their signed-in writer only (simulator.access)
            mine = records.my_check_ins(self.store, self.person)
        except AccessError:
            mine = []
        history = [c.stress for c in mine if c.stress]
        self.weekly_support.setVisible(weekly_support_prompt(history))

    def _save(self) -> None:
        records.save_preferences(self.store, self.person.id, self.form.preferences())
        self.accept()
