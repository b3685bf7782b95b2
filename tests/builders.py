"""Builders for the content objects tests make by hand: a scenario and an SOP with sensible
defaults, so that a test names only what it is about; and a copy of the validator's test
library with the helpers that edit it and read its problems."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from simulator.authoring.validate import Problem, validate_paths
from simulator.content.model import (
    SOP,
    Attachment,
    Check,
    Criterion,
    Event,
    LocalText,
    Rubric,
    Scenario,
    Sensitivity,
    Thread,
)

HI = Rubric(80, (Criterion("c", Check("mentions", ("hi",))),))  # "say hi" passes


def make_scenario(
    scenario_id: str = "s",
    *,
    labels: Iterable[tuple[str, int]] = (),
    attachments: Iterable[Attachment] = (),
    sop: str = "report",
    language: str = "en",
    difficulty: int = 2,
    timeline: tuple[Event, ...] | None = None,
    **fields: Any,
) -> Scenario:
    """A one-thread chat scenario (``main``): "hi" at 0 s, carrying ``attachments``; one
    criterion (mention "hi"); ``labels``: its sensitivity as (category, level) pairs.
    Any other ``Scenario`` field by keyword."""
    if timeline is None:
        timeline = (Event(thread="main", text="hi", at_s=0.0, attachments=tuple(attachments)),)
    fields.setdefault("threads", (Thread("main", "chat"),))
    fields.setdefault("rubric", HI)
    return Scenario(
        id=scenario_id,
        language=language,
        title=fields.pop("title", scenario_id),
        sop=sop,
        difficulty=difficulty,
        timeline=timeline,
        sensitivity=tuple(Sensitivity(c, lv) for c, lv in labels),
        **fields,
    )


def make_sop(sop_id: str = "report", *, version: int = 1, **fields: Any) -> SOP:
    """An SOP with a two-language title; any other ``SOP`` field by keyword."""
    title = fields.pop("title", LocalText(sop_id, sop_id))
    return SOP(id=sop_id, version=version, title=title, **fields)


# --- The validator's test library (tests/core/content/data): copied, edited, validated. ---

CONTENT_DATA = Path(__file__).parent / "core" / "content" / "data"


def copy_content_library(tmp_path: Path) -> Path:
    """A copy of the test library (spec example scenario and SOP) and its assets."""
    shutil.copytree(CONTENT_DATA, tmp_path / "repo")
    return tmp_path / "repo" / "library"


def spec_scenario(lib: Path) -> Path:
    """The spec example's scenario file in a copied test library."""
    return lib / "ar" / "hacked-account-email-ar.yaml"


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in the file by ``new``; ``old`` must be there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, fragment: str) -> int:
    """The number of the first line of the file holding ``fragment``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if fragment in line:
            return number
    raise AssertionError(fragment)


def errors(lib: Path) -> list[Problem]:
    """The validator's errors (not warnings) over the library."""
    return [p for p in validate_paths([lib]) if p.severity == "error"]
