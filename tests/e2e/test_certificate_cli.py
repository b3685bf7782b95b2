"""Signed certificates from the command line: the key, PDF/HTML/JSON files that verify
offline, edited files that do not, revocation, and --force."""

from __future__ import annotations

import base64
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from test_exam_cli import AS_TARA, DATA, TARA_PASSWORD, passed_sitting_in

SIMULATOR = (sys.executable, "-m", "simulator")


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None):
    return subprocess.run(
        [*SIMULATOR, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        input=stdin,
    )


def one_line_error(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode == 2, r.stdout + r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    return r.stderr


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory):
    """A store with a passed sitting, and its certificate as PDF, HTML and JSON, written
    by an installation whose data folder (and key) is ``data``."""
    root = tmp_path_factory.mktemp("issued")
    data = root / "data"
    library = root / "library"
    shutil.copytree(DATA, library)
    url = f"sqlite:///{root / 'store.db'}"
    env = {"SIMULATOR_DATA_DIR": str(data)}
    old = os.environ.get("SIMULATOR_DATA_DIR")
    os.environ["SIMULATOR_DATA_DIR"] = str(data)
    try:
        sitting_id = passed_sitting_in(url, library)
    finally:
        if old is None:
            del os.environ["SIMULATOR_DATA_DIR"]
        else:
            os.environ["SIMULATOR_DATA_DIR"] = old
    files = {}
    for kind in ("pdf", "html", "json"):
        path = root / f"cert.{kind}"
        r = run(
            "exam",
            "certificate",
            str(sitting_id),
            "--output",
            str(path),
            "--database-url",
            url,
            *AS_TARA,
            env=env,
            stdin=TARA_PASSWORD + "\n",
        )
        assert r.returncode == 0, r.stderr
        files[kind] = path
    key = json.loads(run("exam", "key", "--json", env=env).stdout)
    return {"url": url, "env": env, "files": files, "key": key, "sitting": sitting_id}


def elsewhere(tmp_path: Path) -> dict[str, str]:
    """Another computer: no installation key, no store."""
    return {"SIMULATOR_DATA_DIR": str(tmp_path / "elsewhere")}


def test_the_key_is_made_once_with_mode_0600_and_printed(tmp_path):
    env = {"SIMULATOR_DATA_DIR": str(tmp_path / "d")}
    first = run("exam", "key", "--json", env=env)
    assert first.returncode == 0, first.stderr
    info = json.loads(first.stdout)
    assert info["created"] is True and info["supplied"] is False
    path = Path(info["key_file"])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(base64.b64decode(info["public_key"])) == 32
    assert len(info["fingerprint"]) == 19 and info["fingerprint"].count("-") == 3
    assert info["pem"].startswith("-----BEGIN PUBLIC KEY-----")
    again = json.loads(run("exam", "key", "--json", env=env).stdout)
    assert again["created"] is False and again["public_key"] == info["public_key"]
    text = run("exam", "key", env=env).stdout
    assert f"fingerprint: {info['fingerprint']}" in text and info["public_key"] in text


def test_an_admin_supplied_key_is_used(tmp_path):
    supplied = tmp_path / "centre.pem"
    made = run("exam", "key", "--json", env={"SIMULATOR_DATA_DIR": str(tmp_path / "a")})
    shutil.copyfile(json.loads(made.stdout)["key_file"], supplied)
    env = {"SIMULATOR_DATA_DIR": str(tmp_path / "b"), "SIMULATOR_SIGNING_KEY": str(supplied)}
    info = json.loads(run("exam", "key", "--json", env=env).stdout)
    assert info["supplied"] is True and info["key_file"] == str(supplied)
    assert info["public_key"] == json.loads(made.stdout)["public_key"]
    assert not (tmp_path / "b" / "signing-key.pem").exists()
    env["SIMULATOR_SIGNING_KEY"] = str(tmp_path / "missing.pem")
    assert "cannot read the signing key" in one_line_error(run("exam", "key", env=env))


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["pdf", "html", "json"])
def test_each_file_verifies_offline_with_the_public_key(issued, kind, tmp_path):
    path = str(issued["files"][kind])
    key = issued["key"]["public_key"]
    r = run(
        "exam",
        "verify",
        path,
        "--public-key",
        key,
        "--on",
        "2026-03-15",
        "--json",
        env=elsewhere(tmp_path),
    )
    assert r.returncode == 0, r.stdout + r.stderr
    out = json.loads(r.stdout)
    assert out["status"] == "valid"
    assert out["key"] == {
        "fingerprint": issued["key"]["fingerprint"],
        "source": "given",
        "trusted": True,
    }
    cert = out["certificate"]
    assert (cert["person"], cert["exam"], cert["version"], cert["score"]) == (
        "Noor Saleh",
        "mini",
        2,
        100.0,
    )
    assert (cert["issued"], cert["valid_until"]) == ("2026-03-01", "2026-03-31")
    assert out["revocation_checked_in"] is None
    text = run(
        "exam", "verify", path, "--public-key", key, "--on", "2026-03-15", env=elsewhere(tmp_path)
    ).stdout
    assert text.startswith("valid: valid until 2026-03-31")
    for line in ("name:        Noor Saleh", "score:       100%", "issued:      2026-03-01"):
        assert line in text


