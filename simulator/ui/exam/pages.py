"""The exam screens around the desk: the rules before, the pause between items, the end."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from simulator.exams.definition import ExamDef
from simulator.ui import theme
from simulator.ui.desk.inbox import format_seconds
from simulator.ui.itemmodel import RowTable, text_columns


def _label(name: str = "", wrap: bool = True) -> QLabel:
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


def item_cells(row: int, item: dict, titles: dict) -> tuple[str, str, str, str]:
    """An exam item's row as both the trainee's end page and the trainer's review show
    it: number, scenario title, score, result."""

    # Literal translate() calls: lupdate finds the strings only so (not through a helper).
    if item.get("status") == "not-reached":
        result = QCoreApplication.translate("EndPage", "Not reached")
    elif item.get("passed"):
        result = QCoreApplication.translate("EndPage", "Passed")
    else:
        result = QCoreApplication.translate("EndPage", "Failed")
    if item.get("status") != "not-reached" and item.get("critical_failed"):
        result += " · " + QCoreApplication.translate("EndPage", "critical")
    sid = str(item.get("scenario"))
    return str(row + 1), titles.get(sid, sid), f"{float(item.get('score') or 0):.0f}%", result


def failed_rules(grade: dict) -> list[str]:
    """The pass rules a sitting failed, in the interface language (the core's ``reasons``
    are English sentences)."""
    names = {
        "mean score": QCoreApplication.translate(
            "EndPage", "the mean score is below the pass mark"
        ),
        "not passed": QCoreApplication.translate("EndPage", "an item did not pass"),
        "a critical": QCoreApplication.translate("EndPage", "a critical mistake was made"),
    }
    return [
        next((t for k, t in names.items() if str(r).startswith(k)), str(r))
        for r in grade.get("reasons", ())
    ]


class Page(QWidget):
    """A centred column with a title, a body and a row of buttons."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.title = _label("title")
        self.body = _label()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.column = QVBoxLayout()
        self.column.addWidget(self.title)
        self.column.addWidget(self.body)
        holder = QWidget()
        holder.setMaximumWidth(860)
        holder.setLayout(self.column)
        inner = QWidget()
        inner.setObjectName("screen")
        row = QHBoxLayout(inner)
        row.setContentsMargins(32, 12, 32, 12)
        row.addStretch(1)
        row.addWidget(holder, 4)
        row.addStretch(1)
        # Scrolls rather than growing the window (a long verdict on a small screen).
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.column.addLayout(self.buttons)
        self.column.addStretch(1)

    def button(self, primary: bool = False) -> QPushButton:
        b = QPushButton()
        if primary:
            b.setObjectName("primary")
        self.buttons.addWidget(b)
        return b


