"""Format-independent reading that applies after any reader: facts stated only in the plan's prose.

Today: review and recertification dates written in sentences ("treatment plan review due
2026-07-06") when the reader found no review of that kind in a field of its own. Only what the text
states is taken, with the passage as its source.
"""

from __future__ import annotations

from authcheck.model import Review, SourceLocation, TreatmentPlan
from authcheck.parsing.reviews import find_review_mentions

__all__ = ["enrich_plan"]


def enrich_plan(plan: TreatmentPlan) -> TreatmentPlan:
    """Add what the plan's free text states and its structured fields lack; returns the same plan."""
    if plan.scheduled_reviews:
        return plan
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
    return plan
