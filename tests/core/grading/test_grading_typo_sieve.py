"""The typo sieve (a cheap test that skips replies before the typo search) must never
skip a reply the typo search would match: every one-edit typo of a long word, at every
position, is still found; and ``find_each`` agrees with ``find_phrase``."""

from __future__ import annotations

import pytest

from simulator.grading.matching import find_each, find_phrase

WORDS = ("password", "compensation", "understand", "الباسورد", "الاستعاده", "verification")


def _typos(word: str) -> set[str]:
    """One edit (substitute, insert, delete, swap) anywhere after the stem's first letter."""
    first = 3 if word.startswith("ال") else 1
    # A letter of the word's script: a Latin x after Arabic would be a word boundary.
    x = "ن" if word.startswith("ال") else "x"
    out = set()
    for i in range(first, len(word) + 1):
        out.add(word[:i] + x + word[i:])  # insert
        if i < len(word):
            out.add(word[:i] + x + word[i + 1 :])  # substitute
            out.add(word[:i] + word[i + 1 :])  # delete
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # swap
    out.discard(word)
    return out


@pytest.mark.parametrize("word", WORDS)
def test_every_one_edit_typo_is_found(word: str) -> None:
    for typo in sorted(_typos(word)):
        text = f"ok {typo} ok"
        found = find_phrase(word, text)
        assert found is not None, typo
        assert found.fuzzy and found.matched == typo


def test_a_two_word_phrase_with_a_typo_in_each_long_word() -> None:
    found = find_phrase("verification password", "the verifcation pasword is")
    assert found is not None and found.matched == "verifcation pasword"


def test_an_exact_only_word_must_be_there() -> None:
    assert find_phrase("anything else", "anythng else") is not None
    assert find_phrase("anything else", "anythng elsa") is None


def test_find_each_is_find_phrase_of_each() -> None:
    phrases = ("password", "كلمة المرور", "passcode", "حساب")
    text = "أرسل pasword وكلمة المرو وبالحساب"
    assert find_each(phrases, text) == tuple(find_phrase(p, text) for p in phrases)
    assert find_each(phrases, text)[0] is not None
