"""Stored sittings as the app starts and resumes them, for one library.

The exam screen asks for a sitting and gets one; the seed, the library each exam's
items come from (loaded once per library) and the exam file a resumed sitting is read
from are decided here, without Qt."""

from __future__ import annotations

import random
from pathlib import Path

from simulator.attempts.sittings import resume_sitting, start_sitting
from simulator.clock import Clock
from simulator.content.library import Library, load_library
from simulator.exams.definition import SITTING_PREFIX, ExamDef, load_exam
from simulator.exams.sitting import ExamSitting
from simulator.store.store import Store


class ExamRuns:
    """Start and resume stored sittings of the exams in ``library_root``/exams."""

    def __init__(self, library_root: Path, rng: random.Random | None = None) -> None:
        self.library_root = library_root
        self._rng = rng or random.Random()
        self._libraries: dict[Path, Library] = {}

    def library_for(self, exam: ExamDef) -> Library:
        """The library an exam's items come from (loaded once)."""
        root = exam.library_root
        if root not in self._libraries:
            self._libraries[root] = load_library(root)
        return self._libraries[root]

    def start(
        self, store: Store, person_id: int, exam: ExamDef, clock: Clock, seed: int | None = None
    ) -> ExamSitting:
        """A new stored sitting; ``seed`` None: a random one (tests fix it)."""
        return start_sitting(
            store,
            person_id,
            exam,
            seed=self._rng.randrange(1, 1_000_000) if seed is None else seed,
            clock=clock,
            library=self.library_for(exam),
        )

    def exam_path(self, store: Store, sitting_id: int) -> Path:
        """The exam file of a stored sitting, in this library."""
        exam_id = store.attempt(sitting_id).scenario_id.removeprefix(SITTING_PREFIX)
        return self.library_root / "exams" / f"{exam_id}.yaml"

    def resume(
        self, store: Store, sitting_id: int, clock: Clock, exam_path: Path | None = None
    ) -> ExamSitting:
        """An interrupted sitting with the time it had left."""
        path = exam_path or self.exam_path(store, sitting_id)
        library = self.library_for(load_exam(path))
        return resume_sitting(store, sitting_id, clock, exam_path=path, library=library)
