"""Trainer screens against a real SQLite store: cohorts, review, overrides, privacy."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
)

from simulator.engine.play import play, play_json
from simulator.engine.script import read_script
from simulator.ui.app import build_window, make_application

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

REPO = Path(__file__).resolve().parents[2]
SCENARIO = "two-step-lost-phone-email-ticket-sa"
T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
SCRIPT = [
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


@pytest.fixture(scope="module")
def played(library, tmp_path_factory):
    """A real session's JSON for SCENARIO (what the desk stores when it finishes)."""
    scenarios, sops, _ = library
    scenario = next(s for s in scenarios if s.id == SCENARIO)
    path = tmp_path_factory.mktemp("script") / "script.json"
    path.write_text(json.dumps(SCRIPT, ensure_ascii=False), encoding="utf-8")
    session, skipped = play(scenario, sops[scenario.sop], read_script(path, scenario), seed=7)
    return json.loads(json.dumps(play_json(session, skipped)))


def finished_attempt(store, person_id, played, minutes=0, start=T0):
    """A finished attempt of SCENARIO (``played``), started ``minutes`` after ``start``."""
    a = store.start_attempt(
        person_id,
        scenario_id=SCENARIO,
        scenario_sha256="0" * 64,
        sop_id="two-step",
        sop_version=1,
        seed=7,
        started_at=start + dt.timedelta(minutes=minutes),
    )
    for action in played["actions"]:
        store.save_event(a.id, {"kind": "act", **action})
    store.finish_attempt(
        a.id,
        played["grade"],
        played["transcript"],
        played["metrics"],
        ended_at=start + dt.timedelta(minutes=minutes + 10),
    )
    return store.attempt(a.id)


@pytest.fixture
def cohort(store, played):
    """A cohort of 3 trainees (one with a finished attempt and check-ins) and a trainer."""
    store.create_person("tarek", "trainer", display_name="Tarek", password="pw-trainer")
    trainer = store.authenticate("tarek", "pw-trainer")  # a sign-in, as the app's
    c = store.create_cohort("Riyadh March")
    trainees = [
        store.create_person(n, "trainee", display_name=n.title()) for n in ("amal", "badr", "dana")
    ]
    for t in trainees:
        store.add_to_cohort(c.id, t.id)
    attempt = finished_attempt(store, trainees[0].id, played)
    store.add_checkin(trainees[0].id, rating=2, stress=5, at=T0)
    store.add_checkin(trainees[1].id, rating=9, stress=1, at=T0)
    return SimpleNamespace(cohort=c, trainer=trainer, trainees=trainees, attempt=attempt)


@pytest.fixture
def window(qtbot, tmp_path, store, library):
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(tmp_path / "settings"))
    app = make_application()
    args = SimpleNamespace(library=str(REPO / "scenarios"), database_url=None)
    win = build_window(args, app, store=store, library=library)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.translations.switch("en", remember=False)


def all_text(widget) -> str:
    """Every piece of text the widget tree shows (labels, buttons, fields, tables)."""
    from simulator.ui.itemmodel import RowTable

    parts = []
    for w in [widget, *widget.findChildren(object)]:
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            parts.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextBrowser):
            parts.append(w.toPlainText())
        elif isinstance(w, RowTable):
            for r in range(w.rowCount()):
                for c in range(w.columnCount()):
                    parts.append(w.text(r, c))
    return "\n".join(parts)


def open_review(window, cohort):
    window.signed_in(cohort.trainer)
    window.staff.cohorts_button.click()
    screen = window.staff.cohorts
    screen.select_cohort(cohort.cohort.id)
    screen.select_person(cohort.trainees[0].id)
    screen.select_attempt(cohort.attempt.id)
    assert screen.open_button.isEnabled()
    screen.open_button.click()
    assert window.screens.currentWidget() is window.staff.review
    return window.staff.review


