"""Highlights: the spans of one reply that a grade's evidence points at."""

from simulator.content.model import Check, Criterion, Rubric, Scenario, Thread
from simulator.grading.evidence import Highlight, highlights
from simulator.grading.grader import Record, Reply, grade

CRITERIA = (
    Criterion("greets", Check("mentions", ("{name}",))),
    Criterion("no-password", Check("avoids", ("password", "كلمة المرور")), critical=True, weight=0),
    Criterion("case-number", Check("regex", r"\d{5}")),
    Criterion("apology", Check("mentions", ("sorry",)), thread="chat"),
)
SCENARIO = Scenario(
    "s",
    "en",
    "t",
    "sop",
    1,
    (Thread("main", "email"), Thread("chat", "chat")),
    (),
    Rubric(80, CRITERIA),
)


def test_highlights_of_one_reply_in_text_order():
    first = "Hi Lina, case 12345: send your pasword"
    record = Record((Reply("main", "hello"), Reply("main", first), Reply("chat", "Sorry Lina")))
    g = grade(SCENARIO, None, record, {"name": "Lina"})
    marks = highlights(g, "main", 1)
    assert [(first[h.start : h.end], h.kind, h.criterion) for h in marks] == [
        ("Lina", "found", "greets"),
        ("12345", "found", "case-number"),
        ("pasword", "forbidden", "no-password"),
    ]
    assert marks[-1].fuzzy is True
    assert highlights(g, "chat", 0) == [Highlight(0, 5, "found", "apology")]
    assert highlights(g, "main", 0) == []
