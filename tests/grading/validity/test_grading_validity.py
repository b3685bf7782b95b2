"""The grader agrees with an expert QA reviewer on the validity corpus (README.md).

Floors: Cohen's kappa >= 0.85 on overall verdicts in each language on the main split
(the one the rules were built against), >= 0.80 on the whole corpus with the held-out
split; no keyword-stuffed or rude reply passes; the corpus keeps its size and spread."""

import pytest
from validity_corpus import OVERALL, agreement, grade_case, kappa, load_cases


@pytest.fixture(scope="module")
def rows():
    return agreement(load_cases())


def test_the_corpus_is_big_enough_and_half_arabic(rows):
    cases = {(r.case.scenario_id, r.case.id): r.case for r in rows}.values()
    assert len(rows) >= 400
    assert len({c.scenario_id for c in cases}) >= 12
    assert sum(r.case.language == "ar" for r in rows) >= len(rows) / 2
    assert {"msa", "gulf", "egyptian", "levantine", "arabizi"} <= {c.dialect for c in cases}
    kinds = {c.kind for c in cases}
    assert {"paraphrase", "negation", "stuffing", "rude", "typo", "wrong-language"} <= kinds


def _overall(rows, language, split=None):
    return [
        (r.expected, r.graded)
        for r in rows
        if r.criterion == OVERALL
        and r.case.language == language
        and (split is None or r.case.split == split)
    ]


@pytest.mark.parametrize("language", ["ar", "en"])
def test_overall_verdicts_agree_with_the_expert(rows, language):
    assert kappa(_overall(rows, language, "main")) >= 0.85


@pytest.mark.parametrize("language", ["ar", "en"])
def test_overall_verdicts_agree_with_the_expert_with_the_held_out_split(rows, language):
    assert kappa(_overall(rows, language)) >= 0.80


def test_no_stuffed_or_rude_reply_passes(rows):
    passing = [
        f"{r.case.scenario_id}/{r.case.id}"
        for r in rows
        if r.criterion == OVERALL and r.case.kind in ("stuffing", "rude") and r.graded == "pass"
    ]
    assert passing == []


def test_kappa():
    assert kappa([("pass", "pass"), ("fail", "fail")]) == 1.0
    assert kappa([("pass", "fail"), ("fail", "pass")]) == -1.0
    assert kappa([("pass", "pass"), ("pass", "fail"), ("fail", "fail"), ("fail", "pass")]) == 0.0


def test_the_stuffing_guard_catches_every_stuffed_reply_and_no_other():
    caught, missed = [], []
    for case in load_cases():
        fired = any(c.id == "no-keyword-stuffing" for c in grade_case(case).criteria)
        if fired and case.kind != "stuffing":
            caught.append(f"{case.scenario_id}/{case.id}")
        if not fired and case.kind == "stuffing":
            missed.append(f"{case.scenario_id}/{case.id}")
    assert (caught, missed) == ([], [])
