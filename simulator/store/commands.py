"""``simulator db ...`` and ``simulator user ...``: the store from the command line (the
``user`` actions are in ``user_commands``; what the commands share in ``cli_support``)."""

from __future__ import annotations

import argparse
from typing import Any

from simulator.errors import StoreError
from simulator.store.cli_support import guarded, print_json, shown_url
from simulator.store.user_commands import register_users


def _db_upgrade(args: argparse.Namespace) -> int:
    from simulator.store.db import make_engine
    from simulator.store.migrate import head_revision, upgrade

    engine = make_engine()
    try:
        before = guarded(engine, lambda: upgrade(engine))
    finally:
        engine.dispose()
    if before.is_current:
        print(f"{shown_url(engine)}: schema already at revision {before.head}")
    else:
        print(
            f"{shown_url(engine)}: upgraded from {before.current or 'empty'} to {head_revision()}"
        )
    # The report tables (schema 0007) are filled now, rather than by the first report.
    from simulator.store.store import open_store

    with open_store() as store:
        worked = store.sync_reports()
    if worked:
        print(f"{shown_url(engine)}: report tables brought up to date ({worked} attempts)")
    return 0


def _db_check(args: argparse.Namespace) -> int:
    import os

    from simulator.store.db import database_url, hide_password, make_engine, parse_url, sqlite_path
    from simulator.store.migrate import head_revision, schema_state
    from simulator.store.store import Store

    parsed = parse_url(database_url())
    file = sqlite_path(parsed)
    if file is not None and not os.path.exists(file):
        # Nothing to look at, and nothing is created: report an empty store.
        folder = os.path.dirname(os.path.abspath(file))
        if not os.path.isdir(folder):
            raise StoreError(
                hide_password(parsed), f"no such folder {folder} (nothing was created)"
            )
        report: dict[str, Any] = {
            "url": hide_password(parsed),
            "schema": None,
            "latest": head_revision(),
            "current": False,
            "counts": None,
            "exists": False,
        }
        return _print_check(args, report)
    engine = make_engine(read_only=True)
    try:

        def state_of() -> Any:
            with engine.connect() as conn:
                return schema_state(conn)

        state = guarded(engine, state_of)
        counts = Store(engine).counts() if state.is_current else None
    finally:
        engine.dispose()
    report = {
        "url": shown_url(engine),
        "schema": state.current,
        "latest": state.head,
        "current": state.is_current,
        "counts": counts,
        "exists": True,
    }
    return _print_check(args, report)


def _print_check(args: argparse.Namespace, report: dict[str, Any]) -> int:
    if args.json:
        print_json(report)
    else:
        print(f"database: {report['url']}")
        if not report["exists"]:
            print("store:    no store file yet (nothing was created)")
        print(f"schema:   {report['schema'] or 'empty'} (this Frontline: {report['latest']})")
        if report["current"]:
            print("migrations: current")
            counts = report["counts"] or {}
            print("counts:   " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        else:
            print("migrations: NOT current; run `simulator db upgrade`")
    return 0 if report["current"] else 1


def _db_audit(args: argparse.Namespace) -> int:
    from simulator.signing import existing_key, parse_public_key
    from simulator.store.store import open_store

    trusted = [parse_public_key(k) for k in args.public_key or ()]
    local = existing_key()
    if local is not None:
        trusted.append(local.public)
    with open_store(read_only=True) as store:
        problems = store.audit(trusted)
        links = store.chain_length()
        seals = store.seal_summary()
        url = store.url
    if args.json:
        print_json(
            {
                "url": url,
                "links": links,
                "trusted_keys": [k.fingerprint for k in trusted],
                **seals,
                "ok": not problems,
                "problems": [
                    {"table": p.table, "row_id": p.row_id, "chain_seq": p.chain_seq, "what": p.what}
                    for p in problems
                ],
            }
        )
    elif problems:
        print(f"{url}: the chain is broken; first broken link: {problems[0]}")
        for p in problems[1:]:
            print(f"  also: {p}")
    else:
        keys = ", ".join(k.fingerprint for k in trusted) or "none"
        print(
            f"{url}: chain intact ({links} links checked; {seals['signed_results']} seal "
            f"signature(s) checked against key {keys}; display names match)"
        )
        if seals["results_before_signing"]:
            print(
                f"  {seals['results_before_signing']} result(s) were stored before results "
                f"were signed (links up to {seals['signing_from']}); later signatures pin them"
            )
    return 1 if problems else 0


def _db_roles(args: argparse.Namespace) -> int:
    from simulator.store.db import make_engine
    from simulator.store.roles import create_roles

    engine = make_engine()
    try:
        workstation, admin = guarded(engine, lambda: create_roles(engine, args.prefix))
    finally:
        engine.dispose()
    print(f"{shown_url(engine)}: roles {workstation} and {admin} are set up")
    print(
        f"give each seat a login in {workstation}, e.g. "
        f"CREATE ROLE seat01 LOGIN PASSWORD '...' IN ROLE {workstation};"
    )
    print(f"and each administrator's login: ... IN ROLE {admin}; see docs/store.md")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help="create, migrate, check and audit the store")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    p = db_sub.add_parser("upgrade", help="create the store or migrate it to this version")
    p.set_defaults(handler=_db_upgrade)
    p = db_sub.add_parser(
        "check", help="the URL, schema version, whether migrations are current, counts"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=_db_check)
    p = db_sub.add_parser(
        "audit",
        help="check the hash chain, seal signatures and names; exit 1 with the first problem",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--public-key",
        metavar="KEY",
        action="append",
        help="also trust seal signatures by this key (base64, PEM, or a file of either; "
        "repeat for several); this computer's installation key is always trusted",
    )
    p.set_defaults(handler=_db_audit)

    p = db_sub.add_parser(
        "roles",
        help="PostgreSQL: create least-privilege workstation and admin roles",
        description="As the store's owner: create (or update) the group roles PREFIX"
        "workstation and PREFIXadmin with only the privileges the app needs; see "
        "docs/store.md, 'Who may do what'.",
    )
    p.add_argument(
        "--prefix", default="frontline_", help="start of the role names (default frontline_)"
    )
    p.set_defaults(handler=_db_roles)
    register_users(sub)
