"""Issue 14: an attachment path that leaves the library is refused by the loader (and so
by the app), not only flagged by ``validate``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from simulator.content.loader import load_scenario
from simulator.errors import ContentError

DATA = Path(__file__).resolve().parents[1] / "core" / "content" / "data"
GOOD = "image: assets/scenario-media/login-alert.png"


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    shutil.copytree(DATA, tmp_path / "repo")
    return tmp_path / "repo" / "library" / "ar" / "hacked-account-email-ar.yaml"


@pytest.mark.parametrize(
    "image",
    [
        "/etc/passwd",
        "OUTSIDE",  # an absolute path to a real image outside the library
        "../../outside.png",
        "assets/../../outside.png",
        "C:\\Windows\\x.png",
        "..\\..\\outside.png",
    ],
)
def test_the_loader_refuses_paths_out_of_the_library(scenario, tmp_path, image, cli):
    outside = tmp_path / "outside.png"
    shutil.copyfile(DATA / "assets" / "scenario-media" / "login-alert.png", outside)
    image = str(outside) if image == "OUTSIDE" else image
    text = scenario.read_text(encoding="utf-8")
    assert GOOD in text
    scenario.write_text(text.replace(GOOD, f"image: '{image}'"), encoding="utf-8")
    with pytest.raises(ContentError, match="write the path from the repo root") as err:
        load_scenario(scenario)
    assert str(err.value).startswith(f"{scenario}:34: ")
    r = cli("validate", str(scenario))
    assert r.code == 1
    assert [ln for ln in r.out.splitlines() if "attachment" in ln] == [
        f"{scenario}:34: attachment 'shot1': write the path from the repo root "
        f"(no absolute path, no '..'), not {image!r}"
    ]


def test_the_app_hides_such_a_scenario(scenario, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    text = scenario.read_text(encoding="utf-8")
    scenario.write_text(text.replace(GOOD, "image: /etc/passwd"), encoding="utf-8")
    from simulator.ui.app import load_summaries

    scenarios, _sops, problems = load_summaries(scenario.parent.parent)
    assert scenarios == []
    assert [(Path(p.file).name, p.line) for p in problems] == [(scenario.name, 34)]


def test_a_path_from_the_repo_root_still_loads(scenario):
    att = load_scenario(scenario).timeline[0].attachments[0]
    assert att.image == "assets/scenario-media/login-alert.png"
