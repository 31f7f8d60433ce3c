"""Times and values of C-CDA entries: effectiveTime (TS, IVL_TS, PIVL_TS, SXPR_TS) and observation values.

- PIVL_TS period -> frequency (period 1 wk: once a week; 12 h: twice a day; 2 wk: every other week);
  PIVL_TS phase width -> session length.
- IVL_TS low/high -> start and end dates (the end is also a duration end date); width -> a duration.
- TS value -> a single date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lxml import etree

from authcheck.model import Amount, Duration, Frequency
from authcheck.readers.ccda.xml import attr, child, children, clean, hl7_date, location, read_code, xsi_type

__all__ = ["Timing", "time_values", "timing_of", "value_text"]

_UCUM_PER = {
    "min": ("day", 1440.0),
    "h": ("day", 24.0),
    "d": ("day", 1.0),
    "wk": ("week", 1.0),
    "mo": ("month", 1.0),
    "a": ("year", 1.0),
}
_UCUM_DURATION = {"d": "day", "wk": "week", "mo": "month", "a": "year"}
_UCUM_WORDS = {"min": "minute", "h": "hour", "d": "day", "wk": "week", "mo": "month", "a": "year"}


def time_values(el: etree._Element) -> list[etree._Element]:
    """All effectiveTime elements, with SXPR_TS comps unpacked."""
    out = []
    for eff in children(el, "effectiveTime"):
        if xsi_type(eff) == "SXPR_TS":
            out.extend(children(eff, "comp"))
        else:
            out.append(eff)
    return out


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _fmt(number: float) -> str:
    return str(int(number)) if number == int(number) else f"{number:g}"


@dataclass
class Timing:
    """What an entry's effectiveTime states."""

    date: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    frequency: Frequency | None = None
    amount: Amount | None = None
    duration: Duration | None = None
    date_el: etree._Element | None = None
    end_el: etree._Element | None = None


def timing_of(el: etree._Element, section: str | None) -> Timing:
    timing = Timing()
    for eff in time_values(el):
        kind = xsi_type(eff)
        period = child(eff, "period")
        if kind in ("PIVL_TS", "EIVL_TS") or period is not None:
            value, unit = _number(attr(period, "value")), attr(period, "unit")
            if value and unit in _UCUM_PER:
                per, scale = _UCUM_PER[unit]
                count = round(scale / value, 4)
                text = (
                    f"every {_UCUM_WORDS[unit]}"
                    if value == 1
                    else f"every {_fmt(value)} {_UCUM_WORDS[unit]}s"
                )
                prn = child(el, "precondition") is not None
                timing.frequency = Frequency(
                    text=text, count=count, per=per, prn=prn, source=location(eff, section, text)
                )
            width = child(eff, "phase", "width")
            minutes = _number(attr(width, "value"))
            if minutes and attr(width, "unit") in ("min", "h"):
                minutes = minutes * (60 if attr(width, "unit") == "h" else 1)
                text = f"{_fmt(minutes)} minutes"
                timing.amount = Amount(text=text, minutes=minutes, source=location(width, section, text))
            continue
        if attr(eff, "value"):
            timing.date, timing.date_el = hl7_date(attr(eff, "value")), eff
            continue
        low, high, width = child(eff, "low"), child(eff, "high"), child(eff, "width")
        if low is not None and hl7_date(attr(low, "value")):
            timing.start = hl7_date(attr(low, "value"))
            timing.date_el = timing.date_el or low
        if high is not None and hl7_date(attr(high, "value")):
            timing.end, timing.end_el = hl7_date(attr(high, "value")), high
            timing.duration = Duration(
                end_date=timing.end,
                text=attr(high, "value"),
                source=location(high, section, attr(high, "value")),
            )
        if width is not None and _number(attr(width, "value")) and attr(width, "unit") in _UCUM_DURATION:
            value = _number(attr(width, "value"))
            text = f"{_fmt(value)} {_UCUM_DURATION[attr(width, 'unit')]}{'s' if value != 1 else ''}"
            timing.duration = Duration(
                text=text,
                value=value,
                unit=_UCUM_DURATION[attr(width, "unit")],
                end_date=timing.end,
                source=location(width, section, text),
            )
    return timing


def value_text(value: etree._Element | None) -> str | None:
    """A goal or score value as written: "95 %", ">= 92 %", "Goal achieved"."""
    if value is None:
        return None
    kind = xsi_type(value)
    if kind in ("PQ", "INT", "REAL", "MO") or (kind is None and attr(value, "value")):
        number, unit = attr(value, "value"), attr(value, "unit")
        if number is None:
            return None
        return f"{number} {unit}" if unit and unit != "1" else number
    if kind in ("IVL_PQ", "IVL_INT", "IVL_REAL"):
        low, high = child(value, "low"), child(value, "high")
        low_text = value_text(low) if low is not None else None
        high_text = value_text(high) if high is not None else None
        if low_text and high_text:
            return f"{low_text} to {high_text}"
        if low_text:
            return f">= {low_text}" if attr(low, "inclusive") != "false" else f"> {low_text}"
        if high_text:
            return f"<= {high_text}" if attr(high, "inclusive") != "false" else f"< {high_text}"
        return None
    if kind in ("CD", "CE", "CO", "CV"):
        code = read_code(value)
        return code.text() if code else None
    return clean("".join(value.itertext()))
