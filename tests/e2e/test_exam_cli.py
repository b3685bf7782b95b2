"""``simulator exam ...`` as a user runs it: a subprocess, JSON out, one-line errors."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SIMULATOR = (sys.executable, "-m", "simulator")
REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "core" / "exams" / "data" / "library"
TARA_PASSWORD = "tara-password"
AS_TARA = ("--as", "tara")  # the password: TARA_PASSWORD on standard input
GOOD = [{"at": "20s", "reply": {"thread": "main", "text": "hello, happy to help"}}]


def run(*args: str, url: str | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    pre = ("--database-url", url) if url else ()
    return subprocess.run(
        [*SIMULATOR, *pre, "exam", *args], capture_output=True, text=True, timeout=120, input=stdin
    )


def one_line_error(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode == 2, r.stdout + r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    return r.stderr


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    shutil.copytree(DATA, root)
    return root


@pytest.fixture
def scripts(tmp_path: Path) -> Path:
    folder = tmp_path / "scripts"
    folder.mkdir()
    for sid in ("easy-a", "easy-b", "hard-sensitive", "lighter", "pool-x", "pool-y"):
        (folder / f"{sid}.json").write_text(json.dumps(GOOD))
    return folder


def test_list_shows_the_shipped_exams():
    r = run("list", "--json")
    assert r.returncode == 0, r.stderr
    exams = {e["id"]: e for e in json.loads(r.stdout)["exams"]}
    assert set(exams) == {"support-associate-en", "support-associate-ar"}
    assert exams["support-associate-ar"]["language"] == "ar"
    assert exams["support-associate-en"]["items"] == 4


@pytest.mark.slow
def test_validate_passes_good_files_and_names_the_line_of_a_bad_one(library):
    assert run("validate", str(REPO / "scenarios" / "exams")).returncode == 0
    assert run("validate", str(REPO / "scenarios")).returncode == 0  # a library: its exams/
    bad = library / "exams" / "mini.yaml"
    bad.write_text(bad.read_text().replace("swaps: [lighter]", "swaps: [ghost]"))
    r = run("validate", str(bad))
    assert r.returncode == 1
    assert r.stdout.startswith(f"{bad}:9: scenario 'ghost' is not in the library")
    assert "no such file" in one_line_error(run("validate", str(library / "nope.yaml")))


@pytest.mark.slow
def test_play_runs_a_whole_sitting_and_prints_json(library, scripts):
    exam = str(library / "exams" / "mini.yaml")
    r = run("play", exam, "--scripts", str(scripts), "--seed", "3", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["exam"] == "mini" and out["seed"] == 3 and out["passed"] is True
    assert [i["scenario"] for i in out["items"]][:3] == ["easy-a", "hard-sensitive", "easy-b"]
    assert all(i["score"] == 100.0 for i in out["items"])
    assert len(out["plays"]) == 4 and out["plays"][0]["transcript"][0]["from"] == "user"
    again = run("play", exam, "--scripts", str(scripts), "--seed", "3", "--json")
    assert again.stdout == r.stdout  # byte-identical for the same seed and scripts


def test_play_honours_skips_and_pauses(library, scripts):
    plan = {
        "skip": ["hard-sensitive"],
        "briefing": "1m",
        "breaks": {"1": "10m"},
        "support": {"3": {"at": "10s", "for": "2m"}},
    }
    (scripts / "sitting.json").write_text(json.dumps(plan))
    exam = str(library / "exams" / "mini.yaml")
    out = json.loads(run("play", exam, "--scripts", str(scripts), "--json").stdout)
    second = out["items"][1]
    assert (second["scenario"], second["swapped_from"], second["score"]) == (
        "lighter",
        "hard-sensitive",
        100.0,
    )
    assert out["passed"] is True
    assert sorted((p["reason"], p["seconds"]) for p in out["pauses"]) == [
        ("break", 600.0),
        ("briefing", 60.0),
        ("support", 120.0),
    ]
    assert out["paused_s"] == 780.0


@pytest.mark.slow
def test_play_without_scripts_fails_the_exam_but_runs(scripts):
    for f in scripts.iterdir():
        f.unlink()
    exam = str(REPO / "scenarios" / "exams" / "support-associate-ar.yaml")
    r = run("play", exam, "--scripts", str(scripts), "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["passed"] is False and out["score"] < 75


@pytest.mark.slow
def test_bad_play_input_is_one_line(library, scripts, tmp_path):
    exam = str(library / "exams" / "mini.yaml")
    assert "no such file" in one_line_error(run("play", str(tmp_path / "x.yaml"), "--scripts", "."))
    assert "--scripts" in one_line_error(run("play", exam, "--scripts", str(tmp_path / "none")))
    (scripts / "easy-a.json").write_text('[{"at": "5s", "reply": {"thread": "nope", "text": "x"}}]')
    assert "easy-a.json" in one_line_error(run("play", exam, "--scripts", str(scripts)))
    (scripts / "easy-a.json").write_text(json.dumps(GOOD))
    (scripts / "sitting.json").write_text('{"breaks": {"one": "5m"}}')
    assert "item number" in one_line_error(run("play", exam, "--scripts", str(scripts)))


def passed_sitting_in(url: str, library: Path, reply: str = "hello, happy to help") -> int:
    from simulator.attempts.sittings import finish_sitting, start_sitting
    from simulator.clock import SimulatedClock
    from simulator.exams.definition import load_exam
    from simulator.store import open_store

    ended = dt.datetime(2026, 3, 1, 12, 0, tzinfo=dt.UTC)
    with open_store(url) as store:
        if store.person("tara") is None:  # the trainer who reads results (--as tara)
            store.create_person("tara", "trainer", password=TARA_PASSWORD)
        person = store.create_person("noor", "trainee", display_name="Noor Saleh")
        clock = SimulatedClock()
        exam = load_exam(library / "exams" / "mini.yaml")
        sitting = start_sitting(store, person.id, exam, seed=1, clock=clock, started_at=ended)
        while not sitting.done:
            session = sitting.start()
            clock.advance(20)
            session.reply("main", reply)
            sitting.finish_item()
        finish_sitting(store, sitting, ended_at=ended)
        assert sitting.sitting_id is not None
        return sitting.sitting_id


@pytest.mark.slow
def test_certificate_and_verify(library, tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    sitting_id = passed_sitting_in(url, library)
    tara = {"stdin": TARA_PASSWORD + "\n"}  # --as tara reads her password from standard input
    page = tmp_path / "cert.html"
    r = run(
        "certificate", f"FL-{sitting_id:06d}", "--output", str(page), "--json", "--as", "tara",
        url=url, **tara,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    cert = json.loads(r.stdout)
    html = page.read_text(encoding="utf-8")
    assert 'dir="rtl"' in html and "Noor Saleh" in html and cert["code"] in html
    assert cert["valid_until"] == "2026-03-31"

    r = run("verify", cert["code"], "--on", "2026-03-15", url=url)
    assert r.returncode == 0 and r.stdout.startswith("valid: valid until 2026-03-31")
    r = run("verify", cert["code"], "--on", "2026-04-01", "--json", url=url)
    assert r.returncode == 1 and json.loads(r.stdout)["status"] == "expired"
    r = run("verify", "ABCD-ABCD-ABCD-ABCD-ABCD", url=url)
    assert r.returncode == 1 and r.stdout.startswith("invalid:")
    assert "not a certificate code" in one_line_error(run("verify", "hello", url=url))
    assert "not a date" in one_line_error(run("verify", cert["code"], "--on", "soon", url=url))
    r = run("sittings", "--person", "noor", "--json", "--as", "tara", url=url, **tara)
    assert json.loads(r.stdout)["sittings"][0]["certificate"] == cert["id"]
    zed = run("sittings", "--person", "zed", "--as", "tara", url=url, **tara)
    assert "no such person" in one_line_error(zed)
    missing = run(
        "certificate",
        "FL-999999",
        "--output",
        str(page),
        "--force",
        "--as",
        "tara",
        url=url,
        **tara,
    )
    assert "no such certificate" in one_line_error(missing)


@pytest.mark.slow
def test_play_a_pause_past_its_allowance_or_a_step_past_the_limit_is_time_up(library, scripts):
    """The support pause is credited up to support_pause_limit (15m), then the clock runs;
    a script that goes past the time limit ends the sitting with time-up, not an error."""
    (scripts / "sitting.json").write_text(json.dumps({"support": {"1": {"at": "5s", "for": "2h"}}}))
    exam = str(library / "exams" / "mini.yaml")
    r = run("play", exam, "--scripts", str(scripts), "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["time_up"] is True and out["passed"] is False
    assert out["credited_pause_s"] == 900.0
    (scripts / "sitting.json").unlink()
    (scripts / "easy-a.json").write_text(
        json.dumps(
            [
                {"at": "10s", "reply": {"thread": "main", "text": "hello"}},
                {"at": "2h", "reply": {"thread": "main", "text": "late"}},
            ]
        )
    )
    r = run("play", exam, "--scripts", str(scripts), "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["time_up"] is True
    assert [i["status"] for i in out["items"]][1:] == ["not-reached"] * 3


@pytest.mark.slow
def test_extra_time_is_given_by_a_trainer_with_a_reason(tmp_path):
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'store.db'}"

    def sim(*args: str, stdin: str | None = None):
        return subprocess.run(
            [sys.executable, "-m", "simulator", *args, "--database-url", url],
            capture_output=True,
            text=True,
            input=stdin,
            timeout=120,
        )

    r = sim("user", "add", "rana", "--role", "admin", "--password-stdin", stdin="correct horse\n")
    assert r.returncode == 0, r.stderr  # the first admin; she adds the others (--as)
    for name, role in (("amal", "trainee"), ("tarek", "trainer")):
        r = sim(
            "user", "add", name, "--role", role, "--password-stdin", "--as", "rana",
            stdin="correct horse\ncorrect horse\n",
        )  # fmt: skip
        assert r.returncode == 0, r.stderr
    give = ("exam", "extra-time", "amal", "mini", "--extra", "10m", "--password-stdin")
    refused = sim(*give, "--reason", "reading time", "--as", "amal", stdin="correct horse\n")
    assert "only a trainer or an admin" in one_line_error(refused)
    no_reason = sim(*give, "--reason", " ", "--as", "tarek", stdin="correct horse\n")
    assert "reason" in one_line_error(no_reason)
    ok = sim(*give, "--reason", "reading time", "--as", "tarek", "--json", stdin="correct horse\n")
    assert ok.returncode == 0, ok.stderr
    out = json.loads(ok.stdout)
    assert (out["person"], out["exam"], out["extra_s"], out["by"]) == (
        "amal",
        "mini",
        600.0,
        "tarek",
    )
    from simulator.store import open_store

    with open_store(url) as store:
        amal = store.person("amal")
        assert [a.extra_s for a in store.accommodations_for(amal.id, "mini")] == [600.0]
        assert store.audit() == []