class IntroPage(Page):
    """Before the first item: the rules, the time, skip-and-swap, pauses."""

    begin = Signal()
    cancel = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cancel_button = self.button()
        self.begin_button = self.button(primary=True)
        self.cancel_button.clicked.connect(self.cancel.emit)
        self.begin_button.clicked.connect(self.begin.emit)

    def show_exam(
        self, exam: ExamDef, items: int, language: str, rules=None, extra_s: float = 0.0
    ) -> None:
        """The exam's rules; ``rules`` (``attempts.sittings.MayStart``) says whether this
        person may begin now, ``extra_s`` their extra time."""
        may = rules
        rules = exam.pass_rules
        points = [
            self.tr("{n} items, played one after the other at the support desk.").format(n=items),
            self.tr(
                "{m} minutes for the whole exam. The exam timer stays on screen; "
                "when it runs out, the item being played ends and the exam is graded."
            ).format(m=round(exam.time_limit_s / 60)),
            self.tr(
                "The exam clock is real time: it keeps running if you sign out or close "
                "Frontline, and a sitting whose time ran out is graded on what you sent."
            ),
            self.tr("To pass: a mean score of at least {n}%.").format(n=f"{rules.mean_score:g}"),
        ]
        if rules.every_scenario:
            points.append(self.tr("Every item must also pass on its own."))
        if rules.no_critical_failure:
            points.append(self.tr("A critical mistake in any item fails the exam."))
        points += [
            self.tr(
                "Before a sensitive item you get a briefing. If the exam has an equivalent "
                "lighter item you may take it instead: it is recorded as a swap, "
                "with no penalty."
            ),
            self.tr(
                "The exam clock stops while a briefing is open and during a break between "
                "items. During an item, Pause / support hides the case and stops the clock "
                "for up to {m} minutes in all. Pausing never affects a grade."
            ).format(m=round(exam.support_pause_limit_s / 60)),
            self.tr("Scores are shown at the end, not after each item."),
        ]
        if extra_s > 0:
            points.append(
                self.tr("You have {m} minutes of extra time on this exam.").format(
                    m=round(extra_s / 60)
                )
            )
        if may is not None and may.allowed is not None:
            points.append(
                self.tr("Sittings used: {used} of {allowed}.").format(
                    used=may.used, allowed=may.allowed
                )
            )
        refusal = ""
        if may is not None and not may.ok:
            if may.code == "max-attempts":
                refusal = self.tr("You have used every sitting this exam allows.")
            elif may.code == "cooldown" and may.next_at is not None:
                when = may.next_at.astimezone().strftime("%Y-%m-%d %H:%M")
                refusal = self.tr("You can sit this exam again from {when}.").format(when=when)
            else:
                refusal = self.tr("A sitting of this exam is still open: resume it instead.")
        self.title.setText(exam.title.get(language))
        body = (
            "<ul>"
            + "".join(f"<li style='margin:6px'>{html.escape(p)}</li>" for p in points)
            + "</ul>"
        )
        if refusal:
            body += f"<p style='font-weight:700'>{html.escape(refusal)}</p>"
        self.body.setText(body)
        self.refusal = refusal
        self.begin_button.setEnabled(not refusal)
        self.cancel_button.setText(self.tr("Back"))
        self.begin_button.setText(self.tr("Begin the exam"))


class BetweenPage(Page):
    """Between items: continue, or take a break (the exam clock stops)."""

    go_on = Signal()
    take_break = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.clock = _label("chip", wrap=False)
        self.column.insertWidget(1, self.clock, 0, Qt.AlignmentFlag.AlignLeading)
        self.break_button = self.button()
        self.continue_button = self.button(primary=True)
        self.break_button.clicked.connect(self.take_break.emit)
        self.continue_button.clicked.connect(self.go_on.emit)
        self.on_break = False

    def show_state(
        self, done: int, total: int, remaining_s: float, on_break: bool, resumed: bool = False
    ) -> None:
        self.on_break = on_break
        if done == 0 or resumed:
            text = self.tr("Item {n} of {total} is next")
            self.title.setText(text.format(n=done + 1, total=total))
        else:
            self.title.setText(
                self.tr("Item {n} of {total} done — take a break or continue").format(
                    n=done, total=total
                )
            )
        if on_break:
            body = self.tr("On a break. The exam clock is stopped; continue when you are ready.")
        else:
            body = self.tr(
                "The exam clock is running. A break stops it; your score is shown at the end."
            )
        self.body.setText(html.escape(body))
        self.update_clock(remaining_s)
        self.break_button.setText(self.tr("Take a break"))
        self.break_button.setVisible(not on_break)
        self.continue_button.setText(
            self.tr("End the break and continue") if on_break else self.tr("Continue")
        )

    def update_clock(self, remaining_s: float) -> None:
        self.clock.setText(self.tr("Exam time left {t}").format(t=format_seconds(remaining_s)))


