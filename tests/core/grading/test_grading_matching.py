"""Phrase matching: a table of phrase/reply pairs across dialects, clitics, spelling
variants, Arabizi and mixed text, near-misses that must not match, and evidence spans."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.grading.matching import find_any, find_phrase

# (phrase, reply, matches?) — grouped by what they exercise.
ENGLISH = [
    ("password", "Please never share your password with anyone.", True),
    ("password", "PASSWORD", True),
    ("reset link", "I've sent you a reset link by e-mail.", True),
    ("verification code", "Did you get the verification code?", True),
    ("anything else", "Is there anything else I can help with?", True),
    ("sorry", "I'm so sorry to hear that.", True),
    ("sorry", "Sorry!", True),
    ("thank you", "Thank you for your patience", True),
    ("two-step verification", "Two-step verification is now off.", True),
    ("help", "I can help you with that", True),
    ("help", "That was helpful", False),  # word boundary
    ("pass", "your password", False),
    ("account", "accounts", True),  # one edit on a 7-letter word: the tolerance
    ("card", "discard the message", False),
    ("log in", "you can log in again now", True),
    ("log in", "login", False),
    ("e-mail", "check your e-mail inbox", True),
    ("24 hours", "within 24 hours", True),
    ("24 hours", "within 48 hours", False),
    ("refund", "The refund goes back to your card.", True),
    ("refund", "refunded", False),
    ("business days", "in 5–7 business days", True),
    ("safe", "unsafe content", False),
    ("hello", "hello123", False),
    ("@support", "write to @support anytime", True),
]

MSA = [
    ("كلمة المرور", "لا تشارك كلمة المرور مع أحد", True),
    ("كلمة المرور", "أرسل لي كَلِمَةَ المُرُورِ", True),
    ("رمز التحقق", "هل وصلك رمز التحقق؟", True),
    ("نأسف", "نأسف لما حدث لحسابك", True),
    ("مرحبا", "مرحباً بك", True),
    ("مرحبا", "مـــرحبا", True),
    ("شكرا", "شكراً لتواصلك معنا", True),
    ("حسابك", "تم تأمين حسابك بنجاح", True),
    ("رابط", "أرسلنا لك رابطا لاستعادة الحساب", False),  # رابطا: tanween alef, other word
    ("رابط الاستعادة", "هذا رابط الاستعادة", True),
    ("هل هناك شيء آخر", "هل هناك شيء آخر يمكنني مساعدتك به؟", True),
    ("هل هناك شيء آخر", "هل هناك شئ اخر", False),  # شئ: different spelling, 2 words
    ("البريد الإلكتروني", "تحقق من البريد الالكتروني", True),
    ("تم", "تمت العملية", False),
    ("سنرسل", "سنرسل لك رسالة", True),
    ("يوم عمل", "خلال ٥ أيام عمل", False),  # broken plural is another word
    ("٥ أيام", "خلال 5 ايام عمل", True),
    ("أيام عمل", "خلال ٥ أيام عمل", True),
    ("الدعم الفني", "فريق الدعم الفني", True),
    ("مساعدتك", "يسعدني مساعدتك اليوم", True),
]

GULF = [
    ("شلونك", "هلا والله شلونك؟", True),
    ("حياك", "حياك الله يا أخوي", True),
    ("ابشر", "أبشر، بنحل المشكلة", True),
    ("وش المشكلة", "وش المشكلة بالضبط؟", True),
    ("الحين", "بنرسل لك الرابط الحين", True),
    ("الحين", "بالحين", True),  # ب + ال
    ("زين", "زين، بنشوف الحساب", True),
    ("زين", "تزيين الصفحة", False),
    ("ما عليك", "ما عليك زود", True),
    ("يعطيك العافية", "الله يعطيك العافية", True),
    ("مشكور", "مشكورين على الصبر", True),  # a participle's plural (stem rule, issue 15)
    ("ابي", "ابي اغير رقمي", True),
]

EGYPTIAN = [
    ("ازيك", "ازيك يا فندم؟", True),
    ("حضرتك", "ممكن حضرتك تبعتلي الإيميل", True),
    ("دلوقتي", "هبعتلك اللينك دلوقتي", True),
    ("ماشي", "ماشي يا فندم", True),
    ("ماشي", "ماشيين", True),  # a -ي word's plural (stem rule)
    ("معلش", "معلش على التأخير", True),
    ("مش", "مش هينفع نعمل كده", True),
    ("مش", "مشكلة في الحساب", False),
    ("كده", "كده الحساب اتأمن", True),
    ("اللينك", "دوس على اللينك ده", True),
    ("عايز", "انت عايز تغير الباسورد؟", True),
    ("الباسورد", "ابعتلي الباسورد بتاعك", True),
]

LEVANTINE = [
    ("كيفك", "مرحبا كيفك اليوم؟", True),
    ("هلق", "هلق بعتلك الرابط", True),
    ("شو", "شو المشكلة بالزبط؟", True),
    ("شو", "شوية صبر", False),
    ("منيح", "منيح، خلينا نشوف", True),
    ("بدك", "شو بدك نعمل؟", True),
    ("يعطيك العافية", "يعطيك العافية على صبرك", True),
    ("تكرم", "تكرم عينك", True),
    ("تكرم", "تكرمين", False),
    ("مشان", "مشان نحمي حسابك", True),
    ("هيك", "هيك بيصير الحساب آمن", True),
    ("كتير", "شكرا كتير", True),
]

CLITICS = [
    ("حساب", "والحساب", True),  # و + ال
    ("حساب", "بالحساب", True),
    ("حساب", "للحساب", True),  # ل + ال contracted
    ("حساب", "فالحساب", True),
    ("حساب", "كالحساب", True),
    ("حساب", "وحساب", True),
    ("حساب", "لحساب", True),
    ("حساب", "الحساب", True),
    ("حساب", "حسابك", True),  # a pronoun suffix (stem rule)
    ("حساب", "محاسب", False),
    ("الحساب", "للحساب", True),
    ("الحساب", "والحساب", True),
    ("الحساب", "بالحساب", True),
    ("الحساب", "حساب", False),  # the article is part of the phrase
    ("رمز التحقق", "برمز التحقق", True),
    ("رمز التحقق", "ورمز التحقق", True),
    ("رمز التحقق", "الرمز التحقق", True),
    ("التحقق", "والتحقق من هويتك", True),
    ("كلمة المرور", "بكلمة المرور", True),
    ("كلمة المرور", "وبكلمة المرور", True),  # two stacked prefixes (stem rule)
    ("المرور", "كلمة المرور", True),
    ("بريد", "وللبريد", True),  # و + لل (stem rule)
]

SPELLING = [
    ("مدرسة", "المدرسه", True),  # teh marbuta / heh
    ("رسالة", "وصلتك رساله؟", True),
    ("مستشفى", "أقرب مستشفي", True),  # alef maqsura / yeh
    ("على", "علي الرابط", True),  # the normalisation conflates them; accepted
    ("إلى", "الى", True),
    ("أمان", "امان حسابك", True),
    ("آمن", "حسابك امن", True),
    ("إعادة تعيين", "اعاده تعيين", True),
    ("مسؤول", "مسؤول الحساب", True),
    ("شكرا", "شكرًا", True),
    ("هاتفك", "هاتِفُكَ", True),
    ("۱۲۳۴", "الرمز 1234", True),
    ("1234", "الرمز ١٢٣٤", True),
    ("هل تحتاج مساعدة؟", "هل تحتاج مساعدة?", True),
    ("نعم، شكرا", "نعم, شكرا", True),
]

ARABIZI = [
    ("shukran", "shukran ya 7abibi", True),
    ("7abibi", "shukran ya 7abibi", True),
    ("ma3lesh", "ma3lesh 3ala el ta25eer", True),
    ("inshallah", "hatet7al inshallah", True),
    ("yalla", "yallah", False),
    ("3ala", "3alatool", False),
    ("el account", "el account bta3ak", True),
    ("mesh", "mesh sha8al", True),
]

MIXED = [
    ("password", "لا تشارك الـ password مع حد", True),
    ("كلمة المرور", "please don't share your كلمة المرور", True),
    ("reset link", "بعتلك الـ reset link على الإيميل", True),
    ("الإيميل", "check الإيميل بتاعك", True),
    ("TikTok", "حساب TikTok الخاص بك", True),
    ("tiktok", "حساب التيك توك", False),
    ("OTP", "ما توصلك الـOTP؟", True),  # a change of script is a boundary
    ("otp", "ما توصلك الotp", True),
    ("أحمد", "Hiأحمد", True),
    ("otp", "otp2", False),
    ("الكود", "send me الكود please", True),
    ("support team", "فريق الـ support team", True),
    ("أحمد", "Hi أحمد, how are you", True),
]

TYPOS = [
    ("password", "pasword", True),
    ("password", "passwrod", True),  # neighbouring letters swapped
    ("password", "passsword", True),
    ("verification code", "verifcation code", True),
    ("verification code", "verificaton kode", False),  # "code" is too short to differ
    ("recovery link", "recovry link", True),
    ("two-step verification", "two step verifcation", True),
    ("كلمة المرور", "كلمة المرو", False),  # the article does not count: مرور has 4
    ("رمز التحقق", "رمز التحقيق", False),  # تحقق: 4 letters, exact only
    ("استعادة الحساب", "استعاده الحساب", True),
    ("استعادة الحساب", "استعدة الحساب", True),
    ("طلب الاستعادة", "طلب الاستعاده", True),
    ("طلب الاستعادة", "طلب الإستعاده", True),
    ("طلب الاستعادة", "طلب الاستعدة", True),
    ("مساعدتك", "مساعدتكم", True),
    ("البريد الإلكتروني", "البريد الالكترونى", True),
    ("security tips", "securty tips", True),
    ("anything else", "anythin else", True),
    ("patience", "pateince", True),
    ("thank you for your patience", "thank yu for yuor patience", False),
]

NEAR_MISSES = [
    ("password", "passport", False),  # two edits
    ("password", "passwords", True),  # one edit: accepted (plural)
    ("verification", "certification", False),  # first letter differs
    ("verification code", "certification code", False),
    ("unlock", "block", False),
    ("secure", "insecure", False),
    ("available", "unavailable", False),
    ("possible", "impossible", False),
    ("refund", "refunds", True),
    ("refund", "fund", False),
    ("account", "count", False),
    ("reset", "resent", False),  # short word: exact only
    ("reset", "preset", False),
    ("suspended", "suspected", False),  # two edits
    ("restricted", "restarted", False),
    ("1234567", "1234568", False),  # digits never differ
    ("code 123456", "code 123465", False),
    ("banned", "banner", True),  # one edit on a 6-letter word: the documented tolerance
    ("banned", "canned", False),  # first letter differs
    ("مساعدة", "مسافة", False),
    ("كلمة المرور", "كلمة العبور", False),
    ("نستطيع", "يستطيع", False),  # first letter (the person) differs
    ("التحقق", "التعلق", False),  # two edits
    ("الحساب", "الحجاب", False),  # the article does not count: حساب has 4 letters
    ("رابط", "رابطة", False),  # 4 letters: exact only; no feminine for a noun (a league)
    ("الاستعادة", "الاستفادة", True),  # one edit on a 9-letter word: the documented tolerance
    ("مسؤول", "مسؤولية", False),
    ("bully", "bullying", False),
    ("harm", "pharmacy", False),
    ("self harm", "self-harm", False),  # punctuation is part of the phrase for exact match
    ("kill", "skill", False),
    ("die", "diet", False),
    ("ban", "banana", False),
    ("scam", "scamper", False),
]

TABLE = ENGLISH + MSA + GULF + EGYPTIAN + LEVANTINE + CLITICS + SPELLING + ARABIZI + MIXED
TABLE += TYPOS + NEAR_MISSES


def test_the_table_is_large_enough():
    assert len(TABLE) >= 150


@pytest.mark.parametrize(("phrase", "reply", "expected"), TABLE)
def test_phrase_table(phrase, reply, expected):
    found = find_phrase(phrase, reply)
    assert (found is not None) == expected, found


def test_span_is_in_the_original_text():
    reply = "مرحباً يا أحمد، أرسل لي كَلِمَةَ المُرُورِ من فضلك"
    found = find_phrase("كلمة المرور", reply)
    assert found is not None
    assert reply[found.start : found.end] == found.matched == "كَلِمَةَ المُرُورِ"
    assert found.fuzzy is False
    assert found.phrase == "كلمة المرور"


def test_span_covers_an_attached_prefix():
    reply = "نرسل الرابط بالبريد"
    found = find_phrase("بريد", reply)
    assert found is not None
    assert found.matched == "بالبريد"


def test_fuzzy_match_is_marked_and_spans_the_words():
    reply = "Please use the verifcation  code we sent."
    found = find_phrase("verification code", reply)
    assert found is not None and found.fuzzy
    assert found.matched == "verifcation  code"


def test_exact_match_is_preferred_to_a_fuzzy_one_earlier_in_the_text():
    found = find_phrase("password", "pasword then password")
    assert found is not None and not found.fuzzy and found.start == 13


def test_find_any_prefers_exact_matches_in_phrase_order():
    reply = "send your pasword or your كلمة السر"
    found = find_any(["password", "كلمة السر"], reply)
    assert found is not None and found.phrase == "كلمة السر" and not found.fuzzy
    assert find_any(["nothing", "here"], reply) is None
    assert find_any([], reply) is None


def test_empty_phrase_never_matches():
    assert find_phrase("", "anything") is None
    assert find_phrase("  ", "anything") is None


_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
_SWAPS = {
    "ا": "أإآٱ",
    "ي": "ى",
    "ه": "ة",
    **{str(d): chr(0x0660 + d) + chr(0x06F0 + d) for d in range(10)},
}


@st.composite
def perturbed(draw, text):
    """``text`` with diacritics, tatweel, alef/yeh/heh variants and Arabic-Indic digits."""
    out = []
    for ch in text:
        if ch in _SWAPS and draw(st.booleans()):
            ch = draw(st.sampled_from(_SWAPS[ch]))
        out.append(ch)
        if "\u0621" <= ch <= "\u064a":
            if draw(st.booleans()):
                out.append(draw(st.sampled_from(_MARKS)))
            if ch not in "اأإآدذرزوؤءة" and draw(st.integers(0, 4)) == 0:
                out.append("\u0640")
    return "".join(out)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.data())
def test_spelling_variants_of_a_reply_never_change_the_table_verdict(data):
    phrase, reply, expected = data.draw(st.sampled_from(TABLE))
    variant = data.draw(perturbed(reply))
    found = find_phrase(phrase, variant)
    assert (found is not None) == expected, (variant, found)
    if found is not None:
        assert variant[found.start : found.end] == found.matched


_MIXED_TEXT = st.text(
    alphabet=st.sampled_from([*"abc passwordPASS 1-_.,؟،", *"الحسابوكلمةالمرورـ", *_MARKS]),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_MIXED_TEXT, st.text(max_size=12)), st.one_of(_MIXED_TEXT, st.text()))
def test_any_phrase_and_text_give_a_valid_answer(phrase, text):
    found = find_phrase(phrase, text)
    if found is not None:
        assert 0 <= found.start <= found.end <= len(text)
        assert text[found.start : found.end] == found.matched
