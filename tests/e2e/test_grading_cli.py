"""`simulator grade` as a user runs it: JSON out, text summary, and one-line errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.content.loader import load_scenario
from simulator.content.persona import make_persona

SCENARIO = """\
format: 1
id: hacked-account-email-ar
language: ar
title: "حساب مخترق"
sop: account-recovery
difficulty: 2
persona:
  locale: ar_EG
  fields:
    name: first_name
threads:
  - id: main
    channel: email
    subject: "لا أستطيع الدخول"
  - id: follow-up
    channel: chat
timeline:
  - at: 0s
    thread: main
    text: "مرحبا، أنا {name}. حسابي تم اختراقه"
rubric:
  pass_mark: 80
  criteria:
    - id: greets-by-name
      weight: 10
      check: {mentions: ["{name}"]}
    - id: no-password-request
      critical: true
      check: {avoids: ["كلمة المرور", "كلمة السر", "password"]}
    - id: reply-in-arabic
      weight: 10
      check: {language: ar}
    - id: fast-chat-answer
      weight: 10
      thread: follow-up
      check: {replied_within: 60s}
    - id: tagged-security
      weight: 10
      check: {action: {type: tag, value: account-security}}
    - id: verified-before-reset
      weight: 20
      check: {order: [{type: lookup}, {type: macro, value: recovery-link}]}
"""

SOP = """\
format: 1
id: account-recovery
version: 3
title: {en: "Account recovery", ar: "استعادة الحساب"}
steps:
  - {id: verify, en: "Look the account up", ar: "ابحث عن الحساب"}
macros:
  - {id: recovery-link, en: "Here is your link", ar: "هذا رابطك"}
teams: [account-security]
criteria:
  - id: asks-anything-else
    weight: 10
    check: {mentions: ["هل هناك شيء آخر", "anything else"]}
"""

GOOD_ACTIONS = [
    {"type": "lookup"},
    {"type": "macro", "value": "recovery-link"},
    {"type": "tag", "value": "account-security"},
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def library(tmp_path: Path) -> Path:
    (tmp_path / "ar").mkdir()
    (tmp_path / "sops").mkdir()
    (tmp_path / "ar" / "hacked.yaml").write_text(SCENARIO, encoding="utf-8")
    (tmp_path / "sops" / "account-recovery.yaml").write_text(SOP, encoding="utf-8")
    return tmp_path


def write(path: Path, data: object) -> str:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def the_name(library: Path, seed: int = 1) -> str:
    """The persona's name for ``seed``, as `grade` must fill it."""
    scenario = load_scenario(library / "ar" / "hacked.yaml")
    return make_persona(scenario.persona, seed)["name"]


