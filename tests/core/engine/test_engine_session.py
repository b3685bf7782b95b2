"""The Session's timeline, clock edges, actions and end rules, on hand-built scenarios."""

from __future__ import annotations

import pytest

from simulator.clock import SimulatedClock
from simulator.content.model import (
    SOP,
    Account,
    Action,
    Attachment,
    Event,
    LocalText,
    Macro,
    Rubric,
    Scenario,
    Sensitivity,
    Thread,
    Trigger,
)
from simulator.engine import Session
from simulator.engine.types import ENDED, MESSAGE, OVERDUE, REOPENED
from simulator.errors import SessionError

THREADS = (Thread("main", "email"), Thread("chat", "chat"), Thread("form", "ticket"))
SOP_ = SOP(
    id="recovery",
    version=1,
    title=LocalText("Recovery", "استعادة"),
    macros=(Macro("link", LocalText("Hi {name}, here is your link", "مرحبا {name}، هذا الرابط")),),
    teams=("account-security",),
)


def scenario(*timeline: Event, language: str = "en", time_limit: float = 3600.0) -> Scenario:
    return Scenario(
        id="t",
        language=language,
        title="T",
        sop="recovery",
        difficulty=1,
        threads=THREADS,
        timeline=timeline,
        rubric=Rubric(80, ()),
        time_limit_s=time_limit,
        account=Account(status="restricted", region="EG", notes=("owner {name}",)),
    )


def at(t: float, thread: str, text: str) -> Event:
    return Event(thread, text, at_s=t)


def no_reply(thread: str, for_s: float, text: str) -> Event:
    return Event(thread, text, when=Trigger("no_reply", thread, for_s=for_s))


def on_reply(thread: str, mentions: tuple[str, ...], text: str) -> Event:
    return Event(thread, text, when=Trigger("reply", thread, mentions=mentions))


def session(sc: Scenario, sop: SOP | None = SOP_) -> tuple[Session, SimulatedClock]:
    clock = SimulatedClock()
    return Session(sc, sop, seed=1, clock=clock, persona={"name": "Mona"}), clock


def texts(s: Session) -> list[tuple[float, str, str]]:
    return [(m.at_s, m.sender, m.text) for m in s.messages]


def test_timed_events_fire_at_their_offset_with_placeholders_filled():
    s, clock = session(scenario(at(0, "main", "I am {name}"), at(40, "chat", "hello?")))
    assert [e.kind for e in s.advance()] == [MESSAGE]
    clock.set(39.9)
    assert s.advance() == []
    clock.set(40)
    events = s.advance()
    assert [(e.kind, e.thread) for e in events] == [(MESSAGE, "chat")]
    assert texts(s) == [(0.0, "user", "I am Mona"), (40.0, "user", "hello?")]


def test_events_at_the_same_instant_keep_file_order():
    s, clock = session(scenario(at(5, "chat", "b"), at(5, "main", "a"), at(1, "form", "first")))
    clock.set(10)
    s.advance()
    assert [m.text for m in s.messages] == ["first", "b", "a"]


def test_a_late_advance_delivers_in_time_order_with_due_times():
    sc = scenario(at(0, "chat", "hi"), no_reply("chat", 30, "??"), at(50, "main", "mail"))
    s, clock = session(sc)
    clock.set(500)
    s.advance()
    assert texts(s) == [(0.0, "user", "hi"), (30.0, "user", "??"), (50.0, "user", "mail")]


def test_no_reply_fires_once_when_its_deadline_passes():
    s, clock = session(scenario(at(0, "chat", "hi"), no_reply("chat", 60, "??")))
    assert s.next_due() == 0.0
    s.advance()
    assert s.next_due() == 60.0
    clock.set(60)
    s.advance()
    assert [m.text for m in s.messages] == ["hi"]  # not yet: the deadline has not passed
    clock.set(60.5)
    s.advance()
    assert texts(s)[-1] == (60.0, "user", "??")
    clock.set(1000)
    s.advance()
    assert [m.text for m in s.messages] == ["hi", "??"]


def test_a_reply_exactly_at_the_deadline_is_in_time():
    s, clock = session(scenario(at(0, "chat", "hi"), no_reply("chat", 60, "??")))
    clock.set(60)
    s.reply("chat", "hello")
    clock.set(1000)
    s.advance()
    assert [m.text for m in s.messages] == ["hi", "hello"]


