"""The results screen: score, pass or fail, every criterion with its evidence highlighted
in the trainee's own reply, the metrics, and a replay of the transcript along its timeline.

It shows JSON as the core writes it (``Session.to_json()`` or a stored result), so a
finished attempt looks the same straight after playing and when reopened later.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from simulator.engine.metrics import implausible_wpm
from simulator.ui import theme
from simulator.ui.bidi import direction
from simulator.ui.criteria import CriteriaModel, criterion_title, evidence_spans, highlighted_html
from simulator.ui.delegates import ScriptDirectionDelegate
from simulator.ui.desk.inbox import format_seconds
from simulator.ui.labels import channel_name
from simulator.ui.text import humanise


class ResultsScreen(QWidget):
    """Emits ``back`` when the trainee returns to the library."""

    back = Signal()
    retry = Signal()  # the same scenario again
    next_requested = Signal()  # the suggested next scenario

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.data: dict[str, Any] = {}
        # Whose replies the replay shows: None, the trainee's own ("You"); a trainer's
        # review gives the trainee's name.
        self.trainee_name: str | None = None
        self.heading = QLabel()
        self.heading.setObjectName("title")
        top = self._build_top()
        self._build_criteria()
        controls = self._build_side()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.evidence_title)
        lv.addWidget(self.evidence)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.metrics_title)
        rv.addWidget(self.metrics_box)
        rv.addWidget(self.replay_title)
        rv.addLayout(controls)
        rv.addWidget(self.replay, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([700, 500])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        # Bars others add under the verdict (the trainee's dispute bar).
        self.extras = QVBoxLayout()
        layout.addLayout(self.extras)
        layout.addWidget(split, 1)
        self.retranslate()

    def _build_top(self) -> QHBoxLayout:
        """The score, the verdict and pass mark, and the buttons: Retry, Next, Back."""
        self.score = QLabel()
        self.score.setStyleSheet("font-size: 28pt; font-weight: 700;")
        self.verdict = QLabel()
        self.pass_mark = QLabel()
        self.pass_mark.setObjectName("muted")
        self.back_button = QPushButton()
        self.back_button.setObjectName("primary")
        self.back_button.clicked.connect(self.back.emit)
        top = QHBoxLayout()
        top.addWidget(self.score)
        top.addWidget(self.verdict)
        top.addWidget(self.pass_mark)
        top.addStretch(1)
        # Retry and Next are suggested (the primary button) after a live attempt: Retry
        # when it did not pass, Next when it did; a stored result offers neither.
        self.retry_button = QPushButton()
        self.retry_button.clicked.connect(self.retry.emit)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next_requested.emit)
        self.retry_button.hide()
        self.next_button.hide()
        self._next_title: str | None = None
        self._retry: bool | None = None
        top.addWidget(self.retry_button)
        top.addWidget(self.next_button)
        top.addWidget(self.back_button)
        return top

    def _build_criteria(self) -> None:
        """The criteria table and the selected criterion's evidence."""
        self.criteria = CriteriaModel(self)
        self.table = QTableView()
        self.table.setModel(self.criteria)
        self.table.setItemDelegate(ScriptDirectionDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self.show_evidence(cur.row())
        )
        self.evidence_title = QLabel()
        self.evidence_title.setObjectName("subtitle")
        self.evidence = QTextBrowser()
        self.evidence.setMaximumHeight(170)

    def _build_side(self) -> QHBoxLayout:
        """The metrics card and the replay (its slider, play button and time); returns the
        replay's controls row."""
        self.metrics_box = QFrame()
        self.metrics_box.setObjectName("card")
        self.metrics_form = QFormLayout(self.metrics_box)
        self.metrics_title = QLabel()
        self.metrics_title.setObjectName("subtitle")

        self.replay_title = QLabel()
        self.replay_title.setObjectName("subtitle")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.valueChanged.connect(self.show_replay)
        self.play_button = QPushButton()
        self.play_button.clicked.connect(self.toggle_play)
        self.replay_time = QLabel()
        self.replay = QTextBrowser()
        self._player = QTimer(self)
        self._player.setInterval(100)
        self._player.timeout.connect(self._advance_replay)
        controls = QHBoxLayout()
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.replay_time)
        return controls

    # -- showing --------------------------------------------------------------
    def show_result(self, title: str, result: dict[str, Any]) -> None:
        """``result`` as ``Session.to_json()`` gives it (grade, transcript, metrics, actions)."""
        self.suggest(retry=None, next_title=None)  # a stored result: no suggestion
        self.data = dict(result)
        self._title = title
        grade = result.get("grade") or {}
        self.criteria.set_criteria(grade.get("criteria", []))
        end = max(
            [m.get("at_s", 0.0) for m in result.get("transcript", [])]
            + [a.get("at_s", 0.0) for a in result.get("actions", [])]
            + [result.get("ended_at_s") or 0.0]
        )
        self.slider.setRange(0, int(end) + 1)
        self.slider.setValue(self.slider.maximum())
        self._fill()
        self.evidence.clear()  # nothing of the attempt shown before stays on screen
        if self.criteria.rowCount():
            self.select_criterion(0)

    def select_criterion(self, row: int) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.criteria.index(row, 0), flags)

    def _fill(self) -> None:
        grade = self.data.get("grade") or {}
        self.heading.setText(self.tr("Results: {title}").format(title=getattr(self, "_title", "")))
        self.score.setText(f"{float(grade.get('score', 0.0)):.0f}%")
        passed = bool(grade.get("passed"))
        self.verdict.setText(self.tr("Passed") if passed else self.tr("Not passed"))
        colour = theme.PASS if passed else theme.FAIL
        self.verdict.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 10px; padding: 4px 12px;"
            "font-weight: 600;"
        )
        mark = self.tr("Pass mark {mark}%").format(mark=f"{float(grade.get('pass_mark', 0)):g}")
        self.pass_mark.setText(" · ".join((mark, *self.verdict_notes(grade))))
        self._fill_metrics()
        self.show_replay(self.slider.value())

    def verdict_notes(self, grade: dict[str, Any]) -> list[str]:
        """Whether a trainer's override decided the verdict, or trainers disagree."""
        auto = grade.get("automatic") or {}
        automatic = self.tr("automatic: {score}%, {verdict}").format(
            score=f"{float(auto.get('score') or 0.0):.0f}",
            verdict=self.tr("Passed") if auto.get("passed") else self.tr("Not passed"),
        )
        if grade.get("verdict") == "override":
            return [self.tr("Decided by a trainer's override"), automatic]
        if grade.get("verdict") == "disputed":
            return [self.tr("Disputed: trainers disagree; the automatic verdict stands")]
        return []

    def _fill_metrics(self) -> None:
        while self.metrics_form.rowCount():
            self.metrics_form.removeRow(0)
        m = self.data.get("metrics") or {}

        def secs(v):
            return self.tr("none") if v is None else format_seconds(float(v))

        for tid, t in (m.get("threads") or {}).items():
            breached = self.tr("SLA breached") if t.get("sla_breached") else self.tr("within SLA")
            # A thread named after its channel is called by the channel's name ("Chat",
            # not "Conversation Chat", which reads "المحادثة محادثة" in Arabic).
            name = channel_name(tid)
            self.metrics_form.addRow(
                name if name != tid else self.tr("Conversation {id}").format(id=tid),
                QLabel(
                    self.tr("first response {first}, handled in {handle}, {sla}").format(
                        first=secs(t.get("first_response_s")),
                        handle=secs(t.get("handle_s")),
                        sla=breached,
                    )
                ),
            )
        ftr = m.get("first_touch_resolution")
        wpm = m.get("wpm")
        self.metrics_form.addRow(self.tr("SLA breaches"), QLabel(str(m.get("sla_breaches", 0))))
        self.metrics_form.addRow(
            self.tr("First-touch resolution"), QLabel("—" if ftr is None else f"{100 * ftr:.0f}%")
        )
        rate = QLabel("—" if wpm is None else f"{wpm:g}")
        if implausible_wpm(wpm):
            rate.setText(
                self.tr("{wpm} ⚠ likely pasted: faster than anyone types").format(wpm=f"{wpm:g}")
            )
            rate.setObjectName("warnchip")
        self.metrics_form.addRow(self.tr("Words per minute"), rate)
        self.metrics_form.addRow(
            self.tr("Mean first response"), QLabel(secs(m.get("mean_first_response_s")))
        )

    def trainee_replies(self, thread: str) -> list[dict[str, Any]]:
        return [
            m
            for m in self.data.get("transcript", [])
            if m.get("from") == "trainee" and m.get("thread") == thread
        ]

    def show_evidence(self, row: int) -> None:
        """The criterion's evidence, highlighted inside the trainee's own replies."""
        if row < 0 or row >= self.criteria.rowCount():
            self.evidence.clear()
            return
        c = self.criteria.criterion(row)
        by_reply: dict[tuple[str, int], list[tuple[int, int]]] = {}
        for s in evidence_spans(c):
            by_reply.setdefault((str(s.get("thread")), int(s["reply"])), []).append(
                (int(s["start"]), int(s["end"]))
            )
        parts = [
            f"<p><b>{html.escape(criterion_title(c))}</b> — "
            f"{html.escape(self.criteria.verdict(c))}</p>"
        ]
        for (thread, index), spans in by_reply.items():
            replies = self.trainee_replies(thread)
            if index < len(replies):
                text = replies[index]["text"]
                parts.append(
                    f'<p dir="{direction(text)}" style="margin:6px 0;">'
                    f"{highlighted_html(text, spans)}</p>"
                )
        if len(parts) == 1:
            summary = self.criteria.summary(c)
            if summary:
                parts.append(f"<p style='color:{theme.MUTED};'>{html.escape(summary)}</p>")
        self.evidence.setHtml("".join(parts))

    def show_replay(self, value: int) -> None:
        """The transcript and actions up to ``value`` seconds."""
        self.replay_time.setText(format_seconds(value))
        entries = []
        for m in self.data.get("transcript", []):
            at = m.get("at_s", 0)
            if at > value:
                continue
            mine = m.get("from") == "trainee"
            if mine:
                who = html.escape(self.trainee_name) if self.trainee_name else self.tr("You")
            else:
                who = self.tr("User")
            colour = theme.ACCENT if mine else theme.TEXT
            text = m.get("text", "")
            thread = channel_name(m.get("thread", ""))
            head = f"{format_seconds(at)} · {html.escape(thread)} · {who}"
            body = html.escape(text).replace("\n", "<br>")
            entries.append(
                (
                    at,
                    (
                        f'<p style="margin:4px 0; color:{theme.MUTED}; font-size:9pt;">{head}</p>'
                        f'<p dir="{direction(text)}" style="color:{colour}; margin:0 0 6px 0;">'
                        f"{body}</p>"
                    ),
                )
            )
        for a in self.data.get("actions", []):
            at = a.get("at_s", 0)
            if at > value:
                continue
            what = self.action_name(a.get("type", "")) + (
                f" · {a['value']}" if a.get("value") else ""
            )
            entries.append(
                (
                    at,
                    (
                        f'<p style="margin:4px 0; color:{theme.TIME_MARK};">{format_seconds(at)}'
                        f" ⚙ {html.escape(what)}</p>"
                    ),
                )
            )
        entries.sort(key=lambda e: e[0])
        self.replay.setHtml("".join(e[1] for e in entries))
        bar = self.replay.verticalScrollBar()
        bar.setValue(bar.maximum())

    def toggle_play(self) -> None:
        if self._player.isActive():
            self._player.stop()
        else:
            if self.slider.value() >= self.slider.maximum():
                self.slider.setValue(0)
            self._player.start()
        self._update_play_text()

    def _advance_replay(self) -> None:
        step = max(1, self.slider.maximum() // 100)
        self.slider.setValue(min(self.slider.maximum(), self.slider.value() + step))
        if self.slider.value() >= self.slider.maximum():
            self._player.stop()
            self._update_play_text()

    def _update_play_text(self) -> None:
        self.play_button.setText(self.tr("Pause") if self._player.isActive() else self.tr("Replay"))

    def action_name(self, action_type: str) -> str:
        """A tool action as the replay names it, in the interface language."""
        names = {
            "lookup": self.tr("Account looked up"),
            "macro": self.tr("Macro"),
            "tag": self.tr("Tag"),
            "escalate": self.tr("Escalated"),
            "request_info": self.tr("Information requested"),
            "resolve": self.tr("Conversation resolved"),
            "close": self.tr("Conversation closed"),
            "note": self.tr("Internal note"),
            "update": self.tr("Back office"),
            "status": self.tr("Status"),
        }
        return names.get(action_type, humanise(action_type))

    def suggest(self, retry: bool | None, next_title: str | None) -> None:
        """After a live attempt: Retry (the primary button when it did not pass) and Next
        (naming the suggested scenario; primary when it passed). ``retry`` None: neither."""
        self._retry = retry
        self._next_title = next_title
        self.retry_button.setVisible(retry is not None)
        self.next_button.setVisible(retry is not None and next_title is not None)
        primary = self.retry_button if retry else self.next_button
        for button in (self.retry_button, self.next_button, self.back_button):
            button.setObjectName("primary" if button is primary else "")
            button.style().unpolish(button)
            button.style().polish(button)
        if retry is None:
            self.back_button.setObjectName("primary")
            self.back_button.style().polish(self.back_button)
        self._suggest_text()

    def _suggest_text(self) -> None:
        self.retry_button.setText(self.tr("Retry this scenario"))
        if self._next_title:
            self.next_button.setText(self.tr("Next: {title}").format(title=self._next_title))
            self.next_button.setToolTip(self.tr("The next scenario you have not passed yet"))

    def retranslate(self) -> None:
        self._suggest_text()
        self.back_button.setText(self.tr("Back to the library"))
        self.evidence_title.setText(self.tr("Evidence in your replies"))
        self.metrics_title.setText(self.tr("Measures"))
        self.replay_title.setText(self.tr("Replay"))
        self._update_play_text()
        if self.data:
            self._fill()
            self.show_evidence(self.table.currentIndex().row())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
