"""The rules that read meaning (docs/grading.md): negation scope, Arabic stems, Arabizi,
the stuffing guard, SOP terms and tone, and `uncertain` verdicts. Each table is tried in
both directions: must match, and must not."""

from pathlib import Path

import pytest

from simulator.authoring.validate import validate_paths
from simulator.content.model import SOP, Check, Criterion, Example, Rubric, Scenario, Thread
from simulator.grading.grader import Record, Reply, grade
from simulator.grading.matching import find_phrase


def _grade(check: Check, *texts: str, sop: SOP | None = None, examples=()):
    criterion = Criterion("c", check, critical=True, weight=0)
    scenario = Scenario(
        "s",
        "en",
        "t",
        "sop",
        1,
        (Thread("main", "chat"),),
        (),
        Rubric(80, (criterion,)),
        examples=tuple(examples),
    )
    record = Record(tuple(Reply("main", t) for t in texts))
    return grade(scenario, sop, record, {"name": "Sara"})


def avoids(phrases, text):
    return _grade(Check("avoids", tuple(phrases)), text).criteria[0]


def mentions(phrases, text):
    return _grade(Check("mentions", tuple(phrases)), text).criteria[0]


# --- negation -------------------------------------------------------------------------

NEGATED = [  # (phrase, reply): the phrase is inside a negation's scope
    ("ask for your password", "We will never ask for your password."),
    ("ask for your password", "Our team won't ever ask for your password"),
    ("send us your password", "There is no need to send us your password."),
    ("send us your password", "You don't have to send us your password anymore."),
    ("send us your password", "please dont send us your password"),
    ("كلمة المرور", "لن نطلب منك كلمة المرور أبدا"),
    ("كلمة المرور", "ما راح نطلب منك كلمة المرور"),
    ("ابعتلي الباسورد", "مش محتاج ابعتلي الباسورد"),
    ("الباسورد", "متبعتش الباسورد لحد"),
    ("كلمة السر", "مو لازم كلمة السر"),
    ("الرقم السري", "ماراح نطلب الرقم السري"),
    ("كلمة المرور", "بدون كلمة المرور"),
    ("رمز", "ليس مطلوبا منك أي رمز"),
    ("password", "e7na mesh hantlob el password"),
]
NOT_NEGATED = [  # a negator nearby, but the phrase is still asserted (or asked for)
    ("send us your password", "Please don't forget to send us your password."),
    ("send us your password", "Don't hesitate to send us your password"),
    ("send us your password", "Why don't you send us your password?"),
    ("send us your password", "I can't see your account, but send us your password."),
    ("send us your password", "No problem, send us your password"),
    ("send us your password", "Not a problem. Please send us your password"),
    ("كلمة المرور", "ما هي كلمة المرور؟"),
    ("ابعتلي الباسورد", "متنساش ابعتلي الباسورد"),
    ("ابعتلي الباسورد", "لا تنسى ابعتلي الباسورد"),
    ("كلمة المرور", "لا تتردد في إرسال كلمة المرور"),
    ("كلمة المرور", "ليش ما ترسل كلمة المرور"),
    ("كلمة المرور", "لا، أرسل لي كلمة المرور"),
    ("كلمة المرور", "لن نتأخر عليك لكن أرسل كلمة المرور"),
    ("password", "never mind a b c d e f send the password"),  # too far: 6 words between
]


@pytest.mark.parametrize(("phrase", "text"), NEGATED)
def test_a_negated_forbidden_phrase_is_allowed_with_the_negator_in_evidence(phrase, text):
    result = avoids([phrase], text)
    assert result.passed
    negated = result.evidence["negated"][0]
    assert (
        text[negated["negator"]["start"] : negated["negator"]["end"]] == negated["negator"]["text"]
    )
    assert "negation near the phrase" in result.uncertain


@pytest.mark.parametrize(("phrase", "text"), NEGATED)
def test_a_negated_required_phrase_counts_as_absent(phrase, text):
    result = mentions([phrase], text)
    assert not result.passed
    assert result.evidence["negated"]
    assert "negation near the phrase" in result.uncertain


