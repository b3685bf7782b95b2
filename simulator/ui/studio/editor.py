"""The studio's YAML editor: line numbers, highlighting, problem lines underlined,
Arabic lines laid out right to left, and undo/redo through a ``QUndoStack``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QKeySequence,
    QPainter,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from simulator.ui import theme

ERROR_COLOR = QColor(theme.ERROR)
WARNING_COLOR = QColor(theme.WARNING)


def _format(color: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setForeground(QColor(color))
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    f.setFontItalic(italic)
    return f


class YamlHighlighter(QSyntaxHighlighter):
    """Keys, strings, numbers and durations, booleans, ``{placeholders}``, comments."""

    KEY = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][\w-]*)(\s*:)(?=\s|$)")
    INLINE_KEY = re.compile(r"(?<=[{,]\s)([A-Za-z_][\w-]*)(:)(?=\s)|(?<=\{)([A-Za-z_][\w-]*)(:)")
    STRING = re.compile(r'"(?:[^"\\]|\\.)*"?|\'(?:[^\']|\'\')*\'?')
    NUMBER = re.compile(r"(?<![\w@{-])(?:\d+(?:\.\d+)?(?:h|m|s|ms)?)+(?![\w}])")
    WORD = re.compile(r"(?<![\w-])(true|false|null|yes|no)(?![\w-])")
    PLACEHOLDER = re.compile(r"\{[A-Za-z_][\w]*\}")
    DASH = re.compile(r"^\s*(-)(?=\s)")

    def __init__(self, document) -> None:
        super().__init__(document)
        self.formats = {
            "key": _format(theme.SYNTAX["key"], bold=True),
            "string": _format(theme.SYNTAX["string"]),
            "number": _format(theme.SYNTAX["number"]),
            "word": _format(theme.SYNTAX["word"]),
            "placeholder": _format(theme.SYNTAX["placeholder"], bold=True),
            "comment": _format(theme.SYNTAX["comment"], italic=True),
            "dash": _format(theme.SYNTAX["key"], bold=True),
        }

    def highlightBlock(self, text: str) -> None:
        comment_at = _comment_start(text)
        code = text if comment_at is None else text[:comment_at]
        for m in self.NUMBER.finditer(code):
            self.setFormat(m.start(), m.end() - m.start(), self.formats["number"])
        for m in self.WORD.finditer(code):
            self.setFormat(m.start(), m.end() - m.start(), self.formats["word"])
        dash = self.DASH.match(code)
        if dash:
            self.setFormat(dash.start(1), 1, self.formats["dash"])
        key = self.KEY.match(code)
        if key:
            self.setFormat(key.start(2), len(key.group(2)), self.formats["key"])
        for m in self.INLINE_KEY.finditer(code):
            group = 1 if m.group(1) else 3
            self.setFormat(m.start(group), len(m.group(group)), self.formats["key"])
        for m in self.STRING.finditer(code):
            self.setFormat(m.start(), m.end() - m.start(), self.formats["string"])
        for m in self.PLACEHOLDER.finditer(code):
            self.setFormat(m.start(), m.end() - m.start(), self.formats["placeholder"])
        if comment_at is not None:
            self.setFormat(comment_at, len(text) - comment_at, self.formats["comment"])


def _comment_start(text: str) -> int | None:
    """Where a ``#`` comment starts (outside quotes, at the start or after a space)."""
    quote = None
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'" and (i == 0 or text[i - 1] in " :[{,-"):
            quote = ch
        elif ch == "#" and (i == 0 or text[i - 1] in " \t"):
            return i
    return None


class _LineNumbers(QWidget):
    def __init__(self, editor: YamlEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight
        )  # numbers on the text's side in both UIs

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event) -> None:
        self.editor.paint_gutter(self, event)


class _TextEdit(QUndoCommand):
    """One of the document's own undo steps, kept on the studio's ``QUndoStack``."""

    def __init__(self, editor: YamlEditor) -> None:
        super().__init__()
        self.editor = editor
        self.first = True

    def undo(self) -> None:
        self.editor.document().undo()

    def redo(self) -> None:
        if self.first:  # the edit has just been done by typing
            self.first = False
            return
        self.editor.document().redo()


