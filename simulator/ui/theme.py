"""The look of the app: one light, calm style sheet, channel colours and fonts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QLabel

from simulator.paths import assets_dir

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

CHANNEL_COLOURS = {"email": "#2563eb", "ticket": "#7c3aed", "chat": "#059669"}
SLA_OK, SLA_WARN, SLA_BREACH = "#15803d", "#d97706", "#dc2626"
ACCENT = "#0f766e"
# Every colour of the app is named here; screens use these names, never a literal.
SURFACE = "#ffffff"  # cards, panes, the page behind text
TEXT, TEXT_STRONG, TEXT_SOFT = "#1f2937", "#111827", "#374151"
MUTED, FAINT = "#6b7280", "#9ca3af"  # secondary text; quoted or disabled text
PASS, FAIL = SLA_OK, SLA_BREACH  # a verdict, a criterion, an outcome
HIGHLIGHT = "#fde68a"  # matched words in the evidence
TIME_MARK = CHANNEL_COLOURS["ticket"]  # times in a transcript
ROW_SELECTED, DIVIDER = "#e6f4f1", "#eef0f3"  # the inbox's selected row; lines between rows
BUBBLE_MINE, BUBBLE_THEIRS = "#ccfbf1", "#f1f5f9"  # chat bubbles
QR_INK = "#000000"  # the certificate's QR code
BACKDROP = "#808080"  # behind a blurred or greyscale image
STRICT, LENIENT = "#b91c1c", "#b45309"  # a trainer's leaning in calibration; upheld dispute
NOTE_TEXT, NOTE_BACK = "#92400e", "#fef3c7"  # an internal note in a conversation
EVENT_BACK = "#f8fafc"  # a trail event in a conversation
ERROR, WARNING = "#c62828", "#ef8f00"  # validator problems in the studio
GUTTER, GUTTER_TEXT = "#f1f3f5", "#8a8f98"  # the studio editor's line numbers
# The studio's YAML highlighting.
SYNTAX = {
    "key": "#1a5fb4",
    "string": "#26734d",
    "number": "#a15c00",
    "word": "#8a3ab9",
    "placeholder": "#b8004f",
    "comment": MUTED,
}

# Noto Sans Arabic comes with fonts-noto-core; fontconfig falls back when it is absent.
FONT_FAMILIES = ["Noto Sans", "Noto Sans Arabic", "DejaVu Sans", "Segoe UI", "Tahoma"]
BASE_POINT_SIZE = 11

STYLE_SHEET = """
QWidget { color: #1f2937; }
QMainWindow, QWidget#screen { background: #f6f7f9; }
QFrame#card { background: #ffffff; border: 1px solid #e5e7eb; border-radius: 10px; }
QLabel#title { font-size: 20pt; font-weight: 600; color: #111827; }
QLabel#subtitle { font-size: 13pt; font-weight: 600; color: #111827; }
QLabel#muted { color: #6b7280; }
QLabel#error { color: #dc2626; }
QFrame#topbar { background: #ffffff; border: none; border-bottom: 1px solid #e5e7eb; }
QLabel#product { font-size: 15pt; font-weight: 700; color: #0f766e; }
QLabel#chip { background: #eef2f7; border-radius: 8px; padding: 2px 8px; color: #374151; }
QLabel#warnchip { background: #fef3c7; border-radius: 8px; padding: 2px 8px; color: #92400e; }
QLabel#toast { background: #111827; color: #ffffff; border-radius: 8px; padding: 8px 14px; }
QPushButton { background: #ffffff; border: 1px solid #d1d5db; border-radius: 6px;
              padding: 5px 12px; }
QPushButton:hover { background: #f3f4f6; }
QPushButton:checked { background: #ccfbf1; border: 2px solid #0f766e; color: #134e4a;
                      font-weight: 600; }
QPushButton:disabled { color: #9ca3af; }
QFrame#topbar QPushButton { padding: 0px 12px; }
QPushButton#primary { background: #0f766e; color: #ffffff; border: 1px solid #0f766e; }
QPushButton#primary:hover { background: #115e59; }
QPushButton#primary:disabled { background: #99c7c2; border-color: #99c7c2; }
QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QSpinBox {
    background: #ffffff; border: 1px solid #d1d5db; border-radius: 6px; padding: 4px 6px; }
QComboBox { padding-right: 18px; padding-left: 8px; }
QComboBox::drop-down { border: none; width: 18px; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus { border: 1px solid #0f766e; }
QTableView, QListView, QTreeView { background: #ffffff; border: 1px solid #e5e7eb;
    border-radius: 8px; selection-background-color: #ccfbf1; selection-color: #111827;
    alternate-background-color: #fafafa; }
QHeaderView::section { background: #f3f4f6; border: none; border-bottom: 1px solid #e5e7eb;
    padding: 6px; font-weight: 600; color: #374151; }
QTabWidget::pane { border: none; }
QTabBar::tab { padding: 6px 14px; border: none; color: #6b7280; }
QTabBar::tab:selected { color: #0f766e; border-bottom: 2px solid #0f766e; }
QToolBar { background: #ffffff; border-bottom: 1px solid #e5e7eb; spacing: 8px; padding: 4px; }
QStatusBar { background: #ffffff; border-top: 1px solid #e5e7eb; }
"""


def apply(app: QApplication) -> None:
    """Set the style sheet and a font with Arabic glyphs on ``app`` (once: re-setting
    them re-polishes every widget alive)."""
    if app.styleSheet() == STYLE_SHEET:
        return
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)


def apply_icon(app: QApplication) -> None:
    """The app's window icon (separate from ``apply``: QIcon and the SVG reader cost a
    start-up some milliseconds, so the app sets it once the first screen has painted)."""
    app.setWindowIcon(icon("frontline"))


_icons: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """An icon from assets/icons by file stem (``email``, ``chat``, ``ticket``, ...)."""
    found = _icons.get(name)
    if found is None:
        from PySide6.QtGui import QIcon

        found = _icons[name] = QIcon(str(assets_dir() / "icons" / f"{name}.svg"))
    return found


def channel_colour(channel: str) -> QColor:
    return QColor(CHANNEL_COLOURS.get(channel, "#6b7280"))


def warn_chip() -> QLabel:
    """A label in the theme's warning chip (``#warnchip``), wrapping its words, hidden until
    there is something to say."""
    label = QLabel()
    label.setObjectName("warnchip")
    label.setWordWrap(True)
    label.hide()
    return label
