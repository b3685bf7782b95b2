"""Loading scenario and SOP files into the model: the spec's own example round trips."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest

from simulator.content.loader import load_scenario, load_sop
from simulator.content.model import Action
from simulator.errors import ContentError

DATA = Path(__file__).parent / "data"
LIB = DATA / "library"
SPEC_SCENARIO = LIB / "ar" / "hacked-account-email-ar.yaml"


def test_the_spec_scenario_loads_with_defaults_filled():
    sc = load_scenario(SPEC_SCENARIO)
    assert sc.id == "hacked-account-email-ar"
    assert sc.language == "ar" and sc.sop == "account-recovery" and sc.difficulty == 2
    assert sc.tags == ("account", "security")
    assert sc.time_limit_s == 1800
    assert sc.sensitivity[0].category == "bullying" and sc.sensitivity[0].level == 1
    assert sc.persona is not None and sc.persona.locale == "ar_EG"
    assert dict(sc.persona.fields) == {
        "name": "name",
        "username": "user_name",
        "email": "free_email",
    }
    assert sc.account is not None and sc.account.created == "2021-03-04"
    assert sc.account.notes == ("Login from a new device in another country 2 days ago",)
    assert [t.id for t in sc.threads] == ["main", "follow-up"]
    assert sc.threads[0].line == 23
    first, second, no_reply, reply = sc.timeline
    assert first.at_s == 0 and first.attachments[0].image.endswith("login-alert.png")
    assert second.at_s == 40
    assert no_reply.when is not None and no_reply.when.kind == "no_reply"
    assert no_reply.when.for_s == 60 and no_reply.at_s is None
    assert reply.when is not None and reply.when.mentions == ("رمز التحقق", "verification code")
    crit = {c.id: c for c in sc.rubric.criteria}
    assert sc.rubric.pass_mark == 80
    assert crit["no-password-request"].critical and crit["no-password-request"].weight == 0
    assert crit["reply-in-arabic"].weight == 10 and crit["reply-in-arabic"].check.value == "ar"
    assert (
        crit["fast-chat-answer"].check.value == 60
        and crit["fast-chat-answer"].thread == "follow-up"
    )
    assert crit["tagged-security"].check.value == {"type": "tag", "value": "account-security"}
    assert crit["verified-before-reset"].check.value == (
        {"type": "lookup"},
        {"type": "macro", "value": "recovery-link"},
    )
    assert crit["greets-by-name"].check.line == 52
    passing, failing = sc.examples
    assert passing.verdict == "pass" and passing.replies["follow-up"] == ("...",)
    assert passing.actions[1] == Action("macro", "recovery-link")
    assert failing.fails == ("no-password-request",) and failing.line == 74
    assert isinstance(sc.persona.fields, MappingProxyType)


def test_the_spec_sop_loads():
    sop = load_sop(LIB / "sops" / "account-recovery.yaml")
    assert sop.id == "account-recovery" and sop.version == 3
    assert sop.title.get("ar") == "استعادة الحساب"
    assert [s.id for s in sop.steps] == ["verify", "send-link"]
    assert sop.macro("recovery-link").text.en == "..."
    assert sop.teams == ("account-security",) and sop.criteria == ()


def test_example_replies_accept_a_list_and_sla_and_extensions(tmp_path):
    text = SPEC_SCENARIO.read_text(encoding="utf-8")
    text = text.replace(
        'replies: {main: "أرسل لي كلمة المرور لو سمحت", follow-up: "..."}',
        'replies: {main: ["أهلا", "أرسل لي كلمة المرور لو سمحت"]}',
    )
    text = text.replace(
        "    channel: chat\n",
        "    channel: chat\n  - id: form\n    channel: ticket\n    priority: high\n"
        "    category: Login\n    fields: {device: Android, country: EG}\n",
    )
    text = text.replace("time_limit: 30m", "time_limit: 30m\nsla: {chat: 45s, email: 2h}")
    text = text.replace("  region: EG\n", "  region: EG\n  followers: 21400\n  username: x\n")
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    sc = load_scenario(path)
    assert sc.examples[1].replies["main"] == ("أهلا", "أرسل لي كلمة المرور لو سمحت")
    assert dict(sc.sla_s) == {"chat": 45, "email": 7200}
    form = sc.thread("form")
    assert form.priority == "high" and form.category == "Login"
    assert dict(form.fields) == {"device": "Android", "country": "EG"}
    assert sc.account is not None and dict(sc.account.extra) == {
        "followers": 21400,
        "username": "x",
    }


def test_the_first_problem_is_raised_with_its_line(tmp_path):
    text = SPEC_SCENARIO.read_text(encoding="utf-8").replace("difficulty: 2", "difficulty: hard")
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as err:
        load_scenario(path)
    assert str(err.value) == f"{path}:6: scenario.difficulty must be a whole number, not text"
