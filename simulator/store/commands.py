"""``simulator db ...`` and ``simulator user ...``: the store from the command line."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from simulator.errors import StoreError

ROLES = ("trainee", "trainer", "admin")  # as simulator.store.models.ROLES


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def _db_upgrade(args: argparse.Namespace) -> int:
    from simulator.store.db import make_engine
    from simulator.store.migrate import head_revision, upgrade

    engine = make_engine()
    try:
        before = _guard(engine, lambda: upgrade(engine))
    finally:
        engine.dispose()
    if before.is_current:
        print(f"{_shown(engine)}: schema already at revision {before.head}")
    else:
        print(f"{_shown(engine)}: upgraded from {before.current or 'empty'} to {head_revision()}")
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

        state = _guard(engine, state_of)
        counts = Store(engine).counts() if state.is_current else None
    finally:
        engine.dispose()
    report = {
        "url": _shown(engine),
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
        workstation, admin = _guard(engine, lambda: create_roles(engine, args.prefix))
    finally:
        engine.dispose()
    print(f"{_shown(engine)}: roles {workstation} and {admin} are set up")
    print(
        f"give each seat a login in {workstation}, e.g. "
        f"CREATE ROLE seat01 LOGIN PASSWORD '...' IN ROLE {workstation};"
    )
    print(f"and each administrator's login: ... IN ROLE {admin}; see docs/store.md")
    return 0


def _stdin_line(what: str) -> str:
    """One line of standard input as UTF-8 text (bytes are read, so that a password that
    is not UTF-8 is one clear error, not a crash)."""
    stream = getattr(sys.stdin, "buffer", None)
    raw = stream.readline() if stream is not None else sys.stdin.readline().encode("utf-8")
    try:
        return raw.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        raise StoreError("standard input", f"the {what} is not UTF-8 text") from None


def _read_password(args: argparse.Namespace, name: str) -> str | None:
    if getattr(args, "password_stdin", False):
        password = _stdin_line(f"password for {name}")
        if not password:
            raise StoreError(name, "no password on standard input")
        return password
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(f"password for {name}: ")
    if first != getpass.getpass("again: "):
        raise StoreError(name, "the two passwords differ; nothing was changed")
    return first


def add_sign_in(parser: argparse.ArgumentParser, who: str = "an admin or trainer") -> None:
    """The ``--as NAME`` option of a command that needs a signed-in person."""
    parser.add_argument(
        "--as",
        dest="as_name",
        metavar="NAME",
        help=f"sign in as NAME ({who}); the password is asked for on a terminal, else "
        "read from the first line of standard input",
    )


def sign_in(args: argparse.Namespace, store: Any, *, from_stdin: bool = False) -> Any:
    """The person signed in with ``--as`` (None without it); ``AccessError`` for a wrong
    name or password, which take the same time (see ``Store.authenticate``). The password
    is asked for on a terminal, else (or with ``from_stdin``) it is the first line of
    standard input. The rules of what they may do: ``simulator.access``."""
    from simulator.access import AccessError

    name = getattr(args, "as_name", None)
    if not name:
        return None
    if sys.stdin.isatty() and not from_stdin:
        password = getpass.getpass(f"password for {name}: ")
    else:
        password = _stdin_line(f"password for {name}")
    person = store.authenticate(name, password)
    if person is None:
        raise AccessError(f"--as {name}", "wrong name or password")
    return person


def _user_add(args: argparse.Namespace) -> int:
    from simulator.access import Action, require
    from simulator.store.store import open_store

    with open_store() as store:
        requester = sign_in(args, store)
        require(
            requester,
            Action.ADD_PERSON,
            subject_role=args.role,
            first_admin=requester is None and store.needs_first_admin(),
        )
        # Never a person who cannot sign in: the password comes from standard input, or
        # is asked for twice on a terminal; with neither, nothing is added.
        password = _read_password(args, args.name)
        if password is None:
            raise StoreError(
                args.name,
                "no password: give it with --password-stdin (the line after --as's "
                "password, if any), or run this on a terminal to be asked for it",
            )
        person = store.create_person(
            args.name,
            args.role,
            display_name=args.display_name,
            language=args.language,
            password=password,
        )
    note = "" if person.has_password else " (no password yet: `simulator user passwd`)"
    print(f"added {person.role} {person.name} ({person.display_name}){note}")
    return 0


def _user_list(args: argparse.Namespace) -> int:
    from simulator.access import Action, require
    from simulator.store.store import open_store

    with open_store() as store:
        require(sign_in(args, store), Action.LIST_PEOPLE)
        people = store.people()
    if args.json:
        print_json(
            [
                {
                    "name": p.name,
                    "display_name": p.display_name,
                    "role": p.role,
                    "language": p.language,
                    "has_password": p.has_password,
                }
                for p in people
            ]
        )
    else:
        for p in people:
            print(f"{p.name}\t{p.role}\t{p.language}\t{p.display_name}")
    return 0


def _user_passwd(args: argparse.Namespace) -> int:
    from simulator.access import Action, require
    from simulator.store.store import open_store

    with open_store() as store:
        requester = sign_in(args, store)
        if requester is None:  # before looking the name up: no probing for names
            require(None, Action.SET_PASSWORD, subject_name=args.name)
        target = store.person(args.name)
        if target is None:
            raise StoreError(args.name, "no such person")
        require(
            requester,
            Action.SET_PASSWORD,
            subject_id=target.id,
            subject_role=target.role,
            subject_name=target.name,
        )
        password = _read_password(args, args.name)
        if password is None:
            raise StoreError(args.name, "give the new password with --password-stdin")
        store.set_password(args.name, password)
    print(f"password of {args.name} changed")
    return 0


def _user_rename(args: argparse.Namespace) -> int:
    from simulator.access import Action, require
    from simulator.store.store import open_store

    with open_store() as store:
        requester = sign_in(args, store)
        if requester is None:  # before looking the name up: no probing for names
            require(None, Action.RENAME_PERSON, subject_name=args.name)
        target = store.person(args.name)
        if target is None:
            raise StoreError(args.name, "no such person")
        require(
            requester,
            Action.RENAME_PERSON,
            subject_id=target.id,
            subject_role=target.role,
            subject_name=target.name,
        )
        person = store.set_display_name(args.name, args.display_name)
    print(f"{person.name} is now shown as {person.display_name}")
    return 0


def _shown(engine: Any) -> str:
    from simulator.store.db import hide_password

    return hide_password(engine.url)


def _guard(engine: Any, fn: Any) -> Any:
    """Run ``fn``, turning driver errors into one-line StoreErrors."""
    from sqlalchemy.exc import DBAPIError

    from simulator.store.db import explain

    try:
        return fn()
    except DBAPIError as exc:
        raise explain(exc, engine.url) from exc


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

    user = sub.add_parser("user", help="add, list and change people in the store")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = user_sub.add_parser("add", help="add a trainee, trainer or admin")
    p.add_argument("name", help="login name (letters, digits, . _ @ -)")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--display-name", help="the name shown in the app (default: NAME)")
    p.add_argument("--language", choices=("ar", "en"), default="en")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the new person's password from standard input (after --as's, if any)",
    )
    add_sign_in(p, "an admin; a trainer may add trainees; none for a store's first admin")
    p.set_defaults(handler=_user_add)
    p = user_sub.add_parser("list", help="list the people in the store")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_sign_in(p)
    p.set_defaults(handler=_user_list)
    p = user_sub.add_parser(
        "rename",
        help="change the name a person is shown by (recorded; issued certificates keep theirs)",
    )
    p.add_argument("name", help="the login name")
    p.add_argument("--display-name", required=True, help="the new name shown")
    add_sign_in(p, "an admin, or a trainer for a trainee")
    p.set_defaults(handler=_user_rename)
    p = user_sub.add_parser("passwd", help="set a person's password")
    p.add_argument("name")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the new password from standard input (after --as's, if any)",
    )
    add_sign_in(p, "an admin, a trainer for a trainee's password, or NAME themself")
    p.set_defaults(handler=_user_passwd)
