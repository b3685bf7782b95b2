"""The validator's rules that need more than one file: a scenario against its SOP, its
persona, its attachments and its own examples (run through the grader).

Each rule takes a ``Fields`` (the scenario's file, collecting problems) and reports
``file:line: message`` problems; none raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from simulator.content.library import find_attachment, repo_root
from simulator.content.media import media_problems
from simulator.content.model import SOP, Criterion, Scenario
from simulator.content.persona import faker_for, has_method, known_locale, make_persona
from simulator.content.placeholders import DEFAULT_AGENT, names
from simulator.content.problems import Fields, did_you_mean
from simulator.errors import ContentError
from simulator.grading.grader import (
    STUFFING_ID,
    criteria_of,
    expand_terms,
    grade,
    record_from_example,
)
from simulator.grading.language import detect_language
from simulator.grading.matching import find_any

EXAMPLE_SEED = 1
EXAMPLE_AGENT = DEFAULT_AGENT
ARABIC_FIELDS = frozenset({"name", "first_name", "last_name", "city"})
_LATIN = re.compile(r"[A-Za-z]")


# A library repeats the same messages and image paths across many scenarios.
_language_of = lru_cache(maxsize=4096)(detect_language)


@lru_cache(maxsize=8192)
def _names(text: str) -> tuple[str, ...]:
    """The distinct placeholder names of ``text``, in order."""
    return tuple(dict.fromkeys(names(text)))


def _texts(
    sc: Scenario, sop: SOP | None, lines: Mapping[tuple[object, ...], int] | None = None
) -> Iterator[tuple[int, str, str]]:
    """Every text of the scenario that may hold placeholders: (line, what, text).
    ``lines`` gives the line of a thread's subject or field and of an example's replies
    (see ``text_lines``); without it those are reported at their item's first line."""
    at = lines or {}
    for t in sc.threads:
        if t.subject:
            yield at.get(("subject", t.id), t.line), f"thread {t.id!r} subject", t.subject
        for key, value in t.fields.items():
            yield at.get(("field", t.id, key), t.line), f"thread {t.id!r} field {key!r}", value
    for ev in sc.timeline:
        yield ev.text_line or ev.line, "message", ev.text
        if ev.when is not None:
            for phrase in ev.when.mentions:
                yield ev.when.line, "when: mentions", phrase
        for att in ev.attachments:
            yield att.line, f"attachment {att.id!r} alt", att.alt
    for c in criteria_of(sc, sop):
        line = c.check.line if c in sc.rubric.criteria else sc.rubric.line
        if c.check.kind in ("mentions", "avoids"):
            for phrase in c.check.value:
                yield line, f"criterion {c.id!r}", phrase
        elif c.check.kind == "regex":
            yield line, f"criterion {c.id!r}", c.check.value
    for i, ex in enumerate(sc.examples):
        for thread, texts in ex.replies.items():
            for text in texts:
                yield at.get(("reply", ex.line, thread), ex.line), f"example #{i + 1} reply", text


def text_lines(data: Mapping[str, object]) -> dict[tuple[object, ...], int]:
    """The lines of the texts ``Scenario`` keeps no line for: each thread's ``subject``
    and form fields, and each example's replies per thread (keyed by the example's line)."""
    from simulator.content.yamlfile import YList, YMap

    out: dict[tuple[object, ...], int] = {}
    threads = data.get("threads")
    if isinstance(threads, YList):
        for item in threads:
            if not isinstance(item, YMap):
                continue
            tid = item.get("id")
            if not isinstance(tid, str):  # a bad id is reported by the loader
                continue
            if "subject" in item:
                out[("subject", tid)] = item.line_of("subject")
            form = item.get("fields")
            if isinstance(form, YMap):
                for key in form:
                    out[("field", tid, str(key))] = form.line_of(key)
    examples = data.get("examples")
    if isinstance(examples, YList):
        for i, item in enumerate(examples):
            if not isinstance(item, YMap):
                continue
            replies = item.get("replies")
            if isinstance(replies, YMap):
                for thread in replies:
                    out[("reply", examples.line_of(i), str(thread))] = replies.line_of(thread)
    return out


