"""The signed certificate record, and checking it offline (no database).

A certificate's record (name as issued, person id, exam id and version, score, verdict,
dates, the result's chain hash, the certificate id, the key's fingerprint) is signed
with the installation key over its canonical JSON (``simulator.store.chain.canonical``).
The signed record travels with the certificate: inside the PDF (its XMP metadata, and
the QR code), inside the HTML page (``<script type="application/json"
id="frontline-certificate">``), or as a JSON file. See docs/exams.md, "Verifying".
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from simulator.errors import InputError

if TYPE_CHECKING:  # cryptography is loaded when a record is signed or checked
    from simulator.signing import PublicKey, SigningKey

FORMAT = "frontline-certificate/1"
CODE_HEX = 20  # 80 bits, in 5 groups of 4
HTML_ID = "frontline-certificate"
XMP_TAG = "frontline:record"
Status = Literal["valid", "invalid", "expired", "not yet valid", "revoked"]
KeySource = Literal["given", "installation", "file", "store"]

_HTML_RE = re.compile(
    r'<script type="application/json" id="' + HTML_ID + r'">(.*?)</script>', re.DOTALL
)
_XMP_RE = re.compile(rb"<" + XMP_TAG.encode() + rb">([A-Za-z0-9+/=\s]+)</" + XMP_TAG.encode())


def canonical(value: Any) -> bytes:
    """As ``simulator.store.chain.canonical`` (kept here so verifying needs no store)."""
    text = json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


def format_code(seal: str) -> str:
    hexes = seal[:CODE_HEX].upper()
    return "-".join(hexes[i : i + 4] for i in range(0, len(hexes), 4))


def certificate_id(sitting_id: int) -> str:
    return f"FL-{sitting_id:06d}"


@dataclass(frozen=True)
class Certificate:
    id: str  # FL-000042 (from the sitting's number)
    sitting_id: int
    person_id: int
    person_name: str  # as issued (from the sealed result), never today's people row
    exam_id: str
    exam_version: int
    title_en: str
    title_ar: str
    language: str
    score: float
    issued: dt.date
    valid_until: dt.date
    code: str  # XXXX-XXXX-XXXX-XXXX-XXXX
    seal: str = ""  # the sitting result's chain hash (64 hex)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "sitting_id": self.sitting_id,
            "person_id": self.person_id,
            "person": self.person_name,
            "exam": self.exam_id,
            "version": self.exam_version,
            "title": {"en": self.title_en, "ar": self.title_ar},
            "language": self.language,
            "score": self.score,
            "verdict": "passed",
            "issued": self.issued.isoformat(),
            "valid_until": self.valid_until.isoformat(),
            "code": self.code,
            "seal": self.seal,
        }


def sign_certificate(cert: Certificate, key: SigningKey) -> dict[str, Any]:
    """The signed record: ``{format, record, public_key, signature}``."""
    record = {**cert.to_json(), "key": key.fingerprint}
    return {
        "format": FORMAT,
        "record": record,
        "public_key": key.public.base64,
        "signature": key.sign(canonical(record)),
    }


def compact(signed: dict[str, Any]) -> str:
    """The signed record as one line of JSON (the QR code, the XMP, the HTML)."""
    return canonical(signed).decode("utf-8")


def html_block(signed: dict[str, Any]) -> str:
    """The signed record as an HTML ``<script>`` block (``<``, ``>``, ``&`` escaped)."""
    text = compact(signed).replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return f'<script type="application/json" id="{HTML_ID}">{text}</script>'


def xmp_packet(signed: dict[str, Any]) -> bytes:
    """An XMP metadata packet carrying the signed record (base64 of its JSON)."""
    b64 = base64.b64encode(compact(signed).encode("utf-8")).decode("ascii")
    cert = signed.get("record", {})
    title = f"Certificate {cert.get('id', '')}"
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        ' xmlns:frontline="https://frontline.example/ns/certificate/1/">\n'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>\n'
        f"<{XMP_TAG}>{b64}</{XMP_TAG}>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()


def extract(data: bytes, where: str) -> Any:
    """The signed record held by a certificate file's bytes (PDF, HTML or JSON)."""
    if data.startswith(b"%PDF"):
        found = _XMP_RE.search(data)
        if found is None:
            raise InputError(where, "this PDF carries no Frontline certificate record")
        try:
            raw = base64.b64decode(b"".join(found.group(1).split()), validate=True)
            return json.loads(raw.decode("utf-8"))
        except (binascii.Error, ValueError):
            return None  # there, but damaged: invalid, not bad input
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(where, "is not a certificate (a PDF, HTML page or JSON file)") from None
    html = _HTML_RE.search(text)
    if html is not None:
        text = html.group(1)
    elif not text.lstrip().startswith("{"):
        raise InputError(where, "carries no Frontline certificate record")
    try:
        return json.loads(text)
    except ValueError:
        return None


def read_file(path: Path) -> Any:
    """The signed record of a certificate file."""
    return read_certificate(path)[0]


