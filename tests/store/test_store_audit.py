"""The hash chain: edited, deleted or renumbered rows are found; a full rewrite is found by
the results' seal signatures; a rename that bypassed the store is found."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from sqlalchemy import select, text

from simulator.store import chain
from simulator.store.models import CHAINED, ChainHeadRow

T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


def fill(store):
    """Two people (their names: links 1-2), an attempt with 3 events (their own chain), a
    result, an override and an exposure (links 3-6 of the global chain)."""
    trainee = store.create_person("amal", "trainee")
    trainer = store.create_person("tariq", "trainer")
    a = store.start_attempt(
        trainee.id,
        scenario_id="s",
        scenario_sha256="1" * 64,
        sop_id="x",
        sop_version=1,
        seed=3,
        started_at=T0,
    )
    for i in range(3):
        store.save_event(a.id, {"kind": "reply", "at_s": i * 10.0, "thread": "m", "text": f"r{i}"})
    store.finish_attempt(a.id, {"score": 40.0, "passed": False}, [], {}, ended_at=T0)
    store.add_override(a.id, trainer.id, passed=True, reason="ok")
    store.record_exposure(trainee.id, category="violence", level=2, kind="reveal", seconds=3)
    return a


def tamper(store, *statements: str) -> None:
    """Change rows with raw SQL as someone with rights over the database would."""
    with store.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SET LOCAL session_replication_role = replica"))  # no triggers
        else:
            for table in (
                "attempts",
                "events",
                "results",
                "overrides",
                "exposures",
                "seal_signatures",
                "seal_start",
                "name_changes",
            ):
                conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_update"))
                conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_delete"))
        for sql in statements:
            conn.execute(text(sql))


def test_an_untouched_store_passes_the_audit(store):
    fill(store)
    assert store.chain_length() == 6
    assert store.audit() == []


def test_an_edited_event_is_found(store):
    a = fill(store)
    tamper(store, 'UPDATE events SET data = \'{"thread": "m", "text": "forged"}\' WHERE seq = 2')
    problems = store.audit()
    assert len(problems) == 1
    assert problems[0].table == "events"
    assert f"event 2 of attempt {a.id} was changed" in problems[0].what


def test_an_edited_result_is_found(store):
    a = fill(store)
    tamper(store, f"UPDATE results SET passed = TRUE, score = 95 WHERE attempt_id = {a.id}")
    problems = store.audit()
    assert [(p.table, p.chain_seq) for p in problems] == [("results", 4)]


def test_a_deleted_event_in_the_middle_is_found(store):
    a = fill(store)
    tamper(store, "DELETE FROM events WHERE seq = 2")
    problems = store.audit()
    assert [p.table for p in problems] == ["events"]
    assert f"event 3 of attempt {a.id}: events 2..2 before it were deleted" in problems[0].what


def test_a_deleted_row_of_the_global_chain_is_found(store):
    fill(store)
    tamper(store, "DELETE FROM overrides")
    problems = store.audit()
    assert [(p.table, p.chain_seq) for p in problems] == [("exposures", 6)]
    assert "1 earlier row(s) (links 5..5) were deleted" in problems[0].what


def test_deleting_the_last_events_of_a_finished_attempt_is_found_by_its_result(store):
    a = fill(store)
    tamper(store, "DELETE FROM events WHERE seq = 3")
    problems = store.audit()
    assert [p.table for p in problems] == ["results"]
    assert f"attempt {a.id} ended with 3 event(s); the store holds 2" in problems[0].what


def test_deleting_the_last_rows_is_found_by_the_head(store):
    fill(store)
    tamper(store, "DELETE FROM exposures", "DELETE FROM overrides")
    problems = store.audit()
    assert [(p.table, p.chain_seq) for p in problems] == [("chain_head", 6)]
    assert "the last 2 row(s) (links 5..6) were deleted" in problems[0].what


def test_an_edit_with_a_recomputed_hash_breaks_the_next_link(store):
    fill(store)
    tamper(store, "UPDATE results SET score = 99")
    _rehash(store, only_seq=4)  # the attacker re-seals the edited row, not what follows
    problems = store.audit()
    assert [(p.table, p.chain_seq) for p in problems] == [("overrides", 5), ("results", 4)]


def test_an_edited_last_event_with_a_recomputed_hash_is_found_by_the_result(store):
    from sqlalchemy.orm import Session

    from simulator.store.models import EventRow

    fill(store)
    tamper(store, "UPDATE events SET at_s = 99 WHERE seq = 3")
    with Session(store.engine) as db:
        _no_triggers(db)
        events = db.scalars(select(EventRow).order_by(EventRow.seq)).all()
        events[2].chain_hash = chain.link_hash(events[1].chain_hash, chain.row_payload(events[2]))
        db.commit()
    problems = store.audit()
    assert [p.table for p in problems] == ["results"]
    assert "or their last one differs" in problems[0].what


def test_a_whole_rewritten_chain_without_the_key_is_found(store):
    """Someone with full rights rewrites every later link with the project's own hash
    functions: the chain holds, but the result no longer matches its seal signature.
    (Before results were signed, this passed the audit.)"""
    fill(store)
    tamper(store, "UPDATE results SET passed = TRUE")
    _rehash(store)
    problems = store.audit()
    assert [(p.table, p.chain_seq) for p in problems] == [("results", 4)]
    assert "no longer matches its seal signature" in problems[0].what


def test_a_rewrite_that_re_signs_or_drops_the_signature_is_found(store):
    from simulator.signing import SigningKey
    from simulator.store.seals import seal_message

    fill(store)
    tamper(store, "UPDATE results SET passed = TRUE")
    _rehash(store)
    (result_id, seq, chain_hash) = _one(store, "SELECT id, chain_seq, chain_hash FROM results")
    forger = SigningKey.generate()  # the attacker's own key, not the installation's
    forged = forger.sign(seal_message(result_id, seq, chain_hash, 0))
    tamper(
        store,
        f"UPDATE seal_signatures SET chain_hash = '{chain_hash}', signature = '{forged}', "
        f"public_key = '{forger.public.base64}', key_fingerprint = '{forger.fingerprint}'",
    )
    problems = store.audit()
    assert [p.table for p in problems] == ["results"]
    assert f"signed by key {forger.fingerprint}, which is not trusted" in problems[0].what
    # Trusting that key on purpose (--public-key) makes it pass: the key is the anchor.
    assert store.audit(trusted=[forger.public]) == []

    tamper(store, "DELETE FROM seal_signatures")
    problems = store.audit()
    assert [p.table for p in problems] == ["results"]
    assert "has no seal signature" in problems[0].what


def test_moving_where_signing_began_is_found(store):
    fill(store)
    tamper(store, "INSERT INTO seal_start (id, chain_seq) VALUES (1, 99)")
    problems = store.audit()
    assert [p.table for p in problems] == ["results"]
    assert "seal_start row was changed" in problems[0].what


def test_an_audit_without_a_trusted_key_says_so(store):
    import os
    from pathlib import Path

    from simulator.signing import key_path

    fill(store)
    os.remove(key_path())
    assert not Path(key_path()).exists()
    problems = store.audit()
    assert [p.table for p in problems] == ["seal_signatures"]
    assert "no trusted public key" in problems[0].what


def test_a_rename_through_the_store_is_recorded_and_passes(store):
    fill(store)
    person = store.set_display_name("amal", "Amal Haddad-Nasser")
    assert person.display_name == "Amal Haddad-Nasser"
    assert store.chain_length() == 7 and store.audit() == []


def test_a_rename_that_bypassed_the_store_is_found(store):
    fill(store)
    tamper(store, "UPDATE people SET display_name = 'Someone Else' WHERE name = 'amal'")
    problems = store.audit()
    assert [p.table for p in problems] == ["people"]
    assert "shown as 'Someone Else'" in problems[0].what
    assert "renamed bypassing the store" in problems[0].what


def _one(store, sql: str):
    with store.engine.connect() as conn:
        return tuple(conn.execute(text(sql)).one())


@pytest.mark.slow
def test_the_audit_command_exits_1_with_the_first_broken_link(store, migrated_url):
    fill(store)
    ok = _cli(migrated_url, "db", "audit")
    assert ok.returncode == 0, ok.stderr
    assert "chain intact (6 links checked; 1 seal signature(s) checked against key" in ok.stdout
    after = subprocess.run(  # --database-url after the subcommand, as the docs say
        [sys.executable, "-m", "simulator", "db", "audit", "--database-url", migrated_url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert after.returncode == 0 and after.stdout == ok.stdout, after.stderr
    tamper(store, "UPDATE attempts SET seed = 4", "DELETE FROM overrides")
    bad = _cli(migrated_url, "db", "audit")
    assert bad.returncode == 1, bad.stderr
    first = bad.stdout.splitlines()[0]
    assert "first broken link: attempts row" in first and "(link 3)" in first


def _cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", "--database-url", url, *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _rehash(store, only_seq: int | None = None) -> None:
    """Recompute chain hashes from the start, as an attacker who knows the scheme would."""
    from sqlalchemy.orm import Session

    with Session(store.engine) as db:
        _no_triggers(db)
        rows = sorted(
            (r for model in CHAINED for r in db.scalars(select(model))), key=lambda r: r.chain_seq
        )
        prev = chain.GENESIS
        for row in rows:
            fresh = chain.link_hash(prev, chain.row_payload(row))
            if only_seq is None or row.chain_seq == only_seq:
                row.chain_hash = fresh
            prev = row.chain_hash
        if only_seq is None:
            head = db.get(ChainHeadRow, chain.HEAD_ID)
            head.hash = prev
        db.commit()


def _no_triggers(db) -> None:
    if db.get_bind().dialect.name == "postgresql":
        db.execute(text("SET LOCAL session_replication_role = replica"))
