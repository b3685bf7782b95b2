"""``simulator db roles``: least-privilege PostgreSQL roles for a training centre.

Run once by the store's owner (the user that ran ``db upgrade``), after each upgrade.
It creates two group roles (NOLOGIN; give each seat or administrator a login role that is
a member) and sets their privileges on the store's schema:

- ``<prefix>workstation``: what the app on a trainee's or trainer's seat needs. Reads
  people (for sign-in), cohorts and records; writes attempts, events, results,
  overrides, exposures, consents and check-ins, calibration grades, disputes and their
  resolutions; changes a person's language and settings only. It cannot add people,
  change anyone's name, role or password, or read check-ins other than those of the
  person the app names for the transaction (row-level security); cohort figures come
  from a function that returns aggregates only.
- ``<prefix>admin``: the workstation's rights plus adding and changing people and
  cohorts, starting calibration sessions (the lead is an admin) and setting the dispute
  window. It reads check-ins no more than a workstation does.

What these roles cannot do is enforced by PostgreSQL, whatever program holds their
credentials; docs/store.md says what remains possible (and what the owner can do).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlalchemy import Connection, Engine, TextClause, text

from simulator.errors import StoreError

DEFAULT_PREFIX = "frontline_"
_PREFIX_RE = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")

# The records every seat writes (and updates in the transaction that writes them), and the
# calibration grades and disputes, in every list below.
_RECORDS = ("attempts", "events", "results", "overrides", "exposures", "consents")
_GRADES = ("calibration_submissions", "disputes", "dispute_resolutions")
_READ = (
    "people",
    "cohorts",
    "cohort_members",
    *_RECORDS,
    "chain_head",
    "alembic_version",
    "accommodations",
    "name_changes",
    "revocations",
    "seal_signatures",
    "seal_start",
    "override_resolutions",
    "calibration_sessions",
    *_GRADES,
    "policy_settings",
)
# Written by the app as trainees and trainers use it. UPDATE: the chain columns of a row
# in the transaction that writes it (the append-only triggers refuse anything later),
# the chain head, a consent's withdrawal.
# Trainers grant extra exam time on their seats; each sealed result gets its signature.
_WRITE = (
    *_RECORDS,
    "checkins",
    "accommodations",
    "seal_signatures",
    "override_resolutions",
    *_GRADES,
)
_UPDATE = (*_RECORDS, "accommodations", "override_resolutions", *_GRADES, "chain_head")
# Adding and renaming people (a rename is recorded and chained), cohorts, revocations,
# calibration sessions (the lead is an admin) and policy settings (the dispute window).
_ADMIN_WRITE = (
    "people",
    "cohorts",
    "cohort_members",
    "name_changes",
    "revocations",
    "calibration_sessions",
    "policy_settings",
)

# Derived report tables (``simulator.store.report_tables``): no records, rewritten as
# verdicts change by whichever workstation builds a report first.
_DERIVED = ("report_sync", "report_facts", "report_criteria_sets", "report_threads")

AGGREGATE_FUNCTION = "frontline_checkin_aggregate"
MIN_AGGREGATE = 5  # as simulator.store.wellbeing.MIN_AGGREGATE


def role_names(prefix: str = DEFAULT_PREFIX) -> tuple[str, str]:
    """(workstation, admin) role names for ``prefix``."""
    if not _PREFIX_RE.match(prefix):
        raise StoreError("--prefix", f"{prefix!r}: use lowercase letters, digits and _")
    return f"{prefix}workstation", f"{prefix}admin"


def create_roles(engine: Engine, prefix: str = DEFAULT_PREFIX) -> tuple[str, str]:
    """Create (or bring up to date) the two roles on the store's schema."""
    if engine.dialect.name != "postgresql":
        raise StoreError(
            "db roles",
            "only PostgreSQL has database roles; protect a SQLite store with the "
            "permissions of its file and folder",
        )
    workstation, admin = role_names(prefix)
    with engine.begin() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
        for role in (workstation, admin):
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
            ).first()
            if not exists:
                conn.execute(text(f'CREATE ROLE "{role}" NOLOGIN'))
        _grant(conn, schema, workstation, admin)
    return workstation, admin


