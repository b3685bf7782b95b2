"""Issue 14: a trainer's catastrophic regex is a clear grading error within a second,
not a 17-second (or endless) grade."""

from __future__ import annotations

import time

from tests.harden.conftest import one_line

EVIL = "^(a|a)+$"  # backtracks 2^n ways even in the regex package
REPLY = "a" * 29 + "!"


def with_regex(library, pattern: str, example: str | None = None):
    path = library / "en" / "easy-a.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('check: {mentions: ["help"]}', f"check: {{regex: '{pattern}'}}")
    if example is not None:
        text = text.replace(
            'replies: {main: "hello, happy to help"}', f'replies: {{main: "{example}"}}'
        )
    path.write_text(text, encoding="utf-8")
    return path


def test_grading_a_catastrophic_regex_stops_with_one_line(cli, library, tmp_path):
    scenario = with_regex(library, EVIL)
    replies = tmp_path / "r.json"
    replies.write_text(f'{{"main": "{REPLY}"}}')
    start = time.perf_counter()
    r = cli("grade", str(scenario), "--replies", str(replies))
    took = time.perf_counter() - start
    line = one_line(r, "offers-help", "took more than 0.5 s", "simplify the pattern")
    assert took < 5, (took, line)


def test_validate_reports_an_example_that_trips_the_timeout(cli, library):
    scenario = with_regex(library, EVIL, example=REPLY)
    start = time.perf_counter()
    r = cli("validate", str(scenario))
    took = time.perf_counter() - start
    assert r.code == 1, (r.out, r.err)
    assert "took more than 0.5 s" in r.out, r.out
    assert took < 10


def test_the_reported_pattern_grades_at_once(cli, library, tmp_path):
    scenario = with_regex(library, "^(a+)+$")  # 17.7 s with re on this reply
    replies = tmp_path / "r.json"
    replies.write_text(f'{{"main": "{REPLY}"}}')
    start = time.perf_counter()
    r = cli("grade", str(scenario), "--replies", str(replies))
    assert r.code == 0 and "FAIL  offers-help" in r.out, (r.out, r.err)
    assert time.perf_counter() - start < 2


def test_an_ordinary_regex_still_grades(cli, library, tmp_path):
    scenario = with_regex(library, "happy to (help|assist)")
    replies = tmp_path / "r.json"
    replies.write_text('{"main": "hello, Happy to assist"}')
    r = cli("grade", str(scenario), "--replies", str(replies))
    assert r.code == 0 and r.out.startswith("PASSED"), (r.out, r.err)
