"""save_event's two paths: on PostgreSQL one round trip when the Store knows the attempt's
last event, else (and on SQLite) the locked transaction. Either way: no fork, nothing
lost or doubled, nothing after the finish, the same stored rows."""

from __future__ import annotations

import datetime as dt
import threading
import time

import psycopg
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.engine import make_url

from simulator.errors import StoreError
from simulator.store import StoredEvent, chain, open_store
from simulator.store.eventlog import PREPARE, SAVE, EventLog
from simulator.store.models import EventRow

T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


def _start(store, name="amal"):
    person = store.create_person(name, "trainee")
    return store.start_attempt(
        person.id, scenario_id="s", scenario_sha256="4" * 64, sop_id="x", sop_version=1,
        seed=1, started_at=T0,
    )  # fmt: skip


def _reply(i: int, who: str = "") -> dict:
    return {"kind": "reply", "at_s": float(i), "thread": "m", "text": f"{who}reply {i}"}


def _texts(store, attempt_id: int) -> list[str]:
    return [e.data["text"] for e in store.events_for(attempt_id)]


def _is_postgres(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def _conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _count_fast_saves(store, monkeypatch) -> list[bool]:
    """Records, per save through the fast path, whether it saved (True) or fell back."""
    outcomes: list[bool] = []
    if store._events is None:
        return outcomes
    append = store._events.append

    def counted(*args, **kwargs):
        saved = append(*args, **kwargs)
        outcomes.append(isinstance(saved, StoredEvent))
        return saved

    monkeypatch.setattr(store._events, "append", counted)
    return outcomes


def test_the_fast_path_saves_every_reply_of_a_started_attempt(store, migrated_url, monkeypatch):
    a = _start(store)
    fast = _count_fast_saves(store, monkeypatch)
    saved = [store.save_event(a.id, _reply(i)) for i in range(6)]
    assert [e.seq for e in saved] == list(range(1, 7))
    assert fast == ([True] * 6 if _is_postgres(migrated_url) else [])
    assert [e.data for e in saved] == [e.data for e in store.events_for(a.id)]
    store.finish_attempt(a.id, {"score": 1.0, "passed": True}, [], {}, ended_at=T0)
    assert store.audit() == []


def test_two_stores_writing_one_attempt_never_fork_it(store, migrated_url):
    """Each Store's idea of the last event goes stale when the other one writes."""
    a = _start(store)
    with open_store(migrated_url) as other:
        writers = [store, other, store, store, other, other, store, other]
        saved = [w.save_event(a.id, _reply(i)) for i, w in enumerate(writers)]
        assert [e.seq for e in saved] == list(range(1, 9))
        assert _texts(other, a.id) == [f"reply {i}" for i in range(8)]
        result = other.finish_attempt(a.id, {"score": 1.0, "passed": True}, [], {}, ended_at=T0)
        assert result.attempt_id == a.id
    assert store.audit() == []


def test_a_save_after_another_store_finished_the_attempt_is_refused(store, migrated_url):
    a = _start(store)
    store.save_event(a.id, _reply(0))  # this Store knows the last event
    with open_store(migrated_url) as other:
        other.finish_attempt(a.id, {"score": 1.0, "passed": True}, [], {}, ended_at=T0)
    with pytest.raises(StoreError, match="is finished"):
        store.save_event(a.id, _reply(1))
    assert _texts(store, a.id) == ["reply 0"]
    assert store.audit() == []


def test_a_missing_attempt_is_refused(store):
    with pytest.raises(StoreError, match="no such attempt"):
        store.save_event(4242, _reply(0))


def test_both_paths_store_the_same_bytes(store, migrated_url):
    """An event saved by a Store that knows the attempt (fast path on PostgreSQL) and one
    saved by a Store that does not (the locked path) are stored alike."""
    words = "مرحبا، شكرا لتواصلك معنا ' \" \\ \u2028 😀"
    event = {"kind": "reply", "at_s": 1e-7 + 123456.789, "thread": "main", "n": 3, "x": 0.1,
             "ok": True, "text": words, "nested": {"b": [1, None]}}  # fmt: skip
    a, b = _start(store, "amal"), _start(store, "badr")
    store.save_event(a.id, event)
    store.save_event(a.id, {**event, "at_s": -0.0})  # >= 0: saved as 0.0 (SQLite has no -0.0)
    with open_store(migrated_url) as other:
        other.save_event(b.id, event)  # other knows nothing of b: the locked path
        other.save_event(b.id, {**event, "at_s": -0.0})
    columns = "seq, CAST(at_s AS TEXT), kind, CAST(data AS TEXT)"
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT attempt_id, {columns} FROM events ORDER BY attempt_id")
        ).all()
    assert [r[1:] for r in rows if r[0] == a.id] == [r[1:] for r in rows if r[0] == b.id]
    assert store.audit() == []


def test_session_seconds_read_back_exactly(store):
    a = _start(store)
    seconds = [0, 0.1, 2.5, 1 / 3, 1e-7, 5e-324, 1e15 + 0.125, 1.7976931348623157e308, 7]
    for s in seconds:
        store.save_event(a.id, {"kind": "keys", "at_s": s})
    assert [e.at_s for e in store.events_for(a.id)] == [float(s) for s in seconds]
    assert store.audit() == []


