"""``grade()``: a scenario's rubric (plus its SOP's criteria) applied to a record.

Scoring (docs/grading.md): criteria that are not applicable (timing without a clock)
leave the base. ``score`` is the percentage of the applicable weight that passed,
rounded to two decimals; when the applicable weight is 0 the score is 100 if no
applicable criterion failed, else 0. ``passed`` is ``score >= pass_mark`` and no
applicable critical criterion failed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from simulator.content.model import SOP, Check, Criterion, Example, Scenario
from simulator.content.placeholders import fill
from simulator.errors import ContentError
from simulator.grading.checks import CHECKS, STUFFING, CheckError, Context
from simulator.grading.record import Record, Reply, TakenAction
from simulator.grading.stuffing import Vocabulary, stuffing, vocabulary

__all__ = [
    "CriterionResult",
    "Grade",
    "Record",
    "Reply",
    "TakenAction",
    "criteria_of",
    "expand_terms",
    "grade",
    "record_from_example",
]


@dataclass(frozen=True)
class CriterionResult:
    """One criterion's verdict; ``evidence`` is JSON-able (keys in docs/grading.md)."""

    id: str
    title: str
    passed: bool
    applicable: bool
    weight: float
    critical: bool
    evidence: dict[str, Any]
    # Why the verdict may need a human: a fuzzy, stem or Arabizi match, a negation, the
    # stuffing guard (docs/grading.md). Empty when the v1 rules alone decided it.
    uncertain: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out = {
            "id": self.id,
            "title": self.title,
            "passed": self.passed,
            "applicable": self.applicable,
            "weight": self.weight,
            "critical": self.critical,
            "evidence": self.evidence,
        }
        if self.uncertain:
            out["uncertain"] = True
            out["uncertain_reasons"] = list(self.uncertain)
        return out


@dataclass(frozen=True)
class Grade:
    score: float
    passed: bool
    pass_mark: float
    criteria: tuple[CriterionResult, ...]

    def to_json(self) -> dict[str, Any]:
        """``{"score", "passed", "pass_mark", "criteria": [...]}`` as the CLI prints it."""
        return {
            "score": self.score,
            "passed": self.passed,
            "pass_mark": self.pass_mark,
            "criteria": [c.to_json() for c in self.criteria],
        }

    @property
    def uncertain(self) -> tuple[str, ...]:
        """The ids of the applicable criteria whose verdict is uncertain."""
        return tuple(c.id for c in self.criteria if c.applicable and c.uncertain)

    def criterion(self, criterion_id: str) -> CriterionResult:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)


TONE_ID = "tone"
# Titles of the criteria the grader adds, in the scenario's language (like its own titles).
TONE_TITLE = {
    "en": "Keeps a respectful tone (the SOP's tone list)",
    "ar": "يحافظ على نبرة محترمة (قائمة النبرة في الإجراء)",
}
STUFFING_ID = "no-keyword-stuffing"
STUFFING_TITLE = {
    "en": "Replies are written for the user, not a list of rubric phrases",
    "ar": "الردود مكتوبة للمستخدم، لا قائمة بعبارات المعايير",
}


def criteria_of(scenario: Scenario, sop: SOP | None) -> tuple[Criterion, ...]:
    """The scenario's criteria, then the SOP's that the scenario does not redefine (by id),
    then, when the SOP has a ``tone`` list, a critical ``tone`` criterion avoiding it
    (unless the scenario or SOP defines a criterion with that id)."""
    own = scenario.rubric.criteria
    ids = {c.id for c in own}
    inherited = tuple(c for c in (sop.criteria if sop else ()) if c.id not in ids)
    out = own + inherited
    if sop is not None and sop.tone and TONE_ID not in {c.id for c in out}:
        check = Check("avoids", tuple(sop.tone))
        title = TONE_TITLE.get(scenario.language, TONE_TITLE["en"])
        out += (Criterion(TONE_ID, check, title, 0.0, True),)
    return out


