"""Shared fixtures: every test gets its own data folder and fresh Qt settings."""

from __future__ import annotations

import contextlib
import itertools
import os
import secrets
import sys
from pathlib import Path

import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parent.parent

# Property tests: no per-example deadline (these machines are shared and noisy), and in CI
# a fixed seed, so that a red CI run is reproducible rather than a roll of the dice.
settings.register_profile("default", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")


@pytest.fixture(autouse=True)
def _english_interface():
    """Every test starts in English: a test that switched the app to Arabic does not leave
    its translator installed for the next one (Qt is imported only if the test used it)."""
    yield
    i18n = sys.modules.get("simulator.ui.i18n")
    if i18n is None or i18n.installed_language() in (None, "en"):
        return
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        i18n.Translations(app).switch("en", remember=False)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test touches the real user's data folder or settings."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("SIMULATOR_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data / "config"))
    monkeypatch.delenv("SIMULATOR_DATABASE_URL", raising=False)
    return data


@pytest.fixture(autouse=True)
def _cheap_password_hashes(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """Argon2 with the library's test profile in this process: the same code path, about a
    millisecond a hash instead of some 0.3 s of CPU. Tests marked ``argon2_production`` keep
    the production parameters (they are marked slow too). Either way the dummy hash (for
    unknown names) is made afresh, so that it always has the parameters of the test's own."""
    from simulator.store import people

    monkeypatch.setattr(people, "_dummy_hash", [])
    if request.node.get_closest_marker("argon2_production") is None:
        from argon2 import PasswordHasher, profiles

        monkeypatch.setattr(people, "_hasher", PasswordHasher.from_parameters(profiles.CHEAPEST))


@pytest.fixture
def repo() -> Path:
    return REPO


# --- Store fixtures: every store test runs on SQLite and on the real PostgreSQL server. ---
# PostgreSQL being down FAILS these tests (never skips them): CI must not pass without it.

PG_TEST_URL = os.environ.get(
    "SIMULATOR_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
_PG_RUN = f"t_{secrets.token_hex(4)}"  # one prefix per test run; each test gets a schema
_pg_counter = itertools.count()


def _pg_admin_conninfo() -> str:
    from sqlalchemy.engine import make_url

    url = make_url(PG_TEST_URL).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path):
    """A URL of an empty database: a SQLite file, or a fresh PostgreSQL schema (dropped after)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    with _fresh_pg_schema() as url:
        yield url


@contextlib.contextmanager
def _fresh_pg_schema():
    """The URL of a new, empty PostgreSQL schema, dropped afterwards. Tests never touch
    the shared database's own schema: it outlives the run, and other runs use it."""
    import psycopg
    from sqlalchemy.engine import make_url

    schema = f"{_PG_RUN}_{next(_pg_counter)}"
    try:
        admin = psycopg.connect(_pg_admin_conninfo(), autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        pytest.fail(f"PostgreSQL at {PG_TEST_URL} is unreachable: {exc}", pytrace=False)
    with admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
        url = make_url(PG_TEST_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        try:
            yield url.render_as_string(hide_password=False)
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def pg_schema_url():
    """A fresh PostgreSQL schema's URL (see ``_fresh_pg_schema``)."""
    with _fresh_pg_schema() as url:
        yield url


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store migrated once per run; tests get a copy (migrating costs ~0.5 s)."""
    from simulator.store import open_store

    path = tmp_path_factory.mktemp("template") / "store.db"
    open_store(f"sqlite:///{path}").close()
    return path


@pytest.fixture(scope="session")
def _pg_shared_url():
    """A PostgreSQL schema migrated once per run; tests empty it before use."""
    import psycopg
    from sqlalchemy.engine import make_url

    from simulator.store import open_store

    schema = f"{_PG_RUN}_shared"
    try:
        admin = psycopg.connect(_pg_admin_conninfo(), autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        pytest.fail(f"PostgreSQL at {PG_TEST_URL} is unreachable: {exc}", pytrace=False)
    with admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
        url = make_url(PG_TEST_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        rendered = url.render_as_string(hide_password=False)
        try:
            open_store(rendered).close()
            yield rendered
        finally:
            admin.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def migrated_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of a migrated, empty store on each backend."""
    import shutil

    if request.param == "sqlite":
        path = tmp_path / "store.db"
        shutil.copyfile(request.getfixturevalue("_sqlite_template"), path)
        return f"sqlite:///{path}"
    from sqlalchemy import create_engine, text

    from simulator.store.models import Base

    url = request.getfixturevalue("_pg_shared_url")
    engine = create_engine(url)
    with engine.begin() as conn:
        # DELETE is much faster than TRUNCATE on small tables; "replica" skips the
        # append-only triggers (the test server's user is a superuser).
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        for table in reversed(Base.metadata.sorted_tables):
            if table.name != "chain_head":
                conn.execute(table.delete())
        conn.execute(text("UPDATE chain_head SET seq = 0, hash = :h"), {"h": "0" * 64})
    engine.dispose()
    return url


@pytest.fixture
def store(migrated_url: str):
    """An open, migrated, empty store on each backend; its wall clock ticks 1 s per call."""
    import datetime as dt

    from simulator.store import open_store

    start = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)
    ticks = itertools.count()
    s = open_store(migrated_url, now=lambda: start + dt.timedelta(seconds=next(ticks)))
    yield s
    s.close()
