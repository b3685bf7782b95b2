"""Arabizi (Arabic in Latin letters and digits) matched against Arabic-script phrases.

Both sides become a **consonant skeleton**: each letter maps to a sound class, vowels
and the letters that often stand for vowels (ا و ي ء; a e i o u w y) are dropped,
doubled letters count once, and a final ``ه`` / ``h`` (ta marbuta) is dropped.

- Arabic: ب→b  ت ط ث→t  ج→j  ح ه→h  خ→x  د ض→d  ذ ز ظ→z  ر→r  س ص→s  ش→c  ع→3  غ→g
  ف→f  ك→k  ل→l  م→m  ن→n; ق and the hamza are dropped (Arabizi writes ق as 2, 9, q,
  g or k); a word's article ``ال`` is dropped.
- Arabizi: ``sh ch``→c ``kh 5 x``→x ``gh 3'``→g ``th``→t ``dh z``→z ``7 h``→h ``3``→3
  ``6 t``→t ``g j``→j ``p b``→b ``v f``→f ``c k``→k ``q 9 2 8`` dropped; a number
  written in digits only stays a number.
- A reply word also matches in these forms: without an attached article (``el``, ``al``,
  ``il``, ``lel``, ``bel``, ``wel`` ...), with a final ``-an`` read as the tanween of a final
  alef (``shokran`` = ``شكرا``), with a final ``-et``/``-at`` read as a ta marbuta
  (``kelmet`` = ``كلمة``), and, for the phrase's last word, with a pronoun suffix
  (``-ak``, ``-ek``, ``-kom``, ``-ha``, ``-hom``, ``-na``).
- Standalone article words (``el``, ``al``, ``il``, ``l``) between the reply's words are
  skipped. A phrase must keep at least 3 consonants, and a consonant in every word, to be
  matched this way (``إيه الباسورد`` is not: it would come down to ``password``).

Only replies that read as Arabizi (``language.reads_as_arabizi``) are searched; the
evidence span is in the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache

MIN_CONSONANTS = 3

_AR_CLASS = {
    "ب": "b", "ت": "t", "ط": "t", "ث": "t", "ج": "j", "ح": "h", "ه": "h", "خ": "x",
    "د": "d", "ض": "d", "ذ": "z", "ز": "z", "ظ": "z", "ر": "r", "س": "s", "ص": "s",
    "ش": "c", "ع": "3", "غ": "g", "ف": "f", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ق": "", "ا": "", "و": "", "ي": "", "ء": "", "ئ": "", "ؤ": "", "گ": "j", "پ": "b",
    "چ": "c", "ڤ": "f",
}  # fmt: skip
_LATIN_DIGRAPHS = (("sh", "c"), ("ch", "c"), ("kh", "x"), ("gh", "g"), ("th", "t"),
                   ("dh", "z"), ("3'", "g"), ("7'", "x"))  # fmt: skip
_LATIN_CLASS = {
    "b": "b", "p": "b", "t": "t", "6": "t", "j": "j", "g": "j", "h": "h", "7": "h",
    "x": "x", "5": "x", "d": "d", "z": "z", "r": "r", "s": "s", "3": "3", "f": "f",
    "v": "f", "c": "k", "k": "k", "l": "l", "m": "m", "n": "n", "c_": "c",
    "q": "", "9": "", "2": "", "8": "", "a": "", "e": "", "i": "", "o": "", "u": "",
    "w": "", "y": "", "'": "",
}  # fmt: skip
_ARTICLES = frozenset(
    ["el", "al", "il", "l", "bel", "bil", "lel", "lil", "wel", "wil", "fel", "fil"]
)
_ATTACHED_ARTICLES = ("wel", "wil", "bel", "bil", "lel", "lil", "fel", "fil", "el", "al", "il")
_SUFFIXES = ("kom", "kum", "hom", "hum", "ha", "na", "ak", "ek", "ik", "k")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]*)?")
_LATIN = re.compile(r"[a-z0-9']+")


def _squeeze(classes: str) -> str:
    out: list[str] = []
    for ch in classes:
        if not out or out[-1] != ch:
            out.append(ch)
    text = "".join(out)
    return text[:-1] if len(text) > 1 and text.endswith("h") else text


@lru_cache(maxsize=4096)
def arabic_skeleton(word: str) -> str:
    """The skeleton of a normalised Arabic word (its article dropped)."""
    for art in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if word.startswith(art) and len(word) - len(art) >= 2:
            word = word[len(art) :]
            break
    if word and word[-1] == "ه":  # ta marbuta (normalised)
        word = word[:-1]
    return _squeeze("".join(_AR_CLASS.get(ch, ch) for ch in word))


def _latin_classes(word: str) -> str:
    out = []
    i = 0
    while i < len(word):
        pair = word[i : i + 2]
        for digraph, cls in _LATIN_DIGRAPHS:
            if pair == digraph:
                out.append(cls)
                i += 2
                break
        else:
            out.append(_LATIN_CLASS.get(word[i], word[i]))
            i += 1
    return "".join(out)


@lru_cache(maxsize=16384)
def latin_forms(word: str, last: bool = False) -> frozenset[str]:
    """The skeletons a normalised Arabizi word may stand for (``last``: it may carry a
    pronoun suffix)."""
    if word.isdigit():
        return frozenset({word})
    bases = [word]
    for art in _ATTACHED_ARTICLES:
        if word.startswith(art) and len(word) - len(art) >= 3:
            bases.append(word[len(art) :])
    forms: set[str] = set()
    for base in bases:
        variants = [base]
        if base.endswith("an") and len(base) > 4:
            variants.append(base[:-1])  # shokran = شكرا (tanween)
        if base.endswith(("et", "at", "it")) and len(base) > 4:
            variants.append(base[:-1])  # kelmet = كلمة
        if last:
            for suffix in _SUFFIXES:
                if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                    variants.append(base[: -len(suffix)])
        forms.update(_squeeze(_latin_classes(v)) for v in variants)
    forms.discard("")
    return frozenset(forms)


@lru_cache(maxsize=4096)
def phrase_skeleton(norm_phrase: str) -> tuple[str, ...] | None:
    """The phrase's words as skeletons (Arabic words) or as written (digits, Latin);
    None when it has no Arabic word or too few consonants to match safely."""
    words = _WORD.findall(norm_phrase)
    if not any("\u0600" <= w[0] <= "\u06ff" for w in words):
        return None
    out = []
    for w in words:
        if "\u0600" <= w[0] <= "\u06ff":
            sk = arabic_skeleton(w)
            if not sk:  # a word of vowels only (إيه, يا): the rest would say too little
                return None
            out.append(sk)
        else:
            out.append(w)
    if sum(len(w) for w in out) < MIN_CONSONANTS:
        return None
    return tuple(out)


@lru_cache(maxsize=1024)
def _reply_words(norm: str) -> tuple[tuple[int, int, str], ...]:
    """The reply's Latin and digit words with their normalised spans, articles left out."""
    out = []
    for m in _LATIN.finditer(norm):
        word = m.group().strip("'")
        if word and word not in _ARTICLES:
            out.append((m.start(), m.end(), word))
    return tuple(out)


def find_skeleton(norm_phrase: str, norm: str) -> list[tuple[int, int]]:
    """Spans (normalised offsets) of ``norm`` whose Arabizi words spell the phrase."""
    target = phrase_skeleton(norm_phrase)
    if target is None:
        return []
    words = _reply_words(norm)
    k = len(target)
    spans = []
    for i in range(len(words) - k + 1):
        for j, want in enumerate(target):
            if want not in latin_forms(words[i + j][2], j == k - 1):
                break
        else:
            spans.append((words[i][0], words[i + k - 1][1]))
    return spans
