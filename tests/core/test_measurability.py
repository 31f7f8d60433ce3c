"""Measurability and time-bound judgement against the labelled objective tables.

dev.csv was used to develop the patterns. heldout.csv and then blind.csv were each written by someone
who never saw the code and first measured untouched (heldout: measurable P 0.971 R 0.880, time-bound
P 1.000 R 0.921; blind, 260 statements: measurable P 0.900 R 0.920, time-bound P 0.969 R 0.992);
their misses were then studied and fixed with general patterns, so all three now guard against
regressions. Those first-look figures are the honest estimate on unseen wording; a fresh blind table
is the way to measure again (see tests/data/objectives/README.md). Precision and recall of each table
are printed at the end of the test run.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from authcheck.rules.measurability import assess, is_time_bound

DATA = Path(__file__).resolve().parents[1] / "data" / "objectives"
# Minimum precision and recall per table (all three have been studied, see above).
THRESHOLDS = {"dev": 0.95, "heldout": 0.95, "blind": 0.95}


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _scores(rows: list[dict[str, str]], column: str) -> tuple[float, float, int]:
    tp = fp = fn = 0
    for row in rows:
        verdict = assess(row["statement"], has_target_date=bool(row["target_date"]))
        predicted = verdict.measurable if column == "measurable" else verdict.time_bound
        actual = row[column] == "yes"
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, len(rows)


@pytest.mark.parametrize("table", sorted(THRESHOLDS))
@pytest.mark.parametrize("column", ["measurable", "time_bound"])
def test_precision_and_recall(table: str, column: str, report_metric) -> None:
    if not (DATA / f"{table}.csv").exists():
        pytest.skip(f"{table}.csv is not present")
    rows = _rows(table)
    assert len(rows) >= 100
    precision, recall, count = _scores(rows, column)
    report_metric(f"{column:<10} on {table:<8} ({count} statements): precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= THRESHOLDS[table] and recall >= THRESHOLDS[table]


def test_tables_cover_every_discipline_and_are_balanced() -> None:
    rows = _rows("dev") + _rows("heldout")
    assert len(rows) >= 150
    disciplines = {r["discipline"] for r in rows}
    assert {"psychotherapy", "sud", "pt", "ot", "slp", "aba"} <= disciplines
    share = sum(r["measurable"] == "yes" for r in rows) / len(rows)
    assert 0.4 <= share <= 0.65


@pytest.mark.parametrize(
    ("statement", "measurable", "time_bound"),
    [
        ("Client will feel better", False, False),
        ("Improve coping skills", False, False),
        ("Reduce PHQ-9 from 18 to below 10 by 2026-03-01", True, True),
        ("Increase right knee flexion from 95 to 120 degrees within 8 weeks", True, True),
        ("Client will complete the PHQ-9 monthly", False, False),
        ("97110 therapeutic exercise 3x/week to improve strength", False, False),
        ("Client will attend AA meetings 3 times per week", True, False),
        ("Goal 2: Client will gain insight into triggers by 03/01/2026", False, True),
        ("s/p R TKA 12/02/2025. Pt will improve knee extension to 0 degrees.", True, False),
    ],
)
def test_core_examples(statement: str, measurable: bool, time_bound: bool) -> None:
    verdict = assess(statement)
    assert (verdict.measurable, verdict.time_bound) == (measurable, time_bound)
    assert verdict.reason


def test_fields_beyond_the_statement_count() -> None:
    vague = assess("Child will respond to peer greetings")
    assert not vague.measurable
    assert assess("Child will respond to peer greetings", criteria=["80% of opportunities across 3 sessions"]).measurable
    assert assess("Child will respond to peer greetings", has_target_date=True).time_bound


def test_is_time_bound_returns_the_phrase() -> None:
    assert is_time_bound("increase to 120 degrees within 8 weeks") == "within 8 weeks"
    assert is_time_bound("for 30 consecutive days") is None
