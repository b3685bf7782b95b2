"""A finished sitting as its end page shows it: the verdict of record and the certificate.

Kept out of the screen: the rules for when a certificate exists (passed by the verdict
of record, a trainer's override counting, and not awaiting a required review) and
writing the signed certificate page are the core's, and read the same in a test."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator.errors import SimulatorError
from simulator.exams.certificate import awaiting_review, certificate_for, render_html
from simulator.exams.record import Certificate, sign_certificate
from simulator.store.store import Store


@dataclass(frozen=True)
class StoredOutcome:
    """The end page of a stored sitting."""

    grade: dict[str, Any]  # the sealed result (``ExamSitting.to_json`` + dates)
    certificate: Certificate | None  # None: not passed, awaiting review, or not issued
    problem: SimulatorError | None = None  # why the certificate could not be read

    def title(self, language: str) -> str:
        title = self.grade.get("title", {})
        return str(title.get(language) or title.get("en") or "")


def stored_outcome(store: Store, sitting_id: int) -> StoredOutcome | None:
    """The verdict of record of a finished sitting, with its certificate when it has one;
    None when the sitting has no stored result yet."""
    result = store.result_for(sitting_id)
    if result is None:
        return None
    grade = dict(result.grade)
    if not store.attempt(sitting_id).passed or awaiting_review(store, sitting_id, grade):
        return StoredOutcome(grade, None)
    try:
        return StoredOutcome(grade, certificate_for(store, sitting_id))
    except SimulatorError as exc:
        return StoredOutcome(grade, None, exc)


def write_certificate_page(store: Store, certificate: Certificate, path: Path) -> None:
    """The signed, printable certificate page (English and Arabic) at ``path``;
    ``OSError`` when it cannot be written."""
    signed = sign_certificate(certificate, store.signing_key())
    path.write_text(render_html(certificate, signed), encoding="utf-8")
