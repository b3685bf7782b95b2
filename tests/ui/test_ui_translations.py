"""Every interface string has an Arabic translation, and the committed files are current."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from simulator.paths import assets_dir
from tools import i18n_build


def _messages(ts):
    return list(ET.parse(ts).iter("message"))


def test_every_source_string_is_translated_in_both_languages():
    for lang in ("ar", "en"):
        messages = _messages(assets_dir() / "translations" / f"frontline_{lang}.ts")
        assert messages, lang
        unfinished = [
            m.findtext("source")
            for m in messages
            if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
        ]
        assert unfinished == [], f"{lang}: untranslated {unfinished}"


def test_arabic_translations_are_arabic_and_keep_placeholders():
    for m in _messages(assets_dir() / "translations" / "frontline_ar.ts"):
        source, text = m.findtext("source"), m.findtext("translation")
        if source == "Frontline":
            continue
        assert any("\u0600" <= ch <= "\u06ff" for ch in text), source
        for part in source.split("{")[1:]:
            assert "{" + part.split("}")[0] + "}" in text, (source, text)


def test_committed_ts_and_qm_are_up_to_date(tmp_path):
    missing = i18n_build.build(tmp_path)
    assert missing == {"en": [], "ar": []}
    for name in ("frontline_ar", "frontline_en", "wellbeing_ar", "wellbeing_en"):
        committed = assets_dir() / "translations" / name
        fresh = tmp_path / name
        assert fresh.with_suffix(".ts").read_text() == committed.with_suffix(".ts").read_text(), (
            f"run `make translations`: {name}.ts is stale"
        )
        assert fresh.with_suffix(".qm").read_bytes() == committed.with_suffix(".qm").read_bytes()


def test_every_string_has_the_context_it_is_looked_up_in():
    """A string lupdate finds outside a class or translate() call gets an empty context,
    and at run time it is looked up in another one: the interface shows it in English."""
    for lang in ("ar", "en"):
        tree = ET.parse(assets_dir() / "translations" / f"frontline_{lang}.ts")
        nameless = [
            m.findtext("source")
            for c in tree.iter("context")
            if not (c.findtext("name") or "").strip()
            for m in c.iter("message")
        ]
        assert nameless == [], f"{lang}: strings with no context {nameless}"


def test_strings_built_outside_a_widget_are_found_and_read_arabic(qapp):
    """lupdate files a string under the context it is looked up in: a local ``tr``
    helper or a ``self.tr`` inside an f-string left these English in the Arabic UI."""
    from simulator.ui.exam.pages import item_cells
    from simulator.ui.i18n import Translations

    language = Translations(qapp)
    language.switch("ar", remember=False)
    try:
        assert item_cells(0, {"status": "not-reached", "scenario": "s"}, {})[3] == "لم تصل إليه"
        assert item_cells(1, {"passed": False, "scenario": "s"}, {})[3] == "راسب"
    finally:
        language.switch("en", remember=False)
    sources = {
        m.findtext("source") for m in _messages(assets_dir() / "translations" / "frontline_ar.ts")
    }
    assert "No overrides yet." in sources
