"""``simulator exam list|validate|play|sittings|certificate|verify``."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from simulator.errors import InputError
from simulator.store.commands import add_sign_in, sign_in


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
        elif path.exists() or path.is_symlink():  # a pipe or a bad link: read_exam says so
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


FORMATS = ("pdf", "html", "json")


def _key(args: argparse.Namespace) -> int:
    from simulator.signing import KEY_ENV, existing_key, installation_key, key_path

    made = existing_key() is None
    key = installation_key()
    supplied = bool(os.environ.get(KEY_ENV, "").strip())
    info = {
        "fingerprint": key.fingerprint,
        "public_key": key.public.base64,
        "pem": key.public.pem,
        "key_file": str(key_path()),
        "supplied": supplied,
        "created": made,
    }
    if args.json:
        _print_json(info)
        return 0
    origin = (
        f"supplied by {KEY_ENV}" if supplied else ("created now" if made else "this installation")
    )
    sys.stdout.write(
        f"fingerprint: {key.fingerprint}\n"
        f"public key:  {key.public.base64}\n"
        f"key file:    {key_path()} ({origin}; keep it private)\n"
        f"{key.public.pem}"
    )
    return 0


def _output_format(args: argparse.Namespace, output: Path) -> str:
    if args.format:
        return str(args.format)
    suffix = output.suffix.lower().lstrip(".")
    if suffix == "htm":
        return "html"
    if suffix not in FORMATS:
        raise InputError(
            str(output),
            "cannot tell the format from the name; end it in .pdf, .html or .json or give --format",
        )
    return suffix


def _certificate(args: argparse.Namespace) -> int:
    from simulator.access import Action, require
    from simulator.exams.certificate import certificate_for, parse_certificate_id, render_html
    from simulator.exams.record import compact, sign_certificate
    from simulator.store import open_store

    sitting_id = parse_certificate_id(args.id)
    output = Path(args.output)
    kind = _output_format(args, output)
    if output.exists() and not args.force:
        raise InputError(str(output), "already exists; give --force to overwrite it")
    with open_store() as store:
        requester = sign_in(args, store)
        if requester is None:  # before looking anything up
            require(None, Action.READ_RESULTS, subject_name=args.id)
        cert = certificate_for(store, sitting_id)
        require(
            requester,
            Action.READ_RESULTS,
            subject_id=cert.person_id,
            subject_name=cert.id,
        )
        signed = sign_certificate(cert, store.signing_key())
    try:
        if kind == "pdf":
            pdf = importlib.import_module("simulator.ui.certificate_pdf")
            pdf.write_pdf(cert, signed, output)
        elif kind == "html":
            output.write_text(render_html(cert, signed), encoding="utf-8")
        else:
            output.write_text(compact(signed) + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(str(output), f"cannot write it ({exc.strerror or exc})") from None
    if args.json:
        _print_json({**cert.to_json(), "key": signed["record"]["key"], "file": str(output)})
    else:
        sys.stderr.write(f"wrote {output}\n")
    return 0


def _on(args: argparse.Namespace) -> dt.date:
    if not args.on:
        return dt.datetime.now(dt.UTC).date()
    try:
        return dt.date.fromisoformat(args.on)
    except ValueError:
        raise InputError("--on", f"{args.on!r} is not a date (YYYY-MM-DD)") from None


def _trusted(args: argparse.Namespace) -> tuple[Any, str]:
    """The key to trust: --public-key, else this installation's (never created here)."""
    from simulator.signing import existing_key, parse_public_key

    if args.public_key:
        return parse_public_key(args.public_key), "given"
    local = existing_key()
    return (local.public if local is not None else None), "installation"


def _store_for_file() -> Any:
    """The store to check revocations in, when there is one: a URL given (option or
    environment), or the default SQLite file if it exists. None otherwise."""
    from simulator.paths import data_dir
    from simulator.store import open_store
    from simulator.store.db import DB_FILE_NAME

    # Read-only: verifying changes nothing, and works on a read-only copy of the store.
    if os.environ.get("SIMULATOR_DATABASE_URL", "").strip():
        return open_store(read_only=True)
    if (data_dir() / DB_FILE_NAME).is_file():
        return open_store(read_only=True)
    return None


def _is_file(target: str) -> bool:
    return Path(target).is_file() or Path(target).suffix.lower() in (
        ".pdf",
        ".html",
        ".htm",
        ".json",
    )


def _verify(args: argparse.Namespace) -> int:
    from simulator.exams.certificate import parse_code, revoked, verify
    from simulator.exams.record import (
        Verification,
        page_mismatch,
        read_certificate,
        verify_record,
    )

    on = _on(args)
    trusted, source = _trusted(args)
    checked: str | None = None
    if _is_file(args.target):
        signed, page = read_certificate(Path(args.target))
        result = verify_record(signed, on, trusted, source)  # type: ignore[arg-type]
        if page is not None and result.certificate is not None and result.status != "invalid":
            wrong = page_mismatch(page, result.certificate)
            if wrong is not None:
                result = Verification("invalid", wrong, result.certificate, result.key)
        store = _store_for_file()
        if store is not None:
            with store:
                cert = result.certificate
                if cert is not None and store_holds(store, cert):
                    result = revoked(result, store)
                    checked = store.url
    else:
        parse_code(args.target)  # a malformed code is bad input, before opening any store
        from simulator.store import open_store

        with open_store(read_only=True) as store:
            result = verify(store, args.target, on, trusted)
            checked = store.url
    out = {**result.to_json(), "revocation_checked_in": checked}
    if args.json:
        _print_json(out)
    else:
        _print_verification(result, checked)
    return 0 if result.status == "valid" else 1


