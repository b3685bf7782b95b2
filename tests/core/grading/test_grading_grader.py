"""grade(): scoring, critical criteria, N/A criteria, SOP inheritance, examples, and
verdicts that spelling variants (diacritics, tatweel, alef forms, digits) never change."""

import json
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.content.model import (
    SOP,
    Action,
    Check,
    Criterion,
    Example,
    LocalText,
    Rubric,
    Scenario,
    Thread,
)
from simulator.grading.grader import (
    Grade,
    Record,
    Reply,
    TakenAction,
    criteria_of,
    grade,
    record_from_example,
)

THREADS = (Thread("main", "email"), Thread("follow-up", "chat"))
CRITERIA = (
    Criterion("greets-by-name", Check("mentions", ("{name}",)), "Greets by name", 10),
    Criterion(
        "no-password-request",
        Check("avoids", ("كلمة المرور", "كلمة السر", "password")),
        "Never asks for the password",
        0,
        critical=True,
    ),
    Criterion("reply-in-arabic", Check("language", "ar"), weight=10),
    Criterion("fast-chat-answer", Check("replied_within", 60.0), weight=10, thread="follow-up"),
    Criterion("tagged-security", Check("action", {"type": "tag", "value": "account-security"})),
    Criterion(
        "verified-before-reset",
        Check("order", ({"type": "lookup"}, {"type": "macro", "value": "recovery-link"})),
        weight=20,
    ),
)


def scenario(criteria=CRITERIA, pass_mark=80.0):
    return Scenario(
        "hacked", "ar", "t", "account-recovery", 2, THREADS, (), Rubric(pass_mark, criteria)
    )


VALUES = {"name": "ليلى", "agent": "Sam"}
GOOD_REPLIES = (
    Reply("main", "مرحبا ليلى، نأسف لما حدث لحسابك. أرسلنا لك رابط الاستعادة."),
    Reply("follow-up", "نحن هنا، كيف نساعدك؟"),
)
GOOD_ACTIONS = (
    TakenAction("lookup"),
    TakenAction("macro", "recovery-link"),
    TakenAction("tag", "account-security"),
)


def test_a_good_attempt_passes_with_full_score():
    g = grade(scenario(), None, Record(GOOD_REPLIES, GOOD_ACTIONS), VALUES)
    assert g.passed and g.score == 100.0
    assert not g.criterion("fast-chat-answer").applicable  # no clock


def test_score_is_percent_of_applicable_weight():
    rec = Record(GOOD_REPLIES, GOOD_ACTIONS[:2])  # no tag: loses 10 of 50
    g = grade(scenario(), None, rec, VALUES)
    assert g.score == 80.0 and g.passed
    g2 = grade(scenario(pass_mark=81), None, rec, VALUES)
    assert g2.score == 80.0 and not g2.passed


def test_clock_makes_timing_applicable():
    timed = (Reply("main", GOOD_REPLIES[0].text, 10.0), Reply("follow-up", "أهلا بك", 130.0))
    rec = Record(timed, GOOD_ACTIONS, first_user_at={"main": 0.0, "follow-up": 40.0})
    g = grade(scenario(), None, rec, VALUES)
    assert g.criterion("fast-chat-answer").applicable
    assert not g.criterion("fast-chat-answer").passed
    assert g.score == round(100 * 50 / 60, 2) and g.passed


def test_a_failed_critical_criterion_fails_whatever_the_score():
    bad = (Reply("main", "مرحبا ليلى، أرسل لي كلمة المرور لو سمحت"),)
    g = grade(scenario(), None, Record(bad, GOOD_ACTIONS), VALUES)
    assert g.score == 100.0  # the critical criterion weighs 0
    assert not g.passed
    assert not g.criterion("no-password-request").passed


def test_zero_applicable_weight():
    only_critical = (CRITERIA[1],)
    assert grade(scenario(only_critical), None, Record(GOOD_REPLIES), VALUES).score == 100.0
    bad = Record((Reply("main", "password?"),))
    g = grade(scenario(only_critical), None, bad, VALUES)
    assert g.score == 0.0 and not g.passed
    assert grade(scenario(()), None, Record(), VALUES).score == 100.0


def test_sop_criteria_are_inherited_and_can_be_redefined():
    sop_criteria = (
        Criterion("asks-anything-else", Check("mentions", ("هل هناك شيء آخر",)), weight=10),
        Criterion("reply-in-arabic", Check("language", "en"), weight=10),  # overridden
    )
    sop = SOP("account-recovery", 3, LocalText("x", "x"), criteria=sop_criteria)
    ids = [c.id for c in criteria_of(scenario(), sop)]
    assert ids == [c.id for c in CRITERIA] + ["asks-anything-else"]
    g = grade(scenario(), sop, Record(GOOD_REPLIES, GOOD_ACTIONS), VALUES)
    assert g.criterion("reply-in-arabic").passed  # the scenario's own definition
    assert not g.criterion("asks-anything-else").passed
    assert g.score == round(100 * 50 / 60, 2)


