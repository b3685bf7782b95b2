"""The gate before and around sensitive content: briefings, consent, how media is shown,
whether a scenario may start, and lighter alternatives.

Evidence file, items 1-3, 8 and 9: a specific briefing (category, kind of material,
level) just before the content; consent at the first level >= 2 exposure to a category,
withdrawable at any time; media blurred and greyscale until an explicit reveal;
child-safety material is text only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from simulator.content.model import (
    TEXT_ONLY_CATEGORIES,
    Attachment,
    Event,
    Scenario,
    Sensitivity,
)
from simulator.wellbeing.exposure import Budget, ExposureLedger
from simulator.wellbeing.settings import WellbeingSettings

Mode = Literal["practice", "exam"]
Kind = Literal["text", "image"]
CONSENT_LEVEL = 2  # first exposure to a category at this level or more needs consent


@dataclass(frozen=True)
class ConsentRecord:
    """A trainee's answer for a category (``given=False`` withdraws earlier consent)."""

    category: str
    level: int
    given: bool = True


def consented_levels(records: Iterable[ConsentRecord]) -> dict[str, int]:
    """Category -> highest level consented to, replaying records in order."""
    state: dict[str, int] = {}
    for r in records:
        if r.given:
            state[r.category] = max(state.get(r.category, 0), r.level)
        else:
            state.pop(r.category, None)
    return state


@dataclass(frozen=True)
class BriefingItem:
    category: str
    level: int
    kinds: tuple[Kind, ...]  # text and/or image, so the description is specific


@dataclass(frozen=True)
class Briefing:
    """What to tell the trainee before the scenario, and what they may choose."""

    scenario_id: str
    items: tuple[BriefingItem, ...]
    needs_consent: tuple[str, ...]  # categories to ask consent for, once
    options: tuple[str, ...]  # continue, postpone, alternative (practice) / skip (exam)
    media_steps: tuple[str, ...] = ()  # SOP steps that need a revealed image


def labels_by_kind(scenario: Scenario) -> list[tuple[Sensitivity, Kind]]:
    """Every label in the scenario with the kind of material it is on."""
    out: list[tuple[Sensitivity, Kind]] = [(s, "text") for s in scenario.sensitivity]
    for ev in scenario.timeline:
        out.extend((s, "text") for s in ev.sensitivity)
        for att in ev.attachments:
            out.extend((s, "image") for s in att.sensitivity)
    return out


def briefing_items(scenario: Scenario) -> tuple[BriefingItem, ...]:
    """One item per category: its highest level and the kinds of material, by severity."""
    level: dict[str, int] = {}
    kinds: dict[str, set[Kind]] = {}
    for s, kind in labels_by_kind(scenario):
        level[s.category] = max(level.get(s.category, 0), s.level)
        kinds.setdefault(s.category, set()).add(kind)
    return tuple(
        BriefingItem(cat, level[cat], tuple(k for k in ("text", "image") if k in kinds[cat]))
        for cat in sorted(level, key=lambda c: (-level[c], c))
    )


def media_steps(scenario: Scenario) -> tuple[str, ...]:
    """SOP step ids that attachments say need the media itself (``needed_for_step``)."""
    steps: list[str] = []
    for ev in scenario.timeline:
        for att in ev.attachments:
            step = att.needed_for_step
            if step and step not in steps:
                steps.append(step)
    return tuple(steps)


def briefing_needed(
    scenario: Scenario, consents: Mapping[str, int], mode: Mode = "practice"
) -> Briefing | None:
    """The briefing to show before ``scenario``, or None when it has no sensitive labels.

    ``consents`` maps category to the highest level consented (see ``consented_levels``).
    """
    items = briefing_items(scenario)
    if not items:
        return None
    needs = tuple(
        i.category
        for i in items
        if i.level >= CONSENT_LEVEL and consents.get(i.category, 0) < i.level
    )
    options = ("continue", "postpone", "alternative" if mode == "practice" else "skip")
    return Briefing(scenario.id, items, needs, options, media_steps(scenario))


@dataclass(frozen=True)
class Presentation:
    """How to show one attachment now."""

    blur_fraction: float  # blur radius as a fraction of the image's short side; 0 = sharp
    greyscale: bool
    revealable: bool
    blocked: bool = False  # never shown as an image (child safety): alt text only
    needed_for_step: str | None = None

    def blur_px(self, short_side: int) -> float:
        return self.blur_fraction * max(1, short_side)


