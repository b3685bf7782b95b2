"""The customer context panel: who the user is, the account's state in the back office,
the actions this case's back office offers, the user's past tickets, and internal notes.

Always visible at the top of the tool panel (Zendesk's and Freshdesk's customer side
bar). The state is the session's (``Session.state``): an ``update`` action changes it and
the panel shows the new value, marked as changed; a resumed attempt shows it as it was.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simulator.ui.text import humanise

NOTE_HEIGHT_PX = 54


class CustomerPanel(QFrame):
    """Emits ``action_requested("update", action_id)`` and ``("note", text)``."""

    action_requested = Signal(str, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel()
        self.title.setObjectName("subtitle")
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_title = QLabel()
        self.state_title.setObjectName("muted")
        self.state_view = QLabel()
        self.state_view.setTextFormat(Qt.TextFormat.RichText)
        self.state_view.setWordWrap(True)
        self.changed_keys: list[str] = []
        self.buttons_box = QWidget()
        self.buttons = QGridLayout(self.buttons_box)
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.tickets_title = QLabel()
        self.tickets_title.setObjectName("muted")
        self.tickets = QLabel()
        self.tickets.setWordWrap(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(NOTE_HEIGHT_PX)
        self.note_edit.setTabChangesFocus(True)
        self.note_button = QPushButton()
        self.note_button.clicked.connect(self._note)
        note_row = QVBoxLayout()
        note_row.addWidget(self.note_edit)
        note_row.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignTrailing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.who)
        layout.addWidget(self.state_title)
        layout.addWidget(self.state_view)
        layout.addWidget(self.buttons_box)
        layout.addWidget(self.tickets_title)
        layout.addWidget(self.tickets)
        layout.addLayout(note_row)
        self._office = None
        self._values: dict[str, str] = {}
        self._start: dict[str, str] = {}
        self._state: dict[str, str] = {}
        self.action_buttons: dict[str, QPushButton] = {}
        self.retranslate()

    # -- the case ---------------------------------------------------------------
    def set_case(self, scenario, values, state) -> None:
        """Show ``scenario``'s customer (persona ``values``) and the account ``state``."""
        self._office = scenario.back_office
        self._values = dict(values)
        self._start = dict(self._office.state) if self._office is not None else {}
        self._state = dict(state)
        self.note_edit.clear()
        self._fill()

    def show_state(self, state) -> None:
        self._state = dict(state)
        self._fill_state()

    def _language(self) -> str:
        return "ar" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "en"

    def _fill(self) -> None:
        v = self._values
        lines = [v.get("name", "")]
        if v.get("username"):
            lines.append("@" + v["username"])
        if v.get("email"):
            lines.append(v["email"])
        self.who.setText("\n".join(x for x in lines if x) or self.tr("No customer details"))
        self._fill_state()
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.action_buttons = {}
        actions: Sequence[Any] = self._office.actions if self._office is not None else ()
        for i, action in enumerate(actions):
            button = QPushButton(action.label.get(self._language()))
            button.setToolTip(
                ", ".join(f"{self.key_name(k)} → {x}" for k, x in action.sets.items())
            )
            button.clicked.connect(
                lambda _=False, a=action.id: self.action_requested.emit("update", a)
            )
            self.buttons.addWidget(button, i, 0)
            self.action_buttons[action.id] = button
        self.buttons_box.setVisible(bool(actions))
        tickets: Sequence[Any] = self._office.past_tickets if self._office is not None else ()
        self.tickets_title.setVisible(bool(tickets))
        self.tickets.setVisible(bool(tickets))
        self.tickets.setText(
            "\n".join(
                "• " + " · ".join(x for x in (t.subject, self.status_name(t.status), t.date) if x)
                for t in tickets
            )
        )

    def _fill_state(self) -> None:
        # One rich-text table: rows wrap to their full height (word-wrapped labels in a
        # form layout are cut short).
        rows = []
        self.changed_keys = []
        for key, value in self._state.items():
            changed = self._start.get(key) != value
            shown = html.escape(value)
            if changed:
                self.changed_keys.append(key)
                shown = f"<b style='color:#0f766e;'>{shown} ●</b>"
            rows.append(
                f"<tr><td style='color:#6b7280; padding:1px 8px 1px 0;'>"
                f"{html.escape(self.key_name(key))}</td>"
                f"<td style='padding:1px 0;'>{shown}</td></tr>"
            )
        self.state_view.setText(f"<table width='100%'>{''.join(rows)}</table>")
        self.state_view.setVisible(bool(self._state))
        self.state_title.setVisible(bool(self._state))

    def action_label(self, action_id: str) -> str:
        """A back-office action's label in the interface language."""
        if self._office is None:
            return action_id
        try:
            return self._office.action(action_id).label.get(self._language())
        except KeyError:
            return action_id

    def _note(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if text:
            self.action_requested.emit("note", text)

    def note_added(self) -> None:
        self.note_edit.clear()

    # -- text -------------------------------------------------------------------
    def key_name(self, key: str) -> str:
        names = {
            "status": self.tr("Account status"),
            "two_step": self.tr("2-step verification"),
            "sessions": self.tr("Signed-in sessions"),
            "refund": self.tr("Refund"),
            "report": self.tr("Report"),
            "content": self.tr("Reported content"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "age_check": self.tr("Age check"),
            "coins": self.tr("Coins"),
            "password": self.tr("Password"),
            "recovery_email": self.tr("Recovery e-mail"),
            "profile": self.tr("Profile"),
            "order": self.tr("Order"),
            "order_1": self.tr("First order"),
            "order_2": self.tr("Second order"),
            "purchases": self.tr("Purchases"),
            "payments_review": self.tr("Payments review"),
            "coin_purchases": self.tr("Coin purchases"),
            "purchase_confirmation": self.tr("Purchase confirmation"),
            "reported_video": self.tr("Reported video"),
            "reported_account": self.tr("Reported account"),
            "law_enforcement_referral": self.tr("Law-enforcement referral"),
        }
        return names.get(key, humanise(key))

    def status_name(self, status: str) -> str:
        return {
            "open": self.tr("Open"),
            "pending": self.tr("Pending"),
            "on-hold": self.tr("On hold"),
            "solved": self.tr("Solved"),
            "closed": self.tr("Closed"),
        }.get(status, status)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Customer"))
        self.state_title.setText(self.tr("Account in the back office"))
        self.tickets_title.setText(self.tr("Past tickets"))
        self.note_edit.setPlaceholderText(self.tr("Internal note (never sent to the user)"))
        self.note_button.setText(self.tr("Add note"))
        if self._values or self._office is not None:
            self._fill()

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self.retranslate()
        super().changeEvent(event)
