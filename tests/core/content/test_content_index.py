"""The library index: the same scenarios and problems as load_library, from a cache."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.content.index import (
    cache_file,
    cached_index,
    load_full,
    load_index,
    summarize,
)
from simulator.content.library import load_library
from simulator.content.model import LANGUAGES
from simulator.content.walk import LANGUAGE_FOLDERS
from simulator.errors import ContentError
from simulator.paths import library_dir

DATA = Path(__file__).parent / "data"


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    shutil.copytree(library_dir(), tmp_path / "repo" / "scenarios")
    return tmp_path / "repo" / "scenarios"


def _agrees(index, library) -> None:
    assert [s.id for s in index.scenarios] == [s.id for s in library.scenarios]
    assert list(index.scenarios) == [summarize(s, s.path) for s in library.scenarios]
    assert {k: tuple(v.title) for k, v in index.sops.items()} == {
        k: (v.title.en, v.title.ar) for k, v in library.sops.items()
    }
    assert list(index.problems) == list(library.problems)


def test_cold_and_warm_index_agree_with_the_full_load(lib, tmp_path):
    cache = tmp_path / "cache"
    cold = load_index(lib, cache)
    folders = ("sops", "en", "ar")
    assert cold.parsed == sum(len(list((lib / f).glob("*.yaml"))) for f in folders) > 40
    assert cache_file(lib, cache).is_file()
    warm = load_index(lib, cache)
    assert warm.parsed == 0
    assert warm._replace(parsed=0) == cold._replace(parsed=0)  # all but how it was built
    _agrees(warm, load_library(lib))


def test_the_language_folders_are_the_models_languages():
    assert LANGUAGE_FOLDERS == LANGUAGES


def test_summary_fields_for_the_list(lib, tmp_path):
    index = load_index(lib, tmp_path / "cache")
    bullying = [s for s in index.scenarios if dict(s.sensitivity).get("bullying")]
    assert bullying and all(s.max_level >= 1 for s in bullying)
    first = index.scenarios[0]
    assert first.path.is_file() and first.channels and 1 <= first.difficulty <= 5
    assert all(s.sop in index.sops for s in index.scenarios)


def test_a_changed_file_is_parsed_again_and_broken_files_are_problems(lib, tmp_path):
    cache = tmp_path / "cache"
    load_index(lib, cache)
    path = sorted((lib / "en").glob("*.yaml"))[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title:", "title: Renamed —", 1), encoding="utf-8")
    (lib / "en" / "broken.yaml").write_bytes(b"id: [\n")
    index = load_index(lib, cache)
    assert index.parsed == 2
    assert any(s.title.startswith("Renamed —") for s in index.scenarios)
    _agrees(index, load_library(lib))
    (lib / "en" / "broken.yaml").unlink()
    again = load_index(lib, cache)
    assert again.parsed == 0 and not any("broken" in p.file for p in again.problems)


def test_a_missing_sop_drops_its_scenarios_as_load_library_does(tmp_path):
    shutil.copytree(DATA, tmp_path / "repo")
    root = tmp_path / "repo" / "library"
    cache = tmp_path / "cache"
    load_index(root, cache)
    (root / "sops" / "account-recovery.yaml").unlink()
    index = load_index(root, cache)
    assert index.parsed == 0
    _agrees(index, load_library(root))
    assert any("missing or has errors" in p.message for p in index.problems)


@pytest.mark.parametrize(
    "damage",
    [b"", b"{not json", b"[]", b'{"stamp": "1/0.1.0", "files": 3}', b'{"files": {}}', None],
)
def test_a_corrupt_cache_is_ignored_and_rebuilt(lib, tmp_path, damage):
    cache = tmp_path / "cache"
    cold = load_index(lib, cache)
    where = cache_file(lib, cache)
    if damage is None:  # valid JSON, entries of the wrong shape
        where.write_text(where.read_text().replace('"problems": []', '"problems": [7]'))
    else:
        where.write_bytes(damage)
    rebuilt = load_index(lib, cache)
    assert rebuilt.scenarios == cold.scenarios and rebuilt.problems == cold.problems
    assert load_index(lib, cache).parsed == 0


def test_a_read_only_cache_folder_still_gives_the_index(lib, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    index = load_index(lib, blocker / "cache")
    _agrees(index, load_library(lib))


def test_load_full_parses_the_scenario_and_its_sop(lib, tmp_path):
    index = load_index(lib, tmp_path / "cache")
    summary = index.scenarios[-1]
    scenario, sop = load_full(summary, index.sops[summary.sop])
    assert scenario.id == summary.id and sop.id == summary.sop
    assert summarize(scenario, summary.path) == summary
    summary.path.write_text("id: [\n", encoding="utf-8")
    with pytest.raises(ContentError):
        load_full(summary, index.sops[summary.sop])


def test_a_warm_index_imports_no_yaml_parser(lib, tmp_path):
    load_index(lib, tmp_path / "cache")
    probe = (
        "import sys; from pathlib import Path; from simulator.content.index import load_index;"
        f"i = load_index(Path({str(lib)!r}), Path({str(tmp_path / 'cache')!r}));"
        "print(i.parsed, len(i.scenarios), 'ruamel' in sys.modules,"
        " 'simulator.content.loader' in sys.modules, 'simulator.content.model' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=os.environ
    ).stdout.split()
    assert out[0] == "0" and int(out[1]) > 30 and out[2:] == ["False"] * 3


def test_a_new_loader_or_format_re_parses_everything(lib, tmp_path, monkeypatch):
    import simulator.content.index as index_module

    cache = tmp_path / "cache"
    cold = load_index(lib, cache)
    stamp = index_module._stamp()
    assert stamp == index_module._stamp()  # stable while the code is unchanged
    monkeypatch.setattr(index_module, "_stamp", lambda: stamp + "-changed")
    assert load_index(lib, cache).parsed == cold.parsed
    assert load_index(lib, cache).parsed == 0


def test_the_cached_index_is_all_or_nothing(lib, tmp_path):
    cache = tmp_path / "cache"
    assert cached_index(lib, cache) is None  # nothing cached: the caller parses
    cold = load_index(lib, cache)
    warm = cached_index(lib, cache)
    assert warm is not None and warm.parsed == 0
    assert warm._replace(parsed=0) == cold._replace(parsed=0)
    changed = next((lib / "en").glob("*.yaml"))
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert cached_index(lib, cache) is None  # one file changed: not a warm index
    assert load_index(lib, cache).parsed == 1
    assert cached_index(lib, cache) is not None