@pytest.mark.parametrize(("phrase", "text"), NOT_NEGATED)
def test_a_phrase_outside_negation_scope_still_counts(phrase, text):
    assert not avoids([phrase], text).passed
    assert mentions([phrase], text).passed


def test_another_occurrence_outside_the_negation_counts():
    text = "We never ask for your password. Now send us your password."
    assert not avoids(["send us your password"], text).passed
    assert mentions(["your password"], text).passed


def test_a_phrase_holding_a_negator_and_a_name_are_never_negated():
    assert mentions(["never share"], "Please never share your code").passed
    assert mentions(["لا تشارك"], "رجاء لا تشارك الرمز").passed
    check = Check("mentions", ("{name}",))
    assert _grade(check, "No, Sara, we can't").criteria[0].passed


def test_negation_false_reads_the_phrase_as_written():
    check = Check("avoids", ("commit suicide",), {"negation": False})
    assert not _grade(check, "Nobody should feel they have to commit suicide").criteria[0].passed


# --- Arabic stems ------------------------------------------------------------------------

STEM_MATCHES = [
    ("كلمة المرور", "كلمة مرورك"),
    ("كلمة المرور", "كلمة مروركم"),
    ("البريد الإلكتروني", "بريدك الإلكتروني"),
    ("الرقم السري", "رقمكم السري"),
    ("حساب", "حسابكم"),
    ("حساب", "حسابها"),
    ("حساب", "حسابنا"),
    ("حساب", "حساباتكم"),
    ("رابط الاستعادة", "رابط استعادتك"),
    ("مساعدة", "مساعدتك"),
    ("رابط", "رابطه"),
    ("موظف", "موظفة"),
    ("موظف", "موظفين"),
    ("المسجل", "المسجلين"),
    ("كلمة المرور", "وبكلمة المرور"),
    ("الحساب", "وبالحساب"),
    ("دعم", "فللدعم"),
    ("الحساب", "وللحساب"),
]
STEM_REJECTS = [
    ("سر", "كسر الجهاز"),  # a one-letter prefix on a two-letter word is not read
    ("سر", "سرك"),  # nor a suffix
    ("علم", "علمي"),  # a three-letter word takes no ي (a nisba adjective)
    ("رقم", "رقمي"),
    ("علم", "علمين"),  # nor a feminine or plural form
    ("حساب", "حسابية"),
    ("رابط", "رابطة"),  # ة written: a feminine noun (a league), not رابطه (his link)
    ("كلمة المرور", "كلمة مرور"),  # the article goes only with a suffix in its place
    ("حساب", "محاسب"),
    ("كلمة المرور", "كلمات المرور"),  # a plural only on the phrase's last word
]


@pytest.mark.parametrize(("phrase", "text"), STEM_MATCHES)
def test_stem_rules_match(phrase, text):
    found = find_phrase(phrase, text)
    assert found is not None and found.how == "stem"
    assert found.matched == text
    assert "stem rule" in mentions([phrase], text).uncertain


@pytest.mark.parametrize(("phrase", "text"), STEM_REJECTS)
def test_stem_rules_stay_conservative(phrase, text):
    assert find_phrase(phrase, text) is None


# --- Arabizi -----------------------------------------------------------------------------

ARABIZI_MATCHES = [
    ("شكرا", "shukran ya 7abibi", "shukran"),
    ("خالد", "ahlan ya Khaled, asfin", "Khaled"),
    ("الإيميل الأصلي", "hayeb3atoulak 3ala el email el asly", "email el asly"),
    ("حاجة تانية", "fi 7aga tanya?", "7aga tanya"),
    ("الرفق بالحيوان", "gam3eyet el rifq bel 7ayawan", "rifq bel 7ayawan"),
    ("30 يوم", "yt3attal 30 yom w ba3dha", "30 yom"),
    ("ابعتلي الكود", "ya3ni eb3atli el code", "eb3atli el code"),
]
ARABIZI_REJECTS = [
    ("شكرا", "thanks a lot for your patience"),  # an English reply is not transliterated
    ("خالد", "ya 3ali, ana hena"),
    ("يا", "ya 7abibi"),  # too few consonants to match safely
    ("حاجة تانية", "fi 7aga wa7da bas"),
]


