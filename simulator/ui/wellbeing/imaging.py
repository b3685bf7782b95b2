"""Blur and greyscale for sensitive images, computed off screen before anything is painted."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsBlurEffect, QGraphicsPixmapItem, QGraphicsScene

from simulator.ui import theme

# Blur is computed on a copy no larger than this (the widget shows it scaled anyway).
WORK_SIDE = 640
BACKDROP = QColor(theme.BACKDROP)


def _work_copy(image: QImage) -> QImage:
    if max(image.width(), image.height()) <= WORK_SIDE:
        return image.convertToFormat(QImage.Format.Format_ARGB32)
    return image.scaled(
        WORK_SIDE,
        WORK_SIDE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    ).convertToFormat(QImage.Format.Format_ARGB32)


def greyscale(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_Grayscale8).convertToFormat(
        QImage.Format.Format_ARGB32
    )


def protected(image: QImage, blur_fraction: float, grey: bool) -> QImage:
    """``image`` blurred by ``blur_fraction`` of its short side, greyscale if ``grey``.

    The sharp original is never drawn into the result: the blur is rendered over a flat
    backdrop, so even the faded edges show only blurred content.
    """
    src = _work_copy(image)
    if grey:
        src = greyscale(src)
    radius = blur_fraction * min(src.width(), src.height())
    if radius <= 0:
        return src
    scene = QGraphicsScene()
    item = QGraphicsPixmapItem(QPixmap.fromImage(src))
    effect = QGraphicsBlurEffect()
    effect.setBlurHints(QGraphicsBlurEffect.BlurHint.QualityHint)
    effect.setBlurRadius(radius)
    item.setGraphicsEffect(effect)
    scene.addItem(item)
    out = QImage(src.size(), QImage.Format.Format_ARGB32)
    out.fill(BACKDROP)
    painter = QPainter(out)
    scene.render(painter, QRectF(out.rect()), QRectF(src.rect()))
    painter.end()
    item.setGraphicsEffect(None)
    return out
