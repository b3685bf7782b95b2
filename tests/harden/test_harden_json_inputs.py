"""Issue 14: replies, actions, script and sitting.json files with huge numbers, deep
nesting, NaN, wrong types or a BOM are one line naming the file (and line), exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.harden.conftest import one_line

HUGE = "1" + "0" * 4400  # more digits than Python's int() accepts from text
DEEP = "[" * 1000 + "]" * 1000


def grade(cli, library: Path, replies: str, actions: str | None = None):
    args = ["grade", str(library / "en" / "easy-a.yaml"), "--replies", replies]
    if actions is not None:
        args += ["--actions", actions]
    return cli(*args)


def write(path: Path, text: str | bytes) -> str:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"main":\n' + HUGE + "}", (":2:", "4401 digits is too large")),
        ('{"main": ' + DEEP + "}", (":1:", "nested too deeply")),
        ('{"main": NaN}', (":1:", "NaN is not allowed")),
        ('{"main": [1e999]}', (":1:", "too large")),
        ('{"main": "x", "main": ' + "[" * 70 + "]" * 70 + "}", ("nested too deeply",)),
    ],
)
def test_bad_replies_are_one_line(cli, library, tmp_path, text, words):
    path = write(tmp_path / "r.json", text)
    one_line(grade(cli, library, path), path, *words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[" + HUGE + "]", ("too large",)),
        (DEEP, ("nested too deeply",)),
        ('[{"type": ["lookup"]}]', ("unknown type ['lookup']",)),
        ('[{"type": "tag", "value": NaN}]', ("NaN is not allowed",)),
        ('[{"type": "tag", "value": Infinity}]', ("Infinity is not allowed",)),
    ],
)
def test_bad_actions_are_one_line(cli, library, tmp_path, text, words):
    replies = write(tmp_path / "r.json", '{"main": "hello"}')
    path = write(tmp_path / "a.json", text)
    one_line(grade(cli, library, replies, path), path, *words)


def play(cli, library: Path, script: str):
    return cli("play", str(library / "en" / "easy-a.yaml"), "--script", script)


@pytest.mark.parametrize(
    ("steps", "words"),
    [
        ('[{"at": ' + HUGE + ', "end": true}]', ("too large",)),
        ('[{"at": 1' + "0" * 400 + ', "end": true}]', ("401 digits is too large",)),
        ('[{"at": ' + DEEP + ', "end": true}]', ("nested too deeply",)),
        ('[{"at": "1s", "action": {"type": ["lookup"]}}]', ("unknown action type ['lookup']",)),
        ('[{"at": "nan", "end": true}]', ("'nan' is not a number",)),
        ('[{"at": "inf", "end": true}]', ("too long",)),
        ('[{"at": "1e400", "end": true}]', ("too long",)),
        ('[{"at": 1e300, "end": true}]', ("too long",)),
        ('[{"at": NaN, "end": true}]', ("NaN is not allowed",)),
        ('[{"at": "-Infinity", "end": true}]', ("negative",)),
    ],
)
def test_bad_scripts_are_one_line(cli, library, tmp_path, steps, words):
    path = write(tmp_path / "s.json", steps)
    one_line(play(cli, library, path), path, *words)


def test_a_bom_is_accepted_in_scripts_as_in_replies(cli, library, tmp_path):
    steps = json.dumps([{"at": "20s", "reply": {"thread": "main", "text": "hello, happy to help"}}])
    path = write(tmp_path / "s.json", b"\xef\xbb\xbf" + steps.encode())
    r = play(cli, library, path)
    assert r.code == 0, r.err
    replies = write(tmp_path / "r.json", b'\xef\xbb\xbf{"main": "hello"}')
    assert grade(cli, library, replies).code == 0


def test_non_utf8_script_names_the_line(cli, library, tmp_path):
    path = write(
        tmp_path / "s.json", b'[\n{"at": "1s", "reply": {"thread": "main", "text": "\xff"}}]'
    )
    one_line(play(cli, library, path), f"{path}:2:", "not UTF-8")


@pytest.mark.parametrize(
    ("plan", "words"),
    [
        ('{"briefing": ' + HUGE + "}", ("too large",)),
        ('{"briefing": 1' + "0" * 400 + "}", ("too large",)),
        ('{"breaks": ' + DEEP + "}", ("nested too deeply",)),
        ('{"briefing": NaN}', ("NaN is not allowed",)),
        ('{"briefing": "nan"}', ("not a number",)),
        ('{"skip": {"a": 1}}', ("skip",)),
        ('{"support": {"1": {"at": [], "for": "1m"}}}', ("support.at",)),
    ],
)
def test_bad_sitting_plans_are_one_line(cli, library, scripts, plan, words):
    (scripts / "sitting.json").write_text(plan, encoding="utf-8")
    exam = str(library / "exams" / "mini.yaml")
    one_line(cli("exam", "play", exam, "--scripts", str(scripts)), "sitting.json", *words)


def test_a_nan_at_in_yaml_is_a_validation_error(cli, library):
    path = library / "en" / "easy-a.yaml"
    text = path.read_text(encoding="utf-8")
    big = "1" + "0" * 400
    for old, new, message in [
        ("time_limit: 10m", "time_limit: .nan", "time_limit: nan is not a number"),
        ("time_limit: 10m", "time_limit: .inf", "time_limit: infinity is too long"),
        ("time_limit: 10m", f"time_limit: {big}", "time_limit: a huge number is too long"),
        ("  - at: 2m", "  - at: .nan", "event.at: nan is not a number"),
        ("  - at: 2m", f"  - at: {big}", "event.at: a huge number is too long"),
        ("pass_mark: 80", "pass_mark: .nan", "pass_mark must be a number"),
        ("pass_mark: 80", "pass_mark: 1e400", "pass_mark must be a number"),
        ("pass_mark: 80", f"pass_mark: {big}", "pass_mark must be a number"),
        (
            'check: {mentions: ["hello"]}',
            "weight: .inf\n      check: {mentions: [hello]}",
            "weight must be a number",
        ),
        (
            'check: {mentions: ["hello"]}',
            f"weight: {big}\n      check: {{mentions: [hello]}}",
            "weight must be a number",
        ),
    ]:
        assert old in text
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        r = cli("validate", str(path))
        assert r.code == 1, (new, r.out, r.err)
        assert message in r.out, (new, r.out)
        assert r.err == ""
