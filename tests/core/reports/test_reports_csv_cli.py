"""CSV sections (UTF-8 with a BOM; Arabic as stored) and ``simulator report cohort``
through the real entry point, with each of its errors (exit 2, one line, no traceback)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.errors import InputError
from simulator.reports.csv import HEADERS, write_csv
from simulator.reports.model import SECTIONS, ReportQuery
from simulator.reports.queries import attempt_lines, build_report
from tests.core.reports.helpers import CATALOG, PASSWORD, seed

NOW = dt.datetime(2026, 4, 1, tzinfo=dt.UTC)


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel then reads UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_every_section_as_csv_with_a_bom_and_arabic_round_trip(store, tmp_path):
    c = seed(store)
    query = ReportQuery(c.cohort_id)
    report = build_report(store, query, CATALOG, now=NOW, requester=c.trainer)
    for section in SECTIONS:
        path = tmp_path / f"{section}.csv"
        with path.open("w", encoding="utf-8", newline="") as out:
            source = (
                attempt_lines(store, query, CATALOG, requester=c.trainer)
                if section == "attempts"
                else report
            )
            write_csv(source, out, section)
        rows = read_csv(path)
        assert tuple(rows[0]) == HEADERS[section]
    attempts = read_csv(tmp_path / "attempts.csv")
    assert len(attempts) == 1 + 4
    by_title = {r[3]: dict(zip(HEADERS["attempts"], r, strict=True)) for r in attempts[1:]}
    arabic = by_title["استرداد المبلغ"]
    assert (arabic["display_name"], arabic["sop"], arabic["language"]) == (
        "أمل", "المبالغ المستردة", "ar",
    )  # fmt: skip
    hacked = next(r for r in attempts[1:] if r[1] == "amal" and r[3] == "Hacked account")
    row = dict(zip(HEADERS["attempts"], hacked, strict=True))
    assert (row["score"], row["passed"], row["automatic_score"], row["verdict"]) == (
        "75", "true", "45", "override",
    )  # fmt: skip
    assert by_title["Mini exam"]["mode"] == "exam"
    weekly = read_csv(tmp_path / "weekly.csv")
    assert weekly[1] == ["2026-03-02", "2", "2", "1"]
    trainees = read_csv(tmp_path / "trainees.csv")
    assert ["amal", "أمل", "", "3", "2", "68.33"] in trainees


def test_a_section_needs_its_source():
    with pytest.raises(InputError, match="weekly: needs the report"):
        write_csv([], io.StringIO(), "weekly")
    with pytest.raises(InputError, match="none of"):
        write_csv([], io.StringIO(), "everything")


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(monkeypatch, capsys, migrated_url, tmp_path):
    monkeypatch.setenv("SIMULATOR_DATABASE_URL", migrated_url)
    library = tmp_path / "library"
    library.mkdir()

    def run(*args: str, password: str = PASSWORD) -> Run:
        monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
        try:
            code = main(["report", "cohort", *args, "--library", str(library)])
        except SystemExit as exc:  # argparse's usage errors
            code = int(exc.code or 0)
        out = capsys.readouterr()
        return Run(code, out.out, out.err)

    return run


@pytest.fixture
def seeded(store):
    return seed(store)


def test_the_command_writes_each_section(cli, seeded, tmp_path):
    out = tmp_path / "a.csv"
    r = cli("Cohort A", "--csv", str(out), "--as", "tariq")
    assert r.code == 0 and f"wrote {out}" in r.err, r.err
    assert len(read_csv(out)) == 5
    r = cli("Cohort A", "--from", "2026-03-09", "--to", "2026-03-09",
            "--csv", str(out), "--section", "criteria", "--as", "tariq")  # fmt: skip
    assert r.code == 0, r.err
    rows = read_csv(out)
    assert [row[2] for row in rows[1:]] == ["apologises"] and rows[1][4:6] == ["1", "1"]
    r = cli("Cohort A", "--sop", "refunds", "--csv", str(out), "--section", "weekly",
            "--as", "tariq")  # fmt: skip
    assert read_csv(out)[1:] == [["2026-03-09", "1", "0", "0"]]
    # The library given has no scenarios: none is in Arabic.
    r = cli("Cohort A", "--language", "ar", "--csv", str(out), "--as", "tariq")
    assert r.code == 0 and len(read_csv(out)) == 1


@pytest.mark.parametrize(
    ("args", "password", "message"),
    [
        (("Nope", "--csv", "{out}", "--as", "tariq"), PASSWORD, "no such cohort"),
        (("Cohort A", "--from", "2026-02-30", "--csv", "{out}", "--as", "tariq"), PASSWORD,
         "--from: '2026-02-30' is not a date"),
        (("Cohort A", "--from", "2026-03-09", "--to", "2026-03-01", "--csv", "{out}",
          "--as", "tariq"), PASSWORD, "--from: 2026-03-09 is after --to 2026-03-01"),
        (("Cohort A", "--csv", "{missing}", "--as", "tariq"), PASSWORD, "cannot write it"),
        (("Cohort A", "--csv", "{out}", "--as", "nour"), PASSWORD,
         "nour (trainee) may not; only a trainer or an admin may"),
        (("Nope", "--csv", "{out}", "--as", "nour"), PASSWORD, "nour (trainee) may not"),
        (("Cohort A", "--csv", "{out}"), PASSWORD, "sign in first: --as NAME"),
        (("Cohort A", "--csv", "{out}", "--as", "tariq"), "wrong", "wrong name or password"),
        (("Cohort A", "--pdf", "{out}", "--section", "weekly", "--as", "tariq"), PASSWORD,
         "--section: goes with --csv"),
        (("Cohort A", "--csv", "{out}", "--section", "all", "--as", "tariq"), PASSWORD,
         "invalid choice"),
        (("Cohort A", "--as", "tariq"), PASSWORD, "one of the arguments --csv --pdf"),
    ],
)  # fmt: skip
def test_each_error_exits_2_with_one_line(cli, seeded, store, tmp_path, args, password, message):
    store.create_person("nour", "trainee", password=PASSWORD)
    out, missing = tmp_path / "r.csv", tmp_path / "no" / "such" / "r.csv"
    r = cli(*(a.format(out=out, missing=missing) for a in args), password=password)
    assert r.code == 2 and message in r.err, r.err
    assert "Traceback" not in r.err and len(r.err.strip().splitlines()) == 1
    if "cannot write" not in message:
        assert not out.exists()


def test_the_pdf_is_written_by_the_ui_writer_in_arabic(cli, seeded, tmp_path, qapp):
    """The command's PDF (the Qt writer, loaded by name; ``qapp``: the test process's
    Qt application, which the writer then uses as a CLI run would its own)."""
    import shutil
    import subprocess

    out = tmp_path / "r.pdf"
    r = cli("Cohort A", "--pdf", str(out), "--pdf-language", "ar", "--as", "tariq")
    assert r.code == 0, r.err
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Cohort A" in text