def test_a_reply_just_after_the_deadline_is_late():
    s, clock = session(scenario(at(0, "chat", "hi"), no_reply("chat", 60, "??")))
    clock.set(60.001)
    s.reply("chat", "hello")
    assert [m.text for m in s.messages] == ["hi", "??", "hello"]


def test_no_reply_counts_from_the_users_last_message():
    sc = scenario(at(0, "chat", "hi"), at(50, "chat", "still there"), no_reply("chat", 60, "??"))
    s, clock = session(sc)
    clock.set(100)
    s.advance()
    assert [m.text for m in s.messages] == ["hi", "still there"]
    assert s.next_due() == 110.0
    clock.set(111)
    s.advance()
    assert texts(s)[-1] == (110.0, "user", "??")


def test_no_reply_waits_again_after_a_reply_and_a_new_user_message():
    sc = scenario(at(0, "chat", "hi"), at(100, "chat", "and?"), no_reply("chat", 60, "??"))
    s, clock = session(sc)
    clock.set(10)
    s.reply("chat", "hello")
    clock.set(159)
    s.advance()
    assert [m.text for m in s.messages] == ["hi", "hello", "and?"]
    clock.set(161)
    s.advance()
    assert texts(s)[-1] == (160.0, "user", "??")


def test_no_reply_never_fires_on_a_resolved_thread():
    s, clock = session(
        scenario(at(0, "chat", "hi"), no_reply("chat", 60, "??"), at(0, "main", "m"))
    )
    s.advance()
    s.act(Action("resolve", thread="chat"))
    clock.set(500)
    s.advance()
    assert [m.text for m in s.messages] == ["hi", "m"]


def test_reply_trigger_fires_right_after_a_matching_reply_once():
    sc = scenario(at(0, "main", "hi"), on_reply("main", ("verification code", "{name}"), "got it"))
    s, clock = session(sc)
    clock.set(10)
    s.reply("main", "Hello there")
    assert [m.text for m in s.messages] == ["hi", "Hello there"]
    clock.set(20)
    events = s.reply("main", "Please enter the Verification Code")
    assert [e.kind for e in events] == ["reply", MESSAGE]
    assert texts(s)[-1] == (20.0, "user", "got it")
    clock.set(30)
    s.reply("main", "the verification code again")
    assert [m.text for m in s.messages].count("got it") == 1


def test_reply_trigger_phrases_have_placeholders_filled():
    s, _ = session(scenario(at(0, "main", "hi"), on_reply("main", ("{name}",), "yes")))
    s.reply("main", "Hello Mona")
    assert s.messages[-1].text == "yes"


def test_reply_trigger_only_watches_its_thread():
    sc = scenario(at(0, "main", "hi"), at(0, "chat", "yo"), on_reply("main", ("code",), "ok"))
    s, _ = session(sc)
    s.reply("chat", "code")
    assert [m.text for m in s.messages] == ["hi", "yo", "code"]


def test_trainee_placeholders_are_filled_in_replies():
    s, _ = session(scenario(at(0, "main", "hi")))
    s.reply("main", "Hello {name}, I am {agent}")
    assert s.messages[-1].text == "Hello Mona, I am Agent"


def test_attachments_carry_their_sensitivity():
    label = Sensitivity("bullying", 2)
    ev = Event("main", "see", at_s=0, attachments=(Attachment("a", "x.png", "alt", (label,)),))
    s, _ = session(scenario(ev))
    s.advance()
    assert s.messages[0].sensitivity == (label,)
    assert s.messages[0].to_json()["attachments"][0]["sensitivity"] == [
        {"category": "bullying", "level": 2}
    ]


def test_replies_to_unknown_or_closed_threads_are_refused():
    s, _ = session(scenario(at(0, "main", "hi"), at(0, "chat", "yo")))
    with pytest.raises(SessionError, match="no such thread"):
        s.reply("nope", "x")
    s.act(Action("close", thread="chat"))
    with pytest.raises(SessionError, match="closed"):
        s.reply("chat", "x")
    assert [m.text for m in s.messages] == ["hi", "yo"]
    assert [i["kind"] for i in s.inputs] == ["act"]


