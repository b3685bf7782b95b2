"""The command line as a user runs it: a subprocess, exit codes, one-line errors."""

import subprocess
import sys

import pytest

from simulator import __version__


def run(*args: str, **kw):
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        capture_output=True,
        text=True,
        timeout=120,
        **kw,
    )


def test_version():
    r = run("--version")
    assert r.returncode == 0
    assert r.stdout.strip() == f"simulator {__version__}"


@pytest.mark.slow
@pytest.mark.parametrize("cmd", ["validate", "new-scenario", "grade", "play", "db", "user"])
def test_every_subcommand_has_help(cmd):
    r = run(cmd, "--help")
    assert r.returncode == 0, r.stderr
    assert "usage:" in r.stdout


def test_usage_error_is_one_line_and_exit_2():
    r = run("no-such-command")
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("simulator: ")
    assert "Traceback" not in r.stderr


@pytest.mark.slow
def test_arabic_output_survives_an_ascii_console(tmp_path):
    """JSON with Arabic goes out as UTF-8 even where the console's encoding is ASCII."""
    import os

    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "simulator",
            "new-scenario",
            "--sop",
            "self-harm",
            "--language",
            "ar",
            "--output",
            "-",
        ],
        capture_output=True,
        timeout=120,
        env=env,
    )
    assert r.returncode == 0, r.stderr.decode("utf-8", "replace")
    text = r.stdout.decode("utf-8")
    assert any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_building_the_parser_loads_no_heavy_library():
    """`simulator --help` and `--version` stay quick: no Faker, YAML reader, database or Qt."""
    code = (
        "import sys, simulator.cli as c; c.build_parser(); "
        "print(sorted(m for m in ('faker', 'ruamel.yaml', 'sqlalchemy', "
        "'alembic', 'PySide6') if m in sys.modules))"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
