"""The chain's anchors: each result's seal signed with the installation key, and the
checks the audit adds on top of the hash chain (signatures, display names).

The hash chain alone has no secret: anyone with rights over the database can recompute
it. A result's chain hash covers every link before it, so signing it when the result is
stored pins the whole chain up to there to the key. The audit then needs a trusted
public key (the installation's, or one given with ``--public-key``). See docs/store.md.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from simulator.store import chain
from simulator.store.chain import AuditProblem
from simulator.store.models import (
    NameChangeRow,
    PersonRow,
    ResultRow,
    SealSignatureRow,
    SealStartRow,
)

if TYPE_CHECKING:  # loaded when first needed: the app's start does without cryptography
    from simulator.signing import PublicKey, SigningKey


def seal_message(result_id: int, chain_seq: int, chain_hash: str, signing_from: int) -> bytes:
    """What is signed of a result: its place and hash in the chain, and where signing began
    (so that moving that mark breaks the signatures already made)."""
    return chain.canonical(
        {
            "kind": "frontline-seal",
            "result_id": int(result_id),
            "chain_seq": int(chain_seq),
            "chain_hash": chain_hash,
            "signing_from": int(signing_from),
        }
    )


def signing_from(db: DbSession) -> int:
    """Results up to this link predate signing (0: every result must be signed)."""
    return int(db.scalar(select(func.max(SealStartRow.chain_seq))) or 0)


def sign_result(db: DbSession, row: ResultRow, key: SigningKey, at: dt.datetime) -> None:
    """Sign a result just sealed (same transaction)."""
    assert row.chain_seq is not None and row.chain_hash is not None
    start = signing_from(db)
    db.add(
        SealSignatureRow(
            result_id=row.id,
            chain_seq=row.chain_seq,
            chain_hash=row.chain_hash,
            signing_from=start,
            key_fingerprint=key.fingerprint,
            public_key=key.public.base64,
            signature=key.sign(seal_message(row.id, row.chain_seq, row.chain_hash, start)),
            signed_at=at,
        )
    )


def check_signature(
    result: ResultRow,
    sig: SealSignatureRow | None,
    start: int,
    trusted: Sequence[PublicKey],
) -> str | None:
    """What is wrong with a result's seal signature, or None when it holds."""
    if sig is None:
        if result.chain_seq is not None and result.chain_seq <= start:
            return None  # stored before results were signed; later signatures cover it
        return "has no seal signature (it was removed, or the result was added without the key)"
    if (sig.chain_seq, sig.chain_hash) != (result.chain_seq, result.chain_hash):
        return "no longer matches its seal signature: the result or the chain was rewritten"
    if sig.signing_from != start:
        return "was signed when signing began at another link: the seal_start row was changed"
    from simulator.signing import PublicKey

    try:
        key = PublicKey(base64.b64decode(sig.public_key, validate=True))
    except (binascii.Error, ValueError):
        return "its seal signature names an unreadable key"
    message = seal_message(sig.result_id, sig.chain_seq, sig.chain_hash, sig.signing_from)
    if len(key.raw) != 32 or not key.verify(sig.signature, message):
        return "its seal signature is not valid"
    if key.fingerprint != sig.key_fingerprint:
        return "its seal signature names another key's fingerprint"
    if not any(t.raw == key.raw for t in trusted):
        return (
            f"is signed by key {key.fingerprint}, which is not trusted here "
            "(run where the installation key is, or give --public-key)"
        )
    return None


def audit_seals(db: DbSession, trusted: Sequence[PublicKey]) -> list[AuditProblem]:
    """Every result after ``seal_start`` signed by a trusted key, over its current hash."""
    problems: list[AuditProblem] = []
    start = signing_from(db)
    sigs = {s.result_id: s for s in db.scalars(select(SealSignatureRow))}
    if sigs and not trusted:
        return [
            AuditProblem(
                "seal_signatures",
                None,
                None,
                f"no trusted public key to check {len(sigs)} seal signature(s) against "
                "(no installation key here; give --public-key)",
            )
        ]
    stmt = select(ResultRow).order_by(ResultRow.chain_seq).execution_options(yield_per=2000)
    for result in db.scalars(stmt):
        if len(problems) >= chain.MAX_PROBLEMS:
            break
        what = check_signature(result, sigs.pop(result.id, None), start, trusted)
        if what is not None:
            problems.append(
                AuditProblem(
                    "results",
                    result.id,
                    result.chain_seq,
                    f"the result of attempt {result.attempt_id} {what}",
                )
            )
        db.expunge(result)
    return problems


def audit_names(db: DbSession) -> list[AuditProblem]:
    """Each person's display name must be the last one the store recorded for them."""
    problems: list[AuditProblem] = []
    last: dict[int, str] = {}
    stmt = select(NameChangeRow.person_id, NameChangeRow.display_name).order_by(
        NameChangeRow.chain_seq
    )
    for pid, name in db.execute(stmt):
        last[pid] = name
    for pid, login, display in db.execute(
        select(PersonRow.id, PersonRow.name, PersonRow.display_name).order_by(PersonRow.id)
    ):
        if len(problems) >= chain.MAX_PROBLEMS:
            break
        if pid not in last:
            what = f"person {login!r} has no recorded display name: added bypassing the store"
        elif last[pid] != display:
            what = (
                f"person {login!r} is shown as {display!r} but the store last set "
                f"{last[pid]!r}: renamed bypassing the store"
            )
        else:
            continue
        problems.append(AuditProblem("people", pid, None, what))
    return problems


def summary(db: DbSession) -> dict[str, int]:
    """Where signing began, how many results are signed, and how many predate signing
    (shown by ``db audit``: a sudden jump of the latter is worth a question)."""
    start = signing_from(db)
    signed = int(db.scalar(select(func.count()).select_from(SealSignatureRow)) or 0)
    legacy = int(
        db.scalar(select(func.count()).select_from(ResultRow).where(ResultRow.chain_seq <= start))
        or 0
    )
    return {"signing_from": start, "signed_results": signed, "results_before_signing": legacy}
