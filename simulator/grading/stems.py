"""Arabic stems for phrase matching: a phrase word's forms with attached prefixes and
pronoun suffixes (the stem rule), and where such a form stands in a reply."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from simulator.grading.normalize import ARABIC_LETTERS, LATIN_LETTERS, original_span


def is_arabic_letter(char: str) -> bool:
    """True for a letter of the Arabic script (any of its Unicode blocks)."""
    return (
        "\u0620" <= char <= "\u064a"
        or "\u066e" <= char <= "\u06d3"
        or "\u06fa" <= char <= "\u06ff"
        or "\u0750" <= char <= "\u077f"
        or "\u08a0" <= char <= "\u08c9"
    )


def boundary(edge: str, *, behind: bool) -> str:
    """No word character next to the phrase; but next to a letter the script changes
    without a space (الـOTP, Hiأحمد) and that counts as a boundary too."""
    if is_arabic_letter(edge):
        neighbour = rf"(?![{LATIN_LETTERS}])\w"
    elif edge.isalpha():
        neighbour = rf"(?![{ARABIC_LETTERS}])\w"
    else:
        neighbour = r"\w"
    return f"(?<!{neighbour})" if behind else f"(?!{neighbour})"


HARAKAT = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0640"

# Arabic pronoun suffixes (normalised: ة is ه), longest first.
PRONOUN_SUFFIXES = ("كما", "هما", "كم", "كن", "هم", "هن", "ها", "نا", "كي", "ي", "ك", "ه")
_SUFFIX = "(?:" + "|".join(PRONOUN_SUFFIXES) + ")"
_SUFFIX_NOT_Y = "(?:" + "|".join(x for x in PRONOUN_SUFFIXES if x != "ي") + ")"
# Stacked prefixes before the first word: a conjunction, a preposition, the article.
_PREFIX_ARTICLE = "(?:[وف]?[بكل]?ال|[وف]?لل)"
_PREFIX_BARE = "(?:[وف][بكل]?|[بكل])"
STEM_MIN_LETTERS = 3


def _stem_forms(word: str, first: bool, last: bool) -> str:
    """A regex for the forms one phrase word takes under the stem rules."""
    if not is_arabic_letter(word[0]):
        return re.escape(word)
    art = word.startswith("ال") and len(word) - 2 >= STEM_MIN_LETTERS
    stem = word[2:] if art else word
    if len(stem) < STEM_MIN_LETTERS:
        if first and (len(word) >= 3 or not last):
            return f"(?:{_PREFIX_ARTICLE}|{_PREFIX_BARE})?{re.escape(word)}"
        return re.escape(word)
    short = len(stem) == STEM_MIN_LETTERS  # no ي suffix (nisba), no feminine or plural
    suffix = _SUFFIX_NOT_Y if short else _SUFFIX
    e = re.escape
    plain = [e(stem)]
    suffixed: list[str] = []
    if stem.endswith("ه"):  # ta marbuta: مساعدة -> مساعدتك, مساعدات
        base = stem[:-1]
        suffixed.append(f"{e(base)}ت{suffix}")
        if last and not short:
            plain.append(f"{e(base)}ات")
            suffixed.append(f"{e(base)}ات{suffix}")
    else:
        suffixed.append(f"{e(stem)}{suffix}")
        if last and not short:
            plain.append(f"{e(stem)}ات")
            suffixed.append(f"{e(stem)}ات{suffix}")
            if _adjective_like(stem):  # موظف/موظفة/موظفين, الإلكتروني/الإلكترونية
                plain += [f"{e(stem)}ه", f"{e(stem)}ين", f"{e(stem)}ون"]
                suffixed.append(f"{e(stem)}ت{suffix}")
    if not art and not last:
        suffixed = []  # a suffix goes on the last word, or replaces an article
    plain_re = "(?:" + "|".join(plain) + ")"
    suffixed_re = "(?:" + "|".join(suffixed) + ")" if suffixed else ""
    bare = f"{_PREFIX_BARE}?" if first else ""
    if art:
        alts = [f"{_PREFIX_ARTICLE if first else 'ال'}{plain_re}"]
    else:
        alts = [(f"(?:{_PREFIX_ARTICLE}|{_PREFIX_BARE})?" if first else "") + plain_re]
    if suffixed_re:
        alts.append(bare + suffixed_re)
    return "(?:" + "|".join(alts) + ")"


def _adjective_like(stem: str) -> bool:
    """A participle (``م``-word: مسجل, موظف, مستخدم) or a nisba adjective (``-ي``):
    the shapes whose feminine (+ة) and sound plural (+ين, +ون) are the same word. A noun
    like رابط (link) is left alone: رابطة is another word (a league)."""
    return stem.startswith("م") or stem.endswith("ي")


@dataclass(frozen=True)
class StemPhrase:
    pattern: re.Pattern[str]
    cores: tuple[str, ...]  # texts every match holds
    no_final_ta: bool = False  # a match may not end in a written ة (see _ends_in_ta_marbuta)


@lru_cache(maxsize=16384)
def compile_stem(norm: str) -> StemPhrase | None:
    """The phrase under the stem rules; None when they add nothing (no Arabic word of
    three letters or more)."""
    parts = re.split(r"(\w+)", norm)
    words = parts[1::2]
    if not words or not any(
        is_arabic_letter(w[0]) and len(_bare_stem(w)) >= STEM_MIN_LETTERS for w in words
    ):
        return None
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            out.append(re.escape(part))
        else:
            n = i // 2
            out.append(_stem_forms(part, n == 0, n == len(words) - 1))
    before = boundary(norm[0], behind=True)
    after = boundary(norm[-1], behind=False)
    cores = tuple(sorted({_core(w) for w in words}, key=len, reverse=True))
    last = _bare_stem(words[-1])
    no_final_ta = is_arabic_letter(last[0]) and not last.endswith("ه") and not _adjective_like(last)
    return StemPhrase(re.compile(f"{before}{''.join(out)}{after}"), cores, no_final_ta)


def _bare_stem(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) - 2 >= STEM_MIN_LETTERS else word


def _core(word: str) -> str:
    """A text every stem form of ``word`` holds."""
    if not is_arabic_letter(word[0]):
        return word
    stem = _bare_stem(word)
    return stem[:-1] if stem.endswith("ه") and len(stem) > STEM_MIN_LETTERS else stem


def stem_spans(norm: str, norm_text: str, text: str) -> list[tuple[int, int]]:
    stem = compile_stem(norm)
    return [] if stem is None else stem_spans_of(stem, norm_text, text)


def stem_spans_of(stem: StemPhrase, norm_text: str, text: str) -> list[tuple[int, int]]:
    for core in stem.cores:
        if core not in norm_text:
            return []
    spans = [m.span() for m in stem.pattern.finditer(norm_text)]
    if spans and stem.no_final_ta:
        spans = [sp for sp in spans if not _ends_in_ta_marbuta(text, sp)]
    return spans


def _ends_in_ta_marbuta(text: str, span: tuple[int, int]) -> bool:
    """Whether the reply wrote ``ة`` where the normalised match ends in ``ه``: then it is
    a feminine noun (رابطة, a league), not the pronoun ``ه`` (رابطه, his link)."""
    start, end = original_span(text, *span)
    return text[start:end].rstrip(HARAKAT).endswith("ة")
