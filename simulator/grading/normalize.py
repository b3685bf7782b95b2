"""Text normalisation for matching, as the scenario format defines it.

Unicode NFKC; case folded; Arabic diacritics and tatweel removed; أ إ آ ٱ → ا; ى → ي;
ة → ه; Arabic-Indic and Persian digits → 0-9; Arabic punctuation → its Latin twin;
invisible direction and joiner marks removed; runs of white space folded to one space
and stripped at both ends.

``normalize_with_offsets`` also says, for every character of the result, where it came
from in the original text, so that a match can be highlighted in what the trainee typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Harakat, Quranic annotation marks, superscript alef, hamza/madda marks: all combining.
# Character classes (for [...]) of the Arabic script's letters and of Latin letters.
ARABIC_LETTERS = r"\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08c9"
LATIN_LETTERS = r"a-z\u00df-\u00f6\u00f8-\u024f"
_ARABIC_MARKS = (
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06DD)]
    + [chr(c) for c in range(0x06DF, 0x06E5)]
    + [chr(c) for c in range(0x06E7, 0x06E9)]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
    + [chr(c) for c in range(0x08D3, 0x0900) if c != 0x08E2]
)
# Invisible marks that Arabic keyboards and copy-paste scatter through text.
_INVISIBLE = ["\u0640", "\u061c", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff"]
_INVISIBLE += [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]

_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
_PUNCTUATION = {
    "،": ",",  # Arabic comma
    "؛": ";",
    "؟": "?",
    "٪": "%",
    "٫": ".",  # Arabic decimal separator
    "٬": ",",  # Arabic thousands separator
    "۔": ".",
    "٭": "*",
    "؍": "/",
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)}
_DIGITS |= {chr(0x06F0 + i): str(i) for i in range(10)}

_TABLE: dict[int, str | None] = {ord(c): None for c in _ARABIC_MARKS + _INVISIBLE}
_TABLE.update({ord(k): v for k, v in (_LETTERS | _PUNCTUATION | _DIGITS).items()})


_MARK_AFTER_SPACE = re.compile(
    r" [\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)


@lru_cache(maxsize=4096)
def _piece(cluster: str) -> str:
    """One base character with its combining marks, normalised (spaces become " ")."""
    text = unicodedata.normalize("NFKC", cluster)
    text = unicodedata.normalize("NFKC", text.casefold())
    # Removing a mark can let two others compose, hence NFKC once more at the end.
    text = unicodedata.normalize("NFKC", text.translate(_TABLE))
    if " " in text or not text.isprintable():
        # A spacing accent (¨ ¯ ´) decomposes to a space and a mark: keep only the space.
        text = "".join(" " if ch.isspace() else ch for ch in text)
        text = _MARK_AFTER_SPACE.sub(" ", text)
    return text


@lru_cache(maxsize=256)
def _is_mark(char: str) -> bool:
    return unicodedata.category(char)[0] == "M"


def _fast_table() -> tuple[dict[int, str | None], re.Pattern[str]]:
    """Characters that normalise on their own to at most one character, whatever
    surrounds them (ASCII, the Arabic block, common spaces and marks), and a pattern
    finding any other character. Text made only of them takes the fast path."""
    candidates = [chr(c) for c in range(0x20, 0x7F)] + ["\t", "\n", "\r", "\u00a0"]
    candidates += [chr(c) for c in range(0x0600, 0x0700) if not 0x0653 <= c <= 0x0655]
    candidates += [*_INVISIBLE, "\u2013", "\u2014", "\u2018", "\u2019", "\u201c", "\u201d"]
    table: dict[int, str | None] = {}
    for ch in candidates:
        piece = _piece(ch)
        # A kept mark could compose with its base; such text takes the careful path.
        if len(piece) <= 1 and not (piece and _is_mark(ch)):
            table[ord(ch)] = piece or None
    allowed = "".join(re.escape(chr(c)) for c in sorted(table))
    return table, re.compile(f"[^{allowed}]")


_FAST, _NOT_FAST = _fast_table()
# The same table as a list indexed by code point (one character in, its code point or
# None out): str.translate looks a list up faster than a dict. Code points the fast
# table lacks never reach it (``_NOT_FAST``); they map to themselves all the same.
_FAST_LIST: list[int | str | None] = list(range(max(_FAST) + 1))
for _code, _out in _FAST.items():
    _FAST_LIST[_code] = ord(_out) if _out else None
_REMOVED = re.compile(
    "[" + "".join(re.escape(chr(c)) for c, v in _FAST.items() if v is None) + "]+"
)


def _slow(text: str) -> tuple[str, list[int]]:
    """Cluster by cluster (a base character and its marks): the result and, for each of
    its characters, the index of the cluster it came from."""
    out: list[str] = []
    starts: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and _is_mark(text[j]):
            j += 1
        for ch in _piece(text[i:j]):
            if ch == " " and (not out or out[-1] == " "):
                continue
            out.append(ch)
            starts.append(i)
        i = j
    if out and out[-1] == " ":
        out.pop()
        starts.pop()
    return "".join(out), starts


@lru_cache(maxsize=1024)
def _translated(text: str) -> str | None:
    """``text`` through the fast table (spaces not yet folded); None when it holds a
    character the fast path cannot take."""
    return text.translate(_FAST_LIST) if _NOT_FAST.search(text) is None else None


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """``text`` normalised for matching; ``normalize(normalize(t)) == normalize(t)``."""
    squeezed = _translated(text)
    return _slow(text)[0] if squeezed is None else " ".join(squeezed.split())


@dataclass(frozen=True)
class _Layout:
    """How to find where a normalised character came from. Slow path: ``starts`` lists
    it for every character. Fast path (one character in, at most one out): the leading
    spaces dropped, the runs of 2+ spaces squeezed to one and the runs of removed
    characters, each as ``(start, length)``; these are few, so this is cheap to build."""

    starts: tuple[int, ...] | None
    lead: int = 0
    spaces: tuple[tuple[int, int], ...] = ()
    removed: tuple[tuple[int, int], ...] = ()


@lru_cache(maxsize=1024)
def _layout(text: str) -> _Layout:
    squeezed = _translated(text)
    if squeezed is None:
        return _Layout(tuple(_slow(text)[1]))
    lead = len(squeezed) - len(squeezed.lstrip(" "))
    # Most replies have neither: a substring test and a length compare skip the scans.
    spaces: tuple[tuple[int, int], ...] = ()
    if "  " in squeezed:
        spaces = tuple((m.start(), len(m.group())) for m in _SPACES.finditer(squeezed, lead))
    removed: tuple[tuple[int, int], ...] = ()
    if len(squeezed) != len(text):  # the fast table gives one character or none
        removed = tuple((m.start(), len(m.group())) for m in _REMOVED.finditer(text))
    return _Layout(None, lead, spaces, removed)


_SPACES = re.compile(" {2,}")


def _start_of(text: str, index: int) -> int:
    """The index in ``text`` of the character that gave ``normalize(text)[index]``."""
    layout = _layout(text)
    if layout.starts is not None:
        return layout.starts[index]
    at = index + layout.lead
    for start, length in layout.spaces:
        if start >= at:
            break
        at += length - 1
    for start, length in layout.removed:
        if start > at:
            break
        at += length
    return at


def _end_of(text: str, start: int) -> int:
    """The end of the cluster at ``start``: the character and the marks after it."""
    end = start + 1
    while end < len(text) and _is_mark(text[end]):
        end += 1
    return end


def original_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``text`` that produced ``normalize(text)[start:end]``; an empty span
    gives the empty span where it would start."""
    if end <= start:
        where = _start_of(text, start) if start < len(normalize(text)) else len(text)
        return where, where
    return _start_of(text, start), _end_of(text, _start_of(text, end - 1))


def normalize_with_offsets(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """``(normalised, starts, ends)``: character ``i`` of the result comes from
    ``text[starts[i]:ends[i]]`` (a character with its marks)."""
    norm = normalize(text)
    starts = tuple(_start_of(text, i) for i in range(len(norm)))
    return norm, starts, tuple(_end_of(text, s) for s in starts)