def check_placeholders(
    f: Fields, sc: Scenario, sop: SOP | None, lines: Mapping[tuple[object, ...], int] | None = None
) -> None:
    """Every ``{placeholder}`` is a persona field or ``agent``, reported at the line of
    the text that uses it."""
    known = {"agent", *(sc.persona.fields if sc.persona else ())}
    for line, what, text in _texts(sc, sop, lines):
        for name in _names(text):
            if name not in known:
                fields = ", ".join(sorted(known))
                hint = did_you_mean("{" + name + "}", ["{" + k + "}" for k in sorted(known)])
                f.problem(
                    line,
                    f"{what} uses {{{name}}}, which is not a persona field{hint}; known: {fields}",
                )


def check_macro_placeholders(f: Fields, sc: Scenario, sop: SOP, line: int) -> None:
    """A warning for each SOP macro placeholder this scenario's persona cannot fill
    (the macro would reach the user with ``{name}`` in it)."""
    known = {"agent", *(sc.persona.fields if sc.persona else ())}
    for macro in sop.macros:
        text = macro.text.get(sc.language)
        missing = [n for n in dict.fromkeys(names(text)) if n not in known]
        if missing:
            fields = ", ".join("{" + n + "}" for n in missing)
            f.problem(
                line,
                f"macro {macro.id!r} of SOP {sop.id!r} uses {fields}, which this "
                "scenario's persona does not have",
                "warning",
            )


def check_persona(
    f: Fields, sc: Scenario, lines: Mapping[str, int] | None = None
) -> dict[str, str]:
    """The Faker locale and methods exist; an ``ar`` persona's names and city are Arabic.
    ``lines`` gives the line of each field (and of ``locale``). Returns the persona for
    ``EXAMPLE_SEED`` ({} when it cannot be made)."""
    spec = sc.persona
    if spec is None:
        return {}
    lines = lines or {}
    if not known_locale(spec.locale):
        f.problem(
            lines.get("locale", spec.line),
            f"persona locale {spec.locale!r} is not a Faker locale (e.g. ar_EG, en_US)",
        )
        return {}
    faker_for(spec.locale)
    bad = False
    for name, method in spec.fields.items():
        if not has_method(spec.locale, method):
            f.problem(
                lines.get(name, spec.line),
                f"persona field {name!r}: Faker {spec.locale} has no method {method!r}",
            )
            bad = True
    if bad:
        return {}
    try:
        persona = make_persona(spec, EXAMPLE_SEED)
    except ContentError as exc:
        f.problem(spec.line, f"{exc.where}: {exc.what}")
        return {}
    if sc.language == "ar":
        for name, method in spec.fields.items():
            if (name in ARABIC_FIELDS or method in ARABIC_FIELDS) and _LATIN.search(persona[name]):
                f.problem(
                    lines.get(name, spec.line),
                    f"persona field {name!r} comes out in Latin letters "
                    f"({persona[name]!r}) in an ar scenario; "
                    "use an Arabic locale such as ar_EG",
                    "warning",
                )
    return persona


def check_attachments(f: Fields, sc: Scenario, scenario_path: Path) -> None:
    """Every attachment's image exists (see ``library.find_attachment``)."""
    for ev in sc.timeline:
        for att in ev.attachments:
            if not att.image:
                continue
            # An absolute or ".." path is refused by the loader (and blanked).
            if find_attachment(scenario_path, att.image) is None:
                root = repo_root(scenario_path)
                f.problem(att.line, f"attachment {att.id!r}: no file {att.image} under {root}")


def check_media(f: Fields, sc: Scenario, sop: SOP | None) -> None:
    for line, message in media_problems(sc, sop):
        f.problem(line, message)


