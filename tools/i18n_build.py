"""Regenerate the translations: lupdate over simulator/ui, fill Arabic, then lrelease.

``python -m simulator.ui.i18n_build`` (``make translations``). The .ts files are the
source of truth and keep every translation already in them; a new source string gets
its Arabic from ``i18n_ar.ARABIC`` (English is the source itself). Strings with no
Arabic stay ``unfinished`` and are listed, and the test suite fails on them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from simulator.paths import assets_dir, project_root
from simulator.ui.i18n_ar import ARABIC

LANGS = ("en", "ar")


def tool(name: str) -> str:
    """A PySide6 tool from the venv's bin folder (or PATH)."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"i18n_build: {name} not found; install PySide6")
    return found


def sources() -> list[str]:
    ui = project_root() / "simulator" / "ui"
    # The wellbeing widgets keep their own catalogue (wellbeing_*.ts, see their i18n).
    return sorted(
        str(p.relative_to(project_root()))
        for p in ui.rglob("*.py")
        if "wellbeing" not in p.relative_to(ui).parts
    )


def ts_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or assets_dir() / "translations") / f"frontline_{lang}.ts"


def lupdate(lang: str, ts: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-ts",
            str(ts),
        ],
        cwd=project_root(),
        check=True,
        capture_output=True,
    )


def fill(lang: str, ts: Path) -> list[str]:
    """Fill unfinished translations; return the source strings still missing."""
    tree = ET.parse(ts)
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") != "unfinished" and translation.text:
            continue
        text = source if lang == "en" else ARABIC.get(source)
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def build(folder: Path | None = None) -> dict[str, list[str]]:
    """Update, fill and compile every language into ``folder``; return missing per language."""
    out = folder or assets_dir() / "translations"
    out.mkdir(parents=True, exist_ok=True)
    missing = {}
    for lang in LANGS:
        ts = ts_path(lang, out)
        if folder is not None and ts_path(lang).exists():
            shutil.copyfile(ts_path(lang), ts)
        lupdate(lang, ts)
        missing[lang] = fill(lang, ts)
        lrelease(ts, ts.with_suffix(".qm"))
    return missing


def main() -> int:
    missing = build()
    for lang, items in missing.items():
        for source in items:
            print(f"i18n_build: {lang}: no translation for {source!r}")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