def test_unknown_action_type_is_refused():
    s, _ = session(scenario(at(0, "main", "hi")))
    with pytest.raises(SessionError, match="unknown action"):
        s.act(Action("delete-account"))
    assert s.inputs == []


def test_lookup_shows_the_account_card():
    s, _ = session(scenario(at(0, "main", "hi")))
    out = s.act(Action("lookup"))
    assert out.ok
    assert out.card is not None
    assert out.card["status"] == "restricted"
    assert out.card["notes"] == ["owner Mona"]
    assert out.card["name"] == "Mona"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Hi Mona, here is your link"), ("ar", "مرحبا Mona، هذا الرابط")],
)
def test_macro_gives_its_text_in_the_scenarios_language(language, expected):
    s, _ = session(scenario(at(0, "main", "hi"), language=language))
    out = s.act(Action("macro", "link", "main"))
    assert out.ok and out.text == expected
    assert [m.sender for m in s.messages] == ["user"]  # a macro sends nothing by itself


def test_unknown_macro_and_foreign_team_are_refused_and_not_taken():
    s, _ = session(scenario(at(0, "main", "hi")))
    assert not s.act(Action("macro", "nope")).ok
    refused = s.act(Action("escalate", "payments"))
    assert not refused.ok and "account-security" in refused.message
    assert s.act(Action("escalate", "account-security")).ok
    assert [(a.type, a.value) for a in s.actions] == [("escalate", "account-security")]
    assert [r["value"] for r in s.refused] == ["nope", "payments"]


def test_escalate_without_sop_is_refused():
    s, _ = session(scenario(at(0, "main", "hi")), sop=None)
    assert not s.act(Action("escalate", "account-security")).ok


def test_resolve_without_thread_resolves_every_open_thread_and_ends():
    s, clock = session(scenario(at(0, "main", "hi"), at(0, "chat", "yo")))
    clock.set(30)
    s.reply("main", "done")
    out = s.act(Action("resolve"))
    assert out.ok
    assert {t.id: t.status for t in s.threads.values()} == {
        "main": "resolved",
        "chat": "resolved",
        "form": "new",
    }
    assert s.ended and s.end_reason == "resolved" and s.ended_at == 30.0
    assert out.events[-1].kind == ENDED
    with pytest.raises(SessionError, match="ended"):
        s.reply("main", "more")


def test_resolving_does_not_end_while_a_timed_message_is_to_come():
    s, clock = session(scenario(at(0, "main", "hi"), at(100, "chat", "later")))
    clock.set(10)
    s.act(Action("resolve"))
    assert not s.ended
    clock.set(100)
    s.advance()
    s.act(Action("close", thread="chat"))
    assert s.ended and s.end_reason == "resolved"


def test_resolving_a_thread_with_no_message_or_twice_is_refused():
    s, _ = session(scenario(at(0, "main", "hi")))
    assert not s.act(Action("resolve", thread="chat")).ok
    assert s.act(Action("resolve", thread="main")).ok is True
    s2, _ = session(scenario(at(0, "main", "hi"), at(9, "chat", "x")))
    s2.act(Action("resolve", thread="main"))
    assert not s2.act(Action("resolve", thread="main")).ok
    assert not s2.act(Action("resolve")).ok  # nothing open


def test_a_user_message_reopens_a_resolved_thread_but_not_a_closed_one():
    sc = scenario(at(0, "main", "hi"), at(0, "chat", "yo"), at(50, "main", "again"))
    sc = scenario(*sc.timeline, at(60, "chat", "hello?"), at(999, "form", "keep going"))
    s, clock = session(sc)
    clock.set(10)
    s.reply("main", "fixed")
    s.act(Action("resolve", thread="main"))
    s.act(Action("close", thread="chat"))
    clock.set(70)
    events = s.advance()
    assert [e.kind for e in events] == [MESSAGE, REOPENED, MESSAGE]
    assert s.threads["main"].status == "open" and s.threads["main"].reopened == 1
    assert s.threads["chat"].status == "closed"
    assert s.messages[-1].text == "hello?"
    m = s.metrics()["threads"]["main"]
    assert m["reopened"] == 1 and m["first_touch_resolution"] is False


