"""A trainee's dispute of one criterion of a finished attempt: the rules, and the rubric
example a resolved dispute becomes.

- A trainee may dispute each criterion of their own finished attempt once, with a
  reason, within the dispute window after the attempt ended. The window is set by an
  admin (``dispute_window_days`` in the store's policy settings; default
  ``DEFAULT_WINDOW_DAYS``). Time comes from the caller's clock.
- An exam item's criteria may be disputed only where the exam shows them to the trainee
  (its ``review`` level, kept in the sitting's ``begin`` event: ``CRITERIA_SHOWN``); under
  ``review: score`` the criteria are not the trainee's to see, so a guessed criterion id
  is refused as unknown (no oracle for the answer key).
- A trainer (not the trainee) resolves it: **upheld** (the verdict of the criterion
  stands) or **overturned** (the criterion's verdict flips: stored as a trainer's
  override of that criterion, so the verdict of record changes through
  ``simulator.grading.verdict``), with a reason.
- A resolved dispute can be exported as an ``examples:`` entry of the scenario's rubric
  (docs/scenario-format.md): the trainee's replies and actions, the verdict of record,
  and the criterion in ``fails`` when it failed. ``simulator validate`` then checks that
  the grader gives that verdict: a contested verdict becomes a regression test.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from typing import Any

DEFAULT_WINDOW_DAYS = 7
MAX_WINDOW_DAYS = 365
UPHELD, OVERTURNED = "upheld", "overturned"
OUTCOMES = (UPHELD, OVERTURNED)
MAX_REASON = 2000
CRITERIA_SHOWN = ("criteria", "evidence")  # exam review levels that show the criteria


def window_closes(ended_at: dt.datetime, window_days: int) -> dt.datetime:
    """When the dispute window of an attempt that ended at ``ended_at`` closes."""
    return ended_at + dt.timedelta(days=window_days)


def window_open(ended_at: dt.datetime, now: dt.datetime, window_days: int) -> bool:
    """Whether an attempt that ended at ``ended_at`` may still be disputed ``now``."""
    return ended_at <= now + dt.timedelta(minutes=5) and now < window_closes(ended_at, window_days)


def check_window_days(days: Any) -> int:
    """A valid window (whole days, 0 to ``MAX_WINDOW_DAYS``; 0: no disputes), or
    ValueError saying what is wrong."""
    if isinstance(days, bool) or not isinstance(days, int):
        raise ValueError(f"the dispute window is a whole number of days, not {days!r}")
    if not 0 <= days <= MAX_WINDOW_DAYS:
        raise ValueError(f"the dispute window is 0 to {MAX_WINDOW_DAYS} days, not {days}")
    return days


def criterion_passed(grade: Mapping[str, Any], criterion_id: str) -> bool | None:
    """The criterion's pass/fail in ``grade`` (None: no such criterion)."""
    for c in grade.get("criteria") or ():
        if isinstance(c, Mapping) and c.get("id") == criterion_id:
            return bool(c.get("passed"))
    return None


def example_entry(
    transcript: Sequence[Mapping[str, Any]],
    actions: Sequence[Mapping[str, Any]],
    *,
    verdict_passed: bool,
    criterion_id: str,
    criterion_passed: bool,
) -> dict[str, Any]:
    """The ``examples:`` entry: the trainee's replies per thread in order, their
    accepted actions, the verdict of record, and ``fails`` with the criterion when it
    failed and the verdict is a fail (``fails`` goes with ``verdict: fail`` only)."""
    replies: dict[str, Any] = {}
    for m in transcript:
        if m.get("from") == "trainee" and m.get("thread") and m.get("text") is not None:
            replies.setdefault(str(m["thread"]), []).append(str(m["text"]))
    entry: dict[str, Any] = {"verdict": "pass" if verdict_passed else "fail"}
    entry["replies"] = {t: r[0] if len(r) == 1 else r for t, r in replies.items()}
    acts = []
    for a in actions:
        if not a.get("type"):
            continue
        act: dict[str, Any] = {"type": str(a["type"])}
        if a.get("value") is not None:
            act["value"] = str(a["value"])
        if a.get("thread") is not None:
            act["thread"] = str(a["thread"])
        acts.append(act)
    if acts:
        entry["actions"] = acts
    if not verdict_passed and not criterion_passed:
        entry["fails"] = [criterion_id]
    return entry


def example_yaml(entry: Mapping[str, Any], comments: Sequence[str] = ()) -> str:
    """``entry`` as a YAML list item indented by two spaces, as the library's scenarios
    are, to paste as it is at the end of the scenario's ``examples:``; after
    ``comments`` (one ``#`` line each)."""
    from ruamel.yaml import YAML  # only for an export, not at start-up

    yaml = YAML()
    yaml.allow_unicode = True
    yaml.default_flow_style = False
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    yaml.dump([dict(entry)], out)
    lines = [f"# {c}".rstrip() for text in comments for c in text.splitlines()]
    return "\n".join([*lines, out.getvalue().rstrip("\n")]) + "\n"
