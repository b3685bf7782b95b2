"""Content: scenarios and SOPs loaded from trainers' YAML files into immutable models,
validated, with seeded personas and the library index.

Where it stands (docs/ARCHITECTURE.md): the bottom of the domain. It imports only the
leaves (``errors``, ``paths``, ``inputs``); everything else reads its models. (Until the
``authoring`` package lands, ``rules`` and ``validate`` still reach up to the grader and
the exams; the import contract lists those two exceptions.)"""
