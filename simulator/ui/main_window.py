"""The main window: a top bar (product name, user, language) over a stack of screens:
sign-in, home (library and history), the desk, and the results.

A thin shell: what happens between the screens (the library, the person, starting and
ending attempts, the results) is ``controller.AppController``'s; the window builds the
screens, shows the one asked for, and asks the questions."""

from __future__ import annotations

from pathlib import Path
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

from simulator.errors import SimulatorError
from simulator.ui import theme
from simulator.ui.controller import AppController, LazyScenarios, Playing
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
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    """Holds the screens and moves between them; ``controller`` decides the moves."""

    def __init__(
        self,
        translations: Translations,
        store: Any = None,
        clock_factory: Any = None,
        parent: QWidget | None = None,
        store_pending: bool = False,
        library_root: Path | None = None,
    ) -> None:
        """``store`` None: no sign-in, no saving, unless ``store_pending``: the store is
        being opened (sign-in shows, disabled, until ``attach_store``)."""
        super().__init__(parent)
        self.translations = translations
        self.controller = AppController(self, store, clock_factory, library_root)
        self.controller.exams_factory = self._attach_exams
        self.store_opener: Any = None  # app.StoreOpener while the store opens in a thread
        self.staff: Any = None  # trainer/admin entries (trainer.entry.StaffEntries)
        self.top_bar = TopBar(translations)
        self.top_bar.sign_out.clicked.connect(self.sign_out)
        self.screens = QStackedWidget()
        self.signin = SignInScreen(store)
        # The sign-in screen lists the library's titles at once; the home screen (its
        # table model, filters, history) is built when first needed.
        self._library: tuple = ((), {}, ())
        self.screens.addWidget(self.signin)
        self._home: Any = None
        self._desk: Any = None
        self._results: Any = None
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

    # -- the controller's state, as screens and tests read it ---------------------
    @property
    def store(self) -> Any:
        return self.controller.store

    @property
    def person(self) -> Any:
        return self.controller.person

    @property
    def scenarios(self) -> dict[str, Any]:
        return self.controller.scenarios

    @property
    def clock_factory(self) -> Any:
        return self.controller.clock_factory

    @clock_factory.setter
    def clock_factory(self, factory: Any) -> None:
        self.controller.clock_factory = factory

    @property
    def library_root(self) -> Path | None:
        return self.controller.library_root

    @property
    def running(self) -> Playing | None:
        return self.controller.running

    @running.setter
    def running(self, value: Playing | None) -> None:
        self.controller.running = value

    @property
    def last_result(self) -> dict[str, Any] | None:
        return self.controller.last_result

    @property
    def exams(self) -> Any:
        return self.controller.exams

    @property
    def wellbeing(self) -> Any:
        return self.controller.wellbeing

    @wellbeing.setter
    def wellbeing(self, hooks: Any) -> None:
        self.controller.wellbeing = hooks

    def exam_clock(self) -> Any:
        return self.controller.exam_clock()

    def full_library(self) -> LazyScenarios:
        return self.controller.full_library()

    def start_scenario(
        self, scenario: Any, seed: int | None = None, run_timers: bool = True
    ) -> Playing | None:
        return self.controller.start_scenario(scenario, seed, run_timers)

    def show_home(self) -> None:
        self.controller.show_home()

    def show_stored_result(self, attempt: Any, review: str | None = None) -> None:
        self.controller.show_stored_result(attempt, review)

    # -- the shell ------------------------------------------------------------------
    def show_icons(self) -> None:
        """The logo and the window icon (the app shows them after its first paint)."""
        self.top_bar.show_icons()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_icon(app)

    def _attach_exams(self) -> Any:
        """The certification exams' tab and screen, for this window."""
        from simulator.ui.exam.install import attach

        return attach(self, self.controller.library_root)

    def show_page(self, page: QWidget) -> None:
        """Bring ``page`` (one of the window's screens) to the front."""
        self.screens.setCurrentWidget(page)

    @property
    def home(self) -> Any:
        """The home screen (``HomeScreen``), built on first use: a faster first paint."""
        if self._home is None:
            from simulator.ui.home import HomeScreen

            home = HomeScreen()
            home.start_requested.connect(self.controller.start_scenario)
            home.resume_requested.connect(self.controller.resume_attempt)
            home.result_requested.connect(self.controller.show_stored_result)
            home.finish_requested.connect(self.controller.end_unfinished)
            home.loader = self.controller.loaded
            self._home = home
            home.set_ui_language(str(self.translations.language))
            home.set_library(*self._library)
            self.screens.addWidget(home)
        return self._home

    @property
    def desk(self) -> Any:
        """The desk (``DeskScreen``), built and imported on first use: a faster start-up."""
        if self._desk is None:
            from simulator.ui.desk.screen import DeskScreen

            self._desk = DeskScreen()
            self._desk.finished.connect(self.controller.scenario_finished)
            self._desk.confirm_end = self.confirm_end_practice
            self._desk.confirm_last = self.confirm_last_resolve
            self.screens.addWidget(self._desk)
        return self._desk

    @property
    def results(self) -> Any:
        """The results screen (``ResultsScreen``), built on first use."""
        if self._results is None:
            from simulator.ui.results import ResultsScreen
            from simulator.ui.trainer.disputes import DisputeBar

            self._results = ResultsScreen()
            self._results.back.connect(self.show_home)
            self.dispute_bar = DisputeBar()
            self._results.extras.addWidget(self.dispute_bar)
            self._results.retry.connect(self.controller.retry_scenario)
            self._results.next_requested.connect(self.controller.next_scenario)
            self.screens.addWidget(self._results)
        return self._results

    def show_dispute_bar(self, result: dict[str, Any]) -> None:
        """Under the trainee's own results: dispute a criterion (issue 16)."""
        self.dispute_bar.show_for(
            self.store, self.person, result.get("attempt_id"), result.get("grade") or {}
        )

    def expect_store(self) -> None:
        """Show sign-in, disabled until ``attach_store`` (the store opens in a thread)."""
        self.signin.set_waiting(True)
        self.screens.setCurrentWidget(self.signin)

    def attach_store(self, store: Any) -> None:
        """Use ``store`` (opened after the window is shown): sign-in comes first."""
        self.controller.store = store
        self.signin.store = store
        self.signin.set_waiting(False)
        self.signin.refresh()
        self.screens.setCurrentWidget(self.signin)

    def set_library(self, scenarios: Any, sops: Any, problems: Any = ()) -> None:
        """Full scenarios and SOPs, or the index's summaries of them."""
        self.controller.set_library(scenarios, sops, problems)
        self._library = (scenarios, sops, problems)
        self.signin.show_titles(scenarios)
        if self._home is not None:
            self._home.set_library(scenarios, sops, problems)

    # -- people ---------------------------------------------------------------
    def signed_in(self, person: Any) -> None:
        self.controller.person = person
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
        stay = box.addButton(self.tr("Stay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
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

    def confirm_leave_exam(self) -> bool:
        if not self.controller.in_exam():
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
        self.controller.sign_out()
        self.top_bar.user_label.clear()
        self.top_bar.sign_out.hide()
        if self.staff is not None:
            self.staff.show_for(None)
        self.signin.refresh()
        self.screens.setCurrentWidget(self.signin)

    def _close_support_panels(self) -> None:
        for desk in (self._desk, self.controller.exam_desk()):
            close = getattr(getattr(desk, "support_control", None), "close_panel", None)
            if close is not None:
                close()

    def closeEvent(self, event: Any) -> None:
        if not self.confirm_leave_exam():
            event.ignore()
            return
        super().closeEvent(event)

    def show_error(self, exc: SimulatorError) -> None:
        self.statusBar().showMessage(str(exc), 10000)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Frontline"))

    def changeEvent(self, event: Any) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._home is not None:
                self._home.set_ui_language(str(self.translations.language))
        super().changeEvent(event)
