"""Exams: definitions, attempts that survive a crash, certificates.

Where it stands (docs/ARCHITECTURE.md): above the store, the engine and wellbeing (an
exam is sittings of scenarios under the wellbeing policy, kept in the store), below
``attempts`` (which runs sittings for the app and the CLI) and the front ends."""
