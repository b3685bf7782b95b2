"""Every validator message has Arabic (issue 19: the studio works in both languages).

The validator is run over many broken versions of the test library (each value in each
place of the scenario and the SOP replaced by a wrong one, malformed YAML, bad exam
files), and every message it produces must match a pattern of ``messages_ar``: none is
left in English. A few translations are checked word for word."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from simulator.authoring.messages_ar import LRI, PDI, arabic, translated
from simulator.authoring.validate import validate_text
from simulator.content.yamlfile import read_yaml

DATA = Path(__file__).parents[1] / "content" / "data"
SCENARIO = DATA / "library" / "ar" / "hacked-account-email-ar.yaml"
SOP = DATA / "library" / "sops" / "account-recovery.yaml"
SOPS = DATA / "library" / "sops"
WRONG = (None, True, 7, "chatt", [], {"x": 1}, "-5s", "{usernme}")


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _places(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _places(v, (*path, i))
    return out


def _put(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    data = copy.deepcopy(data)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


def _messages(text: str, path: Path) -> set[str]:
    return {p.message for p in validate_text(text, path, sops_dir=SOPS)}


TEXT_EDITS = [
    ("  locale: ar_EG", "  locale:ar_EG"),  # no space after a colon
    ("    subject: ", "     subject: "),  # indented more than the line above
    ("    email: free_email", "   email: free_email"),  # lines up with nothing
    ('title: "حساب', 'title: Refund: now "حساب'),  # ": " in a value
    ("format: 1", "format: 1\n---\nx: 1"),  # two documents
    ("difficulty: 2", "\tdifficulty: 2"),  # a tab
    ("difficulty: 2", "difficulty: 2\ndifficulty: 3"),  # a duplicate key
    ("difficulty: 2", "difficulty: !!python/name:os.system 2"),  # a tag
    ("channel: email", "channel: e-mail"),  # a bad channel and its threads
    ("channel: chat", "channel: chatt"),
    ("value: recovery-link}", "value: recovry-link}"),  # a macro, did you mean
    ("value: account-security}", "value: acount-security}"),  # a tag value
    ("@{username}", "@{usernme}"),  # a placeholder, did you mean
    ("sop: account-recovery", "sop: acount-recovery"),  # an SOP, did you mean
    ("verdict: pass", "verdict: passs"),
    ("for: 60s}", "for: 6o}"),  # a bad duration
    ("for: 60s}", "for: -5s}"),
    ("time_limit: 30m", "time_limit: 30s"),  # no_reply can never fire
    ("- verdict: fail\n", "- verdict: pass\n"),  # an example that lies
    ("    fails: [no-password-request]", "    fails: [no-such-criterion]"),
    ("check: {language: ar}", "check: {language: ar, mentions: [x]}"),
    ('check: {mentions: ["{name}"]}', 'check: {avoids: ["{name}"]}'),  # a contradiction
    ("check: {action: {type: tag, value: account-security}}", "check: {state: {x: 1}}"),
]

EXAMS = [
    "format: 2\nid: Bad_Id\ntitel: x\nlanguage: fr\nversion: 0\nvalidity_days: 0\n"
    "max_attempts: 0\ncooldown: -1m\nsupport_pause_limit: -1m\ntime_limit: 0s\n"
    "review: al\npass: {mean_score: 120}\npool: {draw: 0, from: [a, a]}\n"
    "scenarios: [nope, hacked-account-email-ar, hacked-account-email-ar]\n"
    "swaps: [hacked-account-email-ar]\n",
    "format: 1\nid: final\ntitle: {en: Final}\nlanguage: en\n",
    "id: final\ntitle: 7\nscenarios: [hacked-account-email-ar]\npool: 3\n",
    "- just a list\n",
    "",
]


@pytest.fixture(scope="module")
def produced() -> set[str]:
    out: set[str] = set()
    for source in (SCENARIO, SOP):
        base = _plain(read_yaml(source)[0])
        for place in _places(base)[1:]:
            for value in WRONG:
                text = json.dumps(_put(base, place, value), ensure_ascii=False)
                out |= _messages(text, source)
    original = SCENARIO.read_text(encoding="utf-8")
    for old, new in TEXT_EDITS:
        assert old in original, old
        out |= _messages(original.replace(old, new, 1), SCENARIO)
    exam_path = DATA / "library" / "exams" / "final.yaml"
    for text in EXAMS:
        out |= _messages(text, exam_path)
    out |= _messages("\x00\x01binary", SCENARIO)
    out |= _messages("", SCENARIO)
    out |= _messages("[1, 2]", SCENARIO)
    return out


@pytest.mark.slow
def test_the_sweep_produces_many_kinds_of_message(produced):
    assert len(produced) > 500
    for fragment in (
        "did you mean",
        "malformed YAML",
        "unknown key",
        "must be",
        "contradict",
        "example #",
        "not a duration",
        "not declared",
        "exam",
    ):
        assert any(fragment in m for m in produced), fragment


def test_every_message_has_arabic(produced):
    left = sorted(m for m in produced if not translated(m))
    assert not left, "\n".join(left)
    english = []
    for message in sorted(produced):
        ar = arabic(message)
        assert ar != message
        # Latin is kept only inside isolates: outside them, no English word is left.
        outside = "".join(
            part.split(PDI, 1)[-1] for part in ar.split(LRI)
        )  # text outside LRI...PDI
        words = [
            w
            for w in outside.replace("Faker", "")
            .replace("YAML", "")
            .replace("Frontline", "")
            .split()
            if w
        ]
        latin = [w for w in words if any("a" <= c.lower() <= "z" for c in w)]
        if latin:
            english.append(f"{message}\n    {ar}\n    {latin}")
        assert ar.count(LRI) == ar.count(PDI)
    assert not english, "\n".join(english)


def _show(text: str) -> str:
    return text.replace(LRI, "[").replace(PDI, "]")


def test_exact_arabic_for_a_bad_channel_with_a_suggestion():
    message = (
        "thread 'chat'.channel is 'chatt'; use one of: email, ticket, chat (did you mean 'chat'?)"
    )
    assert _show(arabic(message)) == (
        "قيمة [channel] في المحادثة ['chat'] هي ['chatt']؛ استخدم إحدى القيم: "
        "[email, ticket, chat] (هل تقصد ['chat']؟)"
    )


def test_exact_arabic_for_an_unknown_key_and_a_wrong_type():
    assert _show(
        arabic("unknown key 'titel' in scenario (did you mean 'title'?); known: id, title")
    ) == (
        "مفتاح غير معروف ['titel'] في السيناريو (هل تقصد "
        "['title']؟)؛ المفاتيح المعروفة: [id, title]"
    )
    assert _show(arabic("scenario.difficulty must be a whole number, not text")) == (
        "يجب أن تكون قيمة [difficulty] في السيناريو عددًا صحيحًا، لا نصًّا"
    )


def test_exact_arabic_for_malformed_yaml_keeps_the_parser_words_and_explains():
    message = (
        "malformed YAML: did not find expected key. Line 12 has no space after the colon "
        "in 'locale:ar_EG'; write 'locale: ar_EG'."
    )
    assert _show(arabic(message)) == (
        "YAML غير سليم: [did not find expected key]. لا توجد مسافة بعد النقطتين في السطر 12 "
        "في ['locale:ar_EG']؛ اكتب ['locale: ar_EG']."
    )


def test_exact_arabic_for_an_example_that_fails():
    message = "example #1 (verdict: pass) fails: score 60 (pass mark 80); failed: greets-by-name"
    assert _show(arabic(message)) == (
        "يرسب المثال [#1] (الحكم: [pass]): الدرجة 60 (درجة النجاح 80)؛ المعايير الراسبة: "
        "[greets-by-name]"
    )


def test_folder_walk_messages_have_arabic(tmp_path):
    from simulator.authoring.validate import validate_paths

    (tmp_path / "empty").mkdir()
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "gone.yaml").symlink_to(tmp_path / "nowhere.yaml")
    messages = [p.message for p in validate_paths([tmp_path / "empty", tmp_path / "lib"])]
    assert messages, messages
    for message in messages:
        assert translated(message), message
    assert _show(arabic("no scenario files (no .yaml file in it)")) == (
        "لا ملفات سيناريو (ليس فيه ملف [.yaml])"
    )


@pytest.mark.parametrize(
    "message",
    [
        "criterion 'c' wants status: 'x', which neither the start state nor any "
        "back-office action gives",
        "macro 'm' of SOP 's' uses {name}, {x}, which this scenario's persona does not have",
        "persona: Faker has no locale 'xx' (e.g. ar_EG, en_US)",
        "persona.name: Faker locale ar_EG has no method 'foo'",
        "persona.name: Faker method 'pystr_format' cannot be used here (missing argument)",
    ],
)
def test_back_office_macro_and_persona_messages_have_only_isolated_latin(message):
    outside = "".join(part.split(PDI, 1)[-1] for part in arabic(message).split(LRI))
    assert not [w for w in outside.replace("Faker", "").split() if any("a" <= c <= "z" for c in w)]


def test_a_message_without_a_pattern_comes_back_in_english():
    assert arabic("something new the validator says") == "something new the validator says"
    assert not translated("something new the validator says")
