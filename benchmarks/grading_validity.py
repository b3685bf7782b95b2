"""How often the grader agrees with an expert QA reviewer, on the validity corpus.

Run: ``.venv/bin/python benchmarks/grading_validity.py [--list]``. The corpus is
``tests/grading/validity/corpus/``: (reply, criterion, verdict) judgments over shipped
scenarios, written from the SOPs before the grader's output was seen. Prints accuracy and
Cohen's kappa overall, per language (en, ar) and per dialect, per kind of case, and for
the overall verdicts; ``--list`` also prints every disagreement. Targets (the test suite
asserts them): kappa >= 0.85 on overall verdicts in each language, and no stuffed or
rude reply passes.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "grading" / "validity"))

from validity_corpus import OVERALL, Judgment, agreement, kappa, load_cases


def _line(name: str, rows: list[Judgment]) -> str:
    if not rows:
        return f"  {name:<28} -"
    agree = sum(r.agrees for r in rows)
    k = kappa((r.expected, r.graded) for r in rows)
    unsure = sum(r.uncertain for r in rows)
    return (
        f"  {name:<28} n={len(rows):<4} accuracy {100 * agree / len(rows):5.1f}%"
        f"   kappa {k:5.2f}   uncertain {unsure}"
    )


def _grouped(title: str, rows: list[Judgment], key: Callable[[Judgment], str]) -> None:
    print(title)
    groups: dict[str, list[Judgment]] = defaultdict(list)
    for r in rows:
        groups[key(r)].append(r)
    for name in sorted(groups):
        print(_line(name, groups[name]))


def main(argv: list[str]) -> int:
    cases = load_cases()
    rows = agreement(cases)
    overall = [r for r in rows if r.criterion == OVERALL]
    criteria = [r for r in rows if r.criterion != OVERALL]
    scenarios = len({c.scenario_id for c in cases})
    arabic = sum(r.case.language == "ar" for r in rows)
    print(
        f"validity corpus: {len(rows)} judgments ({len(criteria)} criterion verdicts, "
        f"{len(overall)} overall) over {len(cases)} replies, {scenarios} scenarios; "
        f"{arabic} on Arabic scenarios"
    )
    print(_line("all judgments", rows))
    print(_line("criterion verdicts", criteria))
    _grouped("overall verdicts, per language:", overall, lambda r: r.case.language)
    _grouped(
        "overall verdicts, per split and language:",
        overall,
        lambda r: f"{r.case.split} {r.case.language}",
    )
    _grouped("all judgments, per split:", rows, lambda r: r.case.split)
    _grouped("all judgments, per language:", rows, lambda r: r.case.language)
    _grouped("all judgments, per dialect:", rows, lambda r: r.case.dialect)
    _grouped("all judgments, per kind of case:", rows, lambda r: r.case.kind)
    _grouped("overall verdicts, per kind of case:", overall, lambda r: r.case.kind)
    bad = [r for r in overall if r.case.kind in ("stuffing", "rude") and r.graded == "pass"]
    print(f"stuffed or rude replies that pass: {len(bad)}")
    if "--list" in argv:
        print("disagreements:")
        for r in rows:
            if not r.agrees:
                print(
                    f"  {r.case.scenario_id}/{r.case.id} {r.criterion}: expert {r.expected}, "
                    f"grader {r.graded}{' (uncertain)' if r.uncertain else ''}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
