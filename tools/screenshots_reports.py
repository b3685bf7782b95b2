"""Screenshots of the trainer's cohort dashboard and the cohort report's PDF (issue 16),
in English and Arabic.

    Xvfb :71 -screen 0 1440x1100x24 &
    DISPLAY=:71 .venv/bin/python tools/screenshots_reports.py

The report is built by hand (tools/report_sample.py: eight weeks of a cohort of six,
three channels, two SOPs, two exams), so every run gives the same pictures:

- docs/screenshots/trainer-dashboard-{en,ar}.png: the dashboard (filters, totals, the
  charts of the first rows);
- docs/screenshots/report-pdf-{en,ar}.png: the PDF's first page (``pdftoppm -r 60``).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SIZE = (1440, 1000)


def settle(app, rounds: int = 8) -> None:
    from PySide6.QtCore import QEventLoop

    for _ in range(rounds):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def main() -> int:
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="frontline-shots-"))
    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root))
    from PySide6.QtCore import QSettings

    from simulator.ui.app import make_application
    from simulator.ui.i18n import Translations
    from simulator.ui.trainer.dashboard import DashboardScreen
    from simulator.ui.trainer.report_pdf import write_pdf
    from tools.report_sample import COHORT, SOPS, sample_report

    QSettings.setPath(QSettings.NativeFormat, QSettings.UserScope, os.environ["XDG_CONFIG_HOME"])
    out = root / "docs" / "screenshots"
    app = make_application()
    translations = Translations(app)
    cohorts = [(3, COHORT), (4, "جدة — دفعة أبريل")]
    for language in ("en", "ar"):
        translations.switch(language, remember=False)
        screen = DashboardScreen()
        screen.resize(*SIZE)
        screen.set_source(cohorts, sample_report, today=dt.date(2026, 3, 1), cohort_id=3, sops=SOPS)
        screen.from_date.setDate(screen.from_date.date().addDays(29))  # from 5 Jan 2026
        screen.show()
        settle(app)
        path = out / f"trainer-dashboard-{language}.png"
        if not screen.grab().save(str(path)):
            raise SystemExit(f"cannot save {path}")
        screen.close()
        screen.deleteLater()
        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "report.pdf"
            write_pdf(sample_report(), pdf, language)
            stem = out / f"report-pdf-{language}"
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                 str(pdf), str(stem)],
                check=True,
            )  # fmt: skip
        print(f"saved {path.name} and {stem.name}.png")
    translations.switch("en", remember=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
