"""Blind calibration of trainers: agreement statistics and a session's reveal.

Pure (no Qt, no database): the store keeps sessions and submissions
(``simulator.store.calibration``) and hands the reveal data to ``reveal.reveal``.

- ``kappa``: Cohen's kappa (two raters) and Fleiss' kappa (any number), percent
  agreement;
- ``reveal``: per criterion, the agreement between trainers, between the automatic
  grader and the trainers, and which trainers grade strictly or leniently; a summary
  line per session so that past sessions can be compared.
"""
