"""The studio's logic without Qt: browsing, checking a buffer, playing, examples from a
play, ruamel round trips, SOP diffs and persona previews."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.authoring import studio
from simulator.authoring.validate import validate_paths
from simulator.clock import SimulatedClock
from simulator.content.model import Action

REPO = Path(__file__).resolve().parents[3]
DATA = Path(__file__).parents[1] / "content" / "data"


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    shutil.copytree(DATA, tmp_path / "repo")
    return tmp_path / "repo" / "library"


def scenario_path(lib: Path) -> Path:
    return lib / "ar" / "hacked-account-email-ar.yaml"


def test_browse_lists_sops_and_scenarios_with_their_problems(lib):
    path = scenario_path(lib)
    path.write_text(path.read_text(encoding="utf-8").replace("weight: 20", "weight: x"), "utf-8")
    items = studio.browse(lib)
    assert [(i.kind, i.id) for i in items] == [
        ("sop", "account-recovery"),
        ("scenario", "hacked-account-email-ar"),
    ]
    assert items[0].problems == ()
    assert items[1].errors == 1 and "weight" in items[1].problems[0].message


def test_check_reports_a_buffer_error_on_its_line_and_nothing_once_fixed(lib):
    path = scenario_path(lib)
    text = path.read_text(encoding="utf-8")
    assert studio.check(text, path) == []
    broken = text.replace("channel: chat", "channel: chatt")
    line = broken.split("\n").index("    channel: chatt") + 1
    problems = studio.check(broken, path)
    assert [p.line for p in problems] == [line]
    assert "did you mean 'chat'?" in problems[0].message
    assert path.read_text(encoding="utf-8") == text  # the file itself is untouched


def test_add_example_keeps_comments_and_key_order(lib):
    text = scenario_path(lib).read_text(encoding="utf-8")
    entry = {"verdict": "fail", "fails": ["greets-by-name"], "replies": {"main": "..."}}
    out = studio.add_example(text, entry)
    assert out.startswith(text.split("examples:")[0])  # everything before is untouched
    assert "# the rubric's own tests; the validator runs them" in out
    assert out.rstrip().endswith('replies: {main: "..."}')
    assert out.count("\n") == text.count("\n") + 3  # three lines added, nothing else
    assert "fails: [greets-by-name]" in out


def _play(lib: Path, seed: int, reply: str, locale: str | None = None):
    path = scenario_path(lib)
    scenario, sop = studio.scenario_from_text(path.read_text(encoding="utf-8"), path)
    clock = SimulatedClock()
    session = studio.play_session(scenario, sop, seed, clock, locale)
    session.advance(0)
    session.act(Action("lookup", thread="main"))
    session.act(Action("macro", "recovery-link", thread="main"))
    session.act(Action("tag", "account-security", thread="main"))
    clock.advance(5)
    session.reply("main", reply.format(**session.persona))
    session.reply("follow-up", "...")
    session.end()
    return studio.play_result(session)


def test_an_example_from_a_play_puts_placeholders_back_and_validates(lib):
    result = _play(lib, 7, "مرحبا {name}، نأسف لما حدث، أرسلنا رابط الاسترداد")
    assert result.persona["name"] in result.transcript[-2][3] or any(
        result.persona["name"] in t[3] for t in result.transcript
    )
    entry = studio.example_from_play(result, "pass")
    assert entry["replies"]["main"].startswith("مرحبا {name}،")
    path = scenario_path(lib)
    path.write_text(studio.add_example(path.read_text(encoding="utf-8"), entry), "utf-8")
    assert validate_paths([lib]) == []
    # The validator now keeps it as a regression test: a rubric change that breaks it shows.
    text = path.read_text(encoding="utf-8").replace(
        'check: {mentions: ["{name}"]}', 'critical: true\n      check: {mentions: ["xyz"]}'
    )
    path.write_text(text, "utf-8")
    assert any("example #3" in p.message for p in validate_paths([lib]))


def test_a_wrong_verdict_from_a_play_is_reported(lib):
    result = _play(lib, 3, "أرسل لي كلمة المرور")
    assert not result.passed
    path = scenario_path(lib)
    entry = studio.example_from_play(result, "pass")
    problems = studio.check(studio.add_example(path.read_text(encoding="utf-8"), entry), path)
    assert any(p.message.startswith("example #3 (verdict: pass) fails") for p in problems)


def test_preview_personas_gives_ten_people_per_locale(lib):
    path = scenario_path(lib)
    scenario, _ = studio.scenario_from_text(path.read_text(encoding="utf-8"), path)
    people = studio.preview_personas(scenario)
    assert [seed for seed, _ in people] == list(range(1, 11))
    assert len({p["name"] for _, p in people}) >= 8
    english = studio.preview_personas(scenario, locale="en_US")
    assert all(p["name"].isascii() for _, p in english)
    assert people[0][1] == studio.preview_personas(scenario)[0][1]  # deterministic


@pytest.mark.slow
def test_sop_diff_lists_changes_and_the_scenarios_and_exams_they_touch():
    sops = REPO / "scenarios" / "sops"
    text = (sops / "account-recovery.yaml").read_text(encoding="utf-8")
    old = studio.sop_from_text(text, sops / "account-recovery.yaml")
    macro = old.macros[0].id
    new_text = text.replace(f"id: {macro}", f"id: {macro}-v2", 1)
    new = studio.sop_from_text(new_text, sops / "account-recovery.yaml")
    diff = studio.sop_diff(old, new, REPO / "scenarios")
    assert studio.Change("macros", macro, "removed") in diff.changes
    assert studio.Change("macros", macro + "-v2", "added") in diff.changes
    scenarios = {a.id for a in diff.affected if a.kind == "scenario"}
    assert scenarios, diff
    for a in diff.affected:
        if a.kind == "scenario":
            assert macro in a.why
    unaffected = studio.sop_diff(old, old, REPO / "scenarios")
    assert unaffected.changes == () and unaffected.affected == ()


def test_add_example_appends_three_lines_to_every_shipped_scenario():
    entry = {"verdict": "fail", "fails": ["x"], "replies": {"main": "ok"}}
    for path in sorted((REPO / "scenarios").glob("*/*.yaml")):
        if path.parent.name in ("sops", "exams"):
            continue
        text = path.read_text(encoding="utf-8")
        out = studio.add_example(text, entry)
        assert out.count("\n") == text.count("\n") + 3, path
        assert out.rstrip().endswith("replies: {main: ok}"), path


def test_the_starter_greets_the_same_person_the_user_says_they_are():
    """The starter's user signs with {name} and the model reply greets {first_name}: one
    person, so the first name is the first word of the name for every seed."""
    from simulator.authoring.starter import starter_text
    from simulator.content.loader import load_sop

    sop = load_sop(REPO / "scenarios" / "sops" / "account-recovery.yaml")
    text = starter_text(sop, "ar")
    path = REPO / "scenarios" / "ar" / "starter.yaml"
    scenario, _ = studio.scenario_from_text(text, path)
    assert "{name}" in scenario.timeline[0].text
    assert scenario.examples[0].replies["main"][0].startswith("مرحبا {first_name}")
    for _seed, person in studio.preview_personas(scenario):
        assert person["name"].split()[0] == person["first_name"], person


def test_persona_values_become_placeholders_only_as_whole_words():
    result = studio.PlayResult(
        seed=1,
        locale="en_US",
        persona={"name": "Al Reed", "first_name": "Al", "username": "alreed"},
        agent="Nadia",
        grade={"passed": True, "score": 100, "criteria": []},
        transcript=(
            (0.0, "main", "user", "Hi, I'm Al Reed"),
            (5.0, "main", "trainee", "Hi Al, I'm Nadia. Also, is @alreed yours, Al Reed?"),
        ),
        actions=(("lookup", None, None), ("macro", "recovery-link", "main")),
    )
    entry = studio.example_from_play(result, "pass")
    assert entry == {
        "verdict": "pass",
        "replies": {"main": "Hi {first_name}, I'm {agent}. Also, is @{username} yours, {name}?"},
        "actions": [
            {"type": "lookup"},
            {"type": "macro", "value": "recovery-link", "thread": "main"},
        ],
    }
