"""Typo tolerance for phrase matching: which words may differ by one edit, the probes and
sieve that find candidate places cheaply, and the fuzzy span of a phrase in a reply."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from simulator.grading.stems import StemPhrase, is_arabic_letter

FUZZY_MIN_WORD_LETTERS = 6
ONE_LETTER_PREFIXES = "وفبلك"
ARTICLE_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class CompiledPhrase:
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


def compared_form(word: str) -> str:
    """What ``_close`` compares of ``word`` when it is not equal: the article stripped."""
    return word[2:] if word != _stem(word) else word


def required_letters(word: str) -> str:
    """A text the reply holds when it holds ``word`` exactly, even with an attached
    prefix (the ``لل`` form drops the article's alef, so the article is left out)."""
    return word[2:] if word.startswith("ال") else word


def probes_of(word: str, cutoff: int, *, prefixed: bool) -> tuple[str, ...]:
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


def sieve_of(word: str, probes: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern the reply must match for ``word`` to match with one edit, given the
    ``probes`` A and B of ``probes_of`` (None: no such test).

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
def may_differ(word: str) -> bool:
    stem = _stem(word)
    return len(stem) >= FUZZY_MIN_WORD_LETTERS and not any(ch.isdigit() for ch in stem)


@lru_cache(maxsize=4096)
def prefix_variants(token: str) -> tuple[str, ...]:
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
    return tuple(WORD.findall(norm))


@lru_cache(maxsize=256)
def _spans(norm: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in WORD.finditer(norm))


def _candidates(phrase: CompiledPhrase, norm: str) -> list[int]:
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
    return min(_close(word, form) for form in prefix_variants(token))


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
        may_differ(word)
        and token[:1] == word[:1]
        and abs(len(token) - len(word)) <= 1
        and not any(ch.isdigit() for ch in token)
        and OSA.distance(word, token, score_cutoff=1) <= 1
    ):
        return 1
    return 2


def fuzzy_span(phrase: CompiledPhrase, norm_text: str) -> tuple[int, int] | None:
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
