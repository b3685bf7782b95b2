"""Normalisation: the spec's rules one by one, offsets back to the original, properties."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.grading.normalize import _slow, normalize, normalize_with_offsets, original_span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello WORLD", "hello world"),
        ("Straße", "strasse"),  # case folding, not just lower()
        ("ﬁle", "file"),  # NFKC ligature
        ("ＡＢＣ１２３", "abc123"),  # NFKC full width
        ("مَرْحَبًا", "مرحبا"),  # harakat
        ("مـــرحبا", "مرحبا"),  # tatweel
        ("أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"),
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("مدرسة", "مدرسه"),  # teh marbuta
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),  # Arabic-Indic digits
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),  # Persian digits
        ("نعم، شكرا؛ لماذا؟", "نعم, شكرا; لماذا?"),
        ("٥٠٪", "50%"),
        ("  a \t\n  b  ", "a b"),
        ("a\u00a0b", "a b"),  # no-break space
        ("حساب\u200fي", "حسابي"),  # right-to-left mark
        ("لا\u200cأعرف", "لااعرف"),  # zero-width non-joiner
        ("ﻻ", "لا"),  # presentation form
        ("", ""),
    ],
)
def test_normalise_rules(text, expected):
    assert normalize(text) == expected


def test_offsets_point_back_into_the_original():
    text = "  Mَرحـبا   يا  Ahmed!"
    norm, starts, ends = normalize_with_offsets(text)
    assert len(norm) == len(starts) == len(ends)
    i = norm.index("ahmed")
    start, end = original_span(text, i, i + len("ahmed"))
    assert text[start:end] == "Ahmed"
    j = norm.index("رحبا")
    start, end = original_span(text, j, j + 4)
    assert text[start:end] == "رحـبا"


@settings(max_examples=300)
@given(st.text())
def test_normalisation_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


_ARABIC = st.text(
    alphabet=st.sampled_from(
        [
            *"ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإىةؤئ ـ،؟٠١٢٣٤٥٦٧٨٩",
            *"\u064b\u064e\u0650\u0651\u0652\u0654\u0670\u200f",
        ]
    )
)


@settings(max_examples=300)
@given(st.one_of(_ARABIC, st.text(alphabet=st.characters(codec="utf-8"))))
def test_offsets_are_ordered_and_inside_the_text(text):
    norm, starts, ends = normalize_with_offsets(text)
    assert len(norm) == len(starts) == len(ends)
    assert list(starts) == sorted(starts)
    assert all(0 <= s < e <= len(text) for s, e in zip(starts, ends, strict=True))
    assert normalize(norm) == norm
    assert "  " not in norm
    assert norm == norm.strip() or not norm.strip()


_FAST_ALPHABET = st.sampled_from(
    [
        *"abcXYZ019 ,.?!'-\t\n",
        *"ابتةىيأإآءؤئلكوفـ٠٣٩،؟",
        *"\u064b\u064e\u0650\u0651\u0652\u0670\u200f\u200c\u00a0\u2019",
    ]
)


@settings(max_examples=500)
@given(st.text(alphabet=_FAST_ALPHABET, max_size=60))
def test_fast_path_agrees_with_the_careful_path(text):
    # Plain Arabic/ASCII text takes a table-driven fast path; it must give exactly what
    # the cluster-by-cluster path gives, offsets included.
    norm, starts, _ = normalize_with_offsets(text)
    assert (norm, list(starts)) == _slow(text)
