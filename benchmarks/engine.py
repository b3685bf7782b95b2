"""Benchmark: a session with 3 threads and 500 timeline events played to the end.

Drives the Session as the desk does: ``advance()`` on a timer tick every 100 ms of
session time, a trainee reply every 20 s on a rotating thread, resolve at the end.
Reports the cost of ``advance()`` (p50, p99, max) and of ``reply()``. Target: p99 < 1 ms.

    .venv/bin/python benchmarks/engine.py
"""

from __future__ import annotations

import statistics
import time

from simulator.clock import SimulatedClock
from simulator.content.model import SOP, Action, Event, LocalText, Rubric, Scenario, Thread, Trigger
from simulator.engine import Session

THREADS = ("mail", "chat", "form")


def build(events: int = 500) -> Scenario:
    timeline: list[Event] = []
    for i in range(events):
        thread = THREADS[i % 3]
        if i % 10 == 3:
            trigger = Trigger("no_reply", thread, for_s=30.0 + i % 7)
            timeline.append(Event(thread, f"still waiting {i}", when=trigger))
        elif i % 10 == 7:
            trigger = Trigger("reply", thread, mentions=(f"code {i}", "verification code"))
            timeline.append(Event(thread, f"thanks {i}", when=trigger))
        else:
            timeline.append(Event(thread, f"message {i} from {{name}}", at_s=i * 6.0))
    return Scenario(
        id="bench",
        language="en",
        title="Benchmark",
        sop="s",
        difficulty=1,
        threads=(Thread("mail", "email"), Thread("chat", "chat"), Thread("form", "ticket")),
        timeline=tuple(timeline),
        rubric=Rubric(80, ()),
        time_limit_s=4 * 3600.0,
    )


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def main() -> None:
    scenario = build()
    sop = SOP(id="s", version=1, title=LocalText("S", "S"))
    clock = SimulatedClock()
    session = Session(scenario, sop, seed=1, clock=clock, persona={"name": "Mona"})
    advance_ms: list[float] = []
    advance_cpu_ms: list[float] = []  # CPU time: the wall-clock max includes OS scheduling
    reply_ms: list[float] = []
    delivered = 0
    tick, t = 0.1, 0.0
    end = 3000.0
    started = time.perf_counter()
    while t < end and not session.ended:
        t = round(t + tick, 3)
        clock.set(t)
        t0, c0 = time.perf_counter(), time.thread_time()
        delivered += sum(1 for e in session.advance() if e.kind == "message")
        advance_ms.append((time.perf_counter() - t0) * 1000)
        advance_cpu_ms.append((time.thread_time() - c0) * 1000)
        if int(t * 10) % 200 == 0:  # every 20 s
            thread = THREADS[int(t // 20) % 3]
            t0 = time.perf_counter()
            session.reply(thread, "Hello {name}, here is the verification code")
            reply_ms.append((time.perf_counter() - t0) * 1000)
    session.act(Action("resolve"))
    session.run_on()
    total = time.perf_counter() - started
    messages = sum(1 for m in session.messages if m.sender == "user")
    print(f"engine: 3 threads, {len(scenario.timeline)} events, {messages} user messages")
    print(
        f"  advance(): {len(advance_ms)} calls  p50 {statistics.median(advance_ms):.4f} ms  "
        f"p99 {pct(advance_ms, 99):.4f} ms  max {max(advance_ms):.4f} ms"
    )
    cpu_p99, cpu_max = pct(advance_cpu_ms, 99), max(advance_cpu_ms)
    print(f"  advance() CPU time: p99 {cpu_p99:.4f} ms  max {cpu_max:.4f} ms")
    print(
        f"  reply():   {len(reply_ms)} calls  p50 {statistics.median(reply_ms):.4f} ms  "
        f"p99 {pct(reply_ms, 99):.4f} ms  max {max(reply_ms):.4f} ms"
    )
    print(f"  whole session: {total:.2f} s wall time; ended: {session.end_reason}")
    status = "OK" if pct(advance_ms, 99) < 1.0 else "OVER TARGET"
    print(f"  target advance() p99 < 1 ms: {status}")


if __name__ == "__main__":
    main()
