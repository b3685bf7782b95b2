"""The synthetic placeholder media: referenced, present, and reproducible by the drawer."""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import zlib
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[3]
MEDIA = ROOT / "assets" / "scenario-media"
DRAWER = ROOT / "tools" / "draw_placeholders.py"
# Drawn for trainers' own scenarios, not (yet) used by the shipped library.
SPARE = {
    "placeholder-violence-l3.png",
    "placeholder-dangerous-acts-l2.png",
}


def referenced_images() -> dict[str, Path]:
    """Every attachment image path in the shipped scenarios -> the file naming it."""
    found: dict[str, Path] = {}
    yaml = YAML(typ="safe")
    for path in sorted((ROOT / "scenarios").glob("*/*.yaml")):
        data = yaml.load(path.read_text(encoding="utf-8"))
        for event in (data or {}).get("timeline") or []:
            for att in event.get("attachments") or []:
                found[att["image"]] = path
    return found


def decode_png(data: bytes) -> tuple[int, int, bytes]:
    """(width, height, raw RGB rows) of a PNG as the drawer writes it (RGB, filter 0)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        tag, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if tag == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert (depth, colour) == (8, 2), "expected 8-bit RGB"
        elif tag == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = 1 + width * 3
    assert len(raw) == stride * height
    assert all(raw[y * stride] == 0 for y in range(height)), "expected filter 0 rows"
    return width, height, raw


def test_every_referenced_image_exists() -> None:
    refs = referenced_images()
    assert refs, "the shipped scenarios should use some placeholder media"
    missing = {
        img: str(p.relative_to(ROOT)) for img, p in refs.items() if not (ROOT / img).is_file()
    }
    assert not missing
    assert all(img.startswith("assets/scenario-media/") for img in refs)


def test_every_image_is_referenced_or_spare() -> None:
    used = {Path(img).name for img in referenced_images()}
    on_disk = {p.name for p in MEDIA.glob("*.png")}
    assert on_disk - used - SPARE == set(), "unreferenced images: reference them or list as spare"
    assert on_disk >= SPARE, "a spare image is missing"


def test_images_are_small_and_sized_like_screenshots() -> None:
    for png in MEDIA.glob("*.png"):
        width, height, _ = decode_png(png.read_bytes())
        assert 320 <= width <= 640 and 240 <= height <= 480, png.name
        assert png.stat().st_size < 40_000, png.name


def test_drawer_reproduces_committed_files(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, str(DRAWER), "--out", str(tmp_path)], check=True, env=env, timeout=120
    )
    drawn = {p.name for p in tmp_path.glob("*.png")}
    assert drawn == {p.name for p in MEDIA.glob("*.png")}
    for name in sorted(drawn):
        new, old = (tmp_path / name).read_bytes(), (MEDIA / name).read_bytes()
        # Pixels must match; bytes may differ only if another zlib compresses differently.
        assert decode_png(new) == decode_png(old), name


def test_receipt_images_say_what_the_scenario_says() -> None:
    """The order number, amount and card drawn on a receipt are the ones in the case's
    text (an email saying ORD-5581904 and EGP 749.99 never shows ORD-48213-7720, $99.99)."""
    sys.path.insert(0, str(DRAWER.parent))
    try:
        import draw_placeholders as drawer
    finally:
        sys.path.pop(0)
    yaml = YAML(typ="safe")
    checked = 0
    for path in sorted((ROOT / "scenarios").glob("*/*.yaml")):
        text = path.read_text(encoding="utf-8")
        data = yaml.load(text)
        for event in (data or {}).get("timeline") or []:
            for att in event.get("attachments") or []:
                name = Path(att["image"]).name
                if not re.match(r"(coin-)?receipt|statement", name):
                    continue
                facts = drawer.FACTS[name]  # every receipt image states its facts
                for fact in facts:
                    number = fact.split()[-1].lstrip("$")
                    assert fact in text or number in text, (path.name, name, fact)
                checked += 1
    assert checked >= 4