def _grant(conn: Connection, schema: str, workstation: str, admin: str) -> None:
    both = f'"{workstation}", "{admin}"'
    q = f'"{schema}"'
    run = conn.execute
    run(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {q} FROM {both}"))
    run(text(f"GRANT USAGE ON SCHEMA {q} TO {both}"))
    run(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {q} TO {both}"))
    for table in _READ:
        run(text(f"GRANT SELECT ON {q}.{table} TO {both}"))
    for table in _WRITE:
        run(text(f"GRANT INSERT ON {q}.{table} TO {both}"))
    for table in _UPDATE:
        run(text(f"GRANT UPDATE ON {q}.{table} TO {both}"))
    for table in _DERIVED:
        run(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {q}.{table} TO {both}"))
    # A person's own preferences; never their name, role or password.
    run(text(f'GRANT UPDATE (language, settings) ON {q}.people TO "{workstation}"'))
    for table in _ADMIN_WRITE:
        run(text(f'GRANT INSERT, UPDATE ON {q}.{table} TO "{admin}"'))
    run(text(f'GRANT DELETE ON {q}.cohort_members TO "{admin}"'))
    _checkin_policies(run, q, both)
    _aggregate_function(run, q, both)


def _checkin_policies(run: Callable[[TextClause], object], q: str, both: str) -> None:
    # Check-ins: each role sees only the rows of the person named for the transaction
    # (set_config('frontline.person_id', ...), which the store does for the signed-in
    # person); the owner is not bound (it owns the table).
    run(text(f"GRANT SELECT ON {q}.checkins TO {both}"))
    run(text(f"ALTER TABLE {q}.checkins ENABLE ROW LEVEL SECURITY"))
    for policy in ("frontline_checkins_own", "frontline_checkins_write"):
        run(text(f"DROP POLICY IF EXISTS {policy} ON {q}.checkins"))
    own = "person_id = NULLIF(current_setting('frontline.person_id', true), '')::integer"
    run(text(f"CREATE POLICY frontline_checkins_own ON {q}.checkins FOR SELECT USING ({own})"))
    run(
        text(
            f"CREATE POLICY frontline_checkins_write ON {q}.checkins FOR INSERT WITH CHECK ({own})"
        )
    )


def _aggregate_function(run: Callable[[TextClause], object], q: str, both: str) -> None:
    # Cohort figures: aggregates only, under the rules of simulator.store.wellbeing (each
    # person's mean first; suppressed under MIN_AGGREGATE people, or when the people
    # differ from another cohort's or an earlier aggregate's by fewer than that; each
    # aggregate given is remembered). Runs as the owner, so it sees every row, and
    # returns nothing per person. The result type changed: drop the older function.
    run(text(f"DROP FUNCTION IF EXISTS {q}.{AGGREGATE_FUNCTION}(integer)"))
    run(text(_aggregate_sql(q)))
    run(text(f"REVOKE ALL ON FUNCTION {q}.{AGGREGATE_FUNCTION}(integer) FROM PUBLIC"))
    run(text(f"GRANT EXECUTE ON FUNCTION {q}.{AGGREGATE_FUNCTION}(integer) TO {both}"))


def _aggregate_sql(q: str) -> str:
    """The aggregate function's definition in schema ``q`` (see ``_aggregate_function``)."""
    return f"""
CREATE FUNCTION {q}.{AGGREGATE_FUNCTION}(cohort integer)
RETURNS TABLE (people bigint, checkins bigint, mean_rating double precision,
               mean_stress double precision, why text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = {q}, pg_temp AS $$
DECLARE
    mine integer[];
    n integer;
BEGIN
    SELECT coalesce(array_agg(DISTINCT c.person_id ORDER BY c.person_id), '{{}}')
      INTO mine
      FROM checkins c
     WHERE c.person_id IN (SELECT m.person_id FROM cohort_members m WHERE m.cohort_id = cohort);
    n := cardinality(mine);
    IF n < {MIN_AGGREGATE} THEN
        RETURN QUERY SELECT n::bigint, NULL::bigint, NULL::float8, NULL::float8, 'few'::text;
        RETURN;
    END IF;
    IF EXISTS (
        WITH others AS (
            SELECT array_agg(DISTINCT m.person_id) AS s
              FROM cohort_members m
             WHERE m.cohort_id <> cohort
               AND m.person_id IN (SELECT c.person_id FROM checkins c)
             GROUP BY m.cohort_id
            UNION ALL
            SELECT ARRAY(SELECT json_array_elements_text(q.members)::integer) AS s
              FROM aggregate_queries q
        )
        SELECT 1 FROM others o
         WHERE cardinality(o.s) >= {MIN_AGGREGATE}
           AND (SELECT count(*) FROM unnest(mine) x WHERE x <> ALL (o.s))
             + (SELECT count(*) FROM unnest(o.s) y WHERE y <> ALL (mine))
               BETWEEN 1 AND {MIN_AGGREGATE - 1}
    ) THEN
        RETURN QUERY SELECT n::bigint, NULL::bigint, NULL::float8, NULL::float8, 'overlap'::text;
        RETURN;
    END IF;
    IF NOT EXISTS (
        SELECT 1 FROM aggregate_queries q
         WHERE ARRAY(SELECT json_array_elements_text(q.members)::integer) = mine
    ) THEN
        INSERT INTO aggregate_queries (members, at)
        VALUES (to_json(mine), timezone('UTC', now()));
    END IF;
    RETURN QUERY
    SELECT n::bigint, sum(p.k)::bigint, avg(p.r)::float8, avg(p.st)::float8, NULL::text
      FROM (SELECT count(c.id) AS k, avg(c.rating) AS r, avg(c.stress) AS st
              FROM checkins c
             WHERE c.person_id = ANY (mine)
             GROUP BY c.person_id) p;
END
$$"""