def test_trainer_sees_the_cohort_summary(window, cohort):
    window.signed_in(cohort.trainer)
    assert window.staff.cohorts_button.isVisible()
    assert not window.staff.admin_button.isVisible()
    window.staff.cohorts_button.click()
    screen = window.staff.cohorts
    assert window.screens.currentWidget() is screen
    assert screen.cohort_box.currentText() == "Riyadh March"
    grade = cohort.attempt
    assert screen.people.rowCount() == 3
    assert [screen.people.text(r, 0) for r in range(3)] == ["Amal", "Badr", "Dana"]
    assert screen.people.text(0, 1) == "1"
    assert screen.people.text(0, 4) == ("100%" if grade.passed else "0%")
    assert "3 members · 1 attempts" in screen.totals.text()
    assert screen.scenarios.rowCount() == 1
    assert screen.scenarios.text(0, 1) == "1"
    screen.select_person(cohort.trainees[0].id)
    assert screen.attempts_table.rowCount() == 1
    assert screen.attempts_table.text(0, 3) == f"{grade.score:.0f}%"
    # Switching the language keeps the chosen attempt (and its Open button) and
    # translates the cells in place.
    screen.select_attempt(grade.id)
    assert screen.open_button.isEnabled()
    window.translations.switch("ar", remember=False)
    QApplication.processEvents()
    assert screen.selected_attempt().id == grade.id and screen.open_button.isEnabled()
    assert screen.attempts_table.text(0, 2) == "تدريب"


def test_override_is_stored_and_shown_beside_the_automatic_verdict(window, cohort, qtbot):
    review = open_review(window, cohort)
    # The trainee's own results screen: score, criteria, transcript replay.
    results = review.results
    assert results.score.text() == f"{cohort.attempt.score:.0f}%"
    assert results.criteria.rowCount() > 0
    assert "مرحبا" in results.replay.toPlainText()
    panel = review.overrides
    automatic = "Passed" if cohort.attempt.passed else "Not passed"
    assert panel.automatic.text().startswith(f"Automatic verdict: {automatic}")
    assert not panel.add_button.isEnabled()  # no reason yet
    new = not cohort.attempt.passed
    panel.verdict.setCurrentIndex(panel.verdict.findData(new))
    criterion = results.criteria.criterion(0)["id"]
    panel.target.setCurrentIndex(panel.target.findData(criterion))
    panel.reason.setPlainText("The greeting was there; the matcher missed the dialect form.")
    assert panel.add_button.isEnabled()
    panel.add_button.click()
    stored = window.store.overrides_for(cohort.attempt.id)
    assert len(stored) == 1
    o = stored[0]
    assert (o.passed, o.criterion_id, o.trainer_id) == (new, criterion, cohort.trainer.id)
    assert o.reason.startswith("The greeting was there")
    # Both shown: the automatic verdict unchanged, the override with who, when and why.
    assert panel.automatic.text().startswith(f"Automatic verdict: {automatic}")
    history = panel.history.toPlainText()
    assert "Tarek" in history and "dialect form" in history
    assert ("Passed" if new else "Not passed") in history
    assert window.store.attempt(cohort.attempt.id).passed == cohort.attempt.passed
    # A verdict override too; the first one is kept.
    panel.target.setCurrentIndex(0)
    panel.reason.setPlainText("Handled well overall.")
    panel.add_button.click()
    assert [x.criterion_id for x in window.store.overrides_for(cohort.attempt.id)] == [
        criterion,
        None,
    ]
    assert "Verdict" in panel.history.toPlainText()
    review.results.back_button.click()
    assert window.screens.currentWidget() is window.staff.cohorts


def test_a_refused_override_says_why_in_one_line(window, cohort, store):
    review = open_review(window, cohort)
    # The trainee signs in elsewhere and ... cannot; here: the trainer overrides their own.
    review.overrides.trainer = store.person("amal")
    review.overrides.reason.setPlainText("mine")
    review.overrides.add_button.click()
    assert review.overrides.error.isVisible()
    assert "only a trainer or admin may override" in review.overrides.error.text()
    assert store.overrides_for(cohort.attempt.id) == []


def test_check_ins_are_suppressed_under_five_and_never_individual(window, cohort, store):
    window.signed_in(cohort.trainer)
    window.staff.cohorts_button.click()
    screen = window.staff.cohorts
    assert "fewer than 5 people" in screen.wellbeing.text()
    assert "Mean rating" not in all_text(window)
    # Open everything a trainer can open: no individual check-in appears anywhere.
    screen.select_person(cohort.trainees[0].id)
    screen.select_attempt(cohort.attempt.id)
    screen.open_button.click()
    shown = all_text(window)
    for needle in ("Mean stress", "rating 2", "stress 5", "check-in by", "Checked in"):
        assert needle not in shown
    # Five people checked in: the cohort aggregate only, in its own card.
    for n in ("eman", "fahd", "ghada"):
        p = store.create_person(n, "trainee")
        store.add_to_cohort(cohort.cohort.id, p.id)
        store.add_checkin(p.id, rating=5, stress=3, at=T0)
    window.staff.cohorts_button.click()
    text = screen.wellbeing.text()
    assert "5 people, 5 check-ins." in text and "Mean rating 5.2 of 10." in text
    table_text = all_text(screen.people)
    assert "5.2" not in table_text and "check" not in table_text.lower()