@pytest.mark.parametrize(("phrase", "text", "span"), ARABIZI_MATCHES)
def test_arabizi_replies_match_arabic_phrases_in_the_original_text(phrase, text, span):
    found = find_phrase(phrase, text)
    assert found is not None and found.how == "arabizi"
    assert found.matched == span == text[found.start : found.end]


@pytest.mark.parametrize(("phrase", "text"), ARABIZI_REJECTS)
def test_arabizi_matching_stays_conservative(phrase, text):
    assert find_phrase(phrase, text) is None


# --- stuffing guard -----------------------------------------------------------------------

RUBRIC = ("sorry", "email on file", "turn it back on", "anything else", "{name}")
GOOD = (
    "Hi Sara, sorry about the trouble. I've sent the link to the email on file; once you "
    "are in, please turn it back on. Is there anything else I can help with?"
)


def _stuffing(text: str, examples=True):
    ex = [Example("pass", {"main": (GOOD,)})] if examples else []
    return _grade(Check("mentions", RUBRIC, {"all": True}), text, examples=ex)


@pytest.mark.parametrize(
    "text",
    [
        "Sara, sorry, email on file, turn it back on, anything else",
        "Sara\nsorry\nemail on file\nturn it back on\nanything else",
        "Sara sorry sorry email on file turn it back on email on file anything else",
        "sorry sorry sorry anything else anything else Sara",
    ],
)
def test_a_stuffed_reply_fails_its_phrase_criteria_and_the_grade(text):
    result = _stuffing(text)
    assert not result.passed
    assert not result.criteria[0].passed
    assert result.criteria[0].evidence["stuffed"]
    guard = result.criterion("no-keyword-stuffing")
    assert guard.critical and not guard.passed and guard.uncertain == ("stuffing guard",)


def test_a_real_reply_is_not_stuffed():
    assert _stuffing(GOOD).passed
    assert _stuffing(
        "Hi Sara, so sorry! The reset went to the email on file. "
        "Please turn it back on. Anything else?"
    ).passed


def test_without_a_passing_example_only_the_list_rule_applies():
    assert _stuffing(
        "Sara sorry email on file turn it back on anything else", examples=False
    ).passed
    assert not _stuffing(
        "Sara, sorry, email on file, turn it back on, anything else", examples=False
    ).passed


# --- terms, tone, uncertain ------------------------------------------------------------------

SOP_WITH_TERMS = SOP(
    "sop",
    1,
    None,  # type: ignore[arg-type]
    terms={"password": ("password", "كلمة المرور", "الباسورد")},
    tone=("calm down", "غلطتك"),
)


def test_a_term_stands_for_its_phrases_in_both_languages():
    check = Check("mentions", ("@password",))
    for text in ("choose a new password", "اختر كلمة مرور جديدة لكلمة المرور", "غير الباسورد"):
        assert _grade(check, text, sop=SOP_WITH_TERMS).criteria[0].passed
    assert not _grade(check, "choose a new pin", sop=SOP_WITH_TERMS).criteria[0].passed


def test_the_sop_tone_list_fails_a_rude_reply_and_allows_its_negation():
    check = Check("mentions", ("sorry",))
    rude = _grade(check, "Sorry, but calm down.", sop=SOP_WITH_TERMS)
    assert rude.criterion("tone").critical and not rude.criterion("tone").passed
    assert not rude.passed
    assert _grade(check, "Sorry, this is not غلطتك at all", sop=SOP_WITH_TERMS).passed


