"""Screenshots of the trainer's studio, per language: a live error, the result of a
"Play now", and an SOP diff.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python tools/screenshots_studio.py

``--lang ar`` (or ``en``) makes one language only; ``--only error`` only the live-error
shot (e.g. ``--lang ar --only error`` remakes studio-error-ar.png alone).

A trainer signs in to a throw-away store and opens the studio on a copy of the
shipped library (nothing under scenarios/ is written). The play runs on a hand-moved
clock with a fixed seed. Writes docs/screenshots/studio-{error,personas,play,diff}-{en,ar}.png.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SIMULATOR_DATA_DIR", tempfile.mkdtemp(prefix="frontline-studio-"))
os.environ.setdefault("XDG_CONFIG_HOME", os.environ["SIMULATOR_DATA_DIR"])

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings  # noqa: E402

from simulator.clock import ManualClock  # noqa: E402
from simulator.store import open_store  # noqa: E402
from simulator.ui.app import build_window, load_library, make_application  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1400, 860)
SEED = 4
SCENARIO = {
    "en": ("en/two-step-lost-phone-ticket.yaml", "channel: ticket", "channel: tiket"),
    "ar": ("ar/hacked-account-chat-eg.yaml", "channel: chat", "channel: chatt"),
}
REPLY = {
    "en": "Hi {name}, I'm sorry you're locked out. I've checked your account and "
    "sent a recovery link to your verified e-mail.",
    "ar": "أهلًا {name}، آسفين على اللي حصل. راجعنا حسابك وبعتنالك رابط الاسترجاع على بريدك الموثّق.",
}


def settle() -> None:
    for _ in range(6):
        QCoreApplication.processEvents(QEventLoop.AllEvents, 50)


def shot(window, name: str) -> None:
    window.resize(*SIZE)
    settle()
    path = OUT / f"{name}.png"
    window.grab().save(str(path), "PNG")
    print(path.relative_to(ROOT))


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("en", "ar"), action="append")
    parser.add_argument("--only", choices=("error",))
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    data = Path(os.environ["SIMULATOR_DATA_DIR"])
    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, str(data))
    lib = data / "library"
    shutil.copytree(ROOT / "scenarios", lib)
    library = load_library(lib)
    store = open_store(f"sqlite:///{data / 'studio-shots.db'}")
    person = store.create_person(
        "nadia", "trainer", display_name="Nadia Saleh", password="screenshots"
    )
    for lang in args.lang or ("en", "ar"):
        clock = ManualClock()
        window = build_window(
            SimpleNamespace(library=str(lib)),
            app,
            store=store,
            clock_factory=lambda clock=clock: clock,
            library=library,
        )
        window.controller.library_root = lib
        window.translations.switch(lang)
        window.top_bar.language.choose(lang)
        window.resize(*SIZE)
        window.show()
        window.signed_in(person)
        window.staff.show_studio()
        studio = window.staff.studio
        rel, good, bad = SCENARIO[lang]
        studio.open_file(lib / rel)
        text = studio.editor.toPlainText()
        studio.editor.replace_all(text.replace(good, bad, 1))
        studio.validate_now()
        studio.editor.go_to_line(studio.problems[0].line if studio.problems else 1)
        shot(window, f"studio-error-{lang}")
        if args.only == "error":
            window.close()
            continue

        studio.editor.undo_stack.undo()
        studio.validate_now()
        studio.preview_personas()
        shot(window, f"studio-personas-{lang}")
        studio.seed.setValue(SEED)
        controller = studio.play_now(run_timers=False)
        clock.set(5)
        controller.tick()
        desk = studio.desk
        thread = controller.session.scenario.threads[0].id
        desk.select_thread(thread)
        desk.do_action("lookup", None)
        from simulator.content.placeholders import fill

        clock.set(50)
        desk.send(fill(REPLY[lang], controller.session.values))
        clock.set(60)
        studio.stop_play()
        studio.add_example()
        studio.tabs.setCurrentIndex(1)
        studio.vsplit.setSizes([260, 460])  # room for the transcript
        settle()
        studio.editor.go_to_line(studio.editor.blockCount())  # the example just added
        shot(window, f"studio-play-{lang}")
        studio.vsplit.setSizes([420, 300])

        studio.editor.document().setModified(False)
        studio.open_file(lib / "sops" / "account-recovery.yaml")
        sop = studio.editor.toPlainText()
        # A macro renamed and a team added: what a trainer might do to a new version.
        changed = sop.replace("  - id: verify-identity", "  - id: confirm-identity", 1)
        changed = changed.replace(
            "teams: [account-security]", "teams: [account-security, fraud]", 1
        )
        studio.editor.replace_all(changed)
        studio.compare_sop()
        studio.vsplit.setSizes([260, 460])  # room for what changed and what it affects
        shot(window, f"studio-diff-{lang}")
        studio.editor.document().setModified(False)
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
