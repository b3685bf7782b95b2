"""Exam sittings in the store: saved as they happen, resumed after a crash, verdicts that
nobody can change unseen, and certificates that verify (valid, tampered, expired)."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import select
import shutil
import signal
import struct
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from simulator.attempts.sessions import finish_session
from simulator.attempts.sittings import (
    finish_sitting,
    resume_sitting,
    settle_expired,
    sittings_for,
    start_sitting,
    time_left,
    unfinished_sittings,
)
from simulator.clock import SimulatedClock
from simulator.content.library import load_library
from simulator.errors import StoreError
from simulator.exams.certificate import (
    certificate_for,
    format_code,
    render_html,
    verify,
)
from simulator.exams.definition import load_exam
from simulator.store import open_store

DATA = Path(__file__).resolve().parents[1] / "core" / "exams" / "data" / "library"
T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
GOOD = "hello, happy to help"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    shutil.copytree(DATA, root)
    return root


def begin(store, library: Path, seed: int = 2, clock: SimulatedClock | None = None):
    exam = load_exam(library / "exams" / "mini.yaml")
    lib = load_library(library)
    person = store.create_person("amal", "trainee", display_name="Amal Haddad")
    clock = clock or SimulatedClock()
    sitting = start_sitting(
        store, person.id, exam, seed=seed, clock=clock, started_at=T0, library=lib
    )
    return sitting, clock, exam, lib


def play_item(sitting, clock, reply: str = GOOD) -> None:
    session = sitting.start()
    clock.advance(30)
    session.reply("main", reply)
    clock.advance(30)
    sitting.finish_item()


def play_all(sitting, clock, reply: str = GOOD) -> None:
    while not sitting.done:
        play_item(sitting, clock, reply)


def tamper(store, *statements: str) -> None:
    """Change rows with raw SQL as someone with rights over the database would."""
    with store.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SET LOCAL session_replication_role = replica"))
        else:
            for table in ("attempts", "events", "results"):
                conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_update"))
                conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_delete"))
        for sql in statements:
            conn.execute(text(sql))


@pytest.fixture
def timed(migrated_url):
    """A store whose clock is T0 plus a simulated world clock the test moves: the store's
    clock times sittings (``server_now``); a new process gets a new monotonic clock."""
    world = SimulatedClock()
    s = open_store(migrated_url, now=lambda: T0 + dt.timedelta(seconds=world.now()))
    yield s, world
    s.close()


def test_a_sitting_and_each_item_are_saved_as_they_happen(store, library):
    sitting, clock, _, _ = begin(store, library)
    stored = store.attempt(sitting.sitting_id)
    assert (stored.scenario_id, stored.mode, stored.sop_version, stored.seed) == (
        "exam:mini",
        "exam",
        2,
        2,
    )
    play_item(sitting, clock)
    session = sitting.start()
    clock.advance(12)
    session.reply("main", "hello")
    log = store.events_for(sitting.sitting_id)
    assert [e.kind for e in log] == ["begin", "item-start", "item-end", "item-start"]
    assert log[0].data["order"] == [sc.id for sc in sitting.order]
    assert log[0].data["clock"] == "wall"
    first, second = log[1].data["attempt_id"], log[3].data["attempt_id"]
    assert store.attempt(first).mode == "exam" and store.attempt(first).passed is True
    assert [e.kind for e in store.events_for(second)] == ["reply"]  # committed at once
    assert [a.id for a in unfinished_sittings(store, stored.person_id)] == [sitting.sitting_id]


def test_time_while_the_app_is_closed_counts(timed, library):
    """Killing the app does not rewind the exam clock: a sitting's time is wall time."""
    store, world = timed
    sitting, _, exam, lib = begin(store, library, clock=world)
    play_item(sitting, world)  # exam seconds 0..60
    session = sitting.start()
    world.advance(40)
    session.reply("main", "hello")  # the last thing stored: exam second 100
    world.advance(50)  # time passes; then the program dies
    sitting_id = sitting.sitting_id
    del sitting, session
    world.advance(100)  # closed for 100 s more

    later = SimulatedClock()  # a new process: a new monotonic clock
    back = resume_sitting(store, sitting_id, later, exam_path=exam.path, library=lib)
    assert back.index == 1 and back.session is not None
    assert back.elapsed_s == 250.0  # every second since the start counts
    assert back.remaining_s == exam.time_limit_s - 250.0
    assert [m.text for m in back.session.messages if m.sender == "trainee"] == ["hello"]
    later.advance(10)
    back.session.reply("main", "happy to help")
    assert back.session.messages[-1].at_s == 200.0  # item time is exam time since its start
    back.finish_item()
    play_all(back, later)
    result = finish_sitting(store, back)
    assert result.passed and store.audit() == []


def test_a_pause_open_at_a_crash_is_not_credited_but_closed_ones_are(timed, library):
    store, world = timed
    sitting, _, exam, lib = begin(store, library, clock=world)
    session = sitting.start()
    world.advance(20)
    sitting.pause("support")
    world.advance(300)
    sitting.resume("support")  # credited: 300 s
    session.reply("main", GOOD)
    sitting.pause("support")
    world.advance(100)  # open at the crash: not credited
    back = resume_sitting(
        store, sitting.sitting_id, SimulatedClock(), library=lib, exam_path=exam.path
    )
    assert back.elapsed_s == 120.0
    assert not back.paused  # the front end asks again


