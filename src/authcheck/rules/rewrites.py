"""Example rewrites suited to the plan's discipline, for fixes that show rather than tell.

These are illustrations for the clinician, never applied to the plan: authcheck does not change
clinical content.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["example_date", "measurable_example"]

_EXAMPLES = {
    "psychotherapy": "Client will reduce the GAD-7 score from 15 to 7 or below by {date}, measured monthly in session.",
    "psychiatry": "Client will reduce the PHQ-9 score from 18 to below 10 by {date}, measured at each medication visit.",
    "sud": "Client will abstain from alcohol, confirmed by negative breathalyzer and urine drug screens at every weekly session, "
    "for 8 consecutive weeks by {date}.",
    "pt": "Patient will increase right knee flexion AROM from 95 to 120 degrees and ascend 12 stairs with one rail, "
    "without assistance, by {date}.",
    "ot": "Patient will complete upper-body dressing with set-up assistance only in 4 of 5 trials by {date}.",
    "slp": "Patient will produce /r/ in the initial position of words with 80% accuracy across 3 consecutive sessions by {date}.",
    "aba": "Child will independently request 10 preferred items (mand) in 80% of opportunities across 3 consecutive "
    "sessions by {date} (baseline: 2 items with full prompts).",
    "home-health": "Patient will self-administer all scheduled medications with 100% accuracy per pill-box check at 3 "
    "consecutive visits by {date}.",
}
_DEFAULT = "Client will use 2 of the practised coping strategies on at least 4 of 7 days per week, as recorded in a daily log, by {date}."


def example_date(start: dt.date | None, as_of: dt.date, days: int = 90) -> str:
    """A plausible target date for an example: `days` after the plan date (or the as-of date)."""
    return ((start or as_of) + dt.timedelta(days=days)).isoformat()


def measurable_example(discipline: str | None, target_date: str) -> str:
    """A measurable, time-bound statement in the plan's discipline."""
    return _EXAMPLES.get(discipline or "", _DEFAULT).format(date=target_date)
