"""Draw the wellbeing screenshots for docs/ (``python -m tools.screenshots_wellbeing``).

Uses the synthetic placeholder media only; run under a display (e.g. Xvfb) for real fonts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from simulator.content.model import Attachment, Sensitivity
from simulator.paths import assets_dir, project_root
from simulator.ui.i18n import Translations
from simulator.ui.wellbeing import i18n
from simulator.ui.wellbeing.briefing import BriefingDialog
from simulator.ui.wellbeing.checkin import CheckInDialog
from simulator.ui.wellbeing.sensitive_image import SensitiveImage
from simulator.wellbeing.config import DEFAULT_SUPPORT
from simulator.wellbeing.gate import Briefing, BriefingItem, presentation_for
from simulator.wellbeing.settings import AdminLimits, TraineePreferences, effective_settings

ATTACHMENT = Attachment(
    id="shot",
    image="assets/scenario-media/placeholder-violence-l3.png",
    alt="Synthetic placeholder",
    sensitivity=(Sensitivity("violence", 3),),
)


def _save(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    widget.close()


def shoot(out: Path, language: str) -> list[Path]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    Translations(app).switch(language, remember=False)  # the app's words (category names)
    i18n.install(app, language)  # the wellbeing screens' own
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )
    paths = []
    briefing = Briefing(
        "harassment-report",
        (BriefingItem("violence", 3, ("image",)), BriefingItem("bullying", 2, ("text",))),
        needs_consent=("violence", "bullying"),
        options=("continue", "postpone", "alternative"),
    )
    dialog = BriefingDialog(briefing, DEFAULT_SUPPORT, language)
    paths.append(out / f"wellbeing-briefing-{language}.png")
    _save(dialog, paths[-1])

    settings = effective_settings(AdminLimits(), TraineePreferences())
    image = QImage(str(assets_dir().parent / ATTACHMENT.image))
    for revealed in (False, True):
        widget = SensitiveImage(ATTACHMENT, image, presentation_for(ATTACHMENT, settings))
        widget.resize(560, 420)
        widget.show()
        QApplication.processEvents()
        if revealed:
            widget.reveal()
        name = "revealed" if revealed else "blurred"
        paths.append(out / f"wellbeing-{name}-{language}.png")
        QApplication.processEvents()
        widget.grab().save(str(paths[-1]))
        widget.close()

    checkin = CheckInDialog(DEFAULT_SUPPORT, language)
    checkin.group.button(8).click()
    paths.append(out / f"wellbeing-checkin-{language}.png")
    _save(checkin, paths[-1])
    return paths


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else project_root() / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "ar"):
        for path in shoot(out, language):
            print(path)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
