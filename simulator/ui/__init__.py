"""The Qt desktop app: thin views over the core."""

from simulator.ui.pyside_sources import stop_caching_sources

stop_caching_sources()
