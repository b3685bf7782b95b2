"""Words for sensitivity labels: specific names for categories, levels and kinds."""

from __future__ import annotations

from collections.abc import Iterable

from simulator.content.model import Sensitivity
from simulator.ui.wellbeing.i18n import wtr


def category_name(category: str) -> str:
    names = {
        "bullying": wtr("Bullying"),
        "hate-speech": wtr("Hate speech"),
        "child-safety": wtr("Child safety"),
        "self-harm": wtr("Self-harm"),
        "violence": wtr("Violence"),
        "animal-harm": wtr("Harm to animals"),
        "sexual-content": wtr("Sexual content"),
        "dangerous-acts": wtr("Dangerous acts"),
    }
    return names.get(category, category)


def level_name(level: int) -> str:
    names = {
        1: wtr("level 1: mentioned in passing"),
        2: wtr("level 2: described"),
        3: wtr("level 3: graphic or depicted"),
    }
    return names.get(level, str(level))


def kind_name(kind: str) -> str:
    return wtr("in an image") if kind == "image" else wtr("in text")


def label_line(labels: Iterable[Sensitivity], kind: str) -> str:
    """ "Violence, level 3: graphic or depicted, in an image" for each label, joined."""
    parts = [
        f"{category_name(s.category)}, {level_name(s.level)}, {kind_name(kind)}" for s in labels
    ]
    return wtr("; ").join(parts) if parts else ""
