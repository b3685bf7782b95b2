"""The dashboard's exports: the CSV of one section of a report (the core's
``simulator.reports.csv.write_csv``) and the bilingual PDF (``report_pdf.write_pdf``).
Both raise a ``SimulatorError`` naming the file and what is wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from simulator.errors import SimulatorError
from simulator.reports.model import SECTIONS, CohortReport

CSV_SECTIONS = tuple(s for s in SECTIONS if s != "attempts")  # the report's own figures


def section_name(section: str) -> str:
    names = {
        "weekly": QCoreApplication.translate("Dashboard", "Pass rate per week"),
        "scores": QCoreApplication.translate("Dashboard", "Score distribution"),
        "criteria": QCoreApplication.translate("Dashboard", "Most missed criteria"),
        "channels": QCoreApplication.translate("Dashboard", "Channels"),
        "exams": QCoreApplication.translate("Dashboard", "Exam outcomes"),
        "trainees": QCoreApplication.translate("Dashboard", "Trainees' progress"),
    }
    return names.get(section, section)


def _nothing(path: Path) -> SimulatorError:
    return SimulatorError(
        str(path), QCoreApplication.translate("Dashboard", "there is no report to export.")
    )


def export_csv(report: CohortReport | None, path: Path, section: str) -> None:
    """Write the CSV of ``section`` of ``report`` to ``path``."""
    try:
        from simulator.reports.csv import write_csv
    except ImportError as missing:
        raise SimulatorError(
            "CSV export",
            QCoreApplication.translate("Dashboard", "not available in this build ({what}).").format(
                what=missing
            ),
        ) from None
    if report is None:
        raise _nothing(path)
    try:
        with open(path, "w", encoding="utf-8", newline="") as out:
            write_csv(report, out, section)
    except OSError as error:
        raise SimulatorError(str(path), error.strerror or str(error)) from None


def export_pdf(report: CohortReport | None, path: Path, language: str) -> None:
    """Write the bilingual PDF of ``report`` in ``language`` to ``path``."""
    from simulator.ui.trainer.report_pdf import write_pdf

    if report is None:
        raise _nothing(path)
    write_pdf(report, path, language)