class EndPage(Page):
    """The verdict, each item's score with a link to its results, the certificate."""

    open_item = Signal(int)  # an item's attempt id
    save_certificate = Signal()
    back = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.verdict = _label()
        self.column.insertWidget(1, self.verdict)
        self.items = RowTable(
            text_columns(
                lambda: self.tr("Item"),
                lambda: self.tr("Scenario"),
                lambda: self.tr("Score"),
                lambda: self.tr("Result"),
                lambda: "",
            ),
            alternate=True,
        )
        self.items.doubleClicked.connect(self._open)
        self.column.insertWidget(3, self.items)
        self.hint = _label("muted")
        self.column.insertWidget(4, self.hint)
        self.card = QFrame()
        self.card.setObjectName("card")
        self.card.setStyleSheet(
            f"QFrame#card {{ background: {theme.SURFACE}; border: 2px solid {theme.ACCENT};"
            " border-radius: 8px; }"
        )
        self.certificate = _label()
        self.certificate.setTextFormat(Qt.TextFormat.RichText)
        self.certificate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card = QVBoxLayout(self.card)
        card.setContentsMargins(20, 14, 20, 14)
        card.addWidget(self.certificate)
        self.column.insertWidget(5, self.card)
        self.save_button = self.button(primary=True)
        self.back_button = self.button()
        self.save_button.clicked.connect(self.save_certificate.emit)
        self.back_button.clicked.connect(self.back.emit)
        self.attempt_ids: list[int | None] = []

    def _fit_items(self) -> None:
        """Tall enough for every item: the list is short and must not scroll."""
        table = self.items
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        height = table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 4
        table.setFixedHeight(height)

    def _open(self, index) -> None:
        attempt_id = self.attempt_ids[index.row()]
        if attempt_id is not None:
            self.open_item.emit(attempt_id)

    def show_result(self, title: str, grade: dict, titles: dict, certificate=None) -> None:
        """``grade``: the sitting's stored result (``ExamSitting.to_json`` + dates)."""
        passed = bool(grade.get("passed"))
        self.title.setText(title)
        colour = theme.PASS if passed else theme.FAIL
        head = self.tr("Passed") if passed else self.tr("Not passed")
        score = self.tr("Score {score}% (needed {need}%)").format(
            score=f"{float(grade.get('score') or 0):g}",
            need=f"{float(grade.get('rules', {}).get('mean_score', 0)):g}",
        )
        lines = [f"<span style='font-size:20pt;font-weight:700;color:{colour}'>{head}</span>"]
        lines.append(f"<span style='font-size:13pt'>{html.escape(score)}</span>")
        if grade.get("time_up"):
            lines.append(html.escape(self.tr("The time ran out; items not reached score 0.")))
        failed = failed_rules(grade)
        if failed:
            lines.append(html.escape(self.tr("Not passed because: ") + "; ".join(failed)))
        self.verdict.setText("<br>".join(lines))
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        items = list(grade.get("items", ()))
        self.attempt_ids = [i.get("attempt_id") for i in items]
        rows = []
        for row, item in enumerate(items):
            note = self.tr("swapped (no penalty)") if item.get("swapped_from") else ""
            rows.append((*item_cells(row, item, titles), note))
        self.items.set_rows(rows)
        self.items.retranslate()
        self._fit_items()
        self.hint.setText(self.tr("Double-click an item to see its results and evidence."))
        self.card.setVisible(certificate is not None)
        self.save_button.setVisible(certificate is not None)
        if certificate is not None:
            c = certificate
            facts = [
                (self.tr("Certificate"), c.id),
                (self.tr("Awarded to"), c.person_name),
                (self.tr("Score"), f"{c.score:g}%"),
                (self.tr("Issued"), c.issued.isoformat()),
                (self.tr("Valid until"), c.valid_until.isoformat()),
                (self.tr("Verification code"), c.code),
            ]
            cells = [
                f"<td valign='middle' style='padding:2px 12px;color:{theme.MUTED}'>{html.escape(k)}"
                f"</td><td valign='middle' style='padding:2px 36px 2px 4px'>"
                f"<b>{html.escape(v)}</b></td>"
                for k, v in facts
            ]
            # Two facts a row: the whole certificate fits beside the verdict on one screen.
            body = "".join(f"<tr>{cells[i]}{cells[i + 1]}</tr>" for i in range(0, 6, 2))
            heading = html.escape(self.tr("Certificate of achievement"))
            self.certificate.setText(
                f"<div style='font-size:14pt;font-weight:700;color:{theme.ACCENT}'>{heading}</div>"
                f"<table>{body}</table>"
            )
        self.save_button.setText(self.tr("Save certificate…"))
        self.back_button.setText(self.tr("Back to the exams"))
