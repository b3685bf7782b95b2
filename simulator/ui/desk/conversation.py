"""The conversation pane, styled per channel: chat bubbles, e-mail with quoting, ticket form."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from simulator.content.placeholders import fill
from simulator.ui import hooks, theme
from simulator.ui.bidi import direction
from simulator.ui.desk.inbox import format_seconds
from simulator.ui.labels import channel_name

# The message's text area keeps at least this height, whatever is attached to it.
MIN_MESSAGE_PX = 240
ATTACHMENT_STRIP_PX = 230


def _body(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _signed(text: str, who: str) -> bool:
    """The reply already signs off with the agent's name (a macro's "— {agent}")."""
    last = text.strip().splitlines()[-1].strip() if text.strip() else ""
    return bool(who) and last.endswith(who)


def _align(text: str) -> str:
    return "right" if direction(text) == "rtl" else "left"


class ConversationView(QWidget):
    """Shows one thread. ``show_thread(thread, messages, info)`` re-renders it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.thread = None
        self.user_name = ""
        self.agent_name = ""
        self.values: dict[str, str] = {}  # persona values, for {placeholders} in the thread
        # The user's address, shown in an e-mail's From line (the SOP's "confirm the
        # e-mail on file" compares it with the account's).
        self.user_email = ""
        # (action) -> str | None: an action's line in the thread's trail
        self.trail: Callable[[Any], str | None] | None = None
        self.title = QLabel()
        self.title.setObjectName("subtitle")
        self.title.setWordWrap(True)
        self.channel_chip = QLabel()
        self.status_chip = QLabel()
        self.status_chip.setObjectName("chip")
        self.priority_chip = QLabel()
        self.priority_chip.setObjectName("warnchip")
        chips = QHBoxLayout()
        chips.addWidget(self.channel_chip)
        chips.addWidget(self.status_chip)
        chips.addWidget(self.priority_chip)
        chips.addStretch(1)
        self.form = QFrame()
        self.form.setObjectName("card")
        self.form_grid = QGridLayout(self.form)
        self.form_grid.setContentsMargins(10, 6, 10, 6)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setStyleSheet(f"QTextBrowser {{ border: none; background: {theme.SURFACE}; }}")
        self.browser.setMinimumHeight(MIN_MESSAGE_PX)
        # Attachments sit in a strip of their own under the message, scrolled sideways
        # when there are several: they never squeeze the message's text area.
        self.attachment_strip = QScrollArea()
        self.attachment_strip.setWidgetResizable(True)
        self.attachment_strip.setFrameShape(QFrame.NoFrame)
        self.attachment_strip.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.attachment_strip.setMaximumHeight(ATTACHMENT_STRIP_PX)
        strip = QWidget()
        self.attachments = QHBoxLayout(strip)
        self.attachments.setContentsMargins(0, 0, 0, 0)
        self.attachments.addStretch(1)
        self.attachment_strip.setWidget(strip)
        self.attachment_strip.hide()
        self.typing = QLabel()
        self.typing.setObjectName("muted")
        self.typing.hide()
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(self.title)
        layout.addLayout(chips)
        layout.addWidget(self.form)
        layout.addWidget(self.empty)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.attachment_strip)
        layout.addWidget(self.typing)
        self._last: tuple[Any, Any, Any, Any] | None = None
        self.retranslate()
        self.clear()

    def clear(self) -> None:
        self._shown: tuple[str | None, int] = (None, 0)
        self._shown_items: tuple = ()
        self.thread = None
        self.title.setText("")
        self.browser.clear()
        self.form.hide()
        for chip in (self.channel_chip, self.status_chip, self.priority_chip):
            chip.hide()
        self.empty.show()

    # -- rendering ------------------------------------------------------------
    def show_thread(self, thread, messages, info, actions=()) -> None:
        """Render ``thread``: its ``messages`` and, between them by time, the ``actions``
        taken on it (the event trail: tagged, escalated, status changed, notes)."""
        self._last = (thread, messages, info, actions)
        messages = self._with_trail(messages, actions)
        self.thread = thread
        self.empty.hide()
        self.title.setText(fill(thread.subject or "", self.values) or self.user_name or thread.id)
        colour = theme.CHANNEL_COLOURS.get(thread.channel, theme.MUTED)
        self.channel_chip.setText(channel_name(thread.channel))
        self.channel_chip.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 8px; padding: 2px 8px;"
        )
        self.channel_chip.show()
        self.status_chip.setText(self.status_name(info.status))
        self.status_chip.show()
        self.priority_chip.setVisible(bool(thread.priority))
        if thread.priority:
            self.priority_chip.setText(
                self.tr("Priority: {p}").format(p=self.priority_name(thread.priority))
            )
        shown_id, shown_count = self._shown
        same = shown_id == thread.id and tuple(messages[:shown_count]) == self._shown_items
        if same and shown_count == len(messages):
            return  # nothing new: keep the layout (and the reader's scroll position)
        if not same:
            # Something came in between what is shown (a trail entry and a message of the
            # same second): lay the thread out again.
            shown_id, shown_count = None, 0
        render = {"chat": self._chat_html, "email": self._email_html}.get(
            thread.channel, self._ticket_html
        )
        blocks = render(messages)
        if shown_id == thread.id and shown_count < len(messages):
            # Only lay out what is new: a long thread stays fast while the trainee types.
            cursor = QTextCursor(self.browser.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertHtml("".join(blocks[shown_count:]))
        else:
            self._fill_form(thread)
            self.browser.setHtml("".join(blocks))
        self._shown = (thread.id, len(messages))
        self._shown_items = tuple(messages)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())
        new = messages[shown_count if shown_id == thread.id else 0 :]
        if any(getattr(m, "attachments", ()) for m in new):
            self._show_attachments(messages)
        elif shown_id != thread.id:
            self._show_attachments(())

    def _with_trail(self, messages, actions) -> list:
        """Messages and trail entries in time order (a message first at the same time)."""
        if not actions or self.trail is None:
            return list(messages)
        entries = [(a.at_s, 1, i, a) for i, a in enumerate(actions)]
        entries += [(m.at_s, 0, i, m) for i, m in enumerate(messages)]
        entries.sort(key=lambda e: (e[0], e[1], e[2]))
        return [e[3] for e in entries]

    def _trail_html(self, action) -> str:
        line = self.trail(action) if self.trail is not None else None
        if not line:
            return ""
        note = action.type == "note"
        colour, bg = (theme.NOTE_TEXT, theme.NOTE_BACK) if note else (theme.MUTED, theme.EVENT_BACK)
        d = direction(line)
        return (
            f'<table width="100%" cellpadding="4" style="margin: 2px;" bgcolor="{bg}">'
            f'<tr><td dir="{d}" align="center" style="color:{colour}; font-size:9pt;">'
            f"{_body(line)} · {format_seconds(action.at_s)}</td></tr></table>"
        )

    def _fill_form(self, thread) -> None:
        while self.form_grid.count():
            item = self.form_grid.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        rows = []
        if thread.category:
            rows.append((self.tr("Category"), thread.category))
        rows.extend((k, fill(str(v), self.values)) for k, v in thread.fields.items())
        for i, (key, value) in enumerate(rows):
            k = QLabel(str(key))
            k.setObjectName("muted")
            self.form_grid.addWidget(k, i // 2, (i % 2) * 2)
            self.form_grid.addWidget(QLabel(str(value)), i // 2, (i % 2) * 2 + 1)
        self.form.setVisible(thread.channel == "ticket" and bool(rows))

    def _who(self, m) -> str:
        if m.sender == "trainee":
            return self.agent_name or self.tr("You")
        return self.user_name or self.tr("User")

    def _from(self, m) -> str:
        """The From line's sender: the user's name and address, as a mail client shows."""
        who = self._who(m)
        if m.sender == "user" and self.user_email:
            return f"{who} <{self.user_email}>"
        return who

    def _chat_html(self, messages) -> list[str]:
        parts = []
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        start, end = ("right", "left") if rtl else ("left", "right")
        for m in messages:
            if not hasattr(m, "sender"):
                parts.append(self._trail_html(m))
                continue
            mine = m.sender == "trainee"
            bg = theme.BUBBLE_MINE if mine else theme.BUBBLE_THEIRS
            d, align = direction(m.text), _align(m.text)
            # The user on the start side, the agent on the end side (mirrored in RTL).
            side = end if mine else start
            parts.append(
                f'<table align="{side}" cellpadding="8" style="margin: 4px;" '
                f'bgcolor="{bg}" width="70%"><tr><td dir="{d}" align="{align}">'
                f'<span style="color:{theme.MUTED}; font-size:9pt;">{html.escape(self._who(m))}'
                f" · {format_seconds(m.at_s)}</span><br>{_body(m.text)}</td></tr></table>"
                '<p style="margin:0;"></p>'
            )
        return parts

    def _email_html(self, messages) -> list[str]:
        parts = []
        team = html.escape(self.tr("User Support"))
        previous = None
        for m in messages:
            if not hasattr(m, "sender"):
                parts.append(self._trail_html(m))
                continue
            d, align = direction(m.text), _align(m.text)
            header = self.tr("From: {who} · {at}").format(
                who=html.escape(self._from(m)), at=format_seconds(m.at_s)
            )
            block = (
                f'<p style="color:{theme.MUTED}; font-size:9pt; margin-top:12px;">{header}</p>'
                f'<p dir="{d}" align="{align}">{_body(m.text)}</p>'
            )
            if m.sender == "trainee" and not _signed(m.text, self._who(m)):
                who = html.escape(self._who(m))
                block += f'<p style="color:{theme.MUTED};">—<br>{who}<br>{team}</p>'
            if previous is not None:
                quoted = "<br>".join(
                    "&gt; " + html.escape(line) for line in previous.text.splitlines()
                )
                block += (
                    f'<p dir="{direction(previous.text)}" align="{_align(previous.text)}" '
                    f'style="color:{theme.FAINT}; font-size:9pt;">{quoted}</p>'
                )
            parts.append(block + "<hr>")
            previous = m
        return parts

    def _ticket_html(self, messages) -> list[str]:
        parts = []
        for m in messages:
            if not hasattr(m, "sender"):
                parts.append(self._trail_html(m))
                continue
            d, align = direction(m.text), _align(m.text)
            label = self.tr("Agent reply") if m.sender == "trainee" else self.tr("User wrote")
            parts.append(
                f'<p style="color:{theme.MUTED}; font-size:9pt; margin-top:10px;">'
                f"{html.escape(label)} · {html.escape(self._who(m))} · "
                f"{format_seconds(m.at_s)}</p>"
                f'<p dir="{d}" align="{align}">{_body(m.text)}</p><hr>'
            )
        return parts

    def _show_attachments(self, messages) -> None:
        while self.attachments.count() > 1:
            item = self.attachments.takeAt(0)
            if item.widget():
                # Hidden at once: deleteLater only runs on the next event-loop turn.
                item.widget().hide()
                item.widget().deleteLater()
        for m in messages:
            for att in getattr(m, "attachments", ()):
                self.attachments.insertWidget(
                    self.attachments.count() - 1, hooks.attachment_widget(att, self)
                )
        self.attachment_strip.setVisible(self.attachments.count() > 1)

    def set_typing(self, typing: bool) -> None:
        self.typing.setText(
            self.tr("{name} is typing…").format(name=self.user_name or self.tr("User"))
        )
        self.typing.setVisible(typing)

    # -- text -----------------------------------------------------------------
    def status_name(self, status: str) -> str:
        return {
            "new": self.tr("New"),
            "open": self.tr("Open"),
            "resolved": self.tr("Resolved"),
            "closed": self.tr("Closed"),
            "pending": self.tr("Pending"),
            "on-hold": self.tr("On hold"),
        }.get(status, status)

    def priority_name(self, priority: str) -> str:
        return {
            "low": self.tr("Low"),
            "normal": self.tr("Normal"),
            "high": self.tr("High"),
            "urgent": self.tr("Urgent"),
        }.get(priority, priority)

    def retranslate(self) -> None:
        self.empty.setText(self.tr("Choose a conversation in the inbox."))
        self._shown = (None, 0)
        if self._last is not None:
            self.show_thread(*self._last)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
