"""``simulator --selftest``: the same smoke test the bundle runs, on the installed program."""

import os
import subprocess
import sys


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
    assert [ln.split(":")[1].strip() for ln in lines] == ["library", "window", "store", "passed"]
    assert "FAILED" not in r.stdout


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
