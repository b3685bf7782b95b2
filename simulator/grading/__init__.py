"""Grading: normalisation, Arabic-aware phrase matching, language detection and rubric
scoring with evidence."""
