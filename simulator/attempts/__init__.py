"""Attempts: the one service through which practice attempts and exam sittings start,
save each input, pause, resume and finish, for the app, the CLI and the exam runner.

It stands above the pure core (content, grading, engine, exams' state machines) and the
store (persistence only), and below the front ends (``simulator.cli``, ``simulator.ui``):

- ``sessions``: an attempt's Session with every input committed as it happens, rebuilt
  after a crash (scenario file and SOP version checked), and its result stored;
- ``practice``: the same for the desk (``PracticeAttempts``);
- ``result``: ``AttemptResult``, the one typed result the live and the stored results
  screens both render;
- ``sittings``: exam sittings under the exam's attempt rules and wall time;
- ``review``: what a trainee may see of an exam result (the exam's ``review`` key);

The verdict of record (trainers' overrides applied) is ``simulator.grading.verdict``:
pure, below the store, so the store's figures use it too.
"""
