"""What a cohort report holds: plain frozen records, no Qt, no database.

The contract between the report queries (``simulator.reports.queries``), the exports (CSV
here in the core, the bilingual PDF in ``simulator.ui.trainer.report_pdf``), the command
line (``simulator report cohort``) and the trainer's dashboard
(``simulator.ui.trainer.dashboard``). Every figure:

- uses the verdict of record (trainers' overrides and leads' resolutions applied);
- counts an exam sitting once (``exam:<id>``) and its items not at all as attempts;
- counts trainees only (trainers and admins who are members are left out);
- counts finished attempts only, unless a field says otherwise;
- is filtered by the query: cohort, the date an attempt started (UTC, both ends
  inclusive), the scenario's language and its SOP.

Titles are the library's, never raw ids where the library knows the id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

CHANNELS = ("email", "ticket", "chat")
SCORE_BINS = tuple(range(0, 100, 10))  # [0,10) [10,20) ... [90,100]: 100 falls in the last


@dataclass(frozen=True)
class Catalog:
    """What the library says of the ids attempts carry (built from the loaded library and
    exams by ``simulator.reports.queries.catalog_from_library``). An id it does not know
    is shown as it is (an exam without its ``exam:`` prefix); a scenario it does not know
    has no language and is left out by a language filter."""

    scenario_titles: Mapping[str, str] = field(default_factory=dict)
    scenario_languages: Mapping[str, str] = field(default_factory=dict)  # "en" | "ar"
    sop_titles: Mapping[str, str] = field(default_factory=dict)
    criterion_titles: Mapping[tuple[str, str], str] = field(default_factory=dict)  # (sop, crit)
    exam_titles: Mapping[str, str] = field(default_factory=dict)  # exam id, no prefix


# The API the other modules are built against:
#   simulator.reports.queries.build_report(store, query, catalog, *, now, requester)
#       -> CohortReport (``requester``: the SignedIn of a trainer, lead or admin, signed in
#       with ``store``; anyone else: AccessError; ``now`` from the clock)
#   simulator.reports.queries.attempt_lines(store, query, catalog, *, requester)
#       -> Iterator[AttemptLine] (the rows of the "attempts" section, streamed)
#   simulator.reports.queries.catalog_from_library(library, exams=(), *, language="en")
#   simulator.reports.csv.write_csv(report | rows, out: TextIO, section: str) -> None
#       sections: SECTIONS below; "attempts" streams one row per counted attempt (give it
#       ``attempt_lines(...)``); the others take the CohortReport.
#   simulator.ui.trainer.report_pdf.write_pdf(report, path, language) -> None
SECTIONS = ("attempts", "weekly", "scores", "criteria", "channels", "exams", "trainees")


@dataclass(frozen=True)
class ReportQuery:
    cohort_id: int
    start: dt.date | None = None  # first day counted (UTC), inclusive
    end: dt.date | None = None  # last day counted (UTC), inclusive
    language: str | None = None  # "en" | "ar": the scenario's language
    sop_id: str | None = None


@dataclass(frozen=True)
class WeekRate:
    week: dt.date  # the Monday the ISO week starts on
    finished: int
    passed: int

    @property
    def rate(self) -> float | None:
        return None if not self.finished else self.passed / self.finished


@dataclass(frozen=True)
class ScoreBin:
    low: int  # inclusive
    high: int  # exclusive, except 100 for the last bin
    count: int


@dataclass(frozen=True)
class CriterionFailures:
    """One criterion of one SOP: how often it was graded (applicable) and failed."""

    sop_id: str
    sop_title: str
    criterion_id: str
    criterion_title: str
    graded: int
    failed: int

    @property
    def rate(self) -> float | None:
        return None if not self.graded else self.failed / self.graded


@dataclass(frozen=True)
class ChannelFigures:
    """Threads of one channel in finished attempts: first-response seconds as a
    distribution (bins of ``bin_s`` seconds; the last bin holds everything above) and
    the SLA breaches among threads that had an SLA."""

    channel: str  # one of CHANNELS
    threads: int
    answered: int  # threads with a first response
    median_first_response_s: float | None
    p90_first_response_s: float | None
    bin_s: int
    first_response_bins: tuple[int, ...]  # counts per bin
    with_sla: int
    sla_breached: int


@dataclass(frozen=True)
class ExamOutcome:
    exam_id: str  # without the "exam:" prefix
    title: str
    sittings: int  # started
    passed: int
    failed: int
    pending_review: int  # finished, passed, certificate waiting for a trainer
    unfinished: int


@dataclass(frozen=True)
class ProgressPoint:
    week: dt.date
    finished: int
    passed: int
    mean_score: float | None


@dataclass(frozen=True)
class TraineeProgress:
    person_id: int
    name: str
    display_name: str
    finished: int
    passed: int
    mean_score: float | None
    points: tuple[ProgressPoint, ...]  # per week with at least one finished attempt


class AttemptLine(NamedTuple):
    """One counted finished attempt, as the CSV's "attempts" section lists it (a named
    tuple: 100,000 of them are made for one export)."""

    attempt_id: int
    trainee: str  # login name
    display_name: str
    title: str  # the scenario's or exam's title
    sop: str  # the SOP's title
    language: str  # the scenario's ("" when the library does not know it)
    mode: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    score: float | None  # of record
    passed: bool | None  # of record
    automatic_score: float | None
    verdict: str  # automatic | override | disputed


@dataclass(frozen=True)
class CohortReport:
    query: ReportQuery
    cohort_name: str
    generated_at: dt.datetime  # from the injected clock
    members: int  # trainees in the cohort
    finished: int
    passed: int
    mean_score: float | None
    weekly: tuple[WeekRate, ...]
    scores: tuple[ScoreBin, ...]
    failed_criteria: tuple[CriterionFailures, ...]  # per SOP, most failed first
    channels: tuple[ChannelFigures, ...]  # in CHANNELS order, all three always present
    exams: tuple[ExamOutcome, ...]
    trainees: tuple[TraineeProgress, ...]  # by name
    sop_titles: dict[str, str] = field(default_factory=dict)

    @property
    def pass_rate(self) -> float | None:
        return None if not self.finished else self.passed / self.finished
