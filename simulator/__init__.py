"""Frontline: a training and certification simulator for user-support associates.

The core (everything here except ``simulator.ui``) is plain Python with no Qt, usable
from a script, the command line, the tests or the desktop app.
"""

__version__ = "0.1.0"
