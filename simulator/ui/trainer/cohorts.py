"""The trainer's cohort view: a summary, one row per person, pass rates per scenario, a
person's attempts, and the cohort's anonymous wellbeing figures kept apart from them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QEvent, Signal
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
from simulator.ui.itemmodel import Column, RowTable
from simulator.ui.trainer.figures import attempt_title, percent, scenario_pass_rates


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "—"


def _percent_or_dash(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}%"


class CohortScreen(QWidget):
    """Emits ``attempt_requested(attempt)`` to open a finished attempt for review and
    ``validate_requested`` for the library check."""

    attempt_requested = Signal(object)
    validate_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.store: Any = None
        self.requester = None
        self.titles: dict[str, str] = {}
        self.summary: Any = None
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
        self.people = RowTable(
            [
                Column(lambda: self.tr("Person"), lambda p: p.display_name),
                Column(lambda: self.tr("Attempts"), lambda p: str(p.attempts)),
                Column(lambda: self.tr("Finished"), lambda p: str(p.finished)),
                Column(lambda: self.tr("Passed"), lambda p: str(p.passed)),
                Column(lambda: self.tr("Pass rate"), lambda p: percent(p.passed, p.finished)),
                Column(lambda: self.tr("Mean score"), lambda p: _percent_or_dash(p.mean_score)),
                Column(lambda: self.tr("Last attempt"), lambda p: _when(p.last_started_at)),
            ],
            stretch="first",
        )
        self.people.selection_changed.connect(self.show_person)
        self.scenarios_title = QLabel()
        self.scenarios_title.setObjectName("subtitle")
        self.scenarios = RowTable(
            [
                Column(
                    lambda: self.tr("Scenario"), lambda r: attempt_title(r.scenario_id, self.titles)
                ),
                Column(lambda: self.tr("Finished"), lambda r: str(r.finished)),
                Column(lambda: self.tr("Pass rate"), lambda r: percent(r.passed, r.finished)),
            ],
            stretch="first",
        )
        self.attempts_title = QLabel()
        self.attempts_title.setObjectName("subtitle")
        self._blind_ids: frozenset[int] = frozenset()  # graded blind (calibration)
        self.attempts_table = RowTable(
            [
                Column(
                    lambda: self.tr("Scenario"), lambda a: attempt_title(a.scenario_id, self.titles)
                ),
                Column(lambda: self.tr("Started"), lambda a: _when(a.started_at)),
                Column(lambda: self.tr("Mode"), self._mode),
                Column(lambda: self.tr("Score"), self._score),
                Column(lambda: self.tr("Result"), self._verdict),
            ],
            stretch="first",
        )
        self.attempts_table.row_activated.connect(lambda _row: self.open_attempt())
        self.attempts_table.selection_changed.connect(self._update_buttons)
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
        cohorts = self.store.cohorts() if self.store is not None else []
        for cohort in cohorts:
            self.cohort_box.addItem(cohort.name, cohort.id)
        i = self.cohort_box.findData(current)
        self.cohort_box.setCurrentIndex(max(i, 0) if self.cohort_box.count() else -1)
        self.cohort_box.blockSignals(False)
        self.show_cohort()

    def select_cohort(self, cohort_id: int) -> None:
        self.cohort_box.setCurrentIndex(self.cohort_box.findData(cohort_id))

    def show_cohort(self) -> None:
        cohort_id = self.cohort_box.currentData()
        self.summary = None
        self.attempts = []
        self.people.set_rows(())
        self.scenarios.set_rows(())
        self.attempts_table.set_rows(())
        if self.store is None or cohort_id is None:
            self.retranslate()
            return
        # Figures leave out what the requester grades blind (the store's rule, issue 16).
        viewer = self.requester if self.requester is not None else None
        self.summary = self.store.cohort_summary(cohort_id, viewer=viewer)
        self.people.set_rows(self.summary.people)
        self._blind_ids = self._blind()
        every: list[Any] = []
        for p in self.summary.people:
            every.extend(
                a for a in self.store.attempts_for(p.person_id) if a.id not in self._blind_ids
            )
        self.scenarios.set_rows(scenario_pass_rates(every))
        try:  # the figures are for a signed-in trainer or admin (simulator.access)
            self.aggregate = self.store.checkin_aggregate(self.requester, cohort_id)
        except AccessError:
            self.aggregate = None
        self.retranslate()

    def selected_person_id(self) -> int | None:
        person = self.people.selected()
        return None if person is None else int(person.person_id)

    def select_person(self, person_id: int) -> None:
        for row, p in enumerate(self.people.rows_model.rows()):
            if p.person_id == person_id:
                self.people.select(row)
                return

    def show_person(self) -> None:
        """The selected person's attempts, newest first."""
        person_id = self.selected_person_id()
        self.attempts = []
        if person_id is not None and self.store is not None:
            self.attempts = list(reversed(self.store.attempts_for(person_id)))
        self._fill_attempts()

    def _blind(self) -> frozenset[int]:
        """Attempts the requester grades blind in a calibration session (issue 16)."""
        if self.store is None or self.requester is None:
            return frozenset()
        try:
            return self.store.calibration_blind_attempts(self.requester)
        except (AccessError, AttributeError):
            return frozenset()

    def _fill_attempts(self) -> None:
        self._blind_ids = self._blind()
        self.attempts_table.set_rows(self.attempts)
        self._update_buttons()

    def _mode(self, a: Any) -> str:
        return self.tr("Exam") if a.mode == "exam" else self.tr("Practice")

    def _score(self, a: Any) -> str:
        return "—" if a.id in self._blind_ids else _percent_or_dash(a.score)

    def _verdict(self, a: Any) -> str:
        if a.id in self._blind_ids:  # its verdict waits for the calibration reveal
            return self.tr("In calibration")
        if a.ended_at is None:
            return self.tr("Unfinished")
        return self.tr("Passed") if a.passed else self.tr("Not passed")

    def selected_attempt(self) -> Any:
        return self.attempts_table.selected()

    def select_attempt(self, attempt_id: int) -> None:
        for row, a in enumerate(self.attempts):
            if a.id == attempt_id:
                self.attempts_table.select(row)

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
        for table in (self.people, self.scenarios, self.attempts_table):
            table.retranslate()
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
        self._update_buttons()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
