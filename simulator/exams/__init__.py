"""Exams: definitions, attempts that survive a crash, certificates."""