class YamlEditor(QPlainTextEdit):
    """A plain-text YAML editor with the studio's extras."""

    line_clicked = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(
            Qt.LayoutDirection.LeftToRight
        )  # YAML reads left to right in both UIs
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10))
        self.setFont(font)
        # Long lines wrap: an Arabic value laid out right to left inside a YAML line
        # starts at its right end, which would otherwise be off screen.
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        self.undo_stack = QUndoStack(self)
        self.problems: dict[int, str] = {}  # line -> "error" | "warning"
        self.highlighter = YamlHighlighter(self.document())
        self.gutter = _LineNumbers(self)
        self._text_options()
        self.document().undoCommandAdded.connect(self._undo_added)
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._update_gutter)
        self._update_margin()

    def _text_options(self) -> None:
        # Each line takes its direction from its first letter: a line of Arabic (a
        # block scalar's text) is laid out right to left; a YAML key line stays left.
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self.document().setDefaultTextOption(option)

    # -- text -------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Replace the whole text as a fresh file: no undo history."""
        self.setPlainText(text)
        self._text_options()
        self.undo_stack.clear()
        self.document().setModified(False)

    def replace_all(self, text: str) -> None:
        """Replace the whole text as one edit that can be undone."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()

    def _undo_added(self) -> None:
        self.undo_stack.push(_TextEdit(self))

    def keyPressEvent(self, event) -> None:
        # Undo and redo go through the QUndoStack so that it stays the one history.
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_stack.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.undo_stack.redo()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:
        """The standard menu, with its Undo and Redo on the QUndoStack too."""
        menu = self.createStandardContextMenu(event.pos())
        for action in menu.actions():
            name = action.objectName()
            if name in ("edit-undo", "edit-redo"):
                action.triggered.disconnect()
                undo = name == "edit-undo"
                stack = self.undo_stack
                action.triggered.connect(stack.undo if undo else stack.redo)
                action.setEnabled(stack.canUndo() if undo else stack.canRedo())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def go_to_line(self, line: int) -> None:
        block = self.document().findBlockByLineNumber(max(0, line - 1))
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus()

    def current_line(self) -> int:
        return self.textCursor().blockNumber() + 1

    # -- problems ---------------------------------------------------------------------
    def set_problems(self, problems: Iterable[tuple[int, str]]) -> None:
        """Underline each problem line (``(line, severity)``; line 0 is the file)."""
        marks: dict[int, str] = {}
        for line, severity in problems:
            if line > 0 and marks.get(line) != "error":
                marks[line] = severity
        self.problems = marks
        selections = []
        doc = self.document()
        for line, severity in sorted(marks.items()):
            block = doc.findBlockByLineNumber(line - 1)
            if not block.isValid():
                continue
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            color = ERROR_COLOR if severity == "error" else WARNING_COLOR
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
            fmt.setUnderlineColor(color)
            tint = QColor(color)
            tint.setAlpha(40)
            fmt.setBackground(tint)
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            sel.format = fmt
            cursor = QTextCursor(block)
            text = block.text()
            start = len(text) - len(text.lstrip())
            cursor.setPosition(block.position() + start)
            cursor.setPosition(block.position() + len(text), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.setExtraSelections(selections)
        self.gutter.update()

    def underlined_lines(self) -> list[int]:
        """The lines underlined now (1-based), for tests and screen readers."""
        return sorted(s.cursor.block().blockNumber() + 1 for s in self.extraSelections())

    # -- the gutter -------------------------------------------------------------------
    def gutter_width(self) -> int:
        digits = max(3, len(str(self.blockCount())))
        return 18 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_margin(self, _count: int = 0) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        r = self.contentsRect()
        self.gutter.setGeometry(QRect(r.left(), r.top(), self.gutter_width(), r.height()))

    def paint_gutter(self, widget: QWidget, event) -> None:
        painter = QPainter(widget)
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        painter.fillRect(event.rect(), QColor(theme.GUTTER))
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                line = number + 1
                severity = self.problems.get(line)
                if severity is not None:
                    color = ERROR_COLOR if severity == "error" else WARNING_COLOR
                    painter.fillRect(0, top, 4, height, color)
                    painter.setPen(color)
                else:
                    painter.setPen(QColor(theme.GUTTER_TEXT))
                painter.drawText(
                    0,
                    top,
                    widget.width() - 6,
                    height,
                    Qt.AlignmentFlag.AlignAbsolute
                    | Qt.AlignmentFlag.AlignRight
                    | Qt.AlignmentFlag.AlignTop,
                    str(line),
                )
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1
        painter.end()
