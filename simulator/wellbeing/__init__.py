"""Wellbeing: the policy for sensitive content, as pure decisions the UI obeys.

Modules: ``settings`` (admin limits and trainee preferences), ``exposure`` (the daily
budget), ``gate`` (briefings, consent, presentation of media, whether a scenario may
start, alternatives and exam swaps), ``flow`` (the gate before and after a scenario),
``reveals`` (the log of revealed media), ``breaks`` (break prompts), ``checkin``
(optional check-ins, used only for pacing), ``config`` (the wellbeing file, with the
configurable support text). Nothing here reads the wall clock or grades anyone.
See docs/wellbeing.md for the evidence behind each default.

Where it stands (docs/ARCHITECTURE.md): above ``content``, beside the engine; the store
records exposure (``simulator.store.wellbeing_records``), so this package never imports
the store.
"""
