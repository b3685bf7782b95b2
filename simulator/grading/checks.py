"""The check types: one small function each, in a registry keyed by the type's name.

A check function takes the check's value as loaded (``Check.value``), its other keys
(``Check.options``) and a ``Context`` (the replies and actions in the criterion's scope),
and returns an ``Outcome``. Adding a type is a function with ``@check("name")``
(``check_base``); the checks on actions are in ``action_checks``, registered when this
module is imported.
Evidence keys are listed in docs/grading.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache, partial
from typing import Any

import regex as regex_module

from simulator.content.durations import parse_duration
from simulator.content.placeholders import PLACEHOLDER
from simulator.grading import action_checks  # noqa: F401  (registers action, order, state, note)
from simulator.grading.check_base import CHECKS as CHECKS  # re-exported: the registry
from simulator.grading.check_base import CheckError as CheckError
from simulator.grading.check_base import Context as Context
from simulator.grading.check_base import Outcome, check
from simulator.grading.language import detect_language
from simulator.grading.matching import (
    PhraseMatch,
    find_all,
    find_any,
    find_each,
    find_phrase,
)
from simulator.grading.negation import Negator, holds_negator, negator_before
from simulator.grading.normalize import normalize, original_span
from simulator.grading.record import Reply


def _match_evidence(found: PhraseMatch, reply: Reply, index: int) -> dict[str, Any]:
    item = {
        "phrase": found.phrase,
        "thread": reply.thread,
        "reply": index,
        "start": found.start,
        "end": found.end,
        "text": found.matched,
        "fuzzy": found.fuzzy,
    }
    if found.how in ("stem", "arabizi"):
        item["rule"] = found.how
    return item


NO_REPLY = "no reply"
NEGATION = "negation near the phrase"
STUFFING = "stuffing guard"
# Why a match that rests on a rule other than v1's exact match is uncertain.
RULE_REASONS = {"fuzzy": "fuzzy match", "stem": "stem rule", "arabizi": "arabizi transliteration"}


class _Everything(frozenset[str]):
    """Holds every phrase: ``negation: false`` reads phrases as written."""

    def __contains__(self, item: object) -> bool:
        return True


ALL_EXEMPT: frozenset[str] = _Everything()


def _negation(found: PhraseMatch, text: str, exempt: frozenset[str]) -> Negator | None:
    """The negator governing ``found`` in ``text`` (None: not negated, or a phrase that
    is never negated: a placeholder alone, or one that holds a negator itself)."""
    if found.phrase in exempt or found.norm_start < 0:
        return None
    if holds_negator(normalize(found.phrase)):
        return None
    return negator_before(normalize(text), found.norm_start)


def _negated_evidence(
    found: PhraseMatch, negator: Negator, reply: Reply, index: int
) -> dict[str, Any]:
    start, end = original_span(reply.text, negator.start, negator.end)
    item = _match_evidence(found, reply, index)
    item["negator"] = {"start": start, "end": end, "text": reply.text[start:end]}
    return item


def _unnegated(phrases: tuple[str, ...], text: str, exempt: frozenset[str]) -> PhraseMatch | None:
    """The first match of any phrase in ``text`` that is not negated."""
    for phrase in phrases:
        for found in find_all(phrase, text):
            if _negation(found, text, exempt) is None:
                return found
    return None


def _rule_reasons(items: list[dict[str, Any]]) -> tuple[str, ...]:
    reasons = []
    for item in items:
        how = item.get("rule") or ("fuzzy" if item.get("fuzzy") else None)
        if how is not None and RULE_REASONS[how] not in reasons:
            reasons.append(RULE_REASONS[how])
    return tuple(reasons)


@check("mentions")
def mentions(value: Any, options: Mapping[str, Any], ctx: Context) -> Outcome:
    """Some reply holds one of the phrases (``all: true``: every phrase, in any reply).
    A match inside a negation's scope counts as absent; a stuffed reply's matches do not
    count (docs/grading.md)."""
    phrases = ctx.phrases(value)
    evidence: dict[str, Any] = {"looked_for": list(phrases), "matches": [], "missing": []}
    if not ctx.replies:
        evidence["missing"] = list(phrases)
        return Outcome(False, evidence | {"reason": NO_REPLY})
    exempt = ctx.exempt(value) if options.get("negation", True) else ALL_EXEMPT
    negated: list[dict[str, Any]] = []
    stuffed: list[dict[str, Any]] = []
    if options.get("all"):
        for phrase in phrases:
            find = partial(find_phrase, phrase)
            match = _first_counted(ctx, (phrase,), find, exempt, negated, stuffed)
            if match is None:
                evidence["missing"].append(phrase)
            else:
                evidence["matches"].append(match)
        return _phrase_outcome(not evidence["missing"], evidence, negated, stuffed)
    match = _first_counted(ctx, phrases, partial(find_any, phrases), exempt, negated, stuffed)
    if match is not None:
        evidence["matches"].append(match)
        return _phrase_outcome(True, evidence, negated, stuffed)
    evidence["missing"] = list(phrases)
    return _phrase_outcome(False, evidence, negated, stuffed)


def _first_counted(
    ctx: Context,
    phrases: tuple[str, ...],
    find: Callable[[str], PhraseMatch | None],
    exempt: frozenset[str],
    negated: list[dict[str, Any]],
    stuffed: list[dict[str, Any]],
) -> dict[str, Any] | None:
    """The evidence of the first match (``find`` in each reply, in order) that counts: not
    in a stuffed reply, and not negated unless one of ``phrases`` is found again outside
    the negation. Stuffed and negated matches met on the way are added to their lists."""
    for reply, index in ctx.replies:
        found = find(reply.text)
        if found is None:
            continue
        if (reply.thread, index) in ctx.stuffed:
            stuffed.append(_match_evidence(found, reply, index))
            continue
        negator = _negation(found, reply.text, exempt)
        if negator is not None:
            negated.append(_negated_evidence(found, negator, reply, index))
            found = _unnegated(phrases, reply.text, exempt)
            if found is None:
                continue
        return _match_evidence(found, reply, index)
    return None


def _phrase_outcome(
    passed: bool,
    evidence: dict[str, Any],
    negated: list[dict[str, Any]],
    stuffed: list[dict[str, Any]],
) -> Outcome:
    """A mentions outcome: ``negated`` and ``stuffed`` evidence only when there is some,
    and ``uncertain`` when the verdict rests on a rule that reads meaning."""
    if negated:
        evidence["negated"] = negated
    if stuffed:
        evidence["stuffed"] = stuffed
    reasons = list(_rule_reasons(evidence["matches"])) if passed else []
    if evidence["missing"] and negated:
        reasons.append(NEGATION)
    if evidence["missing"] and stuffed:
        reasons.append(STUFFING)
    return Outcome(passed, evidence, uncertain=tuple(reasons))


@check("avoids")
def avoids(value: Any, options: Mapping[str, Any], ctx: Context) -> Outcome:
    """No reply holds any of the phrases; evidence lists each one found, with its span.
    A phrase inside a negation's scope is allowed (evidence: ``negated``, with the
    negator)."""
    phrases = ctx.phrases(value)
    exempt = ctx.exempt(value) if options.get("negation", True) else ALL_EXEMPT
    found_list = []
    negated: list[dict[str, Any]] = []
    for reply, index in ctx.replies:
        for found in find_each(phrases, reply.text):
            if found is None:
                continue
            negator = _negation(found, reply.text, exempt)
            if negator is not None:
                other = _unnegated((found.phrase,), reply.text, exempt)
                if other is None:
                    negated.append(_negated_evidence(found, negator, reply, index))
                    continue
                found = other
            found_list.append(_match_evidence(found, reply, index))
    evidence: dict[str, Any] = {"looked_for": list(phrases), "found": found_list}
    if negated:
        evidence["negated"] = negated
    reasons = _rule_reasons(found_list)
    if not found_list and negated:
        reasons = (NEGATION,)
    return Outcome(not found_list, evidence, uncertain=reasons)


@check("language")
def language(value: Any, options: Mapping[str, Any], ctx: Context) -> Outcome:
    """Every reply with letters in it is written in the language (see language.py);
    replies without a letter (``...``, an emoji) are not counted."""
    expected = str(value)
    if expected not in ("ar", "en"):
        raise CheckError(f"language must be ar or en, not {expected!r}")
    seen = []
    for reply, index in ctx.replies:
        detected = detect_language(reply.text)
        seen.append({"thread": reply.thread, "reply": index, "language": detected})
    counted = [s for s in seen if s["language"] != "unknown"]
    failing = [s for s in counted if s["language"] != expected]
    evidence: dict[str, Any] = {"expected": expected, "replies": seen, "failing": failing}
    if not ctx.replies:
        return Outcome(False, evidence | {"reason": NO_REPLY})
    if not counted:
        return Outcome(False, evidence | {"reason": "no reply has a word in it"})
    return Outcome(not failing, evidence)


@lru_cache(maxsize=4096)
def word_count(text: str) -> int:
    """Words in ``text``: runs of non-space characters holding a letter or digit."""
    # What re's [^\W_] matches is exactly str.isalnum(); and \s is str.split()'s space.
    count = 0
    for run in normalize(text).split():
        if run.isalnum() or any(ch.isalnum() for ch in run):
            count += 1
    return count


@check("length")
def length(value: Any, options: Mapping[str, Any], ctx: Context) -> Outcome:
    """Every reply's word count is within ``min_words``..``max_words``."""
    if not isinstance(value, Mapping):
        raise CheckError("length needs min_words and/or max_words")
    low, high = value.get("min_words"), value.get("max_words")
    seen, failing = [], []
    for reply, index in ctx.replies:
        words = word_count(reply.text)
        item = {"thread": reply.thread, "reply": index, "words": words}
        seen.append(item)
        if (low is not None and words < low) or (high is not None and words > high):
            failing.append(item)
    evidence: dict[str, Any] = {
        "min_words": low,
        "max_words": high,
        "replies": seen,
        "failing": failing,
    }
    if not ctx.replies:
        return Outcome(False, evidence | {"reason": NO_REPLY})
    return Outcome(not failing, evidence)


