"""Phrase matching: Arabic-aware, on word boundaries, with a small typo tolerance.

The rules (docs/grading.md says them for trainers):

- Phrase and reply are normalised (``normalize``); the phrase must then appear in the
  reply with no letter or digit directly before or after it (a change between Arabic
  and Latin script counts as a boundary).
- When the phrase's first word is Arabic, that word may carry an attached prefix in the
  reply: one of و ف ب ل ك, the article ال, or both (وال فال بال كال لل). A phrase that
  itself starts with ال also matches لل+stem (ل + ال).
- Typo tolerance, only when there is no exact match and the phrase has 6 letters or more:
  the reply must hold the phrase's words in order, each word equal, except that a word of
  6 letters or more (not counting an ال article) may be one edit away (an insertion,
  deletion, substitution or swap of two neighbouring letters) provided its first letter
  after the article is right and it holds no digit.
  At most one such word may differ in a phrase of fewer than 12 letters, two in longer
  ones. Punctuation between words is ignored for this comparison.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from simulator.grading.arabizi import find_skeleton, phrase_skeleton
from simulator.grading.language import reads_as_arabizi
from simulator.grading.normalize import normalize, original_span
from simulator.grading.stems import (
    boundary,
    compile_stem,
    is_arabic_letter,
    stem_spans,
    stem_spans_of,
)
from simulator.grading.typos import (
    ONE_LETTER_PREFIXES,
    WORD,
    CompiledPhrase,
    compared_form,
    fuzzy_span,
    may_differ,
    probes_of,
    required_letters,
    sieve_of,
)

FUZZY_MIN_PHRASE_LETTERS = 6
LONG_PHRASE_LETTERS = 12


@dataclass(frozen=True)
class PhraseMatch:
    """Where ``phrase`` was found: ``text[start:end] == matched`` in the original reply.

    ``how`` says which rule matched: ``exact`` (the format's v1 rules), ``stem`` (an
    Arabic suffix, feminine or plural form, or stacked prefixes), ``fuzzy`` (typo
    tolerance) or ``arabizi`` (transliteration). ``norm_start``/``norm_end`` are the
    span in the normalised reply."""

    phrase: str
    start: int
    end: int
    matched: str
    fuzzy: bool
    how: str = field(default="exact", compare=False)
    norm_start: int = field(default=-1, compare=False, repr=False)
    norm_end: int = field(default=-1, compare=False, repr=False)


@lru_cache(maxsize=16384)
def _compile(norm: str) -> CompiledPhrase:
    if not norm:
        return CompiledPhrase(None, "", (), False, False)
    words = tuple(WORD.findall(norm))
    arabic = is_arabic_letter(norm[0])
    body = re.escape(norm)
    needle = norm
    if arabic and norm.startswith("ال") and len(words[0]) > 2:
        needle = norm[2:]
        core = f"(?:[وفبك]?ال|لل){re.escape(needle)}"
    elif arabic and (len(words[0]) >= 3 or len(words) > 1):
        # A one-word phrase of two letters takes no prefix: كسر is not ك + سر. In a longer
        # phrase the next words rule that out (بخط الدعم is ب + خط الدعم).
        core = f"(?:[وفبك]?ال|لل|[{ONE_LETTER_PREFIXES}])?{body}"
    else:
        core = body
    letters = sum(ch.isalpha() for ch in norm)
    fuzzy = letters >= FUZZY_MIN_PHRASE_LETTERS and any(may_differ(w) for w in words)
    before = boundary(norm[0], behind=True)
    after = boundary(norm[-1], behind=False)
    pattern = re.compile(f"{before}{core}{after}")
    budget = 2 if sum(len(w) for w in words) >= LONG_PHRASE_LETTERS else 1
    cutoff = 1 if words and may_differ(words[-1]) else 0
    probes = probes_of(words[-1], cutoff, prefixed=arabic and len(words) == 1) if words else ()
    sieve = sieve_of(words[-1], probes) if words and cutoff else None
    required = tuple(required_letters(w) for w in words if not may_differ(compared_form(w)))
    return CompiledPhrase(
        pattern,
        needle,
        words,
        arabic,
        fuzzy,
        budget,
        cutoff,
        probes,
        sieve,
        required,
        norm,
        compile_stem(norm),
        phrase_skeleton(norm) is not None,
    )


def _result(
    phrase: str, text: str, span: tuple[int, int], fuzzy: bool, how: str = ""
) -> PhraseMatch:
    start, end = original_span(text, *span)
    how = how or ("fuzzy" if fuzzy else "exact")
    return PhraseMatch(phrase, start, end, text[start:end], fuzzy, how, span[0], span[1])


def _arabizi_spans(norm: str, norm_text: str, text: str) -> list[tuple[int, int]]:
    """Arabizi matches of an Arabic phrase in a reply that reads as Arabizi."""
    if phrase_skeleton(norm) is None or not reads_as_arabizi(text):
        return []
    return find_skeleton(norm, norm_text)


def _exact(compiled: CompiledPhrase, norm_text: str) -> tuple[int, int] | None:
    if compiled.pattern is None or compiled.needle not in norm_text:
        return None
    m = compiled.pattern.search(norm_text)
    return None if m is None else m.span()


def find_phrase(phrase: str, text: str, *, fuzzy: bool = True) -> PhraseMatch | None:
    """The first place ``phrase`` matches in ``text`` (exact before fuzzy), or None."""
    return _find_phrase(phrase, text, fuzzy)


# As the trainee types only one reply changes: the answers for the others are remembered.
@lru_cache(maxsize=8192)
def _find_phrase(phrase: str, text: str, fuzzy: bool) -> PhraseMatch | None:
    return _match(phrase, _compile(normalize(phrase)), text, normalize(text), fuzzy)


def _match(
    phrase: str, compiled: CompiledPhrase, text: str, norm_text: str, fuzzy: bool
) -> PhraseMatch | None:
    span = _exact(compiled, norm_text)
    if span is not None:
        return _result(phrase, text, span, False)
    if compiled.stem is not None:
        stems = stem_spans_of(compiled.stem, norm_text, text)
        if stems:
            return _result(phrase, text, stems[0], False, "stem")
    if fuzzy and compiled.fuzzy:
        span = fuzzy_span(compiled, norm_text)
        if span is not None:
            return _result(phrase, text, span, True)
    if compiled.arabizi and reads_as_arabizi(text):
        spans = find_skeleton(compiled.norm, norm_text)
        if spans:
            return _result(phrase, text, spans[0], False, "arabizi")
    return None


def find_all(phrase: str, text: str) -> tuple[PhraseMatch, ...]:
    """Every place ``phrase`` matches in ``text`` by the first rule that finds it: all
    exact matches, else all stem matches, else the first typo-tolerant one, else every
    Arabizi one. (Used when a match is negated: another may not be.)"""
    return _find_all(phrase, text)


@lru_cache(maxsize=1024)
def _find_all(phrase: str, text: str) -> tuple[PhraseMatch, ...]:
    norm = normalize(phrase)
    compiled = _compile(norm)
    norm_text = normalize(text)
    if compiled.pattern is not None and compiled.needle in norm_text:
        found = [m.span() for m in compiled.pattern.finditer(norm_text)]
        if found:
            return tuple(_result(phrase, text, span, False) for span in found)
    stems = stem_spans(norm, norm_text, text)
    if stems:
        return tuple(_result(phrase, text, span, False, "stem") for span in stems)
    if compiled.fuzzy:
        span = fuzzy_span(compiled, norm_text)
        if span is not None:
            return (_result(phrase, text, span, True),)
    return tuple(
        _result(phrase, text, span, False, "arabizi")
        for span in _arabizi_spans(norm, norm_text, text)
    )


def find_each(phrases: Iterable[str], text: str) -> tuple[PhraseMatch | None, ...]:
    """``find_phrase`` of each phrase in ``text``, in the order given."""
    return _find_each(tuple(phrases), text)


@lru_cache(maxsize=4096)
def _find_each(phrases: tuple[str, ...], text: str) -> tuple[PhraseMatch | None, ...]:
    norm_text = normalize(text)
    return tuple(_match(p, c, text, norm_text, True) for p, c in _prepared(phrases))


@lru_cache(maxsize=1024)
def _prepared(phrases: tuple[str, ...]) -> tuple[tuple[str, CompiledPhrase], ...]:
    """Each phrase with its compiled form: a check's phrases are the same every grade."""
    return tuple((p, _compile(normalize(p))) for p in phrases)


def find_any(phrases: Iterable[str], text: str) -> PhraseMatch | None:
    """The match of the first phrase (in the order given) found exactly, else of the first
    found with typo tolerance; None when none matches."""
    return _find_any(tuple(phrases), text)


@lru_cache(maxsize=4096)
def _find_any(phrases: tuple[str, ...], text: str) -> PhraseMatch | None:
    norm_text = normalize(text)
    compiled = _prepared(phrases)
    for phrase, c in compiled:
        span = _exact(c, norm_text)
        if span is not None:
            return _result(phrase, text, span, False)
    for phrase, c in compiled:
        if c.stem is not None:
            stems = stem_spans_of(c.stem, norm_text, text)
            if stems:
                return _result(phrase, text, stems[0], False, "stem")
    for phrase, c in compiled:
        if c.fuzzy:
            span = fuzzy_span(c, norm_text)
            if span is not None:
                return _result(phrase, text, span, True)
    if any(c.arabizi for _, c in compiled) and reads_as_arabizi(text):
        for phrase, c in compiled:
            if c.arabizi:
                spans = find_skeleton(c.norm, norm_text)
                if spans:
                    return _result(phrase, text, spans[0], False, "arabizi")
    return None
