"""A small cohort as the app stores it: practice attempts with grades and per-thread
metrics, an exam sitting with its items, a trainer who is a member, overrides."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from simulator.reports.model import Catalog

PASSWORD = "correct horse"
SHA = "ab" * 32
# 2026-03-02 is a Monday.
MON = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

CATALOG = Catalog(
    scenario_titles={"hacked": "Hacked account", "refund-ar": "استرداد المبلغ"},
    scenario_languages={"hacked": "en", "refund-ar": "ar", "exam:mini-en": "en"},
    sop_titles={"account-recovery": "Account recovery", "refunds": "المبالغ المستردة"},
    criterion_titles={
        ("account-recovery", "verifies"): "Verifies identity",
        ("refunds", "apologises"): "يعتذر",
    },
    exam_titles={"mini-en": "Mini exam"},
)


def grade(score: float, passed: bool, criteria: dict[str, bool], **extra: Any) -> dict[str, Any]:
    weight = 100.0 / max(1, len(criteria))
    return {
        "score": score,
        "passed": passed,
        "pass_mark": 70.0,
        "criteria": [
            {"id": cid, "title": cid, "passed": ok, "applicable": True, "weight": weight,
             "critical": False}
            for cid, ok in criteria.items()
        ],
        **extra,
    }  # fmt: skip


def metrics(*threads: tuple[str, float | None, float | None, bool]) -> dict[str, Any]:
    """(channel, first response s, SLA target s, breached) per thread."""
    return {
        "threads": {
            f"t{i}": {
                "channel": ch,
                "first_response_s": first,
                "sla_target_s": target,
                "sla_breached": breached,
            }
            for i, (ch, first, target, breached) in enumerate(threads)
        }
    }


def sign_in(store, name: str, role: str, display: str | None = None):
    store.create_person(name, role, display_name=display, password=PASSWORD)
    return store.authenticate(name, PASSWORD)


def attempt(
    store, person_id, scenario="hacked", sop="account-recovery", *, at=MON, mode="practice"
):
    return store.start_attempt(
        person_id, scenario_id=scenario, scenario_sha256=SHA, sop_id=sop, sop_version=1,
        seed=1, mode=mode, started_at=at,
    )  # fmt: skip


def finish(store, a, g, m=None, minutes=10):
    store.finish_attempt(
        a.id, g, [], m or {}, ended_at=a.started_at + dt.timedelta(minutes=minutes)
    )


@dataclass
class Cohort:
    cohort_id: int
    trainer: Any
    amal: Any
    badr: Any
    outsider: Any
    overridden: int  # amal's 45% practice attempt a trainer passed
    sitting: int


def seed(store) -> Cohort:
    """amal (أمل) and badr are trainees of "Cohort A"; tariq, a trainer, is a member too."""
    trainer = sign_in(store, "tariq", "trainer")
    amal = store.create_person("amal", "trainee", display_name="أمل")
    badr = store.create_person("badr", "trainee", display_name="Badr")
    outsider = store.create_person("zaid", "trainee")
    cohort = store.create_cohort("Cohort A")
    for p in (trainer, amal, badr):
        store.add_to_cohort(cohort.id, p.id)
    # Week 1 (2026-03-02): amal fails at 45 (then overridden to 75 and passed), badr passes.
    a1 = attempt(store, amal.id)
    finish(store, a1, grade(45.0, False, {"greets": True, "verifies": False}),
           metrics(("chat", 20.0, 60.0, False), ("email", 300.0, 86400.0, False)))  # fmt: skip
    b1 = attempt(store, badr.id)
    finish(store, b1, grade(90.0, True, {"greets": True, "verifies": True}),
           metrics(("chat", 80.0, 60.0, True), ("chat", None, 60.0, True)))  # fmt: skip
    # Week 2 (2026-03-09): amal, an Arabic scenario, fails "apologises".
    a2 = attempt(store, amal.id, "refund-ar", "refunds", at=MON + dt.timedelta(days=7))
    finish(store, a2, grade(30.0, False, {"apologises": False}),
           metrics(("ticket", 1000.0, None, False)))  # fmt: skip
    # An exam sitting of amal's with two items (items are no attempts of their own).
    sit_at = MON + dt.timedelta(days=8)
    sitting = attempt(store, amal.id, "exam:mini-en", "exam", at=sit_at, mode="exam")
    for _ in range(2):
        item = attempt(store, amal.id, at=sit_at, mode="exam")
        finish(store, item, grade(100.0, True, {"greets": True, "verifies": True}),
               metrics(("chat", 5.0, 60.0, False)))  # fmt: skip
    finish(store, sitting, {"score": 100.0, "passed": True, "review_required": True,
                            "items": []})  # fmt: skip
    # The trainer's own practice: a member, but no trainee: never counted.
    t1 = attempt(store, trainer.id)
    finish(store, t1, grade(0.0, False, {"greets": False, "verifies": False}))
    # Someone outside the cohort.
    z1 = attempt(store, outsider.id)
    finish(store, z1, grade(0.0, False, {"greets": False, "verifies": False}))
    # An unfinished practice attempt of badr's: not counted.
    attempt(store, badr.id, at=MON + dt.timedelta(days=9))
    store.add_override(
        a1.id, trainer.id, passed=True, criterion_id="verifies", reason="verified by phone"
    )
    store.add_override(a1.id, trainer.id, passed=True, score=75.0, reason="good call overall")
    return Cohort(cohort.id, trainer, amal, badr, outsider, a1.id, sitting.id)