def store_holds(store: Any, cert: Any) -> bool:
    """Whether this store issued ``cert`` (its sitting's seal is the one signed)."""
    return bool(store.result_seal(cert.sitting_id) == cert.seal)


def _print_verification(result: Any, checked: str | None) -> None:
    w = sys.stdout.write
    w(f"{result.status}: {result.reason}\n")
    cert = result.certificate
    if cert is not None:
        w(f"  certificate: {cert.id}\n")
        w(f"  name:        {cert.person_name}\n")
        w(f"  exam:        {cert.title_en} ({cert.exam_id}, version {cert.exam_version})\n")
        w(f"  score:       {cert.score:g}%\n")
        w(f"  issued:      {cert.issued.isoformat()}\n")
        w(f"  valid until: {cert.valid_until.isoformat()}\n")
    key = result.key
    if key is not None:
        how = {
            "given": "the key given with --public-key",
            "installation": "this installation's key",
            "store": "the store's seal signature, with the trusted key",
            "file": "taken from the file itself: this proves the file was not changed since "
            "it was signed, not who signed it; compare the fingerprint with the one your "
            "training centre publishes, or give --public-key",
        }[key.source]
        w(f"  key:         {key.fingerprint} ({how})\n")
    if checked:
        w(f"  revocation:  checked in {checked}\n")
    else:
        w("  revocation:  not checked (no store here; give --database-url to check)\n")


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
        _print_json(out)
    else:
        sys.stdout.write(
            f"{person.name} has {grant.extra_s / 60:g} more minutes on {grant.exam_id}: "
            f"{grant.reason}\n"
        )
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from simulator.access import Action, require
    from simulator.exams.certificate import certificate_for, parse_certificate_id
    from simulator.store import open_store

    sitting_id = parse_certificate_id(args.id)
    if not args.reason.strip():
        raise InputError("--reason", "give the reason for revoking it")
    with open_store() as store:
        admin = sign_in(args, store, from_stdin=args.password_stdin)
        require(admin, Action.REVOKE_CERTIFICATE, subject_name=args.id)
        cert = certificate_for(store, sitting_id)
        revocation = store.revoke(sitting_id, admin.id, args.reason)
    out = {
        "certificate": cert.id,
        "person": cert.person_name,
        "revoked_at": revocation.at.isoformat(),
        "reason": revocation.reason,
        "by": revocation.revoked_by_name,
    }
    if args.json:
        _print_json(out)
    else:
        sys.stdout.write(f"revoked {cert.id} ({cert.person_name}): {revocation.reason}\n")
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
    add_sign_in(p, "an admin, a trainer, or the person themself")
    p.set_defaults(handler=_sittings)

    p = exam_sub.add_parser(
        "key",
        help="print this installation's public key and its fingerprint (made on first need)",
        description="The Ed25519 key that signs certificates and sealed results: "
        "SIMULATOR_SIGNING_KEY (a PEM file the admin supplies), else signing-key.pem in "
        "the data folder, created with mode 0600. Give verifiers the public key.",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=_key)

    p = exam_sub.add_parser(
        "certificate",
        help="write the signed certificate of a passed sitting (PDF, HTML or JSON)",
    )
    p.add_argument("id", metavar="ID", help="the certificate id (FL-000042) or sitting number")
    p.add_argument(
        "--output", metavar="FILE", required=True, help="where to write it (.pdf, .html, .json)"
    )
    p.add_argument("--format", choices=FORMATS, help="default: from the output's suffix")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.add_argument("--json", action="store_true", help="also print the certificate as JSON")
    add_sign_in(p, "an admin, a trainer, or the certificate's holder")
    p.set_defaults(handler=_certificate)

    p = exam_sub.add_parser(
        "verify",
        help="check a certificate file offline, or a code against the store (exit 0 if valid)",
        description="TARGET is a certificate file (PDF, HTML or the record's JSON: checked "
        "offline against the trusted key) or a verification code (checked in the store). "
        "Prints valid, invalid, expired, not yet valid or revoked.",
    )
    p.add_argument("target", metavar="FILE|CODE", help="a certificate file or a code")
    p.add_argument(
        "--public-key",
        metavar="KEY",
        help="the issuer's public key to trust (base64, PEM, or a file of either); "
        "default: this installation's key",
    )
    p.add_argument("--on", metavar="YYYY-MM-DD", help="check as of this date (default today)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=_verify)

    p = exam_sub.add_parser(
        "revoke", help="withdraw a certificate, with a reason (an admin, with their password)"
    )
    p.add_argument("id", metavar="ID", help="the certificate id (FL-000042) or sitting number")
    p.add_argument("--reason", required=True, help="why it is revoked (kept and shown)")
    p.add_argument("--as", dest="as_name", metavar="ADMIN", required=True, help="the admin")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (as it is when there is no terminal)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=_revoke)

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
