"""``simulator report cohort NAME``: a cohort report as CSV (one section) or as the
bilingual PDF, for a signed-in trainer or admin (``--as NAME``)."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
from pathlib import Path
from typing import Any

from simulator.errors import InputError
from simulator.reports.model import SECTIONS, ReportQuery
from simulator.store.cli_support import add_sign_in, sign_in

PDF_MODULE = "simulator.ui.trainer.report_pdf"


def _day(option: str, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(option, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _query(args: argparse.Namespace, cohort_id: int) -> ReportQuery:
    start, end = _day("--from", args.start), _day("--to", args.end)
    if start is not None and end is not None and start > end:
        raise InputError("--from", f"{start} is after --to {end}")
    return ReportQuery(cohort_id, start, end, args.language, args.sop)


def _pdf_writer() -> Any:
    try:
        return importlib.import_module(PDF_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name and (exc.name == PDF_MODULE or PDF_MODULE.startswith(exc.name + ".")):
            raise InputError(
                "--pdf", f"this Frontline has no PDF report writer ({PDF_MODULE}); use --csv"
            ) from None
        raise InputError("--pdf", f"the PDF writer needs {exc.name}, which is missing") from None


def _cohort(store: Any, name: str, requester: Any) -> int:
    from simulator.access import Action, require

    found = [c for c in store.cohorts() if c.name == name]
    if not found:
        # Who may not build reports learns no cohort's name from this.
        require(store.signed_in(requester), Action.READ_REPORTS)
        known = ", ".join(sorted(c.name for c in store.cohorts())) or "none yet"
        raise InputError(f"cohort {name!r}", f"no such cohort (the cohorts: {known})")
    return int(found[0].id)


def _library(args: argparse.Namespace) -> Path:
    from simulator.paths import library_dir

    root = Path(args.library) if args.library else library_dir()
    if not root.is_dir():
        raise InputError(str(root), "no such library folder")
    return root


def _cohort_report(args: argparse.Namespace) -> int:
    from simulator.access import Action, require
    from simulator.reports.queries import attempt_lines, build_report, load_catalog
    from simulator.store import open_store

    if args.start is not None or args.end is not None:
        _query(args, 0)  # bad dates before asking for a password
    output = Path(args.csv or args.pdf)
    if args.csv is None and args.section is not None:
        raise InputError("--section", "goes with --csv (a PDF holds every section)")
    section = args.section or "attempts"
    writer = _pdf_writer() if args.pdf else None
    language = args.pdf_language
    catalog = load_catalog(_library(args), language=language)
    with open_store() as store:
        requester = sign_in(args, store)
        if requester is None:  # before looking anything up
            require(None, Action.READ_REPORTS, subject_name=f"cohort {args.name}")
        query = _query(args, _cohort(store, args.name, requester))
        if writer is not None:
            report = build_report(store, query, catalog, now=store.now(), requester=requester)
            _write(output, lambda: writer.write_pdf(report, output, language))
        elif section == "attempts":
            lines = attempt_lines(store, query, catalog, requester=requester)
            _write_csv(output, lines, section)
        else:
            report = build_report(store, query, catalog, now=store.now(), requester=requester)
            _write_csv(output, report, section)
    sys.stderr.write(f"wrote {output}\n")
    return 0


def _write_csv(output: Path, source: Any, section: str) -> None:
    from simulator.reports.csv import write_csv

    def run() -> None:
        with output.open("w", encoding="utf-8", newline="") as out:
            write_csv(source, out, section)

    _write(output, run)


def _write(output: Path, run: Any) -> None:
    try:
        run()
    except OSError as exc:
        raise InputError(str(output), f"cannot write it ({exc.strerror or exc})") from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help="cohort reports as CSV or PDF (trainers, admins)")
    report_sub = report.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    p = report_sub.add_parser(
        "cohort",
        help="a cohort's report: pass rate per week, scores, criteria, channels, exams, trainees",
        description="A cohort's report over its trainees' finished attempts (verdicts of "
        "record; an exam sitting counts once). --csv writes one section (UTF-8 with a "
        "byte-order mark, for Excel); --pdf the whole report in English or Arabic.",
    )
    p.add_argument("name", metavar="NAME", help="the cohort's name")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day (UTC)")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day (UTC), included")
    p.add_argument("--language", choices=("en", "ar"), help="only scenarios in this language")
    p.add_argument("--sop", metavar="ID", help="only scenarios under this SOP")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--csv", metavar="FILE", help="write one section as CSV")
    out.add_argument("--pdf", metavar="FILE", help="write the report as PDF")
    p.add_argument(
        "--section",
        choices=SECTIONS,
        help="with --csv: which section (default attempts: one row per attempt)",
    )
    p.add_argument(
        "--pdf-language",
        choices=("en", "ar"),
        default="en",
        help="the PDF's language, and of the SOP and exam titles (default en)",
    )
    p.add_argument("--library", metavar="DIR", help="the library whose titles to show")
    add_sign_in(p, "a trainer or admin")
    p.set_defaults(handler=_cohort_report)
