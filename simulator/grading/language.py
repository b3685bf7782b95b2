"""Which language a reply is written in, by script, with Arabizi told apart from English.

The rule (docs/grading.md): e-mail addresses, links and @handles are set aside, then the
letters are counted. With no letter left the language is ``unknown``. When at least 70 %
of the letters are Arabic script the reply is ``ar``; when at least 70 % are Latin it is
``arabizi`` if it reads as Arabizi (below), else ``en``; anything between is ``mixed``.

A Latin word reads as Arabizi when it is a common Arabizi word (``yalla``, ``ana``,
``inshallah``, ...) or uses a digit as a letter: one of 2 3 5 6 7 8 9 between two
letters, or leading three or more letters (``7abibi``, ``ma3a``, ``3ala``). A text is
Arabizi when such words are at least a quarter of its Latin words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from simulator.grading.normalize import ARABIC_LETTERS, LATIN_LETTERS, normalize

LanguageName = Literal["ar", "en", "arabizi", "mixed", "unknown"]

SCRIPT_SHARE = 0.7
ARABIZI_SHARE = 0.25

# (a text that must be present, what to set aside): e-mail addresses, handles, links, tags.
_SET_ASIDE = (
    ("@", re.compile(r"\S*@\S*")),
    ("://", re.compile(r"\S*://\S*")),
    ("www.", re.compile(r"\S*www\.\S*")),
    ("#", re.compile(r"#\w+")),
    (".", re.compile(r"\S+\.(?:com|net|org|io|app)\b\S*")),
)


def _script_table() -> dict[int, str | None]:
    """Arabic-script letters → "a", Latin letters → "l", every other character up to
    U+20FF → dropped (one ``translate`` then counts both scripts)."""
    arabic, latin = re.compile(f"[{ARABIC_LETTERS}]"), re.compile(f"[{LATIN_LETTERS}]")
    table: dict[int, str | None] = {}
    for code in range(0x2100):
        ch = chr(code)
        table[code] = "a" if arabic.match(ch) else "l" if latin.match(ch) else None
    return table


_SCRIPT = _script_table()
# As a list (faster for str.translate); a code point past its end is kept, as with the dict.
_SCRIPT_LIST = [_SCRIPT[code] for code in range(len(_SCRIPT))]
_LATIN_WORD = re.compile(r"[a-z0-9']+")
_DIGIT_AS_LETTER = re.compile(r"[a-z][235-9]+[a-z]|^[235-9][a-z]{3,}")
_ARABIZI_WORDS = frozenset(
    str.split(
        """
    ana enta enti inta inti ento intu ehna e7na howa huwa hiya heya
    mesh mish msh mosh keda kda kaza ezay izzay ezayak ezayek 3ashan 3shan ashan 3ala 3la
    inshallah inshalla insha2allah mashallah wallah wallahi walla yalla yallah habibi
    7abibi habibti 7abibti shukran shokran shokran choukran marhaba mar7aba ahlan
    salam salamu alaikum aleikum 3alaikum 3aleikum sabah masa2 alhamdulillah hamdulillah
    el7amdulillah ya3ni yaani yani kteer ktir kter shway shwaya shwayya akeed tab3an
    ma3lesh maalesh m3lsh khalas 5alas khallas la2 lazem lazim 3ndi 3andi andi ma3 ma3a
    momken mumkin mumken 3ayez 3ayz 3awez 3ayza badi baddi biddi shu shou lesh leish leh
    feen fein wein wain emta imta kaman kamaan barsha bzaf wesh labas besh nta nti hadi
    hada hatha haza mashi tayeb tayyib aywa aiwa mafi mafeesh mafish fe fi elli illi
        """
    )
)


# Short Arabizi function words that reads_as_arabizi (not detect_language) counts.
_ARABIZI_GLUE = frozenset(
    str.split(
        """
    el il w wa ya min mn lak lik lek lel lil bel bil fel 3an 3ala ila ela ely elly
    bas bs shi shay hala ahlein ahlen tabi fik fiki fih feeh ma3ak ma3ek 3ndak
        """
    )
)


# Arabic-script and Latin letters per run of non-spaces. Replies reuse the same words,
# and a dict lookup per word beats translating every character of every reply.
_RUN_COUNTS: dict[str, tuple[int, int]] = {}


def _script_counts(text: str) -> tuple[int, int]:
    """How many Arabic-script and how many Latin letters ``text`` holds."""
    if len(_RUN_COUNTS) > 50_000:
        _RUN_COUNTS.clear()
    arabic = latin = 0
    for run in text.split():  # white space is neither script
        counts = _RUN_COUNTS.get(run)
        if counts is None:
            scripts = run.translate(_SCRIPT_LIST)
            counts = _RUN_COUNTS[run] = (scripts.count("a"), scripts.count("l"))
        arabic += counts[0]
        latin += counts[1]
    return arabic, latin


@lru_cache(maxsize=8192)  # replies reuse their words
def _is_arabizi_word(word: str) -> bool:
    return word in _ARABIZI_WORDS or _DIGIT_AS_LETTER.search(word) is not None


@lru_cache(maxsize=4096)
def detect_language(text: str) -> LanguageName:
    """The language ``text`` is written in: ar, en, arabizi, mixed or unknown."""
    norm = normalize(text)
    for trigger, pattern in _SET_ASIDE:
        if trigger in norm:
            norm = pattern.sub(" ", norm)
    arabic, latin = _script_counts(norm)
    letters = arabic + latin
    if letters == 0:
        return "unknown"
    if arabic >= SCRIPT_SHARE * letters:
        return "ar"
    if latin < SCRIPT_SHARE * letters:
        return "mixed"
    words = [w for w in _LATIN_WORD.findall(norm) if any(c.isalpha() for c in w)]
    arabizi = sum(_is_arabizi_word(w) for w in words)
    if words and arabizi >= ARABIZI_SHARE * len(words):
        return "arabizi"
    return "en"


@lru_cache(maxsize=4096)
def reads_as_arabizi(text: str) -> bool:
    """Whether the reply's Latin words read as Arabizi (at least a quarter of them are
    Arabizi words, as in ``detect_language``), whatever its share of Arabic script: the
    Arabizi matching rule (arabizi.py) searches only such replies. Here the article, the
    conjunction and other short Arabizi function words (``el``, ``w``, ``ya``, ``min``,
    ``lak``, ...) count too. (Addresses and links are not set aside: their pieces only
    make an Arabizi reply less likely.)"""
    words = [w for w in _LATIN_WORD.findall(normalize(text)) if any(c.isalpha() for c in w)]
    if not words:
        return False
    arabizi = sum(_is_arabizi_word(w) or w in _ARABIZI_GLUE for w in words)
    return arabizi >= ARABIZI_SHARE * len(words)


def is_written_in(text: str, language: str) -> bool:
    """The ``language:`` check's rule for one reply: its detected language is ``language``
    (so Arabizi and mixed replies count as neither ``ar`` nor ``en``)."""
    return detect_language(text) == language
