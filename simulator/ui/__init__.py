"""The Qt desktop app: thin views over the core.

Where it stands (docs/ARCHITECTURE.md): at the top, beside ``simulator.cli``; nothing in
the core imports it. Inside, one way too (the "UI flows one way" import contract):
``app`` > ``main_window`` > the screens (``trainer`` > ``admin``, ``exam`` > ``results``,
``home`` > ``desk``, ``wellbeing``, ``signin``) > shared widgets and models (``tables``,
``library_model``, ``delegates``, ``i18n``, ...) > leaves (``labels``, ``theme``,
``text``, ``bidi``, ``qtvalues``)."""

from simulator.ui.pyside_sources import stop_caching_sources

stop_caching_sources()
