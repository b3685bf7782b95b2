"""The main window: a top bar (product name, user, language) over a stack of screens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from simulator.ui import theme
from simulator.ui.home import HomeScreen
from simulator.ui.i18n import LANGUAGES, Translations


class TopBar(QWidget):
    """Product name on the start side; signed-in user and language switch on the end side."""

    def __init__(self, translations: Translations, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("topbar")
        self.setStyleSheet(
            "QWidget#topbar { background: #ffffff; border-bottom: 1px solid #e5e7eb; }"
        )
        self._translations = translations
        logo = QLabel()
        logo.setPixmap(theme.icon("frontline").pixmap(28, 28))
        self.product = QLabel()
        self.product.setStyleSheet("font-size: 15pt; font-weight: 700; color: #0f766e;")
        self.user_label = QLabel()
        self.user_label.setObjectName("muted")
        self.sign_out = QPushButton()
        self.sign_out.hide()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(translations.language))
        self.language.currentIndexChanged.connect(
            lambda _i: translations.switch(self.language.currentData())
        )
        self.language_label = QLabel()
        self.language_label.setObjectName("muted")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(logo)
        row.addWidget(self.product)
        row.addStretch(1)
        row.addWidget(self.user_label)
        row.addWidget(self.sign_out)
        row.addSpacing(12)
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        self.retranslate()

    def retranslate(self) -> None:
        self.product.setText(self.tr("Frontline"))
        self.language_label.setText(self.tr("Language"))
        self.sign_out.setText(self.tr("Sign out"))
        self.language.setAccessibleName(self.tr("Interface language"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    """Holds the screens; ``screens`` is the stack (home, and later sign-in, desk, results)."""

    def __init__(self, translations: Translations, parent=None) -> None:
        super().__init__(parent)
        self.translations = translations
        self.top_bar = TopBar(translations)
        self.screens = QStackedWidget()
        self.home = HomeScreen()
        self.screens.addWidget(self.home)
        central = QWidget()
        from PySide6.QtWidgets import QVBoxLayout

        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.top_bar)
        box.addWidget(self.screens, 1)
        self.setCentralWidget(central)
        self.resize(1280, 800)
        self.retranslate()
        self.home.set_ui_language(translations.language)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Frontline"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            self.home.set_ui_language(self.translations.language)
        elif event.type() == QEvent.LayoutDirectionChange:
            pass
        super().changeEvent(event)

    def layout_is_rtl(self) -> bool:
        return self.layoutDirection() == Qt.RightToLeft
