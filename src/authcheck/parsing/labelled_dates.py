"""Plan dates written as "label: date" in prose ("Initial evaluation / first treatment: 11/17/2025").

Used only when a reader found no such date in a field of its own. The labels are deliberately few
and unambiguous; the date must follow its label within the same clause.
"""

from __future__ import annotations

import datetime as dt
import re

from authcheck.parsing.dates import find_dates

__all__ = ["LABELLED_DATE_FIELDS", "find_labelled_dates"]

LABELLED_DATE_FIELDS: dict[str, re.Pattern[str]] = {
    "first_treatment_date": re.compile(
        r"\b(?:initial\s+eval(?:uation)?|eval(?:uation)?\s+date|date\s+of\s+(?:initial\s+)?eval(?:uation)?|"
        r"first\s+(?:treatment|visit|session)(?:\s+(?:date|day))?|date\s+of\s+first\s+(?:treatment|visit|session)|start\s+of\s+care)\b",
        re.IGNORECASE,
    ),
    "admission_date": re.compile(
        r"\b(?:admission\s+date|date\s+of\s+admission|admitted(?:\s+on)?|intake\s+date|date\s+of\s+intake)\b",
        re.IGNORECASE,
    ),
    "plan_date": re.compile(
        r"\b(?:plan\s+date|date\s+of\s+(?:the\s+)?plan|plan(?:\s+of\s+(?:care|treatment))?\s+established(?:\s+on)?|"
        r"date\s+established)\b",
        re.IGNORECASE,
    ),
}
# between a label and its date: another name of the same day ("Initial evaluation / first treatment: ...",
# "Initial evaluation and first treatment day: ...", "Start of care (initial evaluation, first treatment): ..."), then a
# colon, dash or verb
_BETWEEN = re.compile(
    r"^(?:\s*/\s*[a-z ]{1,30}|\s*\([a-z ,/&-]{1,50}\)|\s*(?:&|\band\b)\s*(?:[a-z]+\s+){0,2}"
    r"(?:treatment|visit|session|evaluation|eval|care|admission|intake)(?:\s+(?:day|date))?)?"
    r"\s*(?:[:\-–=]|on|was)?\s*$",
    re.IGNORECASE,
)


def find_labelled_dates(text: str | None) -> dict[str, tuple[dt.date, str]]:
    """For each field, the first date written right after one of its labels, with the passage."""
    found: dict[str, tuple[dt.date, str]] = {}
    if not text:
        return found
    dates = list(find_dates(text))
    for field, label in LABELLED_DATE_FIELDS.items():
        for match in label.finditer(text):
            following = next(((d, s) for d, s in dates if s[0] >= match.end() and s[0] - match.end() <= 40), None)
            if following is None:
                continue
            date, (start, end) = following
            if _BETWEEN.match(text[match.end():start]):
                found[field] = (date, text[match.start():end])
                break
    return found
