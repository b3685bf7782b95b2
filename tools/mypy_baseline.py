"""mypy with a baseline: ``make lint`` fails when an error is added, never for the old ones.

The baseline (``mypy-baseline.txt``) lists the errors mypy reported when the UI came
under it, one ``path: message  [code]`` a line, without line numbers (an edit above an
error moves it, it does not make it new). The check fails when, for any such key, mypy
now reports more than the baseline holds; when it reports fewer, it says so: run
``python tools/mypy_baseline.py --update`` to shrink the file. The baseline only shrinks.

    python tools/mypy_baseline.py           # check (make lint)
    python tools/mypy_baseline.py --update  # write the current errors (fewer, not more)
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "mypy-baseline.txt"
ERROR = re.compile(r"^(?P<path>[^:\s]+\.py):\d+(?::\d+)?: error: (?P<message>.*)$")


def keys(output: str) -> Counter[str]:
    """``path: message  [code]`` of each error line (notes are left out)."""
    found: Counter[str] = Counter()
    for line in output.splitlines():
        m = ERROR.match(line.strip())
        if m:
            found[f"{m['path']}: {m['message']}"] += 1
    return found


def read_baseline(path: Path) -> Counter[str]:
    if not path.exists():
        return Counter()
    lines = path.read_text(encoding="utf-8").splitlines()
    return Counter(line for line in lines if line.strip() and not line.startswith("#"))


def write_baseline(path: Path, found: Counter[str]) -> None:
    header = "# mypy errors accepted for now (tools/mypy_baseline.py); this file only shrinks.\n"
    path.write_text(header + "".join(f"{k}\n" for k in sorted(found.elements())), "utf-8")


def run_mypy(mypy: str) -> str:
    done = subprocess.run([mypy], cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):  # 2: mypy itself failed (a bad config, a crash)
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(done.returncode)
    return done.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="write the current errors")
    parser.add_argument("--mypy", default=str(Path(sys.executable).with_name("mypy")))
    parser.add_argument("--baseline", type=Path, default=BASELINE)
    args = parser.parse_args(argv)
    found = keys(run_mypy(args.mypy))
    baseline = read_baseline(args.baseline)
    new = found - baseline
    fixed = baseline - found
    total, allowed = sum(found.values()), sum(baseline.values())
    if args.update:
        if new and args.baseline.exists():
            print(f"not updated: {sum(new.values())} error(s) not in the baseline:")
            print("".join(f"  {k}\n" for k in sorted(new.elements())), end="")
            return 1
        write_baseline(args.baseline, found)
        print(f"mypy baseline: {total} error(s) written to {args.baseline.name}")
        return 0
    if new:
        print(f"mypy: {sum(new.values())} new error(s) not in {args.baseline.name}:")
        print("".join(f"  {k}\n" for k in sorted(new.elements())), end="")
        return 1
    note = ""
    if fixed:
        note = f"; {sum(fixed.values())} fixed: run tools/mypy_baseline.py --update to shrink it"
    print(f"mypy: {total} error(s), baseline {allowed}{note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
