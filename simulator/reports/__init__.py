"""Cohort reports: figures for trainers over a cohort, a date range, a language and an SOP,
their CSV export and the ``simulator report`` command (no Qt; the dashboard and the PDF
are in ``simulator.ui.trainer``). Stands above the store, attempts and exams, beside
authoring: it reads them and nothing below imports it."""
