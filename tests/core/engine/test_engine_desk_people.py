"""The desk's extensions in the core: back-office state, notes, end-state and note
checks, users who type, react after a delay and do not write what ``unless:`` cancels."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from simulator.clock import SimulatedClock
from simulator.content.loader import read_scenario
from simulator.content.model import Action
from simulator.engine import Session
from simulator.grading.grader import grade, record_from_example
from simulator.grading.record import Record, TakenAction

YAML = """
format: 1
id: desk-people
language: en
title: Locked out
sop: none
difficulty: 2
time_limit: 30m
threads:
  - {id: chat, channel: chat}
back_office:
  state: {status: restricted, two_step: "on (old phone)", sessions: 3 signed in}
  actions:
    - id: reset_2sv
      label: {en: Reset 2-step verification, ar: إعادة ضبط التحقق بخطوتين}
      sets: {two_step: "off"}
    - id: sign_out
      label: Sign out everywhere
      sets: {sessions: signed out}
    - id: restore
      label: Restore the account
      sets: {status: active}
  past_tickets:
    - {subject: Password reset, status: solved, date: 2026-03-01}
timeline:
  - at: 0s
    thread: chat
    text: I can't log in
  - at: 20s
    thread: chat
    typing: 5s
    text: my mum is calling the police now, bye
  - at: 60s
    thread: chat
    typing: 4s
    text: hello?? what should I do
    unless:
      - user_said: [police, bye]
  - when: {reply: chat, mentions: [reset], after: 8s}
    thread: chat
    typing: 3s
    text: thanks, that worked
rubric:
  pass_mark: 80
  criteria:
    - id: secured
      check:
        state: {two_step: "off", sessions: signed out}
    - id: noted
      check:
        note: [old phone, police]
examples:
  - verdict: pass
    replies: {chat: ["I will reset it"]}
    actions:
      - {type: update, value: reset_2sv}
      - {type: update, value: sign_out}
      - {type: note, value: "Lost the old phone; user says the police were called"}
  - verdict: fail
    replies: {chat: ["I will reset it"]}
    actions:
      - {type: update, value: reset_2sv}
    fails: [secured, noted]
