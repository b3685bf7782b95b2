"""Language detection: Arabic script, English, Arabizi, mixed, and what is set aside."""

import pytest

from simulator.grading.language import detect_language, is_written_in


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("مرحبا أحمد، نأسف لما حدث لحسابك", "ar"),
        ("ازيك يا فندم؟ هبعتلك اللينك دلوقتي", "ar"),  # Egyptian
        ("هلا والله، أبشر بنحل المشكلة الحين", "ar"),  # Gulf
        ("مرحبا كيفك؟ هلق بعتلك الرابط", "ar"),  # Levantine
        ("مرحبا Ahmed، نأسف لما حدث لحسابك ونعمل على حله", "ar"),  # a Latin name is fine
        ("أرسلنا الرابط إلى ahmed.ali@example.com", "ar"),  # e-mail set aside
        ("تابع https://support.example.com/reset للمزيد", "ar"),  # link set aside
        ("تواصل مع @support_team", "ar"),  # handle set aside
        ("Hello Ahmed, we are sorry about your account.", "en"),
        ("Your account ahmed92 is secure now.", "en"),  # trailing digits: a user name
        ("We sent a 2FA code valid for 24 hours.", "en"),
        ("Hi, I'm Ana from support.", "en"),
        ("ahlan ya 7abibi, el account bta3ak tamam", "arabizi"),
        ("ma3lesh, hanshoof el moshkla dlw2ty", "arabizi"),
        ("shukran, inshallah yetla7", "arabizi"),
        ("mar7aba, kifak?", "arabizi"),
        ("مرحبا، please reset your password from settings", "en"),  # 87 % Latin
        ("مرحبا أحمد، please reset كلمة المرور from settings", "mixed"),
        ("Hi أحمد، شكرا for waiting", "mixed"),
        ("...", "unknown"),
        ("🙏", "unknown"),
        ("12345", "unknown"),
        ("", "unknown"),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_is_written_in_follows_detection():
    assert is_written_in("مرحبا بك", "ar")
    assert not is_written_in("marhaba bik ya 7abibi", "ar")  # Arabizi is not Arabic
    assert not is_written_in("marhaba bik ya 7abibi", "en")
    assert is_written_in("Welcome back", "en")
    assert not is_written_in("Welcome back", "ar")
    assert not is_written_in("...", "en")


def test_diacritics_and_tatweel_do_not_change_the_language():
    assert detect_language("مَـرْحَـبًـا بِكَ") == "ar"