def check_events(f: Fields, sc: Scenario) -> None:
    """Conditional events that can never fire."""
    declared = {t.id for t in sc.threads}
    first_at: dict[str, float] = {}
    for ev in sc.timeline:
        if ev.at_s is not None:
            first_at[ev.thread] = min(ev.at_s, first_at.get(ev.thread, ev.at_s))
    for ev in sc.timeline:
        trig = ev.when
        if trig is None or trig.thread not in declared:
            continue  # an undeclared thread is reported by the loader
        others = [e for e in sc.timeline if e.thread == trig.thread and e is not ev]
        if trig.kind == "no_reply" and not others:
            f.problem(
                trig.line,
                f"when: no_reply on thread {trig.thread!r} can never fire: "
                "the user never writes on that thread",
            )
        elif (
            trig.kind == "no_reply"
            and trig.for_s is not None
            and first_at.get(trig.thread, 0.0) + trig.for_s > sc.time_limit_s
        ):
            f.problem(
                trig.line,
                f"when: no_reply for {trig.for_s:g}s can never fire: the scenario's "
                f"time_limit ({sc.time_limit_s:g}s) ends first",
            )
    for t in sc.threads:
        if not any(e.thread == t.id for e in sc.timeline):
            f.problem(t.line, f"thread {t.id!r} has no user message", "warning")


def check_language(f: Fields, sc: Scenario, persona: dict[str, str]) -> None:
    """An ``ar`` scenario's user writes Arabic (Arabizi and mixed count; English does not)."""
    if sc.language != "ar" or not sc.timeline:
        return
    from simulator.content.placeholders import fill

    detected = [(ev, _language_of(fill(ev.text, persona))) for ev in sc.timeline]
    if not any(lang in ("ar", "mixed", "arabizi") for _, lang in detected):
        f.problem(
            sc.timeline[0].line,
            "language is ar but none of the user's messages is in Arabic",
        )


def _refs(c: Criterion) -> Iterator[tuple[str, str | None]]:
    if c.check.kind == "action":
        value = c.check.value
        yield value.get("type"), value.get("value")
    elif c.check.kind == "order":
        for step in c.check.value:
            yield step.get("type"), step.get("value")


def check_sop_refs(f: Fields, sc: Scenario | None, sop: SOP, line_of_sop: int = 0) -> None:
    """Escalation teams and macro ids used in criteria and examples exist in the SOP."""
    teams, macros = set(sop.teams), {m.id for m in sop.macros}

    def need(kind: str | None, value: str | None, line: int, what: str) -> None:
        if value is None:
            return
        if kind == "escalate" and value not in teams:
            listed = ", ".join(sop.teams) or "none"
            hint = did_you_mean(value, teams)
            f.problem(
                line,
                f"{what} escalates to {value!r}, not a team of SOP {sop.id!r}{hint} ({listed})",
            )
        elif kind == "macro" and value not in macros:
            listed = ", ".join(sorted(macros)) or "none"
            hint = did_you_mean(value, sorted(macros))
            f.problem(
                line, f"{what} uses macro {value!r}, not one of SOP {sop.id!r}{hint} ({listed})"
            )

    crits = sc.rubric.criteria if sc is not None else sop.criteria
    for c in crits:
        for kind, value in _refs(c):
            need(kind, value, c.check.line or c.line, f"criterion {c.id!r}")
    if sc is None:
        return
    for i, ex in enumerate(sc.examples):
        for a in ex.actions:
            need(a.type, a.value, ex.line, f"example #{i + 1}")


def check_terms(f: Fields, sc: Scenario | None, sop: SOP, line_of_sop: int = 0) -> None:
    """Every ``@term`` in a phrase check (and in the SOP's tone list) is a term of the
    SOP, with a "did you mean" hint."""
    import difflib

    from simulator.content.sop_loader import TERM_REF

    def need(phrase: str, line: int, what: str) -> None:
        m = TERM_REF.match(phrase.strip())
        if not phrase.strip().startswith("@"):
            return
        name = m.group(1) if m else phrase.strip()[1:]
        if name in sop.terms:
            return
        close = difflib.get_close_matches(name, list(sop.terms), n=1, cutoff=0.6)
        hint = f" (did you mean '@{close[0]}'?)" if close else ""
        known = ", ".join("@" + t for t in sorted(sop.terms)) or "none"
        f.problem(
            line, f"{what} uses {phrase!r}, not a term of SOP {sop.id!r}{hint}; terms: {known}"
        )

    crits = sc.rubric.criteria if sc is not None else sop.criteria
    for c in crits:
        if c.check.kind in ("mentions", "avoids"):
            for phrase in c.check.value:
                need(phrase, c.check.line or c.line, f"criterion {c.id!r}")
    if sc is None:
        for phrase in sop.tone:
            need(phrase, line_of_sop, "tone")


