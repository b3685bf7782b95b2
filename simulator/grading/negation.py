"""Negation scope: whether a phrase found in a reply is governed by a negator before it.

The rule (docs/grading.md states it for trainers), on the normalised reply:

- A **negator** governs a phrase when it stands before the phrase's first word, in the
  same clause, with at most ``WINDOW`` (5) words between them.
- A **clause** ends at punctuation (``. , ; : ! ?`` and their Arabic twins) and at a
  clause word: ``but``, ``however``, ``and``, ``so``, ``then``, ``just``, ``please``,
  ``instead``, ``لكن``, ``بس``, ``بل``, ``ثم``, ``فقط``, ``عشان``, ``لان``, ``ياريت``, ... and an
  Arabic word opening a new verb (``وسنرسل``, ``وراح``, ``وهنبعت``, ``وبنرسل``).
- Negators: English ``not``, ``never``, ``no``, ``nobody``, ``none``, ``neither``, ``nor``,
  ``without``, ``cannot`` and every ``n't`` form (also written without the apostrophe:
  ``dont``, ``wont``, ``cant``); Arabic ``لا لن لم ليس ما مش مو مب ماراح بدون دون بلا بلاش
  ولا مافي مفيش محد ...`` and the Egyptian ``ما...ش`` form (``متبعتش``); Arabizi ``mesh msh
  mish mosh mafi mafish balash bedoon ma la lan ...``.
- A negator does **not** negate when the next word turns it into an encouragement or a
  formula: "don't forget", "don't hesitate", "don't worry", "no problem", "لا تنسى",
  "ما تنساش", "لا تتردد", "لا تقلق", "لا بأس", "ولا يهمك", "لا بد"; nor in a question that
  asks for something: "why don't you", "can't you", "ليش ما", "ليه ما"; nor ``ما`` used as
  "what" or "as long as" (``ما هي``, ``ما هو``, ``ما زال``, ``ما دام``, ``بعد ما``, ``كل ما``).
- A phrase that itself holds a negator ("never share", "لا تشارك") is never negated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

WINDOW = 5

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|[.,;:!?]")

ENGLISH_NEGATORS = frozenset(
    str.split(
        """
    not never no nobody none neither nor without cannot cant dont doesnt didnt wont isnt
    arent wasnt werent shouldnt wouldnt couldnt mustnt neednt havent hasnt hadnt aint
        """
    )
)
ARABIC_NEGATORS = frozenset(
    str.split(
        """
    لا لن لم ليس ليست لست لسنا لستم ما مش مو موش مب مهب ماراح مارح بدون دون بلا بلاش ولا
    ولن ولم فلا فلن ومش ومو مافي مافيش مفيش ماكو ماحد محد محدش ولاحد ابدا مستحيل اياك
    ممنوع
        """
    )
)
ARABIZI_NEGATORS = frozenset(
    str.split(
        """
    mesh msh mish mush mosh mo mu mub mab mafi mafish mafeesh mafesh mafee ma la laa lan
    lam balash bala bedoon bdoon bidoon bedon mara7 marah mar7 ma7ad m7ad abadan
        """
    )
)
NEGATORS = ENGLISH_NEGATORS | ARABIC_NEGATORS | ARABIZI_NEGATORS

# The word after a negator that makes it an encouragement or a formula, not a negation.
CANCELLED_BY = frozenset(
    str.split(
        """
    forget hesitate worry worries problem problems doubt mind panic fail miss تنسي تنسوا
    تنساش تنسيش تنسا تترددي تتردد تترددوا تترددش تقلق تقلقي تقلقوا تقلقش تخاف تخافي
    تخافوا تخافش تشيل تشيلي تزعل تزعلي باس مشكله يهمك يهمكم بد بدها شك شكر tensa tensash
    tenseesh tensy t2la2 te2la2 tkhaf t5af yhemak yhmak
        """
    )
)
# The word before a negator that makes it part of a question asking for something.
QUESTION_BEFORE = frozenset(
    str.split(
        """
    why لماذا ليش ليه لش leh lesh laish lish
        """
    )
)
# ``n't`` + you: "can't you send", "won't you share".
_NT_YOU = frozenset({"you", "u"})
# ``ما`` as "what", relative "what", "still", "as long as", "except".
MA_NOT_NEGATING_NEXT = frozenset(
    str.split(
        """
    هي هو هم هما الذي التي الذين اللي الي اسم اسمك رقم نوع اذا زال زلت زلنا زالت دام عدا
    يلي
        """
    )
)
MA_NOT_NEGATING_PREV = frozenset(
    str.split(
        """
    كل بعد قبل مثل زي حسب اول لحد عند قدر بقدر طال حيث
        """
    )
)

CLAUSE_WORDS = frozenset(
    str.split(
        """
    but however though although yet instead rather except and so then just please plz
    pls also because while whereas unless otherwise لكن ولكن لكنه لكني لكننا لاكن بس بل
    ثم بينما انما وانما فقط رجاء رجاءا يرجي ارجو نرجو ياريت وياريت بعدين وبعدين بعدها
    عشان علشان لان لانه لاننا كي لكي حتي و bas bs bass lakin lakn w 3shan 3ashan ashan
    3alashan
        """
    )
)
# An Arabic word opening a new clause with a future or present verb after و.
_NEW_VERB = ("وس", "وراح", "ورح", "وهن", "وهت", "وهي", "وبن", "وبت", "وبي", "وح")
_EGYPTIAN_CIRCUMFIX = re.compile(r"^ما?[\u0621-\u064a]{2,}ش$")
_ARABIZI_CIRCUMFIX = re.compile(r"^(?:ma[a-z0-9]{2,}|m[a-z]*[0-9][a-z0-9]*)sh$")


@dataclass(frozen=True)
class Negator:
    """The negator governing a phrase: ``norm[start:end] == text`` (normalised offsets)."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=1024)