@pytest.mark.slow
def test_without_a_trusted_key_the_file_key_is_used_and_said_so(issued, tmp_path):
    r = run(
        "exam", "verify", str(issued["files"]["pdf"]), "--on", "2026-03-15", env=elsewhere(tmp_path)
    )
    assert r.returncode == 0, r.stderr
    assert "taken from the file itself" in r.stdout and "not who signed it" in r.stdout
    out = json.loads(
        run(
            "exam",
            "verify",
            str(issued["files"]["pdf"]),
            "--on",
            "2026-03-15",
            "--json",
            env=elsewhere(tmp_path),
        ).stdout
    )
    assert out["key"]["trusted"] is False and out["key"]["source"] == "file"


@pytest.mark.slow
def test_a_file_signed_by_another_key_is_invalid(issued, tmp_path):
    other = json.loads(run("exam", "key", "--json", env=elsewhere(tmp_path)).stdout)
    # On a computer with its own key, and with that key given explicitly.
    for extra in ((), ("--public-key", other["public_key"])):
        r = run(
            "exam",
            "verify",
            str(issued["files"]["html"]),
            *extra,
            "--on",
            "2026-03-15",
            env=elsewhere(tmp_path),
        )
        assert r.returncode == 1
        assert r.stdout.startswith(f"invalid: signed by key {issued['key']['fingerprint']}")


@pytest.mark.slow
def test_dates_expired_and_not_yet_valid(issued, tmp_path):
    path, key = str(issued["files"]["json"]), issued["key"]["public_key"]
    late = run("exam", "verify", path, "--public-key", key, "--on", "2026-04-01")
    assert late.returncode == 1 and late.stdout.startswith("expired: expired on 2026-03-31")
    early = run("exam", "verify", path, "--public-key", key, "--on", "2026-02-28")
    assert early.returncode == 1
    assert early.stdout.startswith("not yet valid: valid from 2026-03-01")


EDITS = {
    "score": ('"score":100.0', '"score":99.5'),
    "valid_until": ('"valid_until":"2026-03-31"', '"valid_until":"2031-03-31"'),
    "name": ('"person":"Noor Saleh"', '"person":"Nora Salem"'),
}


@pytest.mark.slow
@pytest.mark.parametrize("edit", sorted(EDITS))
@pytest.mark.parametrize("kind", ["html", "json"])
def test_an_edited_text_file_is_invalid(issued, tmp_path, kind, edit):
    old, new = EDITS[edit]
    text = issued["files"][kind].read_text(encoding="utf-8")
    assert old in text
    forged = tmp_path / f"forged.{kind}"
    forged.write_text(text.replace(old, new), encoding="utf-8")
    r = run(
        "exam",
        "verify",
        str(forged),
        "--public-key",
        issued["key"]["public_key"],
        "--on",
        "2026-03-15",
    )
    assert r.returncode == 1
    assert r.stdout.startswith("invalid: the certificate was changed after it was signed")


