"""Blind calibration: the lead (an admin) starts a session over attempts with chosen
trainers; each trainer grades every criterion without the automatic verdict or anyone
else's grades; once all have submitted, the reveal (agreement per criterion, grader
against trainers, strict and lenient trainers) and the comparison of past sessions.

The screen only shows what the store gives: ``Store.calibration_blind`` has no verdict
in it, and ``Store.calibration_results`` refuses until every trainer has submitted.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from simulator.errors import SimulatorError
from simulator.ui import theme
from simulator.ui.bidi import direction as text_direction
from simulator.ui.delegates import ScriptDirectionDelegate
from simulator.ui.itemmodel import Column, RowTable, pair_columns
from simulator.ui.labels import channel_name
from simulator.ui.text import humanise
from simulator.ui.trainer.figures import attempt_title, is_exam_item

UNGRADED, MET, MISSED = 0, 1, 2


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


def _criterion_title(c: dict) -> str:
    return str(c.get("title") or humanise(str(c["id"])))


def _leaning_colour(t) -> QColor | None:
    """A strict or lenient trainer's leaning in its colour; in line: the usual text."""
    return _LEANING_COLOURS.get(t.leaning)


class NewSessionDialog(QDialog):
    """The lead's choice: a title, finished attempts and two or more trainers."""

    def __init__(self, store, requester, titles: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.store, self.requester, self.session = store, requester, None
        self.title_edit = QLineEdit()
        self.attempts = QListWidget()
        self.trainers = QListWidget()
        self.error = QLabel()
        self.error.setObjectName("warnchip")
        self.error.setWordWrap(True)
        self.error.hide()
        people = store.people()
        names = {p.id: p.display_name for p in people}
        for p in people:
            if p.role in ("trainer", "admin"):
                item = QListWidgetItem(f"{p.display_name} ({p.name})")
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.trainers.addItem(item)
            if p.role != "trainee":
                continue
            for a in reversed(store.attempts_for(p.id)):
                if a.ended_at is None or is_exam_item(a) or a.scenario_id.startswith("exam:"):
                    continue
                label = (
                    f"{names[p.id]} · {attempt_title(a.scenario_id, titles)} · "
                    f"{a.started_at:%Y-%m-%d %H:%M}"
                )
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.attempts.addItem(item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.title_label, self.attempts_label, self.trainers_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.attempts_label, self.attempts)
        form.addRow(self.trainers_label, self.trainers)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(860, 600)
        self.retranslate()

    @staticmethod
    def checked(widget: QListWidget) -> list[int]:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def start(self) -> None:
        try:
            self.session = self.store.start_calibration(
                self.requester,
                title=self.title_edit.text(),
                attempt_ids=self.checked(self.attempts),
                trainer_ids=self.checked(self.trainers),
            )
        except SimulatorError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New calibration session"))
        self.title_label.setText(self.tr("Title"))
        self.attempts_label.setText(self.tr("Attempts to grade"))
        self.trainers_label.setText(self.tr("Trainers (two or more)"))
        self.title_edit.setPlaceholderText(self.tr("e.g. March: account recovery"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Start the session")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


class GradingPage(QWidget):
    """A trainer grades every criterion of every attempt: met or missed. Nothing here
    says what the grader or the other trainers decided."""

    submitted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.store = self.requester = None
        self.blind = None
        self.titles: dict[str, str] = {}
        self.grades: dict[int, dict[str, bool]] = {}
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("muted")
        self.attempt_box = QComboBox()
        self.attempt_box.currentIndexChanged.connect(lambda _i: self.show_item())
        self.transcript = QTextBrowser()
        # Rows are the attempt's criteria; the grade is a combo box in the second column.
        self.criteria = RowTable(
            [
                Column(lambda: self.tr("Criterion"), _criterion_title),
                Column(lambda: self.tr("Your grade"), lambda _c: ""),
            ],
            alternate=True,
            stretch="first",
        )
        self.criteria.setItemDelegate(ScriptDirectionDelegate(self.criteria))
        self.progress = QLabel()
        self.progress.setObjectName("chip")
        self.error = QLabel()
        self.error.setObjectName("warnchip")
        self.error.setWordWrap(True)
        self.error.hide()
        self.submit_button = QPushButton()
        self.submit_button.setObjectName("primary")
        self.submit_button.clicked.connect(self.submit)
        split = QSplitter()
        split.addWidget(self.transcript)
        split.addWidget(self.criteria)
        split.setSizes([520, 420])
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress)
        bottom.addStretch(1)
        bottom.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.attempt_box)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.retranslate()

    def show_blind(self, store, requester, blind, titles: dict[str, str]) -> None:
        self.store, self.requester, self.blind, self.titles = store, requester, blind, titles
        self.grades = {item.attempt_id: {} for item in blind.items}
        self.error.hide()
        self.retranslate()

    def show_item(self) -> None:
        if self.blind is None or self.attempt_box.currentIndex() < 0:
            return
        item = self.blind.items[self.attempt_box.currentIndex()]
        self.transcript.setHtml(self.transcript_html(item))
        mine = self.grades.setdefault(item.attempt_id, {})
        # A new set of rows: the previous attempt's (or language's) boxes go.
        self.criteria.set_rows(item.criteria)
        for row, c in enumerate(item.criteria):
            cid = str(c["id"])
            box = QComboBox()
            box.addItem(self.tr("Not graded yet"), UNGRADED)
            box.addItem(self.tr("Met"), MET)
            box.addItem(self.tr("Missed"), MISSED)
            if cid in mine:
                box.setCurrentIndex(box.findData(MET if mine[cid] else MISSED))
            box.currentIndexChanged.connect(
                lambda _i, b=box, a=item.attempt_id, k=cid: self.grade(a, k, b.currentData())
            )
            self.criteria.set_cell_widget(row, 1, box)
        self._update()

    def grade(self, attempt_id: int, criterion_id: str, value: int) -> None:
        mine = self.grades.setdefault(attempt_id, {})
        if value == UNGRADED:
            mine.pop(criterion_id, None)
        else:
            mine[criterion_id] = value == MET
        self._update()

    def counts(self) -> tuple[int, int]:
        if self.blind is None:
            return 0, 0
        total = sum(len(i.criteria) for i in self.blind.items)
        done = sum(len(self.grades.get(i.attempt_id, {})) for i in self.blind.items)
        return done, total

    def submit(self) -> None:
        if self.blind is None:
            return
        try:
            self.store.submit_calibration(self.requester, self.blind.session.id, self.grades)
        except SimulatorError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self.submitted.emit()

    def action_name(self, action_type: str) -> str:
        """A tool action as the results' replay names it, in the interface language."""
        names = {
            "lookup": self.tr("Account looked up"),
            "macro": self.tr("Macro"),
            "tag": self.tr("Tag"),
            "escalate": self.tr("Escalated"),
            "request_info": self.tr("Information requested"),
            "resolve": self.tr("Conversation resolved"),
            "close": self.tr("Conversation closed"),
        }
        return names.get(action_type, humanise(action_type))

    def transcript_html(self, item) -> str:
        """Messages and tool actions in the order they happened."""
        rtl = self.isRightToLeft()
        ui = "rtl" if rtl else "ltr"
        entries = [(float(m.get("at_s") or 0.0), 0, m) for m in item.transcript]
        entries += [(float(a.get("at_s") or 0.0), 1, a) for a in item.actions]
        parts = []
        for _at, kind, e in sorted(entries, key=lambda x: (x[0], x[1])):
            if kind == 1:
                what = self.action_name(str(e.get("type") or ""))
                if e.get("value"):
                    what += f": {e['value']}"
                label = self.tr("Action")
                parts.append(
                    f"<p dir='{ui}' style='color:#7c3aed;margin:4px 0;'>"
                    f"{html.escape(label)} · {html.escape(what)}</p>"
                )
                continue
            who = self.tr("Trainee") if e.get("from") == "trainee" else self.tr("User")
            where = channel_name(str(e.get("channel") or e.get("thread") or ""))
            text = html.escape(str(e.get("text") or ""))
            colour = theme.ACCENT if e.get("from") == "trainee" else theme.TEXT_SOFT
            parts.append(
                f"<p dir='{ui}' style='margin:6px 0 0 0;color:{colour};'>"
                f"<b>{html.escape(who)}</b> · {html.escape(where)}</p>"
                f"<p dir='{text_direction(text)}' style='margin:0 0 6px 0;'>{text}</p>"
            )
        return "".join(parts)

    def _update(self) -> None:
        done, total = self.counts()
        self.progress.setText(self.tr("{done} of {total} graded").format(done=done, total=total))
        self.submit_button.setEnabled(self.blind is not None and total > 0 and done == total)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Grade every criterion of every attempt as met or missed. You see neither "
                "the automatic verdict nor the other trainers' grades; the results are "
                "revealed when every trainer has submitted."
            )
        )
        self.submit_button.setText(self.tr("Submit my grades"))
        self.criteria.retranslate()
        index = self.attempt_box.currentIndex()
        self.attempt_box.blockSignals(True)
        self.attempt_box.clear()
        if self.blind is not None:
            n = len(self.blind.items)
            for i, item in enumerate(self.blind.items):
                self.attempt_box.addItem(
                    self.tr("Attempt {n} of {total}: {title}").format(
                        n=i + 1, total=n, title=attempt_title(item.scenario_id, self.titles)
                    )
                )
        self.attempt_box.blockSignals(False)
        if self.attempt_box.count():
            self.attempt_box.setCurrentIndex(max(0, min(index, self.attempt_box.count() - 1)))
            self.show_item()
        self._update()


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
        self.criteria = RowTable(
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
        self.criteria.setItemDelegate(ScriptDirectionDelegate(self.criteria))
        self.trainers_title = QLabel()
        self.trainers_title.setObjectName("subtitle")
        self.trainers = RowTable(
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


class CalibrationScreen(QWidget):
    """Sessions on the start side; the selected one's grading, waiting or reveal page."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.store = self.requester = None
        self.titles: dict[str, str] = {}
        self.sessions: list = []
        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.sessions_title = QLabel()
        self.sessions_title.setObjectName("subtitle")
        self.table = RowTable(
            pair_columns(
                lambda: self.tr("Session"), lambda: self.tr("Date"), lambda: self.tr("Status")
            ),
            alternate=True,
            stretch="first",
        )
        self.table.setItemDelegate(ScriptDirectionDelegate(self.table))
        self.table.selection_changed.connect(self.show_selected)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_session)
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self.show_comparison)
        self.page_title = QLabel()
        self.page_title.setObjectName("subtitle")
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.grading = GradingPage()
        self.grading.submitted.connect(self.after_submit)
        self.reveal = RevealPage()
        self.comparison = ComparisonPage()
        self.pages = QStackedWidget()
        for page in (self.waiting, self.grading, self.reveal, self.comparison):
            self.pages.addWidget(page)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.sessions_title)
        lv.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.compare_button)
        lv.addLayout(buttons)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.page_title)
        rv.addWidget(self.pages, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([380, 980])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        self.retranslate()

    def set_store(self, store, requester, titles: dict[str, str] | None = None) -> None:
        self.store, self.requester = store, requester
        self.titles = dict(titles or {})
        self.new_button.setVisible(getattr(requester, "role", None) == "admin")
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        if self.store is None:
            return
        current = select if select is not None else self.selected_id()
        try:
            self.sessions = self.store.calibration_sessions(self.requester)
        except SimulatorError as exc:
            self.sessions = []
            self.waiting.setText(str(exc))
        self._fill_table()
        rows = [i for i, s in enumerate(self.sessions) if s.id == current]
        self.table.blockSignals(True)
        if rows or self.sessions:
            self.table.select(rows[0] if rows else 0)
        self.table.blockSignals(False)
        self.show_selected()

    def selected_id(self) -> int | None:
        row = self.table.selected()
        return row[0].id if row is not None else None

    def selected(self):
        sid = self.selected_id()
        return next((s for s in self.sessions if s.id == sid), None)

    def status_text(self, s) -> str:
        if s.complete:
            return self.tr("Revealed")
        me = getattr(self.requester, "id", None)
        if me in s.trainer_ids and me not in s.submitted:
            return self.tr("Your grades are due")
        return self.tr("{n} of {total} submitted").format(
            n=len(s.submitted), total=len(s.trainer_ids)
        )

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        self.table.set_rows(
            (s, (s.title, f"{s.created_at:%Y-%m-%d}", self.status_text(s))) for s in self.sessions
        )
        self.table.retranslate()
        self.table.blockSignals(False)

    def show_selected(self) -> None:
        s = self.selected()
        if s is None or self.store is None:
            self.page_title.setText("")
            self.waiting.setText(
                self.tr("No calibration session yet: the lead (an admin) starts one.")
            )
            self.pages.setCurrentWidget(self.waiting)
            return
        self.page_title.setText(s.title)
        me = getattr(self.requester, "id", None)
        if s.complete:
            try:
                results = self.store.calibration_results(self.requester, s.id)
            except SimulatorError as exc:
                self.waiting.setText(str(exc))
                self.pages.setCurrentWidget(self.waiting)
                return
            self.reveal.show_results(results)
            self.pages.setCurrentWidget(self.reveal)
            return
        if me in s.trainer_ids and me not in s.submitted:
            try:
                blind = self.store.calibration_blind(self.requester, s.id)
            except SimulatorError as exc:
                self.waiting.setText(str(exc))
                self.pages.setCurrentWidget(self.waiting)
                return
            self.grading.show_blind(self.store, self.requester, blind, self.titles)
            self.pages.setCurrentWidget(self.grading)
            return
        self.waiting.setText(self.waiting_text(s))
        self.pages.setCurrentWidget(self.waiting)

    def waiting_text(self, s) -> str:
        names: dict[int, str] = (
            {p.id: p.display_name for p in self.store.people()} if self.store else {}
        )
        sep = "، " if self.isRightToLeft() else ", "
        done = sep.join(names.get(t, str(t)) for t in s.submitted) or "—"
        due = sep.join(names.get(t, str(t)) for t in s.waiting_for) or "—"
        return "\n\n".join(
            [
                self.tr(
                    "The results are revealed when every trainer has submitted. Until "
                    "then nobody, the lead included, sees any grade."
                ),
                self.tr("Submitted: {names}").format(names=done),
                self.tr("Still to submit: {names}").format(names=due),
            ]
        )

    def after_submit(self) -> None:
        self.refresh(select=self.selected_id())

    def new_session(self):
        if self.store is None:
            return None
        dialog = NewSessionDialog(self.store, self.requester, self.titles, self)
        dialog.setModal(True)
        dialog.accepted.connect(
            lambda: self.refresh(select=dialog.session.id if dialog.session else None)
        )
        dialog.show()
        return dialog

    def show_comparison(self) -> None:
        if self.store is None:
            return
        try:
            rows = self.store.calibration_comparison(self.requester)
        except SimulatorError as exc:
            self.waiting.setText(str(exc))
            self.pages.setCurrentWidget(self.waiting)
            return
        self.comparison.show_rows(rows)
        self.page_title.setText(self.tr("Past sessions compared"))
        self.pages.setCurrentWidget(self.comparison)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Calibration"))
        self.sessions_title.setText(self.tr("Sessions"))
        self.new_button.setText(self.tr("New session"))
        self.compare_button.setText(self.tr("Compare past sessions"))
        self._fill_table()
        if self.store is not None and self.pages.currentWidget() is self.waiting:
            self.show_selected()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for page in (self.grading, self.reveal, self.comparison):
                page.retranslate()
        super().changeEvent(event)