def _tokens(norm: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start(), m.end(), m.group()) for m in _TOKEN.finditer(norm))


# How far before a phrase to look: WINDOW + 1 words of any sensible length, and more.
_LOOK_BACK = 120


def _plain(word: str) -> str:
    """The word with an apostrophe dropped (``don't`` -> ``dont``)."""
    return word.replace("'", "").replace("’", "")


def is_negator(word: str, prev: str = "", next_: str = "") -> bool:
    """Whether ``word`` (normalised) negates what follows it, given its neighbours."""
    plain = _plain(word)
    nt = plain.endswith("nt") and ("'" in word or "’" in word or plain in ENGLISH_NEGATORS)
    circumfix = not (plain in NEGATORS or nt) and _circumfix(plain)
    if not (plain in NEGATORS or nt or circumfix):
        return False
    if circumfix and _inside(plain) in CANCELLED_BY:  # متنساش, ماتقلقش, matensash
        return False
    if _plain(next_) in CANCELLED_BY or prev in QUESTION_BEFORE:
        return False
    if nt and next_ in _NT_YOU:
        return False
    return not (plain == "ما" and (next_ in MA_NOT_NEGATING_NEXT or prev in MA_NOT_NEGATING_PREV))


def _circumfix(word: str) -> bool:
    if len(word) < 4 or word in ("مش", "موش"):
        return False
    return bool(_EGYPTIAN_CIRCUMFIX.match(word) or _ARABIZI_CIRCUMFIX.match(word))


def _inside(word: str) -> str:
    """A ``ما...ش`` word without its ``ما``/``م`` and ``ش`` (``متنساش`` -> ``تنسا``)."""
    inner = word[:-2] if word.endswith("sh") else word[:-1]
    for head in ("ما", "م", "ma", "m"):
        if inner.startswith(head):
            return inner[len(head) :]
    return inner


def _is_boundary(token: str) -> bool:
    if len(token) == 1 and token in ".,;:!?":
        return True
    if token in CLAUSE_WORDS:
        return True
    return len(token) >= 4 and token.startswith(_NEW_VERB)


@lru_cache(maxsize=256)
def holds_negator(norm_phrase: str) -> bool:
    """Whether the phrase itself holds a negator (it is then never negated)."""
    toks = [t[2] for t in _tokens(norm_phrase)]
    for i, tok in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        prev = toks[i - 1] if i else ""
        if is_negator(tok, prev, nxt):
            return True
    return False


_WORD_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def _may_hold_negator(head: str) -> bool:
    """A cheap test: could one of the last words before a phrase be a negator? (The
    same words ``negator_before`` reads, without their positions.)"""
    for word in _WORD_TOKEN.findall(head)[-(WINDOW + 2) :]:
        plain = _plain(word)
        if plain in NEGATORS or plain.endswith("nt") or _circumfix(plain):
            return True
    return False


@lru_cache(maxsize=4096)
def negator_before(norm: str, start: int) -> Negator | None:
    """The negator governing a phrase that starts at ``norm[start]``, or None."""
    lo = max(0, start - _LOOK_BACK)
    if not _may_hold_negator(norm[lo:start]):
        return None
    before = _tokens(norm[lo:start])
    if lo and before:
        before = before[1:]  # the first may be cut
    if not before:
        return None
    first = _TOKEN.search(norm, start)
    following = first.group() if first else ""
    for words, i in enumerate(range(len(before) - 1, -1, -1)):
        if words > WINDOW:
            return None
        t_start, t_end, tok = before[i]
        if _is_boundary(tok):
            return None
        nxt = before[i + 1][2] if i + 1 < len(before) else following
        prev = before[i - 1][2] if i else ""
        if is_negator(tok, prev, nxt):
            return Negator(lo + t_start, lo + t_end, tok)
    return None
