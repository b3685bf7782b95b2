"""Reading a scenario's timeline from its file: the events, their triggers and their
``unless`` conditions."""

from __future__ import annotations

from simulator.content.keys import (
    check_keys,
    escapes,
    read_sensitivity,
)
from simulator.content.model import (
    ACTION_TYPES,
    Attachment,
    Event,
    Trigger,
    Unless,
)
from simulator.content.problems import Fields
from simulator.content.yamlfile import YMap


def read_trigger(f: Fields, m: YMap) -> Trigger | None:
    check_keys(f, m, "when")
    kinds = [k for k in ("no_reply", "reply") if k in m]
    if len(kinds) != 1:
        f.problem(m.line, "when: needs exactly one of no_reply: THREAD or reply: THREAD")
        return None
    kind = kinds[0]
    thread = f.text(m, kind, "when")
    if kind == "no_reply":
        if "mentions" in m:
            f.problem(m.line_of("mentions"), "when: mentions goes with reply:, not no_reply:")
        if "after" in m:
            f.problem(m.line_of("after"), "when: after goes with reply:, not no_reply:")
        if "for" not in m:
            f.problem(m.line, "when: no_reply needs for: DURATION (e.g. for: 60s)")
        return Trigger("no_reply", thread, f.duration(m, "for", "when", 0.0), (), m.line)
    if "for" in m:
        f.problem(m.line_of("for"), "when: for goes with no_reply:, not reply:")
    after = f.duration(m, "after", "when", 0.0) or 0.0
    return Trigger("reply", thread, None, f.texts(m, "mentions", "when"), m.line, after)


def read_timeline(f: Fields, m: YMap) -> tuple[Event, ...]:
    out: list[Event] = []
    seq = f.items(m, "timeline", "scenario")
    if "timeline" in m and not seq:
        f.problem(m.line_of("timeline"), "the timeline needs at least one message")
    attachment_ids: dict[str, int] = {}
    for i in range(len(seq)):
        item = f.entry(seq, i, "timeline event")
        if item is None:
            continue
        check_keys(f, item, "event", "timeline event")
        at_s = f.duration(item, "at", "timeline event")
        when = None
        spec = f.mapping(item, "when", "timeline event")
        if spec is not None:
            when = read_trigger(f, spec)
        if ("at" in item) == ("when" in item):
            f.problem(item.line, "a timeline event needs exactly one of at: or when:")
        attachments: list[Attachment] = []
        atts = f.items(item, "attachments", "timeline event")
        for j in range(len(atts)):
            att = f.entry(atts, j, "attachment")
            if att is None:
                continue
            check_keys(f, att, "attachment")
            aid = f.text(att, "id", "attachment")
            if aid in attachment_ids:
                f.problem(
                    att.line,
                    f"duplicate attachment id {aid!r} (first on line {attachment_ids[aid]})",
                )
            attachment_ids.setdefault(aid, att.line)
            image = f.text(att, "image", "attachment")
            if image and escapes(image):
                f.problem(
                    att.line_of("image"),
                    f"attachment {aid!r}: write the path from the repo root "
                    f"(no absolute path, no '..'), not {image!r}",
                )
                image = ""
            alt = f.text(att, "alt", "attachment")
            sens = read_sensitivity(f, att, "sensitivity", "attachment")
            step = f.opt_text(att, "needed_for_step", "attachment")
            attachments.append(Attachment(aid, image, alt, sens, att.line, step))
        thread = f.text(item, "thread", "timeline event")
        text = f.text(item, "text", "timeline event")
        labels = read_sensitivity(f, item, "sensitivity", "timeline event")
        typing = f.duration(item, "typing", "timeline event")
        out.append(
            Event(
                thread,
                text,
                at_s,
                when,
                tuple(attachments),
                item.line,
                labels,
                item.line_of("text") or item.line,
                typing,
                read_unless(f, item),
            )
        )
    return tuple(out)


def read_unless(f: Fields, m: YMap) -> tuple[Unless, ...]:
    """A timeline event's ``unless:`` conditions (a list of one-key mappings)."""
    out: list[Unless] = []
    seq = f.items(m, "unless", "timeline event")
    for i in range(len(seq)):
        item = f.entry(seq, i, "unless condition")
        if item is None:
            continue
        check_keys(f, item, "unless", "unless condition")
        kinds = [k for k in ("user_said", "agent_said", "action") if k in item]
        if len(kinds) != 1:
            f.problem(
                item.line, "an unless condition has exactly one of user_said, agent_said, action"
            )
            continue
        kind = kinds[0]
        if kind == "action":
            act = f.choice(item, "action", "unless condition", ACTION_TYPES, "")
            value = item.get("value")
            out.append(Unless("action", (), act, None if value is None else str(value), item.line))
            continue
        if "value" in item:
            f.problem(item.line_of("value"), "unless: value goes with action:")
        phrases = f.texts(item, kind, "unless condition")
        if not phrases:
            f.problem(item.line_of(kind), f"unless: {kind} needs at least one phrase")
        out.append(Unless(kind, phrases, None, None, item.line))  # type: ignore[arg-type]
    return tuple(out)
