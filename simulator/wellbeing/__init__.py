"""Wellbeing: the policy for sensitive content, as pure decisions the UI obeys.

Modules: ``settings`` (admin limits and trainee preferences), ``exposure`` (the daily
budget), ``gate`` (briefings, consent, presentation of media, whether a scenario may
start, alternatives and exam swaps), ``breaks`` (break prompts and the pausable exam
clock), ``checkin`` (optional check-ins, used only for pacing), ``support`` (the
configurable support text). Nothing here reads the wall clock or grades anyone.
See docs/wellbeing.md for the evidence behind each default.
"""
