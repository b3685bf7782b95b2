"""Issue 14: only regular files are read, the size cap is counted while reading, and
``validate DIR`` says what it skipped (exit 1) and when a folder has no scenario file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.harden.conftest import one_line


def run(*args: str) -> subprocess.CompletedProcess[str]:
    # A subprocess with a timeout: reading a FIFO used to block for ever.
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args], capture_output=True, text=True, timeout=60
    )


@pytest.mark.slow
def test_a_fifo_as_scenario_or_replies_is_refused_at_once(library, tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    r = run("validate", str(fifo))
    assert (
        r.returncode == 1
        and r.stdout == f"{fifo}:0: skipped: not a regular file (a pipe or a device?)\n"
    )
    r = run("grade", str(fifo), "--replies", str(fifo))
    assert r.returncode == 2 and r.stderr == (
        f"simulator: {fifo}: is not a regular file (a pipe or a device?); give a file\n"
    )
    r = run("grade", str(library / "en" / "easy-a.yaml"), "--replies", str(fifo))
    assert r.returncode == 2 and "is not a regular file" in r.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_are_not_read(cli, library, device):
    r = cli("validate", device)
    assert (r.code, r.out) == (
        1,
        f"{device}:0: skipped: not a regular file (a pipe or a device?)\n",
    )
    one_line(cli("grade", str(library / "en" / "easy-a.yaml"), "--replies", device), device)
    one_line(cli("play", str(library / "en" / "easy-a.yaml"), "--script", device), device)


def test_the_cap_is_counted_while_reading(tmp_path):
    from simulator.errors import InputError
    from simulator.inputs import read_regular

    path = tmp_path / "big.json"
    path.write_bytes(b" " * 5000)
    assert len(read_regular(path, 5000, InputError)) == 5000
    with pytest.raises(InputError, match="too big; it may be at most 4 KB"):
        read_regular(path, 4096, InputError)


def test_validate_dir_reports_what_it_skipped(library):
    folder = library / "en"
    os.mkfifo(folder / "pipe.yaml")
    (folder / "loop.yaml").symlink_to("loop.yaml")
    (folder / "gone.yaml").symlink_to("nowhere.yaml")
    (folder / "self").symlink_to(".")
    r = run("validate", str(library))
    assert r.returncode == 1, r.stdout + r.stderr
    assert r.stdout.splitlines() == [
        f"{folder / 'gone.yaml'}:0: skipped: a broken symbolic link",
        f"{folder / 'loop.yaml'}:0: skipped: a symbolic link loop",
        f"{folder / 'pipe.yaml'}:0: skipped: not a regular file (a pipe or a device?)",
        f"{folder / 'self'}:0: skipped: a symbolic link loop",
    ]


def test_validate_dir_reports_an_unreadable_folder(cli, library, monkeypatch):
    locked = library / "en" / "locked"
    locked.mkdir()
    (locked / "x.yaml").write_text("id: x\n")
    locked.chmod(0)
    if os.geteuid() == 0:  # root reads any folder: the OS refuses it as it would anyone else
        real = os.scandir

        def scandir(path):
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        r = cli("validate", str(library))
    finally:
        locked.chmod(0o755)
    assert r.code == 1, r.out + r.err
    assert r.out.splitlines() == [
        f"{locked}:0: skipped: cannot read the folder (Permission denied)"
    ]


def test_an_empty_folder_has_no_scenario_files(tmp_path):
    (tmp_path / "empty").mkdir()
    r = run("validate", str(tmp_path / "empty"))
    assert (r.returncode, r.stdout) == (
        1,
        f"{tmp_path / 'empty'}:0: no scenario files (no .yaml file in it)\n",
    )


def test_a_fifo_in_the_library_does_not_stop_the_app(library, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    os.mkfifo(library / "en" / "pipe.yaml")
    from simulator.ui.app import load_summaries

    scenarios, _sops, problems = load_summaries(library)
    assert "easy-a" in [s.id for s in scenarios]
    assert [Path(p.file).name for p in problems] == ["pipe.yaml"]
