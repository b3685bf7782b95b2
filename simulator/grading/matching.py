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

from rapidfuzz.distance import OSA

from simulator.grading.arabizi import find_skeleton, phrase_skeleton
from simulator.grading.language import reads_as_arabizi
from simulator.grading.normalize import normalize, original_span
from simulator.grading.stems import (
    StemPhrase,
    boundary,
    compile_stem,
    is_arabic_letter,
    stem_spans,
    stem_spans_of,
)

FUZZY_MIN_PHRASE_LETTERS = 6
FUZZY_MIN_WORD_LETTERS = 6
LONG_PHRASE_LETTERS = 12

ONE_LETTER_PREFIXES = "وفبلك"
ARTICLE_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
_WORD = re.compile(r"\w+")


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


@dataclass(frozen=True)
class _Phrase:
    """A normalised phrase, ready to search for."""

    pattern: re.Pattern[str] | None
    needle: str  # a text every exact match contains, to skip the pattern cheaply
    words: tuple[str, ...]
    arabic: bool
    fuzzy: bool
    budget: int = 1  # how many words may differ
    cutoff: int = 0  # edits allowed in the last word
    probes: tuple[str, ...] = ()  # a fuzzy match needs one of these in the text; () = any
    sieve: re.Pattern[str] | None = None  # and a match of this (None: no test)
    required: tuple[str, ...] = ()  # and all of these (words that may not differ)
    norm: str = ""  # the normalised phrase
    stem: StemPhrase | None = None  # the phrase under the stem rules (None: they add nothing)
    arabizi: bool = False  # an Arabizi reply may match it (phrase_skeleton)


