"""Draw the synthetic placeholder images in assets/scenario-media/ with QPainter.

Every image is made up: mock screenshots of the app (login alert, coin receipt, ...)
and abstract stand-ins for sensitive media, labelled as such. Nothing here depicts
real harm. Output is deterministic: text is drawn with a built-in 5x7 bitmap font
(not a system font), antialiasing is off, and the PNG is encoded here (filter 0,
zlib level 9): the pixels are the same on any machine, and so are the bytes wherever
zlib compresses alike (tests/core/content/test_media_placeholders.py compares pixels).

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python tools/draw_placeholders.py [--out DIR]
"""

from __future__ import annotations

import argparse
import ctypes
import os
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPolygon

# PySide6 6.12 on Python 3.11 drops a reference to None on every call that returns
# nothing (None is only immortal from 3.12 on), and None is freed after a few thousand
# calls: a fatal error. Raising None's count once, for good, keeps this script alive.
if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
    ctypes.c_ssize_t.from_address(id(None)).value += 100_000_000

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "assets" / "scenario-media"

# 5x7 glyphs: seven rows of five cells each, top to bottom ("#" = ink).
_GLYPHS_SRC = {
    "A": ".###. #...# #...# ##### #...# #...# #...#",
    "B": "####. #...# #...# ####. #...# #...# ####.",
    "C": ".###. #...# #.... #.... #.... #...# .###.",
    "D": "####. #...# #...# #...# #...# #...# ####.",
    "E": "##### #.... #.... ####. #.... #.... #####",
    "F": "##### #.... #.... ####. #.... #.... #....",
    "G": ".###. #...# #.... #.### #...# #...# .####",
    "H": "#...# #...# #...# ##### #...# #...# #...#",
    "I": ".###. ..#.. ..#.. ..#.. ..#.. ..#.. .###.",
    "J": "..### ...#. ...#. ...#. ...#. #..#. .##..",
    "K": "#...# #..#. #.#.. ##... #.#.. #..#. #...#",
    "L": "#.... #.... #.... #.... #.... #.... #####",
    "M": "#...# ##.## #.#.# #.#.# #...# #...# #...#",
    "N": "#...# #...# ##..# #.#.# #..## #...# #...#",
    "O": ".###. #...# #...# #...# #...# #...# .###.",
    "P": "####. #...# #...# ####. #.... #.... #....",
    "Q": ".###. #...# #...# #...# #.#.# #..#. .##.#",
    "R": "####. #...# #...# ####. #.#.. #..#. #...#",
    "S": ".#### #.... #.... .###. ....# ....# ####.",
    "T": "##### ..#.. ..#.. ..#.. ..#.. ..#.. ..#..",
    "U": "#...# #...# #...# #...# #...# #...# .###.",
    "V": "#...# #...# #...# #...# #...# .#.#. ..#..",
    "W": "#...# #...# #...# #.#.# #.#.# #.#.# .#.#.",
    "X": "#...# #...# .#.#. ..#.. .#.#. #...# #...#",
    "Y": "#...# #...# .#.#. ..#.. ..#.. ..#.. ..#..",
    "Z": "##### ....# ...#. ..#.. .#... #.... #####",
    "0": ".###. #...# #..## #.#.# ##..# #...# .###.",
    "1": "..#.. .##.. ..#.. ..#.. ..#.. ..#.. .###.",
    "2": ".###. #...# ....# ...#. ..#.. .#... #####",
    "3": "####. ....# ....# .###. ....# ....# ####.",
    "4": "...#. ..##. .#.#. #..#. ##### ...#. ...#.",
    "5": "##### #.... ####. ....# ....# #...# .###.",
    "6": ".###. #.... #.... ####. #...# #...# .###.",
    "7": "##### ....# ...#. ..#.. .#... .#... .#...",
    "8": ".###. #...# #...# .###. #...# #...# .###.",
    "9": ".###. #...# #...# .#### ....# ....# .###.",
    " ": "..... ..... ..... ..... ..... ..... .....",
    ".": "..... ..... ..... ..... ..... .##.. .##..",
    ",": "..... ..... ..... ..... .##.. ..#.. .#...",
    ":": "..... .##.. .##.. ..... .##.. .##.. .....",
    "-": "..... ..... ..... ##### ..... ..... .....",
    "·": "..... ..... .###. .###. .###. ..... .....",
    "/": "....# ....# ...#. ..#.. .#... #.... #....",
    ">": ".#... ..#.. ...#. ....# ...#. ..#.. .#...",
    "(": "...#. ..#.. .#... .#... .#... ..#.. ...#.",
    ")": ".#... ..#.. ...#. ...#. ...#. ..#.. .#...",
    "@": ".###. #...# #.### #.#.# #.### #.... .###.",
    "#": ".#.#. .#.#. ##### .#.#. ##### .#.#. .#.#.",
    "!": "..#.. ..#.. ..#.. ..#.. ..#.. ..... ..#..",
    "?": ".###. #...# ....# ...#. ..#.. ..... ..#..",
    "'": "..#.. ..#.. .#... ..... ..... ..... .....",
    "%": "##..# ##..# ...#. ..#.. .#... #..## #..##",
    "$": "..#.. .#### #.#.. .###. ..#.# ####. ..#..",
    "+": "..... ..#.. ..#.. ##### ..#.. ..#.. .....",
    "&": ".##.. #..#. #.#.. .#... #.#.# #..#. .##.#",
    "_": "..... ..... ..... ..... ..... ..... #####",
}


