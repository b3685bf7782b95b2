"""A sensitive image: blurred and greyscale until the trainee clicks Reveal.

The protected pixmap is computed in the constructor, before the first paint; the sharp
image is made only when the trainee reveals, and dropped again when it is blurred.
It blurs again on "Blur again", when the pointer leaves, when auto-hide runs out and
when the widget is hidden (the trainee moves on), so nothing sharp carries over.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from simulator.content.model import Attachment
from simulator.ui.wellbeing.i18n import wtr
from simulator.ui.wellbeing.imaging import protected
from simulator.ui.wellbeing.labels import label_line
from simulator.wellbeing.gate import Presentation


class _Canvas(QWidget):
    """Paints exactly the pixmap it is given, scaled to fit; nothing else."""

    clicked = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.pixmap = QPixmap()
        self.setMinimumSize(160, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(360, 240)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if not self.pixmap.isNull():
            size = self.pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(self.rect().center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(target, self.pixmap)
        painter.end()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()


class SensitiveImage(QWidget):
    """An attachment shown as the policy says: ``revealed(id)`` and ``hidden(id, seconds)``
    are emitted on each reveal and re-blur so the desk can record the exposure."""

    revealed = Signal(str)
    hidden = Signal(str, float)

    def __init__(
        self,
        attachment: Attachment,
        image: QImage | None,
        presentation: Presentation,
        auto_hide_s: float | None = None,
        blur_on_leave: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self._presentation = presentation
        self._original = QImage() if presentation.blocked or image is None else image
        self._is_revealed = False
        self._blur_on_leave = blur_on_leave
        self._since_reveal = QElapsedTimer()
        self._auto_hide = QTimer(self)
        self._auto_hide.setSingleShot(True)
        self._auto_hide.timeout.connect(self.blur_again)
        if auto_hide_s:
            self._auto_hide.setInterval(int(auto_hide_s * 1000))

        self.canvas = _Canvas(self)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.reveal_button = QPushButton(wtr("Reveal image"), self)
        self.reveal_button.setObjectName("reveal")
        self.blur_button = QPushButton(wtr("Blur again"), self)
        self.blur_button.setObjectName("blur-again")
        self.reveal_button.clicked.connect(self.reveal)
        self.blur_button.clicked.connect(self.blur_again)
        self.canvas.clicked.connect(self.reveal)

        bar = QHBoxLayout()
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.reveal_button)
        bar.addWidget(self.blur_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(bar)
        # The protected view exists before anything can be painted.
        self._protected = self._make_protected()
        self._show_protected()

    # -- state ------------------------------------------------------------------------

    @property
    def is_revealed(self) -> bool:
        return self._is_revealed

    def _make_protected(self) -> QPixmap:
        if self._original.isNull():
            return QPixmap()
        p = self._presentation
        return QPixmap.fromImage(protected(self._original, p.blur_fraction, p.greyscale))

    def _caption_text(self) -> str:
        p = self._presentation
        if p.blocked:
            return (
                wtr("Not shown: this category is handled as text only.") + " " + self.attachment.alt
            )
        line = label_line(self.attachment.sensitivity, "image")
        if p.needed_for_step:
            step = wtr("The SOP step {step} needs this image.").format(step=p.needed_for_step)
        else:
            step = wtr("You can decide without revealing it.")
        return f"{line}\n{step}" if line else step

    def _show_protected(self) -> None:
        self.canvas.pixmap = self._protected
        revealable = self._presentation.revealable and not self._original.isNull()
        self.reveal_button.setVisible(revealable)
        self.blur_button.setVisible(False)
        self.canvas.setEnabled(revealable)
        self.caption.setText(self._caption_text())
        self.canvas.update()

    # -- gestures -----------------------------------------------------------------------

    def reveal(self) -> None:
        """Show the image sharp (greyscale stays if chosen); emits ``revealed``."""
        if self._is_revealed or not self._presentation.revealable or self._original.isNull():
            return
        p = self._presentation
        sharp = protected(self._original, 0.0, p.greyscale)
        self.canvas.pixmap = QPixmap.fromImage(sharp)
        self._is_revealed = True
        self.reveal_button.setVisible(False)
        self.blur_button.setVisible(True)
        self.caption.setText(label_line(self.attachment.sensitivity, "image"))
        self._since_reveal.start()
        if self._auto_hide.interval() > 0:
            self._auto_hide.start()
        self.canvas.update()
        self.revealed.emit(self.attachment.id)

    def blur_again(self) -> None:
        """Back to the protected view; emits ``hidden`` with the seconds it was revealed."""
        if not self._is_revealed:
            return
        self._is_revealed = False
        self._auto_hide.stop()
        seconds = self._since_reveal.elapsed() / 1000.0
        self._show_protected()
        self.hidden.emit(self.attachment.id, seconds)

    def leaveEvent(self, event) -> None:
        if self._blur_on_leave:
            self.blur_again()
        super().leaveEvent(event)

    def hideEvent(self, event) -> None:
        self.blur_again()
        super().hideEvent(event)


def load_attachment_image(attachment: Attachment, root, blocked: bool) -> QImage | None:
    """The attachment's image from ``root`` (None if blocked or unreadable: never guessed)."""
    if blocked:
        return None
    image = QImage(str(root / attachment.image))
    return None if image.isNull() else image