def test_time_limit_ends_the_session_and_later_events_never_come():
    s, clock = session(scenario(at(0, "main", "hi"), at(100, "main", "late"), time_limit=100))
    clock.set(100)
    s.reply("main", "just in time")  # an input at the limit is in time
    assert [m.text for m in s.messages] == ["hi", "late", "just in time"]
    assert not s.ended and s.next_due() == 100.0
    clock.set(100.5)
    events = s.advance()
    assert s.ended and s.end_reason == "time_limit" and s.ended_at == 100.0
    assert events[-1].kind == ENDED
    assert s.next_due() is None
    with pytest.raises(SessionError):
        s.reply("main", "too late")


def test_events_after_the_time_limit_never_fire():
    s, clock = session(scenario(at(0, "main", "hi"), at(200, "main", "never"), time_limit=100))
    clock.set(1000)
    s.advance()
    assert [m.text for m in s.messages] == ["hi"]
    assert s.ended_at == 100.0


def test_end_by_the_trainee():
    s, clock = session(scenario(at(0, "main", "hi")))
    clock.set(12)
    s.end()
    assert s.ended and s.end_reason == "trainee" and s.ended_at == 12.0
    s.end()  # ending twice is harmless
    assert [i["kind"] for i in s.inputs] == ["end"]


def test_overdue_is_reported_when_the_chat_target_passes():
    s, clock = session(scenario(at(0, "chat", "hi")))
    s.advance()
    assert s.next_due() == 60.0
    clock.set(61)
    assert [(e.kind, e.at_s) for e in s.advance()] == [(OVERDUE, 60.0)]
    assert s.metrics()["threads"]["chat"]["sla_breached"] is True


def test_next_due_covers_timed_no_reply_and_the_limit():
    s, clock = session(scenario(at(10, "main", "hi"), no_reply("main", 5, "?"), time_limit=50))
    assert s.next_due() == 10.0
    clock.set(10)
    s.advance()
    assert s.next_due() == 15.0
    clock.set(16)
    s.advance()
    s.reply("main", "ok")
    assert s.next_due() == 50.0  # only the time limit is left (email SLA is 24 h)


def test_run_on_plays_until_nothing_more_can_happen():
    sc = scenario(at(0, "chat", "hi"), no_reply("chat", 60, "??"), no_reply("chat", 120, "!!!"))
    s, _ = session(sc)
    s.run_on()
    assert texts(s) == [(0.0, "user", "hi"), (60.0, "user", "??"), (180.0, "user", "!!!")]
    assert s.ended and s.end_reason == "no_more_events" and s.ended_at == 180.0


def test_run_on_fires_a_no_reply_exactly_at_the_time_limit():
    sc = scenario(at(0, "chat", "hi"), no_reply("chat", 60, "??"), time_limit=60)
    s, _ = session(sc)
    s.run_on()
    assert [m.text for m in s.messages] == ["hi", "??"]
    assert s.end_reason == "time_limit" and s.ended_at == 60.0


def test_time_cannot_go_back():
    s, _ = session(scenario(at(0, "main", "hi")))
    s.advance(30)  # the clock still says 0
    with pytest.raises(SessionError, match="went back"):
        s.reply("main", "x")


def test_a_thread_unanswered_exactly_until_its_target_is_not_breached():
    s, _ = session(scenario(at(0, "chat", "hi"), no_reply("chat", 60, "??")))
    events = s.run_on()
    assert OVERDUE not in [e.kind for e in events]
    assert s.ended_at == 60.0
    assert s.metrics()["threads"]["chat"]["sla_breached"] is False


def test_keystrokes_never_deliver_messages_behind_the_front_ends_back():
    s, clock = session(scenario(at(0, "main", "hi"), at(30, "chat", "yo")))
    s.advance()
    clock.set(40)
    s.type_keys("main", 12)
    assert [m.text for m in s.messages] == ["hi"]
    assert [e.message.text for e in s.advance() if e.message] == ["yo"]


def test_end_after_the_time_limit_is_harmless():
    s, clock = session(scenario(at(0, "main", "hi"), time_limit=10))
    clock.set(20)
    s.end()
    s.type_keys("main", 5)
    assert s.end_reason == "time_limit" and s.inputs == []
