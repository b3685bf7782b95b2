"""The reply composer: plain typing, a searchable macro list, a word count and Send."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simulator.ui.bidi import is_rtl
from simulator.ui.shortcuts import tooltip

MacroIdRole = Qt.ItemDataRole.UserRole + 1
MacroTextRole = Qt.ItemDataRole.UserRole + 2
MacroEffectsRole = Qt.ItemDataRole.UserRole + 3
MacroSearchRole = Qt.ItemDataRole.UserRole + 4  # id, title and text: what the search box matches
_ROOT = QModelIndex()


class MacroModel(QAbstractListModel):
    """The SOP's macros, shown in the scenario's language."""

    def __init__(self, macros=(), language: str = "en", parent=None) -> None:
        super().__init__(parent)
        self._macros = list(macros)
        self.language = language

    def set_macros(self, macros, language: str) -> None:
        """Show ``macros`` in ``language`` (a reset: views re-read every row)."""
        self.beginResetModel()
        self._macros = list(macros)
        self.language = language
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._macros)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self._macros[index.row()]
        text = m.text.get(self.language)
        if role == Qt.ItemDataRole.DisplayRole:
            title = m.title.get(self.language) if getattr(m, "title", None) else ""
            return title or f"{m.id} — {text[:90]}"
        if role == MacroTextRole:
            return text
        if role == MacroSearchRole:
            title = m.title.get(self.language) if getattr(m, "title", None) else ""
            return f"{m.id} {title} {text}"
        if role == MacroEffectsRole:
            return tuple(m.effects()) if hasattr(m, "effects") else ()
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        if role == MacroIdRole:
            return m.id
        return None


class MacroPicker(QFrame):
    """A search box over the macros; Enter or double-click picks one."""

    picked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.model = MacroModel(parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.proxy.setFilterRole(MacroSearchRole)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._pick_first)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.activated.connect(self._pick)
        self.list.setMaximumHeight(140)
        # The chosen macro in full before it goes in, and what else it does.
        self.preview = QLabel()
        self.preview.setObjectName("muted")
        self.preview.setWordWrap(True)
        self.preview.setMaximumHeight(120)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.effects = QLabel()
        self.effects.setWordWrap(True)
        self.effects.setStyleSheet("color: #0f766e;")
        # (type, value) -> str, set by the desk
        self.describe_effect: Callable[[str, str], str] | None = None
        self.values: dict[str, str] = {}  # persona values, to preview the filled text
        self.list.selectionModel().currentChanged.connect(self._preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.preview)
        layout.addWidget(self.effects)
        self.retranslate()

    def _preview(self, current, _previous=None) -> None:
        if not current.isValid():
            self.preview.clear()
            self.effects.clear()
            return
        from simulator.content.placeholders import fill

        self.preview.setText(fill(str(current.data(MacroTextRole) or ""), self.values))
        effects = current.data(MacroEffectsRole) or ()
        describe = self.describe_effect or (lambda kind, value: f"{kind}: {value}")
        lines = [describe(kind, value) for kind, value in effects]
        self.effects.setText(
            self.tr("Also: {effects}").format(effects="; ".join(lines)) if lines else ""
        )
        self.effects.setVisible(bool(lines))

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _pick_first(self) -> None:
        index = self.list.currentIndex()
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        if index.isValid():
            self._pick(index)

    def _pick(self, index) -> None:
        self.picked.emit(index.data(MacroIdRole))
        self.search.clear()
        self.hide()

    def open(self) -> None:
        self.show()
        self.search.setFocus()
        self.search.selectAll()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search macros…"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Composer(QWidget):
    """Emits ``send(text)`` and ``keys(count)`` (characters typed, for words per minute)."""

    send = Signal(str)
    keys = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(110)
        self.editor.textChanged.connect(self._changed)
        self.picker = MacroPicker()
        self.picker.hide()
        self.macro_button = QPushButton()
        self.macro_button.clicked.connect(self.picker.open)
        self.words = QLabel()
        self.words.setObjectName("muted")
        self.send_button = QPushButton()
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self._send)
        bar = QHBoxLayout()
        bar.addWidget(self.macro_button)
        bar.addWidget(self.words)
        bar.addStretch(1)
        bar.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 4, 16, 12)
        layout.addWidget(self.picker)
        layout.addWidget(self.editor)
        layout.addLayout(bar)
        self._length = 0
        self._direction = None
        self.retranslate()

    def set_macros(self, macros, language: str) -> None:
        self.picker.model.set_macros(macros, language)
        self.macro_button.setEnabled(bool(macros))

    def text(self) -> str:
        return self.editor.toPlainText()

    def insert(self, text: str) -> None:
        """Insert a macro's text at the cursor."""
        self.editor.insertPlainText(text)
        self.editor.setFocus()

    def set_draft(self, text: str) -> None:
        """Put back an unsent draft: not typing, so no ``keys`` (nor words per minute)."""
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self._length = len(text)
        option = self._option(text)
        self._direction = option.textDirection()
        self.editor.document().setDefaultTextOption(option)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self._update_count()

    def clear(self) -> None:
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self._length = 0
        self._update_count()

    def _changed(self) -> None:
        text = self.editor.toPlainText()
        grown = len(text) - self._length
        self._length = len(text)
        if grown > 0:
            self.keys.emit(grown)
        # Typing Arabic in the English UI (or the reverse) follows the text's own direction.
        option = self._option(text)
        if option.textDirection() != self._direction:
            self._direction = option.textDirection()
            self.editor.document().setDefaultTextOption(option)
        self._update_count()

    def _option(self, text: str):
        option = self.editor.document().defaultTextOption()
        if text.strip():
            option.setTextDirection(
                Qt.LayoutDirection.RightToLeft if is_rtl(text) else Qt.LayoutDirection.LeftToRight
            )
        else:
            option.setTextDirection(self.layoutDirection())
        # The plain-text layout does not mirror AlignLeft by itself: start each line at
        # its own text's leading edge (the right for Arabic), in either interface.
        rtl = option.textDirection() == Qt.LayoutDirection.RightToLeft
        option.setAlignment(
            (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            | Qt.AlignmentFlag.AlignAbsolute
        )
        return option

    def _update_count(self) -> None:
        count = len(self.editor.toPlainText().split())
        self.words.setText(self.tr("{n} words").format(n=count))
        self.send_button.setEnabled(count > 0)

    def _send(self) -> None:
        text = self.text().strip()
        if text:
            self.send.emit(text)

    def retranslate(self) -> None:
        self.editor.setPlaceholderText(self.tr("Write your reply… (Ctrl+Enter to send)"))
        self.macro_button.setText(self.tr("Macros"))
        self.send_button.setText(self.tr("Send"))
        self.macro_button.setToolTip(tooltip("macro"))
        self.send_button.setToolTip(tooltip("send"))
        self._update_count()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
