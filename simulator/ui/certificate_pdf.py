"""The certificate as a PDF, drawn with Qt's PDF writer: an English half, an Arabic half
(right to left, shaped by Qt's text engine), and a QR code of the signed record.

The signed record is also embedded in the PDF's XMP metadata, so ``simulator exam
verify FILE.pdf`` checks it without a QR reader. Reached from the CLI by name
(``importlib.import_module``): the core never imports Qt.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import segno

from simulator.exams.record import Certificate, compact, xmp_packet
from simulator.ui import theme
from simulator.ui.theme import ACCENT

LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"  # bidi isolates: ids and dates keep their order
A4_DPI = 300


def _ltr(text: str) -> str:
    return f"{LRI}{text}{PDI}"


def _app() -> Any:
    """A QGuiApplication (offscreen when there is no display): a PDF needs no window."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def english_lines(cert: Certificate) -> list[tuple[str, int, bool]]:
    """(text, point size, bold) of the English half."""
    return [
        ("Certificate of completion", 26, True),
        ("This certifies that", 12, False),
        (cert.person_name, 22, True),
        (
            f"passed the exam {cert.title_en} ({cert.exam_id}, version {cert.exam_version})",
            12,
            False,
        ),
        (f"with a score of {cert.score:g}%", 14, True),
        (
            f"Issued on {cert.issued.isoformat()} · valid until {cert.valid_until.isoformat()}",
            11,
            False,
        ),
        (f"Certificate {cert.id} · verification code {cert.code}", 11, False),
    ]


def arabic_lines(cert: Certificate) -> list[tuple[str, int, bool]]:
    """(text, point size, bold) of the Arabic half (drawn right to left)."""
    return [
        ("شهادة إتمام", 26, True),
        ("نشهد بأن", 12, False),
        (f"{RLI}{cert.person_name}{PDI}", 22, True),
        (
            f"اجتاز الاختبار {cert.title_ar} ({_ltr(cert.exam_id)}، الإصدار {cert.exam_version})",
            12,
            False,
        ),
        (f"بدرجة {_ltr(f'{cert.score:g}%')}", 14, True),
        (
            f"تاريخ الإصدار {_ltr(cert.issued.isoformat())} · "
            f"صالحة حتى {_ltr(cert.valid_until.isoformat())}",
            11,
            False,
        ),
        (f"رقم الشهادة {_ltr(cert.id)} · رمز التحقق {_ltr(cert.code)}", 11, False),
    ]


def write_pdf(cert: Certificate, signed: dict[str, Any], path: Path) -> None:
    """Write the bilingual certificate PDF, with the signed record in its XMP and QR."""
    app = _app()  # noqa: F841  (kept alive while painting)
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

    writer = QPdfWriter(str(path))
    writer.setResolution(A4_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(f"Certificate {cert.id}")
    writer.setCreator("Frontline")
    writer.setDocumentXmpMetadata(xmp_packet(signed))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        page = QRectF(writer.pageLayout().paintRectPixels(A4_DPI))
        page.moveTo(0, 0)
        mm = A4_DPI / 25.4
        accent = QColor(ACCENT)
        painter.setPen(QPen(accent, 0.8 * mm))
        painter.drawRect(page.adjusted(2 * mm, 2 * mm, -2 * mm, -2 * mm))
        inner = page.adjusted(12 * mm, 12 * mm, -12 * mm, -12 * mm)
        half = (inner.height() - 70 * mm) / 2

        def block(lines: list[tuple[str, int, bool]], top: float, rtl: bool) -> float:
            painter.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )
            y = top
            for i, (text, size, bold) in enumerate(lines):
                font = QFont()
                font.setFamilies(
                    ["Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans", "DejaVu Sans"]
                    if rtl
                    else ["Noto Sans", "Noto Sans Arabic", "DejaVu Sans"]
                )
                font.setPointSizeF(size)
                font.setBold(bold)
                painter.setFont(font)
                painter.setPen(accent if i == 0 else QColor(theme.TEXT))
                option = _option(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, rtl)
                line = size * 1.7 * A4_DPI / 72
                rect = QRectF(inner.left(), y, inner.width(), line)
                needed = painter.boundingRect(rect, text, option).height()
                rect.setHeight(max(line, needed + line - size * 1.4 * A4_DPI / 72))
                painter.drawText(rect, text, option)
                y += rect.height() + 1.5 * mm
            return y

        end = block(english_lines(cert), inner.top(), rtl=False)
        painter.setPen(QPen(QColor(theme.FAINT), 0.3 * mm))
        mid = max(inner.top() + half, end + 4 * mm)
        painter.drawLine(
            int(inner.left() + 20 * mm), int(mid), int(inner.right() - 20 * mm), int(mid)
        )
        block(arabic_lines(cert), mid + 6 * mm, rtl=True)
        _draw_qr(painter, signed, cert, inner, mm)
    finally:
        painter.end()


def _draw_qr(
    painter: Any, signed: dict[str, Any], cert: Certificate, inner: Any, mm: float
) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont

    qr = segno.make(compact(signed), error="l", micro=False)
    matrix = [bytes(row) for row in qr.matrix]
    size = 55 * mm
    cell = size / len(matrix)
    left, top = inner.left(), inner.bottom() - size
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.QR_INK))
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(left + c * cell, top + r * cell, cell + 0.5, cell + 0.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    font = QFont()
    font.setFamilies(["Noto Sans", "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans"])
    font.setPointSizeF(9)
    painter.setFont(font)
    painter.setPen(QColor(theme.TEXT_SOFT))
    key = str(signed["record"]["key"])
    x = left + size + 8 * mm
    width = inner.width() - size - 8 * mm
    english = (
        f"Signed with the key {key}. The QR code and this PDF carry the signed record: "
        f"`simulator exam verify` this file (no database needed), or the code "
        f"{cert.code} against the training centre's store."
    )
    arabic = (
        f"موقّعة بالمفتاح {_ltr(key)}. يحمل رمز QR وهذا الملف السجل الموقّع: "
        f"تحقّق منه بالأمر {_ltr('simulator exam verify')} مع هذا الملف "
        "دون حاجة إلى قاعدة البيانات."
    )
    top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
    _text(painter, QRectF(x, top, width, size / 2), english, top_left, rtl=False)
    font.setFamilies(["Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans", "DejaVu Sans"])
    painter.setFont(font)
    _text(
        painter,
        QRectF(x, top + size / 2 + 3 * mm, width, size / 2 - 3 * mm),
        arabic,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop,
        rtl=True,
    )


def _option(align: Any, rtl: bool) -> Any:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextOption

    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    return option


def _text(painter: Any, rect: Any, text: str, align: Any, rtl: bool) -> None:
    """Draw wrapped text in ``rect`` as a paragraph of the given direction."""
    painter.drawText(rect, text, _option(align, rtl))
