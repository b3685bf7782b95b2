"""A session's measures: first response, handle time, SLA, waiting, first touch, typing."""

from __future__ import annotations

from simulator.clock import SimulatedClock
from simulator.content.model import Action, Event, LocalText, Rubric, Thread
from simulator.engine import Session
from tests.builders import make_scenario, make_sop

THREADS = (Thread("mail", "email"), Thread("chat", "chat"), Thread("form", "ticket"))


def make(*timeline: Event, sla: dict[str, float] | None = None, sop_sla=None):
    sc = make_scenario(
        "m",
        title="M",
        sop="s",
        difficulty=1,
        threads=THREADS,
        timeline=timeline,
        rubric=Rubric(80, ()),
        sla_s=sla or {},
    )
    sop = make_sop("s", title=LocalText("S", "S"), sla_s=sop_sla or {})
    clock = SimulatedClock()
    return Session(sc, sop, seed=1, clock=clock, persona={}), clock


def ev(t: float, thread: str, text: str = "msg") -> Event:
    return Event(thread, text, at_s=t)


def test_first_response_and_handle_time_per_thread():
    s, clock = make(ev(0, "mail"), ev(10, "chat"))
    clock.set(40)
    s.reply("chat", "hi")
    clock.set(100)
    s.reply("mail", "hello")
    clock.set(130)
    s.act(Action("resolve", thread="chat"))
    clock.set(200)
    s.advance()
    m = s.metrics()["threads"]
    assert m["chat"]["first_response_s"] == 30.0 and m["chat"]["handle_s"] == 120.0
    assert m["mail"]["first_response_s"] == 100.0 and m["mail"]["handle_s"] == 200.0  # still open
    assert m["form"]["first_response_s"] is None and m["form"]["handle_s"] is None
    s.end()
    assert s.metrics()["threads"]["mail"]["handle_s"] == 200.0


def test_sla_targets_default_then_sop_then_scenario():
    s, clock = make(
        ev(0, "chat"),
        ev(0, "mail"),
        ev(0, "form"),
        sla={"email": 50},
        sop_sla={"chat": 20, "email": 10},
    )
    targets = {k: v["sla_target_s"] for k, v in s.metrics()["threads"].items()}
    assert targets == {"mail": 50.0, "chat": 20.0, "form": 4 * 3600.0}
    clock.set(20)
    s.reply("chat", "in time")  # exactly at the target
    clock.set(50.5)
    s.reply("mail", "late")
    m = s.metrics()["threads"]
    assert m["chat"]["sla_breached"] is False
    assert m["mail"]["sla_breached"] is True
    assert m["form"]["sla_breached"] is False


def test_an_unanswered_thread_breaches_once_its_target_passes():
    s, clock = make(ev(0, "chat"))
    clock.set(60)
    s.advance()
    assert s.metrics()["threads"]["chat"]["sla_breached"] is False
    clock.set(61)
    s.advance()
    assert s.metrics()["threads"]["chat"]["sla_breached"] is True
    assert s.metrics()["sla_breaches"] == 1


def test_max_waiting_counts_threads_awaiting_a_reply_at_once():
    s, clock = make(ev(0, "mail"), ev(5, "chat"), ev(30, "form"))
    clock.set(10)
    s.reply("mail", "hi")
    clock.set(40)
    s.advance()
    assert s.metrics()["max_waiting"] == 2  # chat and form; mail was answered
    s2, clock2 = make(ev(0, "mail"), ev(5, "chat"), ev(30, "form"))
    clock2.set(40)
    s2.advance()
    assert s2.metrics()["max_waiting"] == 3


def test_first_touch_resolution():
    s, clock = make(
        ev(0, "mail"), ev(0, "chat"), ev(50, "chat", "and another thing"), ev(0, "form")
    )
    clock.set(10)
    s.reply("mail", "done")
    s.reply("chat", "done")
    s.act(Action("resolve", thread="mail"))
    clock.set(60)
    s.reply("chat", "ok")
    s.act(Action("resolve", thread="chat"))
    s.act(Action("resolve", thread="form"))  # resolved without a reply: no touch
    m = s.metrics()
    assert [m["threads"][t]["first_touch_resolution"] for t in ("mail", "chat", "form")] == [
        True,
        False,
        False,
    ]
    assert m["first_touch_resolution"] == round(1 / 3, 3)


def test_words_per_minute_from_reported_keystrokes():
    s, clock = make(ev(0, "mail"), ev(0, "chat"))
    assert s.metrics()["wpm"] is None
    clock.set(10)
    s.type_keys("mail", 50)
    clock.set(25)
    s.type_keys("mail", 100)
    clock.set(40)
    s.reply("mail", "x" * 150)  # 150 keystrokes in 30 s = 30 words in half a minute
    assert s.metrics()["wpm"] == 60.0
    clock.set(50)
    s.type_keys("chat", 100)
    clock.set(80)
    s.reply("chat", "y")  # 250 keystrokes in 60 s: 50 wpm over both
    assert s.metrics()["wpm"] == 50.0
    assert [i["kind"] for i in s.inputs] == ["keys", "keys", "reply", "keys", "reply"]
