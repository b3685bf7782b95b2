"""The library's exams for the app: read once, with what the list shows about each."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator.content.library import Library
from simulator.exams.definition import ExamDef, exam_files, item_count, read_exam


@dataclass(frozen=True)
class ExamEntry:
    """One exam and what the list shows: items, time, pass rules."""

    exam: ExamDef
    items: int

    def title(self, language: str) -> str:
        return self.exam.title.get(language)


def read_exams(root: Path, scenarios: Mapping[str, Any]) -> tuple[list[ExamEntry], list[str]]:
    """The exams in ``root/exams`` (entries, and one line per file that does not load)."""
    entries: list[ExamEntry] = []
    problems: list[str] = []

    def sop_of(sid: str) -> str | None:
        s = scenarios.get(sid)
        return getattr(s, "sop", None) if s is not None else sid

    libraries: dict[Path, Library] = {}  # the exams of one library share its one load
    for path in exam_files(root):
        exam, found = read_exam(path, libraries)
        if exam is None:
            problems.extend(str(p) for p in found)
            continue
        entries.append(ExamEntry(exam, item_count(exam, sop_of)))
    return entries, problems
