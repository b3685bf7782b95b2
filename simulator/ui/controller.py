"""The app controller: what happens between screens, without drawing any of them.

``MainWindow`` is the shell (top bar, the stack of screens, dialogs); this controller owns
the session's state (store, person, library, the attempt at the desk) and the
orchestration: which screen comes next, starting, resuming and ending attempts, and
building the results. It talks to the window only through ``Shell``, a typed protocol,
so a test can drive it with any object that has those few members."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from simulator.content.index import ScenarioSummary, load_full
from simulator.errors import SimulatorError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from simulator.attempts.practice import PracticeAttempts
    from simulator.content.model import SOP, Scenario


class Shell(Protocol):
    """What the controller asks of the window around it (``MainWindow`` is one)."""

    @property
    def home(self) -> Any: ...  # the HomeScreen, built on first use
    @property
    def desk(self) -> Any: ...  # the DeskScreen for practice
    @property
    def results(self) -> Any: ...  # the ResultsScreen

    def window(self) -> QWidget: ...  # the parent of the dialogs the controller opens
    def show_page(self, page: Any) -> None: ...
    def show_error(self, exc: SimulatorError) -> None: ...
    def show_dispute_bar(self, result: dict[str, Any]) -> None: ...  # under own results


@dataclass
class Playing:
    """The attempt at the desk: the core's ``Running`` and the desk's controller (None
    for an interrupted attempt that is only being ended)."""

    running: Any
    controller: Any

    @property
    def session(self) -> Any:
        return self.running.session

    @property
    def scenario(self) -> Any:
        return self.running.scenario

    @property
    def sop(self) -> Any:
        return self.running.sop

    @property
    def attempt_id(self) -> int:
        return int(self.running.attempt_id)


class AppController:
    """The state of one run of the app and the moves between its screens."""

    def __init__(
        self,
        shell: Shell,
        store: Any = None,
        clock_factory: Callable[[], Any] | None = None,
        library_root: Path | None = None,
    ) -> None:
        self.shell = shell
        self.store = store
        # The desk's clock (``WallClock`` unless a test gives its own); exams run on
        # ``exam_clock()``, a monotonic clock read against the store's clock.
        self.clock_factory = clock_factory
        self.library_root = library_root  # the library whose exams/ folder is listed
        self.person: Any = None
        self.running: Playing | None = None  # the attempt at the desk, while one is played
        self.last_result: dict[str, Any] | None = None
        self.wellbeing: Any = None  # the wellbeing hooks (see app.install_wellbeing)
        self.scenarios: dict[str, Any] = {}  # id -> Scenario, or its ScenarioSummary
        self.last_scenario_id: str | None = None  # for Retry and Next on the results
        self.sops: dict[str, Any] = {}  # id -> SOP, or its SOPSummary
        self._loaded: dict[str, tuple[Scenario, SOP | None]] = {}  # parsed from a summary
        self.exams: Any = None  # the certification exams (exam.install.Exams)
        # Builds ``exams`` once someone is signed in (the window gives it; None: no exams).
        self.exams_factory: Callable[[], Any] | None = None

    # -- clocks and attempts ------------------------------------------------------
    @property
    def attempts(self) -> PracticeAttempts:
        """The core's ``PracticeAttempts`` for the current store and person."""
        from simulator.attempts.practice import PracticeAttempts

        return PracticeAttempts(self.store, self.person, self.desk_clock_factory)

    @property
    def desk_clock_factory(self) -> Callable[[], Any]:
        if self.clock_factory is not None:
            return self.clock_factory
        from simulator.clock import WallClock

        return WallClock

    def exam_clock(self) -> Any:
        """A running monotonic clock for an exam sitting (the sitting reads the store's
        clock at its start and carries on with this one)."""
        if self.clock_factory is None:
            from simulator.clock import MonotonicClock

            return MonotonicClock()
        clock = self.clock_factory()  # a RunnableClock (simulator.clock)
        if clock.paused:
            clock.start()  # a desk clock does not run until started
        return clock

    # -- content --------------------------------------------------------------------
    def set_library(
        self, scenarios: Iterable[Any], sops: Mapping[str, Any], problems: Sequence[Any] = ()
    ) -> None:
        """Full scenarios and SOPs, or the index's summaries of them."""
        self.scenarios = {s.id: s for s in scenarios}
        self.sops = dict(sops)
        self._loaded = {}

    def loaded(self, scenario: Any) -> tuple[Any, Any]:
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

    # -- people ---------------------------------------------------------------------
    def in_exam(self) -> bool:
        """A sitting is running on screen (not ended)."""
        return self.exams is not None and bool(self.exams.in_sitting())

    def exam_desk(self) -> Any:
        """The exam screen's desk, when the exam screen was built."""
        return self.exams.desk() if self.exams is not None else None

    def sign_out(self) -> None:
        """Stop what runs (the store keeps it) and forget the person."""
        if self.running is not None and self.running.controller is not None:
            self.running.controller.stop_timers()
        self.running = None
        if self.exams is not None:
            self.exams.stop()
        self.person = None

    # -- screens --------------------------------------------------------------------
    def show_home(self) -> None:
        self.refresh_history()
        self.shell.show_page(self.shell.home)

    def refresh_history(self) -> None:
        if self.store is None or self.person is None:
            return
        titles = {sid: s.title for sid, s in self.scenarios.items()}
        # Exam sittings and their items are not practice: the exam tab lists them.
        practice = [a for a in self.store.attempts_for(self.person.id) if a.mode != "exam"]
        home = self.shell.home
        home.history.set_attempts(practice, titles)
        home.update_details()  # the library's details pane: last score, done mark
        unfinished = [
            (a, titles.get(a.scenario_id, a.scenario_id))
            for a in reversed(practice)
            if not a.finished and a.scenario_id in self.scenarios
        ]
        home.set_resumable(unfinished)
        if self.exams is None and self.exams_factory is not None:
            self.exams = self.exams_factory()  # once someone is signed in, not at start-up
        if self.exams is not None:
            self.exams.refresh()

    # -- attempts -------------------------------------------------------------------
    def start_scenario(
        self, scenario: Any, seed: int | None = None, run_timers: bool = True
    ) -> Playing | None:
        try:
            scenario, sop = self.loaded(scenario)
        except SimulatorError as exc:
            self.shell.show_error(exc)
            return None
        from simulator.ui import hooks

        if not hooks.briefing_gate(scenario, self.person, self.shell.window()):
            return None
        try:
            running = self.attempts.start(scenario, sop, seed=seed)
        except SimulatorError as exc:
            self.shell.show_error(exc)
            return None
        return self._play(running, run_timers)

    def resume_attempt(self, attempt: Any, run_timers: bool = True) -> Playing | None:
        try:
            scenario, sop = self.loaded(self.scenarios[attempt.scenario_id])
            running = self.attempts.resume(attempt.id, scenario, sop)
        except SimulatorError as exc:
            self.shell.show_error(exc)
            return None
        return self._play(running, run_timers)

    def end_unfinished(self, attempt: Any) -> None:
        """End an interrupted attempt where it stopped, grade it and store the result."""
        try:
            scenario, sop = self.loaded(self.scenarios[attempt.scenario_id])
            running = self.attempts.end_unfinished(attempt.id, scenario, sop)
        except SimulatorError as exc:
            self.shell.show_error(exc)
            return
        self.running = Playing(running, None)
        self.scenario_finished()
        self.running = None  # nothing is at the desk

    def _play(self, running: Any, run_timers: bool) -> Playing:
        from simulator.ui.desk.controller import DeskController

        controller = DeskController(running.session, running.clock)
        controller.resume_at = running.resume_at
        self.running = playing = Playing(running, controller)
        desk = self.shell.desk
        self.shell.show_page(desk)
        session = running.session
        name = session.persona.get("name") or session.persona.get("username") or ""
        desk.start(
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
            self.shell.show_error(exc)
            return
        self.last_result = result.to_json()
        results = self.shell.results
        results.show_result(running.scenario.title, self.last_result)
        self.last_scenario_id = running.scenario.id
        self.shell.show_dispute_bar(self.last_result)
        self.shell.show_page(results)
        self.refresh_history()
        nxt = self.suggested_next(running.scenario.id)
        results.suggest(
            retry=not bool(self.last_result.get("grade", {}).get("passed")),
            next_title=None if nxt is None else nxt.title,
        )
        if self.wellbeing is not None:
            # Check-in and break offers come after the results are on screen.
            seconds = running.session.ended_at or running.session.now
            self.wellbeing.after_scenario(running.scenario, seconds, self.shell.window())

    def suggested_next(self, scenario_id: str) -> Any:
        """The scenario to suggest after ``scenario_id``: the next one in the library's
        order (as listed: sorted and filtered) that this trainee has not passed yet."""
        from simulator.ui.library_model import ScenarioRole

        home = self.shell.home
        rows = [
            home.proxy.data(home.proxy.index(r, 0), ScenarioRole)
            for r in range(home.proxy.rowCount())
        ]
        ids = [s.id for s in rows]
        passed = {a.scenario_id for a in home.history.rows() if getattr(a, "passed", False)}
        start = ids.index(scenario_id) + 1 if scenario_id in ids else 0
        for s in rows[start:] + rows[:start]:
            if s.id != scenario_id and s.id not in passed:
                return s
        return None

    def retry_scenario(self) -> None:
        """Results' Retry: the same scenario again, from the start."""
        sid = self.last_scenario_id
        if sid in self.scenarios:
            self.start_scenario(self.scenarios[sid])

    def next_scenario(self) -> None:
        """Results' Next: the suggested scenario."""
        nxt = self.suggested_next(self.last_scenario_id or "")
        if nxt is not None:
            self.shell.home.select_scenario(nxt.id)
            self.start_scenario(nxt)

    def show_stored_result(self, attempt: Any, review: str | None = None) -> None:
        """The results screen for a finished attempt, from what the store kept. A
        trainee sees an exam item as the exam's ``review`` allows (default: criteria)."""
        from simulator.attempts.result import AttemptResult
        from simulator.attempts.review import result_for_trainee

        if self.store is None:
            return
        try:
            result = AttemptResult.from_store(self.store, attempt.id)
        except SimulatorError as exc:
            self.shell.show_error(exc)
            return
        own = self.person is not None and self.person.id == attempt.person_id
        if attempt.mode == "exam" and own:
            result = result_for_trainee(result, review or "criteria")
        scenario = self.scenarios.get(attempt.scenario_id)
        title = scenario.title if scenario is not None else attempt.scenario_id
        results = self.shell.results
        results.show_result(title, result.to_json())
        self.shell.show_dispute_bar(result.to_json())
        self.shell.show_page(results)


class LazyScenarios(Sequence[Any]):
    """The library's scenarios as full ``Scenario`` objects, parsed on first access."""

    def __init__(self, controller: AppController) -> None:
        self._controller = controller
        self._items: list[Any] | None = None

    def _all(self) -> list[Any]:
        if self._items is None:
            items = []
            for s in self._controller.scenarios.values():
                try:
                    items.append(self._controller.loaded(s)[0])
                except SimulatorError:
                    continue  # changed on disk since it was listed: not a suggestion
            self._items = items
        return self._items

    def __getitem__(self, i: Any) -> Any:
        return self._all()[i]

    def __len__(self) -> int:
        return len(self._all())
