"""FHIR R4 data types read into plain values: text, codes, names, dates, quantities and Timing.

Values arrive from JSON (numbers, booleans) or XML (strings), so every number is read with `number()`
and every list with `each()`. Nothing here guesses: a value that is not there gives None.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from typing import Any

from authcheck.model.vocab import normalize_code_system
from authcheck.readers.fhir.doc import Path, each

__all__ = [
    "TimingParts",
    "cc_text",
    "codings",
    "fhir_date",
    "find_coding",
    "human_name",
    "number",
    "quantity_text",
    "strip_xhtml",
    "text",
    "timing_parts",
    "value_text",
]


def text(value: Any) -> str | None:
    """A non-empty stripped string, or None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return _num_str(float(value))
    if isinstance(value, str):
        stripped = " ".join(value.split())
        return stripped or None
    return None


def number(value: Any) -> float | None:
    """A JSON number or an XML decimal string as float."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return None
    return None


def _num_str(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def codings(cc: Any, path: Path) -> list[tuple[dict[str, Any], Path]]:
    """The codings of a CodeableConcept with their paths."""
    return [(c, p) for c, p in each(cc, "coding", path) if isinstance(c, dict)]


def find_coding(cc: Any, path: Path, *systems: str) -> tuple[dict[str, Any], Path] | None:
    """The first coding whose system normalizes to one of `systems` ("ICD-10-CM", "CPT", ...)."""
    for coding, coding_path in codings(cc, path):
        if normalize_code_system(text(coding.get("system")) or "") in systems and text(coding.get("code")):
            return coding, coding_path
    return None


def cc_text(cc: Any) -> str | None:
    """CodeableConcept.text, else the first coding display, else the first code."""
    if isinstance(cc, str):
        return text(cc)
    if not isinstance(cc, dict):
        return None
    if text(cc.get("text")):
        return text(cc["text"])
    for coding, _ in codings(cc, ()):
        if text(coding.get("display")):
            return text(coding["display"])
    for coding, _ in codings(cc, ()):
        if text(coding.get("code")):
            return text(coding["code"])
    return None


def human_name(names: Any) -> str | None:
    """A display name from HumanName(s): the official/usual name, "Given Family" or its text."""
    candidates = [n for n, _ in each({"n": names}, "n", ()) if isinstance(n, dict)]
    if not candidates:
        return None
    order = {"official": 0, "usual": 1}
    candidates.sort(key=lambda n: order.get(str(n.get("use")), 2))
    for name in candidates:
        if text(name.get("text")):
            return text(name["text"])
        given = [text(g) for g, _ in each(name, "given", ()) if text(g)]
        family = text(name.get("family"))
        parts = [p for p in (*given, family) if p]
        if parts:
            return " ".join(parts)
    return None


_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")


def fhir_date(value: Any) -> dt.date | None:
    """The calendar date of a FHIR date/dateTime/instant; a partial date ("2025-10") gives None."""
    if not isinstance(value, str):
        return None
    match = _DATE.match(value.strip())
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _unit(quantity: dict[str, Any]) -> str | None:
    unit = text(quantity.get("unit")) or text(quantity.get("code"))
    if unit and unit.startswith("{") and unit.endswith("}"):
        return None  # a UCUM annotation such as {score}: dimensionless, no unit to show
    return None if unit == "1" else unit


def quantity_text(quantity: Any) -> str | None:
    """ "< 7", "120 degrees", "≥ 60 score": comparator, value and unit as given."""
    if not isinstance(quantity, dict):
        return None
    value = number(quantity.get("value"))
    if value is None:
        return None
    parts = [text(quantity.get("comparator")), _num_str(value), _unit(quantity)]
    return " ".join(p for p in parts if p)


def _range_text(rng: dict[str, Any]) -> str | None:
    low = rng.get("low") if isinstance(rng.get("low"), dict) else None
    high = rng.get("high") if isinstance(rng.get("high"), dict) else None
    low_value = number(low.get("value")) if low else None
    high_value = number(high.get("value")) if high else None
    unit = _unit(high or low or {})
    if low_value is not None and high_value is not None:
        body = f"{_num_str(low_value)} to {_num_str(high_value)}"
    elif low_value is not None:
        body = f">= {_num_str(low_value)}"
    elif high_value is not None:
        body = f"<= {_num_str(high_value)}"
    else:
        return None
    return f"{body} {unit}" if unit else body


def _ratio_text(ratio: dict[str, Any]) -> str | None:
    num = quantity_text(ratio.get("numerator"))
    den = quantity_text(ratio.get("denominator"))
    if num and den:
        return f"{num} per {den}"
    return num


def value_text(obj: dict[str, Any], prefix: str) -> tuple[str | None, str | None]:
    """The text of a choice element `prefix[x]` (detailQuantity, valueString, ...) and its key."""
    for suffix, reader in (
        ("Quantity", quantity_text),
        ("Range", lambda v: _range_text(v) if isinstance(v, dict) else None),
        ("Ratio", lambda v: _ratio_text(v) if isinstance(v, dict) else None),
        ("CodeableConcept", cc_text),
        ("Coding", lambda v: text(v.get("display")) or text(v.get("code")) if isinstance(v, dict) else None),
        ("String", text),
        ("Integer", text),
        ("Decimal", text),
        ("Boolean", lambda v: {True: "true", False: "false", "true": "true", "false": "false"}.get(v)),
    ):
        key = prefix + suffix
        if key in obj:
            return reader(obj[key]), key
    return None, None


_TAGS_BLOCK = re.compile(r"<\s*(?:br|/p|/div|/li|/tr|/h\d|/td|/th)\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")


def strip_xhtml(div: Any) -> str | None:
    """Plain text of a narrative div (tags dropped, entities decoded, blank lines squeezed)."""
    if not isinstance(div, str):
        return None
    body = _TAGS_BLOCK.sub("\n", div)
    body = html.unescape(_TAGS.sub(" ", body))
    lines = [" ".join(line.split()) for line in body.splitlines()]
    result = "\n".join(line for line in lines if line)
    return result or None


# --------------------------------------------------------------------------- Timing

_PERIOD_UNITS = {"d": "day", "wk": "week", "mo": "month", "a": "year"}
_PER_DAY_UNITS = {"h": 24.0, "min": 24.0 * 60, "s": 24.0 * 3600}
_UNIT_WORDS = {
    "s": "second",
    "min": "minute",
    "h": "hour",
    "d": "day",
    "wk": "week",
    "mo": "month",
    "a": "year",
}
_MINUTES = {"s": 1 / 60, "min": 1.0, "h": 60.0}
_DURATION_UNITS = {
    "d": "day",
    "day": "day",
    "days": "day",
    "wk": "week",
    "week": "week",
    "weeks": "week",
    "mo": "month",
    "month": "month",
    "months": "month",
    "a": "year",
    "year": "year",
    "years": "year",
    "session": "session",
    "sessions": "session",
    "visit": "visit",
    "visits": "visit",
}
# HL7 v3 GTSAbbreviation codes used in Timing.code (terminology.hl7.org/CodeSystem/v3-GTSAbbreviation).
_TIMING_CODES = {
    "BID": (2.0, "day"),
    "TID": (3.0, "day"),
    "QID": (4.0, "day"),
    "QD": (1.0, "day"),
    "QOD": (0.5, "day"),
    "AM": (1.0, "day"),
    "PM": (1.0, "day"),
    "QAM": (1.0, "day"),
    "QPM": (1.0, "day"),
    "BED": (1.0, "day"),
    "Q1H": (24.0, "day"),
    "Q2H": (12.0, "day"),
    "Q3H": (8.0, "day"),
    "Q4H": (6.0, "day"),
    "Q6H": (4.0, "day"),
    "Q8H": (3.0, "day"),
    "WK": (1.0, "week"),
    "MO": (1.0, "month"),
}


@dataclass
class TimingParts:
    """What a Timing states, as keyword dicts for the model's Frequency, Amount and Duration."""

    frequency: dict[str, Any] | str | None = None
    amount: dict[str, Any] | None = None
    duration: dict[str, Any] | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    frequency_path: Path | None = None
    amount_path: Path | None = None
    duration_path: Path | None = None


