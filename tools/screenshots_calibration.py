"""Screenshots of blind calibration and disputes (issue 16), in English and Arabic.

    Xvfb :95 -screen 0 1440x900x24 &
    DISPLAY=:95 .venv/bin/python tools/screenshots_calibration.py

A throw-away store (``SIMULATOR_DATA_DIR``) with a clock moved by hand gets four real
attempts of a shipped scenario (fixed scripts, seed 7), two past calibration sessions
and two disputes, so every run gives the same pictures:

- docs/screenshots/trainer-calibration-reveal-{en,ar}.png: the lead's reveal;
- docs/screenshots/trainer-dispute-{en,ar}.png: the trainee's dispute bar under their
  results (above) and the trainers' queue with a resolved dispute's rubric example
  (below).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
PASSWORD = "x" * 12


def main() -> int:
    os.environ.setdefault("SIMULATOR_DATA_DIR", tempfile.mkdtemp(prefix="frontline-shots-"))
    os.environ.setdefault("XDG_CONFIG_HOME", os.environ["SIMULATOR_DATA_DIR"])
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    sys.path.insert(0, str(root / "tools"))
    from screenshots_trainer import GOOD, SCENARIO, SHORT, played

    from simulator.store import open_store
    from simulator.ui.app import build_window, load_library, make_application

    out = root / "docs" / "screenshots"
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, os.environ["XDG_CONFIG_HOME"])
    app = make_application()
    library = load_library(root / "scenarios")
    clock = [T0 - dt.timedelta(days=30)]
    store = open_store(
        f"sqlite:///{Path(os.environ['SIMULATOR_DATA_DIR']) / 'shots.db'}",
        now=lambda: clock[0],
    )

    def person(name, role, display):
        store.create_person(name, role, display_name=display, password=PASSWORD, language="ar")
        return store.authenticate(name, PASSWORD)

    lead = person("rana", "admin", "Rana Aziz")
    tarek = person("tarek", "trainer", "Tarek Fares")
    nour = person("nour", "trainer", "Nour Sabbagh")
    salim = person("salim", "trainer", "Salim Haddad")
    trainees = [
        (person("amal", "trainee", "Amal Haddad"), GOOD),
        (person("badr", "trainee", "Badr Al-Otaibi"), SHORT),
        (person("dana", "trainee", "Dana Saleh"), GOOD),
        (person("fahd", "trainee", "Fahd Nasser"), SHORT),
    ]
    attempts = []
    for n, (p, script) in enumerate(trainees):
        data = played(library, script)
        a = store.start_attempt(
            p.id, scenario_id=SCENARIO, scenario_sha256="0" * 64, sop_id="two-step",
            sop_version=1, seed=7, started_at=T0 + dt.timedelta(hours=n),
        )  # fmt: skip
        for action in data["actions"]:
            store.save_event(a.id, {"kind": "act", **action})
        store.finish_attempt(
            a.id, data["grade"], data["transcript"], data["metrics"],
            ended_at=T0 + dt.timedelta(hours=n, minutes=10),
        )  # fmt: skip
        attempts.append((a, data["grade"]))

    def automatic(grade):
        return {c["id"]: bool(c["passed"]) for c in grade["criteria"]}

    # February: two trainers over two attempts.
    feb = store.start_calibration(
        lead, title="February: two-step recovery", trainer_ids=[tarek.id, nour.id],
        attempt_ids=[attempts[0][0].id, attempts[1][0].id], at=T0 - dt.timedelta(days=28),
    )  # fmt: skip
    for trainer, flip in ((tarek, {"formal-and-warm", "greets-by-name", "anything-else"}),
                          (nour, {"formal-and-warm"})):  # fmt: skip
        grades = {
            a.id: {k: (not v) if k in flip else v for k, v in automatic(g).items()}
            for a, g in attempts[:2]
        }
        store.submit_calibration(trainer, feb.id, grades, at=T0 - dt.timedelta(days=27))
    # March: three trainers over four attempts; Tarek strict, Salim lenient.
    clock[0] = T0 + dt.timedelta(days=1)
    march = store.start_calibration(
        lead, title="March: two-step recovery", trainer_ids=[tarek.id, nour.id, salim.id],
        attempt_ids=[a.id for a, _g in attempts],
    )  # fmt: skip
    strict = {"greets-by-name", "anything-else", "answers-ticket", "security-tips"}
    for trainer in (tarek, nour, salim):
        grades = {}
        for a, g in attempts:
            auto = automatic(g)
            if trainer is tarek:
                grades[a.id] = {k: v and k not in strict for k, v in auto.items()}
            elif trainer is nour:
                grades[a.id] = {k: v or k == "formal-and-warm" for k, v in auto.items()}
            else:
                grades[a.id] = {k: v or k != "no-phone-change-by-agent" for k, v in auto.items()}
        store.submit_calibration(trainer, march.id, grades)

    # Disputes: Amal's is overturned by Tarek; Badr's waits in the queue.
    clock[0] = T0 + dt.timedelta(days=2)
    amal_attempt = attempts[0][0]
    d1 = store.dispute(
        trainees[0][0], amal_attempt.id, "formal-and-warm",
        "كتبت «آسفين على الإزعاج» في ردّي على البريد، وهذا اعتذار.",
    )  # fmt: skip
    store.resolve_dispute(
        tarek, d1.id, overturn=True,
        reason="صحيح: «آسفين» اعتذار باللهجة، وقائمة العبارات في المعيار لا تشملها.",
    )  # fmt: skip
    store.dispute(
        trainees[1][0], attempts[1][0].id, "greets-by-name",
        "بدأت الرد بكلمة «مرحبا» والاسم ظاهر في التذكرة.",
    )  # fmt: skip
    clock[0] = T0 + dt.timedelta(days=3)

    args = SimpleNamespace(library=str(root / "scenarios"), database_url=None)
    window = build_window(args, app, store=store, library=library)
    window.resize(1440, 900)
    window.show()

    def settle() -> None:
        for _ in range(5):
            QCoreApplication.processEvents(QEventLoop.AllEvents, 50)
        window.repaint()

    def save(image, name: str) -> None:
        path = out / f"trainer-{name}.png"
        image.save(str(path), "PNG")
        print(path.relative_to(root))

    for lang in ("en", "ar"):
        window.top_bar.language.choose(lang)
        window.signed_in(lead)
        window.staff.show_calibration()
        screen = window.staff.calibration
        screen.refresh(select=march.id)
        settle()
        save(window.grab(), f"calibration-reveal-{lang}")
        window.sign_out()

        # The trainee's results with the dispute bar, a second dispute being written.
        window.signed_in(trainees[0][0])
        window.show_stored_result(store.attempt(amal_attempt.id))
        bar = window.dispute_bar
        bar.criterion.setCurrentIndex(max(0, bar.criterion.findData("no-phone-change-by-agent")))
        bar.reason.setText("أرشدت المستخدم لإضافة الرقم بنفسه بعد الدخول، ولم أغيّره.")
        settle()
        top = window.grab()
        window.sign_out()
        # The trainers' queue: all disputes, the overturned one with its rubric example.
        window.signed_in(tarek)
        window.staff.show_disputes()
        queue = window.staff.disputes
        queue.show_box.setCurrentIndex(queue.show_box.findData(False))
        queue.refresh(select=d1.id)
        settle()
        bottom = window.grab()
        window.sign_out()
        both = QImage(top.width(), top.height() + bottom.height() + 8, QImage.Format_RGB32)
        both.fill(QColor("#9ca3af"))
        painter = QPainter(both)
        painter.drawPixmap(0, 0, top)
        painter.drawPixmap(0, top.height() + 8, bottom)
        painter.end()
        save(both, f"dispute-{lang}")
    extra = Path(sys.argv[sys.argv.index("--extra") + 1]) if "--extra" in sys.argv else None
    if extra is not None:
        # The other views, to look at (not kept in docs): a session being graded, the
        # waiting page, the lead's dialog, the comparison.
        extra.mkdir(parents=True, exist_ok=True)
        april = store.start_calibration(
            lead, title="April: two-step recovery", trainer_ids=[tarek.id, nour.id],
            attempt_ids=[attempts[0][0].id, attempts[1][0].id],
        )  # fmt: skip
        for lang in ("en", "ar"):
            window.top_bar.language.choose(lang)
            window.signed_in(tarek)
            window.staff.show_calibration()
            screen = window.staff.calibration
            screen.refresh(select=april.id)
            box = screen.grading.criteria.cellWidget(1, 1)
            box.setCurrentIndex(1)
            settle()
            window.grab().save(str(extra / f"grading-{lang}.png"))
            window.signed_in(lead)
            window.staff.show_calibration()
            screen.refresh(select=april.id)
            settle()
            window.grab().save(str(extra / f"waiting-{lang}.png"))
            screen.show_comparison()
            settle()
            window.grab().save(str(extra / f"comparison-{lang}.png"))
            dialog = screen.new_session()
            dialog.title_edit.setText("May")
            dialog.attempts.item(0).setCheckState(Qt.Checked)
            dialog.start()  # one trainer too few: the store's reason shows
            settle()
            dialog.grab().save(str(extra / f"dialog-{lang}.png"))
            dialog.reject()
            window.sign_out()
    window.top_bar.language.choose("en")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