def test_a_workstation_clock_set_back_gains_nothing(timed, library):
    store, world = timed
    sitting, _, exam, lib = begin(store, library, clock=world)
    play_item(sitting, world)
    world._now = 0.0  # the store's clock reads the start time again
    back = resume_sitting(
        store, sitting.sitting_id, SimulatedClock(), library=lib, exam_path=exam.path
    )
    assert back.elapsed_s == 60.0  # never less than what was already stored


def test_a_sitting_whose_time_ran_out_while_closed_is_settled_at_sign_in(timed, library):
    store, world = timed
    sitting, _, exam, _ = begin(store, library, clock=world)
    play_item(sitting, world)
    session = sitting.start()
    world.advance(30)
    session.reply("main", GOOD)
    person = store.attempt(sitting.sitting_id).person_id
    assert settle_expired(store, person, SimulatedClock(), library_root=library) == []
    world.advance(exam.time_limit_s)  # the app stays closed past the limit
    assert time_left(store, store.attempt(sitting.sitting_id), exam) == 0.0
    (result,) = settle_expired(store, person, SimulatedClock(), library_root=library)
    assert result.attempt_id == sitting.sitting_id
    assert result.grade["time_up"] is True
    items = result.grade["items"]
    assert [i["status"] for i in items] == ["graded", "graded", "not-reached", "not-reached"]
    assert items[1]["score"] == 100.0  # graded on what was committed
    assert unfinished_sittings(store, person) == []


def test_a_sitting_resumed_past_its_time_limit_ends(timed, library):
    store, world = timed
    sitting, _, exam, lib = begin(store, library, clock=world)
    play_item(sitting, world)
    world.advance(exam.time_limit_s - 60 - 65)  # time between items is exam time
    session = sitting.start()
    world.advance(30)
    session.reply("main", GOOD)  # 35 s before the end
    sitting_id = sitting.sitting_id
    later = SimulatedClock()
    back = resume_sitting(store, sitting_id, later, exam_path=exam.path, library=lib)
    assert not back.done
    assert back.remaining_s == 35.0
    later.advance(36)
    assert back.check_time() and back.done
    assert [i.status for i in back.items()] == [
        "graded",
        "graded",
        "not-reached",
        "not-reached",
    ]
    result = finish_sitting(store, back, ended_at=T0)
    assert result.passed is False and result.grade["valid_until"] is None
    with pytest.raises(StoreError, match="not passed"):
        certificate_for(store, sitting_id)
    with pytest.raises(StoreError, match="finished"):
        resume_sitting(store, sitting_id, later, exam_path=exam.path, library=lib)


def _sitter(url: str, library: Path, ack_fd: int) -> None:
    """A trainee's app: one item done, the second one started with a reply; then it hangs."""
    store = open_store(url)
    clock = SimulatedClock()
    sitting, clock, _, _ = begin(store, library, clock=clock)
    play_item(sitting, clock)
    session = sitting.start()
    clock.advance(25)
    session.reply("main", "hello")
    os.write(ack_fd, struct.pack("!I", sitting.sitting_id))
    time.sleep(60)


def test_a_killed_process_resumes_its_sitting(store, migrated_url, library):
    store.engine.dispose()  # no pooled connection may be shared with the child
    read_fd, write_fd = os.pipe()
    child = multiprocessing.get_context("fork").Process(
        target=_sitter, args=(migrated_url, library, write_fd)
    )
    child.start()
    try:
        assert select.select([read_fd], [], [], 60)[0], "the child never got going"
        (sitting_id,) = struct.unpack("!I", os.read(read_fd, 4))
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        os.close(read_fd)
        os.close(write_fd)
    exam = load_exam(library / "exams" / "mini.yaml")
    # The store's clock, 5 minutes after the sitting started.
    after = open_store(migrated_url, now=lambda: T0 + dt.timedelta(minutes=5))
    later = SimulatedClock()
    back = resume_sitting(after, sitting_id, later, exam_path=exam.path)
    assert back.index == 1 and back.session is not None and back.elapsed_s == 300.0
    assert [m.text for m in back.session.messages if m.sender == "trainee"] == ["hello"]
    back.session.reply("main", "happy to help")
    back.finish_item()
    play_all(back, later)
    assert finish_sitting(after, back, ended_at=T0).passed
    assert after.audit() == []
    after.close()


def test_a_swap_survives_a_crash(timed, library):
    store, world = timed
    sitting, _, exam, lib = begin(store, library, clock=world)
    play_item(sitting, world)
    sitting.pause("briefing")
    world.advance(120)
    sitting.skip()
    sitting.resume("briefing")
    back = resume_sitting(
        store, sitting.sitting_id, SimulatedClock(), exam_path=exam.path, library=lib
    )
    assert back.current is not None and back.current.id == "lighter"
    assert back.swapped_from == {1: "hard-sensitive"}
    assert back.elapsed_s == 60.0  # the briefing's two minutes are not exam time


