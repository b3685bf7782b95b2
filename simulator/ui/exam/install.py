"""Plug the exams into the main window: a home tab, a screen, resume at sign-in.

``attach(window)`` is called once when the home screen is built; the exam screen itself
(desk, pages) is built on the first sitting. The window calls ``refresh()`` whenever it
refreshes the trainee's history.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from simulator.attempts.sittings import SITTING_PREFIX, sittings_for, unfinished_sittings
from simulator.paths import library_dir
from simulator.ui.exam.catalogue import ExamEntry, read_exams
from simulator.ui.exam.panel import ExamPanel


def time_used(store: Any, sitting_id: int) -> float:
    """Exam seconds an interrupted sitting had used (as ``resume_sitting`` counts them)."""
    entries = store.events_for(sitting_id)
    used = max((e.at_s for e in entries), default=0.0)
    started: dict[int, tuple[float, int | None]] = {}
    for e in entries:
        if e.kind == "item-start":
            started[int(e.data.get("index", -1))] = (e.at_s, e.data.get("attempt_id"))
        elif e.kind == "item-end":
            started.pop(int(e.data.get("index", -1)), None)
    for start, attempt_id in started.values():
        if attempt_id is not None:
            last = max((x.at_s for x in store.events_for(attempt_id)), default=0.0)
            used = max(used, start + last)
    return used


class Exams:
    """The exam tab of the home screen and the exam screen, for one window."""

    def __init__(self, window: Any, library_root: Path | None = None) -> None:
        self.window = window
        self.library_root = Path(library_root or library_dir())
        self.panel = ExamPanel()
        self.entries: list[ExamEntry] = []
        self._screen: Any = None
        self._loaded = False
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
            return
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
            limit = exam.time_limit_s if exam is not None else 0.0
            left = max(0.0, limit - time_used(store, a.id))
            offer = (a.id, self.title_of(a.scenario_id.removeprefix(SITTING_PREFIX)), left)
        self.panel.set_sittings(titled, offer)
        if offer is not None:
            # Offered at sign-in: the exam tab comes first when a sitting was interrupted.
            self.window.home.tabs.setCurrentWidget(self.panel)

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
        self.window.show_stored_result(attempt)

    def stop(self) -> None:
        if self._screen is not None:
            self._screen.stop()


def attach(window: Any, library_root: Path | None = None) -> Exams:
    """Add the exams to ``window`` (its home screen must exist)."""
    return Exams(window, library_root)
