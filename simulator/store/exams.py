"""Store queries the exams need: a result's seal (its chain hash) and results by seal.

Exam sittings are attempts (mode ``exam``, scenario id ``exam:<exam id>``) and their
verdicts are results, so they are append-only and chained like every other attempt.
A certificate's verification code is taken from the seal of the sitting's result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from simulator.store import chain, seals
from simulator.store.attempts import _to_result, to_attempt
from simulator.store.base import StoreBase
from simulator.store.models import (
    CHAINED,
    AttemptRow,
    Chained,
    EventRow,
    ResultRow,
    SealSignatureRow,
)
from simulator.store.records import Attempt, Result

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


class ExamsMixin(StoreBase):
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
                        _to_result(result),
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
