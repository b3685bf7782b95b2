"""``simulator --selftest``: the same smoke test the bundle runs, on the installed program."""

import os
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_selftest_passes_on_the_shipped_library():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run(
        [sys.executable, "-m", "simulator", "--selftest"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("selftest: ")]
    assert [ln.split(":")[1].strip() for ln in lines] == [
        "library",
        "personas",
        "window",
        "charts",
        "store",
        "passed",
    ]
    assert "FAILED" not in r.stdout


@pytest.mark.slow
def test_selftest_fails_on_a_missing_library(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run(
        [sys.executable, "-m", "simulator", "--library", str(tmp_path / "nowhere"), "--selftest"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert r.returncode == 1
    assert "selftest: library: FAILED" in r.stdout
    assert "selftest: FAILED" in r.stdout


@pytest.mark.slow
def test_selftest_saves_the_window_in_english_and_arabic(tmp_path):
    """What a bundle's check of its text shaping looks at: two different window images."""
    from PySide6.QtGui import QImage

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    r = subprocess.run(
        [sys.executable, "-m", "simulator", "--selftest", "--selftest-screenshots", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    en, ar = QImage(str(tmp_path / "selftest-en.png")), QImage(str(tmp_path / "selftest-ar.png"))
    assert (en.width(), en.height()) == (ar.width(), ar.height()) == (1280, 800)
    assert en != ar
    assert "saved selftest-en.png and selftest-ar.png" in r.stdout
