"""Authoring: checking a library as a trainer writes it.

This package stands above ``simulator.content``, ``simulator.grading`` and
``simulator.exams``: validating a scenario means loading it (content), running its
examples through the grader (grading) and checking exam definitions (exams), so the
validator lives here rather than inside ``content``, which the grader itself uses.
"""