def test_trainee_sees_no_trainer_or_admin_entries(window, cohort, store):
    trainee = store.person("amal")
    window.signed_in(trainee)
    assert not window.staff.cohorts_button.isVisible()
    assert not window.staff.admin_button.isVisible()
    window.staff.show_cohorts()  # even called directly, nothing opens
    window.staff.show_admin()
    assert window.screens.currentWidget() is window.home
    window.sign_out()
    window.signed_in(cohort.trainer)
    assert window.staff.cohorts_button.isVisible()
    window.sign_out()
    assert not window.staff.cohorts_button.isVisible()


@pytest.mark.slow
def test_validate_library_lists_file_line_problems(window, cohort, tmp_path, qtbot):
    lib = tmp_path / "lib"
    shutil.copytree(REPO / "scenarios", lib)
    bad = lib / "en" / "broken.yaml"
    bad.write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")
    window.controller.library_root = lib
    window.signed_in(cohort.trainer)
    window.staff.cohorts_button.click()
    dialog = window.staff.validate_library()
    qtbot.addWidget(dialog)
    assert dialog.problems
    assert any(p.startswith(f"{bad}:") for p in dialog.problems)
    first = dialog.problems[0].split(":")
    assert first[1].isdigit()
    assert dialog.list.count() == len(dialog.problems)
    dialog.close()


def test_arabic_cohort_screen(window, cohort, qtbot):
    window.signed_in(cohort.trainer)
    window.staff.cohorts_button.click()
    window.top_bar.language.choose("ar")
    screen = window.staff.cohorts
    qtbot.waitUntil(lambda: screen.validate_button.text() != "Validate library", timeout=2000)
    assert any("\u0600" <= ch <= "\u06ff" for ch in screen.wellbeing.text())
    assert any("\u0600" <= ch <= "\u06ff" for ch in window.staff.cohorts_button.text())


def test_the_review_of_an_exam_sitting_shows_items_time_pauses_and_extra_time(
    window, cohort, store
):
    """An exam sitting under review shows its own things, not a scenario's results, and
    nothing of the attempt opened before it."""
    from simulator.attempts.sittings import finish_sitting, start_sitting
    from simulator.clock import SimulatedClock
    from simulator.content.library import load_library as load_core_library
    from simulator.exams.definition import load_exam

    exams = REPO / "tests" / "core" / "exams" / "data" / "library"
    exam = load_exam(exams / "exams" / "mini.yaml")
    amal = cohort.trainees[0]
    store.grant_accommodation(
        amal.id, "mini", extra_s=600, reason="reading time", granted_by=cohort.trainer.id
    )
    clock = SimulatedClock()
    sitting = start_sitting(
        store, amal.id, exam, seed=1, clock=clock, library=load_core_library(exams)
    )
    session = sitting.start()
    clock.advance(20)
    sitting.pause("support")
    clock.advance(120)
    sitting.resume("support")
    session.reply("main", "hello, happy to help")
    sitting.finish_item()
    while not sitting.done:
        sitting.start()
        clock.advance(10)
        sitting.finish_item()
    finish_sitting(store, sitting)

    review = open_review(window, cohort)  # a scenario's results first
    assert review.results.evidence.toPlainText()
    screen = window.staff.cohorts
    window.staff.back_to_cohort()
    screen.select_person(amal.id)
    attempt = store.attempt(sitting.sitting_id)
    screen.select_attempt(attempt.id)
    screen.open_button.click()
    assert window.screens.currentWidget() is review
    assert review.pages.currentWidget() is review.sitting
    page = review.sitting
    text = all_text(page)
    assert "Mini exam" in page.heading.text()
    assert "pass mark 75%" in text  # not "0%"
    assert page.items.rowCount() == 4
    assert page.items.text(0, 3) == "Passed"
    assert page.pauses.rowCount() == 1
    assert [page.pauses.text(0, c) for c in range(4)] == [
        "Pause / support",
        "0:20",
        "2:00",
        "from the allowance",
    ]
    assert "Extra time: 10 minutes" in text and "reading time" in text
    assert "Time used" in text
    # An item opens its own results from here.
    page.open_item.emit(page.attempt_ids[0])
    assert review.pages.currentIndex() == 0
    assert review.results.criteria.rowCount() > 0


