"""Helpers for the hardening tests (issue 14): run the CLI in-process and check that
its error is one line that names the file, exit 2, with no crash report."""

from __future__ import annotations

import io
import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMS_DATA = REPO / "tests" / "core" / "exams" / "data" / "library"
GOOD_SCRIPT = [{"at": "20s", "reply": {"thread": "main", "text": "hello, happy to help"}}]


@dataclass
class Ran:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """``cli(*args, stdin=...)``: ``simulator.cli.main`` in this process, with its output
    (``stdin``: text, or bytes for what is not UTF-8)."""
    from simulator.cli import main

    def run(*args: str, stdin: str | bytes = b"") -> Ran:
        raw = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's usage errors and --help
            code = exc.code if isinstance(exc.code, int) else 2
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run


def one_line(r: Ran, *names: str) -> str:
    """The single error line of ``r`` (exit 2), which names each of ``names``."""
    assert r.code == 2, (r.code, r.out, r.err)
    lines = r.err.strip().splitlines()
    assert len(lines) == 1, r.err
    assert lines[0].startswith("simulator: "), r.err
    assert "crash report" not in r.err and "unexpected error" not in r.err, r.err
    for name in names:
        assert name in lines[0], (name, lines[0])
    return lines[0]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    shutil.copytree(EXAMS_DATA, root)
    return root


@pytest.fixture
def scripts(tmp_path: Path) -> Path:
    folder = tmp_path / "scripts"
    folder.mkdir()
    for sid in ("easy-a", "easy-b", "hard-sensitive", "lighter", "pool-x", "pool-y"):
        (folder / f"{sid}.json").write_text(json.dumps(GOOD_SCRIPT))
    return folder
