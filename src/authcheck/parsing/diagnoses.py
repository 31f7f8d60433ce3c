"""Who made a diagnosis and when, as prose states it: "Diagnosed by Samuel Oduya, PhD, on 09/12/2024",
"diagnosis made 2024-09-18 by Gerald Achebe, PhD (ADOS-2)"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from authcheck.parsing.dates import find_dates

__all__ = ["DiagnosedBy", "find_diagnosed_by"]

_BY = re.compile(
    r"(?i:\b(?:diagnosed|diagnosis\s+(?:was\s+)?(?:made|given|established|confirmed)|dx\s+(?:made|given)|evaluated)\b)"
    r"(?P<between>[^;]{0,40}?)(?i:\bby)\s+(?P<who>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:,\s*(?=[a-z.-]*[A-Z][a-z.-]*[A-Z])[A-Za-z.-]{2,12}\b){0,2})",
)


@dataclass(frozen=True)
class DiagnosedBy:
    """The clinician who made a diagnosis (name with credential as written) and the date, when stated."""

    by: str
    on: dt.date | None


def find_diagnosed_by(text: str | None) -> DiagnosedBy | None:
    """The first "diagnosed by NAME [on DATE]" statement in the text, or None."""
    if not text:
        return None
    match = _BY.search(text)
    if not match:
        return None
    who = match.group("who").strip().rstrip(",.")
    sentence_end = text.find(".", match.end())
    window = text[match.start(): sentence_end if sentence_end > 0 else len(text)]
    dates = [date for date, _ in find_dates(window)]
    return DiagnosedBy(by=who, on=dates[0] if dates else None)
