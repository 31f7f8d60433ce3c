"""The X12 005010X217 278 request (Health Care Services Review: Request for Review).

Structure written (one segment per line, `~` terminated, `*` elements, `:` components, `^` repeats):

    ISA/GS                         envelope; sender = --submitter-id or the requester's NPI, receiver = payer ID
    ST, BHT*0007*13                request
    2000A HL*20  2010A NM1*X3      the payer (UMO), with its payer ID
    2000B HL*21  2010B NM1*1P      the requesting provider, by NPI (XX)
    2000C HL*22  2010C NM1*IL, DMG the patient as subscriber (the member ID identifies them), date of birth
    2000E HL*EV  UM, DTP*AAH, HI   the request: category HS, certification I, service type; plan period; ICD-10-CM codes
    2000F HL*SS  UM, DTP*472, SV1, HSD   one per requested service: dates, CPT/HCPCS, units, frequency and duration
    SE/GE/IEA

The 278 has no way to say "unknown" for a required element, so when the plan or the settings lack
one (member ID, requester NPI, payer name or payer ID) no 278 is written and the reasons are
returned instead. Optional data the plan lacks is omitted (DMG without a birth date, UM04 without a
place of service, SV103/SV104 without units, HSD without a stated frequency or duration).
Dates come from the packet date; times are 0000; control numbers derive from a content hash.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from authcheck.packets.submission import Service, Submission, plain_code

__all__ = ["X12Result", "build_278"]

_DELIMITERS = re.compile(r"[*~:^\r\n]+")
_PER = {"day": "DA", "week": "WK", "month": "MO"}
_PERIOD = {"day": "7", "week": "35", "month": "34", "year": "21"}


@dataclass
class X12Result:
    """The 278 text, or None with the reasons it could not be written."""

    text: str | None
    blockers: list[str] = field(default_factory=list)


def _clean(value: str | None, limit: int) -> str:
    """An element value: delimiters removed, spaces collapsed, upper case, at most `limit` characters."""
    if not value:
        return ""
    text = " ".join(_DELIMITERS.sub(" ", value).split()).upper()
    return text[:limit].rstrip()


def _segment(*elements: str) -> str:
    """A segment with trailing empty elements dropped."""
    parts = list(elements)
    while parts and parts[-1] == "":
        parts.pop()
    return "*".join(parts) + "~"


def _number(value: float) -> str:
    return f"{value:g}"


def _integer(value: float | None) -> int | None:
    if value is None or not float(value).is_integer() or value <= 0:
        return None
    return int(value)


def _dates(start, end) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    if start and end:
        return "RD8", f"{start:%Y%m%d}-{end:%Y%m%d}"
    if start:
        return "D8", f"{start:%Y%m%d}"
    return None


def _hsd(service: Service) -> str | None:
    """Health Care Services Delivery from what the plan states: quantity, frequency, duration."""
    quantity_qualifier = quantity = per = modulus = period = periods = ""
    duration = service.duration
    if service.hours is not None:
        quantity_qualifier, quantity = "HS", _number(service.hours[0])
        period, periods = _PERIOD[service.hours[1]], "1"
    else:
        if duration is not None and duration.unit in ("session", "visit") and _integer(duration.value):
            quantity_qualifier, quantity = "VS", str(_integer(duration.value))
        frequency = service.frequency
        if frequency is not None and frequency.per in _PER:
            count = _integer(frequency.count_max or frequency.count)
            if count:
                per, modulus = _PER[frequency.per], str(count)
        if duration is not None and duration.unit in _PERIOD and _integer(duration.value) and _integer(duration.value) < 1000:
            period, periods = _PERIOD[duration.unit], str(_integer(duration.value))
    if not (quantity or modulus or periods):
        return None
    return _segment("HSD", quantity_qualifier, quantity, per, modulus, period, periods)


def build_278(sub: Submission, *, key: str, submitter_id: str | None = None, usage: str = "P") -> X12Result:
    """The 278 request for a submission, or the reasons it cannot be written."""
    blockers = [f"{m.element}: {m.how}" for m in sub.missing if m.blocks_x12]
    requester = sub.requester
    sender = _clean(submitter_id or (requester.npi if requester else None), 15)
    receiver = _clean(sub.payer.payer_id, 15)
    if sub.payer.payer_id and len(sub.payer.payer_id.strip()) > 15:
        blockers.append("payer identifier: longer than the 15 characters an interchange receiver ID may have")
    if submitter_id and len(submitter_id.strip()) > 15:
        blockers.append("submitter ID: longer than 15 characters")
    if blockers or requester is None:
        return X12Result(None, blockers or ["requesting provider: name the treating provider with NPI in the plan"])

    control = int(key[:12], 16) % 1_000_000_000 or 1
    isa_control = f"{control:09d}"
    day = sub.date
    segments = [
        "ISA*00*" + " " * 10 + "*00*" + " " * 10 + f"*ZZ*{sender:<15}*ZZ*{receiver:<15}*{day:%y%m%d}*0000*^*00501*"
        + f"{isa_control}*0*{usage}*:~",
        _segment("GS", "HI", sender, receiver, f"{day:%Y%m%d}", "0000", str(control), "X", "005010X217"),
    ]
    body = [
        _segment("ST", "278", "0001", "005010X217"),
        _segment("BHT", "0007", "13", key[:30].upper(), f"{day:%Y%m%d}", "0000"),
        _segment("HL", "1", "", "20", "1"),
        _segment("NM1", "X3", "2", _clean(sub.payer.name, 60), "", "", "", "", sub.payer.qualifier,
                 _clean(sub.payer.payer_id, 80)),
        _segment("HL", "2", "1", "21", "1"),
    ]
    if requester.is_person:
        middle = " ".join(requester.given[1:])
        body.append(_segment("NM1", "1P", "1", _clean(requester.family, 60),
                             _clean(requester.given[0] if requester.given else "", 35), _clean(middle, 25), "", "", "XX",
                             _clean(requester.npi, 80)))
    else:
        body.append(_segment("NM1", "1P", "2", _clean(requester.name, 60), "", "", "", "", "XX", _clean(requester.npi, 80)))
    member = sub.member
    body.append(_segment("HL", "3", "2", "22", "1"))
    body.append(_segment("NM1", "IL", "1", _clean(member.family, 60), _clean(member.given[0] if member.given else "", 35),
                         _clean(" ".join(member.given[1:]), 25), "", "", "MI", _clean(member.member_id, 80)))
    if member.birth_date:
        body.append(_segment("DMG", "D8", f"{member.birth_date:%Y%m%d}"))
    body.append(_segment("HL", "4", "3", "EV", "1" if sub.services else "0"))
    location = f"{sub.place_of_service}:B" if sub.place_of_service else ""
    body.append(_segment("UM", "HS", "I", sub.service_type_code or "", location))
    event = _dates(sub.start, sub.end)
    if event:
        body.append(_segment("DTP", "AAH", *event))
    codes = [d for d in sub.diagnoses if d.code][:12]
    if codes:
        composites = [f"{'ABK' if i == 0 else 'ABF'}:{plain_code(d.code or '')}" for i, d in enumerate(codes)]
        body.append(_segment("HI", *composites))
    for index, service in enumerate(sub.services):
        body.append(_segment("HL", str(5 + index), "4", "SS", "0"))
        body.append(_segment("UM", "HS", "I", sub.service_type_code or "", location))
        dates = _dates(service.start, service.end)
        if dates:
            body.append(_segment("DTP", "472", *dates))
        if service.code:
            procedure = ":".join(["HC", service.code, *service.modifiers[:4]])
            units = ["UN", _number(service.units)] if service.units is not None else ["", ""]
            body.append(_segment("SV1", procedure, "", *units))
        hsd = _hsd(service)
        if hsd:
            body.append(hsd)
    body.append(_segment("SE", str(len(body) + 1), "0001"))
    segments += body
    segments.append(_segment("GE", "1", str(control)))
    segments.append(_segment("IEA", "1", isa_control))
    return X12Result("\n".join(segments) + "\n")
