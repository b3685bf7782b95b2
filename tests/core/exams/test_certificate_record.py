"""The signed certificate record and the signing key, without a store."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from simulator.errors import InputError
from simulator.exams.certificate import render_html
from simulator.exams.record import (
    Certificate,
    extract,
    html_block,
    sign_certificate,
    verify_record,
    xmp_packet,
)
from simulator.signing import SigningKey, installation_key, parse_public_key

CERT = Certificate(
    id="FL-000042",
    sitting_id=42,
    person_id=7,
    person_name="Amal </script><b>x</b> & ليلى",
    exam_id="mini",
    exam_version=2,
    title_en="Mini exam",
    title_ar="اختبار صغير",
    language="en",
    score=91.5,
    issued=dt.date(2026, 3, 1),
    valid_until=dt.date(2026, 3, 31),
    code="ABCD-ABCD-ABCD-ABCD-ABCD",
    seal="abcd" * 16,
)
ON = dt.date(2026, 3, 10)


def test_a_record_round_trips_through_html_even_with_markup_in_the_name():
    key = SigningKey.generate()
    signed = sign_certificate(CERT, key)
    page = render_html(CERT, signed)
    assert "</script><b>" not in html_block(signed)
    assert extract(page.encode("utf-8"), "page") == signed
    result = verify_record(extract(page.encode(), "page"), ON, key.public)
    assert result.status == "valid" and result.certificate == CERT


def test_the_xmp_packet_carries_the_record():
    key = SigningKey.generate()
    signed = sign_certificate(CERT, key)
    pdf_like = b"%PDF-1.4\n" + xmp_packet(signed) + b"\n%%EOF"
    assert extract(pdf_like, "x.pdf") == signed


def test_signing_is_deterministic_and_any_change_breaks_it():
    key = SigningKey.generate()
    signed = sign_certificate(CERT, key)
    assert sign_certificate(CERT, key) == signed
    for field, value in (("score", 99.5), ("valid_until", "2031-03-31"), ("person", "X")):
        forged = json.loads(json.dumps(signed))
        forged["record"][field] = value
        result = verify_record(forged, ON, key.public)
        assert result.status == "invalid" and "changed after it was signed" in result.reason
    # Re-signing with another key and embedding it: invalid against the trusted key,
    # "valid" only on the file's own word (and said so).
    forger = SigningKey.generate()
    forged = sign_certificate(CERT, forger)
    assert verify_record(forged, ON, key.public).status == "invalid"
    untrusted = verify_record(forged, ON, None)
    assert untrusted.status == "valid" and untrusted.key is not None
    assert untrusted.key.trusted is False and untrusted.key.source == "file"


def test_statuses_by_date():
    key = SigningKey.generate()
    signed = sign_certificate(CERT, key)
    assert verify_record(signed, dt.date(2026, 2, 28), key.public).status == "not yet valid"
    assert verify_record(signed, dt.date(2026, 3, 1), key.public).status == "valid"
    assert verify_record(signed, dt.date(2026, 3, 31), key.public).status == "valid"
    assert verify_record(signed, dt.date(2026, 4, 1), key.public).status == "expired"
    assert verify_record({"format": "other"}, ON, key.public).status == "invalid"
    assert verify_record(None, ON, key.public).status == "invalid"


def test_public_keys_are_read_as_base64_pem_or_a_file(tmp_path):
    key = installation_key()
    assert installation_key().public == key.public  # made once, then read
    assert parse_public_key(key.public.base64) == key.public
    assert parse_public_key(key.public.pem) == key.public
    pem = tmp_path / "pub.pem"
    pem.write_text(key.public.pem)
    assert parse_public_key(str(pem)) == key.public
    with pytest.raises(InputError, match="is not a public key"):
        parse_public_key("hello")


def test_a_file_without_a_record_is_bad_input():
    with pytest.raises(InputError, match="carries no Frontline certificate record"):
        extract(b"%PDF-1.4 nothing here", "x.pdf")
    with pytest.raises(InputError, match="carries no Frontline certificate record"):
        extract(b"<html></html>", "x.html")
    assert extract(b'{"format": ', "x.json") is None  # damaged: invalid, not bad input


def _make_key(queue) -> None:
    queue.put(installation_key().public.base64)


def test_processes_making_the_key_at_once_all_get_the_same_one(tmp_path, monkeypatch):
    import multiprocessing
    import os
    import stat

    from simulator.signing import key_path

    monkeypatch.setenv("SIMULATOR_DATA_DIR", str(tmp_path))
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_make_key, args=(queue,)) for _ in range(6)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0] * 6
    assert len({queue.get(timeout=5) for _ in procs}) == 1
    assert os.listdir(tmp_path) == ["signing-key.pem"]  # no temporary file left behind
    assert stat.S_IMODE(key_path().stat().st_mode) == 0o600
