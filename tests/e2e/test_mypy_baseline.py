"""tools/mypy_baseline.py: old errors pass, a new one fails, a fixed one lets it shrink."""

from __future__ import annotations

import importlib.util
import stat
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("mypy_baseline", REPO / "tools" / "mypy_baseline.py")
assert spec is not None and spec.loader is not None
mypy_baseline = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mypy_baseline)

OLD = 'simulator/ui/a.py:10: error: "None" has no attribute "x"  [attr-defined]'
MOVED = 'simulator/ui/a.py:42: error: "None" has no attribute "x"  [attr-defined]'
NEW = "simulator/ui/b.py:3: error: Missing return statement  [return]"


def fake_mypy(tmp_path: Path, *lines: str) -> str:
    """A stand-in for the mypy executable that prints ``lines`` (exit 1 when any)."""
    script = tmp_path / "mypy"
    out = "\n".join([*lines, "simulator/ui/a.py:11: note: a note is not an error"])
    script.write_text(
        f"#!{sys.executable}\nimport sys\nprint({out!r})\nsys.exit({1 if lines else 0})\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def run(tmp_path: Path, *lines: str, update: bool = False) -> int:
    args = ["--mypy", fake_mypy(tmp_path, *lines), "--baseline", str(tmp_path / "base.txt")]
    return int(mypy_baseline.main([*args, *(["--update"] if update else [])]))


def test_errors_are_keyed_without_line_numbers_and_notes_are_left_out():
    found = mypy_baseline.keys("\n".join([OLD, MOVED, "x.py:1: note: hi", "Found 2 errors"]))
    assert found == {'simulator/ui/a.py: "None" has no attribute "x"  [attr-defined]': 2}


def test_the_baseline_holds_old_errors_fails_new_ones_and_only_shrinks(tmp_path, capsys):
    assert run(tmp_path, OLD, NEW, update=True) == 0
    assert run(tmp_path, MOVED, NEW) == 0  # moved, not new
    assert run(tmp_path, OLD, NEW, NEW) == 1  # one more of the same: fails
    assert "1 new error(s)" in capsys.readouterr().out
    assert run(tmp_path, OLD) == 0  # one fixed: passes and says to shrink
    assert "1 fixed" in capsys.readouterr().out
    assert run(tmp_path, OLD, update=True) == 0
    assert (tmp_path / "base.txt").read_text().count("\n") == 2  # header + one error
    assert run(tmp_path, OLD, NEW, update=True) == 1  # --update never lets it grow
    assert NEW.split(":")[0] not in (tmp_path / "base.txt").read_text()
