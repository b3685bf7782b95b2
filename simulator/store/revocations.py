"""Revoked certificates: append-only and chained like every record of a result."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from simulator.errors import StoreError
from simulator.store import chain
from simulator.store.base import StoreBase
from simulator.store.models import AttemptRow, PersonRow, ResultRow, RevocationRow
from simulator.store.records import Revocation

MAX_REASON = 2000


class RevocationsMixin(StoreBase):
    def revoke(
        self, attempt_id: int, admin_id: int, reason: str, *, at: dt.datetime | None = None
    ) -> Revocation:
        """Withdraw the certificate of a finished attempt (an exam sitting), for good.

        Only an admin may; the reason is required. A certificate is revoked once."""
        text = reason.strip()
        where = f"attempt {attempt_id}"
        if not text or len(text) > MAX_REASON:
            raise StoreError(where, f"a revocation needs a reason (1-{MAX_REASON} characters)")
        row = RevocationRow(
            attempt_id=attempt_id, revoked_by=admin_id, at=self._at(at), reason=text
        )
        try:
            with self._write() as db:
                admin = db.get(PersonRow, admin_id)
                if admin is None or admin.role != "admin":
                    raise StoreError(f"person {admin_id}", "only an admin may revoke a certificate")
                if db.get(AttemptRow, attempt_id) is None:
                    raise StoreError(where, "no such attempt")
                result = db.scalar(select(ResultRow.id).where(ResultRow.attempt_id == attempt_id))
                if result is None:
                    raise StoreError(where, "is not finished; there is nothing to revoke")
                if db.scalar(
                    select(RevocationRow.id).where(RevocationRow.attempt_id == attempt_id)
                ):
                    raise StoreError(where, "is already revoked")
                chain.append(db, row)
                login = admin.name
        except IntegrityError as exc:  # a revocation written meanwhile by someone else
            raise StoreError(where, "is already revoked") from exc
        return _to_revocation(row, login)

    def revocation_for(self, attempt_id: int) -> Revocation | None:
        stmt = (
            select(RevocationRow, PersonRow.name)
            .join(PersonRow, PersonRow.id == RevocationRow.revoked_by)
            .where(RevocationRow.attempt_id == attempt_id)
        )
        with self._read() as db:
            found = db.execute(stmt).first()
        return _to_revocation(found[0], found[1]) if found is not None else None


def _to_revocation(row: RevocationRow, login: str) -> Revocation:
    return Revocation(
        id=row.id,
        attempt_id=row.attempt_id,
        revoked_by=row.revoked_by,
        revoked_by_name=login,
        at=row.at,
        reason=row.reason,
    )
