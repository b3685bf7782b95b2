"""A result's criteria for the results screen: the table model (verdict, weight, evidence),
the evidence's highlighted spans, and a criterion's title."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from simulator.ui import theme
from simulator.ui.itemmodel import Column, RowTableModel
from simulator.ui.labels import language_name, list_separator
from simulator.ui.text import humanise

HIGHLIGHT = theme.HIGHLIGHT


def evidence_spans(criterion: dict[str, Any]) -> list[dict[str, Any]]:
    """The reply spans a criterion's evidence points at (matches, or phrases found)."""
    ev = criterion.get("evidence") or {}
    spans = [*ev.get("matches", []), *ev.get("found", [])]
    return [s for s in spans if isinstance(s, dict) and "start" in s and "reply" in s]


def criterion_title(c: dict[str, Any]) -> str:
    """A criterion's title, or its id made readable (``looked-up`` -> ``Looked up``)."""
    if c.get("title"):
        return str(c["title"])
    ev = c.get("evidence") or {}
    if ev.get("expected") in ("en", "ar") and "replies" in ev:
        # A language check with no title: said in the interface language, not its id
        # made readable ("Reply in english").
        from PySide6.QtCore import QCoreApplication

        text = QCoreApplication.translate("Results", "Replies in {language}")
        return text.format(language=language_name(ev["expected"]))
    return humanise(str(c.get("id", "")))


def highlighted_html(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` as HTML with each (start, end) span marked."""
    out, pos = [], 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if end <= start:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(f'<span style="background:{HIGHLIGHT};">{html.escape(text[start:end])}</span>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


class CriteriaModel(RowTableModel[dict[str, Any]]):
    """Columns: result, criterion, weight, evidence summary."""

    def __init__(self, parent: QObject | None = None) -> None:
        tip = {int(Qt.ItemDataRole.ToolTipRole): self._tooltip}
        colour = {int(Qt.ItemDataRole.ForegroundRole): _verdict_colour, **tip}
        columns: list[Column[dict[str, Any]]] = [
            Column(lambda: self.tr("Result"), self._verdict_cell, roles=colour),
            Column(lambda: self.tr("Criterion"), _criterion_cell, roles=tip),
            Column(lambda: self.tr("Weight"), self._weight_cell, roles=tip),
            Column(lambda: self.tr("Evidence"), self.summary, roles=tip),
        ]
        super().__init__(columns, (), parent)

    def set_criteria(self, criteria: Iterable[dict[str, Any]]) -> None:
        self.set_rows(criteria)

    def criterion(self, row: int) -> dict[str, Any]:
        return self.row(row)

    def _verdict_cell(self, c: dict[str, Any]) -> str:
        return ("✔ " if c.get("passed") else "✘ ") + self.verdict(c)

    def _weight_cell(self, c: dict[str, Any]) -> str:
        return self.tr("critical") if c.get("critical") else f"{c.get('weight', 0):g}"

    def _tooltip(self, c: dict[str, Any]) -> str:
        return f"{criterion_title(c)} ({c.get('id')})\n{self.summary(c)}"

    def verdict(self, c: dict[str, Any]) -> str:
        if not c.get("applicable", True):
            return self.tr("N/A")
        verdict = self.tr("Met") if c.get("passed") else self.tr("Missed")
        if c.get("overridden"):
            return self.tr("{verdict} (override)").format(verdict=verdict)
        return verdict

    def summary(self, c: dict[str, Any]) -> str:
        ev = c.get("evidence") or {}
        if ev.get("reason"):
            return str(ev["reason"])
        spans = evidence_spans(c)
        if spans:
            return list_separator().join(f"“{s.get('text', '')}”" for s in spans[:3])
        missing = ev.get("missing")
        if missing:
            items = missing[:3] if isinstance(missing, list) else [missing]
            phrases = list_separator().join(self.missing_item(i) for i in items)
            return self.tr("Not found: {phrases}").format(phrases=phrases)
        return ""

    def missing_item(self, item: Any) -> str:
        """A phrase as it is; an action (``{type, value}``) named in words."""
        if not isinstance(item, dict):
            return str(item)
        value = str(item.get("value") or "")
        words = {
            "lookup": self.tr("the account lookup"),
            "tag": self.tr("the tag {value}"),
            "macro": self.tr("the macro {value}"),
            "escalate": self.tr("an escalation to {value}"),
            "request_info": self.tr("a request for information"),
            "resolve": self.tr("resolving the conversation"),
            "close": self.tr("closing the conversation"),
            "note": self.tr("an internal note"),
            "update": self.tr("the back-office action {value}"),
            "status": self.tr("the status {value}"),
        }
        kind = str(item.get("type") or "")
        if kind in words:
            return words[kind].format(value=value)
        return self.tr("the action {action}").format(action=" ".join(filter(None, (kind, value))))


def _criterion_cell(c: dict[str, Any]) -> str:
    return criterion_title(c) + (" ⚑" if c.get("critical") else "")


def _verdict_colour(c: dict[str, Any]) -> QColor:
    if not c.get("applicable", True):
        return QColor(theme.MUTED)
    return QColor(theme.PASS if c.get("passed") else theme.FAIL)