def duration_unit(quantity: dict[str, Any]) -> str | None:
    """The model's duration unit for a Duration/Quantity (UCUM code or unit word), or None."""
    for key in ("code", "unit"):
        unit = text(quantity.get(key))
        if unit:
            unit = unit.strip("{}").lower()
            if unit in _DURATION_UNITS:
                return _DURATION_UNITS[unit]
    return None


def duration_dict(quantity: Any) -> dict[str, Any] | None:
    """A model Duration dict from a FHIR Duration ("8 wk" -> 8 weeks)."""
    if not isinstance(quantity, dict):
        return None
    value = number(quantity.get("value"))
    if value is None:
        return None
    unit = duration_unit(quantity)
    return {"text": quantity_text(quantity), "value": value if unit else None, "unit": unit}


def timing_parts(timing: Any, path: Path) -> TimingParts:
    """Frequency (frequency/period/periodUnit, dayOfWeek, timeOfDay, code), session length
    (duration/durationUnit) and length of treatment (bounds[x], count) stated by a Timing."""
    parts = TimingParts()
    if not isinstance(timing, dict):
        return parts
    repeat = timing.get("repeat") if isinstance(timing.get("repeat"), dict) else {}
    rpath = (*path, "repeat")
    parts.frequency = _frequency(repeat)
    if parts.frequency:
        parts.frequency_path = rpath
    else:
        code = timing.get("code")
        parts.frequency = _frequency_from_code(code)
        if parts.frequency:
            parts.frequency_path = (*path, "code")
    minutes = _minutes(repeat.get("duration"), repeat.get("durationUnit"))
    if minutes is not None:
        top = _minutes(repeat.get("durationMax"), repeat.get("durationUnit"))
        unit = text(repeat.get("durationUnit"))
        written = f"{_num_str(number(repeat.get('duration')) or 0)}"
        if top is not None:
            written += f"-{_num_str(number(repeat.get('durationMax')) or 0)}"
        parts.amount = {"text": f"{written} {unit}", "minutes": minutes, "minutes_max": top}
        parts.amount_path = (*rpath, "duration")
    duration: dict[str, Any] = {}
    texts: list[str] = []
    count = number(repeat.get("count"))
    if count is not None:
        top = number(repeat.get("countMax"))
        duration.update(value=top or count, unit="session")
        texts.append(f"{_num_str(count)}{'-' + _num_str(top) if top else ''} occurrences")
        parts.duration_path = (*rpath, "count")
    bounds = repeat.get("boundsDuration")
    if isinstance(bounds, dict) and "value" not in duration:
        bound = duration_dict(bounds)
        if bound:
            duration.update(value=bound["value"], unit=bound["unit"])
            texts.append(bound["text"] or "")
            parts.duration_path = (*rpath, "boundsDuration")
    bounds_range = repeat.get("boundsRange")
    if isinstance(bounds_range, dict) and "value" not in duration:
        bound = duration_dict(bounds_range.get("high"))
        if bound:
            duration.update(value=bound["value"], unit=bound["unit"])
            texts.append(_range_text(bounds_range) or "")
            parts.duration_path = (*rpath, "boundsRange")
    period = repeat.get("boundsPeriod")
    if isinstance(period, dict):
        parts.start = fhir_date(period.get("start"))
        parts.end = fhir_date(period.get("end"))
        if parts.end:
            duration["end_date"] = parts.end
            texts.append(f"through {parts.end.isoformat()}")
            parts.duration_path = parts.duration_path or (*rpath, "boundsPeriod")
    if duration:
        duration["text"] = ", ".join(t for t in texts if t) or None
        parts.duration = duration
    return parts


