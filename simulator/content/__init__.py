"""Content: scenarios and SOPs loaded from trainers' YAML files into immutable models,
validated, with seeded personas and the library index."""
