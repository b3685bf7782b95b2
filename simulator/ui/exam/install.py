"""Plug the exams into the main window: a home tab, a screen, resume at sign-in.

``attach(window)`` is called once when the home screen is built; the exam screen itself
(desk, pages) is built on the first sitting. The window calls ``refresh()`` whenever it
refreshes the trainee's history.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from simulator.attempts.sittings import (
    SITTING_PREFIX,
    settle_expired,
    sittings_for,
    time_left,
    unfinished_sittings,
)
from simulator.errors import SimulatorError
from simulator.paths import library_dir
from simulator.ui.exam.catalogue import ExamEntry, read_exams
from simulator.ui.exam.panel import ExamPanel


class Exams:
    """The exam tab of the home screen and the exam screen, for one window."""

    def __init__(self, window: Any, library_root: Path | None = None) -> None:
        self.window = window
        self.library_root = Path(library_root or library_dir())
        self.panel = ExamPanel()
        self.entries: list[ExamEntry] = []
        self._screen: Any = None
        self._loaded = False
        self._settled_for: int | None = None  # the person whose lapsed sittings were settled
        home = window.home
        home.tabs.addTab(self.panel, "")
        self.panel.start_requested.connect(self.start)
        self.panel.resume_requested.connect(self.resume)
        self.panel.sitting_requested.connect(self.show_sitting)
        window.translations.listeners.append(lambda _language: self.retranslate())
        self.retranslate()

    @property
    def screen(self) -> Any:
        """The ``ExamScreen`` (built on the first sitting)."""
        if self._screen is None:
            from simulator.ui.exam.screen import ExamScreen

            screen = ExamScreen(self.window, self.library_root)
            screen.closed.connect(self.window.show_home)
            screen.open_item.connect(self._open_item)
            self.window.screens.addWidget(screen)
            self._screen = screen
        return self._screen

    def retranslate(self) -> None:
        home = self.window.home
        index = home.tabs.indexOf(self.panel)
        home.tabs.setTabText(index, self.panel.tab_title())
        self.panel.language = self.window.translations.language
        self.panel.retranslate()

    # -- data ---------------------------------------------------------------------
    def load(self) -> None:
        """Read the library's exams (once; they do not change while the app runs)."""
        if not self._loaded:
            self.entries, problems = read_exams(self.library_root, self.window.scenarios)
            for line in problems:
                self.window.statusBar().showMessage(line, 10000)
            self._loaded = True
            self.panel.set_exams(self.entries)

    def title_of(self, exam_id: str) -> str:
        language = self.window.translations.language
        for entry in self.entries:
            if entry.exam.id == exam_id:
                return entry.title(language)
        return exam_id

    def refresh(self) -> None:
        """The exams, the person's sittings, and an interrupted one to resume."""
        store, person = self.window.store, self.window.person
        self.load()
        if store is None or person is None:
            self.panel.set_sittings([])
            self._settled_for = None
            return
        if self._settled_for != person.id:
            self._settled_for = person.id
            self.settle(store, person)
        titled = [
            (a, self.title_of(a.scenario_id.removeprefix(SITTING_PREFIX)))
            for a in reversed(sittings_for(store, person.id))
        ]
        offer = None
        open_ = unfinished_sittings(store, person.id)
        screen = self._screen
        running = screen is not None and screen.sitting is not None
        if open_ and not running:
            a = open_[-1]
            exam_id = a.scenario_id.removeprefix(SITTING_PREFIX)
            exam = next((e.exam for e in self.entries if e.exam.id == exam_id), None)
            left = time_left(store, a, exam) if exam is not None else 0.0
            offer = (a.id, self.title_of(a.scenario_id.removeprefix(SITTING_PREFIX)), left)
        self.panel.set_sittings(titled, offer)
        if offer is not None:
            # Offered at sign-in: the exam tab comes first when a sitting was interrupted.
            self.window.home.tabs.setCurrentWidget(self.panel)

    def settle(self, store: Any, person: Any) -> None:
        """At sign-in: sittings whose time ran out while Frontline was closed end at
        their limit, graded on what was committed; the trainee is told."""
        try:
            settled = settle_expired(
                store, person.id, self.window.exam_clock(), library_root=self.library_root
            )
        except SimulatorError as exc:
            self.window.show_error(exc)
            return
        for result in settled:
            title = self.title_of(str(result.grade.get("exam", "")))
            self.window.statusBar().showMessage(self.panel.ran_out_text(title), 30000)

    # -- moves --------------------------------------------------------------------
    def start(self, entry: ExamEntry) -> None:
        if self.window.store is None or self.window.person is None:
            return
        self.screen.show_intro(entry.exam, entry.items)
        self.window.screens.setCurrentWidget(self.screen)

    def resume(self, sitting_id: int) -> Any:
        self.window.screens.setCurrentWidget(self.screen)
        sitting = self.screen.resume(sitting_id)
        if sitting is None:
            self.window.show_home()
        return sitting

    def show_sitting(self, sitting_id: int) -> None:
        self.screen.show_stored(sitting_id)
        self.window.screens.setCurrentWidget(self.screen)

    def _open_item(self, attempt_id: int) -> None:
        attempt = self.window.store.attempt(attempt_id)
        screen = self._screen
        grade = screen.result_grade if screen is not None else None
        exam_id = str((grade or {}).get("exam", ""))
        exam = next((e.exam for e in self.entries if e.exam.id == exam_id), None)
        self.window.show_stored_result(attempt, review=exam.review if exam else "criteria")

    def stop(self) -> None:
        if self._screen is not None:
            self._screen.stop()

    def in_sitting(self) -> bool:
        """A sitting is on screen and not ended (leaving it asks first)."""
        return self._screen is not None and self._screen.flow.running

    def desk(self) -> Any:
        """The exam screen's desk, when the screen was built."""
        return self._screen.desk if self._screen is not None else None


def attach(window: Any, library_root: Path | None = None) -> Exams:
    """Add the exams to ``window`` (its home screen must exist)."""
    return Exams(window, library_root)
