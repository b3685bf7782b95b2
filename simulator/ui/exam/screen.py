"""A sitting in the app: rules, each item at the desk under the exam timer, the verdict.

The core decides everything: ``simulator.exams.flow.ExamFlow`` holds the stage (intro,
playing, between, end) and answers each move with the next step; this screen renders the
stage, forwards the trainee's intent, shows the dialogs and talks to the store. Per-item
scores are not shown until the end (the exam convention); see docs/exams.md.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QStackedWidget, QVBoxLayout, QWidget

from simulator.attempts.exam_runs import ExamRuns
from simulator.attempts.sittings import finish_sitting
from simulator.errors import SimulatorError
from simulator.exams.definition import ExamDef
from simulator.exams.flow import BetweenView, ExamFlow, Stage, Step
from simulator.exams.outcome import stored_outcome, write_certificate_page
from simulator.exams.sitting import ExamSitting
from simulator.ui.desk.controller import DeskController
from simulator.ui.desk.inbox import format_seconds
from simulator.ui.desk.screen import DeskScreen
from simulator.ui.exam.clocks import ItemDeskClock, SittingPauses
from simulator.ui.exam.pages import BetweenPage, EndPage, IntroPage
from simulator.wellbeing.config import load_config
from simulator.wellbeing.exposure import ExposureLedger
from simulator.wellbeing.flow import Gate
from simulator.wellbeing.settings import TraineePreferences

TICK_MS = 250


def _exec(dialog: Any) -> int:
    return int(dialog.exec())


class ExamHost(Protocol):
    """What the exam screen needs from the window around it (``MainWindow``)."""

    store: Any
    person: Any
    translations: Any
    scenarios: dict[str, Any]

    def exam_clock(self) -> Any: ...
    def show_error(self, exc: SimulatorError) -> None: ...
    def confirm(self, title: str, text: str, yes: str) -> bool: ...
    def statusBar(self) -> Any: ...


class ExamScreen(QWidget):
    """Runs one sitting for the window's store and person. Emits ``closed`` at the end."""

    closed = Signal()
    open_item = Signal(int)  # an item attempt id: show its results screen
    allowance_used_up = Signal()  # a pause during an item went past support_pause_limit

    def __init__(self, window: ExamHost, library_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs = ExamRuns(library_root)  # starts and resumes stored sittings
        self.window_ = window  # store, person, clock factory, hooks
        self.flow = ExamFlow()
        self.controller: DeskController | None = None
        self.seed: int | None = None  # None: a random seed per sitting (tests fix it)
        self.run_timers = True  # False: tests call tick() and move the clock by hand
        self.exec_dialog = _exec  # tests drive the briefing through this
        self.ask_save_path = self._ask_save_path  # tests answer the file dialog
        self.intro = IntroPage()
        self.between = BetweenPage()
        self.desk = DeskScreen()
        self.end = EndPage()
        self.exam_clock = QLabel()
        self.exam_clock.setObjectName("chip")
        self.exam_clock.setStyleSheet("QLabel#chip { font-weight: 700; color: #0f766e; }")
        self.item_label = QLabel()
        self.item_label.setObjectName("chip")
        # The exam timer sits beside the scenario timer in the desk's own header row;
        # a long title gives way (its tooltip has it whole) rather than widen the window.
        self.desk.title.setMinimumWidth(160)
        self.desk.add_header_chips(self.item_label, self.exam_clock)
        self.pages = QStackedWidget()
        for page in (self.intro, self.between, self.desk, self.end):
            self.pages.addWidget(page)
        self._page_of: dict[Stage, QWidget] = {
            Stage.INTRO: self.intro,
            Stage.BETWEEN: self.between,
            Stage.PLAYING: self.desk,
            Stage.END: self.end,
        }
        self.flow.listeners.append(self._stage_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.intro.begin.connect(self.begin)
        self.intro.cancel.connect(self._close)
        self.between.go_on.connect(self.go_on)
        self.between.take_break.connect(self.take_break)
        self.desk.finished.connect(self.item_finished)
        self.end.back.connect(self._close)
        self.end.save_certificate.connect(self.save_certificate)
        self.end.open_item.connect(self.open_item.emit)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.certificate: Any = None
        self.result_grade: dict | None = None

    # -- the flow's state, as the tests and the window read it ----------------------
    @property
    def state(self) -> Stage:
        return self.flow.stage

    @property
    def sitting(self) -> ExamSitting | None:
        return self.flow.sitting

    @property
    def items_total(self) -> int:
        return self.flow.items_total

    def _stage_changed(self, _old: Stage, new: Stage) -> None:
        page = self._page_of.get(new)
        if page is not None:
            self.pages.setCurrentWidget(page)

    def allowance_text(self) -> str:
        """What the trainee reads when the pause allowance is used up (kindly)."""
        return self.tr(
            "Your {m} minutes of paused exam time are used up, so the exam clock is "
            "running again. Take the time you need; support stays open for you."
        ).format(m=self.flow.allowance_minutes())

    # -- helpers ----------------------------------------------------------------
    @property
    def language(self) -> str:
        return str(self.window_.translations.language)

    def _hooks(self) -> Any:
        return getattr(self.window_, "wellbeing", None)

    def _gate(self) -> Gate:
        hooks = self._hooks()
        if hooks is not None:
            return hooks.gate()
        today = dt.datetime.now(dt.UTC).date()
        return Gate(load_config(), TraineePreferences(), {}, ExposureLedger(today), "exam")

    def _wire_hooks(self, on: bool) -> None:
        """The wellbeing hooks in exam mode (gate on, dialogs stop the exam clock)."""
        hooks = self._hooks()
        if hooks is None:
            return
        sitting = self.flow.sitting
        hooks.mode = "exam" if on else "practice"
        hooks.exam_clock = SittingPauses(sitting) if on and sitting else None
        hooks.person = self.window_.person

    def _error(self, exc: SimulatorError) -> None:
        self.window_.show_error(exc)

    # -- starting -----------------------------------------------------------------
    def show_intro(self, exam: ExamDef, items: int) -> None:
        from simulator.attempts.sittings import extra_time, may_start

        store, person = self.window_.store, self.window_.person
        rules = extra = None
        if store is not None and person is not None:
            try:
                rules = may_start(store, person.id, exam, store.server_now())
                extra = extra_time(store, person.id, exam.id)
            except SimulatorError as exc:
                self._error(exc)
        self.intro.show_exam(exam, items, self.language, rules=rules, extra_s=extra or 0.0)
        self.flow.introduce(exam, items)

    def begin(self) -> ExamSitting | None:
        """Start a stored sitting of the exam shown on the intro page; play item 1."""
        exam = self.flow.exam
        store, person = self.window_.store, self.window_.person
        if exam is None or store is None or person is None:
            return None
        try:
            sitting = self.runs.start(store, person.id, exam, self.window_.exam_clock(), self.seed)
        except SimulatorError as exc:
            self._error(exc)
            return None
        self._adopt(sitting)
        self.next_item()
        return sitting

    def resume(self, sitting_id: int, exam_path: Path | None = None) -> ExamSitting | None:
        """Take back an interrupted sitting with the time it had left."""
        try:
            sitting = self.runs.resume(
                self.window_.store, sitting_id, self.window_.exam_clock(), exam_path
            )
        except SimulatorError as exc:
            self._error(exc)
            return None
        self._adopt(sitting)
        self._do(self.flow.on_resume())
        return sitting

    def _adopt(self, sitting: ExamSitting) -> None:
        self.flow.adopt(sitting)
        self.certificate = None
        self._wire_hooks(True)
        if self.run_timers:
            self.timer.start()

    # -- items --------------------------------------------------------------------
    def _do(self, step: Step | None) -> None:
        """Carry out the flow's next step (a briefing may lead to another)."""
        while step is Step.BRIEF:
            step = self.flow.briefed(self._brief(), self._gate())
        if step is Step.PLAY:
            self._play()
        elif step is Step.WAIT:
            self._render_between(self.flow.between_view())
        elif step is Step.FINISH:
            self.finish()

    def next_item(self) -> None:
        """Brief (and maybe swap) the current item, then play it; or end the sitting."""
        if self.flow.sitting is not None:
            self._do(self.flow.next_item(self._gate()))

    def _brief(self) -> str:
        from simulator.store import wellbeing_records as records
        from simulator.ui.wellbeing.briefing import BriefingDialog

        sitting, briefing = self.flow.sitting, self.flow.briefing
        assert sitting is not None and sitting.current is not None and briefing is not None
        config = self._hooks().config if self._hooks() is not None else load_config()
        dialog = BriefingDialog(
            briefing,
            config.support,
            self.language,
            clock=SittingPauses(sitting),
            title=sitting.current.title,
            parent=self,
        )
        if "skip" in dialog.buttons and not self.flow.can_swap():
            dialog.buttons["skip"].hide()  # no equivalent in this exam: nothing to swap to
        self.briefing_dialog = dialog
        self.exec_dialog(dialog)
        store, person = self.window_.store, self.window_.person
        if store is not None and person is not None and dialog.consented:
            records.record_consents(store, person.id, briefing, dialog.consented)
        return str(dialog.choice)

    def _play(self) -> None:
        sitting = self.flow.sitting
        assert sitting is not None
        try:
            session = self.flow.play()
        except SimulatorError as exc:
            self._error(exc)
            self.finish()
            return
        scenario = session.scenario
        self.controller = DeskController(session, ItemDeskClock(sitting))
        name = session.persona.get("name") or session.persona.get("username") or ""
        self.desk.start(
            self.controller,
            scenario,
            sitting.sop_of(scenario),
            user_name=name,
            run_timers=self.run_timers,
        )
        self.desk.title.setToolTip(scenario.title)
        self.desk.confirm_end = self._confirm_end
        self.refresh()

    def _confirm_end(self) -> bool:
        return bool(
            self.window_.confirm(
                self.tr("End this exam item?"),
                self.tr(
                    "The item is graded on what you have done so far, and you cannot come "
                    "back to it."
                ),
                self.tr("End the item"),
            )
        )

    def item_finished(self) -> None:
        """The desk's session ended (the trainee, the scenario, or the time limit)."""
        ended = self.flow.item_ended()
        if ended is None:
            return
        hooks = self._hooks()
        if hooks is not None and ended.scenario is not None:
            # Exposure time and any check-in; its dialogs stop the exam clock.
            hooks.after_scenario(ended.scenario, ended.seconds, self)
        self._do(self.flow.after_item())

    def _render_between(self, view: BetweenView) -> None:
        self.between.show_state(
            view.index, view.total, view.remaining_s, view.on_break, resumed=view.resumed
        )

    def take_break(self) -> None:
        if self.flow.take_break():
            self._render_between(self.flow.between_view())

    def go_on(self) -> None:
        self._do(self.flow.go_on(self._gate()))

    # -- time ---------------------------------------------------------------------
    def tick(self) -> None:
        """Called every ``TICK_MS`` (tests call it): the time limit, and the timer label."""
        sitting = self.flow.sitting
        if sitting is None or self.flow.stage is Stage.END:
            return
        running = sitting.session
        if self.flow.time_up():
            if running is not None and self.controller is not None:
                self.controller.stop_timers()
                self.controller.finished = True  # the sitting ended the item at the limit
            if self.desk.paused:  # time ran out during a pause past its allowance
                self.desk.resume_from_pause()  # closes it (logged) before the verdict
            self.finish()
            return
        self.refresh()

    def refresh(self) -> None:
        view = self.flow.clock_view()
        if view is None:
            return
        left = format_seconds(view.remaining_s)
        texts = {
            "running": self.tr("Exam time left {t}"),
            "paused": self.tr("Exam time left {t} (paused)"),
            "over": self.tr("Exam time left {t} (running)"),
        }
        self.exam_clock.setText(texts[view.status].format(t=left))
        if view.newly_over:
            self.allowance_used_up.emit()
            self.window_.statusBar().showMessage(self.allowance_text(), 60000)
        # The desk's pause panel says it too, where the trainee is looking.
        self.desk.paused_panel.set_notice(self.allowance_text() if view.notice else "")
        self.item_label.setText(
            self.tr("Item {n} of {total}").format(n=view.item, total=view.total)
        )
        if self.flow.stage is Stage.BETWEEN:
            self.between.update_clock(view.remaining_s)

    # -- the end --------------------------------------------------------------------
    def finish(self) -> None:
        """Store the verdict and show it (with the certificate when passed)."""
        self.timer.stop()
        if self.controller is not None:
            self.controller.stop_timers()
        self._wire_hooks(False)
        sitting = self.flow.end()
        if sitting is None:
            return
        try:
            finish_sitting(self.window_.store, sitting)
        except SimulatorError as exc:
            self._error(exc)
            return
        assert sitting.sitting_id is not None
        self.show_stored(sitting.sitting_id)

    def show_stored(self, sitting_id: int) -> None:
        """The end page of a finished sitting, from what the store kept."""
        outcome = stored_outcome(self.window_.store, sitting_id)
        if outcome is None:
            return
        if outcome.problem is not None:
            self._error(outcome.problem)
        self.result_grade = outcome.grade
        self.certificate = outcome.certificate
        titles = {sid: str(s.title) for sid, s in self.window_.scenarios.items()}
        self.end.show_result(
            outcome.title(self.language), self.result_grade, titles, self.certificate
        )
        self.flow.show_end()

    def _ask_save_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save certificate"), suggested, self.tr("Web page (*.html)")
        )
        return str(path)

    def save_certificate(self) -> Path | None:
        """Write the certificate page (English and Arabic) where the trainee chooses."""
        if self.certificate is None:
            return None
        path = self.ask_save_path(str(Path.home() / f"{self.certificate.id}.html"))
        if not path:
            return None
        out = Path(path)
        try:
            write_certificate_page(self.window_.store, self.certificate, out)
        except OSError as exc:
            self.window_.statusBar().showMessage(f"{out}: {exc.strerror}", 10000)
            return None
        self.window_.statusBar().showMessage(
            self.tr("Certificate saved to {path}").format(path=str(out)), 10000
        )
        return out

    def _close(self) -> None:
        self.timer.stop()
        self._wire_hooks(False)
        self.flow.close()
        self.closed.emit()

    def stop(self) -> None:
        """Sign-out: stop every timer and let go of the sitting (the store keeps it, and
        the next sign-in offers to resume it)."""
        self.timer.stop()
        if self.controller is not None:
            self.controller.stop_timers()
            self.controller.finished = True  # no late tick from the old desk
        self._wire_hooks(False)
        self.flow.close()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
