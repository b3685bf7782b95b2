"""People (trainees, trainers, admins), their passwords and settings, and cohorts."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import secrets
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

from simulator.access import AccessError
from simulator.errors import StoreError
from simulator.store import chain
from simulator.store.base import StoreBase
from simulator.store.models import ROLES, CohortMemberRow, CohortRow, NameChangeRow, PersonRow
from simulator.store.records import Cohort, Person, SignedIn

NAME_RE = re.compile(r"^[A-Za-z0-9._@-]{1,80}$")
_hasher = PasswordHasher()
_dummy_hash: list[str] = []


def _dummy() -> str:
    """A hash to verify against when the name is unknown (or has no password), so that a
    wrong password costs the same time for every name: no telling names apart by timing."""
    if not _dummy_hash:
        _dummy_hash.append(_hasher.hash(secrets.token_hex(16)))
    return _dummy_hash[0]


def to_person(row: PersonRow) -> Person:
    return Person(
        id=row.id,
        name=row.name,
        display_name=row.display_name,
        role=row.role,
        language=row.language,
        created_at=row.created_at,
        has_password=row.password_hash is not None,
    )


def _record_name(db: DbSession, row: PersonRow, at: dt.datetime) -> None:
    chain.append(db, NameChangeRow(person_id=row.id, display_name=row.display_name, at=at))


def _check_password(password: str) -> None:
    if len(password) < 8:
        raise StoreError("password", "must have at least 8 characters")


class PeopleMixin(StoreBase):
    def needs_first_admin(self) -> bool:
        """True until the store has an admin (the app then shows its first-start screen)."""
        with self._read() as db:
            admins = db.scalar(select(func.count()).where(PersonRow.role == "admin"))
        return not admins

    def create_person(
        self,
        name: str,
        role: str,
        *,
        display_name: str | None = None,
        language: str = "en",
        password: str | None = None,
    ) -> Person:
        """Add a person; ``name`` is the login name (letters, digits, ``._@-``)."""
        if not NAME_RE.match(name):
            raise StoreError(name or "name", "a name uses 1-80 letters, digits or . _ @ -")
        if role not in ROLES:
            raise StoreError(name, f"role must be one of {', '.join(ROLES)}, not {role!r}")
        if language not in ("ar", "en"):
            raise StoreError(name, f"language must be ar or en, not {language!r}")
        if password is not None:
            _check_password(password)
        row = PersonRow(
            name=name,
            display_name=(display_name or name).strip() or name,
            role=role,
            language=language,
            password_hash=_hasher.hash(password) if password is not None else None,
            created_at=self.now(),
            settings={},
        )
        try:
            with self._write() as db:
                db.add(row)
                db.flush()
                _record_name(db, row, self.now())
        except IntegrityError as exc:
            raise StoreError(name, "a person with this name already exists") from exc
        return to_person(row)

    def set_display_name(self, name: str, display_name: str) -> Person:
        """Change the name a person is shown by; recorded (chained), so that the audit
        can tell a rename made any other way. Issued certificates keep the old name."""
        shown = display_name.strip()
        if not shown or len(shown) > 200:
            raise StoreError(name, "a display name has 1-200 characters")
        with self._write() as db:
            row = db.scalar(select(PersonRow).where(PersonRow.name == name))
            if row is None:
                raise StoreError(name, "no such person")
            if row.display_name != shown:
                row.display_name = shown
                db.flush()
                _record_name(db, row, self.now())
            person = to_person(row)
        return person

    def authenticate(self, name: str, password: str) -> SignedIn | None:
        """The person, signed in, if ``password`` is theirs; else None (also for unknown
        names, which take as long as a wrong password: see ``_dummy``)."""
        with self._read() as db:
            row = db.scalar(select(PersonRow).where(PersonRow.name == name))
        if row is None or row.password_hash is None:
            with contextlib.suppress(VerificationError, InvalidHashError):
                _hasher.verify(_dummy(), password)
            return None
        try:
            _hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(row.password_hash):
            # A workstation's database role may not change passwords: then keep the old hash.
            with contextlib.suppress(StoreError):
                self.set_password(name, password)
        person = to_person(row)
        token = secrets.token_urlsafe(24)
        self._sign_ins[token] = person.id
        return SignedIn(**vars(person), token=token)

    def signed_in(self, requester: object) -> Person:
        """The current record of ``requester``, who must have signed in with this store
        (``authenticate``); ``AccessError`` otherwise. The role is read afresh, so a role
        taken away since the sign-in counts at once."""
        token = getattr(requester, "token", None)
        if (
            not isinstance(requester, SignedIn)
            or not token
            or self._sign_ins.get(token) != requester.id
        ):
            raise AccessError("requester", "sign in first (a name and a password)")
        with self._read() as db:
            row = db.get(PersonRow, requester.id)
        if row is None:
            raise AccessError("requester", "no such person any more")
        return to_person(row)

    def set_password(self, name: str, password: str) -> None:
        _check_password(password)
        with self._write() as db:
            row = db.scalar(select(PersonRow).where(PersonRow.name == name))
            if row is None:
                raise StoreError(name, "no such person")
            row.password_hash = _hasher.hash(password)

    def set_language(self, name: str, language: str) -> Person:
        """Change a person's interface language (``ar`` or ``en``)."""
        if language not in ("ar", "en"):
            raise StoreError(name, f"language must be ar or en, not {language!r}")
        with self._write() as db:
            row = db.scalar(select(PersonRow).where(PersonRow.name == name))
            if row is None:
                raise StoreError(name, "no such person")
            row.language = language
            person = to_person(row)
        return person

    def person(self, name: str) -> Person | None:
        with self._read() as db:
            row = db.scalar(select(PersonRow).where(PersonRow.name == name))
        return to_person(row) if row is not None else None

    def person_by_id(self, person_id: int) -> Person:
        with self._read() as db:
            row = db.get(PersonRow, person_id)
        if row is None:
            raise StoreError(f"person {person_id}", "no such person")
        return to_person(row)

    def people(self) -> list[Person]:
        with self._read() as db:
            rows = db.scalars(select(PersonRow).order_by(PersonRow.name)).all()
        return [to_person(r) for r in rows]

    def settings_for(self, person_id: int) -> dict[str, Any]:
        """A person's settings (the wellbeing preferences live here)."""
        with self._read() as db:
            row = db.get(PersonRow, person_id)
        if row is None:
            raise StoreError(f"person {person_id}", "no such person")
        return dict(row.settings or {})

    def save_settings(self, person_id: int, settings: dict[str, Any]) -> None:
        """Replace a person's settings (JSON-able values only)."""
        with self._write() as db:
            row = db.get(PersonRow, person_id)
            if row is None:
                raise StoreError(f"person {person_id}", "no such person")
            row.settings = dict(settings)

    def create_cohort(self, name: str) -> Cohort:
        row = CohortRow(name=name, created_at=self.now())
        try:
            with self._write() as db:
                db.add(row)
        except IntegrityError as exc:
            raise StoreError(name, "a cohort with this name already exists") from exc
        return Cohort(id=row.id, name=row.name, created_at=row.created_at)

    def add_to_cohort(self, cohort_id: int, person_id: int) -> None:
        try:
            with self._write() as db:
                if db.get(CohortMemberRow, (cohort_id, person_id)) is None:
                    db.add(CohortMemberRow(cohort_id=cohort_id, person_id=person_id))
        except IntegrityError as exc:
            raise StoreError(
                f"cohort {cohort_id}", f"no such cohort or person {person_id}"
            ) from exc

    def cohorts(self) -> list[Cohort]:
        with self._read() as db:
            rows = db.scalars(select(CohortRow).order_by(CohortRow.name)).all()
        return [Cohort(id=r.id, name=r.name, created_at=r.created_at) for r in rows]
