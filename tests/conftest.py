"""Shared fixtures; measured quality figures (precision/recall) are printed at the end of the run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

_METRICS = pytest.StashKey[list[str]]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_METRICS] = []


@pytest.fixture
def report_metric(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Record a line for the end-of-run summary (e.g. a classifier's precision and recall)."""
    lines = request.config.stash[_METRICS]
    return lines.append


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config) -> None:
    lines = config.stash.get(_METRICS, [])
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
