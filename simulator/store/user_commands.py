"""``simulator user add|list|rename|passwd``: people in the store from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from simulator.errors import StoreError
from simulator.store.cli_support import add_sign_in, print_json, read_password, sign_in

ROLES = ("trainee", "trainer", "admin")  # as simulator.store.models.ROLES


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
        password = read_password(args, args.name)
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


def _may_change(args: argparse.Namespace, store: Any, action: Any) -> None:
    """The signed-in requester may do ``action`` to the person ``args.name``: refused
    before the name is looked up when no one signs in (no probing for names), then
    against the person found."""
    from simulator.access import require

    requester = sign_in(args, store)
    if requester is None:
        require(None, action, subject_name=args.name)
    target = store.person(args.name)
    if target is None:
        raise StoreError(args.name, "no such person")
    require(
        requester,
        action,
        subject_id=target.id,
        subject_role=target.role,
        subject_name=target.name,
    )


def _user_passwd(args: argparse.Namespace) -> int:
    from simulator.access import Action
    from simulator.store.store import open_store

    with open_store() as store:
        _may_change(args, store, Action.SET_PASSWORD)
        password = read_password(args, args.name)
        if password is None:
            raise StoreError(args.name, "give the new password with --password-stdin")
        store.set_password(args.name, password)
    print(f"password of {args.name} changed")
    return 0


def _user_rename(args: argparse.Namespace) -> int:
    from simulator.access import Action
    from simulator.store.store import open_store

    with open_store() as store:
        _may_change(args, store, Action.RENAME_PERSON)
        person = store.set_display_name(args.name, args.display_name)
    print(f"{person.name} is now shown as {person.display_name}")
    return 0


def register_users(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``user`` command and its actions."""
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
