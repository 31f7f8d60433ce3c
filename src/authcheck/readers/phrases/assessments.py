"""Standardized assessments: instrument, date and scores in "Vineland-3 ABC 68, administered 09/16/2025"."""

from __future__ import annotations

import datetime as dt
import re

from authcheck.parsing import find_dates


_ADMINISTERED = re.compile(
    r"\b(?:administered|completed|given|conducted|performed|dated|date|on|taken|re-?administered|obtained)\b\s*:?\s*$|"
    r"\b(?:administered|completed|given|conducted|performed|dated|taken|re-?administered|obtained)\b",
    re.I,
)


def parse_assessment(text: str) -> tuple[str | None, dt.date | None, dict[str, str]]:
    """Instrument, date and scores in "Vineland-3 ABC administered 09/16/2025", "PHQ-9: 18 (moderately severe) on 1/2/26"."""
    text = " ".join(text.split()).strip(" .;")
    if not text:
        return None, None, {}
    date = None
    dates = list(find_dates(text))
    instrument_end = len(text)
    if dates:
        date = dates[0][0]
        instrument_end = min(instrument_end, dates[0][1][0])
    for m in _ADMINISTERED.finditer(text[:instrument_end] + " "):
        if m.start() > 0:
            instrument_end = min(instrument_end, m.start())
            break
    scores: dict[str, str] = {}
    rest = text
    for _, (start, end) in reversed(dates):
        rest = rest[:start] + " " + rest[end:]
    for sm in re.finditer(
        r"(?P<name>(?:standard\s+|raw\s+|total\s+|composite\s+|t-?\s*)?score|percentile|total|composite|"
        r"age equivalent|level|severity|abc|adaptive\s+behavior\s+composite|milestones|barriers|index|quotient|"
        r"fsiq|iq|dq)\s*(?:of|was|is|[:=])?\s*(?P<value>\d+(?:\.\d+)?(?:\s*/\s*\d+)?"
        r"(?:\s*\([^)]{1,30}\))?)",
        rest,
        re.I,
    ):
        scores[sm.group("name").strip().lower()] = sm.group("value").strip()
        instrument_end = min(instrument_end, sm.start())
    colon = re.match(
        r"^(?P<inst>[^:]{2,60}?)\s*[:=]\s*(?P<val>\d+(?:\.\d+)?(?:\s*/\s*\d+)?(?:\s*\([^)]{1,30}\))?)", rest
    )
    if colon and not scores:
        scores["score"] = colon.group("val").strip()
        instrument_end = min(instrument_end, colon.end("inst"))
    instrument = text[:instrument_end].strip(" ,;:-–(")
    instrument = re.sub(r"\s+(?:was|were|is)$", "", instrument, flags=re.I).strip()
    return (instrument or None), date, scores
