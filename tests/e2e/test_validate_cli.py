"""``simulator validate`` and ``simulator new-scenario`` as a trainer runs them."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "core" / "content" / "data"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    shutil.copytree(DATA, tmp_path / "repo")
    return tmp_path / "repo" / "library"


@pytest.mark.slow
def test_valid_library_exits_0_with_a_summary_line_or_silently_with_quiet(lib):
    result = run("validate", str(lib))
    expected = "1 scenario, 1 SOP, 0 exams: no problems\n"
    assert (result.returncode, result.stdout, result.stderr) == (0, expected, "")
    quiet = run("validate", str(lib), "--quiet")
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")


def test_problems_exit_1_one_line_each(lib):
    path = lib / "ar" / "hacked-account-email-ar.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("difficulty: 2", "difficulty: 7").replace("at: 40s", "at: x"))
    result = run("validate", str(path))
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [
        f"{path}:6: difficulty 7 must be 1 to 5",
        f"{path}:37: timeline event.at: 'x' is not a duration (use 45s, 2m, 1h30m or seconds)",
    ]
    assert "Traceback" not in result.stderr


def test_json_output(lib):
    path = lib / "ar" / "hacked-account-email-ar.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("difficulty: 2", "difficulty: 7"))
    result = run("validate", "--json", str(lib))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["valid"] is False and report["errors"] == 1
    assert report["problems"][0] == {
        "file": str(path),
        "line": 6,
        "message": "difficulty 7 must be 1 to 5",
        "severity": "error",
    }


@pytest.mark.slow
def test_sops_option(lib, tmp_path):
    moved = tmp_path / "elsewhere"
    shutil.move(lib / "sops", moved)
    assert run("validate", str(lib)).returncode == 1
    assert run("validate", "--sops", str(moved), str(lib)).returncode == 0


def test_a_wrong_path_exits_2_with_one_line(tmp_path):
    result = run("validate", str(tmp_path / "nope"))
    assert result.returncode == 2
    assert result.stderr == f"simulator: {tmp_path / 'nope'}: no such file or folder\n"


@pytest.mark.slow
def test_an_unreadable_file_is_a_problem_not_a_crash(lib):
    (lib / "en").mkdir(exist_ok=True)
    (lib / "en" / "broken.yaml").write_bytes(b"id: [\n")
    result = run("validate", str(lib))
    assert result.returncode == 1
    assert result.stdout.startswith(f"{lib / 'en' / 'broken.yaml'}:2: malformed YAML")


@pytest.mark.slow
@pytest.mark.parametrize("language", ["ar", "en"])
def test_new_scenario_writes_a_starter_that_validates(lib, language):
    result = run(
        "new-scenario", "--sop", "account-recovery", "--language", language, "--library", str(lib)
    )
    assert result.returncode == 0, result.stderr
    written = lib / language / f"new-account-recovery-{language}.yaml"
    text = written.read_text(encoding="utf-8")
    assert text.count("#") > 20 and "examples:" in text
    check = run("validate", str(written))
    assert (check.returncode, check.stdout) == (0, "1 scenario, 0 SOPs, 0 exams: no problems\n")
    again = run(
        "new-scenario", "--sop", "account-recovery", "--language", language, "--library", str(lib)
    )
    assert again.returncode == 2 and "already exists" in again.stderr


@pytest.mark.slow
def test_new_scenario_to_stdout_and_unknown_sop(lib):
    out = run(
        "new-scenario",
        "--sop",
        "account-recovery",
        "--language",
        "en",
        "--library",
        str(lib),
        "--output",
        "-",
    )
    assert out.returncode == 0 and out.stdout.startswith("# A new scenario")
    bad = run("new-scenario", "--sop", "nope", "--language", "en", "--library", str(lib))
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "no SOP file" in bad.stderr
