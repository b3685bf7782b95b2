"""The validator's messages point at the key that is wrong and say how to fix it
(issue 19): placeholder lines, plain words for malformed YAML, one root error for a bad
channel, examples graded despite a contradiction, "did you mean" for ids, and the exam
key list given once."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.authoring.validate import Problem, validate_paths
from tests.builders import copy_content_library, edit, errors, line_of
from tests.builders import spec_scenario as scenario


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    return copy_content_library(tmp_path)


def test_an_unknown_placeholder_is_reported_at_its_text_line_with_a_suggestion(lib):
    path = scenario(lib)
    edit(path, "أنا {name}. حسابي @{username}", "أنا {name}. حسابي @{usernme}")
    found = [p for p in errors(lib) if "{usernme}" in p.message]
    assert len(found) == 1, found
    assert found[0].line == line_of(path, "@{usernme}")  # the text: line, not the event's
    assert found[0].line != line_of(path, "at: 0s")
    assert "did you mean '{username}'?" in found[0].message


def _yaml_error(lib: Path, old: str, new: str) -> Problem:
    edit(scenario(lib), old, new)
    found = errors(lib)
    assert len(found) == 1, found
    assert "malformed YAML" in found[0].message
    return found[0]


def test_malformed_yaml_missing_space_after_a_colon_is_explained_at_its_line(lib):
    p = _yaml_error(lib, "  locale: ar_EG", "  locale:ar_EG")
    assert p.line == line_of(scenario(lib), "locale:ar_EG")
    assert p.message.startswith("malformed YAML: did not find expected key. ")  # parser's words
    assert "no space after the colon in 'locale:ar_EG'; write 'locale: ar_EG'" in p.message


def test_malformed_yaml_indentation_that_does_not_line_up_is_explained(lib):
    p = _yaml_error(lib, "    subject: ", "     subject: ")
    assert p.line == line_of(scenario(lib), "     subject: ")
    assert "indented 5 spaces, more than the line above (4)" in p.message


def test_malformed_yaml_unaligned_dedent_is_explained(lib):
    p = _yaml_error(lib, "    email: free_email", "   email: free_email")
    assert p.line == line_of(scenario(lib), "   email: free_email")
    assert "lines up with no line above" in p.message


def test_a_bad_channel_is_reported_once_without_follow_on_thread_errors(lib):
    path = scenario(lib)
    edit(path, "channel: email ", "channel: e-mail")
    found = errors(lib)
    assert len(found) == 1, found
    assert found[0].line == line_of(path, "channel: e-mail")
    assert "e-mail" in found[0].message
    assert not any("not declared" in p.message for p in found)


def test_a_contradicting_rubric_still_grades_its_examples_and_reports_both(lib):
    path = scenario(lib)
    edit(
        path,
        "    - id: fast-chat-answer",
        '    - id: asks-password\n      check: {mentions: ["password"]}\n'
        "    - id: fast-chat-answer",
    )
    edit(path, "fails: [no-password-request]", "fails: [reply-in-arabic]")  # a lying example
    found = errors(lib)
    contradiction = [p for p in found if "contradict" in p.message]
    example = [p for p in found if p.message.startswith("example #2")]
    assert contradiction and contradiction[0].line == line_of(path, "id: asks-password")
    assert example, found
    assert "'reply-in-arabic' passes but the example says it fails" in example[0].message
    assert example[0].line == line_of(path, "- verdict: fail")


@pytest.mark.parametrize(
    ("old", "new", "fragment", "hint"),
    [
        (
            "sop: account-recovery",
            "sop: account-recovry",
            "sop: account-recovry",
            "did you mean 'account-recovery'?",
        ),
        (
            "{type: macro, value: recovery-link}]}",
            "{type: macro, value: recovery-lnk}]}",
            "recovery-lnk}]}",
            "did you mean 'recovery-link'?",
        ),
        (
            "value: account-security}}",
            "value: account-security}}\n"
            "    - id: escalates\n      weight: 10\n"
            "      check: {action: {type: escalate, value: acount-security}}",
            "type: escalate, value: acount-security",
            "did you mean 'account-security'?",
        ),
        (
            "        sensitivity: []            # an attachment",
            "        needed_for_step: verfy\n        sensitivity: []            # an attachment",
            "- id: shot1",
            "did you mean 'verify'?",
        ),
    ],
    ids=["sop", "macro", "team", "step"],
)
def test_did_you_mean_for_sop_macro_team_and_step(lib, old, new, fragment, hint):
    path = scenario(lib)
    edit(path, old, new)
    found = [p for p in errors(lib) if hint in p.message]
    assert len(found) == 1, errors(lib)
    assert found[0].line == line_of(path, fragment)


def test_exam_unknown_key_lists_the_known_keys_once(tmp_path):
    exams = tmp_path / "exams"
    exams.mkdir()
    (exams / "x.yaml").write_text("format: 1\nid: x\ntitel: t\n", encoding="utf-8")
    found = [p for p in validate_paths([exams]) if "unknown key 'titel'" in p.message]
    assert len(found) == 1
    known = found[0].message.split("known: ", 1)[1].split(", ")
    assert len(known) == len(set(known)), known
    assert "did you mean 'title'?" in found[0].message


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        ('subject: "لا أستطيع', 'subject: "{nam} لا أستطيع', 'subject: "{nam}'),
        (
            'follow-up: "..."}\n    actions',
            'follow-up: "{nam}"}\n    actions',
            'follow-up: "{nam}"}',
        ),
    ],
    ids=["thread-subject", "example-reply"],
)
def test_placeholders_in_subjects_and_example_replies_are_reported_at_their_line(
    lib, old, new, fragment
):
    path = scenario(lib)
    edit(path, old, new)
    found = [p for p in errors(lib) if "{nam}" in p.message]
    assert len(found) == 1, errors(lib)
    assert found[0].line == line_of(path, fragment)
    assert "did you mean '{name}'?" in found[0].message
