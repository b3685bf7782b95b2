"""The wellbeing screens' own translations (``assets/translations/wellbeing_*.ts/.qm``).

Strings go through ``wtr()`` (``QCoreApplication.translate`` in the ``Wellbeing``
context). The .ts files are built like every other catalogue, by ``python -m
tools.i18n_build`` (``make translations``); new strings take their Arabic from
``strings_ar.ARABIC``, registered in ``simulator.ui.i18n_ar``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from simulator.paths import assets_dir

CONTEXT = "Wellbeing"
_installed: dict[int, QTranslator] = {}


def wtr(text: str) -> str:
    """``text`` in the installed language (the source is English)."""
    return QCoreApplication.translate(CONTEXT, text)


def qm_path(language: str, folder: Path | None = None) -> Path:
    return (folder or assets_dir() / "translations") / f"wellbeing_{language}.qm"


def install(app: QCoreApplication, language: str) -> bool:
    """Load the wellbeing translations for ``language`` beside the app's own; True if loaded."""
    old = _installed.pop(id(app), None)
    if old is not None:
        app.removeTranslator(old)
    translator = QTranslator(app)
    if not translator.load(str(qm_path(language))):
        return False
    app.installTranslator(translator)
    _installed[id(app)] = translator
    return True
