"""Certificates: the record of a passed sitting, its verification, and its HTML page.

A certificate is read from the sitting's sealed result (the name as issued is kept in
it); nothing is stored beside it but a revocation. Its verification code is the first
80 bits of that result's chain hash, so changing the result (score, dates, person)
breaks either the hash or the code. The signed record that travels with the files is in
``simulator.exams.record``. See docs/exams.md.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import TYPE_CHECKING, Any

from simulator.errors import InputError, StoreError
from simulator.exams.definition import SITTING_PREFIX, is_sitting
from simulator.exams.record import (
    CODE_HEX,
    Certificate,
    KeyUsed,
    Verification,
    certificate_id,
    dated,
    format_code,
    html_block,
)
from simulator.grading.verdict import awaits_confirmation
from simulator.store.base import MAX_ROW_ID
from simulator.store.exams import SealedResult
from simulator.store.store import Store

if TYPE_CHECKING:
    from simulator.signing import PublicKey

ID_RE = re.compile(r"^(?:FL-)?0*(\d{1,12})$", re.IGNORECASE)


def parse_code(text: str) -> str:
    """The lowercase hex of a code as typed (dashes and spaces ignored)."""
    raw = re.sub(r"[\s-]", "", text).lower()
    if len(raw) != CODE_HEX or any(c not in "0123456789abcdef" for c in raw):
        raise InputError(
            "code",
            f"{text!r} is not a certificate code (20 letters 0-9 and A-F, like XXXX-XXXX-...)",
        )
    return raw


def parse_certificate_id(text: str) -> int:
    m = ID_RE.match(text.strip())
    if not m:
        raise InputError("certificate", f"{text!r} is not a certificate id (like FL-000042)")
    return int(m.group(1))


def _from_sealed(store: Store, sealed: SealedResult) -> Certificate:
    grade = sealed.result.grade
    title = grade.get("title") or {}
    issued_to = grade.get("person")
    if isinstance(issued_to, dict) and isinstance(issued_to.get("name"), str):
        person_id, name = int(issued_to["id"]), str(issued_to["name"])
    else:  # a result sealed before the name was kept in it: today's name
        person = store.person_by_id(sealed.attempt.person_id)
        person_id, name = person.id, person.display_name
    return Certificate(
        id=certificate_id(sealed.attempt.id),
        sitting_id=sealed.attempt.id,
        person_id=person_id,
        person_name=name,
        exam_id=sealed.attempt.scenario_id.removeprefix(SITTING_PREFIX),
        exam_version=sealed.attempt.sop_version,
        title_en=str(title.get("en", "")),
        title_ar=str(title.get("ar", "")),
        language=str(grade.get("language", "en")),
        score=float(sealed.result.score or 0.0),
        issued=dt.date.fromisoformat(str(grade["issued"])),
        valid_until=dt.date.fromisoformat(str(grade["valid_until"])),
        code=format_code(sealed.seal),
        seal=sealed.seal,
    )


def passed_of_record(store: Store, sealed: SealedResult) -> bool:
    """Whether the sitting passed by its verdict of record: a trainer's override that it
    did not pass withdraws the certificate (see ``simulator.grading.verdict``)."""
    if not sealed.result.passed:
        return False
    return bool(store.final_verdict(sealed.attempt.id).passed)


def awaiting_review(store: Store, sitting_id: int, grade: dict[str, Any]) -> bool:
    """Whether the sitting's certificate waits for a trainer's confirmation."""
    return awaits_confirmation(grade, store.overrides_for(sitting_id))


def certificate_for(store: Store, sitting_id: int) -> Certificate:
    """The certificate of a passed, finished sitting; ``StoreError`` otherwise."""
    where = certificate_id(sitting_id)
    if not 1 <= sitting_id <= MAX_ROW_ID:  # PostgreSQL's integer ids stop at 2^31 - 1
        raise StoreError(where, "no such certificate")
    try:
        attempt = store.attempt(sitting_id)
    except StoreError as exc:
        if exc.what == "no such attempt":
            raise StoreError(where, "no such certificate") from None
        raise
    if not is_sitting(attempt):
        raise StoreError(where, f"attempt {sitting_id} is not an exam sitting")
    seal = store.result_seal(sitting_id)
    if seal is None:
        raise StoreError(where, "the sitting is not finished; there is no certificate yet")
    matches = [s for s in store.sealed_results(seal) if s.attempt.id == sitting_id]
    if not matches or not matches[0].intact:
        raise StoreError(where, "the sitting's result was changed after it was written")
    sealed = matches[0]
    if not passed_of_record(store, sealed) or not sealed.result.grade.get("valid_until"):
        raise StoreError(where, "the exam was not passed, so there is no certificate")
    if awaiting_review(store, sitting_id, sealed.result.grade):
        raise StoreError(where, "the certificate is issued once a trainer confirms the verdict")
    return _from_sealed(store, sealed)


def revocation_json(store: Store, sitting_id: int) -> dict[str, object] | None:
    found = store.revocation_for(sitting_id)
    if found is None:
        return None
    return {"at": found.at.isoformat(), "reason": found.reason, "by": found.revoked_by_name}


def revoked(verification: Verification, store: Store) -> Verification:
    """``verification`` turned to *revoked* when the store has revoked its certificate."""
    cert = verification.certificate
    if cert is None or verification.status == "invalid":
        return verification
    found = revocation_json(store, cert.sitting_id)
    if found is None:
        return verification
    reason = f"revoked on {str(found['at'])[:10]} by {found['by']}: {found['reason']}"
    return Verification("revoked", reason, cert, verification.key, found)


def verify(store: Store, code: str, on: dt.date, trusted: PublicKey | None = None) -> Verification:
    """Whether the certificate with ``code`` is valid on ``on``, invalid, expired, not yet
    valid or revoked. With a ``trusted`` key (the installation's, or ``--public-key``)
    the result's seal signature is checked too, so a chain rewritten without the key
    does not verify."""
    seal = parse_code(code)
    found = [s for s in store.sealed_results(seal) if is_sitting(s.attempt)]
    if not found:
        return Verification("invalid", "no certificate has this code")
    sealed = found[0]
    if not sealed.intact:
        return Verification("invalid", "the exam record was changed after it was issued")
    if not passed_of_record(store, sealed) or not sealed.result.grade.get("valid_until"):
        return Verification("invalid", "this code belongs to an exam that was not passed")
    if awaiting_review(store, sealed.attempt.id, sealed.result.grade):
        return Verification("invalid", "this exam awaits a trainer's confirmation")
    key = None
    if trusted is not None:
        problem = store.seal_signature_problem(sealed.attempt.id, [trusted])
        if problem is not None:
            return Verification("invalid", f"the exam record {problem}")
        key = KeyUsed(trusted.fingerprint, "store", True)
    return revoked(dated(_from_sealed(store, sealed), on, key), store)


def render_html(cert: Certificate, signed: dict[str, Any] | None = None) -> str:
    """A self-contained, printable certificate page in English and Arabic (RTL); with
    ``signed``, the signed record is embedded (``simulator exam verify PAGE.html``)."""
    e = html.escape
    embedded = html_block(signed) if signed is not None else ""
    key = ""
    if signed is not None:
        key = f' &middot; key <span class="code">{e(str(signed["record"]["key"]))}</span>'
    score = f"{cert.score:g}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Certificate {e(cert.id)}</title>
<style>
body {{ font-family: "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", sans-serif;
       margin: 2cm; color: #1b1b1b; }}
section {{ border: 2px solid #2b5d8a; padding: 1.5em 2em; margin-bottom: 1.5em; }}
h1 {{ color: #2b5d8a; margin-top: 0; }}
.code {{ font-family: monospace; font-size: 1.2em; letter-spacing: 0.1em; }}
[dir="rtl"] {{ text-align: right; }}
</style>
</head>
<body>
<section lang="en" dir="ltr">
<h1>Certificate of completion</h1>
<p>This certifies that <strong>{e(cert.person_name)}</strong> passed the exam
<strong>{e(cert.title_en)}</strong> ({e(cert.exam_id)}, version {cert.exam_version})
with a score of <strong>{score}%</strong>.</p>
<p>Issued on {cert.issued.isoformat()}; valid until {cert.valid_until.isoformat()}.</p>
<p>Certificate {e(cert.id)} &middot; verification code
<span class="code" dir="ltr">{e(cert.code)}</span></p>
<p>To check it: <code>simulator exam verify THIS-FILE</code> (offline) or
<code>simulator exam verify {e(cert.code)}</code> (against the store){key}</p>
</section>
<section lang="ar" dir="rtl">
<h1>شهادة إتمام</h1>
<p>نشهد بنجاح <strong><bdi>{e(cert.person_name)}</bdi></strong> في الاختبار
<strong>{e(cert.title_ar)}</strong>
(<bdi dir="ltr">{e(cert.exam_id)}</bdi>، الإصدار {cert.exam_version})
بدرجة <strong><bdi dir="ltr">{score}%</bdi></strong>.</p>
<p>تاريخ الإصدار <bdi dir="ltr">{cert.issued.isoformat()}</bdi>؛
صالحة حتى <bdi dir="ltr">{cert.valid_until.isoformat()}</bdi>.</p>
<p>رقم الشهادة <bdi dir="ltr">{e(cert.id)}</bdi> &middot; رمز التحقق
<span class="code" dir="ltr">{e(cert.code)}</span></p>
</section>
{embedded}
</body>
</html>
"""
