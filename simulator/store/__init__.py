"""Store: people, attempts, events, grades and exposure in SQLite or PostgreSQL.

Use ``open_store()`` and the ``Store`` it returns; nothing outside this package writes SQL.
The database URL comes from ``simulator.store.db.database_url()`` alone. Names are
loaded on first use, so that ``simulator --help`` does not pay for SQLAlchemy.

Where it stands (docs/ARCHITECTURE.md): above the engine, wellbeing, grading and content
(it keeps their records; ``wellbeing_records`` is the policy's side of the store), below
the exams, ``attempts`` and the front ends.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
        SignedIn,
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
    "SignedIn",
    "Store",
    "StoredEvent",
    "database_url",
    "open_store",
]
_RECORDS = set(__all__) - {"AuditProblem", "Store", "database_url", "open_store"}
_WHERE = {
    **{name: "simulator.store.records" for name in _RECORDS},
    "AuditProblem": "simulator.store.chain",
    "database_url": "simulator.store.db",
    "Store": "simulator.store.store",
    "open_store": "simulator.store.store",
}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'simulator.store' has no attribute {name!r}")
    return getattr(importlib.import_module(_WHERE[name]), name)