def _glyph(ch: str) -> str:
    rows = _GLYPHS_SRC[ch].split(" ")
    # Checked here so a typo in one row never silently shifts the rows after it.
    if len(rows) != 7 or any(len(r) != 5 for r in rows):
        raise ValueError(f"glyph {ch!r} is not 7 rows of 5 cells")
    return "".join(rows)


GLYPHS = {ch: _glyph(ch) for ch in _GLYPHS_SRC}

# Palette: the app's mock UI colours.
INK = QColor(33, 37, 41)
MUTED = QColor(120, 126, 134)
PAPER = QColor(255, 255, 255)
PANEL = QColor(241, 243, 245)
LINE = QColor(206, 212, 218)
BRAND = QColor(254, 44, 85)
TEAL = QColor(37, 244, 238)
DARK = QColor(22, 24, 35)
GREEN = QColor(40, 167, 69)
AMBER = QColor(255, 193, 7)
BLUE = QColor(13, 110, 253)


def box(p: QPainter, x: int, y: int, w: int, h: int, color: QColor) -> None:
    """Fill a rectangle."""
    p.fillRect(QRect(x, y, w, h), QBrush(color))


def text_width(text: str, scale: int) -> int:
    """Width in pixels of ``text`` drawn at ``scale``."""
    return max(0, len(text) * 6 - 1) * scale


def draw_text(p: QPainter, x: int, y: int, text: str, scale: int = 2, color: QColor = INK) -> None:
    """Draw ``text`` (upper-cased) with the bitmap font, top-left at (x, y)."""
    for i, ch in enumerate(text.upper().replace("—", "-")):
        cells = GLYPHS[ch]
        for k, cell in enumerate(cells):
            if cell == "#":
                col, row = k % 5, k // 5
                box(p, x + (i * 6 + col) * scale, y + row * scale, scale, scale, color)


