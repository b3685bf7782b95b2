"""The unified inbox: one row per thread across channels, with unread count and SLA timer."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate

from simulator.content.placeholders import fill
from simulator.ui import theme
from simulator.ui.bidi import strong_direction
from simulator.ui.labels import channel_name

ThreadIdRole = Qt.UserRole + 1
ChannelRole = Qt.UserRole + 2
PreviewRole = Qt.UserRole + 3
UnreadRole = Qt.UserRole + 4
SlaTextRole = Qt.UserRole + 5
SlaLevelRole = Qt.UserRole + 6  # "ok" | "warn" | "breach" | "done" | ""
StatusRole = Qt.UserRole + 7
NameRole = Qt.UserRole + 8

_ROOT = QModelIndex()


def format_seconds(seconds: float) -> str:
    """``m:ss`` under an hour, ``h:mm:ss`` above; negative as ``-m:ss``."""
    sign = "-" if seconds < 0 else ""
    s = int(abs(seconds))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{sign}{h}:{m:02d}:{sec:02d}" if h else f"{sign}{m}:{sec:02d}"


def sla_state(info, now: float) -> tuple[str, str]:
    """(level, text) of a thread's first-response timer: amber at half the target, red past it."""
    if info.first_user_at is None:
        return "", ""
    if info.first_reply_at is not None:
        return "done", format_seconds(info.first_reply_at - info.first_user_at)
    elapsed = now - info.first_user_at
    remaining = info.sla_target_s - elapsed
    if remaining < 0:
        return "breach", format_seconds(remaining)
    level = "warn" if elapsed >= info.sla_target_s / 2 else "ok"
    return level, format_seconds(remaining)


