"""Admin limits and trainee preferences for showing sensitive media, clamped to each other.

The admin sets the range; the trainee picks within it. A trainee can make the gate
stronger, never switch it off: the blur level never goes below ``min_blur_level`` (at
least 1), and greyscale stays on when the admin requires it. Exams apply the admin's
exam floor on top. Nothing revealed is stored here: every session starts protected.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

# ROOST Coop's blur scale: level 0-6 -> px on a 256x192 thumbnail (short side 192).
BLUR_LEVELS_PX: tuple[int, ...] = (0, 4, 8, 12, 16, 24, 40)
REFERENCE_SHORT_SIDE = 192
DEFAULT_BLUR_LEVEL = 2  # 8 px of 192, about 4% of the short side (ROOST default)
MAX_BLUR_LEVEL = len(BLUR_LEVELS_PX) - 1
MIN_AUTO_HIDE_S = 5.0


def blur_radius_px(level: int, short_side: int) -> float:
    """The blur radius for ``level`` scaled from the 192 px reference to ``short_side``."""
    level = max(0, min(MAX_BLUR_LEVEL, level))
    return BLUR_LEVELS_PX[level] * max(1, short_side) / REFERENCE_SHORT_SIDE


@dataclass(frozen=True)
class AdminLimits:
    """What an admin allows; the trainee's preferences are clamped into this."""

    min_blur_level: int = 1
    max_blur_level: int = MAX_BLUR_LEVEL
    default_blur_level: int = DEFAULT_BLUR_LEVEL
    require_greyscale: bool = False
    # Auto-hide: re-blur a revealed image after this many seconds (None: only on leave).
    max_auto_hide_s: float = 120.0
    default_auto_hide_s: float | None = 60.0
    exam_min_blur_level: int = DEFAULT_BLUR_LEVEL

    def checked(self) -> AdminLimits:
        """These limits made consistent: the gate can never be configured off."""
        lo = max(1, min(MAX_BLUR_LEVEL, self.min_blur_level))
        hi = max(lo, min(MAX_BLUR_LEVEL, self.max_blur_level))
        default = max(lo, min(hi, self.default_blur_level))
        exam = max(lo, min(MAX_BLUR_LEVEL, self.exam_min_blur_level))
        max_hide = max(MIN_AUTO_HIDE_S, self.max_auto_hide_s)
        hide = self.default_auto_hide_s
        if hide is not None:
            hide = max(MIN_AUTO_HIDE_S, min(max_hide, hide))
        return replace(
            self,
            min_blur_level=lo,
            max_blur_level=hi,
            default_blur_level=default,
            exam_min_blur_level=exam,
            max_auto_hide_s=max_hide,
            default_auto_hide_s=hide,
        )


@dataclass(frozen=True)
class TraineePreferences:
    """A trainee's own choices; ``None`` means "use the admin's default"."""

    blur_level: int | None = None
    greyscale: bool = True
    auto_hide_s: float | None = None
    auto_hide: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "blur_level": self.blur_level,
            "greyscale": self.greyscale,
            "auto_hide_s": self.auto_hide_s,
            "auto_hide": self.auto_hide,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TraineePreferences:
        """Preferences from stored data; unknown or malformed values fall back to defaults."""
        level = data.get("blur_level")
        hide = data.get("auto_hide_s")
        return cls(
            blur_level=int(level) if isinstance(level, int | float) else None,
            greyscale=bool(data.get("greyscale", True)),
            auto_hide_s=float(hide) if isinstance(hide, int | float) else None,
            auto_hide=bool(data.get("auto_hide", True)),
        )


@dataclass(frozen=True)
class WellbeingSettings:
    """The effective settings for one trainee in one mode, after clamping."""

    blur_level: int
    greyscale: bool
    auto_hide_s: float | None  # None: re-blur only when the trainee moves on

    @property
    def blur_fraction(self) -> float:
        """Blur radius as a fraction of the image's short side."""
        return BLUR_LEVELS_PX[self.blur_level] / REFERENCE_SHORT_SIDE

    def blur_px(self, short_side: int) -> float:
        return blur_radius_px(self.blur_level, short_side)


def effective_settings(
    limits: AdminLimits, prefs: TraineePreferences, mode: str = "practice"
) -> WellbeingSettings:
    """The trainee's preferences clamped into the admin's limits (``mode``: practice|exam)."""
    lim = limits.checked()
    level = lim.default_blur_level if prefs.blur_level is None else prefs.blur_level
    level = max(lim.min_blur_level, min(lim.max_blur_level, level))
    if mode == "exam":
        level = max(level, lim.exam_min_blur_level)
    greyscale = prefs.greyscale or lim.require_greyscale
    hide: float | None = None
    if prefs.auto_hide or mode == "exam":
        wanted = prefs.auto_hide_s if prefs.auto_hide_s is not None else lim.default_auto_hide_s
        if wanted is None:
            wanted = lim.max_auto_hide_s
        hide = max(MIN_AUTO_HIDE_S, min(lim.max_auto_hide_s, wanted))
    return WellbeingSettings(blur_level=level, greyscale=greyscale, auto_hide_s=hide)