def attachment_level(attachment: Attachment) -> int:
    return max((s.level for s in attachment.sensitivity), default=0)


def presentation_for(
    attachment: Attachment, settings: WellbeingSettings, revealed: bool = False
) -> Presentation:
    """Blurred and greyscale until revealed; greyscale stays after a reveal if chosen."""
    step = attachment.needed_for_step
    cats = {s.category for s in attachment.sensitivity}
    if cats & TEXT_ONLY_CATEGORIES:
        return Presentation(0.0, True, revealable=False, blocked=True, needed_for_step=step)
    if not attachment.sensitivity:
        return Presentation(0.0, False, revealable=False, needed_for_step=step)
    blur = 0.0 if revealed else settings.blur_fraction
    return Presentation(blur, settings.greyscale, revealable=True, needed_for_step=step)


def text_collapsed(event: Event, scenario: Scenario) -> tuple[Sensitivity, ...]:
    """The level-3 labels a message's text is collapsed behind (empty: show it).

    A message's own labels decide; when no message in the scenario carries labels, a
    level-3 text label on the scenario collapses every message, to be safe.
    """
    own = event.sensitivity
    if own:
        return tuple(s for s in own if s.level >= 3)
    if any(ev.sensitivity for ev in scenario.timeline):
        return ()
    return tuple(s for s in scenario.sensitivity if s.level >= 3)


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""  # a stable code: budget-spent, consent-withdrawn, ...
    detail: tuple[str, ...] = ()


def scenario_level(scenario: Scenario) -> int:
    """The highest level of any label in the scenario, its messages or attachments (0: none)."""
    return max((s.level for s, _ in labels_by_kind(scenario)), default=0)


def scenario_categories(scenario: Scenario) -> tuple[str, ...]:
    return tuple(sorted({s.category for s, _ in labels_by_kind(scenario)}))


def can_start(
    scenario: Scenario,
    ledger: ExposureLedger,
    mode: Mode = "practice",
    budget: Budget | None = None,
    withdrawn: Iterable[str] = (),
) -> Decision:
    """May a new scenario start? In practice no sensitive one once the budget is spent.

    In an exam the scenario may always start (the trainee may skip it instead); the
    decision carries the reason so the briefing can offer the swap.
    """
    cats = scenario_categories(scenario)
    if not cats:
        return Decision(True)
    out_of = set(withdrawn) & set(cats)
    if out_of:
        return Decision(mode == "exam", "consent-withdrawn", tuple(sorted(out_of)))
    spent = ledger.spent(budget or Budget(), cats)
    if spent:
        return Decision(mode == "exam", "budget-spent", spent)
    return Decision(True)


def _lighter(candidate: Scenario, scenario: Scenario, same_language: bool = True) -> bool:
    return (
        candidate.id != scenario.id
        and scenario_level(candidate) < max(1, scenario_level(scenario))
        and (not same_language or candidate.language == scenario.language)
    )


def alternative_for(
    scenario: Scenario, library: Sequence[Scenario], avoid_levels_from: int | None = None
) -> Scenario | None:
    """A lighter practice scenario: same SOP first, then any; lowest level, nearest difficulty.

    ``avoid_levels_from`` (e.g. 2 once the budget is spent) excludes candidates at or above it.
    """

    def ok(c: Scenario) -> bool:
        if not _lighter(c, scenario):
            return False
        return avoid_levels_from is None or scenario_level(c) < avoid_levels_from

    pool = [c for c in library if ok(c)]
    if not pool:
        return None
    return min(
        pool,
        key=lambda c: (
            c.sop != scenario.sop,
            scenario_level(c),
            abs(c.difficulty - scenario.difficulty),
            c.id,
        ),
    )


def exam_swap(scenario: Scenario, pool: Sequence[Scenario]) -> Scenario | None:
    """An equivalent exam item: same SOP and language, lower level, closest otherwise.

    Closest means the highest level still below, then most shared tags (competency),
    nearest difficulty, then id. None when the pool has no such item.
    """
    same = [c for c in pool if c.sop == scenario.sop and _lighter(c, scenario)]
    if not same:
        return None
    tags = set(scenario.tags)
    return min(
        same,
        key=lambda c: (
            -scenario_level(c),
            -len(tags & set(c.tags)),
            abs(c.difficulty - scenario.difficulty),
            c.id,
        ),
    )
