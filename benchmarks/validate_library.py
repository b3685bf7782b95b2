"""Benchmark: generate 1,000 scenario files in a temporary library and validate them all.

Target: under 3 s on one core. Run: .venv/bin/python benchmarks/validate_library.py [N]
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from simulator.authoring.validate import validate_paths

DATA = Path(__file__).resolve().parent.parent / "tests" / "core" / "content" / "data"
LOCALES = ("ar_EG", "ar_SA", "ar_AE", "ar_JO", "ar_PS", "ar_BH", "ar_DZ")


def make_library(root: Path, count: int) -> Path:
    """A library with the test SOP and ``count`` variants of the spec's scenario."""
    shutil.copytree(DATA, root / "repo")
    lib = root / "repo" / "library"
    template = (lib / "ar" / "hacked-account-email-ar.yaml").read_text(encoding="utf-8")
    (lib / "ar" / "hacked-account-email-ar.yaml").unlink()
    for i in range(count):
        text = (
            template.replace("id: hacked-account-email-ar", f"id: bench-{i:04d}")
            .replace("locale: ar_EG", f"locale: {LOCALES[i % len(LOCALES)]}")
            .replace("at: 40s", f"at: {40 + i % 50}s")
            .replace("difficulty: 2", f"difficulty: {1 + i % 5}")
            .replace("hello?? anyone there", f"hello?? anyone there ({i})")
        )
        (lib / "ar" / f"bench-{i:04d}.yaml").write_text(text, encoding="utf-8")
    return lib


def main(count: int = 1000) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        lib = make_library(Path(tmp), count)
        wall, cpu = time.perf_counter(), time.process_time()
        problems = validate_paths([lib])
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    errors = [p for p in problems if p.severity == "error"]
    print(
        f"validated {count} scenarios: {wall:.2f} s wall, {cpu:.2f} s CPU "
        f"({1000 * cpu / count:.2f} ms each); {len(errors)} errors (expected 0)"
    )
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
