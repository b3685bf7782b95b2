"""Engine: the ``Session`` that plays one scenario for one trainee on an injected clock."""
