"""Store: people, attempts, events, grades and exposure in SQLite or PostgreSQL.

Use ``open_store()`` and the ``Store`` it returns; nothing outside this package writes SQL.
The database URL comes from ``simulator.store.db.database_url()`` alone.
"""

from simulator.store.chain import AuditProblem
from simulator.store.db import database_url
from simulator.store.records import (
    Attempt,
    Checkin,
    CheckinAggregate,
    Cohort,
    CohortSummary,
    Consent,
    Exposure,
    Override,
    Person,
    PersonSummary,
    Result,
    StoredEvent,
)
from simulator.store.store import Store, open_store

__all__ = [
    "Attempt",
    "AuditProblem",
    "Checkin",
    "CheckinAggregate",
    "Cohort",
    "CohortSummary",
    "Consent",
    "Exposure",
    "Override",
    "Person",
    "PersonSummary",
    "Result",
    "Store",
    "StoredEvent",
    "database_url",
    "open_store",
]
