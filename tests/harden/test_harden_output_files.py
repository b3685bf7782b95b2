"""Issue 14: ``new-scenario`` never writes into the installed program, refuses an empty
``--output`` and never follows a symbolic link."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.paths import library_dir

DATA = Path(__file__).resolve().parents[1] / "core" / "content" / "data"
ARGS = ("new-scenario", "--sop", "account-recovery", "--language", "en")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SIMULATOR_LIBRARY"}
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env=env,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(DATA, tmp_path / "repo")
    return tmp_path / "repo"


def shipped_files() -> set[Path]:
    return set(library_dir().rglob("*"))


def test_an_empty_output_is_refused(repo):
    before = shipped_files()
    r = run(*ARGS, "--output", "", cwd=repo)
    assert (r.returncode, r.stderr) == (
        2,
        "simulator: --output: an empty path; give a file, or '-' for standard output\n",
    )
    assert shipped_files() == before


@pytest.mark.slow
def test_a_dangling_symlink_as_output_is_not_followed(repo, tmp_path):
    victim = tmp_path / "elsewhere" / "victim.yaml"
    victim.parent.mkdir()
    link = repo / "out.yaml"
    link.symlink_to(victim)
    for extra in ((), ("--force",)):
        r = run(*ARGS, "--library", "library", "--output", str(link), *extra, cwd=repo)
        assert r.returncode == 2 and "is a symbolic link" in r.stderr, r.stderr
        assert not victim.exists()


@pytest.mark.slow
def test_the_default_is_the_current_folders_library_never_the_installed_one(repo, tmp_path):
    before = shipped_files()
    library = repo / "library"
    r = run(*ARGS, cwd=library)  # inside a library: it is the default
    assert r.returncode == 0, r.stderr
    assert (library / "en" / "new-account-recovery-en.yaml").is_file()
    (tmp_path / "scenarios").symlink_to(library)  # a repo with scenarios/
    r = run(*ARGS, "--force", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    elsewhere = tmp_path / "nowhere"
    elsewhere.mkdir()
    r = run(*ARGS, cwd=elsewhere)  # no library here: say so, write nothing
    assert r.returncode == 2 and "has no library" in r.stderr, r.stderr
    assert list(elsewhere.iterdir()) == []
    assert shipped_files() == before
    r = run(*ARGS, "--output", "-", cwd=elsewhere)  # the shipped SOPs may still be read
    assert r.returncode == 0 and r.stdout.startswith("# A new scenario"), r.stderr