# --- the verdict of record and the review's fixes (issue 16) ----------------------------


def override(panel, target, passed, reason):
    panel.target.setCurrentIndex(panel.target.findData(target))
    panel.verdict.setCurrentIndex(panel.verdict.findData(passed))
    panel.reason.setPlainText(reason)
    panel.add_button.click()


def test_a_criterion_override_counts_in_the_review_and_the_cohort(window, cohort, store):
    assert (cohort.attempt.score, cohort.attempt.passed) == (78.95, False)
    review = open_review(window, cohort)
    override(review.overrides, "formal-and-warm", True, "She apologised in dialect: آسفين")
    # The criterion is Met, the score recomputed with the rubric's weights: 80/95.
    results = review.results
    rows = [results.criteria.criterion(r) for r in range(results.criteria.rowCount())]
    warm = next(c for c in rows if c["id"] == "formal-and-warm")
    assert warm["passed"] is True
    assert results.score.text() == "84%" and results.verdict.text() == "Passed"
    assert "Decided by a trainer's override" in results.pass_mark.text()
    assert "automatic: 79%, Not passed" in results.pass_mark.text()
    panel = review.overrides
    assert panel.automatic.text().startswith("Automatic verdict: Not passed, 79%")
    assert "Verdict of record: Passed, 84%" in panel.automatic.text()
    # The cohort's figures and the person's attempts use it.
    review.results.back_button.click()
    screen = window.staff.cohorts
    screen.show_cohort()
    assert screen.people.text(0, 3) == "1"  # passed
    screen.select_person(cohort.trainees[0].id)
    assert screen.attempts_table.text(0, 3) == "84%"
    assert screen.attempts_table.text(0, 4) == "Passed"
    assert store.result_for(cohort.attempt.id).score == 78.95  # kept as it was


def test_disagreeing_trainers_leave_the_automatic_verdict_until_an_admin_resolves(
    window, cohort, store
):
    other = store.create_person("huda", "trainer", display_name="Huda")
    admin = store.create_person("root", "admin", display_name="Root")
    store.add_override(cohort.attempt.id, other.id, passed=False, reason="not passed, no")
    review = open_review(window, cohort)
    override(review.overrides, None, True, "passed, it was fine")
    results = review.results
    assert results.verdict.text() == "Not passed" and results.score.text() == "79%"
    assert "Disputed" in results.pass_mark.text()
    assert "Disputed" in review.overrides.automatic.text()
    assert store.attempt(cohort.attempt.id).verdict == "disputed"
    # A trainer cannot resolve; the admin's form resolves, with a reason.
    assert review.overrides.add_button.text() == "Add override"
    window.signed_in(admin)
    review.show_attempt(store, admin, cohort.attempt, "t")
    panel = review.overrides
    panel.target.setCurrentIndex(panel.target.findData(""))
    assert panel.add_button.text() == "Resolve the disagreement"
    panel.verdict.setCurrentIndex(panel.verdict.findData(True))
    panel.reason.setPlainText("The recording shows the whole procedure.")
    panel.add_button.click()
    assert [r.passed for r in store.resolutions_for(cohort.attempt.id)] == [True]
    assert review.results.verdict.text() == "Passed"
    assert "Resolved: Verdict" in panel.history.toPlainText()


def test_the_override_form_starts_afresh_for_the_next_person(window, cohort, store, played):
    review = open_review(window, cohort)
    panel = review.overrides
    panel.target.setCurrentIndex(panel.target.findData("formal-and-warm"))
    panel.verdict.setCurrentIndex(panel.verdict.findData(False))
    second = finished_attempt(store, cohort.trainees[1].id, played)
    review.show_attempt(store, cohort.trainer, second, "t")
    assert panel.target.currentIndex() == 0 and panel.verdict.currentIndex() == 0


def test_the_replay_names_the_trainee_in_the_trainers_view(window, cohort):
    review = open_review(window, cohort)
    replay = review.results.replay.toPlainText()
    assert "Amal" in replay and "You" not in replay


