"""The wellbeing screens' own translations (``assets/translations/wellbeing_*.ts/.qm``).

Strings go through ``wtr()`` (``QCoreApplication.translate`` in the ``Wellbeing``
context). Their Arabic is kept in ``strings_ar.ARABIC``; ``python -m
simulator.ui.wellbeing.i18n`` writes the .ts files from it and compiles the .qm files.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from simulator.paths import assets_dir
from simulator.ui.wellbeing.strings_ar import ARABIC

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


def ts_text(language: str) -> str:
    """The .ts file for ``language``, made from the ARABIC table (English is the source)."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(ARABIC):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = ARABIC[source] if language == "ar" else source
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def _lrelease() -> str:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(here) if here.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("wellbeing i18n: pyside6-lrelease not found; install PySide6")
    return found


def build(folder: Path | None = None) -> None:
    """Write wellbeing_{en,ar}.ts and compile them to .qm in ``folder``."""
    out = folder or assets_dir() / "translations"
    out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "ar"):
        ts = out / f"wellbeing_{language}.ts"
        ts.write_text(ts_text(language), encoding="utf-8")
        subprocess.run(
            [_lrelease(), "-silent", str(ts), "-qm", str(qm_path(language, out))],
            check=True,
            capture_output=True,
        )


if __name__ == "__main__":
    build()
