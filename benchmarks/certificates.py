"""Verifying certificate files offline (run by hand: ``python benchmarks/certificates.py``).

Writes 1,000 signed certificates into a temporary folder (a mix of PDF drawn with Qt,
HTML and JSON; no database), then verifies them all in this one process as
``simulator exam verify FILE --public-key KEY`` does: read the file, find the signed
record, check the Ed25519 signature against the trusted key, check the dates, and for an
HTML page that its visible values are the signed ones.
Target: under 2 s for the 1,000. Prints the numbers (three runs over the same files).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from simulator.exams.certificate import render_html
from simulator.exams.record import (
    Certificate,
    certificate_id,
    compact,
    format_code,
    page_mismatch,
    read_certificate,
    sign_certificate,
    verify_record,
)
from simulator.signing import SigningKey

TARGET_S = 2.0
ON = dt.date(2026, 6, 1)


def certificate(i: int) -> Certificate:
    seal = f"{i:064x}"[::-1]
    names = ("Amal Haddad", "Noor Saleh", "ليلى حداد", "Tarek Fares")
    return Certificate(
        id=certificate_id(i),
        sitting_id=i,
        person_id=1000 + i,
        person_name=f"{names[i % 4]} {i}",
        exam_id="support-associate-en" if i % 2 else "support-associate-ar",
        exam_version=1,
        title_en="Support associate certification",
        title_ar="شهادة مساعد الدعم",
        language="en" if i % 2 else "ar",
        score=75.0 + (i % 25),
        issued=dt.date(2026, 3, 1),
        valid_until=dt.date(2027, 3, 1),
        code=format_code(seal),
        seal=seal,
    )


def write_files(folder: Path, count: int, key: SigningKey) -> list[Path]:
    pdf = importlib.import_module("simulator.ui.certificate_pdf")
    paths: list[Path] = []
    for i in range(1, count + 1):
        cert = certificate(i)
        signed = sign_certificate(cert, key)
        kind = ("pdf", "html", "json")[i % 3]
        path = folder / f"{cert.id}.{kind}"
        if kind == "pdf":
            pdf.write_pdf(cert, signed, path)
        elif kind == "html":
            path.write_text(render_html(cert, signed), encoding="utf-8")
        else:
            path.write_text(compact(signed) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def verify_all(paths: list[Path], key: SigningKey) -> tuple[float, int]:
    start = time.perf_counter()
    valid = 0
    for path in paths:
        signed, page = read_certificate(path)
        result = verify_record(signed, ON, key.public)
        cert = result.certificate
        if page is not None and cert is not None and page_mismatch(page, cert) is not None:
            continue
        if result.status == "valid":
            valid += 1
    return time.perf_counter() - start, valid


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    key = SigningKey.generate()
    with tempfile.TemporaryDirectory(prefix="frontline-certs-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        paths = write_files(folder, args.count, key)
        written = time.perf_counter() - t0
        sizes = {
            k: [p.stat().st_size for p in paths if p.suffix == f".{k}"]
            for k in ("pdf", "html", "json")
        }
        print(
            f"wrote {len(paths)} files in {written:.1f} s: "
            + ", ".join(
                f"{len(v)} {k} (mean {statistics.mean(v) / 1024:.1f} KiB)" for k, v in sizes.items()
            )
        )
        times = []
        for run in range(1, args.runs + 1):
            elapsed, valid = verify_all(paths, key)
            times.append(elapsed)
            per = elapsed / len(paths) * 1000
            print(
                f"run {run}: verified {len(paths)} files in {elapsed:.3f} s "
                f"({per:.2f} ms each), {valid} valid"
            )
            if valid != len(paths):
                print("FAILED: not every certificate verified", file=sys.stderr)
                return 1
        for kind in ("pdf", "html", "json"):
            some = [p for p in paths if p.suffix == f".{kind}"]
            elapsed, _ = verify_all(some, key)
            print(f"  {kind}: {elapsed / len(some) * 1000:.2f} ms each")
    worst = max(times)
    verdict = "met" if worst < TARGET_S else "MISSED"
    print(
        f"worst of {args.runs}: {worst:.3f} s for {len(paths)} (target < {TARGET_S} s): {verdict}"
    )
    return 0 if worst < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
