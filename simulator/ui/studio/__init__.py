"""The trainer's studio (screens); its logic is ``simulator.authoring.studio``."""
