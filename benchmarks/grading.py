"""Grading speed: 10,000 distinct reply sets against a 12-criterion rubric, on one core.

Run: ``.venv/bin/python benchmarks/grading.py``. Targets: >= 2,000 grades/s and a p99
single-grade latency under 5 ms. Prints the numbers (CPU time, with a reference loop to
compare machines), the latency of grading after each keystroke of a draft reply, and a
hash of every grade's JSON (to check that a change grades the same replies the same).
"""

from __future__ import annotations

import hashlib
import json
import random
import statistics
import sys
import time

from simulator.content.model import Check, Criterion, Rubric, Scenario, Thread
from simulator.grading.grader import Record, Reply, TakenAction, grade

GRADES = 10_000
THREADS = (Thread("main", "email"), Thread("chat", "chat"), Thread("ticket", "ticket"))
CRITERIA = (
    Criterion("greets", Check("mentions", ("{name}", "مرحبا", "hello")), weight=5),
    Criterion("empathy", Check("mentions", ("نأسف", "نعتذر", "sorry", "I understand")), weight=10),
    Criterion(
        "verifies",
        Check("mentions", ("تاريخ الميلاد", "البريد الإلكتروني المسجل", "date of birth")),
        weight=15,
    ),
    Criterion(
        "no-password",
        Check("avoids", ("كلمة المرور", "كلمة السر", "الباسورد", "password", "passcode")),
        critical=True,
        weight=0,
    ),
    Criterion(
        "no-promises",
        Check("avoids", ("نضمن لك", "تعويض", "we guarantee", "compensation")),
        weight=10,
    ),
    Criterion("arabic", Check("language", "ar"), weight=10),
    Criterion("concise", Check("length", {"min_words": 3, "max_words": 80}), weight=5),
    Criterion("case-number", Check("regex", r"\b(?:case|حاله|طلب) ?#?\d{5,}\b"), weight=5),
    Criterion("fast-chat", Check("replied_within", 60.0), weight=10, thread="chat"),
    Criterion("tagged", Check("action", {"type": "tag", "value": "account-security"}), weight=10),
    Criterion(
        "lookup-first",
        Check("order", ({"type": "lookup"}, {"type": "macro", "value": "recovery-link"})),
        weight=15,
    ),
    Criterion(
        "closes-well",
        Check("mentions", ("هل هناك شيء آخر", "anything else"), {"all": True}),
        weight=5,
        thread="main",
    ),
)
SCENARIO = Scenario("bench", "ar", "bench", "sop", 1, THREADS, (), Rubric(80, CRITERIA))
VALUES = {"name": "ليلى", "agent": "Sam"}

WORDS = str.split(
    "مرحبا ليلى نأسف لما حدث لحسابك سنرسل لك رابط الاستعادة إلى البريد الإلكتروني المسجل "
    "هل يمكنك تأكيد تاريخ الميلاد شكرا لصبرك هل هناك شيء آخر أستطيع مساعدتك به الحين "
    "ازيك يا فندم هبعتلك اللينك دلوقتي كيفك هلق بعتلك حساب بالحساب للحساب كلمة المرور "
    "hello sorry I understand your account password reset link case anything else"
)
ACTIONS = ("lookup", "macro", "tag", "escalate", "request_info", "resolve")


def reply_sets(n: int, seed: int = 1) -> list[Record]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        replies = []
        for thread in ("main", "chat", "ticket")[: rnd.randint(1, 3)]:
            for _ in range(rnd.randint(1, 2)):
                words = rnd.choices(WORDS, k=rnd.randint(8, 40))
                words.insert(rnd.randrange(len(words)), f"طلب #{10000 + i}")  # unique text
                replies.append(Reply(thread, " ".join(words), rnd.uniform(5, 120)))
        actions = [
            TakenAction(kind, "recovery-link" if kind == "macro" else "account-security")
            for kind in rnd.sample(ACTIONS, k=rnd.randint(0, 4))
        ]
        first = {"main": 0.0, "chat": 10.0, "ticket": 20.0}
        out.append(Record(tuple(replies), tuple(actions), first))
    return out


def reference_us() -> float:
    """CPU microseconds for ``sum(range(1000))`` here: about 8-12 on a typical laptop core
    of the 2020s; use it to scale the numbers from a slow or busy machine."""
    best = float("inf")
    for _ in range(20):
        t0 = time.process_time()
        for _ in range(200):
            sum(range(1000))
        best = min(best, (time.process_time() - t0) / 200)
    return best * 1e6


def typing_ms() -> tuple[float, float]:
    """p50 and p99 ms of a grade after each keystroke of a 300-character reply, with two
    other replies already sent: what the app does as the trainee types."""
    sent = (Reply("main", " ".join(WORDS[:30]), 20.0), Reply("chat", " ".join(WORDS[30:]), 30.0))
    draft = " ".join(random.Random(2).choices(WORDS, k=60))[:300]
    latencies = []
    for n in range(1, len(draft) + 1):
        record = Record((*sent, Reply("ticket", draft[:n], 40.0)), (), {"main": 0.0})
        t0 = time.process_time()
        grade(SCENARIO, None, record, VALUES)
        latencies.append(time.process_time() - t0)
    latencies.sort()
    return statistics.median(latencies) * 1000, latencies[int(0.99 * len(latencies)) - 1] * 1000


def output_hash(records: list[Record]) -> str:
    """sha256 of every grade's JSON, in order: the same number before and after a change
    means the change graded these 10,000 reply sets byte for byte as before."""
    digest = hashlib.sha256()
    for record in records:
        result = grade(SCENARIO, None, record, VALUES).to_json()
        digest.update(json.dumps(result, ensure_ascii=False, sort_keys=True).encode())
    return digest.hexdigest()


def main() -> int:
    records = reply_sets(GRADES)
    for record in records[:50]:  # warm the phrase caches, as the app is after one keystroke
        grade(SCENARIO, None, record, VALUES)
    latencies = []
    # CPU time of this process: other work on a busy machine does not count against us.
    start = time.process_time()
    wall = time.perf_counter()
    for record in records:
        t0 = time.process_time()
        grade(SCENARIO, None, record, VALUES)
        latencies.append(time.process_time() - t0)
    total = time.process_time() - start
    wall = time.perf_counter() - wall
    latencies.sort()
    rate = GRADES / total
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[int(0.99 * len(latencies)) - 1] * 1000
    replies = sum(len(r.replies) for r in records)
    print(f"grading: {GRADES} reply sets ({replies} replies), 12 criteria, one core")
    print(f"  CPU {total:.2f} s (wall clock {wall:.2f} s)")
    print(f"  reference: sum(range(1000)) takes {reference_us():.1f} us of CPU here")
    worst = latencies[-1] * 1000
    print(f"  {rate:,.0f} grades/s   p50 {p50:.3f} ms   p99 {p99:.3f} ms   max {worst:.2f} ms")
    ok = rate >= 2000 and p99 < 5.0
    print("  targets (>= 2,000/s, p99 < 5 ms):", "met" if ok else "MISSED on this machine")
    typing50, typing99 = typing_ms()
    print(f"  as the trainee types: p50 {typing50:.3f} ms   p99 {typing99:.3f} ms per grade")
    print(f"  output sha256 {output_hash(records)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