# A trainer's pattern such as ``^(a+)+$`` backtracks for ever on a longer reply: the
# ``regex`` package stops a search after this many seconds and grading says so.
REGEX_TIMEOUT_S = 0.5


@lru_cache(maxsize=1024)
def compile_regex(pattern: str) -> regex_module.Pattern[str]:
    """The check's pattern, compiled case-insensitively; CheckError when it is not valid."""
    try:
        return regex_module.compile(pattern, regex_module.IGNORECASE | regex_module.VERSION0)
    except regex_module.error as exc:
        raise CheckError(f"regex {pattern!r} is not a valid pattern: {exc}") from None


def _search(compiled: regex_module.Pattern[str], text: str) -> regex_module.Match[str] | None:
    try:
        return compiled.search(text, timeout=REGEX_TIMEOUT_S)
    except TimeoutError:
        raise CheckError(
            f"regex {compiled.pattern!r} took more than {REGEX_TIMEOUT_S:g} s on a reply "
            "(nested repeats such as (a+)+ backtrack without end); simplify the pattern"
        ) from None


@lru_cache(maxsize=1024)
def _fill_regex(pattern: str, values_key: tuple[tuple[str, str], ...]) -> str:
    values = dict(values_key)

    def sub(m: re.Match[str]) -> str:
        value = values.get(m.group(1))
        return m.group(0) if value is None else re.escape(normalize(str(value)))

    return PLACEHOLDER.sub(sub, pattern)


