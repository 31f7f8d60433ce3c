"""End to end on ../shared/labelled-examples: each plan reports what the reviewer expects, and no false alarm.

labels.json: for each file, `must_report` lists gaps (any kind in an inner list, at error or warning,
reports it) and `must_not_report` lists kinds that would be false alarms at error or warning.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pathlib import Path

from authcheck.api import check_file, select_profiles

LABELLED = Path(__file__).resolve().parents[3] / "shared" / "labelled-examples"
LABELS = json.loads((LABELLED / "labels.json").read_text()) if (LABELLED / "labels.json").exists() else []


def _arguments(check_with: list[str]) -> tuple[str, list[str], dt.date]:
    payer, states, as_of = "", [], None
    for flag, value in zip(check_with[::2], check_with[1::2], strict=True):
        if flag == "--payer":
            payer = value
        elif flag == "--state":
            states.append(value)
        elif flag == "--as-of":
            as_of = dt.date.fromisoformat(value)
    assert payer and as_of
    return payer, states, as_of


@pytest.mark.skipif(not LABELS, reason="../shared/labelled-examples is not beside the repository")
@pytest.mark.parametrize("label", LABELS, ids=[label["file"] for label in LABELS])
def test_labelled_example(library, label: dict, tally) -> None:
    payer, states, as_of = _arguments(label["check_with"])
    report = check_file(LABELLED / label["file"], select_profiles(library, payer=payer, states=states, as_of=as_of), as_of)
    assert report.status != "error", report.error
    raised = {f.kind for f in report.findings if f.severity in ("error", "warning")}
    missed = [gap for gap in label["must_report"] if not raised & set(gap)]
    false_alarms = sorted(raised & set(label["must_not_report"]))
    tally("labelled examples checked as the reviewer expects", not missed and not false_alarms)
    assert not missed, f"missed {missed}; reported {sorted(raised)}"
    assert not false_alarms, f"false alarms {false_alarms}: " + "; ".join(
        f.message for f in report.findings if f.kind in false_alarms
    )
