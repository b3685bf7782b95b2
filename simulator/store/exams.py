"""Store queries the exams need: a result's seal (its chain hash) and results by seal.

Exam sittings are attempts (mode ``exam``, scenario id ``exam:<exam id>``) and their
verdicts are results, so they are append-only and chained like every other attempt.
A certificate's verification code is taken from the seal of the sitting's result.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from simulator.errors import StoreError
from simulator.store import chain, seals
from simulator.store.attempts import to_attempt, to_result
from simulator.store.base import StoreBase
from simulator.store.models import (
    CHAINED,
    AccommodationRow,
    AttemptRow,
    Chained,
    EventRow,
    PersonRow,
    ResultRow,
    SealSignatureRow,
)
from simulator.store.records import Accommodation, Attempt, Result

if TYPE_CHECKING:
    from simulator.signing import PublicKey


@dataclass(frozen=True)
class SealedResult:
    """A result with its seal, and whether its row and its attempt's row still match it."""

    attempt: Attempt
    result: Result
    seal: str
    intact: bool


def _link_holds(db: DbSession, row: Chained) -> bool:
    """Whether ``row``'s hash still matches its content and the link before it."""
    if row.chain_seq is None or row.chain_hash is None:
        return False
    previous = chain.GENESIS
    if row.chain_seq > 1:
        found = None
        # Events of stores written before 0002 are links of the global chain too.
        models: tuple[type[Chained], ...] = (*CHAINED, EventRow)
        for model in models:
            found = db.scalar(select(model.chain_hash).where(model.chain_seq == row.chain_seq - 1))
            if found is not None:
                break
        if found is None:
            return False
        previous = found
    return chain.link_hash(previous, chain.row_payload(row)) == row.chain_hash


def _to_accommodation(row: AccommodationRow) -> Accommodation:
    return Accommodation(
        id=row.id,
        person_id=row.person_id,
        exam_id=row.exam_id,
        extra_s=row.extra_s,
        reason=row.reason,
        granted_by=row.granted_by,
        at=row.at,
    )


class ExamsMixin(StoreBase):
    def grant_accommodation(
        self,
        person_id: int,
        exam_id: str,
        *,
        extra_s: float,
        reason: str,
        granted_by: int,
        at: dt.datetime | None = None,
    ) -> Accommodation:
        """Extra time on ``exam_id`` for a person, from a trainer or admin, with a reason.
        Applies to sittings started after it; kept for ever (append-only, chained)."""
        where = f"person {person_id}"
        if not reason.strip():
            raise StoreError(where, "an accommodation needs a reason")
        if not math.isfinite(extra_s) or not 0 < extra_s <= 24 * 3600:
            raise StoreError(where, "extra time is more than 0 and at most 24 hours")
        with self._write() as db:
            granter = db.get(PersonRow, granted_by)
            if granter is None or granter.role not in ("trainer", "admin"):
                raise StoreError(
                    f"person {granted_by}", "only a trainer or admin may give extra time"
                )
            if db.get(PersonRow, person_id) is None:
                raise StoreError(where, "no such person")
            if person_id == granted_by:
                raise StoreError(where, "nobody may give themself extra time")
            row = AccommodationRow(
                person_id=person_id,
                exam_id=exam_id,
                extra_s=float(extra_s),
                reason=reason.strip(),
                granted_by=granted_by,
                at=self._at(at),
            )
            chain.append(db, row)
        return _to_accommodation(row)

    def accommodations_for(self, person_id: int, exam_id: str | None = None) -> list[Accommodation]:
        """A person's accommodations (on one exam, or all), oldest first."""
        stmt = select(AccommodationRow).where(AccommodationRow.person_id == person_id)
        if exam_id is not None:
            stmt = stmt.where(AccommodationRow.exam_id == exam_id)
        with self._read() as db:
            rows = db.scalars(stmt.order_by(AccommodationRow.id)).all()
        return [_to_accommodation(r) for r in rows]

    def result_seal(self, attempt_id: int) -> str | None:
        """The chain hash of the attempt's result (None while unfinished)."""
        with self._read() as db:
            return db.scalar(select(ResultRow.chain_hash).where(ResultRow.attempt_id == attempt_id))

    def sealed_results(self, seal_prefix: str) -> list[SealedResult]:
        """Results whose seal starts with ``seal_prefix`` (lowercase hex), checked."""
        prefix = seal_prefix.lower()
        if not prefix or any(c not in "0123456789abcdef" for c in prefix):
            return []
        stmt = (
            select(ResultRow, AttemptRow)
            .join(AttemptRow, AttemptRow.id == ResultRow.attempt_id)
            .where(ResultRow.chain_hash.like(f"{prefix}%"))
            .order_by(ResultRow.id)
        )
        out: list[SealedResult] = []
        with self._read() as db:
            for result, attempt in db.execute(stmt).all():
                intact = _link_holds(db, result) and _link_holds(db, attempt)
                out.append(
                    SealedResult(
                        to_attempt(attempt, result),
                        to_result(result),
                        result.chain_hash or "",
                        intact,
                    )
                )
        return out

    def seal_signature_problem(self, attempt_id: int, trusted: Sequence[PublicKey]) -> str | None:
        """What is wrong with the signature of the attempt's sealed result (None: it holds
        for one of the ``trusted`` keys, or the result predates signing)."""
        with self._read() as db:
            result = db.scalar(select(ResultRow).where(ResultRow.attempt_id == attempt_id))
            if result is None:
                return "is not finished"
            sig = db.scalar(select(SealSignatureRow).where(SealSignatureRow.result_id == result.id))
            return seals.check_signature(result, sig, seals.signing_from(db), trusted)
