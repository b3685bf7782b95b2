"""Drive the app exactly as the ``simulator`` command starts it: ``run_command(argv,
journey)`` calls ``simulator.cli.main(argv)``, which opens the window and runs the event
loop, while a ``Driver`` on a Qt timer plays the user inside that loop.

A journey is a generator: each ``yield`` hands the driver a condition, re-checked every
20 ms, and the journey goes on once it holds. Modal questions are answered through the
window's own hooks (``window.ask``, ``exec_dialog``). The journey closes the window at
its end, which ends the command. The end-to-end tests (tests/e2e) and the screenshot
tools use it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from simulator import cli
from simulator.ui.app import make_application

Journey = Callable[[], Iterator[Callable[[], bool]]]
WAIT_S = 60.0  # one step may wait this long (the machine may be shared and slow)


BEFORE: list = []  # windows left by earlier tests are not the command's (held, so that
# a new window cannot take a freed one's id)


def main_window() -> Any:
    """The command's main window, once it is shown."""
    from simulator.ui.main_window import MainWindow

    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and not any(w is b for b in BEFORE) and w.isVisible()
        ),
        None,
    )


class Driver:
    """Runs ``journey`` on a timer inside the command's own event loop."""

    def __init__(self, journey: Journey) -> None:
        self.steps = journey()
        self.waiting: Callable[[], bool] = lambda: True
        self.since = time.monotonic()
        self.done = False
        self.error: BaseException | None = None
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.step)

    def step(self) -> None:
        if time.monotonic() - self.since > WAIT_S:
            frame = self.steps.gi_frame
            line = frame.f_lineno if frame is not None else "?"
            self.fail(TimeoutError(f"the journey got stuck waiting at line {line}"))
            return
        try:
            if not self.waiting():
                return
            self.waiting = next(self.steps)
            self.since = time.monotonic()
        except StopIteration:
            self.done = True
            self.timer.stop()
            # The window is closed: the command must end by itself, soon.
            QTimer.singleShot(10000, self.not_ended)
        except BaseException as exc:  # reported by the test, after the loop ends
            self.fail(exc)

    def not_ended(self) -> None:
        self.fail(AssertionError("the command did not end when its window closed"))

    def fail(self, exc: BaseException) -> None:
        self.error = exc
        self.timer.stop()
        for w in QApplication.topLevelWidgets():
            w.close()
        QApplication.instance().exit(3)


def run_command(argv: list[str], journey: Journey, folder: Path) -> int:
    """``simulator`` with ``argv``, ``journey`` playing the user; the exit code. The
    app's settings are kept under ``folder``; an error of the journey is raised here."""
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(folder / "settings"))
    make_application()
    BEFORE[:] = QApplication.topLevelWidgets()
    for w in QApplication.topLevelWidgets():
        w.close()  # an earlier test's window would keep the event loop running
    driver = Driver(journey)
    driver.timer.start()
    code = cli.main(argv)
    BEFORE.clear()
    if driver.error is not None:
        raise driver.error
    if not driver.done:
        raise AssertionError("the window closed before the journey ended")
    return code


def sign_in(name: str, password: str) -> Iterator[Callable[[], bool]]:
    """Start (or after a sign-out): wait for the window and its store, sign in through
    the sign-in page's fields and button (``yield from``)."""
    yield lambda: main_window() is not None
    window = main_window()
    yield lambda: window.store is not None and window.signin.button.isEnabled()
    yield lambda: window.screens.currentWidget() is window.signin
    s = window.signin
    s.name.setText(name)
    s.password.setText(password)
    s.button.click()
    assert window.person is not None, f"{name} could not sign in: {s.error.text()}"
    assert window.person.name == name


def _texts(w: QWidget) -> list[str]:
    if isinstance(w, QLabel | QAbstractButton | QLineEdit):
        return [w.text(), w.toolTip()] if isinstance(w, QAbstractButton) else [w.text()]
    if isinstance(w, QPlainTextEdit | QTextEdit):
        return [w.toPlainText()]
    if isinstance(w, QComboBox):
        return [w.itemText(i) for i in range(w.count())]
    if isinstance(w, QAbstractItemView) and w.model() is not None:
        model, root = w.model(), QModelIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list model's is private, and one
            columns = 1
        rows = model.rowCount(root)
        out = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
        for r in range(rows):
            for c in range(max(1, columns)):
                value = model.index(r, c).data()
                if value is not None:
                    out.append(str(value))
        return out
    return []


def on_screen() -> str:
    """Every text a person could read now: what every visible widget of every visible
    window shows (labels, buttons, fields, lists, tables, window titles)."""
    parts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        parts.append(top.windowTitle())
        for w in [top, *top.findChildren(QWidget)]:
            if w.isVisible():
                parts.extend(_texts(w))
    return "\n".join(p for p in parts if p)
