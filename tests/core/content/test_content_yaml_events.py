"""The event reader builds exactly what the node reader builds, or leaves the file to it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.content.yamlfile import YList, YMap, _read_events, _read_nodes
from simulator.errors import ContentError


def _same(a: Any, b: Any) -> None:
    assert type(a) is type(b), (a, b)
    if isinstance(a, YMap):
        assert (a.line, a.lines, a.key_lines, list(a)) == (b.line, b.lines, b.key_lines, list(b))
        for key in a:
            _same(a[key], b[key])
    elif isinstance(a, YList):
        assert (a.line, a.lines, len(a)) == (b.line, b.lines, len(b))
        for x, y in zip(a, b, strict=True):
            _same(x, y)
    elif a != a:  # nan
        assert b != b
    else:
        assert a == b


PLAIN = [
    "a: 1\nb: [x, 'y', \"z\"]\nc:\n  - {d: ~, e: true}\n  - -.inf\n",
    "id: x\nn: 0x1F\no: 0o17\nf: 1_000.5\nt: 2021-03-04\nq: '<<'\nempty:\nlist: []\n",
    "text: |\n  two\n  lines\nfolded: >\n  one\n  line\nnested:\n  a:\n    b:\n      - c\n",
    "x: .nan\ny: +12\nz: -3\nw: .5\nv: 1e3\nu: null\ns: False\nr: on\n'quoted key': 1\n",
]
FALLBACK = [
    "a: &x {b: 1}\nc: *x\n",
    "a: *x\n",
    "a: [*x]\n",
    "? *x\n: 1\n",
    "base: &b {k: 1}\nchild:\n  <<: *b\n  j: 2\n",
    "a: 1\na: 2\n",
    "1: one\n",
    "a: !!str 1\n",
    "a: !custom x\n",
    "- a\n- b\n",
    "just text\n",
    "",
    "a: 1\n---\nb: 2\n",
    "a: [1, 2\n",
    "? [a]\n: b\n",
]


@pytest.mark.parametrize("text", PLAIN)
def test_event_reader_matches_node_reader(text: str) -> None:
    fast = _read_events(text)
    assert fast is not None
    data, issues = _read_nodes("f.yaml", text, "file")
    assert issues == []
    _same(fast, data)


@pytest.mark.parametrize("text", FALLBACK)
def test_event_reader_leaves_odd_files_to_the_node_reader(text: str) -> None:
    assert _read_events(text) is None


_scalars = st.one_of(
    st.sampled_from(["1", "-2", "0x1f", "1.5", ".inf", "~", "null", "true", "no", "<<", "''"]),
    st.text(alphabet="ab:-#'\"[]{},&*!|> \n\t0.", max_size=8),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "<<", "1", "'c'"]), _scalars), max_size=6))
def test_event_reader_agrees_on_generated_files(pairs: list[tuple[str, str]]) -> None:
    text = "".join(f"{k}: {v}\n" for k, v in pairs)
    fast = _read_events(text)
    try:
        data, issues = _read_nodes("f.yaml", text, "file")
    except ContentError:
        assert fast is None
        return
    if fast is not None:
        assert issues == []
        _same(fast, data)
