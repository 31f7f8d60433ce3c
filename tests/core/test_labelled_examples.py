"""End to end on ../shared/labelled-examples: each plan reports what the reviewer expects, and no false alarm.

labels.json: for each file, `must_report` lists gaps (any kind in an inner list, at error or warning,
reports it) and `must_not_report` lists kinds that would be false alarms at error or warning.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from label_scoring import score_label

LABELLED = Path(__file__).resolve().parents[3] / "shared" / "labelled-examples"
LABELS = json.loads((LABELLED / "labels.json").read_text()) if (LABELLED / "labels.json").exists() else []


@pytest.mark.skipif(not LABELS, reason="../shared/labelled-examples is not beside the repository")
@pytest.mark.parametrize("label", LABELS, ids=[label["file"] for label in LABELS])
def test_labelled_example(library, label: dict, tally) -> None:
    result = score_label(library, LABELLED, label)
    tally("labelled examples checked as the reviewer expects", result.as_expected)
    assert result.status != "error", result.error
    assert not result.missed, f"missed {result.missed}; reported {sorted(result.raised)}"
    assert not result.false_alarms, f"false alarms {result.false_alarms}"
