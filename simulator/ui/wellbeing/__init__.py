"""The wellbeing gate's screens: sensitive images, collapsed text, briefing, check-in, support.

They obey ``simulator.wellbeing`` (the policy) and hold no rule of their own.
"""
