"""docs/scenario-format.md documents every key, check type and option the loader knows."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.content.faker_ar import LOCALES
from simulator.content.keys import CHECK_OPTIONS, CHECK_TYPES, KEYS, PRIORITIES
from simulator.content.model import (
    ACCOUNT_STATUSES,
    ACTION_TYPES,
    CHANNELS,
    SENSITIVITY_CATEGORIES,
)

DOC = (Path(__file__).resolve().parents[3] / "docs" / "scenario-format.md").read_text(
    encoding="utf-8"
)

KNOWN = sorted(
    {key for required, optional in KEYS.values() for key in (*required, *optional)}
    | set(CHECK_TYPES)
    | {opt for opts in CHECK_OPTIONS.values() for opt in opts}
)


@pytest.mark.parametrize("key", KNOWN)
def test_every_key_is_documented(key):
    assert f"`{key}" in DOC, f"docs/scenario-format.md does not mention `{key}`"


@pytest.mark.parametrize(
    "value",
    [*ACCOUNT_STATUSES, *ACTION_TYPES, *CHANNELS, *SENSITIVITY_CATEGORIES, *PRIORITIES, *LOCALES],
)
def test_every_choice_is_documented(value):
    assert value in DOC
