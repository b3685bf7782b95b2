"""Issue 14: no credential appears in any output or file: crash reports (0600, never in
/tmp), ``db check``, and every error message mask the database password."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.conftest import PG_TEST_URL
from tests.harden.conftest import one_line

SECRET = "Hunter2-Sekret"


def with_password(url: str, where: str) -> str:
    parsed = make_url(url)
    if where == "userinfo":
        return parsed.set(password=SECRET).render_as_string(hide_password=False)
    return parsed.update_query_dict({"password": SECRET}).render_as_string(hide_password=False)


def crash_reports(data: Path) -> list[Path]:
    folder = data / "crash-reports"
    return sorted(folder.iterdir()) if folder.is_dir() else []


@pytest.fixture
def crashing(monkeypatch):
    """``db check`` fails with an unexpected error whose message carries the URL, as a
    driver's error might."""
    import simulator.store.commands as commands

    def boom(args):
        raise RuntimeError(f"driver said: cannot use {os.environ['SIMULATOR_DATABASE_URL']}")

    monkeypatch.setattr(commands, "_db_check", boom)


@pytest.mark.parametrize("where", ["userinfo", "query"])
def test_a_crash_report_masks_the_password_and_is_private(
    cli, crashing, _isolated_data_dir, monkeypatch, where
):
    url = with_password(PG_TEST_URL, where)
    monkeypatch.setattr("sys.argv", ["simulator", "--database-url", url, "db", "check"])
    r = cli("--database-url", url, "db", "check")
    assert r.code == 2 and "crash report was written" in r.err
    assert SECRET not in r.err
    [report] = crash_reports(_isolated_data_dir)
    text = report.read_text()
    assert SECRET not in text and "driver said" in text and "--database-url" in text
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert stat.S_IMODE(report.parent.stat().st_mode) == 0o700


def test_no_crash_report_in_tmp_when_the_data_folder_is_not_writable(
    cli, crashing, tmp_path, monkeypatch
):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SIMULATOR_DATA_DIR", str(blocker / "data"))
    before = set(Path(tempfile.gettempdir()).glob("crash-*.txt"))
    url = with_password(PG_TEST_URL, "userinfo")
    r = cli("--database-url", url, "db", "check")
    assert r.code == 2
    assert "no crash report: cannot write to the data folder" in r.err, r.err
    assert SECRET not in r.err and len(r.err.strip().splitlines()) == 1
    assert set(Path(tempfile.gettempdir()).glob("crash-*.txt")) == before


@pytest.mark.postgres
@pytest.mark.parametrize("where", ["userinfo", "query"])
def test_db_check_never_prints_the_password(cli, where, pg_schema_url):
    url = with_password(pg_schema_url, where)  # the test server trusts: any password works
    for args in (("db", "check"), ("db", "check", "--json"), ("db", "upgrade")):
        r = cli("--database-url", url, *args)
        assert SECRET not in r.out + r.err, (args, r.out, r.err)
        assert "***" in r.out, (args, r.out)


@pytest.mark.parametrize("where", ["userinfo", "query"])
def test_error_messages_never_print_the_password(cli, where):
    unreachable = with_password("postgresql+psycopg://frontline@127.0.0.1:1/none", where)
    line = one_line(cli("--database-url", unreachable, "db", "check"), "***")
    assert SECRET not in line
    line = one_line(
        cli("--database-url", unreachable.replace("postgresql", "mysql"), "db", "check")
    )
    assert SECRET not in line
    r = cli("--database-url", unreachable, "db", "check", "--bogus")
    assert r.code == 2 and SECRET not in r.err


def test_the_masking_functions():
    from simulator.redact import hide_url, redact_argv
    from simulator.store.db import hide_password

    for url in (
        f"postgresql+psycopg://u:{SECRET}@h/db",
        f"postgresql+psycopg://u@h/db?sslmode=require&password={SECRET}",
        f"postgresql+psycopg://u@h/db?sslpassword={SECRET}",
    ):
        assert SECRET not in hide_password(url) and "***" in hide_password(url)
        assert SECRET not in hide_url(url)
        assert SECRET not in " ".join(redact_argv(["simulator", f"--database-url={url}"]))
        assert SECRET not in " ".join(redact_argv(["simulator", "--database-url", url]))


@pytest.mark.parametrize(
    ("url", "words"),
    [  # found by the fuzzer (make fuzz)
        (f"mysql://postgres:{SECRET}@127.0.0.1:x/db", "is not a URL"),
        (f"postgresql://u:{SECRET}@127.0.0.1:99999/db", "port 99999 is not 1-65535"),
        (f"postgresql://u:{SECRET}@127.0.0.1\ufffd-1/test", "is not a host name"),
        (f"://bob:{SECRET}@127.0.0.1/db", "database URL"),
        (f"://bob:{SECRET}@:/@127.0.0.1:1/db", "database URL"),
        (f"postgresql://u:{SECRET}@127.0.0.1/x\x00y", "NUL"),
    ],
)
def test_odd_urls_are_one_line_without_the_password(cli, url, words, _isolated_data_dir):
    for command in (("db", "check"), ("db", "audit"), ("exam", "verify", "0" * 20)):
        line = one_line(cli("--database-url", url, *command), words)
        assert SECRET not in line
    assert crash_reports(_isolated_data_dir) == []
