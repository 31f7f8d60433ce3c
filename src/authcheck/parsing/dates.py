"""Dates in the forms people type on treatment plans.

Accepted: ISO (2026-01-05, 2026/01/05), US numeric (01/05/2026, 1/5/26, 01-05-2026, 01.05.2026),
month names (Jan 5, 2026; January 5th 2026; 5 January 2026; 5-Jan-2026; 09-Feb-26; Mar 16 26) and their
abbreviations.
Numeric day/month order is the US convention (month first). Two-digit years resolve to the
century that puts them no more than ten years into the future.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

__all__ = ["ANY_DATE_TEXT", "DATE_TEXT", "MONTH_NAME_TEXT", "DateParseError", "find_dates", "parse_date"]


class DateParseError(ValueError):
    """A string looks like a date but is not a real calendar date, or is not a date at all."""


_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    # Spanish, as bilingual forms write them ("19 de enero de 2026")
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
# a month's name or its abbreviation, in any case, longest first ("September" before "Sept" and "Sep")
MONTH_NAME_TEXT = f"(?i:{_MONTH_NAMES})"

_ISO = r"(?P<iy>\d{4})[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})"
_US = r"(?P<um>\d{1,2})(?P<sep>[/\-.])(?P<ud>\d{1,2})(?P=sep)(?P<uy>\d{4}|\d{2})"
_MDY = (
    rf"(?P<nm>{_MONTH_NAMES})\.?\s+(?P<nd>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<ny>\d{{4}})"
    # a typist's "Mar 16 26", "Mar 5, 26": a two-digit year after the month's name and day, unless a unit follows
    # the number ("by June 5 30 min" is no year)
    rf"|(?P<tm>{_MONTH_NAMES})\.?\s(?P<td>\d{{1,2}}),?\s(?P<ty>\d{{2}})"
    r"(?![-/.]\d|\s*(?:%|x\b|/|(?:min|minute|hr|hour|sec|second|session|visit|unit|day|wk|week|mo|month|yr|year|"
    r"time|trial|point|pt|rep|step|item|word|feet|ft|lb|mg|ml)s?\b))"
)
_DMY = (
    rf"(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-)(?:(?:of|de)\s+)?(?P<dm>{_MONTH_NAMES})\.?,?(?:\s+de)?(?:\s+|-)(?P<dy>\d{{4}})"
    # EHR style "09-Feb-26": a two-digit year only with dashes on both sides of the month
    rf"|(?P<sd>\d{{1,2}})-(?P<sm>{_MONTH_NAMES})-(?P<sy>\d{{2}})"
)
_DATE_RE = re.compile(
    # a form's fill line ("DOB: ____08/08/1955____") is not part of the date: "_" is no letter or digit
    rf"(?<![^\W_]|[/.\-])(?:{_ISO}|{_US}|{_MDY}|{_DMY})(?![^\W_]|/|\.\d|-\d)", re.IGNORECASE
)
# any written date in a pattern of one's own, with no groups: 01/05/2026, 1-5-26, 2026-01-05, Jan 5, 2026, 5 January 2026
DATE_TEXT = re.sub(r"\(\?P<\w+>", "(?:", rf"(?:{_ISO}|{_US}|{_MDY}|{_DMY})").replace("(?P=sep)", "[/\\-.]")
# the same, matching month names in any case whatever the flags of the pattern it is put in ("January 5th, 2026")
ANY_DATE_TEXT = f"(?i:{DATE_TEXT})"
_DIGIT = re.compile(r"\d")
_SLASH_SPAN = re.compile(r"(?<![\d/])(\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))-(?=\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/]))")
_FULL_RE = re.compile(rf"^\s*(?:{_ISO}|{_US}|{_MDY}|{_DMY})\s*$", re.IGNORECASE)


def _year(text: str, today: dt.date | None = None) -> int:
    year = int(text)
    if len(text) == 4:
        return year
    ref = today or dt.date.today()
    candidate = 2000 + year
    return candidate if candidate <= ref.year + 10 else 1900 + year


def _build(match: re.Match[str], today: dt.date | None) -> dt.date:
    g = match.groupdict()
    if g.get("iy"):
        y, m, d = int(g["iy"]), int(g["im"]), int(g["id"])
    elif g.get("uy"):
        y, m, d = _year(g["uy"], today), int(g["um"]), int(g["ud"])
    elif g.get("nm"):
        y, m, d = int(g["ny"]), _MONTHS[g["nm"].lower()], int(g["nd"])
    elif g.get("ty"):
        y, m, d = _year(g["ty"], today), _MONTHS[g["tm"].lower()], int(g["td"])
    elif g.get("dy"):
        y, m, d = int(g["dy"]), _MONTHS[g["dm"].lower()], int(g["dd"])
    else:
        y, m, d = _year(g["sy"], today), _MONTHS[g["sm"].lower()], int(g["sd"])
    try:
        return dt.date(y, m, d)
    except ValueError as exc:
        raise DateParseError(f"not a date: {match.group(0).strip()!r}") from exc


def parse_date(value: str | dt.date | dt.datetime, *, today: dt.date | None = None) -> dt.date:
    """Parse a whole string as one date; raise DateParseError naming the text when it is not one.

    A trailing time ("01/05/2026 10:32 AM", "2026-01-05T10:32:00Z") is allowed and dropped.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    text = re.sub(r"(?i)(?:T|\s+(?:at\s+)?)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AP]\.?M\.?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4})?$", "", text)
    match = _FULL_RE.match(text)
    if not match:
        raise DateParseError(f"not a date: {str(value).strip()!r}")
    return _build(match, today)


def find_dates(text: str, *, today: dt.date | None = None) -> Iterator[tuple[dt.date, tuple[int, int]]]:
    """Yield every real date written in free text with its (start, end) span; impossible dates are skipped."""
    if not _DIGIT.search(text):  # every date form has a digit; most prose lines have none
        return
    yield from _dates_in(text, today)


@lru_cache(maxsize=8192)
def _dates_in(text: str, today: dt.date | None) -> tuple[tuple[dt.date, tuple[int, int]], ...]:
    """`find_dates` for a text holding a digit; readers look at the same lines many times, so it is remembered
    (a two-digit year read without `today` depends only on the current year)."""
    if "-" in text:
        # "3/16/26-5/14/26": two dates joined by a bare dash are read as if a space parted them (same length)
        text = _SLASH_SPAN.sub(r"\1 ", text)
    found = []
    for match in _DATE_RE.finditer(text):
        try:
            found.append((_build(match, today), match.span()))
        except DateParseError:
            continue
    return tuple(found)