@given(
    at_s=st.floats(min_value=0, max_value=1e9, allow_nan=False),
    kind=st.text(min_size=1, max_size=8),
    data=st.dictionaries(
        st.text(max_size=5),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False,
            allow_infinity=False) | st.text(max_size=8),
            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3),
            inner, max_size=3),
            max_leaves=8,
        ),
        max_size=4,
    ),
)  # fmt: skip
def test_event_payload_is_the_row_payload_of_the_event(at_s, kind, data):
    row = EventRow(attempt_id=7, seq=3, at_s=at_s, kind=kind, data=data)
    row.chain_seq = None
    assert chain.event_payload(7, 3, at_s, kind, data) == chain.row_payload(row)
    assert chain.canonical(chain.event_payload(7, 3, at_s, kind, data)) == chain.canonical(
        chain.row_payload(row)
    )


def test_threads_sharing_a_store_save_in_order(store):
    attempts = [_start(store, f"t{i}") for i in range(4)]
    errors: list[BaseException] = []

    def write(attempt_id: int) -> None:
        try:
            for i in range(15):
                store.save_event(attempt_id, _reply(i))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(a.id,)) for a in attempts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    for a in attempts:
        assert [e.seq for e in store.events_for(a.id)] == list(range(1, 16))
    assert store.audit() == []


# --- PostgreSQL: writers that meet on the attempt's row lock --------------------------

pg_only = pytest.mark.parametrize("migrated_url", ["postgresql"], indirect=True)


def _wait_until_blocked(admin: psycopg.Connection, waiting: int = 1) -> None:
    """Until ``waiting`` sessions of this database wait for a lock (10 s at most)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        n = admin.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        ).fetchone()
        if n and n[0] >= waiting:
            return
        time.sleep(0.02)
    raise AssertionError("nobody waited for the lock")


class _Background(threading.Thread):
    """Runs ``call`` in a thread; ``result()`` gives its value or raises its error."""

    def __init__(self, call) -> None:
        super().__init__(daemon=True)
        self.call, self.value, self.error = call, None, None
        self.start()

    def run(self) -> None:
        try:
            self.value = self.call()
        except BaseException as exc:
            self.error = exc

    def result(self):
        self.join(30)
        assert not self.is_alive()
        if self.error is not None:
            raise self.error
        return self.value


def _pause_in(monkeypatch, module, name: str, when=lambda *args: True):
    """Make ``module.name`` stop after it ran (in its transaction) until released."""
    paused, release = threading.Event(), threading.Event()
    original = getattr(module, name)

    def pausing(*args, **kwargs):
        value = original(*args, **kwargs)
        if when(*args):
            paused.set()
            release.wait(30)
        return value

    monkeypatch.setattr(module, name, pausing)
    return paused, release


@pg_only
def test_locked_saves_queue_on_the_attempt_and_link_in_order(store, migrated_url, monkeypatch):
    """A save that waited for the attempt's lock links to the event committed meanwhile
    (a read in the locking statement would see the state from before the wait)."""
    a = _start(store)
    store.save_event(a.id, _reply(0))
    main = threading.current_thread()
    paused, release = _pause_in(
        monkeypatch, chain, "append_event", lambda *_: threading.current_thread() is not main
    )
    with (
        open_store(migrated_url) as one,
        open_store(migrated_url) as two,
        psycopg.connect(_conninfo(migrated_url), autocommit=True) as admin,
    ):
        holder = _Background(lambda: one.save_event(a.id, _reply(1)))  # locked path, pauses
        assert paused.wait(10)
        monkeypatch.undo()  # two's save does not pause
        waiter = _Background(lambda: two.save_event(a.id, _reply(2)))
        _wait_until_blocked(admin)
        release.set()
        assert holder.result().seq == 2
        assert waiter.result().seq == 3
    assert _texts(store, a.id) == ["reply 0", "reply 1", "reply 2"]
    assert store.audit() == []


def _fast_save_in_flight(url: str, attempt_id: int, last: tuple[int, str], event: dict):
    """A fast-path save stopped before its commit: the same two statements, in a
    transaction left open. Returns the connection (commit() it) and the event's number."""
    seq, previous = last[0] + 1, last[1]
    data = {k: v for k, v in event.items() if k not in ("kind", "at_s")}
    payload = chain.event_payload(attempt_id, seq, event["at_s"], event["kind"], data)
    params = {
        "attempt_id": attempt_id, "seq": seq, "at_s": event["at_s"], "kind": event["kind"],
        "data": psycopg.types.json.Json(data), "previous": previous,
        "chain_hash": chain.link_hash(previous, payload),
    }  # fmt: skip
    conn = psycopg.connect(_conninfo(url))  # not autocommit: the transaction stays open
    conn.execute(PREPARE)
    cursor = psycopg.ClientCursor(conn)
    cursor.execute(SAVE, params)
    assert cursor.nextset() and cursor.fetchone() is not None
    return conn, seq