def test_grade_json_passes_a_good_attempt(library: Path):
    name = the_name(library)
    replies = write(
        library / "r.json",
        {"main": [f"مرحبا {name}، نأسف لما حدث.", "هل هناك شيء آخر؟"], "follow-up": "..."},
    )
    actions = write(library / "a.json", GOOD_ACTIONS)
    scenario = str(library / "ar" / "hacked.yaml")
    r = run("grade", scenario, "--replies", replies, "--actions", actions, "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["passed"] is True and data["score"] == 100.0
    by_id = {c["id"]: c for c in data["criteria"]}
    assert set(by_id) == {
        "greets-by-name",
        "no-password-request",
        "reply-in-arabic",
        "fast-chat-answer",
        "tagged-security",
        "verified-before-reset",
        "asks-anything-else",  # inherited from the SOP
    }
    for c in data["criteria"]:
        assert {"id", "passed", "applicable", "weight", "critical", "evidence"} <= set(c)
    assert by_id["fast-chat-answer"]["applicable"] is False
    match = by_id["greets-by-name"]["evidence"]["matches"][0]
    assert (match["thread"], match["reply"], match["text"]) == ("main", 0, name)


@pytest.mark.slow
def test_grade_fails_a_password_request_and_says_where(library: Path):
    replies = write(library / "r.json", {"main": "أرسل لي كلمة المرور لو سمحت"})
    r = run("grade", str(library / "ar" / "hacked.yaml"), "--replies", replies, "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["passed"] is False
    crit = next(c for c in data["criteria"] if c["id"] == "no-password-request")
    assert crit["passed"] is False and crit["critical"] is True
    assert crit["evidence"]["found"][0]["text"] == "كلمة المرور"
    # No actions file: no action was taken.
    tag = next(c for c in data["criteria"] if c["id"] == "tagged-security")
    assert tag["passed"] is False


def test_grade_without_json_prints_a_summary(library: Path):
    replies = write(library / "r.json", {"main": "مرحبا"})
    r = run("grade", str(library / "ar" / "hacked.yaml"), "--replies", replies)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("FAILED: score ")
    assert "n/a   fast-chat-answer" in r.stdout


@pytest.mark.slow
def test_same_seed_same_output_other_seed_other_persona(library: Path):
    replies = write(library / "r.json", {"main": "مرحبا"})
    scenario = str(library / "ar" / "hacked.yaml")
    one = run("grade", scenario, "--replies", replies, "--json", "--seed", "7").stdout
    assert one == run("grade", scenario, "--replies", replies, "--json", "--seed", "7").stdout
    assert json.loads(one)["criteria"][0]["evidence"]["looked_for"] == [the_name(library, 7)]
    seed = next(s for s in range(2, 50) if the_name(library, s) != the_name(library, 1))
    other = run("grade", scenario, "--replies", replies, "--json", "--seed", str(seed)).stdout
    assert json.loads(other)["criteria"][0]["evidence"]["looked_for"] == [the_name(library, seed)]


@pytest.mark.slow
def test_sops_folder_option(library: Path, tmp_path_factory: pytest.TempPathFactory):
    other = tmp_path_factory.mktemp("other-sops")
    (other / "account-recovery.yaml").write_text(SOP.replace("asks-anything-else", "x-else"))
    replies = write(library / "r.json", {"main": "مرحبا"})
    scenario = str(library / "ar" / "hacked.yaml")
    r = run("grade", scenario, "--replies", replies, "--sops", str(other), "--json")
    assert r.returncode == 0, r.stderr
    assert "x-else" in {c["id"] for c in json.loads(r.stdout)["criteria"]}


@pytest.mark.parametrize(
    ("replies", "actions", "message"),
    [
        ("{not json", None, "not valid JSON"),
        ({"nowhere": "hi"}, None, "thread 'nowhere' is not in scenario"),
        ({"main": 42}, None, "must map to a text or a list of texts"),
        ({"main": ["ok", {"x": 1}]}, None, "must map to a text or a list of texts"),
        (["main", "hi"], None, "must be a JSON object"),
        ({"main": "hi"}, [{"type": "teleport"}], "unknown type 'teleport'"),
        ({"main": "hi"}, {"type": "lookup"}, "must be a JSON list"),
        ({"main": "hi"}, [{"type": "tag", "thread": "nowhere"}], "thread 'nowhere'"),
        ({"main": "hi"}, "[1, 2", "not valid JSON"),
        ({"main": "hi"}, ["lookup"], "must be an object with a type"),
        ({"main": "hi"}, [{"type": "tag", "value": True}], "value must be a text"),
        ({"main": "hi"}, [{"type": "tag", "colour": "red"}], "unknown key 'colour'"),
    ],
)
@pytest.mark.slow
def test_bad_input_is_one_line_and_exit_2(library: Path, replies, actions, message):
    args = ["grade", str(library / "ar" / "hacked.yaml")]
    args += ["--replies", write(library / "r.json", replies)]
    if actions is not None:
        args += ["--actions", write(library / "a.json", actions)]
    r = run(*args, "--json")
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("simulator: ") and message in lines[0]
    assert ("a.json" if actions is not None and "thread" not in message else "json") in lines[0]
    assert "Traceback" not in r.stderr and r.stdout == ""


@pytest.mark.slow
def test_missing_files_are_one_line_errors(library: Path):
    r = run("grade", str(library / "ar" / "hacked.yaml"), "--replies", "/nonexistent.json")
    assert r.returncode == 2 and "no such replies file" in r.stderr
    r = run("grade", str(library / "nope.yaml"), "--replies", "/nonexistent.json")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr


@pytest.mark.slow
def test_replies_file_with_a_byte_order_mark_is_read(library: Path):
    replies = library / "r.json"
    replies.write_bytes(b"\xef\xbb\xbf" + json.dumps({"main": "مرحبا"}).encode())
    r = run("grade", str(library / "ar" / "hacked.yaml"), "--replies", str(replies), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["score"] >= 0


@pytest.mark.slow
def test_grade_fills_persona_placeholders_in_replies_like_play(library: Path):
    # "Hi {name}" in a replies file is the persona's name for that seed, as in `play`.
    replies = write(library / "r.json", {"main": "مرحبا {name}، نأسف لما حدث."})
    scenario = str(library / "ar" / "hacked.yaml")
    for seed in ("1", "7"):
        r = run("grade", scenario, "--replies", replies, "--seed", seed, "--json")
        assert r.returncode == 0, r.stderr
        greets = next(c for c in json.loads(r.stdout)["criteria"] if c["id"] == "greets-by-name")
        assert greets["passed"]
        assert greets["evidence"]["matches"][0]["text"] == the_name(library, int(seed))
