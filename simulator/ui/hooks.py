"""Where the wellbeing widgets plug into the desk (the lead wires them in ``install``).

The desk never shows an attachment or starts a scenario directly: it asks these hooks.
Defaults are neutral (no briefing, attachments shown as a labelled placeholder) so the
desk works before the wellbeing package is wired in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

# (attachment, parent) -> widget that shows it (blurred, greyscale, click-to-reveal ...)
AttachmentFactory = Callable[[Any, QWidget | None], QWidget]
# (scenario, person) -> True when the scenario may start (a briefing was shown and accepted)
BriefingGate = Callable[[Any, Any, QWidget | None], bool]
# (parent) -> the always-visible "pause / support" control, or None. It pauses
# ``parent.controller`` (the desk's ``DeskController``: the desk then hides the case, see
# docs/desk.md) and may offer ``close_panel() -> bool``: the desk's own Resume calls it,
# so that closing the panel is what resumes.
SupportControlFactory = Callable[[QWidget | None], QWidget | None]


def _placeholder(attachment: Any, parent: QWidget | None) -> QWidget:
    label = QLabel(parent)
    label.setObjectName("chip")
    label.setText(getattr(attachment, "alt", "") or getattr(attachment, "id", ""))
    label.setToolTip(getattr(attachment, "image", ""))
    return label


def _always_start(_scenario: Any, _person: Any, _parent: QWidget | None) -> bool:
    return True


def _no_control(_parent: QWidget | None) -> QWidget | None:
    return None


attachment_widget: AttachmentFactory = _placeholder
briefing_gate: BriefingGate = _always_start
support_control: SupportControlFactory = _no_control


def install(
    attachments: AttachmentFactory | None = None,
    briefing: BriefingGate | None = None,
    support: SupportControlFactory | None = None,
) -> None:
    """Replace any of the hooks (called once at start-up by the app)."""
    global attachment_widget, briefing_gate, support_control
    if attachments is not None:
        attachment_widget = attachments
    if briefing is not None:
        briefing_gate = briefing
    if support is not None:
        support_control = support
