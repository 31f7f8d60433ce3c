"""Facts stated in a line of plan text: codes, baselines, targets, time frames, target dates.

Each function returns what the text says, or None; nothing is guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from authcheck.parsing import find_dates

__all__ = [
    "baseline_and_target",
    "icd10_codes",
    "label_and_rest",
    "service_code_in",
    "stated_level",
    "target_date_in",
    "time_frame_in",
]

# A CPT/HCPCS code as a line names it: after "CPT"/"HCPCS" (any code-like token, so that a malformed code
# is still seen and reported), or in parentheses when it has the shape of one (4 digits and a character,
# or a letter and 4 digits).
_SERVICE_CODE = re.compile(
    r"\b(?:CPT|HCPCS)(?:\s*code)?\s*[:#]?\s*(?P<a>(?=[A-Z0-9]*\d{3})[A-Z0-9]{3,7})\b"
    r"|\((?P<b>\d{4}[A-Z0-9]|[A-Z]\d{4})\)",
    re.IGNORECASE,
)
# ICD-10-CM: letter, digit, digit/A/B, then a dot and up to 4 characters; undotted only when labelled ICD-10.
_ICD_DOTTED = re.compile(r"(?<![\w.])([A-TV-Z][0-9][0-9AB]\.[0-9A-TV-Z]{1,4})(?![\w.])")
_ICD_LABELLED = re.compile(
    r"\bICD-?10(?:-?CM)?\s*(?:code)?\s*[:#]?\s*([A-TV-Z][0-9][0-9AB](?:\.?[0-9A-TV-Z]{1,4})?)\b",
    re.IGNORECASE,
)


def service_code_in(text: str | None) -> str | None:
    """The CPT/HCPCS code a line names: "Individual psychotherapy (90837)", "CPT 97110", "(H0004)"."""
    if not text:
        return None
    match = _SERVICE_CODE.search(text)
    if not match:
        return None
    return (match.group("a") or match.group("b")).upper()


def icd10_codes(text: str | None) -> list[tuple[str, tuple[int, int]]]:
    """ICD-10-CM-shaped codes written in text, with their spans: dotted ("F33.1") or labelled ("ICD-10: F331")."""
    if not text:
        return []
    found: list[tuple[str, tuple[int, int]]] = []
    for match in _ICD_LABELLED.finditer(text):
        found.append((match.group(1).upper(), match.span(1)))
    for match in _ICD_DOTTED.finditer(text):
        if not any(start <= match.start(1) < end for _, (start, end) in found):
            found.append((match.group(1).upper(), match.span(1)))
    return sorted(found, key=lambda item: item[1][0])


_LABEL = re.compile(
    r"^\s*(?P<label>(?:(?:long|short)[- ]term\s+)?(?:goal|objective|ltg|stg|problem|intervention|milestone)"
    r"\s*#?\s*[0-9]+[a-z]?(?:\.[0-9]+)?)\s*[:.)\-–]\s*(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)


def label_and_rest(text: str) -> tuple[str | None, str]:
    """Split "Goal 1: text" into ("Goal 1", "text"); (None, text) when there is no such label."""
    match = _LABEL.match(text)
    if not match:
        return None, text.strip()
    return " ".join(match.group("label").split()), match.group("rest").strip()


def label_kind(label: str | None) -> str | None:
    """ "goal", "objective", "problem" or "intervention" for a label such as "STG 2" or "Objective 1a"."""
    if not label:
        return None
    low = label.lower()
    if low.startswith(("objective", "stg", "short", "milestone")):
        return "objective"
    if low.startswith(("goal", "ltg", "long")):
        return "goal"
    if low.startswith("problem"):
        return "problem"
    if low.startswith("intervention"):
        return "intervention"
    return None


_FROM_TO = re.compile(
    r"\bfrom\s+(?:a\s+|an\s+)?(?:baseline\s+(?:of\s+)?)?(?P<base>[^;]+?)\s+to\s+(?P<target>[^;]+?)"
    r"(?=\s+(?:within|by|in|over|as\s+measured|on|for)\b|[.;,](?:\s|$)|$)",
    re.IGNORECASE,
)
_BASELINE = re.compile(r"\bbaseline\s*(?:[:=]|is|of)\s*(?P<base>[^;.]+)", re.IGNORECASE)


_NO_LEVEL = re.compile(
    r"^\W*(?:n/?a|none|unknown|(?:tb[dan]|pending)\b.*|not\s+(?:applicable|available|assessed|measured|established|"
    r"determined|stated|yet\b.*)|to\s+be\s+\w+.*|will\s+be\s+\w+.*)?\W*$",
    re.IGNORECASE,
)


def stated_level(value: str | None) -> bool:
    """True when a Baseline or Target cell states a level: not empty, "N/A", "TBD", "Pending", "Not yet measured",
    "To be probed in week 1"."""
    return bool(value and value.strip()) and not _NO_LEVEL.match(value)


def baseline_and_target(text: str | None) -> tuple[str | None, str | None]:
    """Baseline and target a goal states: "reduce X from 4 per week to 1 or fewer per week" -> ("4 per week", "1 or fewer per week").

    Only numeric baselines count (a "from ... to ..." between words or between dates is not a measure).
    """
    if not text:
        return None, None
    match = _FROM_TO.search(text)
    if match:
        base, target = match.group("base").strip(), match.group("target").strip()
        if re.search(r"\d", base) and not list(find_dates(base)) and not list(find_dates(target)):
            return base, target
    match = _BASELINE.search(text)
    if match and re.search(r"\d", match.group("base")):
        return match.group("base").strip(), None
    return None, None


_TIME_FRAME = re.compile(
    r"\b(?:within|in|over|for|after|by\s+the\s+end\s+of)\s+(?:the\s+next\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s*(?:-|to)\s*\d+)?\s+(?:days?|weeks?|months?|years?|sessions?|visits?)\b",
    re.IGNORECASE,
)


def time_frame_in(text: str | None) -> str | None:
    """A time frame as written: "within 6 weeks", "in 3 months", "for 8 weeks", "over the next 12 sessions"."""
    if not text:
        return None
    match = _TIME_FRAME.search(text)
    return " ".join(match.group(0).split()) if match else None


_TARGET_MARK = re.compile(
    r"\b(?:target(?:\s+date)?|due(?:\s+date)?|achieve(?:d)?\s+by|by|no\s+later\s+than)\s*[:\-]?\s*$",
    re.IGNORECASE,
)


def target_date_in(text: str | None) -> tuple[dt.date | None, tuple[int, int] | None]:
    """A target date a line states after "Target date:", "by", "due" ...; (None, None) when none."""
    if not text:
        return None, None
    for date, (start, end) in find_dates(text):
        if _TARGET_MARK.search(text[max(0, start - 30) : start]):
            return date, (start, end)
    return None, None