@pg_only
def test_a_finish_waits_for_a_fast_save_in_flight_and_seals_it(store, migrated_url):
    a = _start(store)
    saved = store.save_event(a.id, _reply(0))
    last = store._events._last[a.id]
    assert last[0] == saved.seq
    with psycopg.connect(_conninfo(migrated_url), autocommit=True) as admin:
        in_flight, seq = _fast_save_in_flight(migrated_url, a.id, last, _reply(1))
        with open_store(migrated_url) as other:
            finishing = _Background(
                lambda: other.finish_attempt(a.id, {"score": 1.0}, [], {}, ended_at=T0)
            )
            _wait_until_blocked(admin)
            in_flight.commit()
            in_flight.close()
            finishing.result()
    assert seq == 2 and _texts(store, a.id) == ["reply 0", "reply 1"]
    with store.engine.connect() as conn:
        count = conn.execute(text("SELECT events_count FROM results WHERE attempt_id = :a"),
                             {"a": a.id}).scalar()  # fmt: skip
    assert count == 2
    assert store.audit() == []


@pg_only
def test_a_fast_save_meeting_a_finish_in_flight_is_refused(store, migrated_url, monkeypatch):
    a = _start(store)
    store.save_event(a.id, _reply(0))  # store knows the last event: its next save is fast
    main = threading.current_thread()
    paused, release = _pause_in(
        monkeypatch, chain, "append", lambda *_: threading.current_thread() is not main
    )
    fast = _count_fast_saves(store, monkeypatch)
    with (
        open_store(migrated_url) as other,
        psycopg.connect(_conninfo(migrated_url), autocommit=True) as admin,
    ):
        finishing = _Background(
            lambda: other.finish_attempt(a.id, {"score": 1.0}, [], {}, ended_at=T0)
        )
        assert paused.wait(10)  # the result is written, not committed; the attempt locked
        saving = _Background(lambda: store.save_event(a.id, _reply(1)))
        _wait_until_blocked(admin)
        release.set()
        finishing.result()
        with pytest.raises(StoreError, match="is finished"):
            saving.result()
    assert fast == [False]  # the fast path inserted nothing; the locked path refused
    assert _texts(store, a.id) == ["reply 0"]
    assert store.audit() == []


@pg_only
def test_a_save_after_the_server_dropped_the_connection_goes_through(store, migrated_url):
    a = _start(store)
    store.save_event(a.id, _reply(0))
    pid = store._events._conn.info.backend_pid
    with psycopg.connect(_conninfo(migrated_url), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    assert store.save_event(a.id, _reply(1)).seq == 2
    assert store.save_event(a.id, _reply(2)).seq == 3  # on a new connection
    assert store._events._conn.info.backend_pid != pid
    assert _texts(store, a.id) == ["reply 0", "reply 1", "reply 2"]


@pg_only
def test_a_save_whose_answer_was_lost_is_stored_once(store, monkeypatch):
    """The server committed, the connection broke before the answer: the locked path
    finds the event and returns it instead of saving it again."""
    a = _start(store)
    store.save_event(a.id, _reply(0))
    send = EventLog._send

    def lose_the_answer(cursor, params):
        send(cursor, params)
        cursor.connection.close()
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(EventLog, "_send", staticmethod(lose_the_answer))
    saved = store.save_event(a.id, _reply(1))
    monkeypatch.undo()
    assert saved.seq == 2 and saved.data["text"] == "reply 1"
    assert store.save_event(a.id, _reply(2)).seq == 3
    assert _texts(store, a.id) == ["reply 0", "reply 1", "reply 2"]
    assert store.audit() == []


@pg_only
def test_a_save_lost_before_the_server_saw_it_is_saved_by_the_locked_path(store, monkeypatch):
    a = _start(store)
    store.save_event(a.id, _reply(0))

    def never_sent(cursor, params):
        cursor.connection.close()
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(EventLog, "_send", staticmethod(never_sent))
    assert store.save_event(a.id, _reply(1)).seq == 2
    monkeypatch.undo()
    assert _texts(store, a.id) == ["reply 0", "reply 1"]
    assert store.audit() == []


def _child_saves(store, attempt_id: int, out) -> None:
    saved = store.save_event(attempt_id, _reply(0, "child "))
    out.put((saved.seq, store._events._conn.info.backend_pid))


@pg_only
def test_a_forked_child_saves_on_its_own_connection(store):
    """A Store used on both sides of a fork: the child opens its own connection (the
    socket it inherited is the parent's) and the parent's keeps working."""
    import multiprocessing

    a, b = _start(store, "amal"), _start(store, "badr")
    store.save_event(a.id, _reply(0))
    parent_pid = store._events._conn.info.backend_pid
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    child = ctx.Process(target=_child_saves, args=(store, b.id, out))
    child.start()
    seq, child_pid = out.get(timeout=30)
    child.join(30)
    assert child.exitcode == 0 and seq == 1 and child_pid != parent_pid
    assert store.save_event(a.id, _reply(1)).seq == 2
    assert store._events._conn.info.backend_pid == parent_pid
    assert _texts(store, b.id) == ["child reply 0"]
    assert store.audit() == []
