"""``simulator exam list|validate|play|sittings|certificate|verify``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from simulator.errors import InputError
from simulator.exams.certificate_commands import register_certificates
from simulator.store.cli_support import add_sign_in, print_json, sign_in


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
        print_json({"library": str(root), "exams": rows})
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
        elif path.exists() or path.is_symlink():  # a pipe or a bad link: read_exam says so
            files.append(path)
        else:
            raise InputError(str(path), "no such file or folder")
    problems = [p for f in files for p in read_exam(f)[1]]
    errors = [p for p in problems if p.severity == "error"]
    if args.json:
        print_json(
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
        print_json(out)
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


def _extra_time(args: argparse.Namespace) -> int:
    """Give a person extra time on an exam, with a reason (a trainer or an admin)."""
    from simulator.access import Action, require
    from simulator.content.durations import parse_duration
    from simulator.store import open_store

    try:
        extra = float(parse_duration(args.extra))
    except (ValueError, TypeError) as exc:
        raise InputError("--extra", f"{args.extra!r} is not a duration ({exc})") from None
    if not args.reason.strip():
        raise InputError("--reason", "give the reason for the extra time")
    with open_store() as store:
        granter = sign_in(args, store, from_stdin=args.password_stdin)
        require(granter, Action.GRANT_EXTRA_TIME, subject_name=args.person, subject_id=-1)
        person = store.person(args.person)
        if person is None:
            raise InputError(args.person, "no such person")
        require(granter, Action.GRANT_EXTRA_TIME, subject_id=person.id, subject_name=person.name)
        grant = store.grant_accommodation(
            person.id, args.exam, extra_s=extra, reason=args.reason, granted_by=granter.id
        )
    out = {
        "person": person.name,
        "exam": grant.exam_id,
        "extra_s": grant.extra_s,
        "reason": grant.reason,
        "by": granter.name,
        "at": grant.at.isoformat(),
    }
    if args.json:
        print_json(out)
    else:
        sys.stdout.write(
            f"{person.name} has {grant.extra_s / 60:g} more minutes on {grant.exam_id}: "
            f"{grant.reason}\n"
        )
    return 0


def _sittings(args: argparse.Namespace) -> int:
    from simulator.access import Action, require
    from simulator.exams.certificate import certificate_id
    from simulator.exams.definition import SITTING_PREFIX, sittings_for
    from simulator.store import open_store

    rows: list[dict[str, Any]] = []
    with open_store() as store:
        requester = sign_in(args, store)
        if requester is None:  # before looking the name up: no probing for names
            require(None, Action.READ_RESULTS, subject_name=args.person)
        person = store.person(args.person)
        if person is None:
            raise InputError(
                f"person {args.person!r}", "no such person (see `simulator user list`)"
            )
        require(requester, Action.READ_RESULTS, subject_id=person.id, subject_name=person.name)
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
        print_json({"person": person.name, "sittings": rows})
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
    add_sign_in(p, "an admin, a trainer, or the person themself")
    p.set_defaults(handler=_sittings)

    register_certificates(exam_sub)

    p = exam_sub.add_parser(
        "extra-time",
        help="give a person extra time on an exam, with a reason (a trainer or admin)",
    )
    p.add_argument("person", metavar="NAME", help="the trainee's sign-in name")
    p.add_argument("exam", metavar="EXAM", help="the exam id, as in its file")
    p.add_argument("--extra", required=True, help="how much, as a duration: 10m, 1h30m")
    p.add_argument("--reason", required=True, help="why (kept, and shown in the review)")
    p.add_argument("--as", dest="as_name", metavar="NAME", required=True, help="you")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (as it is when there is no terminal)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=_extra_time)
