"""Issue 14: a deeply nested YAML file is one line, never a segfault; the rest of the
library still loads (validate, the app's index, ``--selftest``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "core" / "content" / "data"
DEEP = "id: x\ndeep: " + "[" * 50_000 + "]" * 50_000 + "\n"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    shutil.copytree(DATA, tmp_path / "repo")
    root = tmp_path / "repo" / "library"
    (root / "en").mkdir()
    (root / "en" / "deep.yaml").write_text(DEEP, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    "text",
    [
        DEEP,
        "id: x\ndeep: &a " + "[" * 50_000 + "]" * 50_000 + "\n",  # the node-based reader
        "id: x\ndeep: " + "{a: " * 30_000 + "1" + "}" * 30_000 + "\n",
    ],
)
@pytest.mark.slow
def test_validate_refuses_deep_nesting_in_one_line(tmp_path, text):
    path = tmp_path / "d.yaml"
    path.write_text(text, encoding="utf-8")
    r = run("validate", str(path))
    assert r.returncode == 1, (r.returncode, r.stderr[-500:])
    assert r.stdout == f"{path}:2: the file is nested too deeply (more than 100 levels)\n"
    assert r.stderr == ""


def test_the_app_index_lists_the_broken_file_and_hides_it(lib, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    from simulator.ui.app import load_summaries

    scenarios, _sops, problems = load_summaries(lib)
    assert [s.id for s in scenarios] == ["hacked-account-email-ar"]
    assert [(Path(p.file).name, p.line) for p in problems] == [("deep.yaml", 2)]
    assert "nested too deeply" in problems[0].message


@pytest.mark.slow
def test_selftest_with_a_broken_file_reports_it_and_opens_the_window(lib):
    r = run("--library", str(lib), "--selftest")
    assert r.returncode == 1, (r.returncode, r.stdout, r.stderr[-500:])
    assert "deep.yaml:2: the file is nested too deeply" in r.stdout
    assert "selftest: window: ok" in r.stdout
    assert "selftest: store: ok" in r.stdout
