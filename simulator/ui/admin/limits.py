"""The admin's wellbeing limits: the range trainees choose blur, greyscale and auto-hide
in, the daily budget, and the support resources in both languages.

Read with ``load_config`` and written to ``config_path()`` after ``parse_config`` has
accepted it, so the file is always one the wellbeing package loads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from ruamel.yaml import YAML

from simulator.errors import SimulatorError
from simulator.wellbeing.config import WellbeingConfig, config_path, load_config, parse_config
from simulator.wellbeing.settings import MAX_BLUR_LEVEL


def config_data(config: WellbeingConfig) -> dict[str, Any]:
    """``config`` as the YAML file holds it."""
    lim, bud, brk = config.limits, config.budget, config.breaks
    return {
        "limits": {
            "min_blur_level": lim.min_blur_level,
            "max_blur_level": lim.max_blur_level,
            "default_blur_level": lim.default_blur_level,
            "exam_min_blur_level": lim.exam_min_blur_level,
            "require_greyscale": lim.require_greyscale,
            "max_auto_hide_s": lim.max_auto_hide_s,
            "default_auto_hide_s": lim.default_auto_hide_s,
        },
        "budget": {
            "scenario_min_per_day": bud.scenario_min_per_day,
            "category_min_per_day": bud.category_min_per_day,
            "reveal_min_per_day": bud.reveal_min_per_day,
        },
        "breaks": {
            "every_s": brk.every_s,
            "after_level3": brk.after_level3,
            "short_pause_s": brk.short_pause_s,
            "stretch_break_s": brk.stretch_break_s,
            "min_gap_s": brk.min_gap_s,
        },
        "support": [{"en": s.en, "ar": s.ar} for s in config.support],
    }


def save_config(data: dict[str, Any], path: Path | None = None) -> WellbeingConfig:
    """Check ``data`` with the wellbeing package's parser, then write it; the config."""
    path = path or config_path()
    config = parse_config(data, str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    yaml = YAML()
    yaml.allow_unicode = True
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(config_data(config), out)
    return config


def _spin(lo: float, hi: float, step: float = 1.0, decimals: int = 0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(lo, hi)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    return box


class LimitsTab(QWidget):
    """Edits ``wellbeing.yaml`` in the data folder (or ``path``)."""

    def __init__(self, path: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.config = WellbeingConfig()
        self.min_blur, self.max_blur, self.default_blur, self.exam_blur = (
            QSpinBox() for _ in range(4)
        )
        for box in (self.min_blur, self.max_blur, self.default_blur, self.exam_blur):
            box.setRange(1, MAX_BLUR_LEVEL)
        self.greyscale = QCheckBox()
        self.max_hide = _spin(5, 3600)
        self.default_hide = _spin(0, 3600)
        self.scenario_budget = _spin(0, 240)
        self.category_budget = _spin(0, 240)
        self.reveal_budget = _spin(0, 240)
        self.support_en = QPlainTextEdit()
        self.support_ar = QPlainTextEdit()
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()

        self.gate_card, self.budget_card = QFrame(), QFrame()
        self.gate_title, self.budget_title, self.support_title = QLabel(), QLabel(), QLabel()
        self.gate_form, self.budget_form = QFormLayout(), QFormLayout()
        self.gate_labels = [QLabel() for _ in range(7)]
        for label, field in zip(
            self.gate_labels,
            (
                self.min_blur,
                self.max_blur,
                self.default_blur,
                self.exam_blur,
                self.greyscale,
                self.max_hide,
                self.default_hide,
            ),
            strict=True,
        ):
            self.gate_form.addRow(label, field)
        self.budget_labels = [QLabel() for _ in range(3)]
        for label, field in zip(
            self.budget_labels,
            (self.scenario_budget, self.category_budget, self.reveal_budget),
            strict=True,
        ):
            self.budget_form.addRow(label, field)
        for card, title, form in (
            (self.gate_card, self.gate_title, self.gate_form),
            (self.budget_card, self.budget_title, self.budget_form),
        ):
            card.setObjectName("card")
            title.setObjectName("subtitle")
            column = QVBoxLayout(card)
            column.addWidget(title)
            column.addLayout(form)
        self.support_title.setObjectName("subtitle")
        self.support_en_label, self.support_ar_label = QLabel(), QLabel()
        support = QGridLayout()
        support.addWidget(self.support_en_label, 0, 0)
        support.addWidget(self.support_ar_label, 0, 1)
        support.addWidget(self.support_en, 1, 0)
        support.addWidget(self.support_ar, 1, 1)
        cards = QHBoxLayout()
        cards.addWidget(self.gate_card, 1)
        cards.addWidget(self.budget_card, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(cards)
        layout.addWidget(self.support_title)
        layout.addLayout(support, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def load(self) -> None:
        """Show the file's settings (defaults when there is no file)."""
        try:
            self.config = load_config(self.path)
        except SimulatorError as exc:
            self.say(str(exc), error=True)
            self.config = WellbeingConfig()
        lim, bud = self.config.limits, self.config.budget
        self.min_blur.setValue(lim.min_blur_level)
        self.max_blur.setValue(lim.max_blur_level)
        self.default_blur.setValue(lim.default_blur_level)
        self.exam_blur.setValue(lim.exam_min_blur_level)
        self.greyscale.setChecked(lim.require_greyscale)
        self.max_hide.setValue(lim.max_auto_hide_s)
        self.default_hide.setValue(lim.default_auto_hide_s or 0)
        self.scenario_budget.setValue(bud.scenario_min_per_day)
        self.category_budget.setValue(bud.category_min_per_day)
        self.reveal_budget.setValue(bud.reveal_min_per_day)
        self.support_en.setPlainText("\n".join(s.en for s in self.config.support))
        self.support_ar.setPlainText("\n".join(s.ar for s in self.config.support))

    def data(self) -> dict[str, Any]:
        """What the form says, in the file's shape."""
        data = config_data(self.config)
        data["limits"].update(
            min_blur_level=self.min_blur.value(),
            max_blur_level=self.max_blur.value(),
            default_blur_level=self.default_blur.value(),
            exam_min_blur_level=self.exam_blur.value(),
            require_greyscale=self.greyscale.isChecked(),
            max_auto_hide_s=self.max_hide.value(),
            # 0 in the form: re-blur only when the trainee leaves the message.
            default_auto_hide_s=self.default_hide.value() or None,
        )
        data["budget"].update(
            scenario_min_per_day=self.scenario_budget.value(),
            category_min_per_day=self.category_budget.value(),
            reveal_min_per_day=self.reveal_budget.value(),
        )
        en = [t.strip() for t in self.support_en.toPlainText().splitlines() if t.strip()]
        ar = [t.strip() for t in self.support_ar.toPlainText().splitlines() if t.strip()]
        data["support"] = [{"en": e, "ar": a} for e, a in zip(en, ar, strict=False)]
        return data

    def save(self) -> bool:
        en = [t for t in self.support_en.toPlainText().splitlines() if t.strip()]
        ar = [t for t in self.support_ar.toPlainText().splitlines() if t.strip()]
        if len(en) != len(ar) or not en:
            self.say(
                self.tr("Support resources: give each line in English and in Arabic."),
                error=True,
            )
            return False
        try:
            self.config = save_config(self.data(), self.path)
        except (SimulatorError, OSError) as exc:
            self.say(str(exc), error=True)
            return False
        self.load()  # shows the values as clamped by the wellbeing package
        self.say(self.tr("Saved. Trainees get these limits from their next scenario."))
        return True

    def say(self, text: str, error: bool = False) -> None:
        self.status.setObjectName("warnchip" if error else "chip")
        self.status.setStyleSheet("")
        self.status.setText(text)
        self.status.show()

    def retranslate(self) -> None:
        self.gate_title.setText(self.tr("What trainees may choose"))
        self.budget_title.setText(self.tr("Daily budget (minutes)"))
        self.support_title.setText(self.tr("Support resources, one per line"))
        self.support_en_label.setText(self.tr("English"))
        self.support_ar_label.setText(self.tr("Arabic"))
        texts = (
            self.tr("Lowest blur level"),
            self.tr("Highest blur level"),
            self.tr("Default blur level"),
            self.tr("Lowest blur level in exams"),
            self.tr("Greyscale required"),
            self.tr("Longest auto-hide (seconds)"),
            self.tr("Default auto-hide (seconds, 0: off)"),
        )
        for label, text in zip(self.gate_labels, texts, strict=True):
            label.setText(text)
        budget_texts = (
            self.tr("Scenario time per day"),
            self.tr("Time per content category per day"),
            self.tr("Revealed media per day"),
        )
        for label, text in zip(self.budget_labels, budget_texts, strict=True):
            label.setText(text)
        self.save_button.setText(self.tr("Save limits"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