def _frequency(repeat: dict[str, Any]) -> dict[str, Any] | None:
    freq = number(repeat.get("frequency"))
    freq_max = number(repeat.get("frequencyMax"))
    period = number(repeat.get("period"))
    period_max = number(repeat.get("periodMax"))
    unit = text(repeat.get("periodUnit"))
    if period is not None and unit:
        # R4: "If no frequency is stated, the assumption is that the action occurs once per period".
        freq = freq if freq is not None else 1.0
        if period <= 0 or freq <= 0:
            return None
        per, scale = _per(unit)
        if per is None:
            return None
        count = freq / period * scale
        count_max = None
        if period_max and period_max > period:
            count, count_max = freq / period_max * scale, (freq_max or freq) / period * scale
        elif freq_max and freq_max > freq:
            count_max = freq_max / period * scale
        written = _num_str(freq) + (f"-{_num_str(freq_max)}" if freq_max else "") + "x"
        span = _num_str(period) + (f"-{_num_str(period_max)}" if period_max else "")
        word = _UNIT_WORDS.get(unit, unit)
        phrase = f"{written} per {word}" if span == "1" else f"{written} every {span} {word}s"
        return {
            "text": phrase,
            "count": round(count, 4),
            "count_max": round(count_max, 4) if count_max else None,
            "per": per,
        }
    days = [text(d) for d, _ in each(repeat, "dayOfWeek", ()) if text(d)]
    if days and freq is None:
        return {
            "text": ", ".join(d.capitalize() for d in days if d),
            "count": float(len(days)),
            "per": "week",
        }
    times = [text(t) for t, _ in each(repeat, "timeOfDay", ()) if text(t)]
    if times and freq is None:
        return {
            "text": "daily at " + ", ".join(t for t in times if t),
            "count": float(len(times)),
            "per": "day",
        }
    return None


def _per(unit: str) -> tuple[str | None, float]:
    if unit in _PERIOD_UNITS:
        return _PERIOD_UNITS[unit], 1.0
    if unit in _PER_DAY_UNITS:
        return "day", _PER_DAY_UNITS[unit]
    return None, 1.0


def _frequency_from_code(code: Any) -> dict[str, Any] | str | None:
    if not isinstance(code, dict):
        return None
    for coding, _ in codings(code, ()):
        value = (text(coding.get("code")) or "").upper()
        if value in _TIMING_CODES:
            count, per = _TIMING_CODES[value]
            return {"text": cc_text(code) or value, "count": count, "per": per}
    return cc_text(code)  # a phrase such as "twice weekly": the model parses it


def _minutes(value: Any, unit: Any) -> float | None:
    amount = number(value)
    factor = _MINUTES.get(text(unit) or "")
    if amount is None or factor is None or amount <= 0:
        return None
    return round(amount * factor, 4)
