"""Trainer screens: cohorts, a person's attempts, reviewing and overriding an attempt."""
