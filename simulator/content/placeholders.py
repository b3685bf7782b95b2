"""``{field}`` placeholders: filled from a persona (plus ``{agent}``, the trainee's name)."""

from __future__ import annotations

import re
from collections.abc import Mapping

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def names(text: str) -> list[str]:
    """The placeholder names used in ``text``, in order, with repeats."""
    return PLACEHOLDER.findall(text)


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace each ``{name}`` whose name is in ``values``; leave the others as written."""

    def sub(m: re.Match[str]) -> str:
        value = values.get(m.group(1))
        return m.group(0) if value is None else str(value)

    return PLACEHOLDER.sub(sub, text)


# The trainee's name for ``{agent}`` when none is given (grade, play, examples, exams).
DEFAULT_AGENT = "Agent"
