"""``simulator exam key|certificate|verify|revoke``: the signing key, certificates of passed
sittings, their offline or in-store verification, and revocation."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import sys
from pathlib import Path
from typing import Any

from simulator.errors import InputError
from simulator.store.cli_support import add_sign_in, print_json, sign_in

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
        print_json(info)
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
        print_json({**cert.to_json(), "key": signed["record"]["key"], "file": str(output)})
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
        print_json(out)
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
        print_json(out)
    else:
        sys.stdout.write(f"revoked {cert.id} ({cert.person_name}): {revocation.reason}\n")
    return 0


def register_certificates(exam_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``exam`` actions on keys and certificates: key, certificate, verify, revoke."""
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