def _scope_overlaps(avoid: Criterion, other: Criterion) -> bool:
    return avoid.thread is None or avoid.thread == other.thread


def _contradicts(
    a: Criterion, b: Criterion, terms: Mapping[str, tuple[str, ...]] | None = None
) -> bool:
    """Whether ``a`` and ``b`` can never both pass."""
    terms = terms or {}
    ka, kb = a.check.kind, b.check.kind
    if ka == "language" and kb == "language":
        return a.check.value != b.check.value and (
            a.thread == b.thread or None in (a.thread, b.thread)
        )
    if ka == "avoids" and kb == "mentions":
        a, b = b, a
        ka, kb = kb, ka
    if ka == "mentions" and kb == "avoids" and _scope_overlaps(b, a):
        avoided = tuple(expand_terms(b.check.value, terms))
        hits = [find_any(avoided, p) is not None for p in expand_terms(a.check.value, terms)]
        return any(hits) if a.check.options.get("all") else all(hits)
    return False


def check_reachable(f: Fields, sc: Scenario, sop: SOP | None) -> None:
    """The rubric's weights can reach the pass mark (no two criteria contradict so that
    the best possible reply stays under it, and no critical criterion is impossible)."""
    crits = criteria_of(sc, sop)
    total = sum(c.weight for c in crits)
    for i, a in enumerate(crits):
        for b in crits[i + 1 :]:
            if not _contradicts(a, b, sop.terms if sop is not None else None):
                continue
            line = max(a.line, b.line) or sc.rubric.line
            if a.critical or b.critical:
                f.problem(
                    line,
                    f"criteria {a.id!r} and {b.id!r} contradict each other and one is "
                    "critical: no reply can pass this scenario",
                )
                continue
            best = 100.0 * (total - min(a.weight, b.weight)) / total if total else 100.0
            if best < sc.rubric.pass_mark:
                f.problem(
                    line,
                    f"criteria {a.id!r} and {b.id!r} contradict each other: the best score "
                    f"is {best:.0f}, under the pass mark {sc.rubric.pass_mark:g}",
                )


def check_examples(f: Fields, sc: Scenario, sop: SOP | None, persona: dict[str, str]) -> None:
    """Each example behaves as it says when graded."""
    # no-keyword-stuffing is reported only when the stuffing guard fires (docs/grading.md)
    known = {c.id for c in criteria_of(sc, sop)} | {STUFFING_ID}
    values = {**persona, "agent": EXAMPLE_AGENT}
    for i, ex in enumerate(sc.examples):
        what = f"example #{i + 1} (verdict: {ex.verdict})"
        unknown = [c for c in ex.fails if c not in known]
        if unknown:
            f.problem(ex.line, f"{what}: fails names unknown criteria: {', '.join(unknown)}")
        try:
            result = grade(sc, sop, record_from_example(ex, values), values)
        except ContentError as exc:
            f.problem(ex.line, f"{what} cannot be graded: {exc.what}")
            continue
        failed = [r for r in result.criteria if r.applicable and not r.passed]
        failed_ids = ", ".join(r.id + (" (critical)" if r.critical else "") for r in failed)
        if ex.verdict == "pass" and not result.passed:
            f.problem(
                ex.line,
                f"{what} fails: score {result.score:g} (pass mark {result.pass_mark:g}); "
                f"failed: {failed_ids or 'none'}",
            )
        elif ex.verdict == "fail" and result.passed:
            f.problem(ex.line, f"{what} passes: score {result.score:g}; it should fail")
        for cid in ex.fails:
            if cid not in known:
                continue
            try:
                r = result.criterion(cid)
            except KeyError:  # the stuffing guard did not fire: its criterion passed
                f.problem(
                    ex.line, f"{what}: criterion {cid!r} passes but the example says it fails"
                )
                continue
            if not r.applicable:
                f.problem(ex.line, f"{what}: criterion {cid!r} cannot be judged without a clock")
            elif r.passed:
                f.problem(
                    ex.line, f"{what}: criterion {cid!r} passes but the example says it fails"
                )
