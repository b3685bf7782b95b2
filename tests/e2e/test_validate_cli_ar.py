"""``simulator validate --lang ar``: the problems and the summary line in Arabic."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "core" / "content" / "data"
LRI, PDI = "\u2066", "\u2069"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    shutil.copytree(DATA, tmp_path / "repo")
    return tmp_path / "repo" / "library"


def test_a_clean_run_says_so_in_arabic(lib):
    result = run("validate", "--lang", "ar", str(lib))
    expected = "سيناريو واحد، إجراء واحد، لا اختبارات: لا مشكلات\n"
    assert (result.returncode, result.stdout, result.stderr) == (0, expected, "")


@pytest.mark.slow
def test_problems_in_arabic_keep_the_place_and_the_identifiers(lib):
    path = lib / "ar" / "hacked-account-email-ar.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("difficulty: 2", "difficulty: 7").replace(
            "channel: chat\n", "channel: chatt\n"
        ),
        encoding="utf-8",
    )
    result = run("validate", "--lang", "ar", str(path))
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        f"{path}:6: يجب أن تكون الصعوبة {LRI}7{PDI} من 1 إلى 5",
        f"{path}:27: قيمة {LRI}channel{PDI} في المحادثة {LRI}'follow-up'{PDI} هي "
        f"{LRI}'chatt'{PDI}؛ استخدم إحدى القيم: {LRI}email, ticket, chat{PDI} "
        f"(هل تقصد {LRI}'chat'{PDI}؟)",
    ]
    english = run("validate", str(path))  # the default stays English
    assert "did you mean 'chat'?" in english.stdout
    as_json = json.loads(run("validate", "--lang", "ar", "--json", str(path)).stdout)
    first = as_json["problems"][0]
    assert first["message"] == "difficulty 7 must be 1 to 5"  # machine-readable English
    assert first["message_ar"] == f"يجب أن تكون الصعوبة {LRI}7{PDI} من 1 إلى 5"
