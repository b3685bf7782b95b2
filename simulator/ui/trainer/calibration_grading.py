"""Blind calibration, the trainer's side: the lead's dialog that starts a session, and the
page where a trainer grades each criterion of each attempt without the automatic verdict."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from simulator.errors import SimulatorError
from simulator.ui import theme
from simulator.ui.bidi import direction as text_direction
from simulator.ui.delegates import ScriptDirectionDelegate
from simulator.ui.itemmodel import Column, RowTable
from simulator.ui.labels import channel_name
from simulator.ui.text import humanise
from simulator.ui.theme import warn_chip
from simulator.ui.trainer.figures import attempt_title, is_exam_item

UNGRADED, MET, MISSED = 0, 1, 2


def criterion_title(c: dict) -> str:
    return str(c.get("title") or humanise(str(c["id"])))


class NewSessionDialog(QDialog):
    """The lead's choice: a title, finished attempts and two or more trainers."""

    def __init__(self, store, requester, titles: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.store, self.requester, self.session = store, requester, None
        self.title_edit = QLineEdit()
        self.attempts = QListWidget()
        self.trainers = QListWidget()
        self.error = warn_chip()
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
                Column(lambda: self.tr("Criterion"), criterion_title),
                Column(lambda: self.tr("Your grade"), lambda _c: ""),
            ],
            alternate=True,
            stretch="first",
        )
        self.criteria.setItemDelegate(ScriptDirectionDelegate(self.criteria))
        self.progress = QLabel()
        self.progress.setObjectName("chip")
        self.error = warn_chip()
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
