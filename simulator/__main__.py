"""``python -m simulator``: the same as the ``simulator`` command."""

from simulator.cli import main

raise SystemExit(main())