@lru_cache(maxsize=16384)
def _compile(norm: str) -> _Phrase:
    if not norm:
        return _Phrase(None, "", (), False, False)
    words = tuple(_WORD.findall(norm))
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
    fuzzy = letters >= FUZZY_MIN_PHRASE_LETTERS and any(_may_differ(w) for w in words)
    before = boundary(norm[0], behind=True)
    after = boundary(norm[-1], behind=False)
    pattern = re.compile(f"{before}{core}{after}")
    budget = 2 if sum(len(w) for w in words) >= LONG_PHRASE_LETTERS else 1
    cutoff = 1 if words and _may_differ(words[-1]) else 0
    probes = _probes(words[-1], cutoff, prefixed=arabic and len(words) == 1) if words else ()
    sieve = _sieve(words[-1], probes) if words and cutoff else None
    required = tuple(_required(w) for w in words if not _may_differ(_compared(w)))
    return _Phrase(
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


def _compared(word: str) -> str:
    """What ``_close`` compares of ``word`` when it is not equal: the article stripped."""
    return word[2:] if word != _stem(word) else word


def _required(word: str) -> str:
    """A text the reply holds when it holds ``word`` exactly, even with an attached
    prefix (the ``لل`` form drops the article's alef, so the article is left out)."""
    return word[2:] if word.startswith("ال") else word


def _probes(word: str, cutoff: int, *, prefixed: bool) -> tuple[str, ...]:
    """Texts one of which the normalised reply must hold for ``word`` (the anchor) to
    match with typo tolerance: a cheap test that skips most replies.

    Exact (``cutoff`` 0): the word itself. One edit: the word's stem (what ``_close``
    compares) split as ``A + one letter + B``; one edit changes at most two neighbouring
    letters, so it leaves A or B intact in the token, hence in the reply. Not used when a
    prefix form ``ال`` + rest may be compared with a stem starting with ``ا`` (the ``ال``
    is then not in the reply)."""
    if cutoff == 0:
        return (word,)
    stem = _stem(word)
    if prefixed and stem == word and stem.startswith("ا"):
        return ()
    cut = len(stem) // 2
    return (stem[:cut], stem[cut + 1 :])


def _sieve(word: str, probes: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern the reply must match for ``word`` to match with one edit, given the
    ``probes`` A and B of ``_probes`` (None: no such test).

    The form compared is the end of a token (the token without its prefix or article),
    at most one letter longer or shorter than the stem, starting with the stem's first
    letter, and it starts with A (the edit came after A) or ends with B."""
    if len(probes) != 2:
        return None
    stem = _stem(word)
    first, (head, tail) = stem[0], probes
    size = len(stem)
    after_head = f"\\w{{{size - 1 - len(head)},{size + 1 - len(head)}}}"
    before_tail = f"\\w{{{size - 2 - len(tail)},{size - len(tail)}}}"
    body = f"{re.escape(head)}{after_head}|{re.escape(first)}{before_tail}{re.escape(tail)}"
    return re.compile(f"(?:{body})(?!\\w)")


def _stem(word: str) -> str:
    """``word`` without the Arabic article: the part typo tolerance looks at."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@lru_cache(maxsize=4096)
def _may_differ(word: str) -> bool:
    stem = _stem(word)
    return len(stem) >= FUZZY_MIN_WORD_LETTERS and not any(ch.isdigit() for ch in stem)


@lru_cache(maxsize=4096)
def _prefix_variants(token: str) -> tuple[str, ...]:
    """``token`` and the forms it takes without an attached Arabic prefix."""
    if not token or not is_arabic_letter(token[0]):
        return (token,)
    out = [token]
    for pre in ARTICLE_PREFIXES:
        if token.startswith(pre) and len(token) - len(pre) >= 2:
            out.append(token[len(pre) :])
            out.append("ال" + token[len(pre) :])
    if token[0] in ONE_LETTER_PREFIXES and len(token) >= 3:
        out.append(token[1:])
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1024)
def _words(norm: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(norm))


@lru_cache(maxsize=256)
def _spans(norm: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _WORD.finditer(norm))


def _candidates(phrase: _Phrase, norm: str) -> list[int]:
    """Positions of the words that may match the phrase's last word (with typo
    tolerance; for a one-word Arabic phrase, also with an attached prefix)."""
    word = phrase.words[-1]
    tokens = _words(norm)
    if phrase.cutoff == 0:
        return [i for i, t in enumerate(tokens) if t == word] if word in tokens else []
    prefixed = len(phrase.words) == 1 and phrase.arabic
    # One edit changes the length by at most one; a prefix adds one to three letters.
    shortest, longest = len(word) - 1, len(word) + (4 if prefixed else 1)
    return [
        pos
        for pos, token in enumerate(tokens)
        if shortest <= len(token) <= longest and _close_any(word, token, prefixed) <= 1
    ]


_PREFIX_STARTS = frozenset(ONE_LETTER_PREFIXES + "ا")


@lru_cache(maxsize=65536)
def _close_any(word: str, token: str, prefixed: bool) -> int:
    """``_close`` of the token, or (``prefixed``) of its best form without a prefix."""
    if not prefixed:
        return _close(word, token)
    return min(_close(word, form) for form in _prefix_variants(token))


@lru_cache(maxsize=65536)
def _close(word: str, token: str) -> int:
    """Edits used to match ``token`` to phrase ``word``: 0, 1, or 2 (= no match)."""
    if token == word:
        return 0
    if word != _stem(word):
        if not token.startswith("ال"):
            return 2
        word, token = word[2:], token[2:]
    if (
        _may_differ(word)
        and token[:1] == word[:1]
        and abs(len(token) - len(word)) <= 1
        and not any(ch.isdigit() for ch in token)
        and OSA.distance(word, token, score_cutoff=1) <= 1
    ):
        return 1
    return 2


def _fuzzy_span(phrase: _Phrase, norm_text: str) -> tuple[int, int] | None:
    for required in phrase.required:
        if required not in norm_text:
            return None
    probes = phrase.probes
    if probes:
        for probe in probes:
            if probe in norm_text:
                break
        else:
            return None
    if phrase.sieve is not None and phrase.sieve.search(norm_text) is None:
        return None
    tokens = _words(norm_text)
    words = phrase.words
    k = len(words)
    budget = phrase.budget
    anchor = k - 1  # the last word: never carries a prefix unless it is the first
    for pos in _candidates(phrase, norm_text):
        i = pos - anchor
        if i < 0 or i + k > len(tokens):
            continue
        used = 0
        for j, word in enumerate(words):
            token = tokens[i + j]
            cost = _close_any(word, token, j == 0 and phrase.arabic)
            used += cost
            if cost > 1 or used > budget:
                break
        else:
            spans = _spans(norm_text)
            return spans[i][0], spans[i + k - 1][1]
    return None


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


def _exact(compiled: _Phrase, norm_text: str) -> tuple[int, int] | None:
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
    phrase: str, compiled: _Phrase, text: str, norm_text: str, fuzzy: bool
) -> PhraseMatch | None:
    span = _exact(compiled, norm_text)
    if span is not None:
        return _result(phrase, text, span, False)
    if compiled.stem is not None:
        stems = stem_spans_of(compiled.stem, norm_text, text)
        if stems:
            return _result(phrase, text, stems[0], False, "stem")
    if fuzzy and compiled.fuzzy:
        span = _fuzzy_span(compiled, norm_text)
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
        span = _fuzzy_span(compiled, norm_text)
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
def _prepared(phrases: tuple[str, ...]) -> tuple[tuple[str, _Phrase], ...]:
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
            span = _fuzzy_span(c, norm_text)
            if span is not None:
                return _result(phrase, text, span, True)
    if any(c.arabizi for _, c in compiled) and reads_as_arabizi(text):
        for phrase, c in compiled:
            if c.arabizi:
                spans = find_skeleton(c.norm, norm_text)
                if spans:
                    return _result(phrase, text, spans[0], False, "arabizi")
    return None
