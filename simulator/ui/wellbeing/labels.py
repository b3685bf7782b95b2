"""Words for sensitivity labels: specific names for levels and kinds; the categories' names
are ``simulator.ui.labels.sensitivity_name`` (translated once, for every screen)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLabel, QWidget

from simulator.content.model import Sensitivity
from simulator.ui.labels import sensitivity_name as category_name
from simulator.ui.wellbeing.i18n import wtr


def level_name(level: int) -> str:
    names = {
        1: wtr("level 1: mentioned in passing"),
        2: wtr("level 2: described"),
        3: wtr("level 3: graphic or depicted"),
    }
    return names.get(level, str(level))


def kind_name(kind: str) -> str:
    return wtr("in an image") if kind == "image" else wtr("in text")


def heading(label: QLabel) -> QLabel:
    """Make ``label`` a bold heading (one look for every wellbeing screen)."""
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def heading_label(text: str, name: str, parent: QWidget) -> QLabel:
    """A wrapping heading label named ``name`` (for the style sheet and tests)."""
    label = heading(QLabel(text, parent))
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def describe(category: str, level: int, kinds: Iterable[str]) -> str:
    """ "Violence, level 3: graphic or depicted, in an image": specific, never vague."""
    return wtr("{category}, {level}, {kind}").format(
        category=category_name(category),
        level=level_name(level),
        kind=wtr(" and ").join(kind_name(k) for k in kinds),
    )


def label_line(labels: Iterable[Sensitivity], kind: str) -> str:
    """``describe`` for each label, joined."""
    parts = [describe(s.category, s.level, (kind,)) for s in labels]
    return wtr("; ").join(parts) if parts else ""
