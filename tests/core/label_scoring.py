"""Scoring a plan against a reviewer's label (labels.json format of ../shared/labelled-examples)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from authcheck.api import check_file, select_profiles


@dataclass(frozen=True)
class LabelResult:
    """What the check found against what the reviewer expects."""

    status: str
    error: str | None
    raised: frozenset[str]
    missed: list[list[str]]
    false_alarms: list[str]
    gaps: int

    @property
    def as_expected(self) -> bool:
        return self.status != "error" and not self.missed and not self.false_alarms


def check_arguments(check_with: list[str]) -> tuple[str, list[str], dt.date]:
    """(payer, states, as-of) from a label's `check_with` command-line arguments."""
    payer, states, as_of = "", [], dt.date.today()
    for flag, value in zip(check_with[::2], check_with[1::2], strict=True):
        if flag == "--payer":
            payer = value
        elif flag == "--state":
            states.append(value)
        elif flag == "--as-of":
            as_of = dt.date.fromisoformat(value)
    assert payer, check_with
    return payer, states, as_of


def score_label(library: object, folder: Path, label: dict) -> LabelResult:
    """Check the labelled plan and compare error/warning findings with `must_report` / `must_not_report`."""
    payer, states, as_of = check_arguments(label["check_with"])
    report = check_file(folder / label["file"], select_profiles(library, payer=payer, states=states, as_of=as_of), as_of)
    raised = frozenset(f.kind for f in report.findings if f.severity in ("error", "warning"))
    missed = [gap for gap in label["must_report"] if not raised & set(gap)]
    false_alarms = sorted(raised & set(label["must_not_report"]))
    return LabelResult(report.status, report.error, raised, missed, false_alarms, len(label["must_report"]))
