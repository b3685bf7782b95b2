"""The store's plumbing: one engine, short transactions, driver errors as StoreErrors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Self

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from simulator.errors import StoreError
from simulator.store.db import explain, hide_password

if TYPE_CHECKING:
    from simulator.signing import SigningKey
    from simulator.store.eventlog import EventLog
    from simulator.store.records import Person

DateClock = Callable[[], dt.datetime]

# Row ids are 32-bit integers on PostgreSQL: a bigger id cannot name a row.
MAX_ROW_ID = 2**31 - 1


def utc_now() -> dt.datetime:
    """The wall clock, for the store's own timestamps (created_at, check-in times, ...)."""
    return dt.datetime.now(dt.UTC)


class StoreBase:
    """Owns the engine; every public call is one short transaction."""

    def __init__(
        self, engine: Engine, now: DateClock | None = None, key: SigningKey | None = None
    ) -> None:
        self.engine = engine
        self._now = now or utc_now
        self._key = key  # the installation key (loaded, or made, on first need)
        self._reads = sessionmaker(engine, expire_on_commit=False)
        # Tokens of the sign-ins this store checked (see PeopleMixin.authenticate).
        self._sign_ins: dict[str, int] = {}
        # On SQLite a write transaction starts with BEGIN IMMEDIATE (see db.py).
        self._write_engine = engine.execution_options(write=True)
        self._writes = sessionmaker(self._write_engine, expire_on_commit=False)
        # PostgreSQL: save_event's one-round-trip path (see eventlog.py); SQLite: None.
        self._events: EventLog | None = None
        if engine.dialect.name == "postgresql":
            from simulator.store.eventlog import EventLog

            self._events = EventLog(engine)

    @property
    def url(self) -> str:
        """The database URL with any password hidden."""
        return hide_password(self.engine.url)

    def close(self) -> None:
        if self._events is not None:
            self._events.close()
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def now(self) -> dt.datetime:
        return self._now()

    def signed_in(self, requester: object) -> Person:
        """The current record of a signed-in requester (``PeopleMixin`` implements it)."""
        raise NotImplementedError  # pragma: no cover

    def signing_key(self) -> SigningKey:
        """The key that signs results as they are stored (``simulator.signing``)."""
        if self._key is None:
            from simulator.signing import installation_key

            self._key = installation_key()
        return self._key

    def server_now(self) -> dt.datetime:
        """The store's own clock: on PostgreSQL the server's ``now()``, so that a
        workstation's clock setting gains nothing; on SQLite (one machine) ``now()``.
        Exam sittings are timed by it."""
        if self.engine.dialect.name != "postgresql" or self._now is not utc_now:
            return self.now()  # SQLite, or a store given its own clock (tests)
        from sqlalchemy import text

        with self._explained(), self.engine.connect() as conn:
            value = conn.execute(text("SELECT now()")).scalar_one()
        assert isinstance(value, dt.datetime)
        return value.astimezone(dt.UTC)

    @contextmanager
    def _explained(self) -> Iterator[None]:
        """Driver errors become one-line StoreErrors; integrity errors go to the caller."""
        try:
            yield
        except IntegrityError:
            raise
        except DBAPIError as exc:
            raise explain(exc, self.engine.url) from exc

    @contextmanager
    def _read(self) -> Iterator[DbSession]:
        with self._explained(), self._reads() as db:
            yield db

    @contextmanager
    def _write(self) -> Iterator[DbSession]:
        """A transaction that commits on success; on any error nothing of it is kept."""
        with self._explained(), self._writes.begin() as db:
            yield db

    @contextmanager
    def _write_sql(self) -> Iterator[Connection]:
        """Like ``_write`` without the ORM session, for the per-reply hot path."""
        with self._explained(), self._write_engine.begin() as conn:
            yield conn

    def _at(self, at: dt.datetime | None) -> dt.datetime:
        if at is None:
            return self.now()
        if at.tzinfo is None:
            raise StoreError("time", f"{at.isoformat()} has no time zone; give an aware time")
        return at
