"""The end-to-end sets that began blind (tests/data/blind_plans, _2, _3, _4, _6 to _30, _32 to _43): plans written without
sight of the readers, scored first and only then used as development data.

Each plan counts when it reports every expected gap and raises no false alarm. The scores are printed
at the end of the run; the test fails if one falls below its floor, which only ever goes up as the
readers improve. First looks, before any tuning: set 1 10 of 48, set 2 10 of 47, set 3 11 of 49,
set 4 8 of 50, set 6 23 of 50, set 7 24 of 40, set 8 21 of 47,
set 9 25 of 49, set 10 24 of 46, set 11 18 of 48, set 12 27 of 45, set 13 24 of 37,
set 14 24 of 48, set 15 22 of 48, set 16 23 of 45,
set 17 21 of 45, set 18 32 of 45, set 19 29 of 45, set 20 30 of 45, set 21 25 of 45,
set 22 30 of 47, set 23 22 of 45, set 24 22 of 47, set 25 9 of 49, set 26 32 of 45, set 27 11 of 47, set 28 28 of 49,
set 29 20 of 45, set 30 26 of 42, set 32 18 of 45, set 33 22 of 45, set 34 10 of 41 (34 with its NPIs corrected), set 35 21 of 44,
set 36 34 of 47, set 37 33 of 45, set 38 33 of 45 (34 with its YAML quoting mended), set 39 34 of 45, set 40 36 of 49,
set 41 34 of 45, set 42 39 of 46, set 43 35 of 45 (each set's README records its history).

tests/data/blind_plans_5 and tests/data/blind_plans_31 are held out: they are measured (in aggregate only) at the end
of a piece of reader work, never tuned on, and are not scored here. tests/core/score_blind.py prints, for one folder, each plan that is not as expected.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from label_scoring import score_label

DATA = Path(__file__).resolve().parents[1] / "data"
FLOORS = {
    "blind_plans": 48, "blind_plans_2": 47, "blind_plans_3": 49, "blind_plans_4": 50, "blind_plans_6": 50,
    "blind_plans_7": 40, "blind_plans_8": 47, "blind_plans_9": 49,
    "blind_plans_10": 46, "blind_plans_11": 48, "blind_plans_12": 45,
    "blind_plans_13": 37, "blind_plans_14": 48, "blind_plans_15": 48,
    "blind_plans_16": 42, "blind_plans_17": 43,
    "blind_plans_18": 45, "blind_plans_19": 45, "blind_plans_20": 45, "blind_plans_21": 45,
    "blind_plans_22": 47, "blind_plans_23": 44, "blind_plans_24": 47, "blind_plans_25": 49,
    "blind_plans_26": 45, "blind_plans_27": 47, "blind_plans_28": 48, "blind_plans_29": 43, "blind_plans_30": 41, "blind_plans_32": 45, "blind_plans_33": 45, "blind_plans_34": 41, "blind_plans_35": 44,
    "blind_plans_36": 47, "blind_plans_37": 45, "blind_plans_38": 45, "blind_plans_39": 45, "blind_plans_40": 45, "blind_plans_41": 43, "blind_plans_42": 46,
    "blind_plans_43": 43,
}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_blind_plans_score(library, report_metric, folder: str) -> None:
    root = DATA / folder
    labels = json.loads((root / "labels.json").read_text(encoding="utf-8"))
    good, gaps, found, false_alarms, misses = 0, 0, 0, 0, []
    for label in labels:
        result = score_label(library, root, label)
        gaps += result.gaps
        found += result.gaps - len(result.missed)
        false_alarms += len(result.false_alarms)
        if result.as_expected:
            good += 1
        else:
            misses.append(label["file"])
    report_metric(
        f"{folder}: {good} of {len(labels)} plans as the reviewer expects; gaps reported {found} of {gaps}; "
        f"false-alarm kinds {false_alarms}"
    )
    assert good >= FLOORS[folder], f"{folder}: score fell below {FLOORS[folder]}: {misses}"
