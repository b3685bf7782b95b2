"""The keyword-stuffing guard: is a reply mostly a list of rubric phrases?

A reply is **stuffed** when one of these holds (docs/grading.md):

1. *A list*: split at commas, semicolons, line breaks, bullets and `` - ``, it has at least
   4 pieces, and at least 4 pieces, and three quarters of them, are bare: at most 4
   words, at least half of them rubric words (here the user's name counts as one).
   Or it has the shape of a keyword list: at least 5 pieces, four in five of them of at
   most 3 words, and half of them holding a rubric word (or the user's name).
2. *Repetition* (scenarios with a passing example): a rubric phrase occurs 3 times or
   more and at least 65 % of the reply's words are rubric words.
3. *Share* (scenarios with a passing example): the reply has 10 words or more and its
   share of rubric words is at least 0.75 and at least 0.25 above the highest share of
   any reply in the scenario's passing examples.

Rubric words are the words of the ``mentions`` phrases in scope (placeholders filled,
terms expanded), without common function words (which count in no share) and without
the phrases that are a placeholder alone (a name is not a keyword); a reply word counts
when it, or its form without an attached Arabic prefix, is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from simulator.grading.normalize import normalize
from simulator.grading.typos import prefix_variants

LIST_MIN_PIECES = 4
SHAPE_MIN_PIECES = 5
SHAPE_MAX_WORDS = 3
BARE_MAX_WORDS = 4
SHARE_MIN_WORDS = 10
SHARE_FLOOR = 0.75
SHARE_MARGIN = 0.25
REPEATS = 3
REPEAT_SHARE = 0.65

_WORD = re.compile(r"[^\W_]+")
_PIECES = re.compile(r"[,،;؛\n•|·]+|\s[-–—]\s")
STOPWORDS = frozenset(
    str.split(
        """
    a an the to you your i we is are am of for in on at it its and or me us my our this
    that with be can will have has do as by from any if so في من على الى عن يا هل او و
    ما لا ان انت انتي انا احنا نحن هذا هذه اللي الي هو هي مع لك لنا به فيه
        """
    )
)


@dataclass(frozen=True)
class Vocabulary:
    """The rubric's words and phrases (normalised), and the highest share of rubric words
    in a passing example's reply (None: the scenario has no passing example)."""

    words: frozenset[str]
    phrases: tuple[str, ...]
    ceiling: float | None
    names: frozenset[str] = frozenset()  # words of placeholder-only phrases (the name)


def _keywords(norms: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        w
        for n in norms
        for w in _WORD.findall(n)
        if w not in STOPWORDS and (len(w) > 1 or w.isdigit())
    )


@lru_cache(maxsize=256)
def vocabulary(
    phrases: tuple[str, ...], examples: tuple[str, ...] | None, names: tuple[str, ...] = ()
) -> Vocabulary:
    """The guard's vocabulary: ``phrases`` (filled), the passing examples' reply texts
    (None: no passing example) and the placeholder-only phrases (``names``), which count
    in a list's pieces but not in the share of rubric words."""
    norms = tuple(dict.fromkeys(n for n in (normalize(p) for p in phrases) if n))
    words = _keywords(norms)
    name_words = _keywords(tuple(normalize(n) for n in names)) - words
    vocab = Vocabulary(words, norms, None, name_words)
    if examples is None:
        return vocab
    ceiling = max((_share(t, vocab)[0] for t in examples), default=0.0)
    return Vocabulary(words, norms, ceiling, name_words)


def _is_rubric(word: str, words: frozenset[str]) -> bool:
    if word in words:
        return True
    return any(v in words for v in prefix_variants(word)[1:])


def _share(text: str, vocab: Vocabulary, names: bool = False) -> tuple[float, int]:
    tokens = [t for t in _WORD.findall(normalize(text)) if t not in STOPWORDS]
    if not tokens:
        return 0.0, 0
    words = vocab.words | vocab.names if names else vocab.words
    return sum(_is_rubric(t, words) for t in tokens) / len(tokens), len(tokens)


@lru_cache(maxsize=4096)
def stuffing(text: str, vocab: Vocabulary) -> dict[str, Any] | None:
    """Why ``text`` is stuffed (``{"rule", ...}``), or None when it is not."""
    pieces = [p.strip() for p in _PIECES.split(text) if p.strip()]
    if len(pieces) >= LIST_MIN_PIECES:
        # (share of rubric words or the name, words of any kind) for each piece
        sized = [
            (_share(piece, vocab, names=True)[0], len(_WORD.findall(normalize(piece))))
            for piece in pieces
        ]
        bare = sum(0 < words <= BARE_MAX_WORDS and share >= 0.5 for share, words in sized)
        if bare >= LIST_MIN_PIECES and bare >= 0.75 * len(pieces):
            return {"rule": "list", "pieces": len(pieces), "bare": bare}
        if len(pieces) >= SHAPE_MIN_PIECES:
            short = sum(0 < words <= SHAPE_MAX_WORDS for _, words in sized)
            holding = sum(share > 0 for share, _ in sized)
            if short >= 0.8 * len(pieces) and holding >= 0.5 * len(pieces):
                return {"rule": "list", "pieces": len(pieces), "bare": short}
    if vocab.ceiling is None:
        return None
    share, words = _share(text, vocab)
    norm = normalize(text)
    if share >= REPEAT_SHARE:
        for phrase in vocab.phrases:
            if len(phrase) > 1 and _count(phrase, norm) >= REPEATS:
                return {"rule": "repeated", "phrase": phrase, "share": round(share, 2)}
    limit = max(SHARE_FLOOR, vocab.ceiling + SHARE_MARGIN)
    if words >= SHARE_MIN_WORDS and share >= limit:
        return {
            "rule": "share",
            "share": round(share, 2),
            "examples_share": round(vocab.ceiling, 2),
        }
    return None


def _count(phrase: str, norm: str) -> int:
    if phrase not in norm:
        return 0
    return len(re.findall(rf"(?<!\w){re.escape(phrase)}(?!\w)", norm))
