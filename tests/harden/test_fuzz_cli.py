"""Issue 14: the command-line fuzzer under hypothesis, a bounded number of examples per
input (``FUZZ_EXAMPLES``, default 25; ``make fuzz`` runs 10,000 cases and counts). Each
case runs ``simulator.cli.main`` in this process; a sample also runs as a subprocess,
where a segfault would show."""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.harden.fuzzing import KINDS, Chooser, Workspace, make_case, run_case, run_in_subprocess

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))


@pytest.fixture(scope="module")
def workspace():
    with tempfile.TemporaryDirectory(prefix="frontline-fuzz-") as tmp:
        yield Workspace(Path(tmp))


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_every_input_fails_cleanly(workspace, kind):
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )
    @given(st.data())
    def case(data):
        c = make_case(Chooser.from_hypothesis(data), kind)
        outcome = run_case(c, workspace)
        assert outcome.ok, f"{outcome.problem}\n{c.describe()}"

    case()


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(6))
def test_a_subprocess_sample_never_dies_of_a_signal(workspace, seed):
    kind = ("scenario", "sop", "special", "script", "exam", "url")[seed]
    c = make_case(Chooser.from_random(random.Random(1400 + seed)), kind)
    outcome = run_in_subprocess(c, workspace)
    assert outcome.ok, f"{outcome.problem}\n{c.describe()}"
