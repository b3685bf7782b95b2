"""A trainer's review of one attempt: the trainee's own results screen, and beside it the
override panel. An override is kept next to the automatic verdict, never replacing it."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
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
from simulator.ui.criteria import criterion_title
from simulator.ui.results import ResultsScreen
from simulator.ui.theme import warn_chip
from simulator.ui.trainer.sitting import SittingReview

VERDICT = ""  # the override target meaning "the attempt's verdict", not a criterion


class ReviewResults(ResultsScreen):
    """The trainee's results screen; its back button returns to the cohort."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Beside the override panel: the criteria get the room, the replay less.
        splitter = self.findChild(QSplitter)
        if splitter is not None:
            splitter.setSizes([560, 400])

    def retranslate(self) -> None:
        super().retranslate()
        self.back_button.setText(self.tr("Back to the cohort"))
        self.evidence_title.setText(self.tr("Evidence in the trainee's replies"))


class OverridePanel(QFrame):
    """The automatic verdict, every override (who, when, why), and a form to add one."""

    added = Signal(object)  # the store Override

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.store = None
        self.trainer = None
        self.attempt = None
        self.grade: dict = {}
        self.title = QLabel()
        self.title.setObjectName("subtitle")
        self.automatic = QLabel()
        self.automatic.setWordWrap(True)
        self.history = QTextBrowser()
        self.target = QComboBox()
        self.target.currentIndexChanged.connect(lambda _i: self._update_button())
        self.verdict = QComboBox()
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(90)
        self.reason.textChanged.connect(self._update_button)
        self.add_button = QPushButton()
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add)
        self.error = warn_chip()
        self.form = QFormLayout()
        self.target_label, self.verdict_label, self.reason_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.target_label, self.target)
        self.form.addRow(self.verdict_label, self.verdict)
        self.form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.automatic)
        layout.addWidget(self.history, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.add_button)
        self.retranslate()

    def show_attempt(self, store, trainer, attempt, grade: dict) -> None:
        self.store, self.trainer, self.attempt, self.grade = store, trainer, attempt, grade
        # Nothing chosen for the person shown before carries over to this one.
        self.target.clear()
        self.verdict.clear()
        self.reason.clear()
        self.error.hide()
        self.retranslate()

    def criterion_title(self, criterion_id: str | None) -> str:
        for c in self.grade.get("criteria", []):
            if c.get("id") == criterion_id:
                return criterion_title(c)
        return criterion_title({"id": criterion_id or ""})

    def disputed_targets(self) -> list[str | None]:
        """The targets trainers disagree on (the grade of record names them)."""
        return list(self.grade.get("disputed") or [])

    def resolving(self) -> bool:
        """Whether the form resolves a disagreement (an admin, on a disputed target)."""
        target = self.target.currentData() or None
        return getattr(self.trainer, "role", None) == "admin" and (
            target in self.disputed_targets()
        )

    def add(self) -> None:
        """Store an override of the chosen criterion or the verdict, with its reason; an
        admin's verdict on a disputed target resolves the disagreement."""
        if self.store is None or self.attempt is None:
            return
        target = self.target.currentData()
        store_it = self.store.resolve_overrides if self.resolving() else self.store.add_override
        try:
            override = store_it(
                self.attempt.id,
                self.trainer.id,
                passed=bool(self.verdict.currentData()),
                reason=self.reason.toPlainText(),
                criterion_id=target or None,
            )
        except SimulatorError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self.reason.clear()
        self._fill_history()
        self.added.emit(override)

    def _update_button(self) -> None:
        self.add_button.setText(
            self.tr("Resolve the disagreement") if self.resolving() else self.tr("Add override")
        )
        self.add_button.setEnabled(
            self.attempt is not None and bool(self.reason.toPlainText().strip())
        )

    def _fill_history(self) -> None:
        if self.store is None or self.attempt is None:
            self.history.clear()
            return
        overrides = self.store.overrides_for(self.attempt.id)
        resolutions = self.store.resolutions_for(self.attempt.id)
        if not overrides:
            # Not inside the f-string: lupdate finds a string only in a plain tr() call.
            none_yet = html.escape(self.tr("No overrides yet."))
            self.history.setHtml(f"<p style='color:{theme.MUTED};'>{none_yet}</p>")
            return
        names: dict[int, str] = {}
        parts = []
        # The paragraph follows the UI's direction, not its first letter (a Latin name).
        direction = "rtl" if self.isRightToLeft() else "ltr"
        # Oldest first; a resolution right after the newest override it settled.
        entries = [(float(o.id), o) for o in overrides]
        entries += [(r.last_override_id + 0.5, r) for r in resolutions]
        for _order, o in sorted(entries, key=lambda e: e[0]):
            resolution = hasattr(o, "resolver_id")
            person_id = o.resolver_id if resolution else o.trainer_id
            if person_id not in names:
                names[person_id] = self.store.person_by_id(person_id).display_name
            what = (
                self.tr("Verdict")
                if o.criterion_id is None
                else self.tr("Criterion: {name}").format(name=self.criterion_title(o.criterion_id))
            )
            if resolution:
                what = self.tr("Resolved: {target}").format(target=what)
            verdict = self.tr("Passed") if o.passed else self.tr("Not passed")
            colour = theme.PASS if o.passed else theme.FAIL
            who = self.tr("by {name}, {when}").format(
                name=names[person_id], when=o.at.strftime("%Y-%m-%d %H:%M UTC")
            )
            parts.append(
                f"<p dir='{direction}' style='margin:4px 0;'><b>{html.escape(what)}</b> → "
                f"<span style='color:{colour};font-weight:600;'>{html.escape(verdict)}</span>"
                f"<br><span style='color:{theme.MUTED};'>{html.escape(who)}</span></p>"
                f"<p dir='{text_direction(o.reason)}' style='margin:0 0 8px 0;'>"
                f"{html.escape(o.reason)}</p>"
            )
        self.history.setHtml("".join(parts))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Trainer overrides"))
        self.target_label.setText(self.tr("Override"))
        self.verdict_label.setText(self.tr("New verdict"))
        self.reason_label.setText(self.tr("Reason (required)"))
        self.reason.setPlaceholderText(self.tr("Why the automatic grading got it wrong"))
        target = self.target.currentData()
        self.target.clear()
        self.target.addItem(self.tr("The verdict of the attempt"), VERDICT)
        for c in self.grade.get("criteria", []):
            self.target.addItem(
                self.tr("Criterion: {name}").format(name=self.criterion_title(c.get("id"))),
                c.get("id"),
            )
        self.target.setCurrentIndex(max(0, self.target.findData(target)))
        verdict = self.verdict.currentData()
        self.verdict.clear()
        self.verdict.addItem(self.tr("Passed"), True)
        self.verdict.addItem(self.tr("Not passed"), False)
        self.verdict.setCurrentIndex(max(0, self.verdict.findData(verdict)))
        if self.grade:
            auto = self.grade.get("automatic") or self.grade
            passed = bool(auto.get("passed"))
            lines = [
                self.tr("Automatic verdict: {verdict}, {score}% (kept as it is)").format(
                    verdict=self.tr("Passed") if passed else self.tr("Not passed"),
                    score=f"{float(auto.get('score') or 0.0):.0f}",
                )
            ]
            if self.grade.get("verdict") == "override":
                lines.append(
                    self.tr("Verdict of record: {verdict}, {score}% (overrides count)").format(
                        verdict=self.tr("Passed")
                        if self.grade.get("passed")
                        else self.tr("Not passed"),
                        score=f"{float(self.grade.get('score') or 0.0):.0f}",
                    )
                )
            elif self.grade.get("verdict") == "disputed":
                lines.append(
                    self.tr(
                        "Disputed: trainers disagree, so the automatic verdict stands until "
                        "a lead or admin resolves it."
                    )
                )
            self.automatic.setText("\n".join(lines))
        else:
            self.automatic.clear()
        self._fill_history()
        self._update_button()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AttemptReview(QWidget):
    """Results and overrides of one attempt, or the review of an exam sitting (its
    items open here too). Emits ``back``."""

    back = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.results = ReviewResults()
        self.results.back.connect(self.back.emit)
        self.overrides = OverridePanel()
        self.overrides.setFixedWidth(340)
        self.overrides.added.connect(lambda _o: self._reshow())
        self.sitting = SittingReview()
        self.sitting.back.connect(self.back.emit)
        self.sitting.open_item.connect(self._open_item)
        self.titles: dict[str, str] = {}
        self._store = self._trainer = None
        side = QVBoxLayout()
        side.setContentsMargins(8, 16, 16, 16)
        side.addWidget(self.overrides)
        # The override panel beside an attempt's results and beside a sitting's review
        # (where a trainer confirms or overrides the exam's verdict).
        self.pages = QStackedWidget()
        self.pages.addWidget(self.results)
        self.pages.addWidget(self.sitting)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.pages, 1)
        layout.addLayout(side)

    def show_attempt(self, store, trainer, attempt, title: str, titles=None) -> bool:
        """Show ``attempt`` (finished); False when the store has no result for it. A
        sitting shows its items, time, pauses and accommodations; nothing of the
        attempt shown before stays on screen."""
        from simulator.attempts.result import AttemptResult
        from simulator.exams.definition import SITTING_PREFIX, is_sitting
        from simulator.grading.verdict import awaits_confirmation

        self._store, self._trainer = store, trainer
        if titles is not None:
            self.titles = dict(titles)
        try:
            result = AttemptResult.from_store(store, attempt.id)
        except SimulatorError:
            return False
        if is_sitting(attempt):
            exam_id = attempt.scenario_id.removeprefix(SITTING_PREFIX)
            exam_title = (result.grade.get("title") or {}).get("en") or exam_id
            if self.isRightToLeft():
                exam_title = (result.grade.get("title") or {}).get("ar") or exam_title
            accommodations = store.accommodations_for(attempt.person_id, exam_id)
            grade = dict(result.grade)
            grade["awaiting_review"] = awaits_confirmation(grade, store.overrides_for(attempt.id))
            self.sitting.show_sitting(exam_title, grade, accommodations, self.titles)
            self.overrides.show_attempt(store, trainer, attempt, result.grade or {})
            self._shown = (attempt, exam_title)
            self.pages.setCurrentWidget(self.sitting)
            return True
        # The replay names the trainee: this is a trainer's view, not their own.
        self.results.trainee_name = store.person_by_id(attempt.person_id).display_name
        self.results.show_result(title, result.to_json())
        self.overrides.show_attempt(store, trainer, attempt, result.grade or {})
        self._shown = (attempt, title)
        self.pages.setCurrentWidget(self.results)
        return True

    def _reshow(self) -> None:
        """After an override: the results and the panel show the verdict of record."""
        shown = getattr(self, "_shown", None)
        if shown is not None and self._store is not None:
            attempt, title = shown
            self.show_attempt(self._store, self._trainer, attempt, title)

    def _open_item(self, attempt_id: int) -> None:
        if self._store is None:
            return
        attempt = self._store.attempt(attempt_id)
        title = self.titles.get(attempt.scenario_id, attempt.scenario_id)
        self.show_attempt(self._store, self._trainer, attempt, title)
