"""The desk screen: inbox | conversation and composer | back-office panel, with shortcuts."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.content.model import Action
from simulator.errors import SimulatorError
from simulator.ui import hooks, theme
from simulator.ui.desk.composer import Composer
from simulator.ui.desk.conversation import ConversationView
from simulator.ui.desk.inbox import InboxModel, InboxView, ThreadIdRole, format_seconds
from simulator.ui.desk.paused import PausedPanel
from simulator.ui.desk.toolpanel import ToolPanel
from simulator.ui.shortcuts import KEYS, TABLE, describe, shown, tooltip

TOAST_MS = 4000


class HelpOverlay(QFrame):
    """The list of keyboard shortcuts (F1 shows and hides it; Esc hides it)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(
            f"QFrame#card {{ background: {theme.SURFACE}; border: 2px solid {theme.ACCENT}; }}"
        )
        self.title = QLabel()
        self.title.setObjectName("subtitle")
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Keyboard shortcuts"))
        rows = "".join(
            f"<tr><td style='padding:4px 16px 4px 0;'><b>{html.escape(describe(sc.name))}</b>"
            f"</td><td style='padding:4px;'><code>{shown(sc.name)}</code></td></tr>"
            for sc in TABLE
        )
        self.body.setText(f"<table>{rows}</table>")
        self.adjustSize()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DeskScreen(QWidget):
    """Plays one attempt. Emits ``finished`` when the session has ended.

    While a pause is open (the controller's ``paused_changed``), the case (inbox,
    conversation and attachments, composer, tools and account card) is replaced by a
    calm ``PausedPanel``; every tool, End and every desk shortcut is disabled; resuming
    brings back the same thread, the draft and the focus in the composer."""

    finished = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.controller: Any = None  # the DeskController of the session shown
        self.scenario: Any = None
        self.current: str | None = None
        self.controller_connected: Any = None
        self.support_control: QWidget | None = None  # the wellbeing hooks' pause/support control
        self.paused = False

        header = self._build_header()
        self._build_case()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.case_stack, 1)

        self._connect()
        self.retranslate()

    def _build_header(self) -> QHBoxLayout:
        """The header: the scenario's title, elapsed time, the support slot, Help and End."""
        self.title = QLabel()
        self.title.setObjectName("subtitle")
        self.elapsed = QLabel()
        self.elapsed.setObjectName("chip")
        self.help_button = QPushButton()
        self.confirm_end: Callable[[], bool] | None = (
            None  # () -> bool: asked before "End scenario" ends it
        )
        # () -> bool: asked before resolving or closing the last open conversation (which
        # ends the scenario): see the results, or keep working.
        self.confirm_last: Callable[[], bool] | None = None
        self.draft_key: str | None = None  # where the unsent draft is kept (QSettings)
        self.end_button = QPushButton()
        self.end_button.clicked.connect(self.end_scenario)
        self.support_slot = QHBoxLayout()
        header = QHBoxLayout()
        header.setContentsMargins(16, 8, 16, 8)
        header.addWidget(self.title, 1)
        header.addWidget(self.elapsed)
        header.addLayout(self.support_slot)
        header.addWidget(self.help_button)
        header.addWidget(self.end_button)
        self._header = header
        return header

    def _build_case(self) -> None:
        """The case: inbox, conversation (with the collision warning and the composer) and
        the tools, in a splitter; and the calm panel that hides it during a pause."""
        self.inbox = InboxView()
        self.conversation = ConversationView()
        self.composer = Composer()
        self.tools = ToolPanel()
        middle = QWidget()
        middle.setObjectName("middle")
        middle.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        middle.setStyleSheet(f"QWidget#middle {{ background: {theme.SURFACE}; }}")
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        mid.setSpacing(0)
        mid.addWidget(self.conversation, 1)
        # The collision drill (Zendesk's and Freshdesk's warning): the user wrote while
        # the trainee was typing; the first Send after it stops so the reply is re-read.
        self.collision = QLabel()
        self.collision.setObjectName("collision")
        self.collision.setWordWrap(True)
        self.collision.setStyleSheet(
            "QLabel#collision { background: #fef3c7; color: #92400e; border: 1px solid #f59e0b;"
            " border-radius: 6px; padding: 6px 10px; margin: 0 16px; }"
        )
        self.collision.hide()
        self._collision_armed = False  # the next Send is stopped once, to re-read
        mid.addWidget(self.collision)
        mid.addWidget(self.composer)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.inbox)
        self.splitter.addWidget(middle)
        # The tools scroll as one column: the customer panel, the tool and the steps
        # never push the window taller than the screen.
        self.tools_scroll = QScrollArea()
        self.tools_scroll.setWidget(self.tools)
        self.tools_scroll.setWidgetResizable(True)
        self.tools_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.tools_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tools_scroll.setMinimumWidth(self.tools.minimumWidth() + 14)
        self.tools_scroll.setMaximumWidth(self.tools.maximumWidth() + 14)
        self.splitter.addWidget(self.tools_scroll)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 640, 340])
        # The case, or the calm panel that hides it while a pause is open.
        self.paused_panel = PausedPanel()
        self.paused_panel.resume_requested.connect(self.resume_from_pause)
        self.case_stack = QStackedWidget()
        self.case_stack.addWidget(self.splitter)
        self.case_stack.addWidget(self.paused_panel)

    def _connect(self) -> None:
        """The toast, the help overlay, the composer's and tools' signals, the shortcuts."""
        self.toast = QLabel(self)
        self.toast.setObjectName("toast")
        self.toast.hide()
        self._toast_timer = QTimer(self)
        self._toast_timer.setSingleShot(True)
        self._toast_timer.timeout.connect(self.toast.hide)
        self.help = HelpOverlay(self)
        self.help_button.clicked.connect(self.toggle_help)

        self.composer.send.connect(self.send)
        self.composer.editor.textChanged.connect(self._save_draft)
        self.composer.keys.connect(self._keys)
        self.composer.picker.picked.connect(self.insert_macro)
        self.tools.action_requested.connect(self.do_action)
        slots = {
            "next": lambda: self.step_thread(1),
            "previous": lambda: self.step_thread(-1),
            "send": self.composer._send,
            "macro": self.composer.picker.open,
            "lookup": lambda: self.do_action("lookup", None),
            "tag": self.tools.focus_tag,
            "escalate": self.tools.escalate,
            "resolve": lambda: self.do_action("resolve", None),
            "close": lambda: self.do_action("close", None),
            "end": self.end_scenario,
            "help": self.toggle_help,
        }
        # "support" belongs to the wellbeing control (it works in every screen).
        self.shortcuts = {name: self._shortcut(KEYS[name], slot) for name, slot in slots.items()}
        self.shortcuts["escape"] = self._shortcut("Escape", self.help.hide)

    def add_header_chips(self, before: QWidget, after: QWidget) -> None:
        """Two chips on either side of the scenario timer (the exam's item and time)."""
        at = self._header.indexOf(self.elapsed)
        self._header.insertWidget(at, before)
        self._header.insertWidget(at + 2, after)

    def _shortcut(self, keys: str, slot) -> QShortcut:
        sc = QShortcut(QKeySequence(keys), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(slot)
        return sc

    # -- starting -------------------------------------------------------------
    def start(
        self,
        controller,
        scenario,
        sop,
        *,
        user_name: str = "",
        run_timers=True,
        draft_key: str | None = None,
    ) -> None:
        """Show ``controller``'s session and start its clock. A resumed session comes
        back whole: messages, account card, tags, escalation, ticked steps and the draft
        kept under ``draft_key``."""
        self.draft_key = None  # clearing the composer must not forget the kept draft
        self.controller = controller
        self.scenario = scenario
        self.current = None
        self.model = InboxModel(controller, scenario, user_name, self)
        self.inbox.setModel(self.model)
        self.inbox.selectionModel().currentChanged.connect(self._current_changed)
        self.conversation.user_name = user_name
        self.conversation.agent_name = controller.session.agent
        self.conversation.values = dict(controller.session.values)
        self.conversation.user_email = str(controller.session.values.get("email", ""))
        self.conversation.trail = self.trail_line
        self.conversation.clear()
        self.composer.clear()
        self.composer.set_macros(sop.macros if sop else (), scenario.language)
        self.composer.picker.values = dict(controller.session.values)
        self.composer.picker.describe_effect = self.describe_effect
        self.tools.reset()
        self.tools.set_sop(sop, scenario.language)
        self.tools.customer.set_case(
            scenario, controller.session.values, getattr(controller.session, "state", {})
        )
        self._typing_scripted = any(e.typing_s is not None for e in scenario.timeline)
        self.title.setText(scenario.title)
        if self.support_slot.count() == 0:
            control = hooks.support_control(self)
            if control is not None:
                self.support_slot.addWidget(control)
                self.support_control = control
        if self.controller_connected is not None:
            self.controller_connected.stop_timers()
        self.controller_connected = controller
        controller.message_arrived.connect(self._message)
        controller.changed.connect(self._refresh)
        controller.ended.connect(lambda _r, c=controller: self._ended(c))
        controller.paused_changed.connect(lambda on, c=controller: self._paused_changed(c, on))
        self._show_paused(False)
        controller.start(run_timers=run_timers)
        self._set_enabled(True)
        self.tools.rebuild(controller.session)
        if self.current is None and self.model.thread_ids():
            self.select_thread(self.model.thread_ids()[0])  # a resumed attempt
        self.draft_key = draft_key
        draft = self._draft_settings().value(draft_key, "") if draft_key else ""
        if draft:
            self.composer.set_draft(str(draft))
        QTimer.singleShot(0, self._take_focus)

    @staticmethod
    def _draft_settings():
        from PySide6.QtCore import QSettings

        return QSettings()

    def _save_draft(self) -> None:
        """Keep the unsent draft (it is not an input: the session never sees it)."""
        if not self.draft_key:
            return
        text = self.composer.text()
        settings = self._draft_settings()
        if text.strip() and not (self.controller is not None and self.controller.finished):
            settings.setValue(self.draft_key, text)
        else:
            settings.remove(self.draft_key)

    def _forget_draft(self) -> None:
        if self.draft_key:
            self._draft_settings().remove(self.draft_key)

    # -- trainee gestures -------------------------------------------------------
    def select_thread(self, thread_id: str) -> None:
        row = self.model.row_of(thread_id)
        if row >= 0:
            self.inbox.setCurrentIndex(self.model.index(row))

    def step_thread(self, step: int) -> None:
        ids = self.model.thread_ids()
        if not ids:
            return
        i = ids.index(self.current) if self.current in ids else -1
        self.select_thread(ids[(i + step) % len(ids)])

    def send(self, text: str | None = None) -> None:
        # The composer's own text (its Send button, Ctrl+Enter, or send() with no text).
        typed = text is None or text.strip() == self.composer.text().strip()
        text = (text if text is not None else self.composer.text()).strip()
        if not text or self.current is None or self.controller.finished:
            return
        if typed and self._collision_armed:
            # Stopped once: the new message is in view; Send again sends as it is.
            self._collision_armed = False
            self.collision.setText(
                self.tr(
                    "{name} wrote while you were typing. Read the new message, change your "
                    "reply if you need to, then press Send again."
                ).format(name=self.conversation.user_name or self.tr("The user"))
            )
            self.collision.show()
            return
        try:
            self.controller.reply(self.current, text)
        except SimulatorError as exc:
            self.notify(exc.what)
            return
        self.composer.clear()
        self.collision.hide()
        self._collision_armed = False
        self._forget_draft()
        self._render_current()

    def insert_macro(self, macro_id: str) -> None:
        before = len(self.controller.actions()) if self.controller is not None else 0
        outcome = self.do_action("macro", macro_id)
        if outcome is not None and outcome.ok and outcome.text:
            self.composer.insert(outcome.text)
        if outcome is not None and outcome.ok:
            # What the macro also did (tags, an escalation, a status): shown as if done here.
            for taken in self.controller.actions()[before + 1 :]:
                self.tools.apply_taken(taken)
            self._render_current()

    def do_action(self, action_type: str, value):
        """Take a tool action on the conversation in view; returns the outcome (or None)."""
        if self.controller is None or self.controller.finished:
            return None
        on_thread = ("resolve", "close", "request_info", "note", "status")
        thread = self.current if action_type in on_thread else None
        if action_type == "macro" and self._macro_sets_status(value):
            thread = self.current  # its status applies to the conversation in view
        if thread is None and action_type in ("resolve", "close", "note", "status"):
            self.notify(self.tr("Open a conversation first."))
            return None
        if (
            action_type in ("resolve", "close")
            and self.confirm_last is not None
            and self.controller.session.ends_if_settled(thread)
            and not self.confirm_last()
        ):
            return None
        try:
            outcome = self.controller.act(Action(action_type, value, thread))
        except SimulatorError as exc:
            self.notify(exc.what)
            return None
        self.tools.show_outcome(action_type, value, outcome)
        if outcome.ok and action_type == "update":
            self.tools.customer.show_state(self.controller.session.state)
        self._render_current()
        return outcome

    def describe_effect(self, kind: str, value: str) -> str:
        """What a macro also does, in the interface language (for its preview)."""
        if kind == "tag":
            return self.tr("tag {value}").format(value=value)
        if kind == "escalate":
            return self.tr("escalate to {value}").format(value=self.tools.team_title(value))
        return self.tr("set the status to {value}").format(value=self.tools.status_title(value))

    def _macro_sets_status(self, macro_id) -> bool:
        sop = getattr(self.controller.session, "sop", None) if self.controller else None
        try:
            return bool(sop is not None and sop.macro(str(macro_id)).status)
        except KeyError:
            return False

    # Actions that leave a line in the thread's event trail (look-ups and macros do not).
    TRAIL_TYPES = (
        "tag",
        "escalate",
        "resolve",
        "close",
        "request_info",
        "note",
        "update",
        "status",
    )

    def trail_line(self, action) -> str | None:
        """An action's line in the conversation's event trail, in the interface language."""
        value = action.value or ""
        if action.type == "tag":
            return self.tr("🏷 Tagged {value}").format(value=value)
        if action.type == "escalate":
            return self.tr("⇪ Escalated to {value}").format(value=self.tools.team_title(value))
        if action.type == "resolve":
            return self.tr("✓ Status changed to solved")
        if action.type == "close":
            return self.tr("Status changed to closed")
        if action.type == "request_info":
            return self.tr("Status changed to pending: information requested")
        if action.type == "note":
            return self.tr("✎ Internal note: {value}").format(value=value)
        if action.type == "status":
            if value == "open":
                return self.tr("↺ Reopened")
            return self.tr("Status changed to {value}").format(value=self.tools.status_title(value))
        if action.type == "update":
            return self.tr("⚙ Back office: {value}").format(
                value=self.tools.customer.action_label(value)
            )
        return None

    def trail_actions(self, thread_id: str) -> list:
        """The accepted actions shown in ``thread_id``'s trail: its own, and the account's
        (a tag, an escalation or a back-office change is on no one thread)."""
        return [
            a
            for a in self.controller.actions()
            if a.type in self.TRAIL_TYPES and a.thread in (None, thread_id)
        ]

    def end_scenario(self) -> None:
        """End the attempt, once the trainee confirms (``confirm_end``): it is graded on
        what was done so far and cannot be taken back. Not while paused."""
        if self.controller is None or self.controller.finished or self.paused:
            return
        if self.confirm_end is not None and not self.confirm_end():
            return
        self.controller.end()

    def _ended(self, controller) -> None:
        if controller is self.controller:
            self._forget_draft()
        self.finished.emit()

    # -- pausing --------------------------------------------------------------------
    def resume_from_pause(self) -> None:
        """The calm panel's Resume: close the support panel (it resumes what it paused),
        or resume the controller when no panel holds the pause."""
        close = getattr(self.support_control, "close_panel", None)
        if close is not None and close():
            return
        if self.controller is not None:
            self.controller.resume()

    def _take_focus(self) -> None:
        if not self.paused and self.isVisible() and self.composer.editor.isEnabled():
            self.activateWindow()
            self.composer.editor.setFocus()

    def _paused_changed(self, controller, on: bool) -> None:
        if controller is self.controller:
            self._show_paused(on)

    def _show_paused(self, on: bool) -> None:
        """Hide the case behind the calm panel (on), or bring it back as it was."""
        if on == self.paused:
            return
        self.paused = on
        if on:
            self.help.hide()
            self.toast.hide()
            self.case_stack.setCurrentWidget(self.paused_panel)
        else:
            self.case_stack.setCurrentWidget(self.splitter)
        for shortcut in self.shortcuts.values():
            shortcut.setEnabled(not on)
        self.help_button.setEnabled(not on)
        finished = self.controller is None or self.controller.finished
        self._set_enabled(not on and not finished)
        if on:
            self.paused_panel.resume_button.setFocus()
        elif not finished:
            # The same thread is still selected and the draft still in the editor.
            if self.current is not None:
                self.select_thread(self.current)
            self.composer.editor.setFocus()
            # The support panel was the active window and closes after this: then give
            # the keyboard back to the desk's window, so F1 and the shortcuts work at once.
            QTimer.singleShot(0, self._take_focus)

    def toggle_help(self) -> None:
        if self.help.isVisible():
            self.help.hide()
            return
        self.help.adjustSize()
        self.help.move(
            (self.width() - self.help.width()) // 2, (self.height() - self.help.height()) // 3
        )
        self.help.raise_()
        self.help.show()

    def notify(self, text: str) -> None:
        """A short notice at the bottom of the desk."""
        self.toast.setText(text)
        # At the foot of the inbox column: the conversation and the tools stay uncovered.
        box = self.inbox.geometry()
        box.moveTopLeft(self.inbox.mapTo(self, self.inbox.rect().topLeft()))
        self.toast.setFixedWidth(max(200, box.width() - 24))
        self.toast.setWordWrap(True)
        self.toast.adjustSize()
        self.toast.move(box.left() + 12, box.bottom() - self.toast.height() - 12)
        self.toast.raise_()
        self.toast.show()
        self._toast_timer.start(TOAST_MS)

    # -- reacting to the session --------------------------------------------------
    def _keys(self, count: int) -> None:
        if self.current is not None:
            self.controller.type_keys(self.current, count)

    def _message(self, message) -> None:
        self.model.refresh()
        if message.thread == self.current:
            self._render_current()
            if self.composer.text().strip():
                self._collided()
            return
        self.model.mark_unread(message.thread)
        self.model.refresh()
        from simulator.ui.labels import channel_name

        preview = message.text.replace("\n", " ")
        preview = preview[:60] + ("…" if len(preview) > 60 else "")
        self.notify(
            self.tr("New message ({channel}): {preview}").format(
                channel=channel_name(message.channel), preview=preview
            )
        )
        if self.current is None:
            self.select_thread(message.thread)

    def _collided(self) -> None:
        """A user message came on the conversation in view while a reply was drafted."""
        self._collision_armed = True
        self.collision.setText(
            self.tr("{name} wrote while you were typing. Read it before you send.").format(
                name=self.conversation.user_name or self.tr("The user")
            )
        )
        self.collision.show()

    def _current_changed(self, current, _previous) -> None:
        self.collision.hide()
        self._collision_armed = False
        self.current = current.data(ThreadIdRole) if current.isValid() else None
        if self.current is not None:
            self.model.mark_read(self.current)
        self._render_current()

    def _render_current(self) -> None:
        if self.current is None or self.controller is None:
            self.conversation.clear()
            return
        thread = self.scenario.thread(self.current)
        self.conversation.show_thread(
            thread,
            self.controller.messages(self.current),
            self.controller.thread_info(self.current),
            self.trail_actions(self.current),
        )
        self.model.refresh()

    def _refresh(self) -> None:
        if self.controller is None:
            return
        if self.controller.paused != self.paused:
            self._show_paused(self.controller.paused)
        self.model.refresh()
        self._show_time()
        due = self.controller.session.next_due()
        if getattr(self, "_typing_scripted", False):
            # The scenario scripts who types when (``typing:``); a cancelled message
            # is never typed.
            typing = self.current in self.controller.session.typing()
        else:
            typing = (
                self.current is not None
                and self.scenario.thread(self.current).channel == "chat"
                and due is not None
                and 0 <= due - self.controller.now() <= 3.0
                and not self.controller.thread_info(self.current).waiting
            )
        self.conversation.set_typing(bool(typing))
        if self.controller.finished:
            self._set_enabled(False)

    def _show_time(self) -> None:
        """The scenario's time limit counts down beside the time spent (the session ends
        itself at zero); the last five minutes are marked. Also on a language change: a
        paused desk does not refresh, and its chip must not stay in the old language."""
        if self.controller is None or self.scenario is None:
            return
        now = self.controller.now()
        left = max(0.0, float(self.scenario.time_limit_s) - now)
        self.elapsed.setText(
            "⏱ "
            + format_seconds(now)
            + " · "
            + self.tr("{time} left").format(time=format_seconds(left))
        )
        self.elapsed.setToolTip(self.tr("Time spent · time left before the case ends"))
        self.elapsed.setStyleSheet("color: #b45309; font-weight: bold;" if left < 300 else "")

    def _set_enabled(self, on: bool) -> None:
        for w in (self.composer, self.tools, self.end_button):
            w.setEnabled(on)

    def retranslate(self) -> None:
        self.help_button.setText(self.tr("Shortcuts (F1)"))
        self.end_button.setText(self.tr("End scenario"))
        self.end_button.setToolTip(tooltip("end"))
        self.help_button.setToolTip(tooltip("help"))
        self._show_time()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
