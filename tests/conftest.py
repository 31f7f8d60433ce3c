"""Shared fixtures; measured quality figures (precision/recall) are printed at the end of the run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

_METRICS = pytest.StashKey[list[str]]()
_TALLIES = pytest.StashKey[dict[str, list[int]]]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_METRICS] = []
    config.stash[_TALLIES] = {}


@pytest.fixture
def tally(request: pytest.FixtureRequest) -> Callable[[str, bool], None]:
    """Count successes under a label; the summary prints "label: N of M"."""
    counts = request.config.stash[_TALLIES]

    def add(label: str, ok: bool) -> None:
        entry = counts.setdefault(label, [0, 0])
        entry[0] += int(ok)
        entry[1] += 1

    return add


@pytest.fixture
def report_metric(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Record a line for the end-of-run summary (e.g. a classifier's precision and recall)."""
    lines = request.config.stash[_METRICS]
    return lines.append


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config) -> None:
    lines = list(config.stash.get(_METRICS, []))
    lines += [f"{label}: {ok} of {total}" for label, (ok, total) in config.stash.get(_TALLIES, {}).items()]
    if lines:
        terminalreporter.section("authcheck quality measurements")
        for line in sorted(set(lines)):
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def library():
    """The shipped rules and profiles."""
    from authcheck.api import load_library

    return load_library()


@pytest.fixture
def make_plan() -> Callable[..., object]:
    """Build a TreatmentPlan from native-format data."""
    from authcheck.readers.native import plan_from_data

    def build(data: dict, name: str = "test-plan") -> object:
        return plan_from_data(data, name)

    return build
