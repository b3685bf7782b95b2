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
from functools import lru_cache

# Harakat, Quranic annotation marks, superscript alef, hamza/madda marks: all combining.
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


@lru_cache(maxsize=2048)
def normalize_with_offsets(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """``(normalised, starts, ends)``: character ``i`` of the result comes from
    ``text[starts[i]:ends[i]]``."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
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
            ends.append(j)
        i = j
    if out and out[-1] == " ":
        out.pop()
        starts.pop()
        ends.pop()
    return "".join(out), tuple(starts), tuple(ends)


def normalize(text: str) -> str:
    """``text`` normalised for matching; ``normalize(normalize(t)) == normalize(t)``."""
    return normalize_with_offsets(text)[0]


def original_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``text`` that produced ``normalize(text)[start:end]`` (``end > start``)."""
    _, starts, ends = normalize_with_offsets(text)
    return starts[start], ends[end - 1]
