"""The back-office side panel: account look-up, tag, escalate, request info, resolve,
close; and the SOP's steps, ticked off as the trainee does them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from simulator.ui import theme
from simulator.ui.desk.backoffice import CustomerPanel
from simulator.ui.desk.steps import StepDelegate, StepsModel
from simulator.ui.labels import channel_name
from simulator.ui.shortcuts import tooltip
from simulator.ui.text import humanise


class ToolPanel(QWidget):
    """Emits ``action_requested(type, value)``; shows the account card and outcomes."""

    action_requested = Signal(str, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(300)
        self.setMaximumWidth(400)
        self.tool_title = QLabel()
        self.tool_title.setObjectName("subtitle")
        # The customer, the account's back-office state, its actions, past tickets, notes.
        self.customer = CustomerPanel()
        self.customer.action_requested.connect(self.action_requested)
        self.lookup_button = QPushButton()
        self.lookup_button.clicked.connect(lambda: self.action_requested.emit("lookup", None))
        self._build_card()
        self._build_actions()
        grid = QGridLayout()
        grid.addWidget(self.tag_edit, 0, 0)
        grid.addWidget(self.tag_button, 0, 1)
        grid.addWidget(self.team_box, 1, 0)
        grid.addWidget(self.escalate_button, 1, 1)
        row = QHBoxLayout()
        row.addWidget(self.request_button)
        row.addWidget(self.close_button)
        row.addWidget(self.resolve_button)
        status_row = QHBoxLayout()
        for button in self.status_buttons.values():
            status_row.addWidget(button)

        self._build_steps()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.customer)
        layout.addWidget(self.tool_title)
        layout.addWidget(self.lookup_button)
        layout.addWidget(self.card)
        layout.addLayout(grid)
        layout.addWidget(self.tags_label)
        layout.addWidget(self.escalated_label)
        layout.addLayout(row)
        layout.addLayout(status_row)
        layout.addWidget(self.outcome)
        layout.addSpacing(8)
        layout.addWidget(self.steps_title)
        layout.addWidget(self.steps_view, 1)
        self._teams: list[str] = []
        self._tags: list[str] = []
        self._card: dict = {}
        self._escalated: str | None = None
        self.retranslate()

    def _build_card(self) -> None:
        """The account card a lookup fills (hidden until then)."""
        self.card = QScrollArea()
        self.card.setObjectName("card")
        self.card.setWidgetResizable(True)
        self.card.setMaximumHeight(220)
        card_body = QWidget()
        card_body.setObjectName("cardbody")
        card_body.setStyleSheet(f"QWidget#cardbody {{ background: {theme.SURFACE}; }}")
        self.card_form = QFormLayout(card_body)
        self.card.setWidget(card_body)
        self.card.hide()

    def _build_actions(self) -> None:
        """Tag, escalate, request info, resolve, close, the status buttons and the line
        that says what the last action did."""
        self.tag_edit = QLineEdit()
        self.tag_edit.returnPressed.connect(self._tag)
        self.tag_button = QPushButton()
        self.tag_button.clicked.connect(self._tag)
        self.team_box = QComboBox()
        self.escalate_button = QPushButton()
        self.escalate_button.clicked.connect(self.escalate)
        self.request_button = QPushButton()
        self.request_button.clicked.connect(
            lambda: self.action_requested.emit("request_info", None)
        )
        self.resolve_button = QPushButton()
        self.resolve_button.setObjectName("primary")
        self.resolve_button.clicked.connect(lambda: self.action_requested.emit("resolve", None))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(lambda: self.action_requested.emit("close", None))
        # Statuses of a real desk (extension): pending (waiting on the user), on hold
        # (waiting on another team), and reopen (a solved conversation back to open).
        self.status_buttons: dict[str, QPushButton] = {}
        for value in ("pending", "on-hold", "open"):
            button = QPushButton()
            button.clicked.connect(lambda _=False, v=value: self.action_requested.emit("status", v))
            self.status_buttons[value] = button
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setObjectName("muted")
        self.tags_label = QLabel()
        self.tags_label.setWordWrap(True)
        self.escalated_label = QLabel()
        self.escalated_label.setWordWrap(True)
        self.escalated_label.hide()

    def _build_steps(self) -> None:
        """The SOP's steps, ticked as they are done."""
        self.steps_title = QLabel()
        self.steps_title.setObjectName("subtitle")
        self.steps = StepsModel(parent=self)
        self.steps_view = QListView()
        self.steps_view.setModel(self.steps)
        self.steps_view.setItemDelegate(StepDelegate(self.steps_view))
        self.steps_view.setWordWrap(True)
        self.steps_view.setTextElideMode(Qt.ElideNone)
        self.steps_view.setResizeMode(QListView.Adjust)  # re-wrap when the panel resizes
        self.steps_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.steps_view.setSpacing(2)
        self.steps_view.setMinimumHeight(120)

    def set_sop(self, sop, language: str) -> None:
        self._teams = list(sop.teams) if sop else []
        self._fill_teams()
        self.escalate_button.setEnabled(bool(self._teams))
        self.steps.set_steps(sop.steps if sop else (), language)

    def team_title(self, team: str) -> str:
        """A team's name for people (the SOP names teams by slug)."""
        titles = {
            "account-security": self.tr("Account security"),
            "appeals-review": self.tr("Appeals review"),
            "emergency-response": self.tr("Emergency response"),
            "trust-safety": self.tr("Trust and safety"),
            "minor-safety": self.tr("Minor safety"),
            "law-enforcement-response": self.tr("Law enforcement response"),
            "payments": self.tr("Payments"),
            "privacy": self.tr("Privacy"),
        }
        return titles.get(team, humanise(team))

    def _fill_teams(self) -> None:
        """The SOP's teams by title, none chosen: the trainee picks one."""
        chosen = self.team_box.currentData()
        self.team_box.clear()
        for team in self._teams:
            self.team_box.addItem(self.team_title(team), team)
        self.team_box.setPlaceholderText(self.tr("Choose a team…"))
        self.team_box.setCurrentIndex(self.team_box.findData(chosen) if chosen else -1)

    def reset(self) -> None:
        """Forget the previous attempt: card, tags, escalation, outcome, typed tag."""
        self._tags = []
        self._card = {}
        self._escalated = None
        self.tags_label.clear()
        self.escalated_label.clear()
        self.escalated_label.hide()
        self.outcome.clear()
        self.outcome.setStyleSheet("")
        self.tag_edit.clear()
        while self.card_form.rowCount():
            self.card_form.removeRow(0)
        self.card.hide()

    def rebuild(self, session) -> None:
        """Show what ``session``'s accepted actions did (a resumed attempt): the card,
        the tags, the escalation and the ticked steps. Reads only: nothing is acted."""
        from simulator.content.model import Action
        from simulator.engine import actions as engine_actions

        for taken in session.actions:
            if taken.type == "lookup":
                self.steps.note_action(taken.type, taken.value)
                card = engine_actions.lookup(session, taken.at_s, Action("lookup")).card
                self._card = dict(card or {})
                self._fill_card()
            else:
                self.apply_taken(taken)

    def apply_taken(self, taken) -> None:
        """Show an action the session accepted without this panel asking for it (a
        macro's tags and escalation, or a resumed attempt's)."""
        self.steps.note_action(taken.type, taken.value)
        if taken.type == "tag" and taken.value:
            self._add_tag(taken.value)
        elif taken.type == "escalate" and taken.value:
            self._set_escalated(taken.value)

    def _add_tag(self, value: str) -> None:
        self._tags.append(value)
        self._show_tags()

    def _show_tags(self) -> None:
        sep = "، " if self.layoutDirection() == Qt.RightToLeft else ", "
        self.tags_label.setText("🏷 " + sep.join(self._tags) if self._tags else "")

    def _set_escalated(self, team: str) -> None:
        self._escalated = team
        self.escalated_label.setText(
            self.tr("Escalated to {value}").format(value=self.team_title(team))
        )
        self.escalated_label.show()

    def focus_tag(self) -> None:
        self.tag_edit.setFocus()
        self.tag_edit.selectAll()

    def escalate(self) -> None:
        """Escalate to the chosen team; with none chosen yet, open the list to choose."""
        team = self.team_box.currentData()
        if team is None and self._teams and self.isEnabled():
            self.team_box.setFocus()
            self.team_box.showPopup()
            return
        self.action_requested.emit("escalate", team)

    def _tag(self) -> None:
        value = self.tag_edit.text().strip()
        if value:
            self.action_requested.emit("tag", value)
            self.tag_edit.clear()

    def show_outcome(self, action_type: str, value, outcome) -> None:
        """Show what an action did; fill the card after a look-up."""
        # A refusal shows the session's own reason; a success is said in the UI language.
        text = self.done_message(action_type, value) if outcome.ok else self.refusal(outcome)
        self.outcome.setText(text or outcome.message or "")
        self.outcome.setStyleSheet("" if outcome.ok else f"color: {theme.FAIL};")
        if not outcome.ok:
            return
        self.steps.note_action(action_type, value)
        if action_type == "lookup" and outcome.card is not None:
            self._card = dict(outcome.card)
            self._fill_card()
        if action_type == "tag" and value:
            self._add_tag(value)
        if action_type == "escalate" and value:
            self._set_escalated(value)
        if action_type == "note":
            self.customer.note_added()

    def done_message(self, action_type: str, value) -> str:
        messages = {
            "lookup": self.tr("Account found"),
            "tag": self.tr("Tagged {value}"),
            "macro": self.tr("Macro {value} inserted in the reply"),
            "escalate": self.tr("Escalated to {value}"),
            "request_info": self.tr("Information requested"),
            "resolve": self.tr("Conversation resolved"),
            "close": self.tr("Conversation closed"),
            "note": self.tr("Internal note added"),
            "status": self.tr("Status changed to {value}"),
            "update": self.tr("Done in the back office: {value}"),
        }
        if action_type == "status" and value:
            value = self.status_title(value)
        if action_type == "update" and value:
            value = self.customer.action_label(value)
        if action_type == "escalate" and value:
            value = self.team_title(value)
        return messages.get(action_type, "").format(value=value or "")

    def status_title(self, status: str) -> str:
        return {
            "open": self.tr("open"),
            "pending": self.tr("pending"),
            "on-hold": self.tr("on hold"),
            "resolved": self.tr("solved"),
        }.get(status, status)

    def refusal(self, outcome) -> str:
        """Why an action was refused, in the UI language (by the engine's code)."""
        messages = {
            "tag-needs-value": self.tr("A tag needs a value"),
            "choose-macro": self.tr("Choose a macro"),
            "no-sop": self.tr("This case has no SOP, so no macros"),
            "unknown-macro": self.tr("No macro {value} in this SOP (macros: {known})"),
            "choose-team": self.tr("Choose a team to escalate to"),
            "unknown-team": self.tr("This case cannot be escalated to {value} (teams: {known})"),
            "nothing-to-resolve": self.tr("Nothing to resolve on {thread}: no message yet"),
            "nothing-to-close": self.tr("Nothing to close on {thread}: no message yet"),
            "already-resolved": self.tr("{thread} is already resolved"),
            "already-closed": self.tr("{thread} is already closed"),
            "no-open-thread": self.tr("No open conversation"),
            "note-needs-text": self.tr("Write the note first"),
            "already-status": self.tr("{thread} already has that status"),
            "status-new": self.tr("Nothing to change on {thread} yet: no message has come"),
            "status-closed": self.tr("{thread} is closed"),
            "status-needs-thread": self.tr("Open a conversation first."),
            "unknown-update": self.tr("This case's back office has no action {value}"),
        }
        code = getattr(outcome, "code", "")
        if code not in messages:
            return outcome.message
        args = {k: channel_name(str(v)) for k, v in dict(getattr(outcome, "args", {})).items()}
        return messages[code].format_map({"value": "", "known": "", "thread": "", **args})

    def _fill_card(self) -> None:
        while self.card_form.rowCount():
            self.card_form.removeRow(0)
        names = {
            "status": self.tr("Status"),
            "created": self.tr("Created"),
            "region": self.tr("Region"),
            "notes": self.tr("Notes"),
            "username": self.tr("Username"),
            "email": self.tr("Email"),
            "name": self.tr("Name"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "phone": self.tr("Phone"),
            "city": self.tr("City"),
            "phone_number": self.tr("Phone"),
            "new_email": self.tr("New email"),
            "date_of_birth": self.tr("Date of birth"),
            "country": self.tr("Country"),
            "age": self.tr("Age"),
            "followers": self.tr("Followers"),
            "account_id": self.tr("Account ID"),
            "last_login": self.tr("Last sign-in"),
            "linked_phone": self.tr("Linked phone"),
            "linked_email": self.tr("Linked email"),
        }
        for key, value in self._card.items():
            text = "\n".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.card_form.addRow(names.get(key, humanise(key)), label)
        self.card.setVisible(bool(self._card))

    def retranslate(self) -> None:
        self.tool_title.setText(self.tr("Back-office tool"))
        self.lookup_button.setText(self.tr("Look up account"))
        self.tag_edit.setPlaceholderText(self.tr("Tag, e.g. account-security"))
        self.tag_button.setText(self.tr("Add tag"))
        self.escalate_button.setText(self.tr("Escalate"))
        self.request_button.setText(self.tr("Request info"))
        self.resolve_button.setText(self.tr("Resolve"))
        self.close_button.setText(self.tr("Close"))
        self.status_buttons["pending"].setText(self.tr("Pending"))
        self.status_buttons["pending"].setToolTip(self.tr("Waiting on the user's answer"))
        self.status_buttons["on-hold"].setText(self.tr("On hold"))
        self.status_buttons["on-hold"].setToolTip(self.tr("Waiting on another team"))
        self.status_buttons["open"].setText(self.tr("Reopen"))
        self.status_buttons["open"].setToolTip(self.tr("Open the conversation again"))
        self.steps_title.setText(self.tr("Procedure steps"))
        for button, name in (
            (self.lookup_button, "lookup"),
            (self.tag_button, "tag"),
            (self.escalate_button, "escalate"),
            (self.resolve_button, "resolve"),
            (self.close_button, "close"),
        ):
            button.setToolTip(tooltip(name))
        if self._card:
            self._fill_card()
        if self._teams:
            self._fill_teams()
        self._show_tags()
        if self._escalated:
            self._set_escalated(self._escalated)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
