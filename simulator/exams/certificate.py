"""Certificates: the record of a passed sitting, its verification, and its HTML page.

A certificate is read from the sitting's sealed result; nothing is stored beside it.
Its verification code is the first 80 bits of that result's chain hash, so changing
the result (score, dates, person) breaks either the hash or the code. See docs/exams.md.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from typing import Literal

from simulator.errors import InputError, StoreError
from simulator.exams.definition import SITTING_PREFIX, is_sitting
from simulator.store.exams import SealedResult
from simulator.store.store import Store

CODE_HEX = 20  # 80 bits, in 5 groups of 4
ID_RE = re.compile(r"^(?:FL-)?0*(\d{1,12})$", re.IGNORECASE)
Status = Literal["valid", "invalid", "expired"]


@dataclass(frozen=True)
class Certificate:
    id: str  # FL-000042 (from the sitting's number)
    sitting_id: int
    person_id: int
    person_name: str
    exam_id: str
    exam_version: int
    title_en: str
    title_ar: str
    language: str
    score: float
    issued: dt.date
    valid_until: dt.date
    code: str  # XXXX-XXXX-XXXX-XXXX-XXXX

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "sitting_id": self.sitting_id,
            "person_id": self.person_id,
            "person": self.person_name,
            "exam": self.exam_id,
            "version": self.exam_version,
            "title": {"en": self.title_en, "ar": self.title_ar},
            "score": self.score,
            "issued": self.issued.isoformat(),
            "valid_until": self.valid_until.isoformat(),
            "code": self.code,
        }


def format_code(seal: str) -> str:
    hexes = seal[:CODE_HEX].upper()
    return "-".join(hexes[i : i + 4] for i in range(0, len(hexes), 4))


def parse_code(text: str) -> str:
    """The lowercase hex of a code as typed (dashes and spaces ignored)."""
    raw = re.sub(r"[\s-]", "", text).lower()
    if len(raw) != CODE_HEX or any(c not in "0123456789abcdef" for c in raw):
        raise InputError(
            "code",
            f"{text!r} is not a certificate code (20 letters 0-9 and A-F, like XXXX-XXXX-...)",
        )
    return raw


def certificate_id(sitting_id: int) -> str:
    return f"FL-{sitting_id:06d}"


def parse_certificate_id(text: str) -> int:
    m = ID_RE.match(text.strip())
    if not m:
        raise InputError("certificate", f"{text!r} is not a certificate id (like FL-000042)")
    return int(m.group(1))


def _from_sealed(store: Store, sealed: SealedResult) -> Certificate:
    grade = sealed.result.grade
    title = grade.get("title") or {}
    person = store.person_by_id(sealed.attempt.person_id)
    return Certificate(
        id=certificate_id(sealed.attempt.id),
        sitting_id=sealed.attempt.id,
        person_id=person.id,
        person_name=person.display_name,
        exam_id=sealed.attempt.scenario_id.removeprefix(SITTING_PREFIX),
        exam_version=sealed.attempt.sop_version,
        title_en=str(title.get("en", "")),
        title_ar=str(title.get("ar", "")),
        language=str(grade.get("language", "en")),
        score=float(sealed.result.score or 0.0),
        issued=dt.date.fromisoformat(str(grade["issued"])),
        valid_until=dt.date.fromisoformat(str(grade["valid_until"])),
        code=format_code(sealed.seal),
    )


def certificate_for(store: Store, sitting_id: int) -> Certificate:
    """The certificate of a passed, finished sitting; ``StoreError`` otherwise."""
    where = certificate_id(sitting_id)
    attempt = store.attempt(sitting_id)
    if not is_sitting(attempt):
        raise StoreError(where, f"attempt {sitting_id} is not an exam sitting")
    seal = store.result_seal(sitting_id)
    if seal is None:
        raise StoreError(where, "the sitting is not finished; there is no certificate yet")
    matches = [s for s in store.sealed_results(seal) if s.attempt.id == sitting_id]
    if not matches or not matches[0].intact:
        raise StoreError(where, "the sitting's result was changed after it was written")
    sealed = matches[0]
    if not sealed.result.passed or not sealed.result.grade.get("valid_until"):
        raise StoreError(where, "the exam was not passed, so there is no certificate")
    return _from_sealed(store, sealed)


@dataclass(frozen=True)
class Verification:
    status: Status
    reason: str
    certificate: Certificate | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "status": self.status,
            "reason": self.reason,
            "certificate": self.certificate.to_json() if self.certificate else None,
        }


def verify(store: Store, code: str, on: dt.date) -> Verification:
    """Whether the certificate with ``code`` is valid on ``on``, invalid, or expired."""
    seal = parse_code(code)
    found = [s for s in store.sealed_results(seal) if is_sitting(s.attempt)]
    if not found:
        return Verification("invalid", "no certificate has this code")
    sealed = found[0]
    if not sealed.intact:
        return Verification("invalid", "the exam record was changed after it was issued")
    if not sealed.result.passed or not sealed.result.grade.get("valid_until"):
        return Verification("invalid", "this code belongs to an exam that was not passed")
    cert = _from_sealed(store, sealed)
    if on > cert.valid_until:
        return Verification("expired", f"expired on {cert.valid_until.isoformat()}", cert)
    return Verification("valid", f"valid until {cert.valid_until.isoformat()}", cert)


def render_html(cert: Certificate) -> str:
    """A self-contained, printable certificate page in English and Arabic (RTL)."""
    e = html.escape
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
<p>To check it: <code>simulator exam verify {e(cert.code)}</code></p>
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
</body>
</html>
"""
