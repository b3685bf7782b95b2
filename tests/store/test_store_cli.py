"""``simulator db ...`` and ``simulator user ...`` through the real entry point, in this
process (the subprocess path is covered by test_store_audit and test_store_errors)."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass

import pytest
from sqlalchemy import text

from simulator.cli import main
from simulator.store import open_store
from simulator.store.migrate import head_revision


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(monkeypatch, capsys):
    def run(url: str, *args: str, stdin: str = "") -> Run:
        monkeypatch.setenv("SIMULATOR_DATABASE_URL", url)
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's usage errors
            code = int(exc.code or 0)
        out = capsys.readouterr()
        return Run(code, out.out, out.err)

    return run


def test_db_check_upgrade_check(store_url, cli):
    before = cli(store_url, "db", "check", "--json")
    assert before.returncode == 1, before.stderr
    report = json.loads(before.stdout)
    assert (report["schema"], report["current"], report["latest"]) == (None, False, head_revision())
    up = cli(store_url, "db", "upgrade")
    assert up.returncode == 0, up.stderr
    assert f"upgraded from empty to {head_revision()}" in up.stdout
    assert "already at revision" in cli(store_url, "db", "upgrade").stdout
    after = cli(store_url, "db", "check")
    assert after.returncode == 0, after.stderr
    assert "migrations: current" in after.stdout and "people 0" in after.stdout


def test_user_add_list_passwd(store_url, cli):
    added = cli(
        store_url, "user", "add", "rana", "--role", "admin", "--display-name", "رنا",
        "--language", "ar", "--password-stdin", stdin="first-password\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "added admin rana (رنا)" in added.stdout
    rana = "first-password\n"  # signing in with --as: the password is the first line
    refused = cli(store_url, "user", "add", "tom", "--role", "trainee", "--as", "rana", stdin=rana)
    assert refused.returncode == 2 and "no password: give it with --password-stdin" in (
        refused.stderr
    )
    with open_store(store_url) as store:
        assert store.person("tom") is None  # never a person who cannot sign in
    plain = cli(
        store_url, "user", "add", "tom", "--role", "trainee", "--as", "rana",
        "--password-stdin", stdin=rana + "tom-first-pw\n",
    )  # fmt: skip
    assert plain.returncode == 0 and "no password yet" not in plain.stdout
    listed = json.loads(cli(store_url, "user", "list", "--json", "--as", "rana", stdin=rana).stdout)
    assert listed == [
        {"name": "rana", "display_name": "رنا", "role": "admin", "language": "ar",
         "has_password": True},
        {"name": "tom", "display_name": "tom", "role": "trainee", "language": "en",
         "has_password": True},
    ]  # fmt: skip
    changed = cli(
        store_url, "user", "passwd", "tom", "--password-stdin", "--as", "rana",
        stdin=rana + "tom-secret-1\n",
    )  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    with open_store(store_url) as store:
        assert store.authenticate("tom", "tom-secret-1").name == "tom"
        assert store.authenticate("rana", "first-password").role == "admin"
        assert not store.needs_first_admin()


def test_user_errors_are_one_line(store_url, cli):
    with open_store(store_url) as store:
        store.create_person("ada", "admin", password="ada-password")
    cli(
        store_url, "user", "add", "tom", "--role", "trainee", "--as", "ada",
        "--password-stdin", stdin="ada-password\ntom-password-1\n",
    )  # fmt: skip
    for args, expected in [
        (("user", "add", "tom", "--role", "trainee", "--password-stdin"), "already exists"),
        (("user", "add", "x y", "--role", "trainee", "--password-stdin"), "a name uses"),
        (("user", "passwd", "ghost", "--password-stdin"), "no such person"),
        (("user", "passwd", "tom", "--password-stdin"), "no password on standard input"),
        (("user", "add", "amy", "--role", "chief"), "invalid choice"),
    ]:
        stdin = "ada-password\n"
        stdin += "long-enough-pw\n" if "ghost" in args or "add" in args else ""
        r = cli(store_url, *args, "--as", "ada", stdin=stdin)
        lines = r.stderr.strip().splitlines()
        assert r.returncode == 2 and len(lines) == 1, (args, r.stderr)
        assert expected in lines[0] and "Traceback" not in r.stderr


def test_db_check_on_a_newer_database_says_what_to_do(store_url, cli):
    with open_store(store_url) as store, store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_next'"))
    r = cli(store_url, "db", "check")
    assert r.returncode == 2
    assert "newer version of Frontline" in r.stderr and len(r.stderr.strip().splitlines()) == 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_user_add_on_a_terminal_asks_twice_and_the_two_must_match(store_url, monkeypatch, capsys):
    import getpass

    monkeypatch.setenv("SIMULATOR_DATABASE_URL", store_url)
    monkeypatch.setattr(sys, "stdin", _Terminal(""))
    typed = iter(["first-admin-pw", "first-admin-pw-typo"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(typed))
    assert main(["user", "add", "rana", "--role", "admin"]) == 2
    assert "the two passwords differ" in capsys.readouterr().err
    with open_store(store_url) as store:
        assert store.person("rana") is None
    typed = iter(["first-admin-pw", "first-admin-pw"])
    assert main(["user", "add", "rana", "--role", "admin"]) == 0
    with open_store(store_url) as store:
        assert store.authenticate("rana", "first-admin-pw").name == "rana"
