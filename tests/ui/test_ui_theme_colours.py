"""Every colour of the app is named in ``simulator/ui/theme.py``; screens use the names,
never a literal (issue 18), so that a change of palette is one file."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "simulator" / "ui"
LITERAL = re.compile(r"""["']#[0-9a-fA-F]{3,8}["']|GlobalColor\.(?!transparent)\w+""")


def test_no_colour_literal_outside_the_theme():
    found = [
        f"{path.relative_to(UI)}:{n}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "theme.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if LITERAL.search(line)
    ]
    assert found == []