VISIBLE = {
    "score": ("100%", "99.5%"),
    "valid_until": ("2026-03-31", "2031-03-31"),
    "name": ("Noor Saleh", "Nora Salem"),
}


@pytest.mark.slow
@pytest.mark.parametrize("edit", sorted(VISIBLE))
def test_an_html_page_edited_only_where_it_shows_is_invalid(issued, tmp_path, edit):
    """The issue's hand-edited page: the signed record untouched, the text changed."""
    old, new = VISIBLE[edit]
    text = issued["files"]["html"].read_text(encoding="utf-8")
    head, script = text.split('<script type="application/json"')
    forged = tmp_path / "forged.html"
    forged.write_text(head.replace(old, new) + '<script type="application/json"' + script)
    r = run(
        "exam",
        "verify",
        str(forged),
        "--public-key",
        issued["key"]["public_key"],
        "--on",
        "2026-03-15",
    )
    assert r.returncode == 1
    assert r.stdout.startswith("invalid: the page's text does not match its signed record")


@pytest.mark.slow
@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_edited_pdf_is_invalid(issued, tmp_path, edit):
    old, new = EDITS[edit]
    data = issued["files"]["pdf"].read_bytes()
    start = data.index(b"<frontline:record>") + len(b"<frontline:record>")
    end = data.index(b"</frontline:record>")
    record = base64.b64decode(data[start:end]).decode("utf-8")
    assert old in record
    forged_record = base64.b64encode(record.replace(old, new).encode("utf-8"))
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(data[:start] + forged_record + data[end:])
    r = run(
        "exam",
        "verify",
        str(forged),
        "--public-key",
        issued["key"]["public_key"],
        "--on",
        "2026-03-15",
    )
    assert r.returncode == 1
    assert r.stdout.startswith("invalid: the certificate was changed after it was signed")


@pytest.mark.slow
def test_the_pdf_carries_a_qr_code_of_the_signed_record(issued):
    from simulator.exams.record import compact, read_file

    signed = read_file(issued["files"]["pdf"])
    assert signed == json.loads(issued["files"]["json"].read_text(encoding="utf-8"))
    assert len(compact(signed)) < 2953  # fits a QR code (version 40-L holds 2953 bytes)
    data = issued["files"]["pdf"].read_bytes()
    assert data.startswith(b"%PDF") and b"/Metadata" in data


