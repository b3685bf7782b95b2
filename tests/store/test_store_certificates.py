"""Certificates against the store: the name as issued, revocation, seal signatures that a
rewritten chain cannot forge, and a store upgraded from schema 0002."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from test_store_audit import _rehash
from test_store_exams import DATA, T0, begin, passed_sitting, play_all

from simulator.attempts.sittings import finish_sitting
from simulator.errors import StoreError
from simulator.exams.certificate import certificate_for, format_code, verify
from simulator.exams.record import sign_certificate, verify_record
from simulator.signing import SigningKey, existing_key
from simulator.store import chain, open_store
from simulator.store.db import make_engine
from simulator.store.migrate import alembic_config, upgrade
from simulator.store.models import AttemptRow, PersonRow, ResultRow

ON = dt.date(2026, 3, 2)
ALL_TABLES = (
    "attempts",
    "events",
    "results",
    "overrides",
    "exposures",
    "seal_signatures",
    "seal_start",
    "name_changes",
    "revocations",
)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    shutil.copytree(DATA, root)
    return root


def tamper(store, *statements: str) -> None:
    with store.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SET LOCAL session_replication_role = replica"))
        else:
            for table in ALL_TABLES:
                conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_update"))
                conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_delete"))
        for sql in statements:
            conn.execute(text(sql))


def trusted():
    key = existing_key()
    assert key is not None  # made when the first result was stored
    return key.public


def test_renaming_a_person_never_changes_an_issued_certificate(store, library):
    sitting_id, _ = passed_sitting(store, library)
    before = certificate_for(store, sitting_id)
    assert before.person_name == "Amal Haddad"
    signed = sign_certificate(before, store.signing_key())

    store.set_display_name("amal", "Amal Nasser")  # through the app
    assert store.person("amal").display_name == "Amal Nasser"
    assert certificate_for(store, sitting_id) == before
    assert store.audit() == []
    tamper(store, "UPDATE people SET display_name = 'Someone Else' WHERE name = 'amal'")
    assert certificate_for(store, sitting_id) == before
    assert verify(store, before.code, ON, trusted()).certificate == before
    assert sign_certificate(certificate_for(store, sitting_id), store.signing_key()) == signed
    problems = store.audit()
    assert [p.table for p in problems] == ["people"]
    assert "'Someone Else' but the store last set 'Amal Nasser'" in problems[0].what


def test_an_older_result_without_the_name_falls_back_to_the_people_table(store, library):
    sitting, clock, _, _ = begin(store, library)
    play_all(sitting, clock)
    out = sitting.to_json()  # as finish_sitting wrote it before the name was kept
    out.update(issued="2026-03-01", valid_until="2026-03-31")
    store.finish_attempt(sitting.sitting_id, out, sitting.log, {}, ended_at=T0)
    assert certificate_for(store, sitting.sitting_id).person_name == "Amal Haddad"


def test_an_admin_revokes_a_certificate_with_a_reason(store, library):
    sitting_id, _ = passed_sitting(store, library)
    code = certificate_for(store, sitting_id).code
    admin = store.create_person("rana", "admin")
    trainer = store.create_person("tarek", "trainer")
    with pytest.raises(StoreError, match="only an admin"):
        store.revoke(sitting_id, trainer.id, "no")
    with pytest.raises(StoreError, match="needs a reason"):
        store.revoke(sitting_id, admin.id, "  ")
    assert verify(store, code, ON, trusted()).status == "valid"

    revocation = store.revoke(sitting_id, admin.id, "answers were shared")
    assert store.revocation_for(sitting_id) == revocation
    assert revocation.revoked_by_name == "rana"
    result = verify(store, code, ON, trusted())
    assert result.status == "revoked" and "by rana: answers were shared" in result.reason
    assert result.revoked is not None and result.revoked["reason"] == "answers were shared"
    assert verify(store, code, dt.date(2027, 1, 1)).status == "revoked"  # expired, and revoked
    with pytest.raises(StoreError, match="already revoked"):
        store.revoke(sitting_id, admin.id, "again")
    assert store.audit() == []


def test_a_revocation_cannot_be_deleted_and_an_edit_is_found(store, library):
    sitting_id, _ = passed_sitting(store, library)
    admin = store.create_person("rana", "admin")
    store.revoke(sitting_id, admin.id, "answers were shared")
    with pytest.raises((StoreError, IntegrityError)), store._write() as db:
        db.execute(text("DELETE FROM revocations"))
    tamper(store, "UPDATE revocations SET reason = 'typo'")
    problems = store.audit()
    assert [p.table for p in problems] == ["revocations"]


def test_an_unfinished_sitting_cannot_be_revoked(store, library):
    sitting, _, _, _ = begin(store, library)
    admin = store.create_person("rana", "admin")
    with pytest.raises(StoreError, match="not finished"):
        store.revoke(sitting.sitting_id, admin.id, "why")


def test_a_failed_sitting_rewritten_into_a_pass_does_not_verify(store, library):
    """The issue's attack: with the project's own hash functions, rewrite the whole chain
    so that a failed sitting is passed. The chain holds; the seal signature does not."""
    sitting, clock, _, _ = begin(store, library)
    play_all(sitting, clock, reply="hello")  # 50 each: failed
    finish_sitting(store, sitting, ended_at=T0)
    sid = sitting.sitting_id
    truthy = "true" if "postgres" in store.url else "1"
    tamper(
        store,
        f"UPDATE results SET passed = {truthy}, score = 100 WHERE attempt_id = {sid}",
    )
    with Session(store.engine) as db:  # the forged verdict also needs its dates
        if db.get_bind().dialect.name == "postgresql":
            db.execute(text("SET LOCAL session_replication_role = replica"))
        else:
            db.execute(text("DROP TRIGGER IF EXISTS results_no_update"))
        row = db.query(ResultRow).filter_by(attempt_id=sid).one()
        row.grade = {**row.grade, "passed": True, "score": 100.0, "valid_until": "2027-01-01"}
        db.commit()
    _rehash(store)
    code = format_code(store.result_seal(sid))
    assert [p.table for p in chain_only(store)] == []  # the hash chain alone is fooled
    result = verify(store, code, ON, trusted())
    assert result.status == "invalid" and "seal signature" in result.reason
    assert any("no longer matches its seal signature" in p.what for p in store.audit())


def chain_only(store):
    with store._read() as db:
        return chain.audit(db)


def test_results_are_signed_with_the_store_key_and_checked_against_trusted_keys(
    migrated_url, library
):
    centre = SigningKey.generate()  # the admin's key, supplied to every workstation
    with open_store(migrated_url, key=centre) as store:
        sitting_id, _ = passed_sitting(store, library)
        assert store.audit(trusted=[centre.public]) == []
        other = SigningKey.generate()
        problems = store.audit(trusted=[other.public])
        assert problems and f"signed by key {centre.fingerprint}" in problems[0].what
        cert = certificate_for(store, sitting_id)
        assert verify(store, cert.code, ON, centre.public).status == "valid"
        assert verify(store, cert.code, ON, other.public).status == "invalid"
        signed = sign_certificate(cert, store.signing_key())
        assert verify_record(signed, ON, centre.public).status == "valid"


def test_a_store_from_schema_0002_is_anchored_from_its_first_signed_result(store_url):
    from alembic import command

    engine = make_engine(store_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0002")
    when = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
    with Session(engine) as db, db.begin():
        person = PersonRow(
            name="old", display_name="Old Timer", role="trainee", language="en",
            created_at=when, settings={},
        )  # fmt: skip
        db.add(person)
        db.flush()
        attempt = AttemptRow(
            person_id=person.id, scenario_id="s", scenario_sha256="1" * 64, sop_id="x",
            sop_version=1, seed=1, mode="practice", started_at=when,
        )  # fmt: skip
        chain.append(db, attempt)
        result = ResultRow(
            attempt_id=attempt.id, ended_at=when, score=10.0, passed=False,
            grade={"score": 10.0, "passed": False}, transcript=[], metrics={},
            events_count=0, events_hash=None,
        )  # fmt: skip
        chain.append(db, result)
        person_id = person.id
    upgrade(engine)
    engine.dispose()
    with open_store(store_url) as store:
        assert store.audit(trusted=[]) == []  # nothing signed yet, the old result is legacy
        assert store.chain_length() == 3  # the backfilled name is a link
        assert store.person("old").display_name == "Old Timer"
        new = store.start_attempt(
            person_id, scenario_id="s", scenario_sha256="1" * 64, sop_id="x", sop_version=1,
            seed=2, started_at=when,
        )  # fmt: skip
        store.finish_attempt(new.id, {"score": 20.0, "passed": False}, [], {}, ended_at=when)
        assert store.audit() == []
        # A rewrite of the old (unsigned) result breaks the link the new signature pins.
        tamper(store, "UPDATE results SET score = 99 WHERE id = 1")
        _rehash(store)
        problems = store.audit()
        assert any("no longer matches its seal signature" in p.what for p in problems)


def test_a_trainers_override_that_the_sitting_failed_withdraws_its_certificate(store, library):
    sitting_id, _ = passed_sitting(store, library)
    cert = certificate_for(store, sitting_id)
    assert verify(store, cert.code, ON).status == "valid"
    trainer = store.create_person("tariq", "trainer")
    store.add_override(sitting_id, trainer.id, passed=False, reason="answers were copied")
    with pytest.raises(StoreError, match="not passed"):
        certificate_for(store, sitting_id)
    assert verify(store, cert.code, ON).status == "invalid"
    assert store.attempt(sitting_id).passed is False  # the exam verdict of record
    assert store.result_for(sitting_id).passed is True  # the automatic one, kept


def test_an_exam_that_requires_review_issues_its_certificate_once_a_trainer_confirms(
    store, library
):
    exam = library / "exams" / "mini.yaml"
    exam.write_text(exam.read_text() + "review_required: true\n")
    sitting_id, _ = passed_sitting(store, library)
    assert store.result_for(sitting_id).grade["review_required"] is True
    with pytest.raises(StoreError, match="once a trainer confirms"):
        certificate_for(store, sitting_id)
    code = format_code(store.result_seal(sitting_id))
    assert verify(store, code, ON).status == "invalid"
    trainer = store.create_person("tariq", "trainer")
    # A criterion override of an item is no confirmation of the sitting's verdict.
    store.add_override(sitting_id, trainer.id, passed=True, criterion_id="x", reason="fine")
    with pytest.raises(StoreError, match="once a trainer confirms"):
        certificate_for(store, sitting_id)
    store.add_override(sitting_id, trainer.id, passed=True, reason="watched the recording")
    assert certificate_for(store, sitting_id).code == code
    assert verify(store, code, ON).status == "valid"


def test_an_uncertain_criterion_makes_a_sitting_wait_for_review():
    from simulator.grading.verdict import needs_review

    sure = {"criteria": [{"id": "a", "passed": True}]}
    unsure = {"criteria": [{"id": "a", "passed": True, "uncertain": True}]}
    assert not needs_review(False, [sure])
    assert needs_review(False, [sure, unsure]) and needs_review(True, [])