def read_certificate(path: Path) -> tuple[Any, str | None]:
    """The signed record of a certificate file, and the visible text of an HTML page (the
    page outside the record; None for a PDF or a JSON file)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read it ({exc.strerror or exc})") from None
    signed = extract(data, str(path))
    if data.startswith(b"%PDF"):
        return signed, None
    text = data.decode("utf-8-sig", errors="replace")
    found = _HTML_RE.search(text)
    if found is None:
        return signed, None
    return signed, text[: found.start()] + text[found.end() :]


def page_mismatch(page: str, cert: Certificate) -> str | None:
    """What the visible page says that its signed record does not (None: it agrees).

    The page shows the name, score, dates and id (escaped), in each language; an edit of
    any of them in the page alone (the record untouched) is caught here."""
    import html as html_lib

    shown = {
        "name": html_lib.escape(cert.person_name),
        "score": f"{cert.score:g}%",
        "issue date": cert.issued.isoformat(),
        "expiry date": cert.valid_until.isoformat(),
        "certificate id": html_lib.escape(cert.id),
    }
    missing = [what for what, value in shown.items() if page.count(value) < 2]
    if missing:
        return f"the page's text does not match its signed record ({', '.join(missing)})"
    return None


@dataclass(frozen=True)
class KeyUsed:
    fingerprint: str
    source: KeySource  # given (--public-key), installation, file (embedded), store
    trusted: bool  # False: the key came from the file itself (integrity, not origin)

    def to_json(self) -> dict[str, object]:
        return {"fingerprint": self.fingerprint, "source": self.source, "trusted": self.trusted}


@dataclass(frozen=True)
class Verification:
    status: Status
    reason: str
    certificate: Certificate | None = None
    key: KeyUsed | None = None
    revoked: dict[str, object] | None = None  # at, reason, by

    def to_json(self) -> dict[str, object]:
        return {
            "status": self.status,
            "reason": self.reason,
            "certificate": self.certificate.to_json() if self.certificate else None,
            "key": self.key.to_json() if self.key else None,
            "revoked": self.revoked,
        }


def _certificate(record: dict[str, Any]) -> Certificate:
    title = record["title"]
    return Certificate(
        id=str(record["id"]),
        sitting_id=int(record["sitting_id"]),
        person_id=int(record["person_id"]),
        person_name=str(record["person"]),
        exam_id=str(record["exam"]),
        exam_version=int(record["version"]),
        title_en=str(title["en"]),
        title_ar=str(title["ar"]),
        language=str(record.get("language", "en")),
        score=float(record["score"]),
        issued=dt.date.fromisoformat(str(record["issued"])),
        valid_until=dt.date.fromisoformat(str(record["valid_until"])),
        code=str(record["code"]),
        seal=str(record["seal"]),
    )


def dated(cert: Certificate, on: dt.date, key: KeyUsed | None = None) -> Verification:
    """valid, expired or not yet valid on ``on``."""
    if on < cert.issued:
        return Verification("not yet valid", f"valid from {cert.issued.isoformat()}", cert, key)
    if on > cert.valid_until:
        return Verification("expired", f"expired on {cert.valid_until.isoformat()}", cert, key)
    return Verification("valid", f"valid until {cert.valid_until.isoformat()}", cert, key)


def verify_record(
    signed: Any,
    on: dt.date,
    trusted: PublicKey | None,
    source: KeySource = "given",
) -> Verification:
    """Check a signed record offline.

    ``trusted``: the key to trust (``--public-key``, else the installation's); a record
    signed by any other key is invalid. With none, the key embedded in the record is
    used and the result says so: that proves the record is intact, not who issued it.
    """
    from simulator.signing import PublicKey

    if not isinstance(signed, dict) or signed.get("format") != FORMAT:
        return Verification("invalid", "not a Frontline certificate record (or it was damaged)")
    record, signature, embedded = (
        signed.get("record"),
        signed.get("signature"),
        signed.get("public_key"),
    )
    if not isinstance(record, dict) or not isinstance(signature, str):
        return Verification("invalid", "the certificate record is incomplete")
    try:
        key = PublicKey(base64.b64decode(str(embedded), validate=True))
    except (binascii.Error, ValueError):
        return Verification("invalid", "the certificate names an unreadable key")
    if len(key.raw) != 32 or record.get("key") != key.fingerprint:
        return Verification("invalid", "the certificate's key does not match its fingerprint")
    if trusted is not None and trusted.raw != key.raw:
        return Verification(
            "invalid",
            f"signed by key {key.fingerprint}, not by the trusted key {trusted.fingerprint}",
            key=KeyUsed(key.fingerprint, "file", False),
        )
    used = (
        KeyUsed(key.fingerprint, source, True)
        if trusted is not None
        else KeyUsed(key.fingerprint, "file", False)
    )
    try:
        message = canonical(record)
    except ValueError:
        return Verification("invalid", "the certificate record is damaged", key=used)
    if not key.verify(signature, message):
        return Verification("invalid", "the certificate was changed after it was signed", key=used)
    try:
        cert = _certificate(record)
    except (KeyError, TypeError, ValueError):
        return Verification("invalid", "the certificate record is incomplete", key=used)
    if record.get("verdict") != "passed":
        return Verification("invalid", "this record is not of a passed exam", cert, used)
    return dated(cert, on, used)
