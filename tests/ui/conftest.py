"""UI test isolation: the app's global hooks (simulator.ui.hooks) are put back after each
test, so wellbeing hooks one test installs (with its own store) never reach the next."""

from __future__ import annotations

import pytest

from simulator.ui import hooks

_HOOKS = ("attachment_widget", "briefing_gate", "support_control")


@pytest.fixture(autouse=True)
def _restore_ui_hooks():
    saved = {name: getattr(hooks, name) for name in _HOOKS}
    yield
    for name, value in saved.items():
        setattr(hooks, name, value)
