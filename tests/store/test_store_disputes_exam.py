"""An exam item's criteria may be disputed only where the exam shows them to the trainee:
under ``review: score`` a guessed criterion id is refused as unknown, so the store is no
oracle for the answer key (SQLite and PostgreSQL)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.attempts.sittings import finish_sitting, start_sitting
from simulator.clock import SimulatedClock
from simulator.content.library import load_library
from simulator.errors import StoreError
from simulator.exams.definition import load_exam

DATA = Path(__file__).resolve().parents[1] / "core" / "exams" / "data" / "library"


def sat_items(store, tmp_path: Path, review: str | None):
    root = tmp_path / "library"
    shutil.copytree(DATA, root)
    path = root / "exams" / "mini.yaml"
    if review is not None:
        path.write_text(path.read_text(encoding="utf-8") + f"review: {review}\n", "utf-8")
    exam = load_exam(path)
    store.create_person("amal", "trainee", password="correct horse")
    amal = store.authenticate("amal", "correct horse")
    clock = SimulatedClock()
    sitting = start_sitting(store, amal.id, exam, seed=2, clock=clock, library=load_library(root))
    while not sitting.done:
        session = sitting.start()
        clock.advance(30)
        session.reply("main", "hello, happy to help")
        clock.advance(30)
        sitting.finish_item()
    finish_sitting(store, sitting, ended_at=store.now())
    items = [a for a in store.attempts_for(amal.id) if not a.scenario_id.startswith("exam:")]
    assert items
    return amal, items


def first_criterion(store, attempt_id: int) -> str:
    return store.result_for(attempt_id).grade["criteria"][0]["id"]


def test_a_score_only_exam_refuses_a_guessed_criterion_as_unknown(store, tmp_path):
    amal, items = sat_items(store, tmp_path, "score")
    criterion = first_criterion(store, items[0].id)
    with pytest.raises(StoreError, match="has no criterion") as known:
        store.dispute(amal, items[0].id, criterion, "I did greet the user")
    with pytest.raises(StoreError, match="has no criterion") as unknown:
        store.dispute(amal, items[0].id, "no-such-criterion", "I did greet the user")
    # The same words for a real and a made-up id: nothing to learn from the refusal.
    assert str(known.value).replace(criterion, "X") == str(unknown.value).replace(
        "no-such-criterion", "X"
    )
    assert store.disputes(amal) == []


@pytest.mark.parametrize("review", [None, "criteria", "evidence"])
def test_an_exam_that_shows_its_criteria_lets_them_be_disputed(store, tmp_path, review):
    amal, items = sat_items(store, tmp_path, review)
    criterion = first_criterion(store, items[0].id)
    d = store.dispute(amal, items[0].id, criterion, "I did greet the user")
    assert d.criterion_id == criterion and [x.id for x in store.disputes(amal)] == [d.id]
