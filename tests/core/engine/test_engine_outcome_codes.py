"""Refused actions carry a code and its arguments, so a UI can say why in its language."""

from __future__ import annotations

from simulator.clock import SimulatedClock
from simulator.content.model import (
    SOP,
    Action,
    Event,
    LocalText,
    Macro,
    Rubric,
    Scenario,
    Thread,
)
from simulator.engine import Session

SOP_ = SOP(
    id="recovery",
    version=1,
    title=LocalText("Recovery", "استعادة"),
    macros=(Macro("link", LocalText("Hi", "مرحبا")),),
    teams=("account-security",),
)
SCENARIO = Scenario(
    id="t",
    language="en",
    title="T",
    sop="recovery",
    difficulty=1,
    threads=(Thread("main", "email"), Thread("chat", "chat"), Thread("form", "ticket")),
    timeline=(Event("main", "hi", at_s=0), Event("chat", "hello", at_s=0)),
    rubric=Rubric(80, ()),
    time_limit_s=3600.0,
)


def session(sop: SOP | None = SOP_) -> Session:
    s = Session(SCENARIO, sop, seed=1, clock=SimulatedClock(), persona={"name": "Mona"})
    s.advance()
    return s


def test_refusals_have_codes_and_arguments():
    s = session()
    cases = [
        (Action("tag", ""), "tag-needs-value", {}),
        (Action("macro", ""), "choose-macro", {}),
        (Action("macro", "nope"), "unknown-macro", {"value": "nope", "known": "link"}),
        (Action("escalate", ""), "choose-team", {}),
        (
            Action("escalate", "payments"),
            "unknown-team",
            {"value": "payments", "known": "account-security"},
        ),
        (Action("resolve", thread="form"), "nothing-to-resolve", {"thread": "form"}),
    ]
    for action, code, args in cases:
        out = s.act(action)
        assert not out.ok and (out.code, dict(out.args)) == (code, args), action
        assert out.message  # the English text stays as it was
    assert s.act(Action("close", thread="main")).ok
    again = s.act(Action("close", thread="main"))
    assert (again.code, dict(again.args)) == ("already-closed", {"thread": "main"})


def test_no_sop_and_success_codes():
    assert session(sop=None).act(Action("macro", "link")).code == "no-sop"
    out = session().act(Action("lookup"))
    assert out.ok and out.code == "" and out.message == "Account found"
