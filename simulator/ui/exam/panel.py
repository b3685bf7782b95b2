"""The "Certification exams" tab of the home screen: the exams, and my sittings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simulator.exams.certificate import certificate_id
from simulator.ui.exam.catalogue import ExamEntry
from simulator.ui.tables import cell, make_table


class ExamPanel(QWidget):
    """Lists the exams (title, items, time, pass rules) and the trainee's sittings."""

    start_requested = Signal(object)  # an ExamEntry
    resume_requested = Signal(int)  # an unfinished sitting's attempt id
    sitting_requested = Signal(int)  # a finished sitting's attempt id

    def ran_out_text(self, exam: str) -> str:
        """Said at sign-in when a sitting's time ran out while the trainee was away."""
        return self.tr(
            "The time for {exam} ran out while you were away; it was graded on what you had sent."
        ).format(exam=exam)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.language = "en"
        self.entries: list[ExamEntry] = []
        self.sittings: list = []  # (Attempt, title) newest first
        self._unfinished = None  # (attempt id, title, remaining seconds) to offer
        self.resume_bar = QLabel()
        self.resume_bar.setObjectName("warnchip")
        self.resume_bar.setWordWrap(True)
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("primary")
        self.resume_button.clicked.connect(
            lambda: self._unfinished and self.resume_requested.emit(self._unfinished[0])
        )
        resume_row = QHBoxLayout()
        resume_row.addWidget(self.resume_bar, 1)
        resume_row.addWidget(self.resume_button)
        self.resume_box = QWidget()
        self.resume_box.setLayout(resume_row)
        self.resume_box.hide()

        self.exams = make_table(4)
        self.exams.itemSelectionChanged.connect(self._update)
        self.exams.doubleClicked.connect(lambda _i: self._start())
        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self._start)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.start_button)

        self.mine_title = QLabel()
        self.mine_title.setObjectName("subtitle")
        self.mine = make_table(5)
        self.mine.doubleClicked.connect(self._open_sitting)
        self.mine_hint = QLabel()
        self.mine_hint.setObjectName("muted")

        layout = QVBoxLayout(self)
        layout.addWidget(self.resume_box)
        layout.addWidget(self.exams, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.mine_title)
        layout.addWidget(self.mine, 2)
        layout.addWidget(self.mine_hint)
        self.retranslate()

    # -- data -------------------------------------------------------------------
    def set_exams(self, entries: list[ExamEntry]) -> None:
        self.entries = list(entries)
        self._fill_exams()

    def set_sittings(self, sittings: list, unfinished=None) -> None:
        """``sittings``: (Attempt, title) newest first; ``unfinished``: (id, title,
        remaining seconds) of a sitting to offer to resume, or None."""
        self.sittings = list(sittings)
        self._unfinished = unfinished
        self.retranslate()

    def select_exam(self, exam_id: str) -> bool:
        for row, entry in enumerate(self.entries):
            if entry.exam.id == exam_id:
                # Through the selection model: selectRow depends on the viewport's
                # geometry in right-to-left layouts.
                flags = QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
                self.exams.selectionModel().setCurrentIndex(self.exams.model().index(row, 0), flags)
                return True
        return False

    def selected(self) -> ExamEntry | None:
        rows = self.exams.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    # -- behaviour ----------------------------------------------------------------
    def _start(self) -> None:
        entry = self.selected()
        if entry is not None and self._unfinished is None:
            self.start_requested.emit(entry)

    def _open_sitting(self, index) -> None:
        attempt = self.sittings[index.row()][0]
        if attempt.finished:
            self.sitting_requested.emit(attempt.id)
        else:
            self.resume_requested.emit(attempt.id)

    def _update(self) -> None:
        # One sitting at a time: an interrupted one is resumed (or run out) first.
        self.start_button.setEnabled(self.selected() is not None and self._unfinished is None)

    def _fill_exams(self) -> None:
        selected = self.selected()
        self.exams.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            exam = entry.exam
            rules = [self.tr("mean score ≥ {n}%").format(n=f"{exam.pass_rules.mean_score:g}")]
            if exam.pass_rules.every_scenario:
                rules.append(self.tr("every item passed"))
            if exam.pass_rules.no_critical_failure:
                rules.append(self.tr("no critical failure"))
            self.exams.setItem(row, 0, cell(entry.title(self.language), exam.id))
            self.exams.setItem(row, 1, cell(str(entry.items)))
            minutes = round(exam.time_limit_s / 60)
            self.exams.setItem(row, 2, cell(self.tr("{m} min").format(m=minutes)))
            self.exams.setItem(row, 3, cell(self.tr("; ").join(rules)))
        if selected is not None:
            self.select_exam(selected.exam.id)
        self._update()

    def _fill_sittings(self) -> None:
        self.mine.setRowCount(len(self.sittings))
        for row, (attempt, title) in enumerate(self.sittings):
            when = attempt.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if not attempt.finished:
                state = self.tr("Unfinished")
            else:
                state = self.tr("Passed") if attempt.passed else self.tr("Failed")
            score = "" if attempt.score is None else f"{float(attempt.score):.0f}%"
            cert = certificate_id(attempt.id) if attempt.finished and attempt.passed else ""
            for col, text in enumerate((when, title, score, state, cert)):
                self.mine.setItem(row, col, cell(text))

    def tab_title(self) -> str:
        return self.tr("Certification exams")

    def retranslate(self) -> None:
        self.exams.setHorizontalHeaderLabels(
            [self.tr("Exam"), self.tr("Items"), self.tr("Time limit"), self.tr("To pass")]
        )
        self.mine.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Exam"),
                self.tr("Score"),
                self.tr("Result"),
                self.tr("Certificate"),
            ]
        )
        self.start_button.setText(self.tr("Start exam…"))
        self.note.setText(
            self.tr(
                "One timer for the whole exam. Scores are shown at the end. "
                "Sensitive items can be swapped for an equivalent with no penalty."
            )
        )
        self.mine_title.setText(self.tr("My sittings and certificates"))
        self.mine_hint.setText(self.tr("Open a finished sitting with a double-click."))
        if self._unfinished is not None:
            from simulator.ui.desk.inbox import format_seconds

            _sid, title, remaining = self._unfinished
            self.resume_bar.setText(
                self.tr(
                    "Your sitting of “{title}” was interrupted with {time} left. Resume it now?"
                ).format(title=title, time=format_seconds(remaining))
            )
            self.resume_button.setText(self.tr("Resume the exam"))
        self.resume_box.setVisible(self._unfinished is not None)
        self._fill_exams()
        self._fill_sittings()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
