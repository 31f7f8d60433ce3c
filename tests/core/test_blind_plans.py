"""The blind end-to-end set (tests/data/blind_plans): plans written without sight of the readers.

Each plan counts when it reports every expected gap and raises no false alarm. The score is printed
at the end of the run; the test fails if it falls below the floor, which only ever goes up as the
readers improve (first look, before any tuning: 10 of 48).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from authcheck.api import check_file, select_profiles

BLIND = Path(__file__).resolve().parents[1] / "data" / "blind_plans"
FLOOR = 10


def _arguments(check_with: list[str]) -> tuple[str, list[str], dt.date]:
    payer, states, as_of = "", [], dt.date.today()
    for flag, value in zip(check_with[::2], check_with[1::2], strict=True):
        if flag == "--payer":
            payer = value
        elif flag == "--state":
            states.append(value)
        elif flag == "--as-of":
            as_of = dt.date.fromisoformat(value)
    return payer, states, as_of


def test_blind_plans_score(library, report_metric) -> None:
    labels = json.loads((BLIND / "labels.json").read_text(encoding="utf-8"))
    good, gaps, found, false_alarms, misses = 0, 0, 0, 0, []
    for label in labels:
        payer, states, as_of = _arguments(label["check_with"])
        report = check_file(BLIND / label["file"], select_profiles(library, payer=payer, states=states, as_of=as_of), as_of)
        raised = {f.kind for f in report.findings if f.severity in ("error", "warning")}
        missed = [gap for gap in label["must_report"] if not raised & set(gap)]
        alarms = raised & set(label["must_not_report"])
        gaps += len(label["must_report"])
        found += len(label["must_report"]) - len(missed)
        false_alarms += len(alarms)
        if report.status != "error" and not missed and not alarms:
            good += 1
        else:
            misses.append(label["file"])
    report_metric(
        f"blind plans: {good} of {len(labels)} as the reviewer expects; gaps reported {found} of {gaps}; "
        f"false-alarm kinds {false_alarms}"
    )
    assert good >= FLOOR, f"score fell below {FLOOR}: {misses}"