def test_an_item_stored_just_before_a_crash_is_not_played_again(store, library):
    sitting, clock, exam, lib = begin(store, library)
    session = sitting.start()
    clock.advance(30)
    session.reply("main", GOOD)
    session.end()
    # The item's result is stored, then the program dies before the sitting logs it.
    finish_session(store, sitting.attempt_id, session, ended_at=T0)
    back = resume_sitting(
        store, sitting.sitting_id, SimulatedClock(), exam_path=exam.path, library=lib
    )
    assert back.index == 1 and back.session is None
    assert back.results[0].score == 100.0 and back.results[0].scenario_id == "easy-a"
    assert [e.kind for e in store.events_for(sitting.sitting_id)][-1] == "item-end"


def test_a_changed_exam_file_cannot_be_resumed(store, library):
    sitting, _, exam, lib = begin(store, library)
    assert exam.path is not None
    exam.path.write_text(exam.path.read_text() + "\n# changed\n")
    with pytest.raises(StoreError, match="changed since the sitting started"):
        resume_sitting(
            store, sitting.sitting_id, SimulatedClock(), exam_path=exam.path, library=lib
        )


def passed_sitting(store, library):
    sitting, clock, exam, _ = begin(store, library)
    play_all(sitting, clock)
    finish_sitting(store, sitting, ended_at=T0 + dt.timedelta(hours=2))
    return sitting.sitting_id, exam


def test_a_passed_sitting_has_a_certificate_that_verifies(store, library):
    sitting_id, _ = passed_sitting(store, library)
    cert = certificate_for(store, sitting_id)
    assert cert.id == f"FL-{sitting_id:06d}" and cert.person_name == "Amal Haddad"
    assert (cert.exam_id, cert.exam_version, cert.score) == ("mini", 2, 100.0)
    assert cert.issued == dt.date(2026, 3, 1) and cert.valid_until == dt.date(2026, 3, 31)
    assert cert.code == format_code(store.result_seal(sitting_id))
    assert [s.id for s in sittings_for(store, cert.person_id)] == [sitting_id]

    ok = verify(store, cert.code, dt.date(2026, 3, 31))
    assert ok.status == "valid" and ok.certificate == cert
    assert verify(store, cert.code.lower().replace("-", ""), dt.date(2026, 3, 2)).status == "valid"
    late = verify(store, cert.code, dt.date(2026, 4, 1))
    assert late.status == "expired" and "2026-03-31" in late.reason
    other = (
        "0000-0000-0000-0000-0000"
        if not cert.code.startswith("0000")
        else "FFFF-FFFF-FFFF-FFFF-FFFF"
    )
    assert verify(store, other, dt.date(2026, 3, 2)).status == "invalid"

    page = render_html(cert)
    assert 'dir="rtl"' in page and 'lang="ar"' in page and cert.code in page
    assert "Amal Haddad" in page and "اختبار صغير" in page
    assert "Mini exam" in page and "100%" in page


def test_an_edited_exam_result_is_found_by_the_audit_and_the_certificate_fails(store, library):
    sitting_id, _ = passed_sitting(store, library)
    code = certificate_for(store, sitting_id).code
    tamper(store, f"UPDATE results SET score = 99.5 WHERE attempt_id = {sitting_id}")
    problems = store.audit()
    assert any(p.table == "results" and "changed" in p.what for p in problems)
    result = verify(store, code, dt.date(2026, 3, 2))
    assert result.status == "invalid" and "changed" in result.reason
    with pytest.raises(StoreError, match="changed"):
        certificate_for(store, sitting_id)


def test_an_edited_sitting_log_is_found_by_the_audit(store, library):
    sitting_id, _ = passed_sitting(store, library)
    assert store.audit() == []
    tamper(
        store,
        "UPDATE events SET at_s = 1 WHERE seq = 2 AND attempt_id = " + str(sitting_id),
    )
    assert any(p.table == "events" for p in store.audit())


def test_a_forged_pass_is_found(store, library):
    sitting, clock, _, _ = begin(store, library)
    play_all(sitting, clock, reply="hello")  # 50 each: failed
    result = finish_sitting(store, sitting, ended_at=T0)
    assert result.passed is False
    code = format_code(store.result_seal(sitting.sitting_id))
    assert verify(store, code, dt.date(2026, 3, 2)).status == "invalid"
    tamper(
        store,
        f"UPDATE results SET passed = {'true' if 'postgres' in store.url else '1'}, score = 100 "
        f"WHERE attempt_id = {sitting.sitting_id}",
    )
    assert verify(store, code, dt.date(2026, 3, 2)).status == "invalid"
    assert store.audit() != []


def test_the_database_refuses_to_change_a_stored_verdict(store, library):
    sitting_id, _ = passed_sitting(store, library)
    with pytest.raises((StoreError, IntegrityError)), store._write() as db:
        db.execute(text(f"UPDATE results SET score = 1 WHERE attempt_id = {sitting_id}"))
    assert store.audit() == []
