"""Opening an up-to-date store needs no Alembic; the cheap revision reader agrees with it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import text

from simulator.errors import StoreError
from simulator.store import open_store
from simulator.store.db import make_engine
from simulator.store.migrate import alembic_config, head_revision, revisions, upgrade


def test_revisions_read_from_the_files_agree_with_alembic():
    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert revisions() == {r.revision: r.down_revision for r in script.walk_revisions()}


PROBE = """
import sys
from simulator.store import open_store
store = open_store(sys.argv[1])
print(store.schema().is_current, "alembic" in sys.modules)
"""


def _probe(url: str) -> str:
    run = subprocess.run(
        [sys.executable, "-c", PROBE, url], capture_output=True, text=True, check=True
    )
    return run.stdout.strip()


@pytest.mark.slow
def test_alembic_is_imported_only_when_a_migration_runs(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    assert _probe(url) == "True True"  # an empty database: created by a migration
    assert _probe(url) == "True False"  # up to date: no Alembic at all


def test_an_older_schema_is_still_migrated(store_url):
    engine = make_engine(store_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    engine.dispose()
    if head_revision() == "0001":
        pytest.skip("only one revision ships")
    with pytest.raises(StoreError, match="needs"):
        open_store(store_url, migrate=False).close()


def test_an_unknown_revision_is_refused_without_alembic(store_url):
    engine = make_engine(store_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer version of Frontline"):
        open_store(store_url)


def test_the_command_line_parser_imports_no_sqlalchemy():
    probe = (
        "import sys; from simulator.cli import build_parser; build_parser();"
        "print('sqlalchemy' in sys.modules, 'alembic' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "False"]
