"""The wellbeing screens, driven with qtbot and checked on the rendered pixels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from simulator.clock import SimulatedClock
from simulator.content.model import Attachment, LocalText, Sensitivity
from simulator.ui.wellbeing.briefing import BriefingDialog
from simulator.ui.wellbeing.checkin import CheckInDialog
from simulator.ui.wellbeing.collapsed_text import CollapsedText
from simulator.ui.wellbeing.sensitive_image import SensitiveImage
from simulator.ui.wellbeing.support import PauseSupportButton
from simulator.wellbeing.breaks import WellbeingClock
from simulator.wellbeing.gate import Briefing, BriefingItem, presentation_for
from simulator.wellbeing.reveals import RevealLog
from simulator.wellbeing.settings import AdminLimits, TraineePreferences, effective_settings

# The offscreen platform cannot size or raise windows; that is not a fault of ours.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)

SUPPORT = (LocalText(en="Call the EAP on 0800", ar="اتصل ببرنامج المساعدة على 0800"),)
LEVEL3 = Attachment(
    id="shot", image="none.png", alt="synthetic", sensitivity=(Sensitivity("violence", 3),)
)


def colourful_checkerboard(w: int = 320, h: int = 240, cell: int = 4) -> QImage:
    """A synthetic test image: saturated yellow/blue cells with sharp edges everywhere."""
    image = QImage(w, h, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    for y in range(0, h, cell):
        for x in range(0, w, cell):
            red = (x // cell + y // cell) % 2
            painter.fillRect(x, y, cell, cell, QColor(250, 230, 30) if red else QColor(20, 20, 160))
    painter.end()
    return image


def sharpness(image: QImage) -> float:
    """Mean absolute difference between horizontal neighbours (0-255) over the middle."""
    img = image.convertToFormat(QImage.Format.Format_Grayscale8)
    w, h = img.width(), img.height()
    data = bytes(img.constBits())
    stride = img.bytesPerLine()
    total = count = 0
    for y in range(h // 4, 3 * h // 4, 3):
        row = data[y * stride : y * stride + w]
        for x in range(w // 4, 3 * w // 4 - 1):
            total += abs(row[x] - row[x + 1])
            count += 1
    return total / max(1, count)


def max_saturation(image: QImage) -> int:
    img = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(img.constBits())
    stride = img.bytesPerLine()
    best = 0
    for y in range(0, img.height(), 5):
        row = data[y * stride : y * stride + img.width() * 3]
        for x in range(0, len(row) - 2, 15):
            r, g, b = row[x], row[x + 1], row[x + 2]
            best = max(best, max(r, g, b) - min(r, g, b))
    return best


def make_image(qtbot, prefs: TraineePreferences | None = None, mode: str = "practice"):
    settings = effective_settings(AdminLimits(), prefs or TraineePreferences(), mode)
    widget = SensitiveImage(
        LEVEL3, colourful_checkerboard(), presentation_for(LEVEL3, settings), blur_on_leave=True
    )
    qtbot.addWidget(widget)
    widget.resize(480, 380)
    return widget


def test_level3_image_is_never_painted_sharp_before_the_reveal_click(qtbot):
    original = colourful_checkerboard()
    assert sharpness(original) > 35 and max_saturation(original) > 150
    widget = make_image(qtbot)
    assert sharpness(widget.canvas.grab().toImage()) < 10  # even before the first show
    widget.show()
    qtbot.waitExposed(widget)
    # Hover, move, resize and focus: none of them may unblur.
    qtbot.mouseMove(widget.canvas, QPoint(50, 50))
    widget.resize(640, 480)
    widget.setFocus()
    QApplication.processEvents()
    for _ in range(2):
        shot = widget.canvas.grab().toImage()
        assert sharpness(shot) < 3, "the image was painted without blur before a reveal"
        assert max_saturation(shot) < 12, "the image was painted in colour (greyscale is default)"
        assert not widget.is_revealed
    qtbot.mouseClick(widget.reveal_button, Qt.MouseButton.LeftButton)
    shot = widget.canvas.grab().toImage()
    assert widget.is_revealed
    assert sharpness(shot) > 15  # now sharp ...
    assert max_saturation(shot) < 12  # ... and still greyscale, as chosen
    qtbot.mouseClick(widget.blur_button, Qt.MouseButton.LeftButton)
    assert sharpness(widget.canvas.grab().toImage()) < 10


def test_colour_after_reveal_only_when_the_trainee_chose_it(qtbot):
    widget = make_image(qtbot, TraineePreferences(greyscale=False))
    widget.show()
    qtbot.waitExposed(widget)
    assert sharpness(widget.canvas.grab().toImage()) < 10
    widget.reveal()
    assert max_saturation(widget.canvas.grab().toImage()) > 150


def test_moving_on_blurs_again(qtbot):
    widget = make_image(qtbot)
    widget.show()
    qtbot.waitExposed(widget)
    widget.reveal()
    with qtbot.waitSignal(widget.hidden):
        widget.hide()
    assert not widget.is_revealed
    widget.show()
    assert sharpness(widget.canvas.grab().toImage()) < 10


def test_every_reveal_is_recorded(qtbot):
    clock = SimulatedClock()
    log = RevealLog()
    widget = make_image(qtbot)
    widget.revealed.connect(lambda _id: log.reveal(widget.attachment, clock.now()))
    widget.hidden.connect(lambda att_id, _s: log.hide(att_id, clock.now()))
    widget.show()
    qtbot.waitExposed(widget)
    clock.advance(5)
    qtbot.mouseClick(widget.reveal_button, Qt.MouseButton.LeftButton)
    clock.advance(20)
    qtbot.mouseClick(widget.blur_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.canvas, Qt.MouseButton.LeftButton)  # a click on the image reveals too
    clock.advance(3)
    widget.blur_again()
    assert [(r.attachment_id, r.at_s, r.seconds) for r in log.entries] == [
        ("shot", 5.0, 20.0),
        ("shot", 25.0, 3.0),
    ]


def test_child_safety_image_is_never_loaded_or_shown(qtbot):
    att = Attachment(
        id="c",
        image="x.png",
        alt="described in text",
        sensitivity=(Sensitivity("child-safety", 2),),
    )
    p = presentation_for(att, effective_settings(AdminLimits(), TraineePreferences()))
    widget = SensitiveImage(att, colourful_checkerboard(), p)
    qtbot.addWidget(widget)
    widget.show()
    widget.reveal()
    assert not widget.is_revealed and not widget.reveal_button.isVisible()
    assert sharpness(widget.canvas.grab().toImage()) == 0


def test_collapsed_text_opens_only_on_click(qtbot):
    widget = CollapsedText("graphic synthetic text", (Sensitivity("self-harm", 3),))
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.body.isVisible() and widget.body.text() == ""
    assert "Self-harm" in widget.bar.text()
    with qtbot.waitSignal(widget.opened):
        qtbot.mouseClick(widget.bar, Qt.MouseButton.LeftButton)
    assert widget.body.isVisible() and widget.body.text() == "graphic synthetic text"
    widget.collapse()
    assert widget.body.text() == ""


def test_briefing_needs_consent_and_pauses_the_clock(qtbot):
    base = SimulatedClock()
    clock = WellbeingClock(base)
    briefing = Briefing(
        "s1",
        (BriefingItem("violence", 3, ("image",)), BriefingItem("bullying", 1, ("text",))),
        needs_consent=("violence",),
        options=("continue", "postpone", "skip"),
    )
    dialog = BriefingDialog(briefing, SUPPORT, "en", clock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert clock.paused
    base.advance(30)
    texts = " ".join(
        w.text()
        for w in dialog.findChildren(type(dialog.findChild(type(dialog.buttons["continue"]))))
    )
    assert "Skip" in texts
    assert not dialog.buttons["continue"].isEnabled()
    dialog.consent_boxes["violence"].setChecked(True)
    assert dialog.buttons["continue"].isEnabled()
    qtbot.mouseClick(dialog.buttons["continue"], Qt.MouseButton.LeftButton)
    assert dialog.choice == "continue" and dialog.consented == ("violence",)
    assert not clock.paused and clock.now() == 0.0


def test_check_in_is_optional_and_offers_support_when_high(qtbot):
    dialog = CheckInDialog(SUPPORT, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    dialog.group.button(8).click()
    assert dialog.rating == 8 and dialog.advice.offer_break
    assert dialog.support_box.isVisible()
    dialog.group.button(3).click()
    assert not dialog.support_box.isVisible()
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.rating is None


def test_pause_support_button_pauses_until_resumed(qtbot):
    base = SimulatedClock()
    clock = WellbeingClock(base)
    button = PauseSupportButton(SUPPORT, "en", clock)
    qtbot.addWidget(button)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    panel = button.panel
    assert panel is not None and panel.isVisible() and clock.paused
    base.advance(120)
    qtbot.mouseClick(panel.resume_button, Qt.MouseButton.LeftButton)
    assert not clock.paused and clock.now() == 0.0


def test_preferences_stay_within_the_admin_limits(qtbot):
    from simulator.ui.wellbeing.preferences import PreferencesForm

    limits = AdminLimits(
        min_blur_level=2, max_blur_level=4, require_greyscale=True, max_auto_hide_s=60
    )
    form = PreferencesForm(limits, TraineePreferences(blur_level=6, auto_hide_s=300))
    qtbot.addWidget(form)
    assert (form.blur.minimum(), form.blur.maximum(), form.blur.value()) == (2, 4, 4)
    assert form.greyscale.isChecked() and not form.greyscale.isEnabled()
    assert form.seconds.maximum() == 60 and form.seconds.value() == 60
    form.blur.setValue(0)  # below the limit: the slider refuses
    assert form.preferences().blur_level == 2


def test_break_keeps_the_clock_paused_until_resumed(qtbot):
    from simulator.ui.wellbeing.break_prompt import BreakDialog
    from simulator.wellbeing.breaks import break_due

    base = SimulatedClock()
    clock = WellbeingClock(base)
    prompt = break_due(600, None, finished_level=3)
    assert prompt is not None
    dialog = BreakDialog(prompt, SUPPORT, "en", clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and clock.paused and dialog.taken
    base.advance(300)
    qtbot.mouseClick(dialog.resume_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not clock.paused and clock.now() == 0.0


def test_shipped_level3_placeholder_is_blurred_until_revealed(qtbot, repo):
    """The same check on the project's own synthetic level-3 placeholder."""
    path = repo / "assets" / "scenario-media" / "placeholder-violence-l3.png"
    original = QImage(str(path))
    assert not original.isNull()
    att = Attachment(id="p", image=str(path), sensitivity=(Sensitivity("violence", 3),))
    settings = effective_settings(AdminLimits(), TraineePreferences())
    widget = SensitiveImage(att, original, presentation_for(att, settings))
    qtbot.addWidget(widget)
    widget.resize(original.width() + 8, original.height() + 60)
    widget.show()
    qtbot.waitExposed(widget)
    blurred = sharpness(widget.canvas.grab().toImage())
    qtbot.mouseClick(widget.reveal_button, Qt.MouseButton.LeftButton)
    sharp = sharpness(widget.canvas.grab().toImage())
    assert blurred * 3 < sharp, (blurred, sharp)


def test_the_wellbeing_screens_make_no_sound(repo):
    """A quiet interface: no alert sounds for sensitive items (evidence file, item 10)."""
    for path in (repo / "simulator" / "ui" / "wellbeing").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in ("beep", "QSound", "QMediaPlayer", "QSoundEffect"):
            assert word not in text, (path.name, word)


def test_pause_support_button_follows_a_live_language_switch(qtbot):
    """Switching to Arabic while the desk is open relabels the pause/support control."""
    from PySide6.QtWidgets import QApplication

    from simulator.ui.wellbeing import i18n
    from simulator.ui.wellbeing.support import PauseSupportButton

    app = QApplication.instance()
    button = PauseSupportButton(())
    qtbot.addWidget(button)
    try:
        assert i18n.install(app, "ar")
        qtbot.waitUntil(lambda: button.text() != "Pause / support", timeout=2000)
        assert any("\u0600" <= ch <= "\u06ff" for ch in button.text())
    finally:
        i18n.install(app, "en")
    qtbot.waitUntil(lambda: button.text() == "Pause / support", timeout=2000)
