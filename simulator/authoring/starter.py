"""``simulator new-scenario``: a commented starter scenario for an SOP that validates.

The starter's passing example is built from the SOP's own criteria (its phrases and
actions), then the file is validated; if the SOP's criteria are such that the generated
examples do not behave, the examples are left out so that the starter still validates.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from simulator.content.loader import load_sop
from simulator.content.model import SOP
from simulator.errors import ContentError
from simulator.paths import library_dir

_WORDS = {
    "en": {
        "locale": "en_US",
        "region": "US",
        "title": "New case: {sop}",
        "subject": "I need help with my account",
        "first": "Hello, I'm {name} (@{username}). I need help with my account, please.",
        "nudge": "Hello? Is anyone there?",
        "greeting": "Hi {first_name}, thank you for reaching out and I'm sorry for the trouble.",
        "closing": "Is there anything else I can help you with? Best regards, {agent}",
        "short": "OK.",
        "language_title": "Replies in English",
        "greets_title": "Greets the user by name",
    },
    "ar": {
        "locale": "ar_EG",
        "region": "EG",
        "title": "حالة جديدة: {sop}",
        "subject": "أحتاج مساعدة في حسابي",
        "first": "مرحبا، أنا {name} وحسابي @{username}. أحتاج مساعدة في حسابي من فضلكم.",
        "nudge": "مرحبا؟ هل من أحد هنا؟",
        "greeting": "مرحبا {first_name}، شكرا لتواصلك معنا ويؤسفني ما حدث.",
        "closing": "هل هناك أي شيء آخر يمكنني مساعدتك فيه؟ مع التحية، {agent}",
        "short": "حسنا.",
        "language_title": "يرد باللغة العربية",
        "greets_title": "يحيّي المستخدم باسمه",
    },
}


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def _pass_example(sop: SOP, language: str) -> tuple[str, list[dict[str, str]]]:
    """A reply and actions that satisfy the SOP's phrase and action criteria."""
    words = _WORDS[language]
    parts = [words["greeting"]]
    actions: list[dict[str, str]] = []
    for c in sop.criteria:
        kind, value = c.check.kind, c.check.value
        if kind == "mentions" and value:
            # Prefer a phrase in the scenario's language, as a trainee would write it.
            fits = [p for p in value if _has_arabic(p) == (language == "ar")] or list(value)
            parts.extend(value if c.check.options.get("all") else fits[:1])
        elif kind == "action":
            actions.append(dict(value))
        elif kind == "order":
            actions.extend(dict(step) for step in value)
    parts.append(words["closing"])
    unique = list({json.dumps(a, sort_keys=True): a for a in actions}.values())
    return " ".join(parts), unique


def starter_text(sop: SOP, language: str, with_examples: bool = True) -> str:
    """The starter scenario's YAML text for ``sop`` in ``language`` (ar or en)."""
    w = _WORDS[language]
    reply, actions = _pass_example(sop, language)
    action_list = ", ".join(
        "{" + ", ".join(f"{k}: {_q(v)}" for k, v in a.items()) + "}" for a in actions
    )
    lines = [
        f"# A new scenario under the SOP {sop.title.get(language)!r} ({sop.id}, version "
        f"{sop.version}).",
        "# Every key is explained in docs/scenario-format.md. Check the file with:",
        "#   simulator validate THIS-FILE.yaml",
        "format: 1                        # the scenario format version: always 1",
        f"id: new-{sop.id}-{language}            # unique across the library; a-z, 0-9 and - only",
        f"language: {language}"
        "                     # ar | en: the user's language; replies are expected in it",
        f"title: {_q(w['title'].format(sop=sop.title.get(language)))}"
        "   # shown in the trainee's list",
        f"sop: {sop.id}                  # the SOP: scenarios/sops/<id>.yaml",
        "difficulty: 1                    # 1 (easy) to 5 (hard)",
        f"tags: [{sop.id}]                # free words the list can be filtered by",
        "time_limit: 30m                  # optional: the scenario ends then (default 1h)",
        "sensitivity: []                  # distressing content, e.g. "
        "[{category: bullying, level: 1}]",
        "persona:                         # the simulated user; each seed gives another one",
        f"  locale: {w['locale']}"
        "                 # a Faker locale (ar_EG ar_SA ar_AE ar_BH ar_JO ar_PS ar_DZ ...)",
        "  fields:                        # placeholder: Faker method; one person per seed:",
        "                                 # {first_name} is the first name of {name}",
        "    name: name",
        "    first_name: first_name",
        "    username: user_name",
        "    email: free_email",
        "account:                         # what the back-office tool shows on lookup",
        "  status: active                 # active | restricted | suspended | banned",
        "  created: 2022-01-15",
        f"  region: {w['region']}",
        '  notes: ["No recent changes to the account"]',
        "threads:                         # one conversation each; channels may be mixed",
        "  - id: main",
        "    channel: email               # email | ticket | chat",
        f"    subject: {_q(w['subject'])}",
        "timeline:                        # what the user sends, and when",
        "  - at: 0s                       # offset from the start: 45s, 2m, 1h30m",
        "    thread: main",
        f"    text: {_q(w['first'])}",
        "  # when: fires once, if the trainee has not replied on main 10 minutes after the",
        "  # user's last message there",
        "  - when: {no_reply: main, for: 10m}",
        "    thread: main",
        f"    text: {_q(w['nudge'])}",
        "rubric:",
        "  pass_mark: 80                  # percent of the weight of the applicable criteria",
        "  criteria:                      # the SOP's criteria are added to these",
        "    - id: greets-by-name",
        f"      title: {_q(w['greets_title'])}",
        "      weight: 10                 # default 10; 0 for a critical criterion",
        '      check: {mentions: ["{first_name}", "{name}"]}',
        "    - id: reply-language",
        f"      title: {_q(w['language_title'])}",
        "      weight: 10",
        f"      check: {{language: {language}}}",
    ]
    if with_examples:
        lines += [
            "examples:                        # the rubric's own tests, graded by validate",
            "  - verdict: pass                # this reply and these actions must pass",
            f"    replies: {{main: {_q(reply)}}}",
            f"    actions: [{action_list}]",
            "  - verdict: fail                # and this must fail ...",
            "    fails: [greets-by-name]      # ... with at least these criteria failing",
            f"    replies: {{main: {_q(w['short'])}}}",
        ]
    return "\n".join(lines) + "\n"