def test_to_json_has_the_contract_keys_and_is_json():
    g = grade(scenario(), None, Record(GOOD_REPLIES, GOOD_ACTIONS), VALUES)
    data = json.loads(json.dumps(g.to_json()))
    assert {"score", "passed", "criteria"} <= set(data)
    for c in data["criteria"]:
        assert {"id", "passed", "applicable", "weight", "critical", "evidence"} <= set(c)


def test_grading_is_deterministic():
    rec = Record(GOOD_REPLIES, GOOD_ACTIONS)
    first = json.dumps(grade(scenario(), None, rec, VALUES).to_json(), ensure_ascii=False)
    for _ in range(3):
        again = grade(scenario(), None, rec, VALUES).to_json()
        assert json.dumps(again, ensure_ascii=False) == first


def test_record_from_example_keeps_replies_and_actions_and_fills_placeholders():
    example = Example(
        "pass",
        {"main": ("مرحبا {name}", "ثانيا"), "follow-up": ("...",)},
        (Action("lookup"), Action("tag", "x", "main")),
    )
    rec = record_from_example(example, VALUES)
    assert [(r.thread, r.text) for r in rec.replies] == [
        ("main", "مرحبا ليلى"),
        ("main", "ثانيا"),
        ("follow-up", "..."),
    ]
    assert rec.actions == (TakenAction("lookup"), TakenAction("tag", "x", "main"))
    assert rec.first_user_at is None
    assert record_from_example(example).replies[0].text == "مرحبا {name}"


def test_record_accepts_lists_and_stays_immutable():
    rec = Record([Reply("main", "x")], [TakenAction("lookup")], {"main": 0.0})
    assert isinstance(rec.replies, tuple) and isinstance(rec.actions, tuple)
    assert isinstance(grade(scenario(), None, rec, VALUES), Grade)


# Spelling variants never change a verdict.
_TASHKEEL = ["\u064e", "\u064f", "\u0650", "\u064b", "\u0651", "\u0652"]
_VARIANTS = {"ا": "أإآٱ", "ي": "ى", "ه": "ة"}
_DIGITS = {str(i): chr(0x0660 + i) + chr(0x06F0 + i) for i in range(10)}
_WORDS = [
    "مرحبا",
    "ليلى",
    "كلمة",
    "المرور",
    "السر",
    "password",
    "نأسف",
    "لحسابك",
    "رابط",
    "الاستعادة",
    "هل",
    "هناك",
    "شيء",
    "آخر",
    "رقم",
    "12345",
    "بالحساب",
    "hello",
    "...",
    "؟",
]


def _perturb(text: str, rnd: random.Random) -> str:
    out = []
    for ch in text:
        if ch in _VARIANTS and rnd.random() < 0.4:
            ch = rnd.choice(_VARIANTS[ch])
        if ch in _DIGITS and rnd.random() < 0.5:
            ch = rnd.choice(_DIGITS[ch])
        out.append(ch)
        if "\u0621" <= ch <= "\u064a" and rnd.random() < 0.3:
            out.append(rnd.choice(_TASHKEEL))
        if "\u0628" <= ch <= "\u064a" and rnd.random() < 0.15:
            out.append("\u0640")  # tatweel between joined letters
    return "".join(out)


_VERDICT_CRITERIA = (
    *CRITERIA,
    Criterion("asks", Check("mentions", ("هل هناك شيء آخر",)), weight=10),
    Criterion("number", Check("regex", r"\b\d{5}\b"), weight=10),
    Criterion("short", Check("length", {"max_words": 8}), weight=10),
    Criterion("article", Check("mentions", ("حساب", "الاستعادة")), weight=10),
)


def _verdicts(texts):
    rec = Record(tuple(Reply("main", t) for t in texts), GOOD_ACTIONS)
    g = grade(scenario(_VERDICT_CRITERIA), None, rec, VALUES)
    return g.score, g.passed, [(c.id, c.passed) for c in g.criteria]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=10), min_size=1, max_size=3),
    st.integers(0, 2**32 - 1),
)
def test_spelling_variants_never_change_a_verdict(replies, seed):
    texts = [" ".join(words) for words in replies]
    rnd = random.Random(seed)
    perturbed = [_perturb(t, rnd) for t in texts]
    assert _verdicts(perturbed) == _verdicts(texts)
