"""Admin screens: people, cohorts and the wellbeing limits file."""