def test_uncertain_appears_in_the_json_only_with_a_reason():
    fuzzy = mentions(["password"], "your pasword").to_json()
    assert fuzzy["uncertain"] is True and fuzzy["uncertain_reasons"] == ["fuzzy match"]
    plain = mentions(["password"], "your password").to_json()
    assert "uncertain" not in plain and "uncertain_reasons" not in plain


def test_validate_reports_an_unknown_term_with_a_hint(tmp_path: Path):
    (tmp_path / "sops").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "sops" / "s.yaml").write_text(
        "id: s\nteams: [t]\nterms:\n  password: [password, كلمة المرور]\n",
        encoding="utf-8",
    )
    (tmp_path / "en" / "x.yaml").write_text(
        "id: x\nlanguage: en\ntitle: x\nsop: s\ndifficulty: 1\n"
        "threads: [{id: main, channel: chat}]\n"
        "timeline: [{at: 0s, thread: main, text: hi}]\n"
        "rubric:\n  pass_mark: 80\n  criteria:\n"
        "    - {id: a, check: {avoids: ['@passwrd']}}\n"
        "    - {id: b, check: {mentions: ['@password']}}\n",
        encoding="utf-8",
    )
    messages = [p.message for p in validate_paths([tmp_path])]
    assert any("'@passwrd'" in m and "did you mean '@password'" in m for m in messages)
    assert not any("'@password'," in m for m in messages)
    (tmp_path / "sops" / "s.yaml").write_text(
        "id: s\nterms:\n  password: [password]\ntone: ['@pasword']\n", encoding="utf-8"
    )
    messages = [p.message for p in validate_paths([tmp_path / "sops"])]
    assert any("tone uses '@pasword'" in m and "did you mean '@password'" in m for m in messages)


def test_validate_checks_an_example_that_says_it_is_stuffed(tmp_path: Path):
    (tmp_path / "sops").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "sops" / "s.yaml").write_text("id: s\nteams: [t]\n", encoding="utf-8")
    scenario = (
        "id: x\nlanguage: en\ntitle: x\nsop: s\ndifficulty: 1\n"
        "threads: [{id: main, channel: chat}]\n"
        "timeline: [{at: 0s, thread: main, text: hi}]\n"
        "rubric:\n  pass_mark: 50\n  criteria:\n"
        "    - {id: a, check: {mentions: [sorry, email on file, anything else]}}\n"
        "examples:\n"
        "  - verdict: pass\n"
        "    replies: {main: 'Sorry about that, the link went to the email on file.'}\n"
        "  - verdict: fail\n    fails: [no-keyword-stuffing]\n"
        "    replies: {main: %s}\n"
    )
    path = tmp_path / "en" / "x.yaml"
    path.write_text(scenario % "'sorry, email on file, anything else, sorry'", encoding="utf-8")
    assert [p.message for p in validate_paths([tmp_path])] == []
    path.write_text(scenario % "'Sorry, it went to the email on file.'", encoding="utf-8")
    messages = [p.message for p in validate_paths([tmp_path])]
    assert any("'no-keyword-stuffing' passes but the example says it fails" in m for m in messages)


def test_a_stuffed_reply_does_not_satisfy_a_regex_either():
    regex = Criterion("number", Check("regex", r"\b48 hours\b"), weight=10)
    scenario = Scenario(
        "s",
        "en",
        "t",
        "sop",
        1,
        (Thread("main", "chat"),),
        (),
        Rubric(80, (Criterion("c", Check("mentions", RUBRIC), weight=10), regex)),
        examples=(Example("pass", {"main": (GOOD,)}),),
    )
    stuffed = "Sara, sorry, email on file, turn it back on, anything else, 48 hours"
    result = grade(scenario, None, Record((Reply("main", stuffed),)), {"name": "Sara"})
    number = result.criterion("number")
    assert not number.passed and number.uncertain == ("stuffing guard",)
    plain = "Sorry Sara, we reply within 48 hours."
    assert (
        grade(scenario, None, Record((Reply("main", plain),)), {"name": "Sara"})
        .criterion("number")
        .passed
    )
