"""Exam files: read, checked with file:line problems, and the shipped exams are valid."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.authoring.validate import validate_paths
from simulator.content.library import load_library
from simulator.errors import ContentError
from simulator.exams.definition import draw_order, exam_files, load_exam, read_exam
from simulator.wellbeing.gate import exam_swap, scenario_level

DATA = Path(__file__).parent / "data" / "library"
REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    shutil.copytree(DATA, root)
    return root


def write(library: Path, text: str, name: str = "mini") -> Path:
    path = library / "exams" / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """\
format: 1
id: mini
version: 3
title: {en: "Mini", ar: "صغير"}
language: en
time_limit: 1h30m
scenarios: [easy-a, hard-sensitive]
pool: {draw: 1, from: [pool-x, pool-y]}
swaps: [lighter]
pass: {mean_score: 80, every_scenario: true}
validity_days: 10
"""


def test_a_good_file_reads_into_an_exam(library):
    exam = load_exam(write(library, GOOD))
    assert (exam.id, exam.version, exam.language, exam.time_limit_s) == ("mini", 3, "en", 5400.0)
    assert exam.title.get("ar") == "صغير"
    assert exam.pass_rules.mean_score == 80 and exam.pass_rules.every_scenario
    assert exam.pass_rules.no_critical_failure  # the default
    assert exam.pool is not None and exam.pool.from_ids == ("pool-x", "pool-y")
    assert exam.validity_days == 10 and exam.library_root == library.resolve()


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        (("time_limit: 1h30m", "time_limit: soon"), 6, "time_limit"),
        (
            ("scenarios: [easy-a, hard-sensitive]", "scenarios: [easy-a, nope]"),
            7,
            "'nope' is not in",
        ),
        (("swaps: [lighter]", "swaps: [easy-a]"), 9, "also an exam item"),
        (("language: en", "language: fr"), 5, "language is 'fr'"),
        (("validity_days: 10", "validity_days: 0"), 11, "validity_days"),
        (("pass: {mean_score: 80, every_scenario: true}", "pass: {mean: 80}"), 10, "mean_score"),
        (("version: 3", "version: 3\nextra: 1"), 4, "unknown key 'extra'"),
        (("id: mini", "id: other"), 2, "differs from the file name"),
        (("pool: {draw: 1, from: [pool-x, pool-y]}", "pool: {draw: 0, from: [pool-x]}"), 8, "draw"),
    ],
)
def test_each_mistake_is_one_problem_at_its_line(library, change, line, message):
    path = write(library, GOOD.replace(*change))
    _, problems = read_exam(path)
    assert problems, "expected a problem"
    assert any(p.line == line and message in p.message for p in problems), problems
    with pytest.raises(ContentError) as err:
        load_exam(path)
    assert str(err.value).startswith(f"{path}:")


def test_a_scenario_in_another_language_is_refused(library):
    text = GOOD.replace("language: en", "language: ar")
    _, problems = read_exam(write(library, text))
    assert any("is in en; the exam is in ar" in p.message for p in problems)


def test_unreadable_and_empty_exams_are_one_problem(library):
    exam, problems = read_exam(write(library, "id: [unclosed\n"))
    assert exam is None and len(problems) == 1 and "malformed YAML" in problems[0].message
    _, problems = read_exam(write(library, "format: 1\n"))
    assert {p.message for p in problems} >= {"exam has no 'id' (required)"}


def test_the_shipped_exams_are_valid_and_keep_their_promises():
    root = REPO / "scenarios"
    files = exam_files(root)
    assert {f.stem for f in files} == {"support-associate-en", "support-associate-ar"}
    lib = load_library(root)
    for path in files:
        exam, problems = read_exam(path)
        assert exam is not None and problems == []
        for seed in range(5):
            order = draw_order(exam, lib, seed)
            assert len(order) == 4 and {s.language for s in order} == {exam.language}
            assert len({s.difficulty for s in order}) >= 3  # easy and hard mixed
            sensitive = [s for s in order if scenario_level(s) > 0]
            assert sensitive, "at least one sensitive item"
            pool = [lib.scenario(i) for i in exam.swaps]
            assert any(exam_swap(s, pool) is not None for s in sensitive)


def test_simulator_validate_checks_exam_files_too(library):
    assert [p for p in validate_paths([library]) if p.severity == "error"] == []
    write(library, GOOD.replace("easy-a", "missing-one"))
    problems = validate_paths([library])
    assert any("'missing-one' is not in" in p.message for p in problems)
