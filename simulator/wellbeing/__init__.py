"""Wellbeing: the policy for sensitive content, as pure decisions the UI obeys."""
