"""The validator's messages in the UI language: Arabic (``messages_ar``) when the
installed translator is Arabic, else the validator's own English."""

from __future__ import annotations

from simulator.authoring.messages_ar import arabic
from simulator.ui.i18n import installed_language


def shown(message: str) -> str:
    """``message`` as the studio shows it in the current UI language."""
    return arabic(message) if installed_language() == "ar" else message