@pytest.mark.slow
def test_a_file_that_is_not_a_certificate_is_one_line(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body>hello</body></html>", encoding="utf-8")
    assert "carries no Frontline certificate record" in one_line_error(
        run("exam", "verify", str(page))
    )
    assert "cannot read it" in one_line_error(run("exam", "verify", str(tmp_path / "no.pdf")))


@pytest.mark.slow
def test_certificate_output_is_not_overwritten_without_force(issued):
    path = issued["files"]["html"]
    before = path.read_bytes()
    r = run(
        "exam",
        "certificate",
        str(issued["sitting"]),
        "--output",
        str(path),
        "--database-url",
        issued["url"],
        *AS_TARA,
        env=issued["env"],
        stdin=TARA_PASSWORD + "\n",
    )
    assert "already exists; give --force" in one_line_error(r)
    assert path.read_bytes() == before
    r = run(
        "exam",
        "certificate",
        str(issued["sitting"]),
        "--output",
        str(path),
        "--force",
        "--database-url",
        issued["url"],
        *AS_TARA,
        env=issued["env"],
        stdin=TARA_PASSWORD + "\n",
    )
    assert r.returncode == 0, r.stderr
    assert path.read_bytes() == before  # the same record, signed the same way


@pytest.mark.slow
def test_revoke_then_verify_the_code_and_the_file(tmp_path):
    library = tmp_path / "library"
    shutil.copytree(DATA, library)
    url = f"sqlite:///{tmp_path / 'store.db'}"
    sitting = passed_sitting_in(url, library)
    cert_id = f"FL-{sitting:06d}"
    pdf = tmp_path / "c.pdf"
    assert (
        run(
            "exam",
            "certificate",
            cert_id,
            "--output",
            str(pdf),
            "--database-url",
            url,
            *AS_TARA,
            stdin=TARA_PASSWORD + "\n",
        ).returncode
        == 0
    )
    for name, role in (("rana", "admin"), ("tarek", "trainer")):
        added = run(
            "user",
            "add",
            name,
            "--role",
            role,
            "--password-stdin",
            "--database-url",
            url,
            *(() if role == "admin" else ("--as", "rana")),  # rana: the first admin
            stdin="correct horse\n" * (1 if role == "admin" else 2),
        )
        assert added.returncode == 0, added.stderr
    revoke = ("exam", "revoke", cert_id, "--reason", "exam help found", "--password-stdin")
    wrong = run(*revoke, "--as", "rana", "--database-url", url, stdin="nope nope\n")
    assert "wrong name or password" in one_line_error(wrong)
    trainer = run(*revoke, "--as", "tarek", "--database-url", url, stdin="correct horse\n")
    assert "only an admin" in one_line_error(trainer)
    ok = run(*revoke, "--as", "rana", "--database-url", url, stdin="correct horse\n")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith(f"revoked {cert_id} (Noor Saleh): exam help found")
    again = run(*revoke, "--as", "rana", "--database-url", url, stdin="correct horse\n")
    assert "already revoked" in one_line_error(again)

    code = json.loads(run("exam", "verify", str(pdf), "--json").stdout)["certificate"]["code"]
    by_code = run("exam", "verify", code, "--on", "2026-03-15", "--database-url", url)
    assert by_code.returncode == 1
    assert by_code.stdout.startswith("revoked: revoked on ")
    assert "by rana: exam help found" in by_code.stdout
    by_file = run("exam", "verify", str(pdf), "--on", "2026-03-15", "--json", "--database-url", url)
    out = json.loads(by_file.stdout)
    assert by_file.returncode == 1 and out["status"] == "revoked"
    assert out["revoked"]["reason"] == "exam help found" and out["revocation_checked_in"]
    offline = run("exam", "verify", str(pdf), "--on", "2026-03-15", env=elsewhere(tmp_path))
    assert offline.returncode == 0 and "revocation:  not checked" in offline.stdout
    assert run("db", "audit", "--database-url", url).returncode == 0


@pytest.mark.slow
def test_a_rename_keeps_the_certificate_and_a_rename_behind_the_app_fails_the_audit(tmp_path):
    import sqlite3

    library = tmp_path / "library"
    shutil.copytree(DATA, library)
    db = tmp_path / "store.db"
    url = f"sqlite:///{db}"
    sitting = passed_sitting_in(url, library)
    cert = tmp_path / "c.json"
    assert (
        run(
            "exam",
            "certificate",
            str(sitting),
            "--output",
            str(cert),
            "--database-url",
            url,
            *AS_TARA,
            stdin=TARA_PASSWORD + "\n",
        ).returncode
        == 0
    )
    r = run(
        "user",
        "rename",
        "noor",
        "--display-name",
        "Noor Saleh-Haddad",
        "--database-url",
        url,
        *AS_TARA,
        stdin=TARA_PASSWORD + "\n",
    )
    assert r.returncode == 0 and "now shown as Noor Saleh-Haddad" in r.stdout
    again = tmp_path / "again.json"
    assert (
        run(
            "exam",
            "certificate",
            str(sitting),
            "--output",
            str(again),
            "--database-url",
            url,
            *AS_TARA,
            stdin=TARA_PASSWORD + "\n",
        ).returncode
        == 0
    )
    assert again.read_bytes() == cert.read_bytes()  # the name as issued, signed the same
    assert run("db", "audit", "--database-url", url).returncode == 0

    with sqlite3.connect(db) as conn:  # behind the app's back
        conn.execute("UPDATE people SET display_name = 'Someone Else' WHERE name = 'noor'")
    audit = run("db", "audit", "--database-url", url)
    assert audit.returncode == 1
    assert "first broken link: people row" in audit.stdout
    assert "renamed bypassing the store" in audit.stdout
    out = json.loads(run("exam", "verify", str(cert), "--json", "--database-url", url).stdout)
    assert out["certificate"]["person"] == "Noor Saleh"
