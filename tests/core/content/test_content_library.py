"""The library: where SOPs are found, and loading a whole folder without exceptions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.content.library import find_attachment, find_sop_path, load_library
from simulator.errors import ContentError

DATA = Path(__file__).parent / "data"


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    shutil.copytree(DATA, tmp_path / "repo")
    return tmp_path / "repo" / "library"


def test_sop_beside_the_language_folder_or_in_sops_dir(lib, tmp_path):
    scenario = lib / "ar" / "hacked-account-email-ar.yaml"
    assert find_sop_path(scenario) == lib / "sops" / "account-recovery.yaml"
    other = tmp_path / "other"
    other.mkdir()
    (other / "account-recovery.yaml").write_text("x: 1\n")
    assert find_sop_path(scenario, other) == other / "account-recovery.yaml"
    assert find_sop_path(scenario, other, sop_id="account-recovery").parent == other


def test_missing_sop_names_the_scenario_line(lib):
    scenario = lib / "ar" / "hacked-account-email-ar.yaml"
    (lib / "sops" / "account-recovery.yaml").unlink()
    with pytest.raises(ContentError) as err:
        find_sop_path(scenario)
    assert err.value.where == f"{scenario}:5"
    assert "SOP 'account-recovery' not found" in err.value.what


def test_load_library_keeps_good_files_and_reports_bad_ones(lib):
    (lib / "en").mkdir(exist_ok=True)
    (lib / "en" / "broken.yaml").write_bytes(b"id: [\n")
    text = (lib / "ar" / "hacked-account-email-ar.yaml").read_text(encoding="utf-8")
    orphan = text.replace("id: hacked-account-email-ar", "id: orphan").replace(
        "sop: account-recovery", "sop: nowhere"
    )
    (lib / "en" / "orphan.yaml").write_text(orphan, encoding="utf-8")
    library = load_library(lib)
    assert [s.id for s in library.scenarios] == ["hacked-account-email-ar"]
    assert list(library.sops) == ["account-recovery"]
    assert library.sop_of(library.scenarios[0]) is library.sops["account-recovery"]
    messages = sorted(f"{Path(p.file).name}:{p.line}: {p.message}" for p in library.problems)
    assert messages[0].startswith("broken.yaml:2: malformed YAML")
    assert messages[1] == "orphan.yaml:0: SOP 'nowhere' is missing or has errors"


def test_empty_folder_is_an_empty_library(tmp_path):
    library = load_library(tmp_path)
    assert library.scenarios == () and dict(library.sops) == {} and library.problems == ()


def test_find_attachment(lib):
    scenario = lib / "ar" / "hacked-account-email-ar.yaml"
    found = find_attachment(scenario, "assets/scenario-media/login-alert.png")
    assert found == lib.parent / "assets" / "scenario-media" / "login-alert.png"
    assert find_attachment(scenario, "../etc/passwd") is None
    assert find_attachment(scenario, "assets/none.png") is None
