"""Every keyboard shortcut of the trainee's screens, declared once.

This table feeds the shortcuts themselves (``QShortcut``), the buttons' tooltips and
the F1 help; its descriptions are translated in the ``Shortcuts`` context."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence


@dataclass(frozen=True)
class Shortcut:
    name: str
    keys: str
    description: str  # English source; ``describe`` gives it in the interface language


TABLE: tuple[Shortcut, ...] = (
    Shortcut("next", "Ctrl+J", QT_TRANSLATE_NOOP("Shortcuts", "Next conversation")),
    Shortcut("previous", "Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "Previous conversation")),
    Shortcut("send", "Ctrl+Return", QT_TRANSLATE_NOOP("Shortcuts", "Send the reply")),
    Shortcut("macro", "Ctrl+M", QT_TRANSLATE_NOOP("Shortcuts", "Search macros")),
    Shortcut("lookup", "Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Look up the account")),
    Shortcut("tag", "Ctrl+T", QT_TRANSLATE_NOOP("Shortcuts", "Add a tag")),
    Shortcut("escalate", "Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Escalate to a team")),
    Shortcut("resolve", "Ctrl+R", QT_TRANSLATE_NOOP("Shortcuts", "Resolve the conversation")),
    Shortcut("close", "Ctrl+W", QT_TRANSLATE_NOOP("Shortcuts", "Close the conversation")),
    Shortcut("end", "Ctrl+Shift+E", QT_TRANSLATE_NOOP("Shortcuts", "End the scenario")),
    Shortcut(
        "support",
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("Shortcuts", "Pause and see support resources"),
    ),
    Shortcut("help", "F1", QT_TRANSLATE_NOOP("Shortcuts", "Show or hide this help")),
)
KEYS: dict[str, str] = {s.name: s.keys for s in TABLE}


def describe(name: str) -> str:
    """The shortcut's description in the interface language."""
    shortcut = next(s for s in TABLE if s.name == name)
    return QCoreApplication.translate("Shortcuts", shortcut.description)


def shown(name: str) -> str:
    """The keys as people read them (Ctrl+Return, F1)."""
    return QKeySequence(KEYS[name]).toString(QKeySequence.SequenceFormat.NativeText)


def tooltip(name: str) -> str:
    """``Send the reply (Ctrl+Return)``: for the button that does the same."""
    return f"{describe(name)} ({shown(name)})"
