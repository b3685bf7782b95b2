"""What a blind calibration session reveals once every trainer has submitted.

Each trainer graded every criterion of every attempt of the session as met (True) or
missed (False), without seeing the automatic verdict or each other's grades. The reveal
gives, per criterion and over the whole session:

- **between trainers**: Cohen's kappa for two trainers, Fleiss' kappa for more, and the
  share of items on which all trainers gave the same grade;
- **grader and trainers**: the mean of Cohen's kappa between the automatic grader and
  each trainer, and the share of trainers' grades equal to the grader's (criteria the
  grader found not applicable are left out of this comparison);
- **leaning**: per trainer, the share of criteria graded met beside the median share of
  all the session's trainers (the median, so that one outlier does not make everyone
  else look lenient or strict). ``LEANING`` (10 points) or more below it is *strict*,
  as much above is *lenient*; the grader's share is given beside them.

``summary`` reduces a reveal to one row, so that past sessions can be compared.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from simulator.calibration.kappa import agreement_kappa, cohen_kappa

LEANING = 0.10  # a trainer this far (as a share) from the others is strict or lenient
STRICT, LENIENT, IN_LINE = "strict", "lenient", "in line"

Item = tuple[int, str]  # (attempt id, criterion id)


@dataclass(frozen=True)
class CriterionAgreement:
    criterion_id: str
    title: str
    items: int  # attempts that have this criterion
    method: str  # cohen | fleiss | none
    trainers_kappa: float | None
    trainers_agreement: float | None  # share of items every trainer graded alike
    grader_kappa: float | None  # mean Cohen's kappa, grader vs each trainer
    grader_agreement: float | None  # share of trainers' grades equal to the grader's
    met: dict[int, int]  # per trainer: how many items they graded met


@dataclass(frozen=True)
class TrainerLeaning:
    trainer_id: int
    name: str
    met_rate: float  # share of items graded met
    median_rate: float  # the median share of all the session's trainers
    grader_rate: float | None  # the grader's share over the same (applicable) items
    leaning: str  # strict | lenient | in line


@dataclass(frozen=True)
class Reveal:
    session_id: int
    criteria: tuple[CriterionAgreement, ...]
    trainers: tuple[TrainerLeaning, ...]
    method: str
    trainers_kappa: float | None  # over every item of the session
    trainers_agreement: float | None
    grader_kappa: float | None
    grader_agreement: float | None


@dataclass(frozen=True)
class SessionSummary:
    """One row of the comparison of past sessions."""

    session_id: int
    title: str
    created_at: dt.datetime
    trainers: int
    attempts: int
    items: int
    trainers_kappa: float | None
    trainers_agreement: float | None
    grader_kappa: float | None
    strict: tuple[str, ...]
    lenient: tuple[str, ...]


def reveal(
    session_id: int,
    items: Sequence[Item],
    automatic: Mapping[Item, bool | None],
    grades: Mapping[int, Mapping[Item, bool]],
    *,
    names: Mapping[int, str] | None = None,
    titles: Mapping[str, str] | None = None,
) -> Reveal:
    """The reveal of a session: ``items`` in order, the grader's verdict of each
    (None: not applicable), each trainer's grades (every trainer graded every item)."""
    names = dict(names or {})
    titles = dict(titles or {})
    trainers = sorted(grades)
    for t in trainers:
        missing = [i for i in items if i not in grades[t]]
        if missing:
            raise ValueError(f"trainer {t} did not grade {missing[0]}")
    order: list[str] = []
    for _a, c in items:
        if c not in order:
            order.append(c)
    criteria = tuple(
        _criterion(c, [i for i in items if i[1] == c], automatic, grades, trainers, titles)
        for c in order
    )
    whole = _criterion("", list(items), automatic, grades, trainers, titles)
    leanings = tuple(_leaning(t, list(items), automatic, grades, trainers, names) for t in trainers)
    return Reveal(
        session_id=session_id,
        criteria=criteria,
        trainers=leanings,
        method=whole.method,
        trainers_kappa=whole.trainers_kappa,
        trainers_agreement=whole.trainers_agreement,
        grader_kappa=whole.grader_kappa,
        grader_agreement=whole.grader_agreement,
    )


def summary(
    result: Reveal, *, title: str, created_at: dt.datetime, attempts: int
) -> SessionSummary:
    return SessionSummary(
        session_id=result.session_id,
        title=title,
        created_at=created_at,
        trainers=len(result.trainers),
        attempts=attempts,
        items=sum(c.items for c in result.criteria),
        trainers_kappa=result.trainers_kappa,
        trainers_agreement=result.trainers_agreement,
        grader_kappa=result.grader_kappa,
        strict=tuple(t.name for t in result.trainers if t.leaning == STRICT),
        lenient=tuple(t.name for t in result.trainers if t.leaning == LENIENT),
    )


def _criterion(
    criterion_id: str,
    items: list[Item],
    automatic: Mapping[Item, bool | None],
    grades: Mapping[int, Mapping[Item, bool]],
    trainers: list[int],
    titles: Mapping[str, str],
) -> CriterionAgreement:
    ratings = [[grades[t][i] for t in trainers] for i in items]
    method, kappa = agreement_kappa(ratings)
    alike = sum(len(set(r)) == 1 for r in ratings) / len(ratings) if ratings else None
    graded = [i for i in items if automatic.get(i) is not None]
    kappas: list[float] = []
    same = total = 0
    if graded:
        auto = [bool(automatic[i]) for i in graded]
        for t in trainers:
            theirs = [grades[t][i] for i in graded]
            k = cohen_kappa(auto, theirs)
            if k is not None:
                kappas.append(k)
            same += sum(x == y for x, y in zip(auto, theirs, strict=True))
            total += len(graded)
    return CriterionAgreement(
        criterion_id=criterion_id,
        title=titles.get(criterion_id, criterion_id),
        items=len(items),
        method=method,
        trainers_kappa=kappa,
        trainers_agreement=alike,
        grader_kappa=sum(kappas) / len(kappas) if kappas else None,
        grader_agreement=same / total if total else None,
        met={t: sum(grades[t][i] for i in items) for t in trainers},
    )


def _leaning(
    trainer: int,
    items: list[Item],
    automatic: Mapping[Item, bool | None],
    grades: Mapping[int, Mapping[Item, bool]],
    trainers: list[int],
    names: Mapping[int, str],
) -> TrainerLeaning:
    def rate(t: int) -> float:
        return sum(grades[t][i] for i in items) / len(items) if items else 0.0

    own = rate(trainer)
    median_rate = statistics.median(rate(t) for t in trainers)
    graded = [i for i in items if automatic.get(i) is not None]
    grader_rate = sum(bool(automatic[i]) for i in graded) / len(graded) if graded else None
    leaning = IN_LINE
    if own <= median_rate - LEANING + 1e-9:
        leaning = STRICT
    elif own >= median_rate + LEANING - 1e-9:
        leaning = LENIENT
    return TrainerLeaning(
        trainer_id=trainer,
        name=names.get(trainer, str(trainer)),
        met_rate=own,
        median_rate=median_rate,
        grader_rate=grader_rate,
        leaning=leaning,
    )
