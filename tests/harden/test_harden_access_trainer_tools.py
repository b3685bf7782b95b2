"""Issue 16's rules in ``simulator.access``: the lead (an admin) runs calibration; only the
attempt's owner disputes; a trainer or admin other than the owner resolves."""

from __future__ import annotations

from simulator.access import Action, allowed


class P:
    def __init__(self, pid: int, role: str) -> None:
        self.id, self.name, self.role = pid, f"p{pid}", role


ADMIN, TRAINER, TRAINEE = P(1, "admin"), P(2, "trainer"), P(3, "trainee")


def test_only_an_admin_leads_calibration_and_sets_the_dispute_window():
    for action in (Action.RUN_CALIBRATION, Action.SET_DISPUTE_WINDOW):
        assert allowed(ADMIN, action)
        assert not allowed(TRAINER, action) and not allowed(TRAINEE, action)
    assert allowed(TRAINER, Action.GRADE_CALIBRATION) and allowed(ADMIN, Action.GRADE_CALIBRATION)
    assert not allowed(TRAINEE, Action.GRADE_CALIBRATION)


def test_only_the_owner_disputes_and_never_resolves_their_own():
    for who in (ADMIN, TRAINER, TRAINEE):
        assert allowed(who, Action.DISPUTE_CRITERION, subject_id=who.id)
        assert not allowed(who, Action.DISPUTE_CRITERION, subject_id=99)
        assert not allowed(who, Action.RESOLVE_DISPUTE, subject_id=who.id)
    assert allowed(TRAINER, Action.RESOLVE_DISPUTE, subject_id=3)
    assert allowed(ADMIN, Action.RESOLVE_DISPUTE, subject_id=3)
    assert not allowed(TRAINEE, Action.RESOLVE_DISPUTE, subject_id=4)
    assert allowed(TRAINEE, Action.READ_DISPUTES, subject_id=3)
    assert not allowed(TRAINEE, Action.READ_DISPUTES)
    assert allowed(TRAINER, Action.READ_DISPUTES)
