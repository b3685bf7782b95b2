"""Structural fuzzing: any value in any place of a valid scenario gives problems, never a
crash (the loader, the validator's rules and the examples' grading all survive)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.authoring.validate import validate_paths
from simulator.content.loader import read_scenario
from simulator.content.yamlfile import read_yaml

DATA = Path(__file__).parent / "data"
SPEC = DATA / "library" / "ar" / "hacked-account-email-ar.yaml"


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


BASE = _plain(read_yaml(SPEC)[0])


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _places(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _places(v, (*path, i))
    return out


PLACES = _places(BASE)[1:]
VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 5)
    | st.floats(allow_nan=False, width=32)
    | st.sampled_from(["", "main", "follow-up", "1m", "{name}", "{nope}", "ar", "pass", "tag"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["type", "value", "id", "mentions", "for", "no_reply", "x"]),
            inner,
            max_size=3,
        )
    ),
    max_leaves=6,
)


def _replace(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[head] = _replace(data[head], rest, value)
    return copy


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.sampled_from(PLACES), VALUES), min_size=1, max_size=3))
def test_any_value_anywhere_gives_problems_not_crashes(tmp_path, changes):
    repo = tmp_path / "repo"
    if not repo.exists():
        shutil.copytree(DATA, repo)
    data = BASE
    for place, value in changes:
        try:
            data = _replace(data, place, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed this place
    path = repo / "library" / "ar" / "hacked-account-email-ar.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    read_scenario(path)
    for problem in validate_paths([repo / "library"]):
        assert problem.file and problem.message and "\n" not in problem.message
