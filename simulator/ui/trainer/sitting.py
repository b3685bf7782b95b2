"""A trainer's review of one exam sitting: the verdict and its rules, time used (with
extra time and the pause allowance), every pause and its length, the accommodations,
and each item with its own result (double-click to review the item itself)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simulator.ui.desk.inbox import format_seconds
from simulator.ui.exam.pages import failed_rules, item_cells
from simulator.ui.tables import cell, make_table


def _ltr(text: str) -> str:
    """A date or a time kept left-to-right inside a sentence of either direction."""
    return f"\u2066{text}\u2069"


class SittingReview(QWidget):
    """One stored sitting, read from its sealed result and log. Emits ``open_item`` with
    an item's attempt id, and ``back``."""

    open_item = Signal(int)
    back = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.attempt_ids: list[int | None] = []
        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.items_title, self.pauses_title = QLabel(), QLabel()
        for label in (self.items_title, self.pauses_title):
            label.setObjectName("subtitle")
        self.items = make_table(5)
        self.items.doubleClicked.connect(self._open)
        self.pauses = make_table(4)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.items_title)
        layout.addWidget(self.items, 2)
        layout.addWidget(self.pauses_title)
        layout.addWidget(self.pauses, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_button)
        layout.addLayout(row)
        self._shown: tuple[Any, ...] | None = None

    def show_sitting(self, title: str, grade: dict, accommodations: list, titles: dict) -> None:
        """``grade``: the sitting's sealed result; ``accommodations``: the store's
        ``Accommodation`` records for this person and exam; ``titles``: scenario titles."""
        self._shown = (title, grade, accommodations, titles)
        self.heading.setText(self.tr("Exam sitting: {title}").format(title=title))
        passed = bool(grade.get("passed"))
        rules = grade.get("rules") or {}
        limit = float(grade.get("time_limit_s") or 0.0)
        extra = float(grade.get("extra_s") or 0.0)
        lines = [
            self.tr("Verdict: {verdict}, {score}% (pass mark {mark}%)").format(
                verdict=self.tr("Passed") if passed else self.tr("Not passed"),
                score=f"{float(grade.get('score') or 0):g}",
                mark=f"{float(rules.get('mean_score') or 0):g}",
            ),
            self.tr("Time used {used} of {limit}").format(
                used=_ltr(format_seconds(float(grade.get("elapsed_s") or 0.0))),
                limit=_ltr(format_seconds(limit + extra)),
            ),
            self.tr("Paused {paused}, of which {credited} did not count").format(
                paused=_ltr(format_seconds(float(grade.get("paused_s") or 0.0))),
                credited=_ltr(format_seconds(float(grade.get("credited_pause_s") or 0.0))),
            ),
        ]
        if grade.get("verdict") == "override":
            auto = grade.get("automatic") or {}
            lines.append(
                self.tr("Decided by a trainer's override (automatic: {verdict}, {score}%)").format(
                    verdict=self.tr("Passed") if auto.get("passed") else self.tr("Not passed"),
                    score=f"{float(auto.get('score') or 0):g}",
                )
            )
        if grade.get("awaiting_review"):
            lines.append(
                self.tr(
                    "This exam requires review: its certificate is issued once a trainer "
                    "confirms the verdict (override the verdict, with a reason)."
                )
            )
        if grade.get("time_up"):
            lines.append(self.tr("The time ran out; items not reached score 0."))
        if grade.get("reasons"):
            lines.append(self.tr("Not passed because: ") + "; ".join(failed_rules(grade)))
        if extra:
            lines.append(self.tr("Extra time: {m} minutes").format(m=f"{extra / 60:g}"))
        for a in accommodations:
            lines.append(
                self.tr("Accommodation: {m} minutes, {when}: {reason}").format(
                    m=f"{a.extra_s / 60:g}",
                    when=_ltr(a.at.strftime("%Y-%m-%d")),
                    reason=a.reason,
                )
            )
        self.summary.setText("<br>".join(html.escape(x) for x in lines))
        self._fill_items(list(grade.get("items", ())), titles)
        self._fill_pauses(list(grade.get("pauses", ())))
        self.items_title.setText(self.tr("Items (double-click to review one)"))
        self.pauses_title.setText(self.tr("Pauses"))
        self.back_button.setText(self.tr("Back to the cohort"))

    def _fill_items(self, items: list[dict], titles: dict) -> None:
        self.items.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Scenario"), self.tr("Score"), self.tr("Result"), ""]
        )
        self.items.setRowCount(len(items))
        self.attempt_ids = [i.get("attempt_id") for i in items]
        for row, item in enumerate(items):
            note = (
                self.tr("swapped from {id}").format(id=item["swapped_from"])
                if item.get("swapped_from")
                else ""
            )
            for col, text in enumerate((*item_cells(row, item, titles), note)):
                self.items.setItem(row, col, cell(text))

    def _fill_pauses(self, pauses: list[dict]) -> None:
        self.pauses.setHorizontalHeaderLabels(
            [self.tr("Reason"), self.tr("At"), self.tr("Length"), self.tr("Counted as")]
        )
        self.pauses.setRowCount(len(pauses))
        names = {
            "support": self.tr("Pause / support"),
            "break": self.tr("Break"),
            "briefing": self.tr("Briefing"),
        }
        for row, p in enumerate(pauses):
            kind = self.tr("from the allowance") if p.get("capped") else self.tr("between items")
            cells = (
                names.get(str(p.get("reason")), str(p.get("reason"))),
                format_seconds(float(p.get("at_s") or 0.0)),
                format_seconds(float(p.get("seconds") or 0.0)),
                kind,
            )
            for col, text in enumerate(cells):
                self.pauses.setItem(row, col, cell(text))

    def _open(self, index) -> None:
        attempt_id = self.attempt_ids[index.row()] if index.row() < len(self.attempt_ids) else None
        if attempt_id is not None:
            self.open_item.emit(int(attempt_id))

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange and self._shown is not None:
            self.show_sitting(*self._shown)
        super().changeEvent(event)
