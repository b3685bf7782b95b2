"""Every validation rule fires, on the right line, and all problems come at once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.authoring.validate import Problem, validate_paths
from simulator.errors import ContentError
from tests.builders import copy_content_library, edit, errors, line_of
from tests.builders import spec_scenario as scenario


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    return copy_content_library(tmp_path)


def assert_one(lib: Path, line: int, *words: str) -> Problem:
    found = errors(lib)
    matching = [p for p in found if all(w in p.message for w in words)]
    assert matching, found
    assert matching[0].line == line, matching
    assert matching[0].file == str(scenario(lib))
    return matching[0]


def test_the_spec_example_is_valid(lib):
    assert validate_paths([lib]) == []


def test_unknown_key_with_a_hint(lib):
    path = scenario(lib)
    edit(path, "difficulty: 2", "difficulty: 2\ndificulty: 3")
    p = assert_one(lib, 7, "unknown key 'dificulty'")
    assert "did you mean 'difficulty'" in p.message


def test_missing_key(lib):
    edit(scenario(lib), "sop: account-recovery ", "# no sop ")
    assert_one(lib, 1, "no 'sop'")


def test_wrong_type(lib):
    edit(scenario(lib), "pass_mark: 80", "pass_mark: high")
    assert_one(lib, line_of(scenario(lib), "pass_mark"), "pass_mark must be a number")


def test_bad_duration(lib):
    edit(scenario(lib), "at: 40s", "at: 40 seconds")
    assert_one(lib, line_of(scenario(lib), "40 seconds"), "not a duration")


def test_sop_that_does_not_exist(lib):
    edit(scenario(lib), "sop: account-recovery", "sop: acount-recovery")
    assert_one(lib, 5, "SOP 'acount-recovery' not found")


def test_duplicate_ids_across_the_library(lib):
    (lib / "en").mkdir(exist_ok=True)
    shutil.copy(scenario(lib), lib / "en" / "copy.yaml")
    found = errors(lib)
    assert [(p.file, p.line) for p in found if "duplicate scenario id" in p.message] == [
        (str(lib / "en" / "copy.yaml"), 2)
    ]


def test_thread_used_but_not_declared(lib):
    path = scenario(lib)
    edit(path, '    thread: follow-up\n    text: "hello', '    thread: side\n    text: "hello')
    assert_one(lib, line_of(path, "at: 40s"), "thread 'side'", "not declared")


def test_placeholder_that_is_not_a_persona_field(lib):
    path = scenario(lib)
    edit(path, 'text: "hello?? anyone there"', 'text: "hello?? {nickname}"')
    assert_one(lib, line_of(path, "hello?? {nickname}"), "{nickname}", "not a persona field")


def test_agent_placeholder_is_allowed(lib):
    edit(scenario(lib), 'text: "hello?? anyone there"', 'text: "hello?? {agent}"')
    assert errors(lib) == []


def test_faker_method_the_locale_lacks(lib):
    edit(scenario(lib), "email: free_email", "email: free_emial")
    assert_one(lib, line_of(scenario(lib), "free_emial"), "no method 'free_emial'")


def test_attachment_whose_file_is_missing(lib):
    edit(scenario(lib), "login-alert.png", "login-alrt.png")
    assert_one(lib, line_of(scenario(lib), "- id: shot1"), "shot1", "no file")


def test_sensitivity_outside_the_taxonomy(lib):
    edit(scenario(lib), "{category: bullying, level: 1}", "{category: gore, level: 1}")
    assert_one(lib, line_of(scenario(lib), "category: gore"), "'gore'", "bullying")


def test_sensitivity_level_outside_1_to_3(lib):
    edit(scenario(lib), "{category: bullying, level: 1}", "{category: bullying, level: 4}")
    assert_one(lib, line_of(scenario(lib), "level: 4"), "level 4")


def test_no_reply_on_a_thread_without_user_messages_never_fires(lib):
    path = scenario(lib)
    edit(path, "  - id: follow-up\n", "  - id: side\n    channel: chat\n  - id: follow-up\n")
    edit(path, "when: {no_reply: follow-up, for: 60s}", "when: {no_reply: side, for: 60s}")
    assert_one(lib, line_of(path, "no_reply: side"), "can never fire", "never writes")


def test_no_reply_after_the_time_limit_never_fires(lib):
    path = scenario(lib)
    edit(path, "when: {no_reply: follow-up, for: 60s}", "when: {no_reply: follow-up, for: 1h}")
    assert_one(lib, line_of(path, "no_reply: follow-up"), "can never fire", "time_limit")


def test_trigger_on_an_undeclared_thread(lib):
    path = scenario(lib)
    edit(path, "when: {reply: main,", "when: {reply: mian,")
    assert_one(lib, line_of(path, "reply: mian"), "thread 'mian'", "not declared")


def test_rubric_whose_weights_cannot_reach_the_pass_mark(lib):
    path = scenario(lib)
    edit(path, "pass_mark: 80", "pass_mark: 95")
    edit(
        path,
        "    - id: fast-chat-answer",
        "    - id: reply-in-english\n      weight: 40\n      check: {language: en}\n"
        "    - id: fast-chat-answer",
    )
    assert_one(lib, line_of(path, "id: reply-in-english"), "contradict", "pass mark 95")


def test_a_critical_criterion_that_no_reply_can_pass(lib):
    path = scenario(lib)
    edit(
        path,
        "    - id: fast-chat-answer",
        '    - id: asks-password\n      check: {mentions: ["password"]}\n'
        "    - id: fast-chat-answer",
    )
    assert_one(lib, line_of(path, "id: asks-password"), "contradict", "critical")


def test_ar_scenario_whose_user_messages_are_not_arabic(lib):
    path = scenario(lib)
    edit(path, '"مرحبا، أنا {name}. حسابي @{username} تم اختراقه ..."', '"Hello, my account"')
    edit(path, 'text: "??"', 'text: "hello again"')
    edit(path, '"وصلني الرمز، شكرا"', '"Got the code, thanks"')
    assert_one(lib, line_of(path, "at: 0s"), "none of the user's messages is in Arabic")


def test_escalation_to_a_team_the_sop_lacks(lib):
    path = scenario(lib)
    edit(path, "{type: tag, value: account-security}]", "{type: escalate, value: payments}]")
    assert_one(lib, line_of(path, "verdict: pass"), "escalates to 'payments'", "account-security")


def test_criterion_macro_not_in_the_sop(lib):
    path = scenario(lib)
    edit(path, "{type: macro, value: recovery-link}]}", "{type: macro, value: reset-link}]}")
    assert_one(lib, line_of(path, "check: {order:"), "macro 'reset-link'", "recovery-link")


def test_pass_example_that_fails(lib):
    path = scenario(lib)
    edit(path, '{main: "مرحبا {name}، نأسف', '{main: "أهلا، نأسف')
    edit(path, ", {type: tag, value: account-security}]", "]")
    p = assert_one(lib, line_of(path, "verdict: pass"), "verdict: pass", "fails: score")
    assert "greets-by-name" in p.message


def test_fail_example_that_passes(lib):
    path = scenario(lib)
    edit(path, "  - verdict: pass", "  - verdict: fail")
    assert_one(lib, line_of(path, "verdict: fail"), "passes", "should fail")


def test_fails_criterion_that_passes(lib):
    path = scenario(lib)
    edit(path, "fails: [no-password-request]", "fails: [no-password-request, reply-in-arabic]")
    assert_one(lib, line_of(path, "verdict: fail"), "'reply-in-arabic' passes")


def test_fails_names_an_unknown_criterion(lib):
    path = scenario(lib)
    edit(path, "fails: [no-password-request]", "fails: [no-password-requests]")
    assert_one(lib, line_of(path, "verdict: fail"), "unknown criteria: no-password-requests")


def test_latin_persona_in_an_ar_scenario_is_a_warning_only(lib):
    path = scenario(lib)
    edit(path, "locale: ar_EG", "locale: en_US")
    problems = validate_paths([lib])
    assert errors(lib) == []
    (warning,) = problems
    assert warning.severity == "warning" and warning.line == line_of(path, "name: name")
    assert "Latin letters" in warning.message and str(warning).count(": warning: ") == 1


def test_duplicate_key_in_the_yaml(lib):
    path = scenario(lib)
    edit(path, "difficulty: 2", "difficulty: 2\ndifficulty: 3")
    assert_one(lib, 7, "duplicate key 'difficulty'", "first on line 6")


def test_every_problem_at_once(lib):
    path = scenario(lib)
    edit(path, "difficulty: 2", "difficulty: 9")
    edit(path, "at: 40s", "at: soon")
    edit(path, "channel: chat", "channel: sms")
    edit(path, "weight: 20", "weight: -5")
    found = errors(lib)
    assert [p.line for p in found] == sorted(p.line for p in found)
    lines = {p.line for p in found}
    for fragment in ("difficulty: 9", "at: soon", "channel: sms", "weight: -5"):
        assert line_of(path, fragment) in lines or line_of(path, fragment) - 1 in lines


def test_sop_problems_are_reported_in_the_sop_file(lib):
    sop = lib / "sops" / "account-recovery.yaml"
    edit(sop, "id: account-recovery", "id: account-recovery-v2")
    found = errors(lib)
    assert any(p.file == str(sop) and "must match its file name" in p.message for p in found)
    assert any(p.file == str(scenario(lib)) and "has errors" in p.message for p in found)


def test_a_wrong_path_is_a_content_error(tmp_path):
    with pytest.raises(ContentError, match="no such file or folder"):
        validate_paths([tmp_path / "nope"])


def test_problem_str_is_file_line_message():
    assert str(Problem("a.yaml", 3, "bad")) == "a.yaml:3: bad"


def test_attachments_fall_back_to_the_programs_own_assets(lib):
    # The spec's example names assets/scenario-media/login-alert.png, which Frontline ships:
    # a copy of it in a library with no assets/ folder still validates.
    shutil.rmtree(lib.parent / "assets")
    assert errors(lib) == []
    edit(scenario(lib), "login-alert.png", "not-shipped.png")
    assert_one(lib, line_of(scenario(lib), "- id: shot1"), "no file")


def test_agent_is_not_a_persona_field(lib):
    edit(scenario(lib), "    name: name\n", "    name: name\n    agent: name\n")
    assert_one(lib, line_of(scenario(lib), "agent: name"), "'agent' is reserved")


def test_sop_macro_placeholder_the_persona_lacks_is_a_warning(lib):
    sop = lib / "sops" / "account-recovery.yaml"
    edit(sop, '{id: recovery-link, en: "...", ar: "..."}', '{id: recovery-link, ar: "{city}"}')
    problems = validate_paths([lib])
    assert [(p.severity, p.line, p.file) for p in problems] == [("warning", 5, str(scenario(lib)))]
    assert "macro 'recovery-link'" in problems[0].message and "{city}" in problems[0].message


def test_an_action_check_with_no_value_is_a_problem_not_a_crash(tmp_path):
    """Found by the structural fuzzer: ``check: {action: null}`` once crashed the loader."""
    shipped = Path(__file__).resolve().parents[3] / "scenarios"
    lib = tmp_path / "scenarios"
    shutil.copytree(shipped / "sops", lib / "sops")
    (lib / "en").mkdir()
    sample = sorted((shipped / "en").glob("*.yaml"))[0]
    text = sample.read_text(encoding="utf-8")
    assert "\n  criteria:\n" in text
    text = text.replace(
        "\n  criteria:\n", "\n  criteria:\n    - id: broken\n      check: {action: null}\n", 1
    )
    target = lib / "en" / sample.name
    target.write_text(text, encoding="utf-8")
    problems = validate_paths([target])
    assert any("action" in p.message for p in problems), problems


def _scenario_with(tmp_path, edit):
    shipped = Path(__file__).resolve().parents[3] / "scenarios"
    lib = tmp_path / "scenarios"
    shutil.copytree(shipped / "sops", lib / "sops")
    shutil.copytree(shipped.parent / "assets", tmp_path / "assets")
    (lib / "en").mkdir()
    sample = next(
        p for p in sorted((shipped / "en").glob("*.yaml")) if "image: " in p.read_text("utf-8")
    )
    target = lib / "en" / sample.name
    target.write_text(edit(sample.read_text(encoding="utf-8")), encoding="utf-8")
    return validate_paths([target])


def test_a_child_safety_scenario_may_not_carry_an_image(tmp_path):
    """Child-safety material is text only (wellbeing evidence, item 9)."""

    def label(text: str) -> str:
        import io

        from ruamel.yaml import YAML

        yaml = YAML()
        data = yaml.load(text)
        data["sensitivity"] = [{"category": "child-safety", "level": 1}]
        out = io.StringIO()
        yaml.dump(data, out)
        return out.getvalue()

    problems = _scenario_with(tmp_path, label)
    assert any("child-safety material is text only" in p.message for p in problems), problems


def test_needed_for_step_must_name_a_step_of_the_sop(tmp_path):
    def step(text: str) -> str:
        return text.replace("image: ", "needed_for_step: no-such-step\n        image: ", 1)

    problems = _scenario_with(tmp_path, step)
    assert any("needed_for_step 'no-such-step' is not a step" in p.message for p in problems), [
        str(p) for p in problems
    ]