def _validates(text: str, sops_dir: Path) -> bool:
    from simulator.authoring.validate import validate_paths

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "starter.yaml"
        path.write_text(text, encoding="utf-8")
        problems = validate_paths([path], sops_dir)
    return not any(p.severity == "error" for p in problems)


def current_library(folder: Path | None = None) -> Path | None:
    """The library of the current folder: the folder itself when it has ``sops/``, else
    its ``scenarios/`` (a checkout of the project or a training centre's repo)."""
    here = Path.cwd() if folder is None else folder
    for candidate in (here, here / "scenarios"):
        if (candidate / "sops").is_dir():
            return candidate
    return None


def write_starter(
    sop_id: str,
    language: str,
    library: Path | None = None,
    output: Path | None = None,
    force: bool = False,
) -> tuple[Path | None, str]:
    """Write the starter for ``sop_id`` (``output`` '-' means: return the text only).

    The SOP is read from ``library``, else the current folder's library, else the
    shipped one; the file is written to ``output``, else into ``library`` or the current
    folder's library, never into the installed program. Returns the path written (None
    for '-') and the text."""
    own = Path(library) if library is not None else current_library()
    sops_dir = (own or library_dir()) / "sops"
    sop_path = sops_dir / f"{sop_id}.yaml"
    if not sop_path.is_file():
        raise ContentError(f"--sop {sop_id}", f"no SOP file {sop_path}")
    sop = load_sop(sop_path)
    text = starter_text(sop, language)
    if not _validates(text, sops_dir):
        text = starter_text(sop, language, with_examples=False)
    if output is not None and str(output) == "-":
        return None, text
    if output is None and own is None:
        raise ContentError(
            "new-scenario",
            f"the current folder ({Path.cwd()}) has no library (a sops/ folder); give "
            "--library DIR, or --output FILE, or '-' for standard output",
        )
    target = output or (own or library_dir()) / language / f"new-{sop_id}-{language}.yaml"
    _write_new(target, text, force)
    return target, text


def _write_new(target: Path, text: str, force: bool) -> None:
    """Write ``text`` to ``target``, never through a symbolic link (a dangling one would
    send it anywhere) and over an existing file only with ``force``."""
    if target.is_symlink():
        raise ContentError(str(target), "is a symbolic link; give the path of a plain file")
    if target.exists() and not target.is_file():
        raise ContentError(str(target), "is not a plain file (a folder or a device?)")
    if target.exists() and not force:
        raise ContentError(str(target), "already exists (use --force to overwrite)")
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    flags |= os.O_TRUNC if force else os.O_EXCL
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(target, flags, 0o644)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
    except FileExistsError:
        raise ContentError(str(target), "already exists (use --force to overwrite)") from None
    except OSError as exc:
        raise ContentError(str(target), f"cannot write ({exc.strerror or exc})") from None
