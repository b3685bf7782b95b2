"""The main window: a top bar (product name, user, language) over a stack of screens:
sign-in, home (library and history), the desk, and the results."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from simulator.content.index import ScenarioSummary, load_full
from simulator.errors import SimulatorError
from simulator.ui import theme
from simulator.ui.i18n import LANGUAGES, Translations
from simulator.ui.signin import SignInScreen


class LanguageSwitch(QPushButton):
    """The interface language: a button that names the other language in that language
    ("العربية" in the English interface, "English" in the Arabic one) and switches to it.

    With two languages a button is one click where a list is two, and it is lighter on
    the first paint than a combo box (some 20 ms of a 350 ms start)."""

    def __init__(self, translations: Translations, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("language")
        # One height for both names: an Arabic one is taller, and the bar must not jump.
        self.setFixedHeight(32)
        self.translations = translations
        self.clicked.connect(lambda: self.choose(self.other()))
        translations.listeners.append(self._switched)
        self.destroyed.connect(lambda: self._forget(translations))
        self.retranslate()

    def other(self) -> str:
        """The language the button switches to."""
        return next(code for code in LANGUAGES if code != self.translations.language)

    def choose(self, language: str) -> None:
        """Switch the interface to ``language`` (remembered for the next start)."""
        self.translations.switch(language)

    def _switched(self, _language: str) -> None:
        self.retranslate()

    def _forget(self, translations: Translations) -> None:
        if self._switched in translations.listeners:
            translations.listeners.remove(self._switched)

    def retranslate(self) -> None:
        other = self.other()
        self.setText(LANGUAGES[other])
        name = self.tr("Arabic") if other == "ar" else self.tr("English")
        self.setToolTip(self.tr("Show Frontline in {language}").format(language=name))
        self.setAccessibleName(self.tr("Interface language"))
        self.setAccessibleDescription(self.toolTip())


class TopBar(QFrame):
    """Product name on the start side; signed-in user and language switch on the end side.
    (A QFrame: it paints its style sheet background by itself.)"""

    def __init__(self, translations: Translations, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("topbar")  # its look is in theme.STYLE_SHEET
        # The logo's pixmap comes with ``show_icons``: the first paint does without it.
        self.logo = logo = QLabel()
        logo.setFixedSize(28, 28)
        self.product = QLabel()
        self.product.setObjectName("product")
        self.user_label = QLabel()
        self.user_label.setObjectName("muted")
        self.sign_out = QPushButton()
        self.sign_out.setFixedHeight(32)  # as the language button: "تسجيل الخروج" is taller
        self.sign_out.hide()
        self.language = LanguageSwitch(translations)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(logo)
        row.addWidget(self.product)
        row.addStretch(1)
        row.addWidget(self.user_label)
        row.addWidget(self.sign_out)
        row.addSpacing(12)
        row.addWidget(self.language)
        self.retranslate()

    def show_icons(self) -> None:
        self.logo.setPixmap(theme.icon("frontline").pixmap(28, 28))

    def retranslate(self) -> None:
        self.product.setText(self.tr("Frontline"))
        self.sign_out.setText(self.tr("Sign out"))
        self.language.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    """Holds the screens and moves between them; the core does the work."""

    def __init__(
        self,
        translations: Translations,
        store=None,
        clock_factory=None,
        parent=None,
        store_pending: bool = False,
    ) -> None:
        """``store`` None: no sign-in, no saving, unless ``store_pending``: the store is
        being opened (sign-in shows, disabled, until ``attach_store``)."""
        super().__init__(parent)
        self.translations = translations
        self.store = store
        # The desk's clock (``WallClock`` unless a test gives its own); exams run on
        # ``exam_clock()``, a monotonic clock read against the store's clock.
        self.clock_factory = clock_factory
        self.person = None
        self.running: Playing | None = None  # the attempt at the desk, while one is played
        self.last_result: dict | None = None
        self.wellbeing = None  # the wellbeing hooks, when installed (see app.install_wellbeing)
        self.scenarios: dict = {}  # id -> Scenario, or its ScenarioSummary until started
        self.sops: dict = {}  # id -> SOP, or its SOPSummary
        self._loaded: dict = {}  # id -> (Scenario, SOP) parsed from a summary
        self.store_opener = None  # app.StoreOpener while the store opens in a thread
        self.staff = None  # trainer/admin entries (trainer.entry.StaffEntries), at sign-in
        self.top_bar = TopBar(translations)
        self.top_bar.sign_out.clicked.connect(self.sign_out)
        self.screens = QStackedWidget()
        self.signin = SignInScreen(store)
        # The sign-in screen lists the library's titles at once; the home screen (its
        # table model, filters, history) is built when first needed.
        self._library: tuple = ((), {}, ())
        self.screens.addWidget(self.signin)
        self._home = None
        self._desk = None
        self._results = None
        self.exams = None  # the certification exams (exam.install.Exams), with the home
        self.signin.signed_in.connect(self.signed_in)
        central = QWidget()
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.top_bar)
        box.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        self.resize(1360, 840)
        if store_pending:
            self.expect_store()
        else:
            self.screens.setCurrentWidget(self.signin if store is not None else self.home)
        self.retranslate()

    def show_icons(self) -> None:
        """The logo and the window icon (the app shows them after its first paint)."""
        self.top_bar.show_icons()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_icon(app)

    @property
    def attempts(self):
        """The core's ``PracticeAttempts`` for the current store and person."""
        from simulator.attempts.practice import PracticeAttempts

        return PracticeAttempts(self.store, self.person, self.desk_clock_factory)

    @property
    def desk_clock_factory(self):
        if self.clock_factory is not None:
            return self.clock_factory
        from simulator.ui.wallclock import WallClock

        return WallClock

    def exam_clock(self):
        """A running monotonic clock for an exam sitting (the sitting reads the store's
        clock at its start and carries on with this one)."""
        if self.clock_factory is None:
            from simulator.clock import MonotonicClock

            return MonotonicClock()
        clock = self.clock_factory()
        if hasattr(clock, "start") and getattr(clock, "paused", False):
            clock.start()  # a desk clock does not run until started
        return clock

    @property
    def home(self):
        """The home screen (``HomeScreen``), built on first use: a faster first paint."""
        if self._home is None:
            from simulator.ui.home import HomeScreen

            home = HomeScreen()
            home.start_requested.connect(self.start_scenario)
            home.resume_requested.connect(self.resume_attempt)
            home.result_requested.connect(self.show_stored_result)
            home.finish_requested.connect(self.end_unfinished)
            home.loader = self.loaded
            self._home = home
            home.set_ui_language(self.translations.language)
            home.set_library(*self._library)
            self.screens.addWidget(home)
        return self._home

    @property
    def desk(self):
        """The desk (``DeskScreen``), built and imported on first use: a faster start-up."""
        if self._desk is None:
            from simulator.ui.desk.screen import DeskScreen

            self._desk = DeskScreen()
            self._desk.finished.connect(self.scenario_finished)
            self._desk.confirm_end = self.confirm_end_practice
            self._desk.confirm_last = self.confirm_last_resolve
            self.screens.addWidget(self._desk)
        return self._desk

    @property
    def results(self):
        """The results screen (``ResultsScreen``), built on first use."""
        if self._results is None:
            from simulator.ui.results import ResultsScreen

            self._results = ResultsScreen()
            self._results.back.connect(self.show_home)
            self._results.retry.connect(self.retry_scenario)
            self._results.next_requested.connect(self.next_scenario)
            self.screens.addWidget(self._results)
        return self._results

    def expect_store(self) -> None:
        """Show sign-in, disabled until ``attach_store`` (the store opens in a thread)."""
        self.signin.set_waiting(True)
        self.screens.setCurrentWidget(self.signin)

    def attach_store(self, store) -> None:
        """Use ``store`` (opened after the window is shown): sign-in comes first."""
        self.store = store
        self.signin.store = store
        self.signin.set_waiting(False)
        self.signin.refresh()
        self.screens.setCurrentWidget(self.signin)

    # -- content ------------------------------------------------------------
    def set_library(self, scenarios, sops, problems=()) -> None:
        """Full scenarios and SOPs, or the index's summaries of them."""
        self.scenarios = {s.id: s for s in scenarios}
        self.sops = dict(sops)
        self._loaded = {}
        self._library = (scenarios, sops, problems)
        self.signin.show_titles(scenarios)
        if self._home is not None:
            self._home.set_library(scenarios, sops, problems)

    def loaded(self, scenario):
        """(Scenario, SOP or None) for a scenario or its summary, parsed on first use.
        Raises ``ContentError`` when the file no longer loads."""
        if not isinstance(scenario, ScenarioSummary):
            return scenario, self.sops.get(scenario.sop)
        if scenario.id not in self._loaded:
            self._loaded[scenario.id] = load_full(scenario, self.sops[scenario.sop])
        return self._loaded[scenario.id]

    def full_library(self) -> LazyScenarios:
        """Every scenario, parsed only if the caller looks (the wellbeing gate does when
        it must suggest a lighter one)."""
        return LazyScenarios(self)

    # -- people ---------------------------------------------------------------
    def signed_in(self, person) -> None:
        self.person = person
        self.top_bar.user_label.setText(person.display_name)
        self.top_bar.sign_out.show()
        if self.staff is None:
            from simulator.ui.trainer.entry import StaffEntries

            self.staff = StaffEntries(self)
        self.staff.show_for(person)  # a trainee gets no trainer or admin entries
        self.show_home()

    def confirm(self, title: str, text: str, yes: str) -> bool:
        """Ask before something that cannot be taken back (tests answer ``ask``)."""
        return bool(self.ask(title, text, yes))

    def ask(self, title: str, text: str, yes: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(box.buttons()[-1])
        box.exec()
        return box.clickedButton() is go

    def confirm_end_practice(self) -> bool:
        return self.confirm(
            self.tr("End the scenario?"),
            self.tr(
                "It is graded on what you have done so far, and cannot be taken back. "
                "Open conversations count as not handled."
            ),
            self.tr("End and see results"),
        )

    def confirm_last_resolve(self) -> bool:
        return self.confirm(
            self.tr("All conversations are resolved"),
            self.tr(
                "This is the last open conversation: once it is done, the scenario ends "
                "and your results show. Choose Stay to keep working on it."
            ),
            self.tr("See your results"),
        )

    def in_exam(self) -> bool:
        """A sitting is running on screen (not ended)."""
        screen = getattr(self.exams, "_screen", None) if self.exams is not None else None
        return screen is not None and screen.sitting is not None and screen.state != "end"

    def confirm_leave_exam(self) -> bool:
        if not self.in_exam():
            return True
        return self.confirm(
            self.tr("Leave the exam?"),
            self.tr(
                "The exam clock keeps running while you are away: time while you are "
                "signed out or Frontline is closed counts. Your answers so far are saved."
            ),
            self.tr("Leave the exam"),
        )

    def sign_out(self) -> None:
        if not self.confirm_leave_exam():
            return
        self._close_support_panels()  # nobody else may find it open, or its desk behind
        if self.running is not None and self.running.controller is not None:
            self.running.controller.stop_timers()
        self.running = None
        if self.exams is not None:
            self.exams.stop()
        self.person = None
        self.top_bar.user_label.clear()
        self.top_bar.sign_out.hide()
        if self.staff is not None:
            self.staff.show_for(None)
        self.signin.refresh()
        self.screens.setCurrentWidget(self.signin)

    def _close_support_panels(self) -> None:
        screen = getattr(self.exams, "_screen", None) if self.exams is not None else None
        desks = (self._desk, screen.desk if screen is not None else None)
        for desk in desks:
            close = getattr(getattr(desk, "support_control", None), "close_panel", None)
            if close is not None:
                close()

    def closeEvent(self, event) -> None:
        if not self.confirm_leave_exam():
            event.ignore()
            return
        super().closeEvent(event)

    def show_home(self) -> None:
        self.refresh_history()
        self.screens.setCurrentWidget(self.home)

    def refresh_history(self) -> None:
        if self.store is None or self.person is None:
            return
        titles = {sid: s.title for sid, s in self.scenarios.items()}
        # Exam sittings and their items are not practice: the exam tab lists them.
        practice = [a for a in self.store.attempts_for(self.person.id) if a.mode != "exam"]
        self.home.history.set_attempts(practice, titles)
        self.home._update_details()
        unfinished = [
            (a, titles.get(a.scenario_id, a.scenario_id))
            for a in reversed(practice)
            if not a.finished and a.scenario_id in self.scenarios
        ]
        self.home.set_resumable(unfinished)
        if self.exams is None:  # built once someone is signed in, not at start-up
            from simulator.ui.exam.install import attach as attach_exams

            self.exams = attach_exams(self, getattr(self, "library_root", None))
        self.exams.refresh()

    # -- attempts -------------------------------------------------------------
    def start_scenario(self, scenario, seed: int | None = None, run_timers: bool = True):
        try:
            scenario, sop = self.loaded(scenario)
        except SimulatorError as exc:
            self.show_error(exc)
            return None
        from simulator.ui import hooks

        if not hooks.briefing_gate(scenario, self.person, self):
            return None
        try:
            running = self.attempts.start(scenario, sop, seed=seed)
        except SimulatorError as exc:
            self.show_error(exc)
            return None
        return self._play(running, run_timers)

    def resume_attempt(self, attempt, run_timers: bool = True):
        try:
            scenario, sop = self.loaded(self.scenarios[attempt.scenario_id])
            running = self.attempts.resume(attempt.id, scenario, sop)
        except SimulatorError as exc:
            self.show_error(exc)
            return None
        return self._play(running, run_timers)

    def end_unfinished(self, attempt) -> None:
        """End an interrupted attempt where it stopped, grade it and store the result."""
        try:
            scenario, sop = self.loaded(self.scenarios[attempt.scenario_id])
            running = self.attempts.end_unfinished(attempt.id, scenario, sop)
        except SimulatorError as exc:
            self.show_error(exc)
            return
        self.running = Playing(running, None)
        self.scenario_finished()
        self.running = None  # nothing is at the desk

    def _play(self, running, run_timers: bool):
        from simulator.ui.desk.controller import DeskController

        controller = DeskController(running.session, running.clock)
        controller.resume_at = running.resume_at
        self.running = playing = Playing(running, controller)
        self.screens.setCurrentWidget(self.desk)
        session = running.session
        name = session.persona.get("name") or session.persona.get("username") or ""
        self.desk.start(
            controller,
            running.scenario,
            running.sop,
            user_name=name,
            run_timers=run_timers,
            draft_key=f"drafts/attempt-{running.attempt_id}",
        )
        return playing

    def scenario_finished(self) -> None:
        running = self.running
        if running is None:
            return
        try:
            result = self.attempts.finish(running.running)
        except SimulatorError as exc:
            self.show_error(exc)
            return
        self.last_result = result.to_json()
        self.results.show_result(running.scenario.title, self.last_result)
        self.last_scenario_id = running.scenario.id
        self.screens.setCurrentWidget(self.results)
        self.refresh_history()
        nxt = self.suggested_next(running.scenario.id)
        self.results.suggest(
            retry=not bool(self.last_result.get("grade", {}).get("passed")),
            next_title=None if nxt is None else nxt.title,
        )
        if self.wellbeing is not None:
            # Check-in and break offers come after the results are on screen.
            seconds = running.session.ended_at or running.session.now
            self.wellbeing.after_scenario(running.scenario, seconds, self)

    def suggested_next(self, scenario_id: str):
        """The scenario to suggest after ``scenario_id``: the next one in the library's
        order (as listed: sorted and filtered) that this trainee has not passed yet."""
        from simulator.ui.library_model import ScenarioRole

        home = self.home
        rows = [
            home.proxy.data(home.proxy.index(r, 0), ScenarioRole)
            for r in range(home.proxy.rowCount())
        ]
        ids = [s.id for s in rows]
        passed = {a.scenario_id for a in home.history._rows if getattr(a, "passed", False)}
        start = ids.index(scenario_id) + 1 if scenario_id in ids else 0
        for s in rows[start:] + rows[:start]:
            if s.id != scenario_id and s.id not in passed:
                return s
        return None

    def retry_scenario(self) -> None:
        """Results' Retry: the same scenario again, from the start."""
        sid = getattr(self, "last_scenario_id", None)
        if sid in self.scenarios:
            self.start_scenario(self.scenarios[sid])

    def next_scenario(self) -> None:
        """Results' Next: the suggested scenario."""
        nxt = self.suggested_next(getattr(self, "last_scenario_id", ""))
        if nxt is not None:
            self.home.select_scenario(nxt.id)
            self.start_scenario(nxt)

    def show_stored_result(self, attempt, review: str | None = None) -> None:
        """The results screen for a finished attempt, from what the store kept. A
        trainee sees an exam item as the exam's ``review`` allows (default: criteria)."""
        from simulator.attempts.result import AttemptResult
        from simulator.attempts.review import result_for_trainee

        if self.store is None:
            return
        try:
            result = AttemptResult.from_store(self.store, attempt.id)
        except SimulatorError as exc:
            self.show_error(exc)
            return
        own = self.person is not None and self.person.id == attempt.person_id
        if attempt.mode == "exam" and own:
            result = result_for_trainee(result, review or "criteria")
        scenario = self.scenarios.get(attempt.scenario_id)
        title = scenario.title if scenario is not None else attempt.scenario_id
        self.results.show_result(title, result.to_json())
        self.screens.setCurrentWidget(self.results)

    def show_error(self, exc: SimulatorError) -> None:
        self.statusBar().showMessage(str(exc), 10000)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Frontline"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            if self._home is not None:
                self._home.set_ui_language(self.translations.language)
        super().changeEvent(event)


@dataclass
class Playing:
    """The attempt at the desk: the core's ``Running`` and the desk's controller (None
    for an interrupted attempt that is only being ended)."""

    running: Any
    controller: Any

    @property
    def session(self):
        return self.running.session

    @property
    def scenario(self):
        return self.running.scenario

    @property
    def sop(self):
        return self.running.sop

    @property
    def attempt_id(self):
        return self.running.attempt_id


class LazyScenarios(Sequence):
    """The window's scenarios as full ``Scenario`` objects, parsed on first access."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._items: list | None = None

    def _all(self) -> list:
        if self._items is None:
            items = []
            for s in self._window.scenarios.values():
                try:
                    items.append(self._window.loaded(s)[0])
                except SimulatorError:
                    continue  # changed on disk since it was listed: not a suggestion
            self._items = items
        return self._items

    def __getitem__(self, i):
        return self._all()[i]

    def __len__(self) -> int:
        return len(self._all())