def expand_terms(phrases: Any, terms: Mapping[str, tuple[str, ...]]) -> Any:
    """``phrases`` with each ``@name`` of a known term replaced by the term's phrases
    (in order, without repeats); an unknown ``@name`` stays as written."""
    if isinstance(phrases, str):
        phrases = (phrases,)
    if not terms or not any(str(p).startswith("@") for p in phrases):
        return phrases
    out: list[str] = []
    for p in phrases:
        p = str(p)
        name = p[1:].strip()
        out.extend(terms[name] if p.startswith("@") and name in terms else (p,))
    return tuple(dict.fromkeys(out))


def _where(scenario: Scenario, criterion: Criterion) -> str:
    name = str(scenario.path) if scenario.path else scenario.id
    line = criterion.check.line or criterion.line
    return f"{name}:{line}" if line else name


def _bad_check(scenario: Scenario, criterion: Criterion, exc: Exception | None) -> ContentError:
    """The error for a criterion whose check is unknown (``exc`` None) or cannot run."""
    if exc is None:
        what = f"criterion {criterion.id!r} has an unknown check type {criterion.check.kind!r}"
    else:
        what = f"criterion {criterion.id!r}: {exc}"
    return ContentError(_where(scenario, criterion), what)


# Per criterion, what grading reads of it every time, looked up once.
_Plan = tuple[tuple[Criterion, str, Any, Mapping[str, Any], "str | None", float, bool], ...]
# The plans of the last few (scenario, SOP) pairs: hashing a whole Scenario per grade
# would cost more than the lookup saves, so the key is the objects' identity (the entry
# keeps them alive, so an id is not reused while it is cached).
_PLANS: dict[tuple[int, int], tuple[Scenario, SOP | None, _Plan]] = {}


def _plan(scenario: Scenario, sop: SOP | None) -> _Plan:
    key = (id(scenario), id(sop))
    entry = _PLANS.get(key)
    if entry is not None and entry[0] is scenario and entry[1] is sop:
        return entry[2]
    if len(_PLANS) >= 64:
        _PLANS.clear()
        _VOCABULARIES.clear()
    terms = sop.terms if sop is not None else {}
    plan = tuple(
        (
            c,
            c.check.kind,
            expand_terms(c.check.value, terms) if c.check.kind in _PHRASE_CHECKS else c.check.value,
            c.check.options,
            c.thread,
            float(c.weight),
            c.critical,
        )
        for c in criteria_of(scenario, sop)
    )
    _PLANS[key] = (scenario, sop, plan)
    return plan


_PHRASE_CHECKS = ("mentions", "avoids")
_VOCABULARIES: dict[tuple[int, int, tuple[tuple[str, str], ...]], Vocabulary] = {}


def _vocabulary(
    scenario: Scenario, sop: SOP | None, plan: _Plan, everything: Context
) -> Vocabulary:
    """The stuffing guard's rubric words for this scenario and persona."""
    key = (id(scenario), id(sop), everything.values_key)
    vocab = _VOCABULARIES.get(key)
    if vocab is None:
        mentions = [value for _, kind, value, *_ in plan if kind == "mentions"]
        phrases: list[str] = []
        names: list[str] = []
        for value in mentions:
            exempt = everything.exempt(value)  # a name alone is not a keyword
            for p in everything.phrases(value):
                (names if p in exempt else phrases).append(p)
        passing = [e for e in scenario.examples if e.verdict == "pass"]
        examples = None
        if passing:
            values = everything.values
            examples = tuple(
                fill(t, values) for e in passing for ts in e.replies.values() for t in ts
            )
        vocab = _VOCABULARIES[key] = vocabulary(tuple(phrases), examples, tuple(names))
    return vocab


def _without_stuffed(ctx: Context) -> Context:
    kept = tuple(r for r in ctx.replies if (r[0].thread, r[1]) not in ctx.stuffed)
    return Context(
        ctx.record, ctx.values, ctx.thread, kept, ctx.values_key, ctx.stuffed, ctx.back_office
    )


