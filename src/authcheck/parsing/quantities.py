"""Frequency, amount and duration phrases as clinicians write them.

Each parser takes free text and returns a small parsed value, or None when the text states no such
thing. They never guess: "weekly" is once a week, "as needed" is PRN with no count, and text with
no recognisable phrase gives None so that the plan's gap stays visible.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from authcheck.parsing.dates import find_dates

__all__ = [
    "ParsedAmount",
    "ParsedDuration",
    "ParsedFrequency",
    "number_value",
    "parse_amount",
    "parse_duration",
    "parse_frequency",
    "parse_hours_per_week",
]

_WORD_NUMBERS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "eighteen": 18, "twenty": 20,
    "twenty-four": 24, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60,
    "ninety": 90, "half": 0.5,
}
_NUM = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted((w for w in _WORD_NUMBERS if len(w) > 2), key=len, reverse=True)) + ")"
_RANGE = rf"(?P<n1>{_NUM})(?:\s*(?:-|–|—|to|or)\s*(?P<n2>{_NUM}))?"

_PERIODS = {
    "day": "day", "days": "day", "daily": "day", "d": "day",
    "week": "week", "weeks": "week", "weekly": "week", "wk": "week", "wks": "week", "w": "week",
    "month": "month", "months": "month", "monthly": "month", "mo": "month", "mos": "month",
    "year": "year", "years": "year", "yearly": "year", "annually": "year", "yr": "year",
}


def number_value(text: str) -> float:
    """A numeral or number word ("3", "2.5", "three") as a float."""
    text = text.strip().lower()
    if text in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[text])
    return float(text)


@dataclass(frozen=True)
class ParsedFrequency:
    """Times per period; count_max is set for ranges such as "1-2x/week"."""

    count: float | None
    per: str | None
    count_max: float | None = None
    prn: bool = False
    prn_limit: float | None = None


@dataclass(frozen=True)
class ParsedAmount:
    """Length of one session (minutes) or units per occurrence."""

    minutes: float | None = None
    minutes_max: float | None = None
    units: float | None = None


@dataclass(frozen=True)
class ParsedDuration:
    """How long the plan or service lasts: a count of units and/or an end date."""

    value: float | None = None
    unit: str | None = None
    end_date: dt.date | None = None


_ADVERBS = [
    (r"\b(?:bi-?weekly|every\s+(?:other|2(?:nd)?|two)\s+weeks?|fortnightly|q\s?2\s?w(?:ee)?ks?)\b", 1.0, "fortnight"),
    # clinician shorthand: "every other wk", "q other wk", "QOW", "bi-wkly" (every second week)
    (r"\b(?:bi-?wkly|(?:every|q\.?)\s*other\s+w(?:ee)?ks?|q\.?\s?o\.?\s?w(?:k)?)(?![\w-])", 1.0, "fortnight"),
    (r"\b(?:semi-?weekly|twice\s+(?:a\s+|per\s+|each\s+)?(?:week(?:ly)?|wk(?:ly)?))\b", 2.0, "week"),
    # therapy shorthand: "BIW" twice a week, "TIW" three times a week (not "bi-weekly", which is fortnightly)
    (r"\bb\.?i\.?w\.?(?![\w-])", 2.0, "week"),
    (r"\bt\.?i\.?w\.?(?![\w-])", 3.0, "week"),
    (r"\b(?:bi-?monthly|every\s+(?:other|2|two)\s+months?)\b", 0.5, "month"),
    (r"\b(?:semi-?monthly|twice\s+(?:a\s+|per\s+)?month(?:ly)?)\b", 2.0, "month"),
    (r"\b(?:b\.?i\.?d\.?|twice\s+(?:a\s+|per\s+)?day|twice\s+daily)\b", 2.0, "day"),
    (r"\b(?:t\.?i\.?d\.?|three\s+times\s+(?:a\s+|per\s+)?day)\b", 3.0, "day"),
    (r"\b(?:q\.?i\.?d\.?)\b", 4.0, "day"),
    # "every other day", "on alternate days", "QOD" (home-health and wound-care orders): once per two days
    (r"\b(?:every\s+(?:other|second|2nd)\s+day|alternate\s+days|q\.?\s?o\.?\s?d)(?![\w-])", 0.5, "day"),
    (r"\b(?:weekly|wkly|once\s+(?:a|per|each|every)\s+week|every\s+week|each\s+week|q\.?\s?(?:1\s?)?w(?:ee)?k)\b", 1.0, "week"),
    # "q mo", "qmo", "q month" (clinician shorthand): once a month
    (r"\b(?:monthly|once\s+(?:a|per|each|every)\s+month|every\s+month|each\s+month|q\.?\s?(?:1\s?)?mo(?:nth)?)\b", 1.0, "month"),
    (r"\b(?:daily|once\s+(?:a|per)\s+day|every\s+day|each\s+day|q\.?\s?d\.?|nightly)\b", 1.0, "day"),
    (r"\b(?:quarterly|every\s+(?:three|3)\s+months)\b", 1.0, "quarter"),
]
_ADVERB_PATTERNS = [(re.compile(pattern), count, per) for pattern, count, per in _ADVERBS]
# the parts of a day a group meets in ("3 evenings per week", "2 mornings a week", "4 nights/week"): days of service
_DAY_PARTS = r"evenings?|mornings?|afternoons?|nights?"
_COUNT_PER = re.compile(
    rf"{_RANGE}\s*(?:x|×|times?|sessions?|visits?|treatments?|days?|meetings?|groups?|{_DAY_PARTS})?\s*"
    rf"(?:/|\bper\b|\ba\b|\beach\b|\bevery\b|\b(?:weekly|wkly)\b(?P<wk>)|\bdaily\b(?P<dy>)|\bmonthly\b(?P<mo>))\s*"
    rf"(?P<period>days?|weeks?|wks?|w|months?|mos?|years?|yr|d)?\b",
    re.IGNORECASE,
)
# The weekly part of a compound phrase, right after a per-day count: ", 3 times per week", " x 5 days/wk".
_DAYS_PER_WEEK = re.compile(
    rf"\s*(?:,|;|and|x|×|on|for)?\s*{_RANGE}\s*(?:x|×|times|days?|sessions?|visits?|{_DAY_PARTS})?\s*"
    rf"(?:/|\bper\b|\ba\b|\beach\b|\bevery\b)\s*(?:weeks?|wks?|w)\b",
    re.IGNORECASE,
)
# "2 x wk", "3x week": a count times a period, written without "per" (the "x 10 wks" after it is a duration)
_COUNT_X_PERIOD = re.compile(rf"(?<![\w/.]){_RANGE}\s*[x×]\s*(?P<period>weeks?|wks?|w|days?|d|months?|mos?)\b(?!\s*/)")
_EVERY_N = re.compile(rf"\b(?:every|q\.?)\s*{_RANGE}\s*-?\s*(?P<period>days?|weeks?|wks?|w|months?|mos?)\b")
_PRN = re.compile(r"\b(?:p\.?r\.?n\.?|as\s+needed|when\s+needed|on\s+an\s+as[- ]needed\s+basis)\b", re.IGNORECASE)
_HOURS = r"(?:hours?|hrs?|h)\b"


# Patterns used inside the parsers, compiled once (same patterns and flags as when written inline).
_HOURS_OR_MINUTES = re.compile(rf"\b(?:{_HOURS}|minutes?|mins?\b)")
_HOURS_OR_MINUTES_NEXT = re.compile(r"\s*(?:hours?|hrs?|minutes?|mins?)\b")
_TIME_UNIT_PER = re.compile(r"\b(?:hours?|hrs?|minutes?|mins?|units?)\s*(?:/|per|a|each)")
_EVERY_BEFORE = re.compile(r"\b(?:every|each|q)\s*$")
_PER_PERIOD_NEXT = re.compile(r"\s*(?:/|per|a|each|every)\s*(?:week|wk|month|mo|day)\b|\s*(?:weekly|wkly|monthly|daily)\b")
_NOTICE_NEXT = re.compile(r"\s*(?:ahead|in\s+advance|(?:of\s+)?notice|beforehand|prior\b|before\b|after\b|later\b|earlier\b)")
_WITHIN_BEFORE = re.compile(r"\bwithin\s*$")
_PER_WEEK_OR_MONTH_NEXT = re.compile(r"\s*(?:/|per|a|each)\s*(?:week|wk|month|mo)\b")
# "per 4 weeks", "2 x 10 weeks" (ambiguous) are no duration; "2x/week x 8 weeks" is: "x" after a period word
_RATE_BEFORE = re.compile(r"(?:/|per|times|\d\s*x)\s*$")
_PER_NEXT = re.compile(r"\s*(?:/|per)\b")
_PLURAL_S = re.compile(r"s$")
_END_MARKER = re.compile(r"\b(?:through|thru|until|till|to|ending|ends?|end date:?|expires?|expected end:?)\b")


# Spanish quantity words, as bilingual forms write them ("2 veces por semana", "45 minutos", "10 semanas", "durante
# 6 meses", "semanal"): read as their English equivalents. Numbers written as words are read only before a
# quantity word ("dos veces", "tres meses"), so that "DOS" (date of service) stays what it is.
_ES_NUMBERS = {
    "un": "1", "uno": "1", "una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
    "siete": "7", "ocho": "8", "nueve": "9", "diez": "10", "once": "11", "doce": "12", "quince": "15",
    "dieciséis": "16", "veinte": "20", "treinta": "30", "cuarenta": "40", "sesenta": "60", "noventa": "90",
}
_ES_WORDS = [
    (r"(?:por|a\s+la|al|a|en\s+la)(?=\s+(?:semana|mes|d[ií]a|sesi[oó]n|visita)(?!\w))", "per"),
    (r"durante|por(?=\s+\d+(?:\s*-\s*\d+)?\s+(?:semanas|meses|d[ií]as|a[ñn]os|sesiones|visitas)(?!\w))", "for"),
    (r"vez|veces", "times"),
    (r"sesi[oó]n", "session"), (r"sesiones", "sessions"), (r"visitas", "visits"), (r"visita", "visit"), (r"citas", "sessions"), (r"cita", "session"),
    (r"semanas", "weeks"), (r"semana", "week"), (r"meses", "months"), (r"mes", "month"),
    (r"d[ií]as", "days"), (r"d[ií]a", "day"), (r"a[ñn]os", "years"), (r"a[ñn]o", "year"),
    (r"minutos?", "minutes"), (r"horas?", "hours"), (r"unidades|unidad", "units"),
    (r"semanal(?:es|mente)?", "weekly"), (r"mensual(?:es|mente)?", "monthly"),
    (r"diari[oa]s?|diariamente", "daily"), (r"quincenal(?:es|mente)?", "biweekly"),
    (r"seg[uú]n\s+(?:sea\s+)?necesario|cuando\s+sea\s+necesario|a\s+demanda", "as needed"),
    (r"hasta(?:\s+el)?", "through"), (r"cada", "every"),
]
_ES_QUANTITY_WORD = r"(?:veces|vez|sesiones|sesi[oó]n|visitas?|citas?|semanas?|meses|mes|d[ií]as?|a[ñn]os?|minutos?|horas?|unidades)"
_ES_NUMBER_WORD = re.compile(
    r"\b(" + "|".join(sorted(_ES_NUMBERS, key=len, reverse=True)) + rf")\s+(?={_ES_QUANTITY_WORD}\b)", re.IGNORECASE
)
_ES_PATTERNS = [(re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), english) for pattern, english in _ES_WORDS]
_ES_MARKER = re.compile(
    rf"(?<!\w)(?:{_ES_QUANTITY_WORD}|semanal\w*|mensual\w*|diari\w*|quincenal\w*|durante|hasta|seg[uú]n)(?!\w)",
    re.IGNORECASE,
)


def from_spanish(text: str) -> str:
    """Spanish quantity words as English ("2 veces por semana" -> "2 times per week"); other text unchanged."""
    if not _ES_MARKER.search(text):
        return text
    text = _ES_NUMBER_WORD.sub(lambda m: _ES_NUMBERS[m.group(1).lower()] + " ", text)
    text = re.sub(r"\b(?:una|1)\s+vez\b", "once", text, flags=re.IGNORECASE)
    for pattern, english in _ES_PATTERNS:
        text = pattern.sub(english, text)
    return text


# Home-health visit orders: "2w4" is 2 visits a week for 4 weeks; "1w1, 2w4, 1w3" are phases; "1m2" is monthly.
_VISIT_ORDER = re.compile(r"(?<![\w/.])(\d{1,2})\s*([wm])\s*(\d{1,2})(?![\w/]|\.\w)", re.IGNORECASE)


def _visit_orders(lowered: str) -> list[tuple[float, str, float]]:
    """The (visits, per week|month, for how many weeks|months) phases of a home-health order."""
    return [
        (float(count), "week" if unit == "w" else "month", float(length))
        for count, unit, length in _VISIT_ORDER.findall(lowered)
        if int(count) > 0 and int(length) > 0
    ]


def parse_frequency(text: str | None) -> ParsedFrequency | None:
    """Parse "weekly", "2x/week", "three times per week", "1-2 sessions a week", "BID", "PRN".

    "20 hours per week" is an intensity, not a count of sessions: see parse_hours_per_week.
    """
    if not text:
        return None
    lowered = from_spanish(" ".join(text.lower().split()))
    orders = _visit_orders(lowered)
    if orders:
        # the upper limit of a range of visits is the frequency a payer reads (42 CFR 409.43 guidance)
        per = "week" if any(unit == "week" for _, unit, _ in orders) else "month"
        counts = [count for count, unit, _ in orders if unit == per]
        return ParsedFrequency(count=min(counts), per=per, count_max=max(counts) if len(set(counts)) > 1 else None,
                               prn=bool(_PRN.search(lowered)))
    for match in _COUNT_PER.finditer(lowered):
        tail = lowered[match.end(): match.end() + 12]
        head = lowered[match.start(): match.end()]
        if _HOURS_OR_MINUTES.search(head) or _HOURS_OR_MINUTES_NEXT.match(tail):
            continue
        if _TIME_UNIT_PER.search(lowered[max(0, match.start() - 2): match.end()]):
            continue
        period = match.group("period")
        if match.group("wk") is not None:
            period = period or "week"
        elif match.group("dy") is not None:
            period = period or "day"
        elif match.group("mo") is not None:
            period = period or "month"
        if not period:
            continue
        unit = _PERIODS.get(period.rstrip("."), None)
        if unit is None:
            continue
        count = number_value(match.group("n1"))
        top = number_value(match.group("n2")) if match.group("n2") else None
        if count <= 0 or count > 100:
            continue
        if unit == "day":
            weekly = _DAYS_PER_WEEK.match(lowered, match.end())
            if weekly:
                # "1 session per day, 3 times per week": sessions a day on so many days a week.
                days = number_value(weekly.group("n1"))
                days_max = number_value(weekly.group("n2")) if weekly.group("n2") else None
                if 0 < days <= 7:
                    high = (top or count) * (days_max or days) if (top or days_max) else None
                    return ParsedFrequency(count=count * days, per="week", count_max=high,
                                           prn=bool(_PRN.search(lowered)))
        return ParsedFrequency(count=count, per=unit, count_max=top, prn=bool(_PRN.search(lowered)))
    counted = _COUNT_X_PERIOD.search(lowered)
    if counted:
        count = number_value(counted.group("n1"))
        top = number_value(counted.group("n2")) if counted.group("n2") else None
        unit = _PERIODS.get(counted.group("period"))
        if unit in ("day", "week", "month") and 0 < count <= 100:
            return ParsedFrequency(count=count, per=unit, count_max=top, prn=bool(_PRN.search(lowered)))
    every = _EVERY_N.search(lowered)
    if every:
        # "every 4 weeks", "every 4-6 weeks", "q4 wks": once per so many periods
        low, high = number_value(every.group("n1")), number_value(every.group("n2") or every.group("n1"))
        unit = _PERIODS.get(every.group("period"))
        # (days may run to a year: "every 90 days" is once a quarter, as an OTP orders its physician reviews)
        if unit in ("day", "week", "month") and 0 < low <= high <= (366 if unit == "day" else 52):
            return ParsedFrequency(count=1.0 / high, per=unit, count_max=1.0 / low if high != low else None,
                                   prn=bool(_PRN.search(lowered)))
    for pattern, count, per in _ADVERB_PATTERNS:
        if pattern.search(lowered):
            if per == "fortnight":
                return ParsedFrequency(count=0.5, per="week", prn=bool(_PRN.search(lowered)))
            if per == "quarter":
                return ParsedFrequency(count=1.0 / 3.0, per="month")
            return ParsedFrequency(count=count, per=per, prn=bool(_PRN.search(lowered)))
    days = _weekdays_per_week(lowered)
    if days is not None:
        return ParsedFrequency(count=days, per="week", prn=bool(_PRN.search(lowered)))
    if _PRN.search(lowered):
        limit = _PRN_LIMIT.search(lowered)
        visits = next((g for g in limit.groups() if g), None) if limit else None
        return ParsedFrequency(count=None, per=None, prn=True, prn_limit=float(visits) if visits else None)
    return None


# Days of the week a service meets on: "every Thursday", "each Monday and Wednesday", "on Tuesdays and Thursdays",
# "Mon/Wed/Fri", "every other Tuesday", and in Spanish "cada jueves", "los lunes y miércoles".
_WEEKDAYS = {
    "monday": 0, "mondays": 0, "mon": 0, "lunes": 0,
    "tuesday": 1, "tuesdays": 1, "tue": 1, "tues": 1, "martes": 1,
    "wednesday": 2, "wednesdays": 2, "wed": 2, "miercoles": 2, "miércoles": 2,
    "thursday": 3, "thursdays": 3, "thu": 3, "thur": 3, "thurs": 3, "jueves": 3,
    "friday": 4, "fridays": 4, "fri": 4, "viernes": 4,
    "saturday": 5, "saturdays": 5, "sat": 5, "sabado": 5, "sábado": 5, "sabados": 5, "sábados": 5,
    "sunday": 6, "sundays": 6, "sun": 6, "domingo": 6, "domingos": 6,
}
_DAY = "(?:" + "|".join(sorted(map(re.escape, _WEEKDAYS), key=len, reverse=True)) + r")\.?"
_DAY_LIST = rf"{_DAY}(?:\s*(?:,|/|&|\band\b|\by\b|\bor\b|\bo\b)\s*{_DAY})*"
# a list of days after a word that makes it recurring ("every", "each", "on ...s", "los"), or of plural day names,
# or of two or more abbreviated days joined by "/" ("Mon/Wed/Fri")
_ON_DAYS = re.compile(
    rf"\b(?P<lead>every\s+other|every|each|cada|los|on)\s+(?P<days>{_DAY_LIST})(?!\w)|"
    rf"(?<![\w/])(?P<plural>(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)"
    rf"(?:\s*(?:,|/|&|\band\b)\s*{_DAY})*)(?!\w)|"
    rf"(?<![\w/])(?P<slashed>{_DAY}(?:\s*/\s*{_DAY})+)(?![\w/])",
    re.IGNORECASE,
)


def _weekdays_per_week(lowered: str) -> float | None:
    """Sessions a week from the days of the week a service meets on, or None."""
    match = _ON_DAYS.search(lowered)
    if match is None:
        return None
    lead = (match.group("lead") or "").lower()
    listed = match.group("days") or match.group("plural") or match.group("slashed") or ""
    words = [w.strip(".") for w in re.findall(r"[^\W\d_]+\.?", listed)]
    days = {_WEEKDAYS[w] for w in words if w in _WEEKDAYS}
    if not days:
        return None
    if lead == "on" and not any(w.endswith("s") and w not in ("tues", "thurs") for w in words if w in _WEEKDAYS):
        return None  # "on Thursday" is one day, not every week
    if lead == "every other":
        return len(days) / 2.0
    return float(len(days))


# A limit on as-needed visits (42 CFR 409.43(b)): "PRN x 2", "up to 3 PRN visits", "2 PRN visits".
_PRN_LIMIT = re.compile(
    r"(?:p\.?r\.?n\.?|as[- ]needed)\s*(?:visits?\s*)?[,;(]?\s*"
    r"(?:x|×|up to|max(?:imum)?(?:\s+of)?|not to exceed|no more than|limit(?:ed)? to)\s*(\d{1,2})\b"
    r"|\b(?:up to|max(?:imum)?(?:\s+of)?)?\s*(\d{1,2})\s*(?:p\.?r\.?n\.?|as[- ]needed)\s+visits?\b",
    re.IGNORECASE,
)


_MINUTES = re.compile(
    rf"{_RANGE}\+?\s*-?\s*(?P<unit>minutes?|mins?\.?|min\b|hours?|hrs?\.?|hr\b|h\b)",
    re.IGNORECASE,
)
_UNITS = re.compile(rf"{_RANGE}\s*(?:billing\s+)?units?\b", re.IGNORECASE)


def parse_amount(text: str | None) -> ParsedAmount | None:
    """Parse a session length or unit count: "53 minutes", "45-min sessions", "1 hour", "4 units".

    Hours stated per week or per month ("20 hours per week") are intensity, not session length,
    and give None here.
    """
    if not text:
        return None
    lowered = from_spanish(" ".join(text.lower().split()))
    for match in _MINUTES.finditer(lowered):
        tail = lowered[match.end(): match.end() + 14]
        if _EVERY_BEFORE.search(lowered[max(0, match.start() - 8): match.start()]):
            continue  # "every 8 hours" is an interval between doses or visits, not a session length
        if _PER_PERIOD_NEXT.match(tail):
            continue
        if _NOTICE_NEXT.match(tail) or _WITHIN_BEFORE.search(lowered[max(0, match.start() - 12): match.start()]):
            continue  # "call at least 24 hours ahead", "within 48 hours": notice or a deadline, not a session length
        unit = match.group("unit")
        factor = 60.0 if unit.startswith("h") else 1.0
        low = number_value(match.group("n1")) * factor
        high = number_value(match.group("n2")) * factor if match.group("n2") else None
        if not 0 < low <= 24 * 60:
            continue
        return ParsedAmount(minutes=low, minutes_max=high)
    match = _UNITS.search(lowered)
    if match:
        tail = lowered[match.end(): match.end() + 14]
        if not _PER_WEEK_OR_MONTH_NEXT.match(tail):
            return ParsedAmount(units=number_value(match.group("n1")))
    return None


_HOURS_PER_WEEK = re.compile(
    rf"{_RANGE}\s*(?:direct\s+)?(?:{_HOURS})\s*(?:of\s+[a-z ]{{0,30}}?)?(?:/|per|a|each|every)?\s*(?P<per>week|wk|month|mo|day)\b"
    rf"|{_RANGE.replace('n1', 'm1').replace('n2', 'm2')}\s*(?:{_HOURS})\s*(?P<adv>weekly|monthly|daily)\b",
    re.IGNORECASE,
)


def parse_hours_per_week(text: str | None) -> float | None:
    """Parse an intensity such as "20 hours per week", "25 hrs/wk", "8 hours monthly" into hours per week.

    The upper end of a range is used ("20-25 hours per week" gives 25), as payers read requested hours.
    """
    if not text:
        return None
    match = _HOURS_PER_WEEK.search(from_spanish(" ".join(text.lower().split())))
    if not match:
        return None
    if match.group("n1"):
        low, high, per = match.group("n1"), match.group("n2"), match.group("per")
    else:
        low, high, per = match.group("m1"), match.group("m2"), match.group("adv")
    hours = number_value(high or low)
    per = per.lower()
    if per.startswith(("month", "mo")):
        return round(hours * 12 / 52, 2)
    if per.startswith(("day", "dai")):
        # "4 hours/day, 5 days/week": the days stated, else every day of the week
        days = _DAYS_A_WEEK.search(from_spanish(" ".join(text.lower().split())))
        count = number_value(days.group("d2") or days.group("d1")) if days else 7.0
        return hours * (count if 0 < count <= 7 else 7.0)
    return hours


_DAYS_A_WEEK = re.compile(
    rf"\b(?P<d1>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<d2>{_NUM}))?\s*(?:x\s*)?days?\s*(?:/|per|a|each)\s*(?:week|wk)\b"
)


_DURATION = re.compile(
    rf"(?<![\d/.\-]){_RANGE}\s*-?\s*(?P<unit>days?|weeks?|wks?|months?|mos?|years?|yrs?|sessions?|visits?|treatments?)\b",
    re.IGNORECASE,
)
# a length stated as the whole of a stepped order: "total of 12 weeks", "12 weeks total", "12 weeks in all"
_TOTAL_BEFORE = re.compile(r"\b(?:total|overall|in\s+all)(?:\s+(?:of|duration|length))?:?\s*$")
_TOTAL_NEXT = re.compile(r"\s*(?:total|in\s+total|in\s+all|overall)\b")
# one phase of a stepped order: a frequency, then "x 2 wks" / "for 6 weeks"; the next phase follows "then"
_PHASE = re.compile(
    r"(?:\bx|/|\bper|\ba|\bweekly|\bdaily)\s*(?:wk|week|day|d)?\.?\s*(?:x|for)\s*(?P<n>\d{1,3})\s*"
    r"(?P<unit>days?|weeks?|wks?|months?|mos?)\b"
)
_THEN = re.compile(r"^[\s,;]*(?:and\s+)?(?:then|followed\s+by)\b")
# a length in brackets right after the phases, stating the whole: "(8 weeks, 18 visits)"
_BRACKET_LENGTH = re.compile(rf"\s*[.,;]?\s*\(\s*(?:{_RANGE})\s*(?P<unit>days?|weeks?|wks?|months?|mos?)\b")


def _phased_length(lowered: str) -> tuple[float, str] | None:
    """ "3x/wk x 2 wks, then 2x/wk x 6 wks (8 weeks, 18 visits)": the length of a stepped order, the whole stated
    in brackets after the phases or else the sum of the phases (in one unit); None when the text has no two
    phases joined by "then" / "followed by"."""
    phases = list(_PHASE.finditer(lowered))
    chained: list[re.Match[str]] = []
    for match in phases:
        if chained and not _THEN.match(lowered[chained[-1].end() : match.start()].split("x", 1)[0]):
            if len(chained) >= 2:
                break
            chained = []
        chained.append(match)
    if len(chained) < 2:
        return None
    whole = _BRACKET_LENGTH.match(lowered, chained[-1].end())
    if whole is not None:
        value = number_value(whole.group("n2") or whole.group("n1"))
        return value, _UNIT_NAMES[_PLURAL_S.sub("", whole.group("unit")).rstrip(".")]
    units = {_UNIT_NAMES[_PLURAL_S.sub("", m.group("unit")).rstrip(".")] for m in chained}
    if len(units) != 1:
        return None
    return sum(float(m.group("n")) for m in chained), units.pop()


_UNIT_NAMES = {
    "day": "day", "week": "week", "wk": "week", "month": "month", "mo": "month", "year": "year", "yr": "year",
    "session": "session", "visit": "visit", "treatment": "session",
}


def parse_duration(text: str | None, *, today: dt.date | None = None) -> ParsedDuration | None:
    """Parse "6 months", "12 weeks", "24 sessions", "through 06/30/2026", "6 months (through 03/22/2026)".

    Ranges keep their upper end ("3-6 months" is six months): a duration limit must judge the most
    that is asked for.
    """
    if not text:
        return None
    lowered = from_spanish(" ".join(text.lower().split()))
    value = unit = None
    orders = _visit_orders(lowered)
    if orders and len({u for _, u, _ in orders}) == 1:
        value, unit = sum(length for _, _, length in orders), orders[0][1]
    found = [] if orders else list(_DURATION.finditer(lowered))
    # "3x wk x 4 wks, then 2x wk x 8 wks (12 weeks total)": a length stated as the whole is the duration
    totals = [m for m in found if _TOTAL_BEFORE.search(lowered, 0, m.start()) or _TOTAL_NEXT.match(lowered, m.end())]
    phased = None if totals or orders else _phased_length(lowered)
    if phased is not None:
        value, unit = phased  # "3x/wk x 2 wks, then 2x/wk x 6 wks": the phases together
        found = []
    for match in [*totals, *found]:
        head = lowered[max(0, match.start() - 12): match.start()]
        tail = lowered[match.end(): match.end() + 10]
        if _RATE_BEFORE.search(head) or _PER_NEXT.match(tail):
            continue
        if _EVERY_BEFORE.search(head):
            continue
        value = number_value(match.group("n2") or match.group("n1"))
        unit = _UNIT_NAMES[_PLURAL_S.sub("", match.group("unit").lower()).rstrip(".")]
        break
    end_date = None
    marker = _END_MARKER.search(lowered)
    dates = list(find_dates(lowered, today=today))
    if dates:
        if marker:
            after = [d for d, (start, _) in dates if start > marker.start()]
            end_date = after[0] if after else dates[-1][0]
        elif value is None:
            end_date = dates[-1][0]
    if value is None and end_date is None:
        return None
    return ParsedDuration(value=value, unit=unit, end_date=end_date)