"""


@pytest.fixture
def scenario(tmp_path: Path):
    path = tmp_path / "desk-people.yaml"
    path.write_text(textwrap.dedent(YAML), encoding="utf-8")
    sc, problems = read_scenario(path)
    assert [p for p in problems if p.severity == "error"] == []
    return sc


def session(scenario, clock: SimulatedClock) -> Session:
    return Session(scenario, None, seed=1, clock=clock)


def test_back_office_is_loaded(scenario) -> None:
    office = scenario.back_office
    assert office.state["two_step"] == "on (old phone)"
    assert [a.id for a in office.actions] == ["reset_2sv", "sign_out", "restore"]
    assert office.action("reset_2sv").label.ar == "إعادة ضبط التحقق بخطوتين"
    assert office.action("sign_out").label.en == "Sign out everywhere"
    assert office.past_tickets[0].subject == "Password reset"
    assert scenario.timeline[2].unless[0].phrases == ("police", "bye")
    assert scenario.timeline[3].when.after_s == 8.0
    assert scenario.timeline[1].typing_s == 5.0


def test_update_changes_the_state_and_an_unknown_one_is_refused(scenario) -> None:
    clock = SimulatedClock()
    s = session(scenario, clock)
    clock.set(1.0)
    outcome = s.act(Action("update", "reset_2sv"))
    assert outcome.ok and s.state["two_step"] == "off"
    bad = s.act(Action("update", "delete_everything"))
    assert not bad.ok and bad.code == "unknown-update"
    assert s.state == {"status": "restricted", "two_step": "off", "sessions": "3 signed in"}
    assert not s.act(Action("note", "  ")).ok
    assert s.act(Action("note", "checked the old phone", "chat")).ok


def test_unless_cancels_the_follow_up_after_the_user_said_goodbye(scenario) -> None:
    clock = SimulatedClock()
    s = session(scenario, clock)
    clock.set(120.0)
    s.advance()
    texts = [m.text for m in s.messages]
    assert "hello?? what should I do" not in texts
    assert texts[-1].startswith("my mum is calling the police")
    assert s.cancelled == [2]
    out = s.to_json()
    assert out["cancelled"] == [2] and out["state"]["two_step"] == "on (old phone)"


def test_reaction_comes_after_its_delay_never_with_the_send(scenario) -> None:
    clock = SimulatedClock()
    s = session(scenario, clock)
    clock.set(30.0)
    s.advance()
    events = s.reply("chat", "I will reset your two-step verification now")
    assert [e.kind for e in events] == ["reply"]
    clock.set(35.0)
    s.advance()
    assert s.typing() == ["chat"]  # 3 s of typing before the 38 s reaction
    clock.set(38.5)
    s.advance()
    reaction = s.messages[-1]
    assert reaction.text == "thanks, that worked" and reaction.at_s == 38.0


def test_typing_shows_only_in_the_scripted_seconds(scenario) -> None:
    clock = SimulatedClock()
    s = session(scenario, clock)
    clock.set(10.0)
    s.advance()
    assert s.typing() == []
    clock.set(16.0)
    s.advance()
    assert s.typing() == ["chat"]  # typing: 5s before the 20 s message
    clock.set(58.0)
    s.advance()
    assert s.typing() == []  # the 60 s follow-up is cancelled: nobody types it


def test_replay_gives_the_same_state_and_transcript(scenario) -> None:
    clock = SimulatedClock()
    s = session(scenario, clock)
    clock.set(25.0)
    s.reply("chat", "I will reset it")
    clock.set(26.0)
    s.act(Action("update", "sign_out"))
    clock.set(100.0)
    s.advance()
    again = Session.replay(scenario, None, seed=1, inputs=s.inputs, clock=SimulatedClock())
    again.advance(100.0)
    assert again.state == s.state
    assert [m.to_json() for m in again.messages] == [m.to_json() for m in s.messages]


def test_state_and_note_checks_grade_the_end_state_with_evidence(scenario) -> None:
    good = record_from_example(scenario.examples[0], {})
    result = grade(scenario, None, good, {})
    assert result.passed
    secured = result.criterion("secured")
    assert secured.evidence["state"]["two_step"]["set_by"]["value"] == "reset_2sv"
    partial = Record(actions=(TakenAction("update", "reset_2sv"),))
    result = grade(scenario, None, partial, {})
    assert not result.criterion("secured").passed
    assert result.criterion("secured").evidence["wrong"] == ["sessions"]
    assert result.criterion("noted").evidence["reason"] == "no internal note"


def test_school_threat_chat_nobody_says_hello_after_mum_calls_the_police() -> None:
    from simulator.content.library import load_library

    library = load_library(Path(__file__).resolve().parents[3] / "scenarios")
    sc = next(s for s in library.scenarios if s.id == "threat-to-school-chat-urgent")
    clock = SimulatedClock()
    s = Session(sc, library.sops[sc.sop], seed=3, clock=clock)
    clock.set(10.0)
    s.advance()
    events = s.reply("chat", "Please call the police or 911 right now and tell your mom.")
    assert [e.kind for e in events] == ["reply"]  # the reaction is not in the same second
    clock.set(600.0)
    s.advance()
    chat = [m.text for m in s.messages if m.thread == "chat" and m.sender == "user"]
    assert any("calling the police" in t for t in chat)
    assert not any(t.startswith("hello??") for t in chat), chat


def test_six_shipped_cases_use_state_notes_typing_and_unless() -> None:
    from simulator.content.library import load_library

    library = load_library(Path(__file__).resolve().parents[3] / "scenarios")
    full = {"en": [], "ar": []}
    for sc in library.scenarios:
        kinds = {c.check.kind for c in sc.rubric.criteria}
        uses = (
            sc.back_office is not None
            and {"state", "note"} <= kinds
            and any(e.typing_s for e in sc.timeline)
            and any(e.unless for e in sc.timeline)
            and any(a.type in ("update", "note") for ex in sc.examples for a in ex.actions)
        )
        if uses:
            full[sc.language].append(sc.id)
    assert len(full["en"]) >= 3 and len(full["ar"]) >= 3, full


def test_the_validator_names_unknown_back_office_actions_and_state_keys(tmp_path: Path) -> None:
    from simulator.content.problems import Fields
    from simulator.content.rules_desk import check_desk

    bad = YAML.replace(
        "      - {type: update, value: sign_out}\n", "      - {type: update, value: wipe}\n"
    ).replace(
        'state: {two_step: "off", sessions: signed out}', "state: {two_step: gone, mood: calm}"
    )
    path = tmp_path / "bad.yaml"
    path.write_text(textwrap.dedent(bad), encoding="utf-8")
    sc, _ = read_scenario(path)
    f = Fields(str(path))
    check_desk(f, sc)
    messages = [p.message for p in f.problems]
    assert any("back-office action 'wipe'" in m for m in messages), messages
    assert any("checks state 'mood'" in m for m in messages), messages
    assert any("two_step: 'gone'" in m for m in messages), messages


def test_sla_per_priority_is_opt_in_and_urgent_is_shorter_than_high(tmp_path: Path) -> None:
    from simulator.content.problems import Fields
    from simulator.content.rules_desk import check_desk

    text = YAML.replace(
        "threads:\n  - {id: chat, channel: chat}\n",
        "sla: {ticket: 4h, urgent: 15m, high: 1h}\nthreads:\n  - {id: chat, channel: chat}\n"
        "  - {id: form, channel: ticket, priority: urgent}\n"
        "  - {id: slow, channel: ticket, priority: high}\n  - {id: plain, channel: ticket}\n",
    )
    path = tmp_path / "sla.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    sc, problems = read_scenario(path)
    assert not [p for p in problems if p.severity == "error"], problems
    s = Session(sc, None, seed=1, clock=SimulatedClock())
    targets = {t: s.threads[t].sla_target_s for t in ("form", "slow", "plain", "chat")}
    assert targets == {"form": 900.0, "slow": 3600.0, "plain": 14400.0, "chat": 60.0}
    f = Fields(str(path))
    check_desk(f, sc)
    assert not f.problems
    backwards = text.replace("urgent: 15m, high: 1h", "urgent: 2h, high: 1h")
    path.write_text(textwrap.dedent(backwards), encoding="utf-8")
    sc, _ = read_scenario(path)
    f = Fields(str(path))
    check_desk(f, sc)
    assert any("urgent (7200s) must be shorter than high (3600s)" in p.message for p in f.problems)


def test_pending_on_hold_and_reopen(scenario) -> None:
    clock = SimulatedClock()
    s = session(scenario, clock)
    clock.set(1.0)
    assert s.act(Action("status", "pending", "chat")).ok
    assert s.threads["chat"].status == "pending" and s.threads["chat"].is_open
    assert s.act(Action("status", "pending", "chat")).code == "already-status"
    assert s.act(Action("status", "solved", "chat")).code == "unknown-status"
    clock.set(2.0)
    assert s.act(Action("status", "on-hold", "chat")).ok
    clock.set(21.0)
    s.advance()  # the user writes at 20 s: back to open
    assert s.threads["chat"].status == "open"
    clock.set(22.0)
    assert s.act(Action("resolve", None, "chat")).ok or s.ended
    if not s.ended:
        assert s.act(Action("status", "open", "chat")).ok
        assert s.threads["chat"].status == "open" and s.threads["chat"].done_at is None


def test_a_macro_also_takes_its_tags_escalation_and_status() -> None:
    from simulator.content.library import load_library

    library = load_library(Path(__file__).resolve().parents[3] / "scenarios")
    sc = next(s for s in library.scenarios if s.id == "creator-locked-out-before-livestream")
    sop = library.sops[sc.sop]
    assert sop.macro("verify-identity").title.ar == "التحقق من الهوية"
    clock = SimulatedClock()
    s = Session(sc, sop, seed=1, clock=clock)
    clock.set(2.0)
    s.advance()
    out = s.act(Action("macro", "verify-identity", "chat"))
    assert out.ok and s.threads["chat"].status == "pending"
    out = s.act(Action("macro", "escalated-security"))
    assert out.ok
    taken = [(a.type, a.value) for a in s.actions]
    assert taken == [
        ("macro", "verify-identity"),
        ("status", "pending"),
        ("macro", "escalated-security"),
        ("tag", "account-security"),
        ("escalate", "account-security"),
    ]
    assert s.grade().criterion("tagged-security").passed
    again = Session.replay(sc, sop, seed=1, inputs=s.inputs, clock=SimulatedClock())
    assert [(a.type, a.value) for a in again.actions] == taken  # effects are not inputs


def test_no_shipped_reaction_comes_in_the_same_second_as_the_send() -> None:
    from simulator.content.library import load_library

    library = load_library(Path(__file__).resolve().parents[3] / "scenarios")
    same_second = [
        (sc.id, ev.line)
        for sc in library.scenarios
        for ev in sc.timeline
        if ev.when is not None and ev.when.kind == "reply" and ev.when.after_s < 2.0
    ]
    assert same_second == []


def test_the_validator_names_a_macro_escalating_to_an_unknown_team(tmp_path: Path) -> None:
    try:  # the validator's home after the authoring package moved it
        from simulator.authoring.validate import validate_paths
    except ImportError:
        from simulator.authoring.validate import validate_paths

    sops = tmp_path / "sops"
    sops.mkdir()
    (sops / "recovery.yaml").write_text(
        "format: 1\nid: recovery\nteams: [account-security]\nmacros:\n"
        "  - id: hand-over\n    title: Hand over\n    escalate: legal\n    tags: [x]\n"
        "    status: pending\n    en: Thanks\n    ar: شكرا\n"
        "  - id: bad-status\n    status: solved\n    en: Done\n    ar: تم\n",
        encoding="utf-8",
    )
    messages = [p.message for p in validate_paths([sops / "recovery.yaml"])]
    assert any("macro 'hand-over' escalates to 'legal'" in m for m in messages), messages
    assert any("status 'solved' must be one of pending, on-hold" in m for m in messages)
