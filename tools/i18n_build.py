"""Regenerate the translations: the one pipeline for every catalogue.

``python -m tools.i18n_build`` (``make translations``). Two catalogues, one way:
``frontline_*.ts`` (lupdate over simulator/ui: ``tr()`` and ``QCoreApplication.translate``)
and ``wellbeing_*.ts`` (the ``wtr("...")`` literals of simulator/ui/wellbeing, context
``Wellbeing``). The .ts files are the source of truth and keep every translation already
in them; a new source string gets its Arabic from ``simulator.ui.i18n_ar.ARABIC`` (which
merges the areas' ``strings_ar`` modules; English is the source itself). Strings with no
Arabic stay ``unfinished`` and are listed, and the test suite fails on them.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from simulator.paths import assets_dir, project_root
from simulator.ui.i18n_ar import ARABIC

LANGS = ("en", "ar")
WELLBEING = "Wellbeing"  # the context of wtr() (simulator.ui.wellbeing.i18n)


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


def wellbeing_sources() -> list[str]:
    """Every literal passed to ``wtr()`` in simulator/ui/wellbeing, sorted."""
    found: set[str] = set()
    for path in sorted((project_root() / "simulator" / "ui" / "wellbeing").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "wtr":
                arg = node.args[0]
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    raise SystemExit(f"i18n_build: {path.name}:{node.lineno}: wtr needs a literal")
                found.add(arg.value)
    return sorted(found)


def wellbeing_update(lang: str, ts: Path) -> None:
    """What lupdate does for frontline_*.ts, for the wtr() strings: the .ts gets exactly
    the strings in use, keeping the translations it has; new ones are ``unfinished``."""
    kept: dict[str, str] = {}
    if ts.exists():
        for message in ET.parse(ts).iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                kept[message.findtext("source") or ""] = translation.text or ""
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = WELLBEING
    for source in wellbeing_sources():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in kept:
            translation.text = kept[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def wellbeing_fill(lang: str, ts: Path) -> list[str]:
    missing = fill(lang, ts)
    root = ET.parse(ts).getroot()  # fill() rewrites the file; keep the house layout
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return missing


CATALOGUES = {
    "frontline": (lupdate, fill),
    "wellbeing": (wellbeing_update, wellbeing_fill),
}


def build(folder: Path | None = None) -> dict[str, list[str]]:
    """Update, fill and compile every catalogue and language into ``folder``; return the
    missing source strings per language."""
    out = folder or assets_dir() / "translations"
    out.mkdir(parents=True, exist_ok=True)
    missing: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for name, (update, fill_in) in CATALOGUES.items():
        for lang in LANGS:
            ts = (out / f"{name}_{lang}").with_suffix(".ts")
            committed = assets_dir() / "translations" / ts.name
            if folder is not None and committed.exists():
                shutil.copyfile(committed, ts)
            update(lang, ts)
            missing[lang] += fill_in(lang, ts)
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
