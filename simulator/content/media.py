"""Rules for a scenario's media that both the validator and the wellbeing gate apply."""

from __future__ import annotations

from simulator.content.model import SOP, TEXT_ONLY_CATEGORIES, Scenario
from simulator.content.problems import did_you_mean


def media_problems(sc: Scenario, sop: SOP | None = None) -> list[tuple[int, str]]:
    """(line, message) for attachments that break the media rules: no image in a scenario,
    message or attachment labelled with a text-only category (child safety), and a
    ``needed_for_step`` that names a step of the SOP."""
    out: list[tuple[int, str]] = []
    scenario_cats = {s.category for s in sc.sensitivity}
    steps = [s.id for s in sop.steps] if sop is not None else None
    for ev in sc.timeline:
        event_cats = {s.category for s in ev.sensitivity}
        for att in ev.attachments:
            cats = scenario_cats | event_cats | {s.category for s in att.sensitivity}
            bad = sorted(cats & TEXT_ONLY_CATEGORIES)
            if bad:
                out.append(
                    (
                        att.line,
                        f"attachment {att.id!r}: {bad[0]} material is text only; "
                        "describe it in the message and attach no image",
                    )
                )
            step = att.needed_for_step
            if step and steps is not None and step not in steps:
                out.append(
                    (
                        att.line,
                        f"attachment {att.id!r}: needed_for_step {step!r} is not a step of "
                        f"SOP {sop.id if sop else ''!r}{did_you_mean(step, steps)} "
                        f"({', '.join(steps) or 'none'})",
                    )
                )
    return out
