"""A finished sitting as its end page shows it: the verdict of record, the certificate
only when passed, and the signed certificate page written where asked."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from simulator.attempts.sittings import finish_sitting, start_sitting
from simulator.clock import SimulatedClock
from simulator.content.library import load_library
from simulator.exams.certificate import certificate_for
from simulator.exams.definition import load_exam
from simulator.exams.outcome import stored_outcome, write_certificate_page
from simulator.exams.record import read_file, verify_record

DATA = Path(__file__).resolve().parents[1] / "core" / "exams" / "data" / "library"
T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    shutil.copytree(DATA, root)
    return root


def sit(store, library: Path, reply: str, finish: bool = True, name: str = "amal") -> int:
    exam = load_exam(library / "exams" / "mini.yaml")
    person = store.create_person(name, "trainee", display_name=name.title())
    clock = SimulatedClock()
    sitting = start_sitting(
        store, person.id, exam, seed=2, clock=clock, started_at=T0, library=load_library(library)
    )
    while finish and not sitting.done:
        session = sitting.start()
        clock.advance(30)
        session.reply("main", reply)
        clock.advance(30)
        sitting.finish_item()
    if finish:
        finish_sitting(store, sitting, ended_at=T0 + dt.timedelta(hours=2))
    assert sitting.sitting_id is not None
    return sitting.sitting_id


def test_a_passed_sitting_shows_its_certificate_and_writes_a_signed_page(store, library, tmp_path):
    sitting_id = sit(store, library, "hello, happy to help")
    outcome = stored_outcome(store, sitting_id)
    assert outcome is not None and outcome.problem is None
    assert outcome.grade["passed"] and outcome.certificate == certificate_for(store, sitting_id)
    assert outcome.title("ar") and outcome.title("xx") == outcome.title("en")
    page = tmp_path / "cert.html"
    write_certificate_page(store, outcome.certificate, page)
    checked = verify_record(read_file(page), T0.date(), store.signing_key().public)
    assert checked.status == "valid" and checked.certificate == outcome.certificate
    with pytest.raises(OSError):
        write_certificate_page(store, outcome.certificate, tmp_path / "no-such-dir" / "c.html")


def test_a_failed_sitting_has_no_certificate_and_an_unfinished_one_no_outcome(store, library):
    failed = sit(store, library, "no")
    outcome = stored_outcome(store, failed)
    assert outcome is not None and not outcome.grade["passed"]
    assert outcome.certificate is None and outcome.problem is None
    unfinished = sit(store, library, "", finish=False, name="badr")
    assert stored_outcome(store, unfinished) is None


def test_exam_runs_start_with_a_seed_and_resume_from_the_library_exam_file(store, library):
    import random

    from simulator.attempts.exam_runs import ExamRuns

    exam = load_exam(library / "exams" / "mini.yaml")
    amal = store.create_person("amal", "trainee")
    badr = store.create_person("badr", "trainee")
    runs = ExamRuns(library, rng=random.Random(5))
    first = runs.start(store, amal.id, exam, SimulatedClock())
    again = ExamRuns(library, rng=random.Random(5)).start(store, badr.id, exam, SimulatedClock())
    assert first.seed == again.seed  # the seed comes from the given generator
    assert runs.library_for(exam) is runs.library_for(exam)  # loaded once
    assert first.sitting_id is not None
    assert runs.exam_path(store, first.sitting_id) == library / "exams" / "mini.yaml"
    back = runs.resume(store, first.sitting_id, SimulatedClock())
    assert [s.id for s in back.order] == [s.id for s in first.order]
