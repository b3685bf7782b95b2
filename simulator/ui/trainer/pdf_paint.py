"""Painting an A4 report with QPdfWriter and QPainter: a cursor down the page that starts
a new page when a block does not fit, text on the start or end side of the reading
direction (Arabic right to left, shaped by Qt's text engine), bilingual headings, bar
charts and tables. No widgets: a QGuiApplication is enough (offscreen on a server)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextOption,
)

from simulator.ui import theme

DPI = 300
MM = DPI / 25.4
PT = DPI / 72
LATIN = ["Noto Sans", "Noto Sans Arabic", "DejaVu Sans"]
ARABIC = ["Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans", "DejaVu Sans"]


def application() -> Any:
    """The running Qt application, or a new QGuiApplication (offscreen when there is no
    display): a PDF needs no window."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


@dataclass(frozen=True)
class Bar:
    """One category of a bar chart: its label and one value per series."""

    label: str
    values: tuple[float, ...]
    note: str = ""  # written above the bar (e.g. the value)


class Page:
    """A cursor over the pages of one PDF in one reading direction."""

    def __init__(self, path: Path, title: str, rtl: bool, footer: str) -> None:
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(DPI)
        self.writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(16, 14, 16, 14),
                QPageLayout.Unit.Millimeter,
            )
        )
        self.writer.setTitle(title)
        self.writer.setCreator("Frontline")
        self.rtl = rtl
        self.footer = footer
        self.number = 1
        self.painter = QPainter()
        self.opened = self.painter.begin(self.writer)
        rect = QRectF(self.writer.pageLayout().paintRectPixels(DPI))
        rect.moveTo(0, 0)
        self.area = rect.adjusted(0, 0, 0, -8 * MM)  # the footer below
        self.y = self.area.top()
        if self.opened:
            self.painter.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            )

    # -- the cursor ------------------------------------------------------------------
    def need(self, height: float) -> None:
        """Start a new page unless ``height`` fits below the cursor."""
        if self.y + height > self.area.bottom():
            self._footer()
            self.writer.newPage()
            self.number += 1
            self.y = self.area.top()

    def skip(self, height: float) -> None:
        self.y += height

    def finish(self) -> None:
        self._footer()
        self.painter.end()

    def _footer(self) -> None:
        rect = QRectF(self.area.left(), self.area.bottom() + 3 * MM, self.area.width(), 5 * MM)
        self.font(8)
        self.painter.setPen(QColor(theme.MUTED))
        self.text(rect, self.footer, "start")
        self.text(rect, f"{self.number}", "end")

    # -- text --------------------------------------------------------------------------
    def font(self, size: float, bold: bool = False, arabic: bool | None = None) -> QFont:
        font = QFont()
        font.setFamilies(ARABIC if (self.rtl if arabic is None else arabic) else LATIN)
        font.setPointSizeF(size)
        font.setBold(bold)
        self.painter.setFont(font)
        return font

    def text(self, rect: QRectF, text: str, side: str = "start", rtl: bool | None = None) -> None:
        """Draw ``text`` in ``rect`` on its ``start``, ``end`` or ``center``, wrapped,
        as a paragraph of the page's direction (or ``rtl``)."""
        left = (side == "start") != self.rtl  # the sides are the page's
        rtl = self.rtl if rtl is None else rtl
        horizontal = (
            Qt.AlignmentFlag.AlignHCenter
            if side == "center"
            else (Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight)
        )
        option = QTextOption(horizontal | Qt.AlignmentFlag.AlignAbsolute)
        option.setAlignment(option.alignment() | Qt.AlignmentFlag.AlignVCenter)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self.painter.drawText(rect, text, option)

    def line(self, text: str, size: float, bold: bool = False, colour: str = theme.TEXT) -> None:
        """A paragraph across the page at the cursor."""
        font = self.font(size, bold)
        metrics = QFontMetricsF(font, self.writer)
        flags = int(Qt.TextFlag.TextWordWrap)
        bound = metrics.boundingRect(QRectF(0, 0, self.area.width(), 10_000), flags, text)
        height = max(bound.height(), metrics.height()) + 1 * MM
        self.need(height)
        self.painter.setPen(QColor(colour))
        self.text(QRectF(self.area.left(), self.y, self.area.width(), height), text)
        self.y += height

    def heading(self, text: str, other: str, keep: float = 0.0) -> None:
        """A section heading in the page's language, with the other language's heading
        in smaller type on the far side; ``keep``: the height that must follow it on the
        same page."""
        height = 9 * MM
        self.need(height + 4 * MM + keep)
        self.y += 2 * MM
        rect = QRectF(self.area.left(), self.y, self.area.width(), height)
        self.font(13, True)
        self.painter.setPen(QColor(theme.ACCENT))
        self.text(rect, text, "start")
        self.font(9, arabic=not self.rtl)
        self.painter.setPen(QColor(theme.MUTED))
        self.text(rect, other, "end", rtl=not self.rtl)
        self.painter.setPen(QPen(QColor(theme.DIVIDER), 0.3 * MM))
        bottom = self.y + height
        self.painter.drawLine(
            int(self.area.left()), int(bottom), int(self.area.right()), int(bottom)
        )
        self.y = bottom + 2 * MM

    # -- geometry --------------------------------------------------------------------
    def span(self, start: float, width: float) -> QRectF:
        """A horizontal span measured from the start side, at the cursor (zero height)."""
        x = self.area.right() - start - width if self.rtl else self.area.left() + start
        return QRectF(x, self.y, width, 0)

    # -- blocks ------------------------------------------------------------------------
    def boxes(self, items: Sequence[tuple[str, str]]) -> None:
        """Figures side by side in framed boxes: (caption, value)."""
        height = 18 * MM
        self.need(height)
        gap = 4 * MM
        width = (self.area.width() - gap * (len(items) - 1)) / len(items)
        for i, (caption, value) in enumerate(items):
            box = self.span(i * (width + gap), width)
            box.setHeight(height)
            self.painter.setPen(QPen(QColor(theme.DIVIDER), 0.3 * MM))
            self.painter.setBrush(QColor(theme.SURFACE))
            self.painter.drawRoundedRect(box, 2 * MM, 2 * MM)
            inner = box.adjusted(3 * MM, 1.5 * MM, -3 * MM, -1.5 * MM)
            self.font(8.5)
            self.painter.setPen(QColor(theme.MUTED))
            self.text(QRectF(inner.left(), inner.top(), inner.width(), 6 * MM), caption)
            self.font(16, True)
            self.painter.setPen(QColor(theme.TEXT_STRONG))
            self.text(QRectF(inner.left(), inner.top() + 6 * MM, inner.width(), 9 * MM), value)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.y += height + 3 * MM

    def bars(self, bars: Sequence[Bar], colours: Sequence[str], top: float, height: float) -> None:
        """Vertical bars (one group per category, one bar per series) from the start side,
        with the category labels below; ``top`` is the value of a full bar."""
        label_h = 6 * MM
        self.need(height + label_h)
        plot = QRectF(self.area.left(), self.y + 4 * MM, self.area.width(), height - 4 * MM)
        self.painter.setPen(QPen(QColor(theme.FAINT), 0.3 * MM))
        self.painter.drawLine(
            int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom())
        )
        slot = plot.width() / max(1, len(bars))
        series = max((len(b.values) for b in bars), default=1)
        width = slot * 0.7 / series
        for i, bar in enumerate(bars):
            start = self.span(i * slot, slot).left()
            x0 = start + slot * 0.15
            for k, value in enumerate(bar.values):
                h = 0 if not top else plot.height() * max(0.0, value) / top
                order = series - 1 - k if self.rtl else k
                rect = QRectF(x0 + order * width, plot.bottom() - h, width * 0.92, h)
                self.painter.setPen(Qt.PenStyle.NoPen)
                self.painter.setBrush(QColor(colours[k % len(colours)]))
                self.painter.drawRect(rect)
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.font(7.5)
            self.painter.setPen(QColor(theme.TEXT_SOFT))
            if bar.note:
                tallest = max(bar.values, default=0)
                h = 0 if not top else plot.height() * max(0.0, tallest) / top
                self.text(
                    QRectF(start, plot.bottom() - h - 4 * MM, slot, 4 * MM), bar.note, "center"
                )
            self.text(QRectF(start, plot.bottom() + 0.5 * MM, slot, label_h), bar.label, "center")
        self.y = plot.bottom() + label_h + 2 * MM

    def legend(self, items: Sequence[tuple[str, str]]) -> None:
        """Colour swatches with their labels, from the start side: (label, colour)."""
        self.need(6 * MM)
        self.font(8)
        at = 0.0
        for label, colour in items:
            swatch = self.span(at, 3 * MM)
            swatch.setTop(self.y + 1.5 * MM)
            swatch.setHeight(3 * MM)
            self.painter.setPen(Qt.PenStyle.NoPen)
            self.painter.setBrush(QColor(colour))
            self.painter.drawRect(swatch)
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.painter.setPen(QColor(theme.TEXT_SOFT))
            width = QFontMetricsF(self.painter.font(), self.writer).horizontalAdvance(label)
            text = self.span(at + 4.5 * MM, width + 2 * MM)
            text.setHeight(6 * MM)
            self.text(text, label)
            at += 4.5 * MM + width + 7 * MM
        self.y += 7 * MM

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> None:
        """A table across the page: ``widths`` are shares of the width; the first column
        is on the start side, the others are figures."""
        total = sum(widths)
        spans = []
        at = 0.0
        for w in widths:
            width = self.area.width() * w / total
            spans.append((at, width))
            at += width
        row_h = 6.5 * MM
        self._row(header, spans, row_h, head=True)
        for n, row in enumerate(rows):
            if self.y + row_h > self.area.bottom():  # a new page repeats the header
                self.need(2 * row_h)
                self._row(header, spans, row_h, head=True)
            self._row(row, spans, row_h, shade=n % 2 == 1)
        self.y += 3 * MM

    def _row(self, cells: Sequence[str], spans: Sequence[tuple[float, float]], height: float,
             head: bool = False, shade: bool = False) -> None:  # fmt: skip
        self.need(height)
        if head or shade:
            colour = theme.DIVIDER if head else theme.ROW_SELECTED
            band = QRectF(self.area.left(), self.y, self.area.width(), height)
            self.painter.fillRect(band, QColor(colour) if head else QColor(theme.SURFACE))
        self.font(8.5, head)
        self.painter.setPen(QColor(theme.TEXT_STRONG if head else theme.TEXT))
        for i, (cell, (start, width)) in enumerate(zip(cells, spans, strict=False)):
            rect = self.span(start + 1.5 * MM, width - 3 * MM)
            rect.setHeight(height)
            self.text(rect, cell, "start" if i == 0 else "end")
        if not head:
            self.painter.setPen(QPen(QColor(theme.DIVIDER), 0.2 * MM))
            bottom = int(self.y + height)
            self.painter.drawLine(int(self.area.left()), bottom, int(self.area.right()), bottom)
        self.y += height
