"""The trainer's studio: a library's SOPs, scenarios and exams with their problems, a
YAML editor with live validation, "Play now" at the desk, examples from a play, an
SOP diff and persona previews. What it decides is in ``simulator.authoring.studio``."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simulator.authoring import studio
from simulator.errors import SimulatorError
from simulator.ui import theme
from simulator.ui.itemmodel import Column, RowTable, text_columns
from simulator.ui.studio.editor import YamlEditor
from simulator.ui.studio.messages import shown

if TYPE_CHECKING:
    from simulator.engine.session import Session
    from simulator.ui.desk.controller import DeskController
    from simulator.ui.desk.screen import DeskScreen

LineRole = Qt.ItemDataRole.UserRole + 1
PathRole = Qt.ItemDataRole.UserRole + 2
LOCALES = ("", "ar_EG", "ar_SA", "ar_AE", "ar_JO", "ar_PS", "en_US", "en_GB", "fr_FR", "de_DE")
DEBOUNCE_MS = 300  # live validation this long after the last keystroke, examples included


PersonaRow = tuple[int, dict[str, str]]  # (seed, the persona it makes)


def _seed_text(row: PersonaRow) -> str:
    return str(row[0])


def _field_column(key: str) -> Column[PersonaRow]:
    """A persona field's column: its header is the field's own (YAML) name."""
    return Column(lambda: key, lambda row: row[1].get(key, ""))


class StudioScreen(QWidget):
    """Open a library, edit, check, play and compare."""

    back = Signal()

    def __init__(self, clock_factory=None, parent=None) -> None:
        super().__init__(parent)
        self.clock_factory = clock_factory
        self.root: Path | None = None
        self.path: Path | None = None
        self.items: list[studio.LibraryItem] = []
        self.problems: list = []
        self.result: studio.PlayResult | None = None
        self.session: Session | None = None
        self.controller: DeskController | None = None
        self._desk: DeskScreen | None = None
        self.ask_save = self._ask_save  # tests replace it: "save", "discard" or "cancel"
        self.sop_text_before: str | None = None  # an SOP's text when opened (for the diff)

        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        # -- the editor page ----------------------------------------------------------
        page = QWidget()
        layout = QVBoxLayout(page)
        self._build_bars(layout)
        self._build_panes(layout)
        self.pages.addWidget(page)
        self.editor_page = page
        self._build_desk_page()
        self._connect()
        self.retranslate()
        self._enable()

    def _build_bars(self, layout: QVBoxLayout) -> None:
        """The file bar (open, save, undo, redo, compare, personas) and the try bar (seed,
        persona locale, play, verdict, example)."""
        bar = QHBoxLayout()
        try_bar = QHBoxLayout()
        self.open_button = QPushButton()
        self.save_button = QPushButton()
        self.undo_button = QPushButton()
        self.redo_button = QPushButton()
        self.seed_label = QLabel()
        self.seed = QSpinBox()
        self.seed.setRange(1, 999999)
        self.seed.setValue(1)
        self.persona_locale_label = QLabel()
        self.persona_locale = QComboBox()
        self.persona_locale.setEditable(True)
        self.play_button = QPushButton()
        self.verdict = QComboBox()
        self.example_button = QPushButton()
        self.diff_button = QPushButton()
        self.personas_button = QPushButton()
        for w in (
            self.open_button,
            self.save_button,
            self.undo_button,
            self.redo_button,
            self.diff_button,
            self.personas_button,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        for widget in (
            self.seed_label,
            self.seed,
            self.persona_locale_label,
            self.persona_locale,
            self.play_button,
            self.verdict,
            self.example_button,
        ):
            try_bar.addWidget(widget)
        try_bar.addStretch(1)
        self.seed.setMaximumWidth(110)
        self.persona_locale.setMinimumWidth(110)
        layout.addLayout(bar)
        layout.addLayout(try_bar)

    def _build_panes(self, layout: QVBoxLayout) -> None:
        """The library tree, the editor with its status, and the tabs: problems, play,
        personas, differences."""
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(300)
        self.editor = YamlEditor()
        self.file_label = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problem_list = QListWidget()
        self.problem_list.setWordWrap(True)
        self.play_summary = QLabel()
        self.play_summary.setWordWrap(True)
        # One row per message, then one per action: time, thread, from, text.
        self.transcript = RowTable(
            text_columns(
                lambda: self.tr("Time"),
                lambda: self.tr("Thread"),
                lambda: self.tr("From"),
                lambda: self.tr("Text"),
            )
        )
        self.transcript.setWordWrap(True)
        play_tab = QWidget()
        pl = QVBoxLayout(play_tab)
        pl.addWidget(self.play_summary)
        pl.addWidget(self.transcript, 1)
        # One row per seed: the seed, then the persona's fields (the scenario's own).
        self.persona_table = RowTable([], alternate=True)
        self.diff_tree = QTreeWidget()
        self.diff_tree.setColumnCount(2)
        self.diff_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.problem_list, "")
        self.tabs.addTab(play_tab, "")
        self.tabs.addTab(self.persona_table, "")
        self.tabs.addTab(self.diff_tree, "")

        middle = QWidget()
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(self.file_label)
        ml.addWidget(self.editor, 1)
        ml.addWidget(self.status)
        self.vsplit = right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(middle)
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        self.editor.setMinimumHeight(240)
        right.setSizes([420, 300])
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([320, 1000])
        layout.addWidget(split, 1)

    def _build_desk_page(self) -> None:
        """The desk page (the desk itself is built on the first "Play now")."""
        self.desk_page = QWidget()
        self.desk_layout = dl = QVBoxLayout(self.desk_page)
        dl.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.desk_label = QLabel()
        self.stop_button = QPushButton()
        top.addWidget(self.desk_label, 1)
        top.addWidget(self.stop_button)
        dl.addLayout(top)
        self.pages.addWidget(self.desk_page)

    def _connect(self) -> None:
        """The debounce timer, the buttons' and lists' signals, the choices' items."""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.validate_now)
        self.editor.textChanged.connect(self._edited)
        self.editor.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.editor.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.editor.undo_stack.undo)
        self.redo_button.clicked.connect(self.editor.undo_stack.redo)
        self.open_button.clicked.connect(self.choose_folder)
        self.save_button.clicked.connect(self.save)
        self.play_button.clicked.connect(self.play_now)
        self.example_button.clicked.connect(self.add_example)
        self.diff_button.clicked.connect(self._compare_clicked)
        self.personas_button.clicked.connect(self.preview_personas)
        self.stop_button.clicked.connect(self.stop_play)
        self.tree.itemActivated.connect(self._tree_item)
        self.tree.itemClicked.connect(self._tree_item)
        self.problem_list.itemClicked.connect(self._problem_item)
        self.problem_list.itemActivated.connect(self._problem_item)
        self.diff_tree.itemActivated.connect(self._diff_item)
        for loc in LOCALES:
            self.persona_locale.addItem(loc)
        self.verdict.addItem("", "pass")
        self.verdict.addItem("", "fail")

    # -- the library ------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a library folder"))
        if folder:
            self.open_library(Path(folder))

    def open_library(self, root: Path) -> None:
        """Browse the library at ``root``: its SOPs, scenarios and exams, with problems."""
        self.root = Path(root)
        try:
            self.items = studio.browse(self.root)
        except SimulatorError as exc:
            self.items = []
            self.status.setText(str(exc))
        self._fill_tree()

    def _fill_tree(self) -> None:
        self.tree.clear()
        groups = {
            "sop": QTreeWidgetItem([self.tr("SOPs")]),
            "scenario": QTreeWidgetItem([self.tr("Scenarios")]),
            "exam": QTreeWidgetItem([self.tr("Exams")]),
        }
        for group in groups.values():
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        for item in self.items:
            node = QTreeWidgetItem([self._item_text(item)])
            node.setData(0, PathRole, str(item.path))
            node.setToolTip(0, "\n".join(shown(str(p)) for p in item.problems) or str(item.path))
            if item.errors:
                node.setForeground(0, QColor(theme.ERROR))
            groups[item.kind].addChild(node)

    def _item_text(self, item: studio.LibraryItem) -> str:
        text = item.id
        if item.errors:
            text += " — " + self._count(item.errors, "error")
        elif item.warnings:
            text += " — " + self._count(item.warnings, "warning")
        return text

    def _tree_item(self, node: QTreeWidgetItem, _column: int = 0) -> None:
        path = node.data(0, PathRole)
        if path and (self.path is None or Path(path) != self.path):
            self.open_file(Path(path))

    def open_file(self, path: Path) -> bool:
        """Open ``path`` in the editor (after asking about unsaved changes)."""
        if not self._may_leave():
            return False
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.status.setText(self.tr("Cannot open {file}: {error}").format(file=path, error=exc))
            return False
        self.path = Path(path)
        self.editor.set_text(text)
        self.sop_text_before = text if studio.kind_of(self.path) == "sop" else None
        self.file_label.setText(str(self.path))
        self.result = None
        self.validate_now()
        self._enable()
        return True

    def _may_leave(self) -> bool:
        if self.path is None or not self.editor.document().isModified():
            return True
        answer = self.ask_save()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def _ask_save(self) -> str:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save the changes to {file}?").format(file=self.path))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        chosen = QMessageBox.StandardButton(box.exec())
        answers = {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }
        return answers.get(chosen, "cancel")

    def save(self) -> bool:
        """Write the buffer as it is: comments, key order and quoting stay the author's."""
        if self.path is None:
            return False
        try:
            self.path.write_text(self.editor.toPlainText(), encoding="utf-8")
        except OSError as exc:
            self.status.setText(
                self.tr("Cannot save {file}: {error}").format(file=self.path, error=exc)
            )
            return False
        self.editor.document().setModified(False)
        if self.root is not None:
            self.open_library(self.root)
        self.status.setText(self.tr("Saved {file}.").format(file=self.path.name))
        return True

    # -- live validation --------------------------------------------------------------
    def _edited(self) -> None:
        self.timer.start()

    def validate_now(self) -> list:
        """Check the buffer now (examples graded too) and show what is wrong. The
        garbage collector waits until it is done (see ``studio.check``)."""
        self.timer.stop()
        if self.path is None:
            return []
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._validate()
        finally:
            if enabled:
                gc.enable()

    def _validate(self) -> list:
        if self.path is None:
            return []
        self.problems = studio.check(self.editor.toPlainText(), self.path)
        self.editor.set_problems((p.line, p.severity) for p in self.problems)
        self.problem_list.clear()
        for p in self.problems:
            prefix = self.tr("warning") if p.severity == "warning" else self.tr("error")
            label = self.tr("line {line}").format(line=p.line) if p.line else self.tr("file")
            # The validator speaks English: isolated, its brackets stay the right way round.
            item = QListWidgetItem(f"{label} · {prefix}: \u2068{shown(p.message)}\u2069")
            item.setData(LineRole, p.line)
            if p.severity == "error":
                item.setForeground(QColor(theme.ERROR))
            self.problem_list.addItem(item)
        errors = sum(1 for p in self.problems if p.severity == "error")
        warnings = len(self.problems) - errors
        if not self.problems:
            self.status.setText(self.tr("No problems."))
        else:
            parts = []
            if errors:
                parts.append(self._count(errors, "error"))
            if warnings:
                parts.append(self._count(warnings, "warning"))
            self.status.setText(self.tr(", ").join(parts))
        if self.problems and self.tabs.currentIndex() != 0 and self.result is None:
            self.tabs.setCurrentIndex(0)
        self._enable()
        return self.problems

    def _count(self, n: int, what: str) -> str:
        if what == "error":
            return self.tr("1 error") if n == 1 else self.tr("{n} errors").format(n=n)
        return self.tr("1 warning") if n == 1 else self.tr("{n} warnings").format(n=n)

    def _problem_item(self, item: QListWidgetItem) -> None:
        line = item.data(LineRole)
        if line:
            self.editor.go_to_line(int(line))

    def _enable(self) -> None:
        kind = studio.kind_of(self.path) if self.path is not None else ""
        errors = any(p.severity == "error" for p in self.problems)
        self.save_button.setEnabled(self.path is not None)
        self.play_button.setEnabled(kind == "scenario" and not errors)
        self.personas_button.setEnabled(kind == "scenario" and not errors)
        self.example_button.setEnabled(kind == "scenario" and self.result is not None)
        self.diff_button.setEnabled(kind == "sop")

    # -- play now ---------------------------------------------------------------------
    def _clock(self):
        if self.clock_factory is not None:
            return self.clock_factory()
        from simulator.clock import WallClock

        return WallClock()

    @property
    def desk(self) -> DeskScreen:
        if self._desk is None:
            from simulator.ui.desk.screen import DeskScreen

            self._desk = DeskScreen()
            self._desk.finished.connect(self.play_finished)
            self.desk_layout.addWidget(self._desk, 1)
        return self._desk

    def play_now(self, run_timers: bool = True):
        """Start the scenario being edited at the desk (the chosen seed and persona
        locale); when it ends, come back here with the result and the transcript."""
        if self.path is None:
            return None
        try:
            scenario, sop = studio.scenario_from_text(self.editor.toPlainText(), self.path)
        except SimulatorError as exc:
            self.status.setText(str(exc))
            return None
        from simulator.ui.desk.controller import DeskController

        clock = self._clock()
        locale = self.persona_locale.currentText().strip() or None
        try:
            session = studio.play_session(scenario, sop, self.seed.value(), clock, locale)
        except SimulatorError as exc:
            self.status.setText(str(exc))
            return None
        self.session = session
        self.controller = DeskController(session, clock)
        name = session.persona.get("name") or session.persona.get("username") or ""
        self.desk_label.setText(
            self.tr("Trying {title} — seed {seed}").format(
                title=scenario.title, seed=self.seed.value()
            )
        )
        self.pages.setCurrentWidget(self.desk_page)
        self.desk.start(
            self.controller,
            session.scenario,
            sop,
            user_name=name,
            run_timers=run_timers,
            draft_key=None,
        )
        return self.controller

    def stop_play(self) -> None:
        if self.controller is not None and not self.controller.finished:
            self.controller.end()
        else:
            self.play_finished()

    def play_finished(self) -> None:
        if self.session is None:
            return
        if self.controller is not None:
            self.controller.stop_timers()
        self.result = studio.play_result(self.session)
        self.session = None
        self.pages.setCurrentWidget(self.editor_page)
        self._show_result()
        self._enable()

    def _show_result(self) -> None:
        r = self.result
        if r is None:
            return
        verdict = self.tr("passed") if r.passed else self.tr("failed")
        failed = ", ".join(r.failed) or self.tr("none")
        self.play_summary.setText(
            self.tr(
                "Seed {seed}, {locale}: {verdict}, score {score} — failed criteria: {failed}"
            ).format(
                seed=r.seed, locale=r.locale, verdict=verdict, score=f"{r.score:g}", failed=failed
            )
        )
        self._fill_transcript(r)
        self.verdict.setCurrentIndex(0 if r.passed else 1)
        self.tabs.setCurrentIndex(1)

    def _fill_transcript(self, r: studio.PlayResult) -> None:
        """One row per message, then one per action: time, thread, from, text."""
        who = {"user": self.tr("user"), "trainee": self.tr("trainee")}
        rows = [
            (f"{int(at) // 60}:{int(at) % 60:02d}", thread, who.get(sender, sender), text)
            for at, thread, sender, text in r.transcript
        ]
        for kind, value, thread in r.actions:
            rows.append(
                ("", thread or "", self.tr("action"), kind + (f" = {value}" if value else ""))
            )
        self.transcript.set_rows(rows)
        self.transcript.resizeRowsToContents()

    def transcript_text(self) -> str:
        """The transcript shown, as plain text (for tests and copying)."""
        t = self.transcript
        return "\n".join(
            " ".join(text for c in range(t.columnCount()) if (text := t.text(r, c)))
            for r in range(t.rowCount())
        )

    def add_example(self) -> bool:
        """Append the last play as an ``examples:`` entry with the chosen verdict (one
        edit: undo takes it back); a failing verdict lists the criteria that failed."""
        if self.result is None:
            return False
        verdict = self.verdict.currentData()
        fails = self.result.failed if verdict == "fail" else ()
        entry = studio.example_from_play(self.result, verdict, fails)
        try:
            text = studio.add_example(
                self.editor.toPlainText(), entry, studio.play_comment(self.result)
            )
        except SimulatorError as exc:
            self.status.setText(str(exc))
            return False
        self.editor.replace_all(text)
        self.validate_now()
        self.editor.go_to_line(text.rstrip("\n").count("\n") + 1)
        return True

    # -- personas ---------------------------------------------------------------------
    def preview_personas(self) -> None:
        if self.path is None:
            return
        try:
            scenario, _ = studio.scenario_from_text(self.editor.toPlainText(), self.path)
            people = studio.preview_personas(
                scenario, locale=self.persona_locale.currentText().strip()
            )
        except SimulatorError as exc:
            self.status.setText(str(exc))
            return
        fields = list(people[0][1]) if people else []
        columns = [Column(lambda: self.tr("Seed"), _seed_text), *map(_field_column, fields)]
        self.persona_table.set_rows(people, columns)
        self.tabs.setCurrentIndex(2)

    # -- SOP diff ---------------------------------------------------------------------
    def compare_sop(self, other: Path | None = None) -> studio.SopDiff | None:
        """Compare the SOP as opened (or the file ``other``) with the buffer."""
        if self.path is None or self.root is None:
            return None
        try:
            new = studio.sop_from_text(self.editor.toPlainText(), self.path)
            before = (
                Path(other).read_text(encoding="utf-8")
                if other is not None
                else (self.sop_text_before or "")
            )
            old = studio.sop_from_text(before, Path(other) if other else self.path)
            diff = studio.sop_diff(old, new, self.root)
        except (SimulatorError, OSError) as exc:
            self.status.setText(str(exc))
            return None
        self.show_diff(diff)
        return diff

    def _compare_clicked(self) -> None:
        """Compare with the SOP as opened; with no change yet, with a file you choose
        (another version of it, e.g. last term's copy)."""
        if self.editor.toPlainText() != (self.sop_text_before or ""):
            self.compare_sop()
            return
        other, _ = QFileDialog.getOpenFileName(
            self, self.tr("Compare with another version of the SOP"), "", "YAML (*.yaml *.yml)"
        )
        if other:
            self.compare_sop(Path(other))

    def show_diff(self, diff: studio.SopDiff) -> None:
        self.diff_tree.clear()
        self.diff_tree.setHeaderLabels([self.tr("What"), self.tr("Details")])
        changes = QTreeWidgetItem([self.tr("Changes"), str(len(diff.changes))])
        words = {
            "added": self.tr("added"),
            "removed": self.tr("removed"),
            "changed": self.tr("changed"),
        }
        parts = {
            "steps": self.tr("step"),
            "macros": self.tr("macro"),
            "teams": self.tr("team"),
            "criteria": self.tr("criterion"),
        }
        for ch in diff.changes:
            changes.addChild(QTreeWidgetItem([f"{parts[ch.part]} {ch.id}", words[ch.change]]))
        affected = QTreeWidgetItem([self.tr("Affected"), str(len(diff.affected))])
        for a in diff.affected:
            kind = self.tr("scenario") if a.kind == "scenario" else self.tr("exam")
            node = QTreeWidgetItem([f"{kind} {a.id}", a.why])
            node.setData(0, PathRole, str(a.path))
            affected.addChild(node)
        if not diff.changes:
            changes.addChild(QTreeWidgetItem([self.tr("No change"), ""]))
        for top in (changes, affected):
            self.diff_tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tabs.setCurrentIndex(3)

    def _diff_item(self, node: QTreeWidgetItem, _column: int = 0) -> None:
        path = node.data(0, PathRole)
        if path:
            self.open_file(Path(path))

    # -- text -------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.transcript.retranslate()
        self.persona_table.retranslate()
        self.open_button.setText(self.tr("Open library…"))
        self.save_button.setText(self.tr("Save"))
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        self.seed_label.setText(self.tr("Seed"))
        self.persona_locale_label.setText(self.tr("Persona locale"))
        self.persona_locale.setItemText(0, "")
        self.persona_locale.setToolTip(self.tr("Empty: the scenario's own locale"))
        self.play_button.setText(self.tr("Play now"))
        self.verdict.setItemText(0, self.tr("verdict: pass"))
        self.verdict.setItemText(1, self.tr("verdict: fail"))
        self.example_button.setText(self.tr("Add example from the play"))
        self.diff_button.setText(self.tr("Compare SOP"))
        self.personas_button.setText(self.tr("Preview personas"))
        self.stop_button.setText(self.tr("End and back to the editor"))
        self.tabs.setTabText(0, self.tr("Problems"))
        self.tabs.setTabText(1, self.tr("Play"))
        self.tabs.setTabText(2, self.tr("Personas"))
        self.tabs.setTabText(3, self.tr("SOP diff"))
        if self.path is None:
            self.file_label.setText(self.tr("Open a library and choose a file."))
        if self.items:
            self._fill_tree()
        if self.path is not None:
            self.validate_now()
        if self.result is not None:
            tab = self.tabs.currentIndex()
            self._show_result()
            self.tabs.setCurrentIndex(tab)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
