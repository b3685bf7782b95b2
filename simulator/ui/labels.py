"""Names of the core's values in the interface language: sensitivity categories,
channels and languages. The one place each is translated (contexts ``Sensitivity``,
``Channel``, ``Language``); the library, the desk, the results and the wellbeing screens
all take their words from here. A leaf of ``simulator.ui``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt


def sensitivity_name(category: str) -> str:
    """The translated name of a sensitivity category."""
    names = {
        "bullying": QCoreApplication.translate("Sensitivity", "Bullying"),
        "hate-speech": QCoreApplication.translate("Sensitivity", "Hate speech"),
        "child-safety": QCoreApplication.translate("Sensitivity", "Child safety"),
        "self-harm": QCoreApplication.translate("Sensitivity", "Self-harm"),
        "violence": QCoreApplication.translate("Sensitivity", "Violence"),
        "animal-harm": QCoreApplication.translate("Sensitivity", "Harm to animals"),
        "sexual-content": QCoreApplication.translate("Sensitivity", "Sexual content"),
        "dangerous-acts": QCoreApplication.translate("Sensitivity", "Dangerous acts"),
    }
    return names.get(category, category)


def channel_name(channel: str) -> str:
    names = {
        "email": QCoreApplication.translate("Channel", "Email"),
        "ticket": QCoreApplication.translate("Channel", "Ticket"),
        "chat": QCoreApplication.translate("Channel", "Chat"),
    }
    return names.get(channel, channel)


def language_name(language: str) -> str:
    names = {
        "en": QCoreApplication.translate("Language", "English"),
        "ar": QCoreApplication.translate("Language", "Arabic"),
    }
    return names.get(language, language)


def list_separator() -> str:
    """The comma between the items of a list: the Arabic comma in the Arabic interface."""
    from PySide6.QtGui import QGuiApplication

    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return "، " if rtl else ", "
