"""The admin screen: people, cohorts and the wellbeing limits, one tab each."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from simulator.ui.admin.limits import LimitsTab
from simulator.ui.admin.people import CohortsTab, PeopleTab


class AdminScreen(QWidget):
    """Tabs: People, Cohorts, Wellbeing limits."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.heading = QLabel()
        self.heading.setObjectName("title")
        self.people = PeopleTab()
        self.cohorts = CohortsTab()
        self.limits = LimitsTab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people, "")
        self.tabs.addTab(self.cohorts, "")
        self.tabs.addTab(self.limits, "")
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def set_store(self, store) -> None:
        self.people.set_store(store)
        self.cohorts.set_store(store)
        self.limits.load()

    def refresh(self) -> None:
        self.people.refresh()
        self.cohorts.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Administration"))
        self.tabs.setTabText(0, self.tr("People"))
        self.tabs.setTabText(1, self.tr("Cohorts"))
        self.tabs.setTabText(2, self.tr("Wellbeing limits"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
