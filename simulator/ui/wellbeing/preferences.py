"""The trainee's own wellbeing settings, within the admin's limits."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QWidget,
)

from simulator.ui.wellbeing.i18n import wtr
from simulator.wellbeing.settings import (
    MAX_BLUR_LEVEL,
    AdminLimits,
    TraineePreferences,
    effective_settings,
)


class PreferencesForm(QWidget):
    """Blur strength, greyscale and auto-hide; the ranges come from ``limits``."""

    changed = Signal()

    def __init__(
        self, limits: AdminLimits, prefs: TraineePreferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.limits = limits.checked()
        current = effective_settings(self.limits, prefs)
        form = QFormLayout(self)
        self.blur = QSlider(Qt.Orientation.Horizontal, self)
        self.blur.setRange(self.limits.min_blur_level, self.limits.max_blur_level)
        self.blur.setValue(current.blur_level)
        self.blur.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.blur.setPageStep(1)
        self.blur_value = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.blur, 1)
        row.addWidget(self.blur_value)
        form.addRow(wtr("Blur strength"), row)
        self.blur.valueChanged.connect(self._show_level)
        self._show_level(self.blur.value())
        self.greyscale = QCheckBox(wtr("Show sensitive images in greyscale"), self)
        self.greyscale.setChecked(current.greyscale)
        self.greyscale.setEnabled(not self.limits.require_greyscale)
        form.addRow(self.greyscale)
        self.auto_hide = QCheckBox(wtr("Blur a revealed image again after"), self)
        self.auto_hide.setChecked(current.auto_hide_s is not None)
        self.seconds = QSpinBox(self)
        self.seconds.setRange(5, int(self.limits.max_auto_hide_s))
        self.seconds.setSuffix(wtr(" s"))
        self.seconds.setValue(int(current.auto_hide_s or self.limits.max_auto_hide_s))
        self.seconds.setEnabled(self.auto_hide.isChecked())
        form.addRow(self.auto_hide, self.seconds)
        note = QLabel(
            wtr("Your organisation sets these limits. In exams the gate always stays on."), self
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.blur.valueChanged.connect(self.changed)
        self.greyscale.toggled.connect(self.changed)
        self.auto_hide.toggled.connect(self.seconds.setEnabled)
        self.auto_hide.toggled.connect(self.changed)
        self.seconds.valueChanged.connect(self.changed)

    def _show_level(self, level: int) -> None:
        self.blur_value.setText(
            wtr("level {level} of {top}").format(level=level, top=MAX_BLUR_LEVEL)
        )

    def preferences(self) -> TraineePreferences:
        return TraineePreferences(
            blur_level=self.blur.value(),
            greyscale=self.greyscale.isChecked(),
            auto_hide_s=float(self.seconds.value()),
            auto_hide=self.auto_hide.isChecked(),
        )