def draw_centered(p: QPainter, cx: int, y: int, text: str, scale: int, color: QColor) -> None:
    """Draw ``text`` centred horizontally on ``cx``."""
    draw_text(p, cx - text_width(text, scale) // 2, y, text, scale, color)


def bar(p: QPainter, x: int, y: int, w: int, h: int = 8, color: QColor = LINE) -> None:
    """A grey bar standing for a line of text."""
    box(p, x, y, w, h, color)


def button(p: QPainter, x: int, y: int, w: int, label: str, fill: QColor) -> None:
    """A filled button with a centred white label."""
    box(p, x, y, w, 30, fill)
    draw_centered(p, x + w // 2, y + 8, label, 2, PAPER)


def footer(p: QPainter, w: int, h: int, label: str) -> None:
    """The strip every image carries, saying it is synthetic."""
    box(p, 0, h - 24, w, 24, DARK)
    draw_centered(p, w // 2, h - 17, "SYNTHETIC PLACEHOLDER - " + label, 1, AMBER)


def app_bar(p: QPainter, w: int, title: str) -> None:
    """The top bar of a mock app screen."""
    box(p, 0, 0, w, 40, DARK)
    box(p, 12, 12, 16, 16, BRAND)
    box(p, 16, 16, 16, 16, TEAL)
    draw_text(p, 44, 13, title, 2, PAPER)


def circle(p: QPainter, x: int, y: int, d: int, color: QColor) -> None:
    """A filled circle (no antialiasing)."""
    p.setPen(color)
    p.setBrush(color)
    p.drawEllipse(QRect(x, y, d, d))
    p.setBrush(QColor(0, 0, 0, 0))


def login_alert(p: QPainter, w: int, h: int) -> None:
    app_bar(p, w, "SECURITY")
    box(p, 30, 60, w - 60, h - 110, PANEL)
    shield = QPolygon([QPoint(60, 80), QPoint(90, 72), QPoint(120, 80), QPoint(114, 120),
                       QPoint(90, 138), QPoint(66, 120)])  # fmt: skip
    p.setPen(BRAND)
    p.setBrush(BRAND)
    p.drawPolygon(shield)
    draw_text(p, 88, 94, "!", 3, PAPER)
    draw_text(p, 140, 80, "NEW LOGIN DETECTED", 2, INK)
    draw_text(p, 140, 104, "DEVICE: UNKNOWN ANDROID PHONE", 1, MUTED)
    draw_text(p, 140, 116, "LOCATION: ANOTHER COUNTRY", 1, MUTED)
    draw_text(p, 140, 128, "WHEN: 2 DAYS AGO, 03:12", 1, MUTED)
    draw_text(p, 60, 160, "WAS THIS YOU?", 2, INK)
    button(p, 50, 190, 180, "YES, IT WAS ME", GREEN)
    button(p, 246, 190, 180, "NO, SECURE IT", BRAND)
    footer(p, w, h, "LOGIN ALERT")


def receipt(
    order: str, item: str, amount: str, paid_with: str, date: str = "TODAY 21:47"
) -> Callable[[QPainter, int, int], None]:
    """A coin receipt with the order, item and amount of one scenario (the email's text
    and the image must say the same: tests/core/test_media_placeholders.py checks)."""

    def draw(p: QPainter, w: int, h: int) -> None:
        app_bar(p, w, "RECEIPT")
        box(p, 40, 56, w - 80, h - 100, PAPER)
        p.setPen(LINE)
        p.drawRect(40, 56, w - 81, h - 101)
        circle(p, 60, 72, 40, AMBER)
        draw_text(p, 74, 84, "C", 3, DARK)
        draw_text(p, 116, 76, "COIN PURCHASE", 2, INK)
        draw_text(p, 116, 98, "PAYMENT SUCCESSFUL", 1, GREEN)
        rows = [
            ("ORDER", order),
            ("DATE", date),
            ("ITEM", item),
            ("AMOUNT", amount),
            ("PAID WITH", paid_with),
        ]
        for i, (k, v) in enumerate(rows):
            y = 132 + i * 22
            draw_text(p, 60, y, k, 1, MUTED)
            draw_text(p, w - 60 - text_width(v, 2), y - 3, v, 2, INK)
            bar(p, 60, y + 15, w - 120, 1)
        footer(p, w, h, "COIN RECEIPT")

    return draw


coin_receipt = receipt("ORD-48213-7720", "7,000 COINS", "$99.99", "CARD ENDING 4421")


def statement(
    title: str, rows: list[tuple[str, str]], total: str, card: str
) -> Callable[[QPainter, int, int], None]:
    """A bank statement's card purchases (a parent's, in a minor-spending case)."""

    def draw(p: QPainter, w: int, h: int) -> None:
        app_bar(p, w, title)
        draw_text(p, 30, 54, card, 1, MUTED)
        for i, (k, v) in enumerate(rows):
            y = 72 + i * 22
            draw_text(p, 30, y, k, 1, INK)
            draw_text(p, w - 30 - text_width(v, 2), y - 3, v, 2, INK)
            bar(p, 30, y + 15, w - 60, 1)
        y = 72 + len(rows) * 22 + 6
        draw_text(p, 30, y, "TOTAL", 2, INK)
        draw_text(p, w - 30 - text_width(total, 2), y, total, 2, BRAND)
        footer(p, w, h, "CARD STATEMENT")

    return draw


def profile_page(p: QPainter, w: int, h: int) -> None:
    app_bar(p, w, "PROFILE")
    circle(p, w // 2 - 36, 52, 72, TEAL)
    circle(p, w // 2 - 16, 64, 32, PAPER)
    draw_centered(p, w // 2, 134, "@CREATOR.ACCOUNT", 2, INK)
    for i, (num, label) in enumerate([("312", "FOLLOWING"), ("48.2K", "FOLLOWERS"),
                                      ("1.1M", "LIKES")]):  # fmt: skip
        cx = w // 2 + (i - 1) * 130
        draw_centered(p, cx, 158, num, 2, INK)
        draw_centered(p, cx, 176, label, 1, MUTED)
    tiles = [BRAND, TEAL, AMBER, BLUE, GREEN, MUTED]
    tw = (w - 40) // 6
    for i, c in enumerate(tiles):
        box(p, 20 + i * tw + 2, 196, tw - 4, h - 230, c)
    footer(p, w, h, "PROFILE PAGE")


def comment_thread(p: QPainter, w: int, h: int) -> None:
    app_bar(p, w, "COMMENTS (214)")
    for i in range(5):
        y = 54 + i * 46
        circle(p, 16, y, 30, [BRAND, TEAL, AMBER, BLUE, GREEN][i])
        bar(p, 56, y + 2, 90, 8, MUTED)
        bar(p, 56, y + 16, w - 110 - (i * 37) % 120, 8)
        draw_text(p, w - 40, y + 6, "+", 2, MUTED)
    draw_text(p, 56, h - 44, "TEXT OF COMMENTS OMITTED", 1, MUTED)
    footer(p, w, h, "COMMENT THREAD")


def notice(p: QPainter, w: int, h: int, title: str, lines: list[str], action: str) -> None:
    app_bar(p, w, "INBOX")
    box(p, 30, 56, w - 60, h - 100, PANEL)
    box(p, 30, 56, 8, h - 100, BRAND)
    draw_text(p, 56, 72, title, 2, INK)
    for i, line in enumerate(lines):
        draw_text(p, 56, 100 + i * 16, line, 1, MUTED)
    button(p, 56, h - 86, 160, action, BLUE)
    footer(p, w, h, title)


def ban_notice(p: QPainter, w: int, h: int) -> None:
    notice(p, w, h, "ACCOUNT BANNED",
           ["YOUR ACCOUNT WAS BANNED FOR MULTIPLE", "VIOLATIONS OF OUR COMMUNITY GUIDELINES.",
            "YOU CAN APPEAL WITHIN 180 DAYS."], "APPEAL")  # fmt: skip


def video_removed(p: QPainter, w: int, h: int) -> None:
    notice(p, w, h, "VIDEO REMOVED",
           ["YOUR VIDEO WAS REMOVED UNDER THE", "DANGEROUS ACTS AND CHALLENGES GUIDELINE.",
            "IF YOU THINK WE GOT THIS WRONG, APPEAL."], "APPEAL")  # fmt: skip


def data_download(p: QPainter, w: int, h: int) -> None:
    app_bar(p, w, "DOWNLOAD YOUR DATA")
    draw_text(p, 30, 60, "REQUEST DATA", 2, INK)
    draw_text(p, 30, 84, "FILE FORMAT:", 1, MUTED)
    box(p, 120, 80, 60, 16, BLUE)
    draw_text(p, 133, 84, "JSON", 1, PAPER)
    box(p, 186, 80, 60, 16, PANEL)
    draw_text(p, 199, 84, "HTML", 1, MUTED)
    for i in range(4):
        y = 112 + i * 24
        box(p, 30, y, 12, 12, GREEN)
        bar(p, 52, y + 2, 160 + (i * 53) % 140)
    draw_text(p, 30, 214, "STATUS: PENDING - READY IN UP TO 4 DAYS", 1, AMBER)
    button(p, 30, h - 70, 200, "REQUEST DATA", BRAND)
    footer(p, w, h, "DATA DOWNLOAD PAGE")


def _lcg(seed: int) -> Callable[[int], int]:
    """A tiny deterministic random source (no global state, same on every platform)."""
    state = [seed & 0x7FFFFFFF]

    def nxt(n: int) -> int:
        state[0] = (1103515245 * state[0] + 12345) & 0x7FFFFFFF
        return state[0] % n

    return nxt


def abstract(category: str, level: int, base: QColor) -> Callable[[QPainter, int, int], None]:
    """An abstract stand-in for sensitive media: coloured blocks and a big label."""

    def draw(p: QPainter, w: int, h: int) -> None:
        rnd = _lcg(sum(map(ord, category)) * 31 + level)
        box(p, 0, 0, w, h, base.darker(220))
        for _ in range(14):
            c = QColor(base)
            c = c.lighter(60 + rnd(90))
            box(p, rnd(w), rnd(h), 40 + rnd(180), 30 + rnd(120), c)
        # Diagonal hatch: reads as "not a photo" at a glance, even blurred.
        p.setPen(QColor(255, 255, 255, 40))
        for x in range(-h, w, 24):
            p.drawLine(x, h, x + h, 0)
        box(p, 0, h // 2 - 56, w, 112, QColor(0, 0, 0, 200))
        draw_centered(p, w // 2, h // 2 - 44, "SYNTHETIC PLACEHOLDER", 3, PAPER)
        label = f"{category.replace('-', ' ')} · LEVEL {level}"
        draw_centered(p, w // 2, h // 2 - 10, label, 3, AMBER)
        draw_centered(p, w // 2, h // 2 + 26, "NO REAL CONTENT - TRAINING IMAGE", 1, PAPER)

    return draw


# name -> (width, height, painter)
IMAGES: dict[str, tuple[int, int, Callable[[QPainter, int, int], None]]] = {
    "login-alert.png": (480, 300, login_alert),
    "coin-receipt.png": (480, 300, coin_receipt),
    # One receipt per order of the Egyptian double-charge case (EGP, Visa 4417).
    "receipt-ord-5581904.png": (
        480,
        300,
        receipt("ORD-5581904", "1,400 COINS", "EGP 749.99", "VISA ENDING 4417", "TODAY 19:12"),
    ),
    "receipt-ord-5581905.png": (
        480,
        300,
        receipt("ORD-5581905", "1,400 COINS", "EGP 749.99", "VISA ENDING 4417", "TODAY 19:12"),
    ),
    # The Saudi parent's statement: 11 purchases in 6 days, SAR 3,214.89 (Mada 9023).
    "statement-mada-9023.png": (
        480,
        340,
        statement(
            "MADA STATEMENT",
            [
                ("DAY 1  COINS X2", "SAR 189.98"),
                ("DAY 2  COINS X2", "SAR 379.96"),
                ("DAY 3  COINS X2", "SAR 569.97"),
                ("DAY 4  COINS X2", "SAR 759.98"),
                ("DAY 5  COINS X2", "SAR 939.98"),
                ("DAY 6  COINS X1", "SAR 375.02"),
            ],
            "SAR 3,214.89",
            "CARD ENDING 9023 - 11 PURCHASES",
        ),
    ),
    "profile-page.png": (480, 320, profile_page),
    "comment-thread.png": (400, 320, comment_thread),
    "ban-notice.png": (480, 260, ban_notice),
    "video-removed-notice.png": (480, 260, video_removed),
    "data-download-page.png": (480, 320, data_download),
    "placeholder-bullying-l3.png": (480, 320, abstract("bullying", 3, QColor(111, 66, 193))),
    "placeholder-hate-speech-l3.png": (480, 320, abstract("hate-speech", 3, QColor(214, 51, 132))),
    "placeholder-violence-l2.png": (480, 320, abstract("violence", 2, QColor(253, 126, 20))),
    "placeholder-violence-l3.png": (480, 320, abstract("violence", 3, QColor(220, 53, 69))),
    "placeholder-animal-harm-l3.png": (480, 320, abstract("animal-harm", 3, QColor(32, 201, 151))),
    "placeholder-dangerous-acts-l2.png": (480, 320, abstract("dangerous-acts", 2, BLUE)),
}


def encode_png(img: QImage) -> bytes:
    """Encode an image as an 8-bit RGB PNG (filter 0 on every row, zlib level 9)."""
    rgb = img.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    data = bytes(rgb.constBits())
    raw = b"".join(b"\x00" + data[y * stride : y * stride + w * 3] for y in range(h))

    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def render(name: str) -> bytes:
    """The PNG bytes of one named image."""
    w, h, paint = IMAGES[name]
    img = QImage(w, h, QImage.Format.Format_RGB32)
    img.fill(PAPER)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    try:
        paint(p, w, h)
    finally:
        p.end()
    return encode_png(img)


# What a receipt or statement image says that the case's text must say too (the order
# number, the amount, the card): tests/core/test_media_placeholders.py compares them.
FACTS: dict[str, tuple[str, ...]] = {
    "coin-receipt.png": ("ORD-48213-7720", "$99.99", "4421"),
    "receipt-ord-5581904.png": ("ORD-5581904", "EGP 749.99", "4417"),
    "receipt-ord-5581905.png": ("ORD-5581905", "EGP 749.99", "4417"),
    "statement-mada-9023.png": ("SAR 3,214.89", "9023"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    args.out.mkdir(parents=True, exist_ok=True)
    for name in IMAGES:
        (args.out / name).write_bytes(render(name))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
