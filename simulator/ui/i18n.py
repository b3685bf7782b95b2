"""The app's language: English or Arabic, loaded from .qm files and remembered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from simulator.paths import assets_dir
from simulator.ui.qtvalues import LEFT_TO_RIGHT, RIGHT_TO_LEFT

LANGUAGES = {"en": "English", "ar": "العربية"}
SETTINGS_KEY = "ui/language"


def settings() -> QSettings:
    """The app's settings (organisation and app "Frontline")."""
    return QSettings("Frontline", "Frontline")


def saved_language() -> str:
    value = settings().value(SETTINGS_KEY, "en")
    return value if value in LANGUAGES else "en"


def qm_path(language: str):
    return assets_dir() / "translations" / f"frontline_{language}.qm"


# The one translator installed in the application, and its language (shared by every
# Translations object, so a second window does not re-send LanguageChange needlessly).
_installed: dict[str, object] = {"language": None, "translator": None}


def installed_language() -> str | None:
    """The language of the translator installed in the application (None: none yet)."""
    language = _installed["language"]
    return language if isinstance(language, str) else None


class Translations:
    """Owns the installed translator; switching swaps it and flips the layout direction."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self.language = _installed["language"] or "en"
        self.listeners: list = []  # called with the new language after each switch

    def switch(self, language: str, remember: bool = True) -> None:
        """Load ``language`` (``en`` or ``ar``); Qt then sends LanguageChange to widgets."""
        if language not in LANGUAGES:
            raise ValueError(language)
        if _installed["language"] != language:
            old = _installed["translator"]
            if old is not None:
                self._app.removeTranslator(old)
            translator = QTranslator(self._app)
            if translator.load(str(qm_path(language))):
                self._app.installTranslator(translator)
            _installed.update(language=language, translator=translator)
        self.language = language
        # The layoutDirection property (qtvalues: no Qt namespace before the first paint).
        self._app.setProperty(
            "layoutDirection", RIGHT_TO_LEFT if language == "ar" else LEFT_TO_RIGHT
        )
        if remember:
            settings().setValue(SETTINGS_KEY, language)
        for listener in self.listeners:
            listener(language)
