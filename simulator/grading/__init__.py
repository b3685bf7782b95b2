"""Grading: normalisation, Arabic-aware phrase matching, language detection, rubric
scoring with evidence, and the verdict of record (``verdict``: trainers' overrides
applied to a grade).

Where it stands (docs/ARCHITECTURE.md): pure functions just above ``content``; the
engine, the store, the exams and the front ends all take their rules from here."""
