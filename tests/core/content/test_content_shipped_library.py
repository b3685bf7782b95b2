"""The shipped library (scenarios/) validates with no errors, and every example behaves."""

from __future__ import annotations

from pathlib import Path

from simulator.authoring.validate import validate_paths
from simulator.content.library import load_library

LIBRARY = Path(__file__).resolve().parents[3] / "scenarios"


def test_the_shipped_library_has_no_errors():
    problems = validate_paths([LIBRARY])
    errors = [str(p) for p in problems if p.severity == "error"]
    assert errors == [], "\n".join(errors)


def test_the_shipped_library_loads_whole():
    library = load_library(LIBRARY)
    assert library.problems == ()
    assert library.scenarios and library.sops
    assert {s.language for s in library.scenarios} <= {"ar", "en"}
    assert all(s.sop in library.sops for s in library.scenarios)
