"""User journeys through the app exactly as the ``simulator`` command starts it:
``simulator.cli.main([...])`` opens the window and runs the event loop; a driver on a
Qt timer plays the trainee (answering modal questions through the window's own hooks)
and closes the window at the end, which ends the command (see ``journeys``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.e2e import journeys
from tests.e2e.journeys import main_window, run_command

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
restore_process_state = journeys.restore_process_state

LIBRARY = Path(__file__).resolve().parents[1] / "core" / "exams" / "data" / "library"
GOOD = "hello, happy to help"


@pytest.mark.qt_no_exception_capture
@pytest.mark.slow
def test_sit_an_exam_to_its_end_in_the_app_the_command_opens(tmp_path):
    seen: dict[str, object] = {}

    def journey():
        yield lambda: main_window() is not None
        window = main_window()
        assert window.clock_factory is None  # the real clocks, as the command makes them
        yield lambda: window.store is not None and window.signin.button.isEnabled()
        s = window.signin
        s.name.setText("layla")
        s.display_name.setText("Layla")
        s.password.setText("correct horse")
        s.confirm.setText("correct horse")
        s.button.click()
        yield lambda: window.person is not None
        window.ask = lambda *_args: True  # "End the item?" and the like: yes
        checkins = []
        window.wellbeing.exec_dialog = lambda dialog: checkins.append(dialog) or 0  # skip
        panel = window.exams.panel
        assert panel.select_exam("mini")
        panel.start_button.click()
        screen = window.exams.screen
        assert screen.pages.currentWidget() is screen.intro
        assert screen.intro.begin_button.isEnabled()

        def brief(dialog):  # the briefing before the sensitive item: take it, consenting
            for box in dialog.consent_boxes.values():
                box.setChecked(True)
            dialog.buttons["continue"].click()
            return 0

        screen.exec_dialog = brief
        screen.intro.begin_button.click()
        assert screen.sitting is not None, "Begin the exam did nothing"
        seen["order"] = [sc.id for sc in screen.sitting.order]
        switched = False
        while screen.state != "end":
            yield lambda: screen.state in ("playing", "between", "end")
            if screen.state == "between":
                if not switched:  # the language switched mid-sitting: nothing is lost
                    switched = True
                    left = screen.sitting.remaining_s
                    window.top_bar.language.click()
                    assert window.translations.language == "ar"
                    assert window.isRightToLeft()
                    assert screen.sitting is not None and screen.state == "between"
                    assert screen.sitting.remaining_s <= left
                screen.between.continue_button.click()
                continue
            if screen.state != "playing":
                break
            desk = screen.desk
            desk.select_thread("main")
            desk.send(GOOD)
            desk.do_action("resolve", None)
            if screen.state == "playing":
                desk.end_button.click()  # confirmed through window.ask
            yield lambda: screen.state != "playing"
        assert screen.pages.currentWidget() is screen.end
        seen["verdict"] = screen.end.verdict.text()
        seen["certificate"] = screen.certificate
        seen["items"] = screen.end.items.rowCount()
        window.translations.switch("en", remember=False)
        window.close()

    code = run_command(["--library", str(LIBRARY)], journey, tmp_path)
    assert code == 0
    assert seen["items"] == 4 and len(seen["order"]) == 4
    assert "ناجح" in str(seen["verdict"])  # the end page in the language chosen mid-way
    assert seen["certificate"] is not None


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_writes_a_report_and_tells_the_user(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("SIMULATOR_DATA_DIR", str(data))
    seen: dict[str, object] = {}

    def journey():
        yield lambda: main_window() is not None
        window = main_window()
        yield lambda: window.store is not None

        def broken() -> None:
            raise RuntimeError("a slot went wrong")

        QTimer.singleShot(0, broken)
        app = QApplication.instance()
        yield lambda: getattr(app, "last_crash_dialog", None) is not None
        box = app.last_crash_dialog
        seen["text"] = box.text()
        seen["visible"] = box.isVisible()
        box.close()
        app.last_crash_dialog = None
        window.close()

    assert run_command(["--library", str(LIBRARY)], journey, tmp_path) == 0
    reports = list((data / "crash-reports").glob("crash-*.txt"))
    assert len(reports) == 1
    assert "RuntimeError: a slot went wrong" in reports[0].read_text(encoding="utf-8")
    assert seen["visible"] and str(reports[0]) in str(seen["text"])
    assert "Traceback" not in str(seen["text"])
