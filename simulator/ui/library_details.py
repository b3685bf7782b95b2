"""The library's details pane: what the selected scenario asks (its goal), about how long
it takes, the trainee's last score on it and whether it is done (passed once)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

# A rough time per user message and per conversation, for "about N min" (capped by the
# scenario's own time limit): reading, checking the back office, writing the reply.
MINUTES_PER_MESSAGE = 1.5
MINUTES_PER_THREAD = 2.0


def estimated_minutes(scenario) -> int:
    """About how long a scenario takes: its messages and conversations, within its limit."""
    guess = MINUTES_PER_MESSAGE * len(scenario.timeline) + MINUTES_PER_THREAD * len(
        scenario.threads
    )
    limit = float(getattr(scenario, "time_limit_s", 3600.0)) / 60.0
    return max(1, round(min(guess, limit)))


class LibraryDetails(QFrame):
    """``show(summary, scenario, sop, attempts, language)``; ``clear()`` with no selection."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMinimumWidth(260)
        self.setMaximumWidth(340)
        self.title = QLabel()
        self.title.setObjectName("subtitle")
        self.title.setWordWrap(True)
        self.done = QLabel()
        self.done.setObjectName("chip")
        self.goal_title = QLabel()
        self.goal_title.setObjectName("muted")
        self.goal = QLabel()
        self.goal.setWordWrap(True)
        self.time = QLabel()
        self.time.setWordWrap(True)
        self.last = QLabel()
        self.last.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        for w in (self.title, self.done, self.goal_title, self.goal, self.time, self.last):
            layout.addWidget(w)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self._shown: tuple[Any, Any, Any, list[Any], str] | None = None
        self.retranslate()
        self.clear()

    def clear(self) -> None:
        self._shown = None
        for w in (self.title, self.done, self.goal_title, self.goal, self.time, self.last):
            w.hide()
        self.empty.show()

    def show_scenario(self, summary, scenario, sop, attempts, language: str) -> None:
        """``scenario``/``sop`` the parsed ones (None when it does not load); ``attempts``
        this trainee's practice attempts of it, any order."""
        self._shown = (summary, scenario, sop, list(attempts), language)
        self.empty.hide()
        self.title.setText(summary.title)
        self.title.show()
        finished = [a for a in attempts if getattr(a, "ended_at", None) is not None]
        finished.sort(key=lambda a: a.ended_at)
        passed = any(getattr(a, "passed", False) for a in finished)
        self.done.setText(self.tr("✓ Done") if passed else self.tr("Not done yet"))
        self.done.setStyleSheet(
            "background: #ccfbf1; color: #0f766e;" if passed else "color: #6b7280;"
        )
        self.done.show()
        goals = []
        if sop is not None:
            goals.append(
                self.tr("Follow the procedure “{sop}”.").format(sop=sop.title.get(language))
            )
        if scenario is not None:
            musts = [c.title for c in scenario.rubric.criteria if c.critical and c.title]
            goals.extend(f"• {t}" for t in musts[:3])
        self.goal.setText("\n".join(goals))
        self.goal_title.setVisible(bool(goals))
        self.goal.setVisible(bool(goals))
        if scenario is not None:
            self.time.setText(
                self.tr("About {n} min (time limit {limit} min)").format(
                    n=estimated_minutes(scenario), limit=round(scenario.time_limit_s / 60)
                )
            )
            self.time.show()
        else:
            self.time.hide()
        if finished:
            last = finished[-1]
            score = getattr(last, "score", None)
            self.last.setText(
                self.tr("Your last score: {score}% ({n} attempts)").format(
                    score=f"{float(score):.0f}" if score is not None else "—", n=len(finished)
                )
            )
        else:
            self.last.setText(self.tr("You have not tried it yet."))
        self.last.show()

    def retranslate(self) -> None:
        self.goal_title.setText(self.tr("Goal"))
        self.empty.setText(self.tr("Choose a scenario to see what it asks of you."))
        if self._shown is not None:
            self.show_scenario(*self._shown)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