@check("regex")
def regex(value: Any, options: Mapping[str, Any], ctx: Context) -> Outcome:
    """Some reply, normalised, matches the pattern ({placeholders} filled, escaped)."""
    pattern = _fill_regex(str(value), ctx.values_key)
    compiled = compile_regex(pattern)
    evidence: dict[str, Any] = {"pattern": pattern, "matches": []}
    if not ctx.replies:
        return Outcome(False, evidence | {"reason": NO_REPLY})
    for reply, index in ctx.replies:
        m = _search(compiled, normalize(reply.text))
        if m is None:
            continue
        start, end = original_span(reply.text, *m.span())
        evidence["matches"].append(
            {
                "thread": reply.thread,
                "reply": index,
                "start": start,
                "end": end,
                "text": reply.text[start:end],
            }
        )
        return Outcome(True, evidence)
    return Outcome(False, evidence)


@check("replied_within")
def replied_within(value: Any, options: Mapping[str, Any], ctx: Context) -> Outcome:
    """The first reply on each thread (the criterion's, or every thread the user wrote on)
    came within the time of the user's first message there."""
    limit = parse_duration(value)
    first_user_at = ctx.record.first_user_at
    evidence: dict[str, Any] = {"limit_s": limit, "threads": []}
    if first_user_at is None:
        return Outcome(False, evidence | {"reason": "no clock"}, applicable=False)
    if ctx.thread is not None:
        threads = [ctx.thread] if ctx.thread in first_user_at else []
    else:
        threads = sorted(first_user_at)
    if not threads:
        return Outcome(False, evidence | {"reason": "the user has not written"}, applicable=False)
    passed = True
    for thread in threads:
        since = first_user_at[thread]
        times = [
            r.at_s
            for r in ctx.record.replies
            if r.thread == thread and r.at_s is not None and r.at_s >= since
        ]
        first = min(times, default=None)
        elapsed = None if first is None else first - since
        ok = elapsed is not None and elapsed <= limit
        passed = passed and ok
        evidence["threads"].append(
            {
                "thread": thread,
                "first_user_at_s": since,
                "first_reply_at_s": first,
                "elapsed_s": elapsed,
                "passed": ok,
            }
        )
    return Outcome(passed, evidence)
