"""Format-independent reading that applies after any reader: facts stated only in the plan's prose.

- review and recertification dates written in sentences ("treatment plan review due 2026-07-06")
  when the reader found no scheduled review;
- the plan, admission and first-treatment dates written as "label: date" in prose ("Initial
  evaluation / first treatment: 11/17/2025") when the reader found none.
Only what the text states is taken, with the passage as its source.
"""

from __future__ import annotations

from authcheck.model import Review, SourceLocation, TreatmentPlan
from authcheck.parsing.labelled_dates import LABELLED_DATE_FIELDS, find_labelled_dates
from authcheck.parsing.reviews import find_review_mentions

__all__ = ["enrich_plan"]


def enrich_plan(plan: TreatmentPlan) -> TreatmentPlan:
    """Add what the plan's free text states and its structured fields lack; returns the same plan."""
    _add_labelled_dates(plan)
    _add_review_mentions(plan)
    return plan


def _add_labelled_dates(plan: TreatmentPlan) -> None:
    missing = [field for field in LABELLED_DATE_FIELDS if getattr(plan, field) is None]
    for block in plan.free_text if missing else []:
        for field, (date, passage) in find_labelled_dates(block.text).items():
            if field in missing:
                setattr(plan, field, date)
                origin = block.source or SourceLocation()
                plan.field_sources[field] = origin.model_copy(update={"text": passage})
                missing.remove(field)


def _add_review_mentions(plan: TreatmentPlan) -> None:
    if plan.scheduled_reviews:
        return
    known = {(r.date, r.completed) for r in plan.reviews}
    for block in plan.free_text:
        for mention in find_review_mentions(block.text):
            if (mention.date, mention.completed) in known:
                continue
            known.add((mention.date, mention.completed))
            origin = block.source or SourceLocation()
            plan.reviews.append(
                Review(
                    kind=mention.kind,  # type: ignore[arg-type]
                    date=mention.date,
                    completed=mention.completed,
                    source=origin.model_copy(update={"text": mention.text}),
                )
            )
