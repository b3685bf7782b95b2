"""Builders for the content objects tests make by hand: a scenario and an SOP with sensible
defaults, so that a test names only what it is about."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

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
