"""Sign-in, and creating the first administrator on the very first start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simulator.errors import SimulatorError
from simulator.ui.qtvalues import (
    ALIGN_ABSOLUTE,
    ALIGN_LEFT,
    ALIGN_RIGHT,
    ALIGN_VCENTER,
    ELIDE_MIDDLE,
    SCROLL_BAR_ALWAYS_OFF,
    TEXT_ALIGNMENT_ROLE,
)
from simulator.ui.text import library_order


class LibraryList(QListView):
    """A list that says once when it has painted rows (the window is then usable).

    A ``paintEvent`` override rather than an event filter on the viewport: the first
    ``viewport()`` call costs PySide some 40 ms of enum set-up at start-up."""

    shown = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._told = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        model = self.model()
        if not self._told and model is not None and model.rowCount() > 0:
            self._told = True
            QTimer.singleShot(0, self.shown.emit)  # after this paint, not during it


class SignInScreen(QWidget):
    """Emits ``signed_in(person)``. With ``first_start`` it creates an admin instead."""

    signed_in = Signal(object)
    library_shown = Signal()  # the library list has painted its rows (once)

    def __init__(self, store=None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.store = store
        self._build_card()
        self._build_library_panel()
        row = QHBoxLayout()
        row.addStretch(1)
        column = QVBoxLayout()  # the card at the top of its column
        column.addWidget(self.card)
        column.addStretch(1)
        row.addLayout(column)
        row.addSpacing(24)
        row.addWidget(self.library_panel)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row, 6)
        outer.addStretch(1)
        self.first_start = False
        self.waiting = False
        self.refresh()

    def _build_card(self) -> None:
        """The sign-in card: heading, explanation, the form (name, display name, password,
        confirmation), the error line and the button."""
        self.card = QFrame()
        self.card.setObjectName("card")
        self.card.setFixedWidth(440)
        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.heading.setWordWrap(True)
        self.explain = QLabel()
        self.explain.setObjectName("muted")
        self.explain.setWordWrap(True)
        self.name = QLineEdit()
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("primary")
        self.button.setMinimumHeight(36)
        self.button.clicked.connect(self.submit)
        for edit in (self.name, self.display_name, self.password, self.confirm):
            edit.returnPressed.connect(self.submit)
            edit.setMinimumHeight(34)
        self.form = QFormLayout()
        # Enum values through properties: no Qt namespace before the first paint (qtvalues).
        self.form.setProperty("labelAlignment", ALIGN_LEFT | ALIGN_VCENTER)
        self.name_label, self.display_label = QLabel(), QLabel()
        self.password_label, self.confirm_label = QLabel(), QLabel()
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.display_label, self.display_name)
        self.form.addRow(self.password_label, self.password)
        self.form.addRow(self.confirm_label, self.confirm)
        box = QVBoxLayout(self.card)
        box.setContentsMargins(28, 24, 28, 24)
        box.setSpacing(12)
        box.addWidget(self.heading)
        box.addWidget(self.explain)
        box.addLayout(self.form)
        box.addWidget(self.error)
        box.addWidget(self.button)

    def _build_library_panel(self) -> None:
        """The library beside the form: browsable while the store opens and before sign-in
        (hidden until ``show_titles``)."""
        self.library_heading = QLabel()
        self.library_heading.setObjectName("title")
        self.library_count = QLabel()
        self.library_count.setObjectName("muted")
        self.library_list = LibraryList()
        self.library_list.shown.connect(self.library_shown)
        self.library_list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.library_list.setSelectionMode(QAbstractItemView.NoSelection)
        self.library_list.setUniformItemSizes(True)
        # Fit the panel's width: a long title is shortened in its middle, so both an
        # Arabic title's start (right) and an English one's (left) stay visible.
        self.library_list.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.library_list.setProperty("textElideMode", ELIDE_MIDDLE)
        self.library_panel = QFrame()
        self.library_panel.setObjectName("card")
        self.library_panel.setFixedWidth(480)
        side = QVBoxLayout(self.library_panel)
        side.setContentsMargins(20, 20, 20, 20)
        side.addWidget(self.library_heading)
        side.addWidget(self.library_list, 1)
        side.addWidget(self.library_count)
        self.library_panel.hide()  # until show_titles

    def show_titles(self, scenarios) -> None:
        """List the titles of ``scenarios`` (scenarios or their index summaries) beside the
        form, each aligned by its own script, as the library table aligns them.

        A QStandardItemModel, whose data() is C++: the list paints on the first frame
        without calling Python for each row and role (the table model does)."""
        model = self.library_list.model()
        if not isinstance(model, QStandardItemModel):
            model = QStandardItemModel(self.library_list)
            self.library_list.setModel(model)
        model.clear()
        # AlignAbsolute: an Arabic title keeps to the right in the English interface and
        # an English one to the left in the Arabic interface.
        left, right = (side | ALIGN_VCENTER | ALIGN_ABSOLUTE for side in (ALIGN_LEFT, ALIGN_RIGHT))
        for scenario in sorted(scenarios, key=library_order):
            item = QStandardItem(scenario.title)
            item.setEditable(False)
            item.setData(right if scenario.language == "ar" else left, TEXT_ALIGNMENT_ROLE)
            model.appendRow(item)
        self.library_panel.show()
        self._count()

    def _count(self, *_args) -> None:
        model = self.library_list.model()
        n = model.rowCount() if model is not None else 0
        self.library_count.setText(
            QCoreApplication.translate("HomeScreen", "{shown} of {total} scenarios").format(
                shown=n, total=n
            )
        )

    def set_waiting(self, waiting: bool) -> None:
        """Disable the form while the store opens (``attach_store`` ends the wait)."""
        self.waiting = waiting
        for widget in (self.name, self.display_name, self.password, self.confirm, self.button):
            widget.setEnabled(not waiting)
        self.retranslate()

    def refresh(self) -> None:
        """Choose between sign-in and first start from the store."""
        self.first_start = self.store is not None and self.store.needs_first_admin()
        for label, edit in (
            (self.display_label, self.display_name),
            (self.confirm_label, self.confirm),
        ):
            label.setVisible(self.first_start)
            edit.setVisible(self.first_start)
        self.error.clear()
        self.password.clear()
        self.confirm.clear()
        self.retranslate()

    def submit(self) -> None:
        if self.waiting or self.store is None:
            return
        name = self.name.text().strip()
        password = self.password.text()
        if not name or not password:
            self.error.setText(self.tr("Enter your name and password."))
            return
        try:
            if self.first_start:
                if password != self.confirm.text():
                    self.error.setText(self.tr("The two passwords are not the same."))
                    return
                self.store.create_person(
                    name,
                    "admin",
                    display_name=self.display_name.text().strip() or name,
                    password=password,
                )
                # Signed in as the store knows it: the private reads take a sign-in.
                person = self.store.authenticate(name, password)
            else:
                person = self.store.authenticate(name, password)
                if person is None:
                    self.error.setText(self.tr("Wrong name or password."))
                    self.password.clear()
                    return
        except SimulatorError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.password.clear()
        self.confirm.clear()
        self.signed_in.emit(person)

    def retranslate(self) -> None:
        if self.first_start:
            self.heading.setText(self.tr("Welcome to Frontline"))
            self.explain.setText(
                self.tr(
                    "This is the first start. Create the administrator account; "
                    "you can add trainers and trainees afterwards."
                )
            )
            self.button.setText(self.tr("Create administrator"))
        else:
            self.heading.setText(self.tr("Sign in"))
            self.explain.setText(self.tr("Sign in to practise scenarios and see your results."))
            self.button.setText(self.tr("Sign in"))
        if getattr(self, "waiting", False):
            self.explain.setText(self.tr("Opening the store…"))
        self.library_heading.setText(QCoreApplication.translate("HomeScreen", "Scenario library"))
        self._count()
        self.name_label.setText(self.tr("Name"))
        self.display_label.setText(self.tr("Display name"))
        self.password_label.setText(self.tr("Password"))
        self.confirm_label.setText(self.tr("Repeat password"))
        self.password.setPlaceholderText(self.tr("At least 8 characters"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
