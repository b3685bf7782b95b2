"""Screenshots of the trainer and admin screens, in English and Arabic.

    Xvfb :96 -screen 0 1360x820x24 &
    DISPLAY=:96 .venv/bin/python -m tools.screenshots_trainer

A throw-away store gets a cohort of six trainees whose attempts are real sessions of a
shipped scenario played from fixed scripts, so every run gives the same pictures
(docs/screenshots/trainer-*.png).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
SCENARIO = "two-step-lost-phone-email-ticket-sa"
GOOD = [
    {"at": "20s", "action": {"type": "lookup"}},
    {"at": "45s", "action": {"type": "macro", "value": "two-step-reset"}},
    {
        "at": "50s",
        "reply": {
            "thread": "email",
            "text": "مرحبا {name}، أعدنا ضبط التحقق بخطوتين. هل هناك أي شيء آخر؟",
        },
    },
    {"at": "2m", "action": {"type": "macro", "value": "security-tips"}},
    {"at": "9m", "reply": {"thread": "ticket", "text": "هذا نفس الطلب اللي وصلنا على البريد"}},
    {"at": "9m10s", "action": {"type": "close", "thread": "ticket"}},
    {"at": "9m20s", "action": {"type": "resolve", "thread": "email"}},
]
SHORT = [
    {"at": "20s", "action": {"type": "lookup"}},
    {"at": "50s", "reply": {"thread": "email", "text": "مرحبا، تم حل المشكلة."}},
    {"at": "9m20s", "action": {"type": "resolve", "thread": "email"}},
]
PEOPLE = [
    ("amal", "Amal Haddad", GOOD, 2, 3),
    ("badr", "Badr Al-Otaibi", SHORT, 7, 2),
    ("dana", "Dana Saleh", GOOD, 6, 3),
    ("fahd", "Fahd Nasser", SHORT, 8, 1),
    ("huda", "Huda Mansour", GOOD, 5, 4),
    ("omar", "Omar Khalil", None, None, None),
]


def played(library, script):
    from simulator.engine.play import play, play_json
    from simulator.engine.script import read_script

    scenarios, sops, _ = library
    scenario = next(s for s in scenarios if s.id == SCENARIO)
    path = Path(tempfile.mkdtemp()) / "script.json"
    path.write_text(json.dumps(script, ensure_ascii=False), encoding="utf-8")
    session, skipped = play(scenario, sops[scenario.sop], read_script(path, scenario), seed=7)
    return json.loads(json.dumps(play_json(session, skipped)))


def fill_store(store, library):
    """Admin, trainer, a cohort of six with attempts and check-ins; the attempt to review."""
    store.create_person("rana", "admin", display_name="Rana Aziz", password="x" * 12)
    store.create_person("tarek", "trainer", display_name="Tarek Fares", password="x" * 12)
    admin = store.authenticate("rana", "x" * 12)  # signed in, as in the app
    trainer = store.authenticate("tarek", "x" * 12)
    cohort = store.create_cohort("Riyadh — March intake")
    store.create_cohort("Cairo — April intake")
    review = None
    for n, (name, display, script, rating, stress) in enumerate(PEOPLE):
        p = store.create_person(name, "trainee", display_name=display, language="ar")
        store.add_to_cohort(cohort.id, p.id)
        if script is None:
            continue
        data = played(library, script)
        a = store.start_attempt(
            p.id,
            scenario_id=SCENARIO,
            scenario_sha256="0" * 64,
            sop_id="two-step",
            sop_version=1,
            seed=7,
            started_at=T0 + dt.timedelta(hours=n),
        )
        for action in data["actions"]:
            store.save_event(a.id, {"kind": "act", **action})
        store.finish_attempt(
            a.id,
            data["grade"],
            data["transcript"],
            data["metrics"],
            ended_at=T0 + dt.timedelta(hours=n, minutes=10),
        )
        store.add_checkin(p.id, rating=rating, stress=stress, at=T0)
        if review is None:
            review = store.attempt(a.id)
            # A criterion override that counts: Met, and the score recomputed (79% -> 84%).
            store.add_override(
                a.id,
                trainer.id,
                passed=True,
                criterion_id="formal-and-warm",
                reason="She apologised in dialect (آسفين); the rubric's phrase list misses it.",
                at=T0 + dt.timedelta(days=1),
            )
    return admin, trainer, cohort, review


def main() -> int:
    os.environ.setdefault("SIMULATOR_DATA_DIR", tempfile.mkdtemp(prefix="frontline-shots-"))
    os.environ.setdefault("XDG_CONFIG_HOME", os.environ["SIMULATOR_DATA_DIR"])
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings

    from simulator.paths import project_root
    from simulator.store import open_store
    from simulator.ui.app import build_window, load_library, make_application

    root = project_root()
    out = root / "docs" / "screenshots"
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"]
    )
    app = make_application()
    library = load_library(root / "scenarios")
    store = open_store(f"sqlite:///{Path(os.environ['SIMULATOR_DATA_DIR']) / 'shots.db'}")
    admin, trainer, cohort, review = fill_store(store, library)
    args = SimpleNamespace(library=str(root / "scenarios"), database_url=None)
    window = build_window(args, app, store=store, library=library)
    window.resize(1360, 820)
    window.show()

    def shot(name: str) -> None:
        for _ in range(5):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        window.repaint()
        path = out / f"trainer-{name}.png"
        window.grab().save(str(path), "PNG")
        print(path.relative_to(root))

    for lang in ("en", "ar"):
        window.top_bar.language.choose(lang)
        window.signed_in(trainer)
        window.staff.show_cohorts()
        screen = window.staff.cohorts
        screen.select_cohort(cohort.id)
        screen.select_person(review.person_id)
        screen.select_attempt(review.id)
        shot(f"cohort-{lang}")
        screen.open_attempt()
        results = window.staff.review.results
        for row in range(results.criteria.rowCount()):
            if results.criteria.criterion(row)["id"] == "formal-and-warm":
                results.select_criterion(row)
        window.staff.review.overrides.reason.setPlainText("")
        shot(f"override-{lang}")
        window.sign_out()
        window.signed_in(admin)
        window.staff.show_admin()
        window.staff.admin.people.select("badr")
        shot(f"admin-people-{lang}")
        window.sign_out()
    window.top_bar.language.choose("en")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
