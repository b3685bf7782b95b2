"""The admin's people tab: add a person, reset a password, set a language, add to a cohort."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simulator.errors import SimulatorError
from simulator.ui.i18n import LANGUAGES
from simulator.ui.itemmodel import Column, RowTable
from simulator.ui.theme import warn_chip

ROLES = ("trainee", "trainer", "admin")


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PeopleTab(QWidget):
    """Everyone in the store, and the forms that change them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.store: Any = None
        self.everyone: list = []
        # Rows: (person, the names of their cohorts).
        self.table = RowTable(
            [
                Column(lambda: self.tr("Name"), lambda r: r[0].display_name),
                Column(lambda: self.tr("Sign-in name"), lambda r: r[0].name),
                Column(lambda: self.tr("Role"), lambda r: self.role_name(r[0].role)),
                Column(
                    lambda: self.tr("Language"),
                    lambda r: LANGUAGES.get(r[0].language, r[0].language),
                ),
                Column(lambda: self.tr("Cohorts"), lambda r: ", ".join(r[1])),
            ],
            stretch="first",
        )
        self.table.selection_changed.connect(self._update_buttons)

        self._build_add_card()
        self._build_edit_card()

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        side = QVBoxLayout()
        side.addWidget(self.add_card)
        side.addWidget(self.edit_card)
        side.addWidget(self.status)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(side)
        self.add_card.setFixedWidth(400)
        self.edit_card.setFixedWidth(400)
        self.retranslate()

    def _build_add_card(self) -> None:
        """The card that adds a person: name, display name, role, language, password."""
        self.add_card = QFrame()
        self.add_card.setObjectName("card")
        self.add_title = QLabel()
        self.add_title.setObjectName("subtitle")
        self.name = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        self.language = QComboBox()
        self.password = password_field()
        self.add_button = QPushButton()
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add_person)
        self.add_form = QFormLayout()
        self.add_labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.add_labels,
            (self.name, self.display_name, self.role, self.language, self.password),
            strict=True,
        ):
            self.add_form.addRow(label, field)
        av = QVBoxLayout(self.add_card)
        av.addWidget(self.add_title)
        av.addLayout(self.add_form)
        av.addWidget(self.add_button)

    def _build_edit_card(self) -> None:
        """The card for the selected person: a new password, their language, a cohort."""
        self.edit_card = QFrame()
        self.edit_card.setObjectName("card")
        self.edit_title = QLabel()
        self.edit_title.setObjectName("subtitle")
        self.new_password = password_field()
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_password)
        self.set_language_box = QComboBox()
        self.language_button = QPushButton()
        self.language_button.clicked.connect(self.set_language)
        self.cohort_box = QComboBox()
        self.cohort_button = QPushButton()
        self.cohort_button.clicked.connect(self.add_to_cohort)
        ev = QVBoxLayout(self.edit_card)
        ev.addWidget(self.edit_title)
        for field, button in (
            (self.new_password, self.reset_button),
            (self.set_language_box, self.language_button),
            (self.cohort_box, self.cohort_button),
        ):
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(button)
            ev.addLayout(row)

    def set_store(self, store) -> None:
        self.store = store
        self.refresh()

    def refresh(self) -> None:
        """Re-read people and cohorts."""
        if self.store is None:
            return
        members: dict[int, list[str]] = {}
        cohorts = self.store.cohorts()
        for c in cohorts:
            for p in self.store.cohort_summary(c.id, trainees_only=False).people:
                members.setdefault(p.person_id, []).append(c.name)
        selected = self.selected()
        self.everyone = self.store.people()
        self.table.set_rows((p, members.get(p.id, [])) for p in self.everyone)
        self.cohort_box.clear()
        for c in cohorts:
            self.cohort_box.addItem(c.name, c.id)
        if selected is not None:
            self.select(selected.name)
        self._update_buttons()

    def select(self, name: str) -> None:
        for row, p in enumerate(self.everyone):
            if p.name == name:
                self.table.select(row)

    def selected(self):
        row = self.table.selected_row()
        return None if row is None else self.everyone[row]

    # -- actions ----------------------------------------------------------------
    def _run(self, action, done: str) -> bool:
        try:
            action()
        except SimulatorError as exc:
            self.say(str(exc), error=True)
            return False
        self.say(done)
        return True

    def say(self, text: str, error: bool = False) -> None:
        self.status.setObjectName("warnchip" if error else "chip")
        self.status.setStyleSheet("")  # re-polish with the new object name
        self.status.setText(text)
        self.status.show()

    def add_person(self) -> None:
        name = self.name.text().strip()
        password = self.password.text()

        def add() -> None:
            self.store.create_person(
                name,
                self.role.currentData(),
                display_name=self.display_name.text().strip() or None,
                language=self.language.currentData(),
                password=password or None,
            )

        if self._run(add, self.tr("Added {name}.").format(name=name)):
            for field in (self.name, self.display_name, self.password):
                field.clear()
            self.refresh()
            self.select(name)

    def reset_password(self) -> None:
        person = self.selected()
        if person is None:
            return
        password = self.new_password.text()
        done = self.tr("New password set for {name}.").format(name=person.name)
        if self._run(lambda: self.store.set_password(person.name, password), done):
            self.new_password.clear()

    def set_language(self) -> None:
        person = self.selected()
        if person is None:
            return
        language = self.set_language_box.currentData()
        done = self.tr("{name} now uses {language}.").format(
            name=person.name, language=LANGUAGES[language]
        )
        if self._run(lambda: self.store.set_language(person.name, language), done):
            self.refresh()

    def add_to_cohort(self) -> None:
        person = self.selected()
        cohort_id = self.cohort_box.currentData()
        if person is None or cohort_id is None:
            return
        done = self.tr("{name} added to {cohort}.").format(
            name=person.name, cohort=self.cohort_box.currentText()
        )
        if self._run(lambda: self.store.add_to_cohort(cohort_id, person.id), done):
            self.refresh()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.reset_button.setEnabled(chosen)
        self.language_button.setEnabled(chosen)
        self.cohort_button.setEnabled(chosen and self.cohort_box.count() > 0)
        person = self.selected()
        if person is not None:  # start from the person's own language
            self.set_language_box.setCurrentIndex(self.set_language_box.findData(person.language))
        self.edit_title.setText(
            self.tr("Change {name}").format(name=person.display_name)
            if person is not None
            else self.tr("Select a person to change them")
        )

    # -- text -------------------------------------------------------------------
    def role_name(self, role: str) -> str:
        return {
            "trainee": self.tr("Trainee"),
            "trainer": self.tr("Trainer"),
            "admin": self.tr("Admin"),
        }.get(role, role)

    def retranslate(self) -> None:
        self.table.retranslate()
        self.add_title.setText(self.tr("Add a person"))
        for label, text in zip(
            self.add_labels,
            (
                self.tr("Sign-in name"),
                self.tr("Display name"),
                self.tr("Role"),
                self.tr("Language"),
                self.tr("Password"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.name.setPlaceholderText(self.tr("letters, digits, . _ @ -"))
        self.password.setPlaceholderText(self.tr("at least 8 characters"))
        self.new_password.setPlaceholderText(self.tr("New password (at least 8 characters)"))
        self.add_button.setText(self.tr("Add person"))
        self.reset_button.setText(self.tr("Reset password"))
        self.language_button.setText(self.tr("Set language"))
        self.cohort_button.setText(self.tr("Add to cohort"))
        for box in (self.language, self.set_language_box):
            current = box.currentData()
            box.clear()
            for code, name in LANGUAGES.items():
                box.addItem(name, code)
            box.setCurrentIndex(max(0, box.findData(current)))
        current = self.role.currentData()
        self.role.clear()
        for role in ROLES:
            self.role.addItem(self.role_name(role), role)
        self.role.setCurrentIndex(max(0, self.role.findData(current)))
        self.refresh()
        self._update_buttons()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CohortsTab(QWidget):
    """The cohorts and their sizes; create a new one."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.store: Any = None
        # Rows: (cohort, its number of members).
        self.table = RowTable(
            [
                Column(lambda: self.tr("Cohort"), lambda r: r[0].name),
                Column(lambda: self.tr("Members"), lambda r: str(r[1])),
            ],
            stretch="first",
        )
        self.name = QLineEdit()
        self.create_button = QPushButton()
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(self.create_cohort)
        self.status = warn_chip()
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def set_store(self, store) -> None:
        self.store = store
        self.refresh()

    def refresh(self) -> None:
        if self.store is None:
            return
        cohorts = self.store.cohorts()
        self.table.set_rows(
            (c, self.store.cohort_summary(c.id, trainees_only=False).members) for c in cohorts
        )

    def create_cohort(self) -> None:
        name = self.name.text().strip()
        if not name or self.store is None:
            return
        try:
            self.store.create_cohort(name)
        except SimulatorError as exc:
            self.status.setText(str(exc))
            self.status.show()
            return
        self.status.hide()
        self.name.clear()
        self.refresh()

    def retranslate(self) -> None:
        self.table.retranslate()
        self.name.setPlaceholderText(self.tr("New cohort name"))
        self.create_button.setText(self.tr("Create cohort"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
