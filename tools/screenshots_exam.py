"""Screenshots of the exam screens, per language: the list, a sitting, the certificate.

    Xvfb :97 -screen 0 1360x820x24 &  DISPLAY=:97 .venv/bin/python -m tools.screenshots_exam

Each shipped exam is sat on a hand-moved clock with a fixed seed, every item answered
with its scenario's passing example, in a throw-away store; then sat again and left to
run out of time; then its sitting is reviewed by a trainer. Writes
docs/screenshots/exam-{list,intro,sitting,end,timeup}-{en,ar}.png and
trainer-sitting-{en,ar}.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from simulator.paths import project_root

OUT = project_root() / "docs" / "screenshots"
SIZE = (1360, 820)
SEED = 3


def settle(window: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    for _ in range(5):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    window.repaint()


def shot(window: Any, name: str) -> None:
    window.resize(*SIZE)  # the same size every time, whatever a page asked for meanwhile
    settle(window)
    path = OUT / f"{name}.png"
    window.grab().save(str(path), "PNG")
    print(path.relative_to(project_root()))


class Briefings:
    """Takes the swap when there is one, else agrees and continues."""

    def __call__(self, dialog: Any) -> int:
        dialog.show()
        if dialog.buttons["skip"].isVisibleTo(dialog):
            dialog.buttons["skip"].click()
            return 0
        for box in dialog.consent_boxes.values():
            box.setChecked(True)
        dialog.buttons["continue"].click()
        return 0


def wait_for(screen: Any, clock: Any, thread: str) -> None:
    """Move the clock on until ``thread`` has arrived in the inbox."""
    session = screen.controller.session
    for _ in range(60):
        if thread in screen.desk.model.thread_ids():
            return
        due = session.next_due()
        step = 5.0 if due is None else max(1.0, due - session.clock.now() + 1)
        clock.set(clock.now() + step)
        screen.controller.tick()


def play_item(screen: Any, clock: Any, pause_for_shot: Any = None) -> None:
    """Answer the running item with its passing example (replies, then actions)."""
    from simulator.content.placeholders import fill

    desk = screen.desk
    session = screen.controller.session
    example = next(e for e in session.scenario.examples if e.verdict == "pass")
    threads = list(example.replies)
    wait_for(screen, clock, threads[0])
    for action in example.actions:
        if action.type not in ("resolve", "close"):
            desk.select_thread(action.thread or threads[0])
            desk.do_action(action.type, action.value)
    for thread in threads:
        wait_for(screen, clock, thread)
        desk.select_thread(thread)
        for text in example.replies[thread]:
            clock.set(clock.now() + 25)
            screen.controller.tick()
            desk.composer.insert(fill(text, session.values))
            desk.send()
    if pause_for_shot is not None:
        pause_for_shot()
    for action in example.actions:
        if action.type in ("resolve", "close"):
            for thread in threads:
                desk.select_thread(thread)
                desk.do_action(action.type, action.value)
    if screen.state == "playing":
        desk.end_scenario()


def sit(window: Any, clock: Any, lang: str) -> None:
    exams = window.exams
    exam_id = f"support-associate-{lang}"
    if not exams.panel.select_exam(exam_id):
        raise SystemExit(f"screenshots: no exam {exam_id}")
    exams.panel.start_button.click()
    screen = exams.screen
    screen.seed, screen.run_timers = SEED, False
    screen.exec_dialog = Briefings()
    shot(window, f"exam-intro-{lang}")
    screen.intro.begin_button.click()
    done = 0
    while screen.state == "playing":
        took_shot = done == 2

        def sitting_shot() -> None:
            # The chat: a ticket's field card does not wrap and would widen the desk.
            ids = screen.desk.model.thread_ids()
            screen.desk.select_thread("chat" if "chat" in ids else ids[0])
            screen.refresh()
            shot(window, f"exam-sitting-{lang}")

        play_item(screen, clock, sitting_shot if took_shot else None)
        done += 1
        if screen.state == "between":
            if done == 1:
                screen.between.break_button.click()
                clock.set(clock.now() + 120)
            screen.between.continue_button.click()
    print(f"{exam_id}: {screen.result_grade and screen.result_grade.get('score')}")
    shot(window, f"exam-end-{lang}")


def time_up(window: Any, clock: Any, lang: str) -> int:
    """Sit the exam again and let the time run out during the second item."""
    exams = window.exams
    window.show_home()
    exams.panel.select_exam(f"support-associate-{lang}")
    exams.panel.start_button.click()
    screen = exams.screen
    screen.seed, screen.run_timers = SEED + 1, False
    screen.intro.begin_button.click()
    play_item(screen, clock)
    screen.between.continue_button.click()
    clock.set(clock.now() + screen.sitting.remaining_s + 1)
    screen.tick()
    shot(window, f"exam-timeup-{lang}")
    return int(screen.sitting.sitting_id)


def main() -> int:
    os.environ.setdefault("SIMULATOR_DATA_DIR", tempfile.mkdtemp(prefix="frontline-exam-"))
    os.environ.setdefault("XDG_CONFIG_HOME", os.environ["SIMULATOR_DATA_DIR"])
    from PySide6.QtCore import QSettings

    from simulator.clock import ManualClock
    from simulator.store import open_store
    from simulator.ui.app import build_window, load_library, make_application

    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    data = Path(os.environ["SIMULATOR_DATA_DIR"])
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(data))
    root = project_root() / "scenarios"
    library = load_library(root)
    store = open_store(f"sqlite:///{data / 'exam-shots.db'}")
    person = store.create_person(
        "layla", "trainee", display_name="Layla Haddad", password="screenshots"
    )
    trainer = store.create_person("tarek", "trainer", display_name="Tarek Nasser")
    for exam_id in ("support-associate-en", "support-associate-ar"):
        store.grant_accommodation(
            person.id, exam_id, extra_s=600, reason="reading time (dyslexia)", granted_by=trainer.id
        )
    for lang in ("en", "ar"):
        clock = ManualClock()
        window = build_window(
            SimpleNamespace(library=str(root)),
            app,
            store=store,
            clock_factory=lambda c=clock: c,
            library=library,
        )
        window.translations.switch(lang)
        window.top_bar.language.choose(lang)
        window.resize(*SIZE)
        window.show()
        window.ask = lambda *_args: True  # "End this exam item?": yes
        window.signed_in(person)
        window.home.tabs.setCurrentWidget(window.exams.panel)
        sit(window, clock, lang)
        sitting_id = time_up(window, clock, lang)
        window.show_home()
        window.exams.panel.select_exam(f"support-associate-{lang}")
        shot(window, f"exam-list-{lang}")
        window.signed_in(trainer)
        review = window.staff.review
        titles = {sid: s.title for sid, s in window.scenarios.items()}
        attempt = store.attempt(sitting_id)
        review.show_attempt(store, trainer, attempt, "", titles=titles)
        window.screens.setCurrentWidget(review)
        shot(window, f"trainer-sitting-{lang}")
        window.close()
    window.translations.switch("en")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