def _stuffed(everything: Context, vocab: Vocabulary) -> dict[tuple[str, int], dict[str, Any]]:
    out: dict[tuple[str, int], dict[str, Any]] = {}
    if not vocab.words:
        return out
    for reply, index in everything.replies:
        why = stuffing(reply.text, vocab)
        if why is not None:
            out[(reply.thread, index)] = why
    return out


_NEW = object.__new__


def grade(scenario: Scenario, sop: SOP | None, record: Record, values: Mapping[str, str]) -> Grade:
    """Grade ``record`` against the scenario's rubric and its SOP's criteria.

    ``values`` (persona fields and ``agent``) fill ``{placeholders}`` in phrases."""
    everything = Context.everything(record, values)
    if scenario.back_office is not None:
        everything = replace(everything, back_office=scenario.back_office)
    plan = _plan(scenario, sop)
    stuffed = _stuffed(everything, _vocabulary(scenario, sop, plan, everything))
    if stuffed:
        everything = Context(
            record,
            values,
            None,
            everything.replies,
            everything.values_key,
            stuffed,
            scenario.back_office,
        )
    contexts: dict[str | None, Context] = {None: everything}
    results = []
    total = won = 0.0
    failed = critical_failed = False
    for criterion, kind, value, options, thread, weight, critical in plan:
        ctx = contexts.get(thread)
        if ctx is None:
            ctx = contexts[thread] = Context.scoped(everything, thread)
        fn = CHECKS.get(kind)
        if fn is None:
            raise _bad_check(scenario, criterion, None)
        skipped = False
        if stuffed and kind == "regex":
            # A stuffed reply's text does not count for a regex either (the guard's rule
            # for phrase criteria); the check itself is unchanged.
            kept = _without_stuffed(ctx)
            skipped = len(kept.replies) < len(ctx.replies)
            ctx = kept
        try:
            outcome = fn(value, options, ctx)
        except (CheckError, ValueError, TypeError) as exc:
            raise _bad_check(scenario, criterion, exc) from None
        if skipped and not outcome.passed:
            outcome.evidence["stuffed"] = True
            outcome.uncertain = (*outcome.uncertain, STUFFING)
        passed, applicable = outcome.passed, outcome.applicable
        # CriterionResult(...) without the frozen dataclass's __setattr__ per field: one
        # per criterion per grade, and that cost showed in the profile.
        result: CriterionResult = _NEW(CriterionResult)
        result.__dict__.update(
            {
                "id": criterion.id,
                "title": criterion.title,
                "passed": passed,
                "applicable": applicable,
                "weight": weight,
                "critical": critical,
                "evidence": outcome.evidence,
                "uncertain": outcome.uncertain,
            }
        )
        results.append(result)
        if applicable:
            total += weight
            if passed:
                won += weight
            else:
                failed = True
                critical_failed = critical_failed or critical
    if stuffed:
        # The guard's own verdict: a critical criterion that appears only when it fires.
        caught = [{"thread": t, "reply": i, **why} for (t, i), why in sorted(stuffed.items())]
        results.append(
            CriterionResult(
                STUFFING_ID,
                STUFFING_TITLE.get(scenario.language, STUFFING_TITLE["en"]),
                False,
                True,
                0.0,
                True,
                {"replies": caught},
                (STUFFING,),
            )
        )
        failed = critical_failed = True
    # With no applicable weight: 100 unless an applicable criterion failed.
    score = round(100.0 * won / total, 2) if total > 0 else 0.0 if failed else 100.0
    pass_mark = float(scenario.rubric.pass_mark)
    passed = score >= pass_mark and not critical_failed
    return Grade(score, passed, pass_mark, tuple(results))


def record_from_example(example: Example, values: Mapping[str, str] | None = None) -> Record:
    """The record an ``examples:`` entry describes (no clock). With ``values``, the
    example's reply texts get their ``{placeholders}`` filled."""
    replies = tuple(
        Reply(thread, fill(text, values) if values else text)
        for thread, texts in example.replies.items()
        for text in texts
    )
    actions = tuple(TakenAction(a.type, a.value, a.thread) for a in example.actions)
    return Record(replies=replies, actions=actions)
