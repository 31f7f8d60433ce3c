"""Standardized assessments written in prose: "His most recent standardized assessment is the ABLLS-R,
administered 10/14/2024", "A Vineland-3 was completed on 12/02/2025 (ABC 68)".

A mention counts only when one sentence names a standardized instrument, says it was given (administered,
completed, conducted, scored ...) and dates it, or when a line records it: the instrument opening the line, its
date right after, then its scores ("VB-MAPP 2/3/26 milestones 61, barriers 18"). Plans ("will be administered by ...", "due", "scheduled")
are not assessments that took place and are left out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from authcheck.model.vocab import find_instrument
from authcheck.parsing.dates import ANY_DATE_TEXT, find_dates

__all__ = ["AssessmentMention", "find_assessment_mentions"]

_GIVEN = re.compile(
    r"\b(?:administered|re-?administered|completed|conducted|performed|given|scored|obtained|dated|"
    r"assessed|re-?assessed|updated)\b",
    re.IGNORECASE,
)
# "will be administered", "is to be completed", "should be re-assessed": the verb names a plan, not a result
_PLANNED_BEFORE = re.compile(r"\b(?:will|to|shall|should|must|would|can)\s+(?:be\s+|have\s+been\s+)?$", re.IGNORECASE)
# a record line: the instrument opens it, its date right after ("VB-MAPP 2/3/26 milestones 61, barriers 18",
# "Vineland-3 (2/9/26): ABC 64"), a score after the date
_RECORD = re.compile(
    rf"\S+(?:\s+\S+){{0,2}}?\s*[:(\-–—]?\s*{ANY_DATE_TEXT}\)?\s*[:,\-–—]?\s*(?=[^.;]*\d)",
)
_SENTENCE_BREAK = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\bDr)[.;!?](?=\s+[A-Z(\"'])|\n")


@dataclass(frozen=True)
class AssessmentMention:
    """An assessment the text says was given: its instrument, date and the sentence that says so."""

    instrument: str
    date: dt.date
    text: str


def _sentences(text: str) -> list[str]:
    pieces, start = [], 0
    for brk in _SENTENCE_BREAK.finditer(text):
        pieces.append(text[start : brk.end()])
        start = brk.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def find_assessment_mentions(text: str | None, *, not_after: dt.date | None = None) -> list[AssessmentMention]:
    """Every dated, completed standardized assessment the text states, in order; `not_after` (the plan date)
    drops dates after it, which would be plans rather than results."""
    if not text:
        return []
    mentions = []
    for sentence in _sentences(text):
        instrument = find_instrument(sentence)
        if instrument is None:
            continue
        at = sentence.lower().find(instrument.lower())
        # (an instrument in the middle of a sentence, "... then the VB-MAPP 3/1/26 ...", opens no record line)
        record = at <= 3 and _RECORD.match(sentence, at) is not None
        if not record and not any(
            not _PLANNED_BEFORE.search(sentence[max(0, m.start() - 20) : m.start()]) for m in _GIVEN.finditer(sentence)
        ):
            continue
        dates = [d for d, (start, _) in find_dates(sentence) if start > at]
        if not dates:
            continue
        date = dates[0]
        if not_after is not None and date > not_after:
            continue
        mentions.append(AssessmentMention(instrument=instrument, date=date, text=sentence))
    return mentions
