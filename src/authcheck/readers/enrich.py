"""Format-independent reading that applies after any reader: facts stated only in the plan's prose.

- review and recertification dates written in sentences ("treatment plan review due 2026-07-06")
  when the reader found no scheduled review;
- the plan, admission and first-treatment dates written as "label: date" in prose ("Initial
  evaluation / first treatment: 11/17/2025") when the reader found none;
- standardized assessments stated in a sentence ("the ABLLS-R, administered 10/14/2024") whose
  instrument the reader did not record.
Only what the text states is taken, with the passage as its source, and never from a passage filed under an earlier
or another record's heading ("Previous plan", "Discharge summary"): its dates are that record's.
"""

from __future__ import annotations

from authcheck.model import Assessment, Review, SourceLocation, TreatmentPlan
from authcheck.model.plan import TextBlock
from authcheck.model.vocab import find_instrument
from authcheck.parsing.assessment_mentions import find_assessment_mentions
from authcheck.parsing.labelled_dates import LABELLED_DATE_FIELDS, find_labelled_dates
from authcheck.parsing.reviews import find_review_mentions
from authcheck.readers.docx.sections import earlier_record

__all__ = ["enrich_plan"]


def _current_text(plan: TreatmentPlan) -> list[TextBlock]:
    """The plan's free text less the passages under an earlier or another record's heading."""
    return [block for block in plan.free_text if not (block.heading and earlier_record(block.heading))]


def enrich_plan(plan: TreatmentPlan) -> TreatmentPlan:
    """Add what the plan's free text states and its structured fields lack; returns the same plan."""
    _add_labelled_dates(plan)
    _add_review_mentions(plan)
    _add_assessment_mentions(plan)
    return plan


def _add_assessment_mentions(plan: TreatmentPlan) -> None:
    known = {(find_instrument(a.instrument) or a.instrument or "").lower() for a in plan.assessments}
    for text, origin in _prose(plan):
        for mention in find_assessment_mentions(text, not_after=plan.plan_date):
            if mention.instrument.lower() in known:
                continue
            known.add(mention.instrument.lower())
            plan.assessments.append(
                Assessment(instrument=mention.instrument, date=mention.date,
                           source=origin.model_copy(update={"text": mention.text}))
            )


def _prose(plan: TreatmentPlan) -> list[tuple[str, SourceLocation]]:
    """The passages a sentence about an assessment may sit in: free text, the presenting problem, and the
    paragraphs the diagnoses were read from (a diagnosis paragraph often goes on to the assessment)."""
    passages: list[tuple[str, SourceLocation]] = [(b.text, b.source or SourceLocation()) for b in plan.free_text]
    if plan.presenting_problem:
        passages.append((plan.presenting_problem, plan.location_of("presenting_problem") or SourceLocation()))
    for diagnosis in plan.diagnoses:
        if diagnosis.source is not None and diagnosis.source.text:
            passages.append((diagnosis.source.text, diagnosis.source))
    unique: dict[str, SourceLocation] = {}
    for text, origin in passages:
        unique.setdefault(text, origin)
    return list(unique.items())


def _add_labelled_dates(plan: TreatmentPlan) -> None:
    missing = [field for field in LABELLED_DATE_FIELDS if getattr(plan, field) is None]
    for block in _current_text(plan) if missing else []:
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
    for block in _current_text(plan):
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
