"""A cohort report built by hand (no store): the dashboard's and the PDF's tests and
screenshots use it. Eight weeks of a cohort of English and Arabic names, three channels,
two SOPs and two exams; every figure fixed, so pictures and assertions are stable."""

from __future__ import annotations

import datetime as dt

from simulator.reports.model import (
    ChannelFigures,
    CohortReport,
    CriterionFailures,
    ExamOutcome,
    ProgressPoint,
    ReportQuery,
    ScoreBin,
    TraineeProgress,
    WeekRate,
)

FIRST_WEEK = dt.date(2026, 1, 5)  # a Monday
GENERATED = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)
WEEKLY = ((6, 2), (9, 4), (0, 0), (11, 6), (12, 8), (10, 7), (14, 10), (13, 11))
SCORES = (0, 1, 2, 3, 5, 9, 12, 15, 14, 14)
COHORT = "Riyadh — March intake"

SOPS = {"two-step": "Two-step verification", "refunds": "Refunds within policy"}
CRITERIA = (
    ("two-step", "verify", "Verifies the caller's identity", 60, 27),
    ("two-step", "no-codes", "Never asks for a one-time code", 60, 18),
    ("two-step", "recovery", "Offers the recovery link", 58, 12),
    ("two-step", "tone", "Keeps a calm, polite tone", 60, 6),
    ("two-step", "close", "Closes with a summary", 52, 3),
    ("refunds", "policy", "Quotes the refund window", 40, 15),
    ("refunds", "amount", "States the refund amount", 40, 9),
    ("refunds", "escalate", "Escalates above the limit", 22, 4),
)
PEOPLE = (
    (11, "amal", "Amal Haddad"),
    (12, "badr", "بدر العتيبي"),
    (13, "dana", "Dana Saleh"),
    (14, "fahd", "فهد ناصر"),
    (15, "lina", "Lina Park"),
    (16, "omar", "عمر الخطيب"),
)


def _week(i: int) -> dt.date:
    return FIRST_WEEK + dt.timedelta(weeks=i)


def _channels() -> tuple[ChannelFigures, ...]:
    return (
        ChannelFigures("email", 60, 57, 840.0, 2100.0, 300, (6, 10, 14, 11, 8, 8), 60, 9),
        ChannelFigures("ticket", 45, 44, 600.0, 1500.0, 300, (9, 13, 10, 6, 4, 2), 45, 4),
        ChannelFigures("chat", 75, 75, 45.0, 110.0, 300, (58, 12, 4, 1, 0, 0), 75, 11),
    )


def _trainee(n: int, person: tuple[int, str, str]) -> TraineeProgress:
    person_id, name, display = person
    points = []
    for i in range(8):
        if (i + n) % 4 == 2:
            continue
        finished = 1 + (i + n) % 3
        mean = min(98.0, 48.0 + 5.5 * i + 3 * n)
        passed = finished if mean >= 70 else max(0, finished - 2)
        points.append(ProgressPoint(_week(i), finished, passed, mean))
    finished = sum(p.finished for p in points)
    passed = sum(p.passed for p in points)
    mean = sum((p.mean_score or 0) * p.finished for p in points) / finished
    return TraineeProgress(person_id, name, display, finished, passed, mean, tuple(points))


def sample_report(query: ReportQuery | None = None, *, empty: bool = False) -> CohortReport:
    """The report a query of cohort 3 gets (``empty``: one with no attempt in range)."""
    query = query or ReportQuery(cohort_id=3, start=FIRST_WEEK, end=_week(7) + dt.timedelta(6))
    if empty:
        return CohortReport(
            query, COHORT, GENERATED, len(PEOPLE), 0, 0, None, (),
            tuple(ScoreBin(low, low + 10, 0) for low in range(0, 100, 10)), (),
            tuple(ChannelFigures(c, 0, 0, None, None, 300, (0,) * 6, 0, 0)
                  for c in ("email", "ticket", "chat")),
            (), (), dict(SOPS),
        )  # fmt: skip
    weekly = tuple(WeekRate(_week(i), f, p) for i, (f, p) in enumerate(WEEKLY))
    finished = sum(f for f, _ in WEEKLY)
    passed = sum(p for _, p in WEEKLY)
    scores = tuple(
        ScoreBin(low, low + 10 if low < 90 else 100, count)
        for low, count in zip(range(0, 100, 10), SCORES, strict=True)
    )
    criteria = tuple(
        CriterionFailures(sop, SOPS[sop], crit, title, graded, failed)
        for sop, crit, title, graded, failed in CRITERIA
        if query.sop_id in (None, sop)
    )
    exams = (
        ExamOutcome("mini-en", "Support basics (English)", 9, 5, 2, 1, 1),
        ExamOutcome("mini-ar", "أساسيات الدعم (عربي)", 7, 3, 2, 0, 2),
    )
    trainees = tuple(_trainee(n, p) for n, p in enumerate(PEOPLE))
    return CohortReport(
        query=query,
        cohort_name=COHORT,
        generated_at=GENERATED,
        members=len(PEOPLE),
        finished=finished,
        passed=passed,
        mean_score=71.4,
        weekly=weekly,
        scores=scores,
        failed_criteria=criteria,
        channels=_channels(),
        exams=exams,
        trainees=trainees,
        sop_titles=dict(SOPS),
    )
