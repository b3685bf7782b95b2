"""A sitting in the app: rules, each item at the desk under the exam timer, the verdict.

The core decides everything (``simulator.exams``): this screen asks the sitting what is
next, shows it, and routes the trainee's pauses to ``sitting.pause(reason)``. Per-item
scores are not shown until the end (the exam convention); see docs/exams.md.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QStackedWidget, QVBoxLayout, QWidget

from simulator.attempts.sittings import finish_sitting, resume_sitting, start_sitting
from simulator.content.library import Library, load_library
from simulator.errors import SimulatorError
from simulator.exams.certificate import awaiting_review, certificate_for, render_html
from simulator.exams.definition import ExamDef
from simulator.exams.record import sign_certificate
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
    return dialog.exec()


class ExamScreen(QWidget):
    """Runs one sitting for the window's store and person. Emits ``closed`` at the end."""

    closed = Signal()
    open_item = Signal(int)  # an item attempt id: show its results screen
    allowance_used_up = Signal()  # a pause during an item went past support_pause_limit

    def __init__(self, window: Any, library_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library_root = library_root  # the library whose exams/ folder is listed
        self.window_ = window  # the MainWindow: store, person, clock factory, hooks
        self.sitting: ExamSitting | None = None
        self.controller: DeskController | None = None
        self.items_total = 0
        self.state = "idle"  # intro | between | playing | end
        self.seed: int | None = None  # None: a random seed per sitting (tests fix it)
        self.run_timers = True  # False: tests call tick() and move the clock by hand
        self.exec_dialog = _exec  # tests drive the briefing through this
        self.ask_save_path = self._ask_save_path  # tests answer the file dialog
        self._libraries: dict[Path, Library] = {}
        self._exam: ExamDef | None = None
        self._resumed = False
        self.intro = IntroPage()
        self.between = BetweenPage()
        self.desk = DeskScreen()
        self.end = EndPage()
        self.exam_clock = QLabel()
        self.exam_clock.setObjectName("chip")
        self.exam_clock.setStyleSheet("QLabel#chip { font-weight: 700; color: #0f766e; }")
        self.item_label = QLabel()
        self.item_label.setObjectName("chip")
        self._put_in_desk_header()
        self.pages = QStackedWidget()
        for page in (self.intro, self.between, self.desk, self.end):
            self.pages.addWidget(page)
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
        self.certificate = None
        self.result_grade: dict | None = None
        self._told_allowance = False

    def allowance_text(self) -> str:
        """What the trainee reads when the pause allowance is used up (kindly)."""
        minutes = round((self._exam.support_pause_limit_s if self._exam else 0) / 60)
        return self.tr(
            "Your {m} minutes of paused exam time are used up, so the exam clock is "
            "running again. Take the time you need; support stays open for you."
        ).format(m=minutes)

    def _put_in_desk_header(self) -> None:
        # The exam timer sits beside the scenario timer in the desk's own header row;
        # a long title gives way (its tooltip has it whole) rather than widen the window.
        self.desk.title.setMinimumWidth(160)
        header = self.desk.layout().itemAt(0).layout()
        at = header.indexOf(self.desk.elapsed)
        header.insertWidget(at, self.item_label)
        header.insertWidget(at + 2, self.exam_clock)

    # -- helpers ----------------------------------------------------------------
    @property
    def language(self) -> str:
        return str(self.window_.translations.language)

    def library_for(self, exam: ExamDef) -> Library:
        root = exam.library_root
        if root not in self._libraries:
            self._libraries[root] = load_library(root)
        return self._libraries[root]

    def _base_clock(self) -> Any:
        return self.window_.exam_clock()

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
        hooks.mode = "exam" if on else "practice"
        hooks.exam_clock = SittingPauses(self.sitting) if on and self.sitting else None
        hooks.person = self.window_.person

    def _error(self, exc: SimulatorError) -> None:
        self.window_.show_error(exc)

    # -- starting -----------------------------------------------------------------
    def show_intro(self, exam: ExamDef, items: int) -> None:
        from simulator.attempts.sittings import extra_time, may_start

        self._exam = exam
        self.items_total = items
        store, person = self.window_.store, self.window_.person
        rules = extra = None
        if store is not None and person is not None:
            try:
                rules = may_start(store, person.id, exam, store.server_now())
                extra = extra_time(store, person.id, exam.id)
            except SimulatorError as exc:
                self._error(exc)
        self.intro.show_exam(exam, items, self.language, rules=rules, extra_s=extra or 0.0)
        self.state = "intro"
        self.pages.setCurrentWidget(self.intro)

    def begin(self) -> ExamSitting | None:
        """Start a stored sitting of the exam shown on the intro page; play item 1."""
        import random

        seed = self.seed
        exam = self._exam
        store, person = self.window_.store, self.window_.person
        if exam is None or store is None or person is None:
            return None
        try:
            sitting = start_sitting(
                store,
                person.id,
                exam,
                seed=random.randrange(1, 1_000_000) if seed is None else seed,
                clock=self._base_clock(),
                library=self.library_for(exam),
            )
        except SimulatorError as exc:
            self._error(exc)
            return None
        self._adopt(sitting)
        self.next_item()
        return sitting

    def resume(self, sitting_id: int, exam_path: Path | None = None):
        """Take back an interrupted sitting with the time it had left."""
        store = self.window_.store
        try:
            attempt = store.attempt(sitting_id)
            exam_id = attempt.scenario_id.removeprefix("exam:")
            path = exam_path or self.library_root / "exams" / f"{exam_id}.yaml"
            from simulator.exams.definition import load_exam

            library = self.library_for(load_exam(path))
            sitting = resume_sitting(
                store, sitting_id, self._base_clock(), exam_path=path, library=library
            )
        except SimulatorError as exc:
            self._error(exc)
            return None
        self._exam = sitting.exam
        self.items_total = len(sitting.order)
        self._adopt(sitting)
        if sitting.done:
            self.finish()
        elif sitting.session is not None:
            self._play()
        else:
            self._resumed = True
            self._show_between(on_break=False)
        return sitting

    def _adopt(self, sitting: ExamSitting) -> None:
        self.sitting = sitting
        self._told_allowance = False
        self.items_total = len(sitting.order)
        self.certificate = None
        self._wire_hooks(True)
        if self.run_timers:
            self.timer.start()

    # -- items --------------------------------------------------------------------
    def next_item(self) -> None:
        """Brief (and maybe swap) the current item, then play it; or end the sitting."""
        sitting = self.sitting
        if sitting is None:
            return
        if sitting.check_time() or sitting.done:
            self.finish()
            return
        before = sitting.before(self._gate())
        if before.briefing is not None:
            choice = self._brief(before.briefing)
            if choice == "skip" and sitting.swap_for_current() is not None:
                sitting.skip()
                self.next_item()  # the equivalent may have its own briefing
                return
            if choice != "continue":
                # Postponed: back between items (the exam clock runs; a break stops it).
                self._show_between(on_break=False, upcoming=True)
                return
        self._play()

    def _brief(self, briefing: Any) -> str:
        from simulator.store import wellbeing_records as records
        from simulator.ui.wellbeing.briefing import BriefingDialog

        sitting = self.sitting
        assert sitting is not None and sitting.current is not None
        config = self._hooks().config if self._hooks() is not None else load_config()
        dialog = BriefingDialog(
            briefing,
            config.support,
            self.language,
            clock=SittingPauses(sitting),
            title=sitting.current.title,
            parent=self,
        )
        if "skip" in dialog.buttons and sitting.swap_for_current() is None:
            dialog.buttons["skip"].hide()  # no equivalent in this exam: nothing to swap to
        self.briefing_dialog = dialog
        self.exec_dialog(dialog)
        store, person = self.window_.store, self.window_.person
        if store is not None and person is not None and dialog.consented:
            records.record_consents(store, person.id, briefing, dialog.consented)
        return str(dialog.choice)

    def _play(self) -> None:
        sitting = self.sitting
        assert sitting is not None
        try:
            session = sitting.session or sitting.start()
        except SimulatorError as exc:
            self._error(exc)
            self.finish()
            return
        scenario = session.scenario
        self.controller = DeskController(session, ItemDeskClock(sitting))
        name = session.persona.get("name") or session.persona.get("username") or ""
        self.state = "playing"
        self.pages.setCurrentWidget(self.desk)
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
        sitting = self.sitting
        if sitting is None or self.state != "playing":
            return
        scenario = sitting.session.scenario if sitting.session is not None else None
        if sitting.session is not None:
            seconds = sitting.session.clock.now()
            sitting.finish_item()
            hooks = self._hooks()
            if hooks is not None and scenario is not None:
                # Exposure time and any check-in; its dialogs stop the exam clock.
                hooks.after_scenario(scenario, seconds, self)
        if sitting.check_time() or sitting.done:
            self.finish()
        else:
            self._show_between(on_break=False)

    def _show_between(self, on_break: bool, upcoming: bool = False) -> None:
        sitting = self.sitting
        assert sitting is not None
        self.state = "between"
        self.between.show_state(
            sitting.index,
            self.items_total,
            sitting.remaining_s,
            on_break,
            resumed=self._resumed or upcoming,
        )
        self._resumed = False
        self.pages.setCurrentWidget(self.between)

    def take_break(self) -> None:
        if self.sitting is not None and "break" not in self.sitting.exam_clock.reasons:
            self.sitting.pause("break")
            self._show_between(on_break=True)

    def go_on(self) -> None:
        if self.sitting is None:
            return
        self.sitting.resume("break")
        self.next_item()

    # -- time ---------------------------------------------------------------------
    def tick(self) -> None:
        """Called every ``TICK_MS`` (tests call it): the time limit, and the timer label."""
        sitting = self.sitting
        if sitting is None or self.state == "end":
            return
        running = sitting.session
        if sitting.check_time():
            if running is not None and self.controller is not None:
                self.controller.stop_timers()
                self.controller.finished = True  # the sitting ended the item at the limit
            if self.desk.paused:  # time ran out during a pause past its allowance
                self.desk.resume_from_pause()  # closes it (logged) before the verdict
            self.finish()
            return
        self.refresh()

    def refresh(self) -> None:
        sitting = self.sitting
        if sitting is None:
            return
        left = format_seconds(sitting.remaining_s)
        self.exam_clock.setText(self.tr("Exam time left {t}").format(t=left))
        if sitting.over_allowance:
            self.exam_clock.setText(self.tr("Exam time left {t} (running)").format(t=left))
            if not self._told_allowance:
                self._told_allowance = True
                self.allowance_used_up.emit()
                self.window_.statusBar().showMessage(self.allowance_text(), 60000)
        elif sitting.paused:
            self.exam_clock.setText(self.tr("Exam time left {t} (paused)").format(t=left))
        # The desk's pause panel says it too, where the trainee is looking.
        over = self.state == "playing" and sitting.over_allowance
        self.desk.paused_panel.set_notice(self.allowance_text() if over else "")
        self.item_label.setText(
            self.tr("Item {n} of {total}").format(n=sitting.index + 1, total=self.items_total)
        )
        if self.state == "between":
            self.between.update_clock(sitting.remaining_s)

    # -- the end --------------------------------------------------------------------
    def finish(self) -> None:
        """Store the verdict and show it (with the certificate when passed)."""
        sitting = self.sitting
        store = self.window_.store
        self.timer.stop()
        if self.controller is not None:
            self.controller.stop_timers()
        self._wire_hooks(False)
        if sitting is None or self.state == "end":
            return
        self.state = "end"
        try:
            finish_sitting(store, sitting)
        except SimulatorError as exc:
            self._error(exc)
            return
        assert sitting.sitting_id is not None
        self.show_stored(sitting.sitting_id)

    def show_stored(self, sitting_id: int) -> None:
        """The end page of a finished sitting, from what the store kept."""
        store = self.window_.store
        result = store.result_for(sitting_id)
        if result is None:
            return
        self.result_grade = dict(result.grade)
        self.certificate = None
        # The verdict of record (a trainer's override counts); an exam that requires
        # review has no certificate until a trainer confirms it.
        if store.attempt(sitting_id).passed and not awaiting_review(
            store, sitting_id, result.grade
        ):
            try:
                self.certificate = certificate_for(store, sitting_id)
            except SimulatorError as exc:
                self._error(exc)
        title = result.grade.get("title", {})
        titles = {sid: str(s.title) for sid, s in self.window_.scenarios.items()}
        self.end.show_result(
            str(title.get(self.language) or title.get("en") or ""),
            self.result_grade,
            titles,
            self.certificate,
        )
        self.state = "end"
        self.pages.setCurrentWidget(self.end)

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
            signed = sign_certificate(self.certificate, self.window_.store.signing_key())
            out.write_text(render_html(self.certificate, signed), encoding="utf-8")
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
        self.sitting = None
        self.state = "idle"
        self.closed.emit()

    def stop(self) -> None:
        """Sign-out: stop every timer and let go of the sitting (the store keeps it, and
        the next sign-in offers to resume it)."""
        self.timer.stop()
        if self.controller is not None:
            self.controller.stop_timers()
            self.controller.finished = True  # no late tick from the old desk
        self._wire_hooks(False)
        self.sitting = None
        self.state = "idle"

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.refresh()
        super().changeEvent(event)
