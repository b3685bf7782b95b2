"""The trainer's cohort view: a summary, one row per person, pass rates per scenario, a
person's attempts, and the cohort's anonymous wellbeing figures kept apart from them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from simulator.access import AccessError
from simulator.ui.tables import fill_row, make_table, select_row
from simulator.ui.trainer.figures import attempt_title, percent, scenario_pass_rates


class CohortScreen(QWidget):
    """Emits ``attempt_requested(attempt)`` to open a finished attempt for review and
    ``validate_requested`` for the library check."""

    attempt_requested = Signal(object)
    validate_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.store = None
        self.requester = None
        self.titles: dict[str, str] = {}
        self.summary = None
        self.attempts: list = []
        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.cohort_label = QLabel()
        self.cohort_box = QComboBox()
        self.cohort_box.currentIndexChanged.connect(lambda _i: self.show_cohort())
        self.validate_button = QPushButton()
        self.validate_button.clicked.connect(self.validate_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.cohort_label)
        top.addWidget(self.cohort_box, 1)
        top.addStretch(1)
        top.addWidget(self.validate_button)
        self.totals = QLabel()
        self.totals.setObjectName("chip")

        self.people_title = QLabel()
        self.people_title.setObjectName("subtitle")
        self.people = make_table(7, stretch_first=True)
        self.people.itemSelectionChanged.connect(self.show_person)
        self.scenarios_title = QLabel()
        self.scenarios_title.setObjectName("subtitle")
        self.scenarios = make_table(3, stretch_first=True)
        self.attempts_title = QLabel()
        self.attempts_title.setObjectName("subtitle")
        self.attempts_table = make_table(5, stretch_first=True)
        self.attempts_table.itemDoubleClicked.connect(lambda _i: self.open_attempt())
        self.attempts_table.itemSelectionChanged.connect(self._update_buttons)
        self.open_button = QPushButton()
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_attempt)

        # Wellbeing stays in its own card, never a column of the performance tables.
        self.wellbeing_card = QFrame()
        self.wellbeing_card.setObjectName("card")
        self.wellbeing_title = QLabel()
        self.wellbeing_title.setObjectName("subtitle")
        self.wellbeing = QLabel()
        self.wellbeing.setWordWrap(True)
        wv = QVBoxLayout(self.wellbeing_card)
        wv.addWidget(self.wellbeing_title)
        wv.addWidget(self.wellbeing)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.people_title)
        lv.addWidget(self.people, 3)
        lv.addWidget(self.attempts_title)
        lv.addWidget(self.attempts_table, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        lv.addLayout(row)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.scenarios_title)
        rv.addWidget(self.scenarios, 1)
        rv.addWidget(self.wellbeing_card)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([800, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addWidget(split, 1)
        self.retranslate()

    # -- data -------------------------------------------------------------------
    def set_store(self, store, titles: dict[str, str], requester=None) -> None:
        """Use ``store`` as ``requester`` (the signed-in trainer); ``titles``: scenario id
        -> title for the tables."""
        self.store = store
        self.requester = requester
        self.titles = dict(titles)
        self.refresh()

    def refresh(self) -> None:
        current = self.cohort_box.currentData()
        self.cohort_box.blockSignals(True)
        self.cohort_box.clear()
        for cohort in self.store.cohorts() if self.store is not None else []:
            self.cohort_box.addItem(cohort.name, cohort.id)
        i = self.cohort_box.findData(current)
        self.cohort_box.setCurrentIndex(max(i, 0) if self.cohort_box.count() else -1)
        self.cohort_box.blockSignals(False)
        self.show_cohort()

    def select_cohort(self, cohort_id: int) -> None:
        self.cohort_box.setCurrentIndex(self.cohort_box.findData(cohort_id))

    def show_cohort(self) -> None:
        cohort_id = self.cohort_box.currentData()
        self.people.setRowCount(0)
        self.scenarios.setRowCount(0)
        self.attempts_table.setRowCount(0)
        self.summary = None
        if self.store is None or cohort_id is None:
            self.retranslate()
            return
        self.summary = self.store.cohort_summary(cohort_id)
        self.people.setRowCount(len(self.summary.people))
        every = []
        for row, p in enumerate(self.summary.people):
            every.extend(self.store.attempts_for(p.person_id))
            last = p.last_started_at.strftime("%Y-%m-%d %H:%M") if p.last_started_at else "—"
            mean = "—" if p.mean_score is None else f"{p.mean_score:.0f}%"
            values = [
                p.display_name,
                str(p.attempts),
                str(p.finished),
                str(p.passed),
                percent(p.passed, p.finished),
                mean,
                last,
            ]
            fill_row(self.people, row, values, p.person_id)
        rates = scenario_pass_rates(every)
        self.scenarios.setRowCount(len(rates))
        for row, r in enumerate(rates):
            title = attempt_title(r.scenario_id, self.titles)
            fill_row(self.scenarios, row, [title, str(r.finished), percent(r.passed, r.finished)])
        try:  # the figures are for a signed-in trainer or admin (simulator.access)
            self.aggregate = self.store.checkin_aggregate(self.requester, cohort_id)
        except AccessError:
            self.aggregate = None
        self.retranslate()

    def selected_person_id(self) -> int | None:
        rows = self.people.selectionModel().selectedRows()
        if not rows:
            return None
        return self.people.item(rows[0].row(), 0).data(Qt.UserRole)

    def select_person(self, person_id: int) -> None:
        for row in range(self.people.rowCount()):
            if self.people.item(row, 0).data(Qt.UserRole) == person_id:
                select_row(self.people, row)
                return

    def show_person(self) -> None:
        """The selected person's attempts, newest first."""
        person_id = self.selected_person_id()
        self.attempts = []
        if person_id is not None and self.store is not None:
            self.attempts = list(reversed(self.store.attempts_for(person_id)))
        self._fill_attempts()

    def _fill_attempts(self) -> None:
        self.attempts_table.setRowCount(len(self.attempts))
        for row, a in enumerate(self.attempts):
            if a.ended_at is None:
                verdict = self.tr("Unfinished")
            else:
                verdict = self.tr("Passed") if a.passed else self.tr("Not passed")
            score = "—" if a.score is None else f"{a.score:.0f}%"
            mode = self.tr("Exam") if a.mode == "exam" else self.tr("Practice")
            values = [
                attempt_title(a.scenario_id, self.titles),
                a.started_at.strftime("%Y-%m-%d %H:%M"),
                mode,
                score,
                verdict,
            ]
            fill_row(self.attempts_table, row, values, a.id)
        self._update_buttons()

    def selected_attempt(self):
        rows = self.attempts_table.selectionModel().selectedRows()
        return self.attempts[rows[0].row()] if rows else None

    def select_attempt(self, attempt_id: int) -> None:
        for row, a in enumerate(self.attempts):
            if a.id == attempt_id:
                select_row(self.attempts_table, row)

    def open_attempt(self) -> None:
        attempt = self.selected_attempt()
        if attempt is not None and attempt.ended_at is not None:
            self.attempt_requested.emit(attempt)

    def _update_buttons(self) -> None:
        attempt = self.selected_attempt()
        self.open_button.setEnabled(attempt is not None and attempt.ended_at is not None)

    # -- text -----------------------------------------------------------------
    def wellbeing_text(self) -> str:
        agg = getattr(self, "aggregate", None)
        if self.summary is None or agg is None:
            return self.tr("Choose a cohort.")
        if agg.suppressed and agg.why == "overlap":
            return "\n".join(
                (
                    self.tr(
                        "Hidden: the people who checked in differ from another group's "
                        "by fewer than 5."
                    ),
                    self.tr(
                        "Subtracting one group's figures from the other's would single "
                        "those few people out."
                    ),
                )
            )
        if agg.suppressed:
            return "\n".join(
                (
                    self.tr("Hidden: fewer than 5 people in this cohort have checked in."),
                    self.tr("Figures are shown only for 5 or more, so no one can be singled out."),
                )
            )
        parts = [
            self.tr("{people} people, {checkins} check-ins.").format(
                people=agg.people, checkins=agg.checkins
            )
        ]
        if agg.mean_rating is not None:
            parts.append(self.tr("Mean rating {value} of 10.").format(value=agg.mean_rating))
        if agg.mean_stress is not None:
            parts.append(self.tr("Mean stress {value} of 5.").format(value=agg.mean_stress))
        return "\n".join(parts)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Cohorts"))
        self.cohort_label.setText(self.tr("Cohort"))
        self.validate_button.setText(self.tr("Validate library"))
        self.open_button.setText(self.tr("Open attempt"))
        self.people_title.setText(self.tr("People"))
        self.scenarios_title.setText(self.tr("Pass rate per scenario"))
        self.attempts_title.setText(self.tr("Attempts of the selected person"))
        self.wellbeing_title.setText(self.tr("Wellbeing check-ins (anonymous, whole cohort)"))
        self.people.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Attempts"),
                self.tr("Finished"),
                self.tr("Passed"),
                self.tr("Pass rate"),
                self.tr("Mean score"),
                self.tr("Last attempt"),
            ]
        )
        self.scenarios.setHorizontalHeaderLabels(
            [self.tr("Scenario"), self.tr("Finished"), self.tr("Pass rate")]
        )
        self.attempts_table.setHorizontalHeaderLabels(
            [
                self.tr("Scenario"),
                self.tr("Started"),
                self.tr("Mode"),
                self.tr("Score"),
                self.tr("Result"),
            ]
        )
        s = self.summary
        if s is None:
            self.totals.setText(self.tr("No cohort yet: an admin creates cohorts."))
        else:
            mean = "—" if s.mean_score is None else f"{s.mean_score:.0f}%"
            self.totals.setText(
                self.tr(
                    "{members} members · {attempts} attempts · pass rate {rate} · mean score {mean}"
                ).format(
                    members=s.members,
                    attempts=s.attempts,
                    rate=percent(s.passed, s.finished),
                    mean=mean,
                )
            )
        self.wellbeing.setText(self.wellbeing_text())
        if self.attempts:
            self._fill_attempts()
        self._update_buttons()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
