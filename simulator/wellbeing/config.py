"""The admin's wellbeing configuration: one file, every setting declared here with its default.

``<data folder>/wellbeing.yaml`` (absent: all defaults). Example::

    limits: {min_blur_level: 1, default_blur_level: 2, require_greyscale: false}
    budget: {scenario_min_per_day: 45, category_min_per_day: 30, reveal_min_per_day: 10}
    breaks: {every_s: 7200, short_pause_s: 300, min_gap_s: 1200}
    support:
      - {en: "Employee assistance programme: 0800 ...", ar: "برنامج مساعدة الموظفين: ..."}
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from simulator.content.model import LocalText
from simulator.errors import ContentError
from simulator.paths import data_dir
from simulator.wellbeing.breaks import BreakPolicy
from simulator.wellbeing.exposure import Budget
from simulator.wellbeing.settings import AdminLimits

CONFIG_NAME = "wellbeing.yaml"

DEFAULT_SUPPORT: tuple[LocalText, ...] = (
    LocalText(
        en="Your employer's assistance programme (EAP): free, confidential counselling. "
        "Ask your team lead or HR for the number.",
        ar="برنامج مساعدة الموظفين لدى جهة عملك: استشارة مجانية وسرية. "
        "اطلب الرقم من قائد فريقك أو من الموارد البشرية.",
    ),
    LocalText(
        en="If you are in danger or thinking of harming yourself, call your local "
        "emergency number now.",
        ar="إذا كنت في خطر أو تفكر في إيذاء نفسك، اتصل برقم الطوارئ المحلي الآن.",
    ),
)


@dataclass(frozen=True)
class WellbeingConfig:
    limits: AdminLimits = field(default_factory=AdminLimits)
    budget: Budget = field(default_factory=Budget)
    breaks: BreakPolicy = field(default_factory=BreakPolicy)
    support: tuple[LocalText, ...] = DEFAULT_SUPPORT


def _section(cls: type, data: Any, where: str) -> Any:
    if data is None:
        return cls()
    if not isinstance(data, Mapping):
        raise ContentError(where, "must be a mapping of settings")
    known = {f.name: f for f in fields(cls)}
    for key in data:
        if key not in known:
            raise ContentError(where, f"unknown setting {key!r} (known: {', '.join(known)})")
    values: dict[str, Any] = {}
    for key, value in data.items():
        default = known[key].default
        if isinstance(default, bool):
            if not isinstance(value, bool):
                raise ContentError(where, f"{key} must be true or false")
        elif (value is not None and not isinstance(value, int | float)) or isinstance(value, bool):
            raise ContentError(where, f"{key} must be a number")
        values[key] = value
    return cls(**values)


def parse_config(data: Any, where: str = CONFIG_NAME) -> WellbeingConfig:
    """A config from parsed YAML data, checked (limits and budget clamped to safe ranges)."""
    if data is None:
        return WellbeingConfig()
    if not isinstance(data, Mapping):
        raise ContentError(where, "must be a mapping with limits, budget, breaks, support")
    unknown = set(data) - {"limits", "budget", "breaks", "support"}
    if unknown:
        raise ContentError(where, f"unknown section {sorted(unknown)[0]!r}")
    support = DEFAULT_SUPPORT
    if data.get("support") is not None:
        raw = data["support"]
        if not isinstance(raw, list) or not all(
            isinstance(i, Mapping) and isinstance(i.get("en"), str) and isinstance(i.get("ar"), str)
            for i in raw
        ):
            raise ContentError(f"{where}: support", "must be a list of {en: ..., ar: ...} texts")
        support = tuple(LocalText(en=i["en"], ar=i["ar"]) for i in raw)
    return WellbeingConfig(
        limits=_section(AdminLimits, data.get("limits"), f"{where}: limits").checked(),
        budget=_section(Budget, data.get("budget"), f"{where}: budget").checked(),
        breaks=_section(BreakPolicy, data.get("breaks"), f"{where}: breaks"),
        support=support,
    )


def config_path() -> Path:
    return data_dir() / CONFIG_NAME


def load_config(path: Path | None = None) -> WellbeingConfig:
    """The admin's config from ``path`` (default: the data folder); defaults if absent."""
    path = path or config_path()
    if not path.exists():
        return WellbeingConfig()
    # The same reader as scenarios: a regular file, size-capped, depth-checked before
    # libyaml recurses, one-line errors naming the line.
    from simulator.content.yamlfile import read_yaml

    data, _issues = read_yaml(path, "wellbeing settings")
    return parse_config(data, str(path))
