"""Known limitations of phrase matching, written as the behaviour a trainer might expect.

Each is ``xfail(strict=True)``: it fails today for the stated reason, and the suite
will say so the day it starts passing. The tests without the mark were limitations
until issue 15 (negation, Arabizi, suffixes, prefixes): they now guard those fixes, and
tests/core/grading/test_grading_meaning.py has their tables in both directions.
"""

import pytest

from simulator.content.model import Check, Criterion, Rubric, Scenario, Thread
from simulator.grading.grader import Record, Reply, grade
from simulator.grading.language import detect_language
from simulator.grading.matching import find_phrase


def avoids_passes(phrases, text):
    criterion = Criterion("c", Check("avoids", tuple(phrases)), critical=True, weight=0)
    scenario = Scenario(
        "s", "en", "t", "sop", 1, (Thread("main", "chat"),), (), Rubric(80, (criterion,))
    )
    return grade(scenario, None, Record((Reply("main", text),)), {}).criteria[0].passed


def test_negated_mention_of_a_forbidden_phrase_is_not_a_request():
    assert avoids_passes(["password"], "I will not ask for your password.")


def test_negated_arabic_mention_is_not_a_request():
    assert avoids_passes(["كلمة المرور"], "لن نطلب منك كلمة المرور أبدا")


def test_arabizi_reply_matches_an_arabic_phrase():
    assert find_phrase("شكرا", "shukran ya 7abibi") is not None


def test_possessive_suffix_matches():
    assert find_phrase("كلمة المرور", "كلمة مرورك") is not None


def test_short_word_inside_another_word_is_not_a_prefix_match():
    # كسر (to break) is read as ك + سر (secret).
    assert find_phrase("سر", "كسر الجهاز") is None


def test_two_stacked_prefixes():
    assert find_phrase("كلمة المرور", "وبكلمة المرور") is not None


@pytest.mark.xfail(
    strict=True,
    reason="a phrase is not its paraphrase: list the wording you accept in an SOP term (@name)",
)
def test_paraphrase_matches():
    assert find_phrase("reset link", "a link to reset it") is not None


@pytest.mark.xfail(strict=True, reason="typo tolerance is by edit distance, not by meaning")
def test_one_letter_apart_words_with_other_meanings_do_not_match():
    assert find_phrase("unlock", "unblock") is None


@pytest.mark.xfail(strict=True, reason="ى and ي are conflated by the spec's normalisation")
def test_ala_and_ali_are_told_apart():
    assert find_phrase("على", "مرحبا علي") is None


@pytest.mark.xfail(strict=True, reason="language is decided by script share; short quotes count")
def test_arabic_reply_quoting_a_long_english_message_is_arabic():
    assert detect_language("كتبت لنا: 'I cannot log in to my account since yesterday'") == "ar"