class InboxModel(QAbstractListModel):
    """Rows are the scenario's threads that have a message, newest activity first."""

    def __init__(self, controller, scenario, user_name: str = "", parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.scenario = scenario
        self.user_name = user_name
        self.unread: dict[str, int] = {}
        self._rows: list[str] = []

    def refresh(self) -> None:
        """Re-read the session; keep the row order stable unless threads appear."""
        visible = [t.id for t in self.scenario.threads if self.controller.messages(t.id)]
        if visible != self._rows:
            self.beginResetModel()
            self._rows = visible
            self.endResetModel()
        elif self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def mark_unread(self, thread_id: str) -> None:
        self.unread[thread_id] = self.unread.get(thread_id, 0) + 1

    def mark_read(self, thread_id: str) -> None:
        self.unread[thread_id] = 0

    def thread_ids(self) -> list[str]:
        return list(self._rows)

    def row_of(self, thread_id: str) -> int:
        return self._rows.index(thread_id) if thread_id in self._rows else -1

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        tid = self._rows[index.row()]
        thread = self.scenario.thread(tid)
        if role == ThreadIdRole:
            return tid
        if role == ChannelRole:
            return thread.channel
        if role in (Qt.DisplayRole, NameRole):
            subject = fill(thread.subject or "", self.controller.session.values)
            return subject or self.user_name or tid
        if role == PreviewRole:
            msgs = self.controller.messages(tid)
            return msgs[-1].text.replace("\n", " ")[:120] if msgs else ""
        if role == UnreadRole:
            return self.unread.get(tid, 0)
        if role in (SlaTextRole, SlaLevelRole):
            level, text = sla_state(self.controller.thread_info(tid), self.controller.now())
            return level if role == SlaLevelRole else text
        if role == StatusRole:
            return self.controller.thread_info(tid).status
        if role == Qt.ToolTipRole:
            return channel_name(thread.channel)
        if role == Qt.DecorationRole:
            return theme.icon(thread.channel)
        return None


SLA_COLOURS = {
    "ok": theme.SLA_OK,
    "warn": theme.SLA_WARN,
    "breach": theme.SLA_BREACH,
    "done": theme.MUTED,
}


def _draw_line(painter: QPainter, rect: QRect, text: str, ui_rtl: bool) -> None:
    """One line of ``text`` in ``rect``, laid out and elided in its own direction and
    aligned to its own start: an Arabic name starts at the right in the English UI."""
    strong = strong_direction(text)
    rtl = ui_rtl if strong is None else strong == "rtl"
    force = Qt.TextForceRightToLeft if rtl else Qt.TextForceLeftToRight
    painter.save()
    painter.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
    elided = painter.fontMetrics().elidedText(text, Qt.ElideRight, rect.width())
    align = (Qt.AlignRight if rtl else Qt.AlignLeft) | Qt.AlignVCenter | Qt.AlignAbsolute
    painter.drawText(rect, int(align | force), elided)
    painter.restore()


class InboxDelegate(QStyledItemDelegate):
    """Paints a row like a helpdesk inbox: icon, name, preview, SLA timer, unread badge."""

    def sizeHint(self, option, index) -> QSize:
        return QSize(280, 64)

    def paint(self, painter: QPainter, option, index) -> None:
        painter.save()
        rtl = option.direction == Qt.RightToLeft
        r = option.rect
        selected = option.state & QStyle.State_Selected
        painter.fillRect(r, QColor(theme.ROW_SELECTED if selected else theme.SURFACE))
        channel = index.data(ChannelRole)
        painter.fillRect(
            QRect(r.right() - 3 if rtl else r.left(), r.top(), 4, r.height()),
            theme.channel_colour(channel),
        )
        pad = 12
        icon_rect = QRect(0, r.top() + 10, 22, 22)
        icon_rect.moveLeft(r.right() - pad - 22 if rtl else r.left() + pad)
        index.data(Qt.DecorationRole).paint(painter, icon_rect)
        text_left = r.left() + pad + (0 if rtl else 30)
        text_right = r.right() - pad - (30 if rtl else 0)
        unread = index.data(UnreadRole) or 0
        sla_text = index.data(SlaTextRole) or ""
        level = index.data(SlaLevelRole) or ""
        status = index.data(StatusRole)

        bold = QFont(option.font)
        bold.setBold(unread > 0)
        bold.setWeight(QFont.DemiBold if unread else QFont.Medium)
        painter.setFont(bold)
        painter.setPen(QColor(theme.TEXT_STRONG))
        name_rect = QRect(text_left, r.top() + 8, text_right - text_left - 70, 22)
        if rtl:
            name_rect.moveLeft(text_left + 70)
        _draw_line(painter, name_rect, index.data(NameRole) or "", rtl)

        # The SLA timer sits on the end side of the first line.
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() - 1)
        painter.setFont(small)
        timer_rect = QRect(text_right - 68, r.top() + 8, 68, 22)
        if rtl:
            timer_rect.moveLeft(text_left)
        if status in ("resolved", "closed"):
            painter.setPen(QColor(theme.MUTED))
            painter.drawText(timer_rect, Qt.AlignCenter, "✓")
        elif sla_text:
            colour = QColor(SLA_COLOURS.get(level, theme.MUTED))
            painter.setPen(QPen(colour))
            painter.drawText(timer_rect, Qt.AlignCenter, "⏱ " + sla_text)

        preview_rect = QRect(text_left, r.top() + 32, text_right - text_left - 34, 22)
        if rtl:
            preview_rect.moveLeft(text_left + 34)
        painter.setPen(QColor(theme.MUTED))
        _draw_line(painter, preview_rect, index.data(PreviewRole) or "", rtl)

        if unread:
            badge = QRect(0, r.top() + 34, 22, 18)
            badge.moveLeft(text_left if rtl else text_right - 22)
            painter.setRenderHint(QPainter.Antialiasing)
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(theme.ACCENT))
            painter.drawRoundedRect(badge, 9, 9)
            painter.setPen(QColor(theme.SURFACE))
            painter.drawText(badge, Qt.AlignCenter, str(unread))
        painter.setPen(QColor(theme.DIVIDER))
        painter.drawLine(r.left(), r.bottom(), r.right(), r.bottom())
        painter.restore()


class InboxView(QListView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(InboxDelegate(self))
        self.setUniformItemSizes(True)
        self.setMinimumWidth(300)
        self.setStyleSheet("QListView { border-radius: 0; border: none; }")
