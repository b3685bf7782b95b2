"""Role-based entries in the top bar: trainers get "Cohorts", "Reports" (the cohort
dashboard), "Calibration", "Disputes" and "Studio", admins also get "Admin".

A trainee never gets either: ``show_for(person)`` hides both for them. The screens are
built on first use and live in the main window's stack.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QPushButton

from simulator.errors import SimulatorError
from simulator.paths import library_dir


class StaffEntries(QObject):
    """The top-bar buttons and the trainer/admin screens of one main window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.cohorts_button = QPushButton()
        self.admin_button = QPushButton()
        self.library_button = QPushButton()
        self.calibration_button = QPushButton()
        self.disputes_button = QPushButton()
        self.reports_button = QPushButton()
        self.studio_button = QPushButton()
        for button in self.buttons():
            button.hide()
        self.cohorts_button.clicked.connect(self.show_cohorts)
        self.calibration_button.clicked.connect(self.show_calibration)
        self.disputes_button.clicked.connect(self.show_disputes)
        self.reports_button.clicked.connect(lambda: self.show_dashboard())
        self.admin_button.clicked.connect(self.show_admin)
        self.studio_button.clicked.connect(self.show_studio)
        self.library_button.clicked.connect(window.show_home)
        bar = window.top_bar.layout()
        at = bar.indexOf(window.top_bar.user_label)
        bar.insertWidget(at, self.admin_button)
        bar.insertWidget(at, self.disputes_button)
        bar.insertWidget(at, self.calibration_button)
        bar.insertWidget(at, self.studio_button)
        bar.insertWidget(at, self.reports_button)
        bar.insertWidget(at, self.cohorts_button)
        bar.insertWidget(at, self.library_button)
        self._cohorts = None
        self._review = None
        self._admin = None
        self._calibration = None
        self._disputes = None
        self._dashboard = None
        self._review_from = None  # the screen the review's back button returns to
        self._studio = None
        window.top_bar.installEventFilter(self)
        self.retranslate()

    def buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.library_button,
            self.cohorts_button,
            self.reports_button,
            self.calibration_button,
            self.disputes_button,
            self.studio_button,
            self.admin_button,
        )

    def show_for(self, person) -> None:
        """Show the entries ``person``'s role allows (none for a trainee or nobody)."""
        role = getattr(person, "role", None)
        staff = role in ("trainer", "admin")
        self.library_button.setVisible(staff)
        self.cohorts_button.setVisible(staff)
        self.reports_button.setVisible(staff)
        self.calibration_button.setVisible(staff)
        self.disputes_button.setVisible(staff)
        self.studio_button.setVisible(staff)
        self.admin_button.setVisible(role == "admin")

    # -- screens ----------------------------------------------------------------
    @property
    def cohorts(self):
        if self._cohorts is None:
            from simulator.ui.trainer.cohorts import CohortScreen

            self._cohorts = CohortScreen()
            self._cohorts.attempt_requested.connect(self.review_attempt)
            self._cohorts.validate_requested.connect(self.validate_library)
            self._cohorts.dashboard_requested.connect(self.show_dashboard)
            self.window.screens.addWidget(self._cohorts)
        return self._cohorts

    @property
    def review(self):
        if self._review is None:
            from simulator.ui.trainer.review import AttemptReview

            self._review = AttemptReview()
            self._review.back.connect(self.back_to_cohort)
            self.window.screens.addWidget(self._review)
        return self._review

    @property
    def calibration(self):
        if self._calibration is None:
            from simulator.ui.trainer.calibration import CalibrationScreen

            self._calibration = CalibrationScreen()
            self.window.screens.addWidget(self._calibration)
        return self._calibration

    @property
    def disputes(self):
        if self._disputes is None:
            from simulator.ui.trainer.disputes import DisputeQueue

            self._disputes = DisputeQueue()
            self._disputes.attempt_requested.connect(self.review_attempt)
            self.window.screens.addWidget(self._disputes)
        return self._disputes

    def show_calibration(self) -> None:
        if not self._allowed("trainer", "admin"):
            return
        self.calibration.set_store(self.window.store, self.window.person, self.titles())
        self.window.screens.setCurrentWidget(self.calibration)

    def show_disputes(self) -> None:
        if not self._allowed("trainer", "admin"):
            return
        self.disputes.set_store(self.window.store, self.window.person, self.titles())
        self.window.screens.setCurrentWidget(self.disputes)

    @property
    def dashboard(self):
        if self._dashboard is None:
            from simulator.ui.trainer.dashboard import DashboardScreen

            self._dashboard = DashboardScreen()
            self._dashboard.back.connect(self.show_cohorts)
            self.window.screens.addWidget(self._dashboard)
        return self._dashboard

    def show_dashboard(self, cohort_id: int | None = None) -> None:
        """The cohort dashboard, on ``cohort_id`` (or the cohort the Cohorts screen shows)."""
        if not self._allowed("trainer", "admin"):
            return
        store = self.window.store
        if cohort_id is None and self._cohorts is not None:
            cohort_id = self._cohorts.cohort_box.currentData()
        language = self.window.translations.language
        self.dashboard.set_source(
            [(c.id, c.name) for c in store.cohorts()],
            self.report_loader(),
            today=store.now().date(),
            cohort_id=cohort_id,
            sops={sid: _title(sop, language) for sid, sop in self.window.controller.sops.items()},
        )
        self.window.screens.setCurrentWidget(self.dashboard)

    def report_loader(self):
        """``query -> CohortReport`` for the signed-in trainer: the one place the
        dashboard meets the core's report queries (``simulator.reports.queries``); the
        catalogue of titles comes from the library on disk, in the interface language."""
        from simulator.reports.queries import build_report, load_catalog

        store, person = self.window.store, self.window.person
        language = self.window.translations.language
        catalogs: dict[str, object] = {}

        def load(query):
            if language not in catalogs:
                catalogs[language] = load_catalog(self.library_root(), language=language)
            return build_report(store, query, catalogs[language], now=store.now(), requester=person)

        return load

    @property
    def admin(self):
        if self._admin is None:
            from simulator.ui.admin.screen import AdminScreen

            self._admin = AdminScreen()
            self.window.screens.addWidget(self._admin)
        return self._admin

    def _allowed(self, *roles: str) -> bool:
        person = self.window.person
        return self.window.store is not None and getattr(person, "role", None) in roles

    def titles(self) -> dict[str, str]:
        """Titles by the ids attempts store: scenarios', and exams' (``exam:<id>``) in
        the interface language."""
        from simulator.exams.definition import SITTING_PREFIX

        titles = {sid: s.title for sid, s in self.window.scenarios.items()}
        exams = getattr(self.window, "exams", None)
        if exams is not None:
            exams.load()
            language = self.window.translations.language
            for entry in exams.entries:
                titles[SITTING_PREFIX + entry.exam.id] = entry.title(language)
        return titles

    def show_cohorts(self) -> None:
        if not self._allowed("trainer", "admin"):
            return
        self.cohorts.set_store(self.window.store, self.titles(), self.window.person)
        self.window.screens.setCurrentWidget(self.cohorts)

    def back_to_cohort(self) -> None:
        if self._review_from is not None and self._review_from is self._disputes:
            self._disputes.refresh()
            self.window.screens.setCurrentWidget(self._disputes)
            return
        if self._cohorts is not None:
            self._cohorts.show_person()
        self.window.screens.setCurrentWidget(self.cohorts)

    def review_attempt(self, attempt) -> None:
        if not self._allowed("trainer", "admin"):
            return
        store, person = self.window.store, self.window.person
        try:
            blind = store.calibration_blind_to(person, attempt.id)
        except SimulatorError:
            blind = False
        if blind:
            # Grading it blind in a calibration session: its verdict waits for the reveal.
            self.window.statusBar().showMessage(
                self.tr(
                    "You grade this attempt in a calibration session: it opens once the "
                    "session's results are revealed."
                ),
                10000,
            )
            return
        self._review_from = self.window.screens.currentWidget()
        title = self.titles().get(attempt.scenario_id, attempt.scenario_id)
        titles = self.titles()
        if self.review.show_attempt(
            self.window.store, self.window.person, attempt, title, titles=titles
        ):
            self.window.screens.setCurrentWidget(self.review)

    @property
    def studio(self):
        if self._studio is None:
            from simulator.ui.studio.screen import StudioScreen

            self._studio = StudioScreen(getattr(self.window, "clock_factory", None))
            self.window.screens.addWidget(self._studio)
        return self._studio

    def show_studio(self) -> None:
        """The trainer's studio on the library the app uses (trainers and admins)."""
        if not self._allowed("trainer", "admin"):
            return
        if self.studio.root is None:
            self.studio.open_library(self.library_root())
        self.window.screens.setCurrentWidget(self.studio)

    def show_admin(self) -> None:
        if not self._allowed("admin"):
            return
        self.admin.set_store(self.window.store)
        self.window.screens.setCurrentWidget(self.admin)

    def library_root(self) -> Path:
        return Path(getattr(self.window, "library_root", None) or library_dir())

    def validate_library(self):
        from simulator.ui.trainer.validation import ValidationDialog

        dialog = ValidationDialog(self.library_root(), self.window)
        dialog.setModal(True)
        dialog.show()
        return dialog

    # -- text -------------------------------------------------------------------
    def retranslate(self) -> None:
        self.library_button.setText(self.tr("Library"))
        self.cohorts_button.setText(self.tr("Cohorts"))
        self.studio_button.setText(self.tr("Studio"))
        self.admin_button.setText(self.tr("Admin"))
        self.calibration_button.setText(self.tr("Calibration"))
        self.disputes_button.setText(self.tr("Disputes"))
        self.reports_button.setText(self.tr("Reports"))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        return False


def _title(sop, language: str) -> str:
    """An SOP's title in ``language`` (titles are per language, or one string)."""
    title = getattr(sop, "title", None) or getattr(sop, "id", "")
    if isinstance(title, dict):
        return str(title.get(language) or title.get("en") or next(iter(title.values()), ""))
    return str(title)
