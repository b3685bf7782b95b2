"""Qt enum values for the code that runs before the first paint, as plain ints.

Naming anything in PySide6's ``Qt`` namespace builds all of its Python enums at once
(some ninety of them): about 35 ms of a start whose bare PySide6 window takes 230 ms on
the machines we measure. The modules on the way to the first paint (``app``, ``i18n``,
``theme``, ``main_window``, ``signin``) therefore never import ``Qt``: they set these
values through Qt's property system, which converts an int to the property's enum
(``widget.setProperty("textElideMode", ELIDE_MIDDLE)``), or pass them where Qt takes an
int (an item's data role). ``Qt`` is built just after the first paint (``app.start``).

``tests/ui/test_ui_startup.py`` checks every value here against ``Qt``, and that the
first screen paints before ``Qt`` exists.
"""

from __future__ import annotations

import sys

LEFT_TO_RIGHT = 0  # Qt.LayoutDirection.LeftToRight
RIGHT_TO_LEFT = 1  # Qt.LayoutDirection.RightToLeft

ALIGN_LEFT = 0x0001  # Qt.AlignmentFlag.AlignLeft (AlignLeading: the start side)
ALIGN_RIGHT = 0x0002  # Qt.AlignmentFlag.AlignRight
ALIGN_VCENTER = 0x0080  # Qt.AlignmentFlag.AlignVCenter
ALIGN_ABSOLUTE = 0x0010  # Qt.AlignmentFlag.AlignAbsolute (right is right in RTL too)

SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
ELIDE_MIDDLE = 2  # Qt.TextElideMode.ElideMiddle

TEXT_ALIGNMENT_ROLE = 7  # Qt.ItemDataRole.TextAlignmentRole


def qt_is_built() -> bool:
    """Whether PySide6 has built its ``Qt`` namespace in this process yet."""
    core = sys.modules.get("PySide6.QtCore")
    return core is not None and "Qt" in vars(core)