@pytest.mark.slow
def test_missing_actions_are_named_and_implausible_typing_is_flagged(window, cohort, played):
    review = open_review(window, cohort)
    results = review.results
    data = json.loads(json.dumps(played))
    data["grade"]["criteria"][0]["evidence"] = {
        "missing": [{"type": "macro", "value": "refund-approved"}]
    }
    data["metrics"]["wpm"] = 1149.7
    results.show_result("t", data)
    summary = results.criteria.summary(results.criteria.criterion(0))
    assert summary == "Not found: the macro refund-approved"
    rate = next(w.text() for w in results.findChildren(QLabel) if w.text().startswith("1149.7"))
    assert "likely pasted" in rate
    window.translations.switch("ar", remember=False)
    results.show_result("t", data)
    assert results.criteria.summary(results.criteria.criterion(0)) == (
        "لم يُعثر على: الرد الجاهز refund-approved"
    )
    assert any("ملصق" in w.text() for w in results.findChildren(QLabel))


def test_cohort_counts_a_sitting_once_names_the_exam_and_lists_no_trainer(
    window, cohort, store, played
):
    store.add_to_cohort(cohort.cohort.id, cohort.trainer.id)
    amal = cohort.trainees[0].id
    for _ in range(2):
        sitting = store.start_attempt(
            amal,
            scenario_id="exam:support-associate-en",
            scenario_sha256="0" * 64,
            sop_id="exam",
            sop_version=1,
            seed=1,
            mode="exam",
            started_at=T0,
        )
        for _ in range(4):
            item = store.start_attempt(
                amal,
                scenario_id=SCENARIO,
                scenario_sha256="0" * 64,
                sop_id="two-step",
                sop_version=1,
                seed=7,
                mode="exam",
                started_at=T0,
            )
            store.finish_attempt(item.id, played["grade"], [], {}, ended_at=T0)
        store.finish_attempt(sitting.id, {"score": 90.0, "passed": True}, [], {}, ended_at=T0)
    window.signed_in(cohort.trainer)
    window.staff.cohorts_button.click()
    screen = window.staff.cohorts
    names = [screen.people.text(r, 0) for r in range(screen.people.rowCount())]
    assert names == ["Amal", "Badr", "Dana"]  # not Tarek, the trainer
    assert "3 members · 3 attempts" in screen.totals.text()  # 1 practice + 2 sittings
    rates = {
        screen.scenarios.text(r, 0): screen.scenarios.text(r, 1)
        for r in range(screen.scenarios.rowCount())
    }
    exam = "Support associate certification (English)"
    assert rates[exam] == "2" and list(rates.values()).count("1") == 1
    screen.select_person(amal)
    shown = [screen.attempts_table.text(r, 0) for r in range(screen.attempts_table.rowCount())]
    assert exam in shown and not any(t.startswith("exam:") for t in shown)


@pytest.mark.slow
def test_a_trainer_confirms_a_sitting_that_requires_review(window, cohort, store, tmp_path):
    from simulator.attempts.sittings import finish_sitting, start_sitting
    from simulator.clock import SimulatedClock
    from simulator.content.library import load_library as load_core_library
    from simulator.exams.certificate import certificate_for
    from simulator.exams.definition import load_exam

    exams = tmp_path / "library"
    shutil.copytree(REPO / "tests" / "core" / "exams" / "data" / "library", exams)
    path = exams / "exams" / "mini.yaml"
    path.write_text(path.read_text() + "review_required: true\n")
    amal = cohort.trainees[0]
    clock = SimulatedClock()
    sitting = start_sitting(
        store, amal.id, load_exam(path), seed=1, clock=clock, library=load_core_library(exams)
    )
    while not sitting.done:
        session = sitting.start()
        clock.advance(10)
        session.reply("main", "hello, happy to help")
        sitting.finish_item()
    finish_sitting(store, sitting)
    assert store.result_for(sitting.sitting_id).passed
    review = open_review(window, cohort)
    review.show_attempt(store, cohort.trainer, store.attempt(sitting.sitting_id), "t")
    assert review.pages.currentWidget() is review.sitting
    assert "requires review" in review.sitting.summary.text()
    override(review.overrides, "", True, "Watched all four replies: sound.")
    assert "requires review" not in review.sitting.summary.text()
    assert "Decided by a trainer" in review.sitting.summary.text()
    assert certificate_for(store, sitting.sitting_id).person_name == "Amal"
