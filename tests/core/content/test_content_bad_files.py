"""Bad input to the loader: one clear ``file:line: message``, never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.content.loader import load_scenario, load_sop
from simulator.content.yamlfile import MAX_BYTES
from simulator.errors import ContentError

SPEC = Path(__file__).parent / "data" / "library" / "ar" / "hacked-account-email-ar.yaml"
MESSAGE = re.compile(r"^.+:\d+: \S.*$")


def fails_with(tmp_path: Path, content: bytes, line: int, *words: str) -> str:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    with pytest.raises(ContentError) as err:
        load_scenario(path)
    text = str(err.value)
    assert text.startswith(f"{path}:{line}: "), text
    assert "\n" not in text
    for word in words:
        assert word in text, text
    return text


def test_malformed_yaml(tmp_path):
    fails_with(tmp_path, b"id: x\nthreads: [a, b\ntitle: y\n", 3, "malformed YAML")


def test_binary_file(tmp_path):
    fails_with(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 1, "binary file")


def test_huge_file(tmp_path):
    content = b"notes: " + b"x" * (MAX_BYTES + 10) + b"\n"
    fails_with(tmp_path, content, 1, "at most 2 MB")


def test_tabs_for_indentation(tmp_path):
    fails_with(tmp_path, b"id: x\npersona:\n\tlocale: ar_EG\n", 3, "tab", "spaces")


def test_duplicate_key(tmp_path):
    text = SPEC.read_text(encoding="utf-8").replace("sop:", "title: again\nsop:", 1)
    fails_with(tmp_path, text.encode("utf-8"), 5, "duplicate key 'title'", "first on line 4")


def test_a_list_instead_of_a_mapping(tmp_path):
    fails_with(tmp_path, b"- id: x\n- id: y\n", 1, "the file is a list", "mapping")


def test_a_single_value(tmp_path):
    fails_with(tmp_path, b"hello\n", 1, "a single value")


def test_empty_file(tmp_path):
    fails_with(tmp_path, b"# nothing yet\n", 1, "empty")


def test_non_utf8(tmp_path):
    fails_with(tmp_path, "id: x\ntitle: é\n".encode("latin-1"), 2, "not UTF-8")


def test_two_documents(tmp_path):
    fails_with(tmp_path, b"id: x\n---\nid: y\n", 2, "more than one YAML document")


def test_unknown_tag(tmp_path):
    fails_with(tmp_path, b"id: !secret x\n", 1, "unsupported YAML tag")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ContentError, match="no such file"):
        load_scenario(tmp_path / "nope.yaml")
    with pytest.raises(ContentError, match="is a folder"):
        load_sop(tmp_path)


def test_bom_and_crlf_load_fine(tmp_path):
    text = SPEC.read_text(encoding="utf-8").replace("\n", "\r\n")
    path = tmp_path / "windows.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    scenario = load_scenario(path)
    assert scenario.id == "hacked-account-email-ar"
    assert scenario.threads[0].line == 23
    assert "\r" not in scenario.timeline[0].text


def _loads_or_says_where(path: Path) -> None:
    try:
        load_scenario(path)
    except ContentError as exc:
        assert MESSAGE.match(str(exc)), str(exc)
        assert str(exc).startswith(str(path)), str(exc)


FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(tmp_path, content):
    path = tmp_path / "fuzz.yaml"
    path.write_bytes(content)
    _loads_or_says_where(path)


_YAMLISH = st.lists(
    st.sampled_from(
        [
            "id: x",
            "format: 1",
            "threads:",
            "  - id: main",
            "    channel: chat",
            "timeline:",
            "  - at: 0s",
            "    thread: main",
            "    text: hi",
            "rubric:",
            "  pass_mark: 80",
            "  criteria:",
            "    - id: c",
            "      check: {mentions: [a]}",
            "- a",
            "  - b",
            ":",
            "{",
            "[",
            "]",
            "}",
            "&a x",
            "*a",
            "? k",
            "!!binary AA==",
            "\t",
            "'",
            '"',
            "#",
            "when: {no_reply: main, for: 1m}",
            "language: ar",
            "sop: s",
            "difficulty: 9",
            "examples:",
            "  - verdict: pass",
            "persona: {locale: ar_EG, fields: {n: name}}",
            "<<: {a: 1}",
            "key: value: other",
            "- - -",
            "...",
            "---",
            "%YAML 1.2",
        ]
    ),
    max_size=25,
)


@FUZZ
@given(_YAMLISH, st.text(max_size=30))
def test_fuzz_yamlish_text(tmp_path, lines, noise):
    path = tmp_path / "fuzz.yaml"
    path.write_text("\n".join(lines) + "\n" + noise, encoding="utf-8", errors="surrogatepass")
    _loads_or_says_where(path)


def test_alias_bombs_and_cycles_are_refused(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        refs = ", ".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    fails_with(tmp_path, ("\n".join(lines) + "\n").encode(), 1, "too many values")
    fails_with(tmp_path, b"id: x\nloop: &l [1, *l]\n", 2, "nested too deeply")
