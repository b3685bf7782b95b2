"""The expert-labelled validity corpus: loads ``corpus/*.yaml`` and grades it.

Each file names a shipped scenario, the criteria judged (``judge``) and cases: a reply
(on the scenario's first thread), the criteria the reviewer failed (``fails``; every
other judged criterion passes) and the reviewer's ``overall`` verdict. The tool actions
of the scenario's first passing example are taken as done, so the verdicts rest on the
reply's text. The judgments were written from the SOP and the criterion titles before
the grader's output was looked at (README.md says how to add cases).

``judgments()`` flattens it to (case, criterion or "overall", expected verdict) rows;
``agreement()`` grades every case and compares; ``kappa()`` is Cohen's kappa.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ruamel.yaml import YAML

from simulator.content.library import find_sop_path
from simulator.content.loader import load_scenario, load_sop
from simulator.content.model import SOP, Scenario
from simulator.content.persona import make_persona
from simulator.content.placeholders import DEFAULT_AGENT, fill
from simulator.grading.grader import Grade, Record, Reply, TakenAction, grade

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
REPO = HERE.parents[2]
SCENARIOS = REPO / "scenarios"
OVERALL = "overall"
SEED = 1


@dataclass(frozen=True)
class Case:
    file: str
    scenario_id: str
    id: str
    kind: str  # plain, paraphrase, negation, stuffing, rude, typo, wrong-language, stem, arabizi
    dialect: str  # en, msa, gulf, egyptian, levantine, arabizi
    language: str  # the scenario's language: en | ar
    reply: str
    expected: tuple[tuple[str, str], ...]  # (criterion id or "overall", "pass" | "fail")
    split: str = "main"  # "holdout": written after the rules and terms, never tuned on


@dataclass(frozen=True)
class Judgment:
    case: Case
    criterion: str
    expected: str
    graded: str
    uncertain: bool = False

    @property
    def agrees(self) -> bool:
        return self.expected == self.graded


@lru_cache(maxsize=64)
def _scenario(scenario_id: str) -> tuple[Scenario, SOP, dict[str, str]]:
    for folder in ("en", "ar"):
        path = SCENARIOS / folder / f"{scenario_id}.yaml"
        if path.exists():
            scenario = load_scenario(path)
            sop = load_sop(find_sop_path(path, None, scenario.sop))
            values = make_persona(scenario.persona, SEED)
            values["agent"] = DEFAULT_AGENT
            return scenario, sop, values
    raise FileNotFoundError(f"no shipped scenario {scenario_id!r}")


def load_cases(folder: Path = CORPUS) -> list[Case]:
    yaml = YAML(typ="safe")
    cases: list[Case] = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"))
        scenario_id = data["scenario"]
        scenario, _, _ = _scenario(scenario_id)
        judged = list(data["judge"])
        for item in data["cases"]:
            fails = set(item.get("fails", ()))
            unknown = fails - set(judged)
            if unknown:
                raise ValueError(
                    f"{path.name}: case {item['id']}: fails {sorted(unknown)} not judged"
                )
            expected = tuple((c, "fail" if c in fails else "pass") for c in judged)
            expected += ((OVERALL, item["overall"]),)
            dialect = item.get("dialect", "en" if scenario.language == "en" else "msa")
            cases.append(
                Case(
                    path.name,
                    scenario_id,
                    item["id"],
                    item["kind"],
                    dialect,
                    scenario.language,
                    item["reply"],
                    expected,
                    data.get("split", "main"),
                )
            )
    return cases


def grade_case(case: Case) -> Grade:
    scenario, sop, values = _scenario(case.scenario_id)
    example = next(e for e in scenario.examples if e.verdict == "pass")
    actions = tuple(TakenAction(a.type, a.value, a.thread) for a in example.actions)
    reply = Reply(scenario.threads[0].id, fill(case.reply, values))
    return grade(scenario, sop, Record((reply,), actions), values)


def agreement(cases: Iterable[Case]) -> list[Judgment]:
    out: list[Judgment] = []
    for case in cases:
        result = grade_case(case)
        for criterion, expected in case.expected:
            if criterion == OVERALL:
                graded = "pass" if result.passed else "fail"
                uncertain = any(_uncertain(c) for c in result.criteria)
            else:
                found = result.criterion(criterion)
                graded = "pass" if found.passed else "fail"
                uncertain = _uncertain(found)
            out.append(Judgment(case, criterion, expected, graded, uncertain))
    return out


def _uncertain(result: object) -> bool:
    return bool(getattr(result, "uncertain", None))


def kappa(pairs: Iterable[tuple[str, str]]) -> float:
    """Cohen's kappa of (expected, graded) pairs; 1.0 when both agree on one class only."""
    pairs = list(pairs)
    n = len(pairs)
    if n == 0:
        return float("nan")
    observed = sum(a == b for a, b in pairs) / n
    labels = {a for a, _ in pairs} | {b for _, b in pairs}
    chance = sum(
        (sum(a == label for a, _ in pairs) / n) * (sum(b == label for _, b in pairs) / n)
        for label in labels
    )
    if chance >= 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return (observed - chance) / (1.0 - chance)
