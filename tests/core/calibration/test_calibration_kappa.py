"""Agreement maths, checked by hand against textbook examples, and the reveal's rules."""

from __future__ import annotations

import pytest

from simulator.calibration.kappa import (
    agreement_kappa,
    category_table,
    cohen_kappa,
    fleiss_kappa,
    percent_agreement,
)
from simulator.calibration.reveal import LENIENT, STRICT, reveal


def test_cohen_kappa_of_the_textbook_two_readers():
    # Cohen's kappa, the worked example of the Wikipedia article "Cohen's kappa": 50
    # grant proposals; both readers yes 20, A yes B no 5, A no B yes 10, both no 15.
    # p_o = (20 + 15) / 50 = 0.70; A says yes 25/50, B 30/50:
    # p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.50; kappa = (0.70 - 0.50) / (1 - 0.50) = 0.40.
    a = ["yes"] * 20 + ["yes"] * 5 + ["no"] * 10 + ["no"] * 15
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert percent_agreement(a, b) == pytest.approx(0.70)
    assert cohen_kappa(a, b) == pytest.approx(0.40)
    assert agreement_kappa(list(zip(a, b, strict=True))) == ("cohen", pytest.approx(0.40))


def test_fleiss_kappa_of_fleiss_textbook_table():
    # Fleiss (1971) as worked in the Wikipedia article "Fleiss' kappa": 10 subjects,
    # 14 raters, 5 categories. P-bar = 0.378, P_e = 0.213, kappa = 0.210.
    table = [
        [0, 0, 0, 0, 14],
        [0, 2, 6, 4, 2],
        [0, 0, 3, 5, 6],
        [0, 3, 9, 2, 0],
        [2, 2, 8, 1, 1],
        [7, 7, 0, 0, 0],
        [3, 2, 6, 3, 0],
        [2, 5, 3, 2, 2],
        [6, 5, 2, 1, 0],
        [0, 2, 2, 3, 7],
    ]
    assert fleiss_kappa(table) == pytest.approx(0.2099, abs=5e-4)
    # By hand for subject 2: (0 + 4 + 36 + 16 + 4 - 14) / (14 * 13) = 46 / 182 = 0.253.
    assert fleiss_kappa([table[1]] * 2) is not None
    # The same table built from each rater's category, item by item.
    ratings = [[k for k, n in enumerate(row) for _ in range(n)] for row in table]
    assert category_table(ratings, range(5)) == table
    assert agreement_kappa(ratings) == ("fleiss", pytest.approx(0.2099, abs=5e-4))


def test_kappa_is_one_for_full_agreement_and_undefined_when_all_say_the_same():
    assert cohen_kappa([True, False, True], [True, False, True]) == pytest.approx(1.0)
    assert fleiss_kappa([[3, 0], [0, 3], [3, 0]]) == pytest.approx(1.0)
    # Everyone always "met": chance agreement is certain, kappa says nothing.
    assert cohen_kappa([True, True], [True, True]) is None
    assert fleiss_kappa([[3, 0], [3, 0]]) is None
    # Systematic disagreement is below zero.
    assert cohen_kappa([True, False], [False, True]) == pytest.approx(-1.0)


def test_bad_tables_are_refused_with_a_reason():
    with pytest.raises(ValueError, match="same number of raters"):
        fleiss_kappa([[2, 1], [1, 1]])
    with pytest.raises(ValueError, match="at least two raters"):
        fleiss_kappa([[1, 0]])
    with pytest.raises(ValueError, match="same items"):
        cohen_kappa([True], [True, False])


ITEMS = [(a, c) for a in (1, 2, 3, 4) for c in ("greets", "verifies")]


def test_reveal_per_criterion_grader_agreement_and_a_strict_and_a_lenient_trainer():
    auto = {i: True for i in ITEMS}
    auto[(4, "verifies")] = False
    auto[(3, "greets")] = None  # not applicable: left out of the grader comparison
    middle = {i: auto[i] is not False for i in ITEMS}  # agrees with the grader
    strict = {i: i[1] == "greets" and i[0] != 3 for i in ITEMS}  # misses most
    lenient = {i: True for i in ITEMS}
    result = reveal(
        7,
        ITEMS,
        auto,
        {10: middle, 11: strict, 12: lenient},
        names={10: "Huda", 11: "Tariq", 12: "Amal"},
    )
    assert result.method == "fleiss"
    by_id = {c.criterion_id: c for c in result.criteria}
    assert list(by_id) == ["greets", "verifies"]
    assert by_id["greets"].items == 4
    assert by_id["verifies"].met == {10: 3, 11: 0, 12: 4}
    # verifies: the grader says met, met, met, missed; Huda the same (kappa 1), Tariq
    # missed everything (kappa 0: his one category), Amal met everything (kappa 0).
    assert by_id["verifies"].grader_kappa == pytest.approx(1 / 3)
    assert by_id["verifies"].grader_agreement == pytest.approx((4 + 1 + 3) / 12)
    leaning = {t.name: t.leaning for t in result.trainers}
    assert leaning == {"Huda": "in line", "Tariq": STRICT, "Amal": LENIENT}
    # Shares met: Tariq 3/8, Huda 7/8, Amal 8/8; the median 7/8. Huda is in line with
    # it although the mean of the others (11/16) is 3/16 below her.
    tariq = next(t for t in result.trainers if t.name == "Tariq")
    assert tariq.met_rate == pytest.approx(3 / 8)
    assert tariq.median_rate == pytest.approx(7 / 8)
    assert tariq.grader_rate == pytest.approx(6 / 7)


def test_two_trainers_get_cohens_kappa():
    a = {i: i[0] % 2 == 0 for i in ITEMS}
    b = {i: i[0] % 2 == 0 or i[1] == "greets" for i in ITEMS}
    result = reveal(1, ITEMS, dict.fromkeys(ITEMS, True), {1: a, 2: b})
    assert result.method == "cohen"
    flat_a = [a[i] for i in ITEMS]
    flat_b = [b[i] for i in ITEMS]
    assert result.trainers_kappa == pytest.approx(cohen_kappa(flat_a, flat_b))
    with pytest.raises(ValueError, match="did not grade"):
        reveal(1, ITEMS, {}, {1: a, 2: {}})
