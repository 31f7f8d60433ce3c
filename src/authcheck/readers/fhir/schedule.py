"""How often, how much and how long, from an activity's scheduled[x] or a request's occurrence[x].

scheduledTiming/occurrenceTiming give frequency, session length and length of treatment (see
`fhir.values.timing_parts`), Period gives start, end and an end date, DateTime a start, and
scheduledString is a phrase the model's parsers read. When none of these says it, a phrase in the
activity's description ("weekly, 45 minutes") may.
"""

from __future__ import annotations

import re
from typing import Any

from authcheck.model import Amount, Duration, Frequency
from authcheck.parsing import parse_amount, parse_duration, parse_frequency
from authcheck.readers.fhir.context import BuildContext
from authcheck.readers.fhir.doc import Path, each
from authcheck.readers.fhir.values import fhir_date, find_coding, number, text, timing_parts

__all__ = ["quantities", "quantity_amount", "schedule", "service_code"]

_SERVICE_SYSTEMS = ("CPT", "HCPCS")
_CODE_IN_TEXT = re.compile(
    r"\b(?:CPT|HCPCS)(?:\s+code)?\s*[:#]?\s*(\d{4}[0-9FTU]|[A-V]\d{4})\b|\((\d{4}[0-9FTU]|[A-V]\d{4})\)"
)


def service_code(
    ctx: BuildContext, cc: Any, path: Path, *texts: str | None
) -> tuple[str | None, Path | None]:
    """The CPT/HCPCS code of a concept, else one written in the text ("CPT 90837", "(97140)"), and
    the path of the coding's code (None for a code found in text). Codes are noted for the discipline."""
    coding = find_coding(cc, path, *_SERVICE_SYSTEMS)
    if coding:
        code = text(coding[0].get("code"))
        ctx.service_codes.append(str(code))
        return code, (*coding[1], "code")
    for value in texts:
        match = _CODE_IN_TEXT.search(value or "")
        if match:
            code = match.group(1) or match.group(2)
            ctx.service_codes.append(code)
            return code, None
    return None, None


def schedule(holder: dict[str, Any], path: Path, prefix: str) -> dict[str, Any]:
    """From `prefix`Timing/Period/DateTime/String: "frequency", "amount", "duration" as (data, path)
    pairs for the model, and "start", "end", "event" dates."""
    out: dict[str, Any] = {}
    timing = holder.get(prefix + "Timing")
    if isinstance(timing, dict):
        parts = timing_parts(timing, (*path, prefix + "Timing"))
        if parts.frequency:
            out["frequency"] = (parts.frequency, parts.frequency_path)
        if parts.amount:
            out["amount"] = (parts.amount, parts.amount_path)
        if parts.duration:
            out["duration"] = (parts.duration, parts.duration_path)
        out["start"], out["end"] = parts.start, parts.end
        events = [d for d in (fhir_date(e) for e, _ in each(timing, "event", ())) if d]
        if events:
            out["start"] = out.get("start") or min(events)
            out["event"] = min(events)
    period = holder.get(prefix + "Period")
    if isinstance(period, dict):
        start, end = fhir_date(period.get("start")), fhir_date(period.get("end"))
        out["start"], out["end"] = start, end
        if end and "duration" not in out:
            span = f"{start.isoformat()} to {end.isoformat()}" if start else f"through {end.isoformat()}"
            out["duration"] = ({"text": span, "end_date": end}, (*path, prefix + "Period"))
    when = fhir_date(holder.get(prefix + "DateTime"))
    if when:
        out["start"] = out["event"] = when
    phrase = text(holder.get(prefix + "String"))
    if phrase:
        spath = (*path, prefix + "String")
        out.setdefault("frequency", (phrase, spath))
        if parse_amount(phrase):
            out.setdefault("amount", (phrase, spath))
        if parse_duration(phrase):
            out.setdefault("duration", (phrase, spath))
    return out


def quantity_amount(quantity: Any) -> dict[str, Any] | None:
    """An Amount dict from a Quantity in minutes, hours or (unitless) units; other units give None."""
    if not isinstance(quantity, dict) or number(quantity.get("value")) is None:
        return None
    value = float(number(quantity.get("value")) or 0)
    unit = (text(quantity.get("code")) or text(quantity.get("unit")) or "").strip("{}").lower()
    if unit in ("min", "minute", "minutes"):
        return {"text": f"{value:g} minutes", "minutes": value}
    if unit in ("h", "hr", "hour", "hours"):
        return {"text": f"{value:g} hours", "minutes": value * 60}
    if unit in ("", "1", "unit", "units", "billing unit", "billing units"):
        return {"text": f"{value:g} units", "units": value}
    return None


def quantities(
    ctx: BuildContext, found: dict[str, Any], fallback_texts: list[str | None], fallback_path: Path
) -> dict[str, Any]:
    """Model Frequency/Amount/Duration objects from a schedule, each else from a phrase in the texts."""
    built: dict[str, Any] = {}
    for name, cls, parser in (
        ("frequency", Frequency, parse_frequency),
        ("amount", Amount, parse_amount),
        ("duration", Duration, parse_duration),
    ):
        value = found.get(name)
        if value is None:
            phrase = next((p for p in fallback_texts if p and parser(p)), None)
            value = (phrase, fallback_path) if phrase else None
        if value is None:
            continue
        data, vpath = value
        model = cls.model_validate(data)
        model.source = ctx.loc(vpath, data if isinstance(data, str) else model.text) if vpath else None
        built[name] = model
    return built
