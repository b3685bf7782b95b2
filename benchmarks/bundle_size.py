"""Benchmark: the size of the Frontline bundle against a bare PySide6 bundle.

Builds, with the same PyInstaller into a temporary folder, two one-folder bundles:

- bare: a tiny script that imports PySide6.QtCore, QtGui and QtWidgets and shows a
  QLabel, bundled with ``pyinstaller --onedir`` and no options (PySide6-Essentials'
  defaults: every plugin, translation and library PyInstaller's hooks collect);
- bare, stripped: the same with ``--strip`` (Frontline strips its libraries' symbols;
  this second reference shows how much of the ratio that alone buys);
- Frontline: ``build.spec``, exactly as ``make bundle`` builds it.

Prints each bundle's size (the sum of its files' sizes, symbolic links not followed),
the ratio, and the largest entries that Frontline has and the bare bundle has not.
Target (issue 18): Frontline at most 1.3x the bare bundle. Both builds take a few
minutes of CPU each; run it niced on a shared machine.

    nice -n 10 .venv/bin/python benchmarks/bundle_size.py [--keep DIR] [--top N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.3

BARE = """
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel("bare")
label.setFont(QFont())
label.setAlignment(Qt.AlignCenter)
label.show()
app.processEvents()
"""


def sizes(folder: Path) -> dict[str, int]:
    """Every file under ``folder`` by its relative path, with its size in bytes."""
    found = {}
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                found[str(path.relative_to(folder))] = path.stat().st_size
    return found


def pyinstaller(*args: str, cwd: Path) -> float:
    """Run PyInstaller (the one installed beside this Python); seconds taken."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit(f"bundle_size: pyinstaller {' '.join(args)} failed")
    return time.perf_counter() - start


def build_bare(work: Path, *options: str) -> tuple[Path, float]:
    name = "bare-stripped" if options else "bare"
    script = work / f"{name}.py"
    script.write_text(BARE)
    taken = pyinstaller(
        "--onedir",
        *options,
        "--distpath",
        str(work / "dist"),
        "--workpath",
        str(work / f"build-{name}"),
        "--specpath",
        str(work),
        str(script),
        cwd=work,
    )
    return work / "dist" / name, taken


def build_frontline(work: Path) -> tuple[Path, float]:
    taken = pyinstaller(
        "--distpath",
        str(work / "dist"),
        "--workpath",
        str(work / "build-frontline"),
        str(ROOT / "build.spec"),
        cwd=ROOT,
    )
    return work / "dist" / "frontline", taken


def by_top(files: dict[str, int], depth: int = 3) -> dict[str, int]:
    """Sizes summed by the first ``depth`` parts of each path."""
    summed: dict[str, int] = {}
    for rel, size in files.items():
        key = "/".join(Path(rel).parts[:depth])
        summed[key] = summed.get(key, 0) + size
    return summed


def mb(n: int) -> str:
    return f"{n / 1e6:7.1f} MB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    parser.add_argument("--top", type=int, default=15, help="largest extra entries to list")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bundle-size-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        bare_dir, bare_s = build_bare(work)
        stripped_dir, _ = build_bare(work, "--strip")
        front_dir, front_s = build_frontline(work)
        bare, front = sizes(bare_dir), sizes(front_dir)
        s = sum(sizes(stripped_dir).values())
    b, f = sum(bare.values()), sum(front.values())
    print(f"bare PySide6 bundle:  {mb(b)} in {len(bare)} files (built in {bare_s:.0f} s)")
    print(f"the same, stripped:   {mb(s)}")
    print(f"Frontline bundle:     {mb(f)} in {len(front)} files (built in {front_s:.0f} s)")
    print(
        f"ratio: {f / b:.2f}x the bare bundle (target <= {TARGET}x); {f / s:.2f}x the stripped one"
    )
    extra = by_top({k: v for k, v in front.items() if k not in bare})
    print(f"largest entries Frontline has and the bare bundle has not ({mb(sum(extra.values()))}):")
    for key, size in sorted(extra.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {mb(size)}  {key}")
    dropped = sum(v for k, v in bare.items() if k not in front)
    print(f"bare bundle's files that Frontline leaves out: {mb(dropped)}")
    return 0 if f / b <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
