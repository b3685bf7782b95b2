"""``simulator validate`` and ``simulator new-scenario``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from simulator.errors import ContentError


def _validate(args: argparse.Namespace) -> int:
    from simulator.authoring.validate import validate_counted

    sops = Path(args.sops) if args.sops else None
    problems, counts = validate_counted([Path(p) for p in args.paths], sops)
    errors = [p for p in problems if p.severity == "error"]
    ar = getattr(args, "lang", "en") == "ar"
    if ar:
        from simulator.authoring.messages_ar import arabic
    if args.json:
        out = {
            "valid": not errors,
            "errors": len(errors),
            "warnings": len(problems) - len(errors),
            "problems": [
                {**p.as_json(), "message_ar": arabic(p.message)} if ar else p.as_json()
                for p in problems
            ],
            "checked": counts,
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        for p in problems:
            if ar:  # the place stays first (file:line:), then the Arabic
                warning = "تحذير: " if p.severity == "warning" else ""
                sys.stdout.write(f"{p.file}:{p.line}: {warning}{arabic(p.message)}\n")
            else:
                sys.stdout.write(f"{p}\n")
        if not problems and not args.quiet:  # a clean run says so, in one line
            sys.stdout.write(summary_line_ar(counts) if ar else summary_line(counts))
    return 1 if errors else 0


def summary_line(counts: dict[str, int]) -> str:
    """``35 scenarios, 9 SOPs, 2 exams: no problems``."""

    def n(count: int, one: str, many: str) -> str:
        return f"{count} {one if count == 1 else many}"

    checked = ", ".join(
        (
            n(counts.get("scenarios", 0), "scenario", "scenarios"),
            n(counts.get("sops", 0), "SOP", "SOPs"),
            n(counts.get("exams", 0), "exam", "exams"),
        )
    )
    return f"{checked}: no problems\n"


def summary_line_ar(counts: dict[str, int]) -> str:
    """``35 سيناريو، 9 إجراءات، 2 اختبار: لا مشكلات``: the count before the noun,
    the noun in the form Arabic gives that count."""

    def n(count: int, one: str, two: str, few: str, many: str) -> str:
        if count == 0:
            return f"لا {few}"
        if count == 1:
            return f"{one} واحد"
        if count == 2:
            return two
        return f"{count} {few if 3 <= count % 100 <= 10 else many}"

    checked = "، ".join(
        (
            n(counts.get("scenarios", 0), "سيناريو", "سيناريوهان", "سيناريوهات", "سيناريو"),
            n(counts.get("sops", 0), "إجراء", "إجراءان", "إجراءات", "إجراء"),
            n(counts.get("exams", 0), "اختبار", "اختباران", "اختبارات", "اختبار"),
        )
    )
    return f"{checked}: لا مشكلات\n"


def _new_scenario(args: argparse.Namespace) -> int:
    from simulator.authoring.starter import write_starter

    library = Path(args.library) if args.library else None
    if args.output is not None and not args.output.strip():
        raise ContentError("--output", "an empty path; give a file, or '-' for standard output")
    output = Path(args.output) if args.output is not None else None
    path, text = write_starter(args.sop, args.language, library, output, args.force)
    if path is None:
        sys.stdout.write(text)
    else:
        sys.stderr.write(f"wrote {path}\n")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "validate",
        help="check scenario and SOP files (files or folders); exit 0 when all are valid",
        description="Check scenario and SOP files and run each scenario's examples. Prints "
        "file:line: message for each problem; exit 0 when there is no error (warnings "
        "do not count), 1 when there is one, 2 when a path is wrong.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="scenario or SOP files, or folders")
    p.add_argument(
        "--sops",
        metavar="DIR",
        help="look SOPs up here (default: sops/ beside the scenario's language folder)",
    )
    p.add_argument("--json", action="store_true", help="print the problems as JSON")
    p.add_argument(
        "--lang",
        choices=("en", "ar"),
        default="en",
        help="the language of the messages (default en); with --json, ar adds message_ar",
    )
    p.add_argument(
        "--quiet", action="store_true", help="no summary line: only the problems, if any"
    )
    p.set_defaults(handler=_validate)
    p = sub.add_parser(
        "new-scenario",
        help="write a commented starter scenario for an SOP",
        description="Write a starter scenario (every key explained in a comment) that "
        "validates as it is, for the SOP with that id.",
    )
    p.add_argument("--sop", required=True, metavar="ID", help="the SOP's id")
    p.add_argument("--language", required=True, choices=("ar", "en"))
    p.add_argument(
        "--library",
        metavar="DIR",
        help="the library to read the SOP from and write into (default: the current "
        "folder, or its scenarios/; never the installed program's)",
    )
    p.add_argument(
        "--output",
        metavar="FILE",
        help="where to write (default: LIBRARY/LANGUAGE/"
        "new-SOP-LANGUAGE.yaml; '-' for standard output); not a symbolic link",
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(handler=_new_scenario)
