"""``simulator exam list|validate|play|sittings|certificate|verify``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from simulator.errors import InputError


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _library(args: argparse.Namespace) -> Path:
    from simulator.paths import library_dir

    return Path(args.library) if getattr(args, "library", None) else library_dir()


def _list(args: argparse.Namespace) -> int:
    from simulator.content.durations import format_duration
    from simulator.exams.definition import exam_files, read_exam

    root = _library(args)
    if not root.is_dir():
        raise InputError(str(root), "no such library folder")
    rows: list[dict[str, Any]] = []
    for path in exam_files(root):
        exam, problems = read_exam(path)
        errors = [p for p in problems if p.severity == "error"]
        if exam is None or errors:
            rows.append({"file": str(path), "valid": False, "problems": len(errors)})
            continue
        rows.append(
            {
                "file": str(path),
                "valid": True,
                "id": exam.id,
                "version": exam.version,
                "language": exam.language,
                "title": {"en": exam.title.en, "ar": exam.title.ar},
                "items": len(exam.scenarios) + (len(_pool_sops(exam)) if exam.pool else 0),
                "time_limit_s": exam.time_limit_s,
                "pass": exam.pass_rules.to_json(),
                "validity_days": exam.validity_days,
            }
        )
    if args.json:
        _print_json({"library": str(root), "exams": rows})
        return 0
    for r in rows:
        if not r["valid"]:
            sys.stdout.write(
                f"{r['file']}: {r['problems']} problem(s); see `simulator exam validate`\n"
            )
            continue
        sys.stdout.write(
            f"{r['id']} v{r['version']} [{r['language']}] {r['title']['en']} — "
            f"{r['items']} items, {format_duration(r['time_limit_s'])}, "
            f"pass at {r['pass']['mean_score']:g}\n"
        )
    return 0


def _pool_sops(exam: Any) -> list[str]:
    from simulator.content.library import load_library

    lib = load_library(exam.library_root)
    known = {s.id: s.sop for s in lib.scenarios}
    sops = dict.fromkeys(known[s] for s in exam.pool.from_ids if s in known)
    return [sop for sop in sops for _ in range(exam.pool.draw)]


def _validate(args: argparse.Namespace) -> int:
    from simulator.exams.definition import read_exam

    files: list[Path] = []
    for raw in args.paths:
        path = Path(raw)
        if path.is_dir():  # a folder of exams, or a library holding exams/
            files.extend(sorted(path.glob("*.yaml")) or sorted(path.glob("exams/*.yaml")))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(str(path), "no such file or folder")
    problems = [p for f in files for p in read_exam(f)[1]]
    errors = [p for p in problems if p.severity == "error"]
    if args.json:
        _print_json(
            {
                "valid": not errors,
                "errors": len(errors),
                "problems": [p.as_json() for p in problems],
            }
        )
    else:
        for p in problems:
            sys.stdout.write(f"{p}\n")
    return 1 if errors else 0


def _play(args: argparse.Namespace) -> int:
    from simulator.content.library import load_library
    from simulator.exams.definition import load_exam
    from simulator.exams.play import play_sitting

    exam = load_exam(Path(args.exam))
    played = play_sitting(
        exam, load_library(exam.library_root), Path(args.scripts), seed=args.seed, agent=args.agent
    )
    out = played.to_json()
    if args.json:
        _print_json(out)
        return 0
    sys.stdout.write(f"{exam.id} v{exam.version} — seed {args.seed}\n")
    for item in out["items"]:
        swap = f" (swapped for {item['swapped_from']})" if item["swapped_from"] else ""
        mark = "passed" if item["passed"] else "failed"
        sys.stdout.write(
            f"  {item['index'] + 1}. {item['scenario']}{swap}: {item['score']:g} {mark}"
            f" [{item['status']}]\n"
        )
    verdict = "PASSED" if out["passed"] else "FAILED"
    sys.stdout.write(
        f"score {out['score']:g} — {verdict}; time used {out['elapsed_s']:g} s "
        f"of {out['time_limit_s']:g} s (paused {out['paused_s']:g} s)\n"
    )
    for reason in out["reasons"]:
        sys.stdout.write(f"  - {reason}\n")
    return 0


def _certificate(args: argparse.Namespace) -> int:
    from simulator.exams.certificate import certificate_for, parse_certificate_id, render_html
    from simulator.store import open_store

    sitting_id = parse_certificate_id(args.id)
    with open_store() as store:
        cert = certificate_for(store, sitting_id)
    output = Path(args.output)
    try:
        output.write_text(render_html(cert), encoding="utf-8")
    except OSError as exc:
        raise InputError(str(output), f"cannot write it ({exc.strerror or exc})") from None
    if args.json:
        _print_json(cert.to_json())
    else:
        sys.stderr.write(f"wrote {output}\n")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from simulator.exams.certificate import parse_code, verify
    from simulator.store import open_store

    parse_code(args.code)  # a malformed code is bad input, before opening any store
    on = dt.datetime.now(dt.UTC).date()
    if args.on:
        try:
            on = dt.date.fromisoformat(args.on)
        except ValueError:
            raise InputError("--on", f"{args.on!r} is not a date (YYYY-MM-DD)") from None
    with open_store() as store:
        result = verify(store, args.code, on)
    if args.json:
        _print_json(result.to_json())
    else:
        cert = result.certificate
        who = (
            f" — {cert.id}, {cert.person_name}, {cert.exam_id} v{cert.exam_version}" if cert else ""
        )
        sys.stdout.write(f"{result.status}: {result.reason}{who}\n")
    return 0 if result.status == "valid" else 1


def _sittings(args: argparse.Namespace) -> int:
    from simulator.attempts.sittings import SITTING_PREFIX, sittings_for
    from simulator.exams.certificate import certificate_id
    from simulator.store import open_store

    rows: list[dict[str, Any]] = []
    with open_store() as store:
        person = store.person(args.person)
        if person is None:
            raise InputError(
                f"person {args.person!r}", "no such person (see `simulator user list`)"
            )
        for a in sittings_for(store, person.id):
            rows.append(
                {
                    "sitting": a.id,
                    "certificate": certificate_id(a.id) if a.passed else None,
                    "exam": a.scenario_id.removeprefix(SITTING_PREFIX),
                    "version": a.sop_version,
                    "started_at": a.started_at.isoformat(),
                    "ended_at": a.ended_at.isoformat() if a.ended_at else None,
                    "score": a.score,
                    "passed": a.passed,
                }
            )
    if args.json:
        _print_json({"person": person.name, "sittings": rows})
        return 0
    for r in rows:
        state = "unfinished" if r["ended_at"] is None else ("passed" if r["passed"] else "failed")
        cert = f", certificate {r['certificate']}" if r["certificate"] else ""
        score = "" if r["score"] is None else f" {r['score']:g}"
        sys.stdout.write(f"{r['sitting']}: {r['exam']} v{r['version']} {state}{score}{cert}\n")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exam = sub.add_parser("exam", help="list, check and play exams; certificates")
    exam_sub = exam.add_subparsers(dest="exam_command", metavar="ACTION", required=True)

    p = exam_sub.add_parser("list", help="the exams of a library (its exams/ folder)")
    p.add_argument("--library", metavar="DIR", help="the library (default: the shipped scenarios/)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=_list)

    p = exam_sub.add_parser(
        "validate",
        help="check exam files; exit 0 when all are valid",
        description="Check exam files (or folders of them): keys, values and that every "
        "scenario named is in the exam's library. Prints file:line: message; exit 1 on errors.",
    )
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="exam files, folders of them, or libraries"
    )
    p.add_argument("--json", action="store_true", help="print the problems as JSON")
    p.set_defaults(handler=_validate)

    p = exam_sub.add_parser(
        "play",
        help="play a whole exam on a simulated clock against scripted trainees",
        description="Play EXAM.yaml: each item with DIR/<scenario id>.json (the `play` "
        "script format); DIR/sitting.json may skip sensitive items and add briefing, "
        "break and support pauses. Prints the items, the score and the verdict.",
    )
    p.add_argument("exam", metavar="EXAM.yaml", help="the exam file")
    p.add_argument("--scripts", metavar="DIR", required=True, help="folder of scripts")
    p.add_argument("--seed", type=int, default=1, help="draws and personas (default 1)")
    p.add_argument("--agent", default="Agent", help="the trainee's display name")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=_play)

    p = exam_sub.add_parser("sittings", help="a person's exam sittings and certificates")
    p.add_argument("--person", metavar="NAME", required=True, help="the login name")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=_sittings)

    p = exam_sub.add_parser(
        "certificate", help="write the certificate of a passed sitting as an HTML page"
    )
    p.add_argument("id", metavar="ID", help="the certificate id (FL-000042) or sitting number")
    p.add_argument("--output", metavar="FILE.html", required=True, help="where to write it")
    p.add_argument("--json", action="store_true", help="also print the certificate as JSON")
    p.set_defaults(handler=_certificate)

    p = exam_sub.add_parser(
        "verify",
        help="say whether a certificate code is valid, invalid or expired (exit 0 if valid)",
    )
    p.add_argument("code", metavar="CODE", help="the verification code on the certificate")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="check as of this date (default today)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=_verify)
