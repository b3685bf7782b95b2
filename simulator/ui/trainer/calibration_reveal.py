"""Blind calibration, the reveal: agreement per criterion, the grader against the trainers,
strict and lenient trainers (once every trainer has submitted); and the comparison of past
sessions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from simulator.ui import theme
from simulator.ui.delegates import ScriptDirectionDelegate
from simulator.ui.itemmodel import Column, RowTable, pair_columns
from simulator.ui.text import humanise


def kappa_text(value: float | None) -> str:
    """Two decimals; a negative one starts with a left-to-right mark, so that its minus
    stays on the left in the right-to-left interface."""
    if value is None:
        return "—"
    return f"\u200e{value:.2f}" if value < 0 else f"{value:.2f}"


def share_text(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f}%"


_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_LEANING_COLOURS = {"strict": QColor(theme.STRICT), "lenient": QColor(theme.LENIENT)}


def _leaning_colour(t) -> QColor | None:
    """A strict or lenient trainer's leaning in its colour; in line: the usual text."""
    return _LEANING_COLOURS.get(t.leaning)


class RevealPage(QWidget):
    """Agreement per criterion, grader against trainers, and each trainer's leaning."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.results = None
        self.names: dict[int, str] = {}
        self.summary = QLabel()
        self.summary.setObjectName("chip")
        self.summary.setWordWrap(True)
        self.criteria_title = QLabel()
        self.criteria_title.setObjectName("subtitle")
        centred = {int(Qt.ItemDataRole.TextAlignmentRole): lambda _row: _CENTRE}
        # Figures are centred: the same in either direction.
        self.criteria = self._criteria_table(centred)
        self.criteria.setItemDelegate(ScriptDirectionDelegate(self.criteria))
        self.trainers_title = QLabel()
        self.trainers_title.setObjectName("subtitle")
        self.trainers = self._trainers_table(centred)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.criteria_title)
        layout.addWidget(self.criteria, 1)
        layout.addWidget(self.trainers_title)
        layout.addWidget(self.trainers)
        layout.addWidget(self.note)
        self.retranslate()

    def _criteria_table(self, centred: dict) -> RowTable:
        """Per criterion: the agreement between trainers and with the grader."""
        return RowTable(
            [
                Column(
                    lambda: self.tr("Criterion"),
                    lambda c: c.title if c.title != c.criterion_id else humanise(c.criterion_id),
                    {int(Qt.ItemDataRole.ToolTipRole): self.met_tooltip},
                ),
                Column(
                    lambda: self.tr("Kappa between trainers"),
                    lambda c: kappa_text(c.trainers_kappa),
                    centred,
                ),
                Column(
                    lambda: self.tr("All trainers agree"),
                    lambda c: share_text(c.trainers_agreement),
                    centred,
                ),
                Column(
                    lambda: self.tr("Kappa, grader and trainers"),
                    lambda c: kappa_text(c.grader_kappa),
                    centred,
                ),
                Column(
                    lambda: self.tr("Grades equal to the grader's"),
                    lambda c: share_text(c.grader_agreement),
                    centred,
                ),
            ],
            alternate=True,
            stretch="first",
        )

    def _trainers_table(self, centred: dict) -> RowTable:
        """Per trainer: how often they graded met, against the median and the grader,
        and their leaning."""
        return RowTable(
            [
                Column(lambda: self.tr("Trainer"), lambda t: t.name),
                Column(lambda: self.tr("Graded met"), lambda t: share_text(t.met_rate), centred),
                Column(
                    lambda: self.tr("Median of the trainers"),
                    lambda t: share_text(t.median_rate),
                    centred,
                ),
                Column(
                    lambda: self.tr("Automatic grader"),
                    lambda t: share_text(t.grader_rate),
                    centred,
                ),
                Column(
                    lambda: self.tr("Leaning"),
                    lambda t: self.leaning_name(t.leaning),
                    {int(Qt.ItemDataRole.ForegroundRole): _leaning_colour},
                ),
            ],
            alternate=True,
            stretch="first",
        )

    def show_results(self, results) -> None:
        self.results = results
        self.retranslate()

    def method_name(self, method: str) -> str:
        if method == "cohen":
            return self.tr("Cohen's kappa")
        if method == "fleiss":
            return self.tr("Fleiss' kappa")
        return "—"

    def leaning_name(self, leaning: str) -> str:
        return {
            "strict": self.tr("Strict"),
            "lenient": self.tr("Lenient"),
        }.get(leaning, self.tr("In line"))

    def met_tooltip(self, c) -> str:
        """Who graded criterion ``c`` met, how often: on hovering the criterion."""
        names: dict[Any, str] = self.results.names if self.results is not None else {}
        sep = "، " if self.isRightToLeft() else ", "
        met = sep.join(f"{names.get(t, t)}: {n}/{c.items}" for t, n in c.met.items())
        return self.tr("Graded met: {counts}").format(counts=met)

    def retranslate(self) -> None:
        self.criteria_title.setText(self.tr("Agreement per criterion"))
        self.trainers_title.setText(self.tr("Trainers: strict or lenient"))
        self.criteria.retranslate()
        self.trainers.retranslate()
        self.note.setText(
            self.tr(
                "Kappa: 1 is full agreement, 0 what chance would give, below 0 worse than "
                "chance; — when everyone gave the same grade throughout. A trainer 10 "
                "points or more below the median share of met is strict, as far above "
                "lenient."
            )
        )
        r = self.results
        if r is None:
            self.summary.clear()
            self.criteria.set_rows([])
            self.trainers.set_rows([])
            return
        rev = r.reveal
        # The sentence in the interface's direction, the title isolated in its own.
        mark = "\u200f" if self.isRightToLeft() else "\u200e"
        self.summary.setText(
            mark
            + self.tr(
                "{title}: {trainers} trainers, {attempts} attempts. {method} between "
                "trainers {kappa}; grader and trainers {grader}."
            ).format(
                title=f"\u2068{r.session.title}\u2069",
                trainers=len(r.session.trainer_ids),
                attempts=len(r.session.attempt_ids),
                method=self.method_name(rev.method),
                kappa=kappa_text(rev.trainers_kappa),
                grader=kappa_text(rev.grader_kappa),
            )
        )
        self.criteria.set_rows(rev.criteria)
        self.trainers.set_rows(rev.trainers)
        # As tall as its rows: the criteria get the rest.
        height = self.trainers.horizontalHeader().height() + 2 * self.trainers.frameWidth()
        height += sum(self.trainers.rowHeight(i) for i in range(self.trainers.rowCount()))
        self.trainers.setFixedHeight(height + 4)


class ComparisonPage(QWidget):
    """Past sessions side by side."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []
        self.table = RowTable(
            pair_columns(
                lambda: self.tr("Session"),
                lambda: self.tr("Date"),
                lambda: self.tr("Trainers"),
                lambda: self.tr("Attempts"),
                lambda: self.tr("κ, trainers"),
                lambda: self.tr("Full agreement"),
                lambda: self.tr("κ, grader"),
                lambda: self.tr("Strict / lenient"),
            ),
            alternate=True,
        )
        self.table.setItemDelegate(ScriptDirectionDelegate(self.table))
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.retranslate()

    def show_rows(self, rows) -> None:
        self.rows = list(rows)
        self.retranslate()

    def retranslate(self) -> None:
        sep = "، " if self.isRightToLeft() else ", "

        def texts(s) -> tuple[str, ...]:
            leaning = " / ".join(sep.join(names) or "—" for names in (s.strict, s.lenient))
            return (
                s.title,
                f"{s.created_at:%Y-%m-%d}",
                str(s.trainers),
                str(s.attempts),
                kappa_text(s.trainers_kappa),
                share_text(s.trainers_agreement),
                kappa_text(s.grader_kappa),
                leaning,
            )

        self.table.set_rows((s, texts(s)) for s in self.rows)
        self.table.retranslate()
