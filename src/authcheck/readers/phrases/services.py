"""Requested services: codes with their frequency, amount, duration, hours per week and units."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import pairwise

from authcheck.parsing import find_dates, parse_amount, parse_duration, parse_frequency, parse_hours_per_week
from authcheck.readers.phrases.codes import (
    bracketed_codes_as_written,
    find_service_codes,
    listed_codes_as_written,
    mistyped_code_spans,
)
from authcheck.readers.phrases.common import checked_options, parse_period


@dataclass
class ServiceText:
    """A requested service as read from a phrase."""

    code: str | None = None
    modifiers: list[str] = field(default_factory=list)
    description: str | None = None
    frequency: str | None = None
    amount: str | None = None
    hours_per_week: float | None = None
    units: float | None = None
    duration: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    text: str = ""
    hours_per_session: float | None = None

    @property
    def has_quantity(self) -> bool:
        return any(
            x is not None
            for x in (self.frequency, self.amount, self.hours_per_week, self.units, self.duration)
        )


# a label naming an earlier episode of care: "Prior therapy:", "Previous treatment:", "Past services (2022):" (a prior
# authorization is the plan's own request)
_EARLIER_EPISODE_LABEL = re.compile(
    r"\s*(?:prior|previous|past|former|earlier)\s+(?!auth\w*\b|approval\b)[A-Za-z][\w /&'’-]{0,40}"
    r"(?:\([^()]{0,30}\))?\s*:",
    re.I,
)


def earlier_episode_line(text: str) -> bool:
    """True for a line opened by a label naming an earlier episode of care ("Prior therapy: PT in 2023, 2x/week for
    8 weeks"): the services, frequencies and lengths it states are that episode's, not the plan's."""
    return _EARLIER_EPISODE_LABEL.match(text) is not None


_PER_DAY_AMOUNT = re.compile(
    r"\b(?P<n>\d+|one|two|three|four)\s*(?:x\s*)?(?:sessions?|visits?|treatments?|times?)\s*(?:/|per|a|each)\s*(?:day|visit|session|date of service)\b",
    re.I,
)
_QUANTITY_START = re.compile(
    r"(?<![\w-])(?:\d|(?:one|two|three|four|five|six|once|twice|weekly|daily|monthly|bi-?weekly|every|each|as\s+needed|"
    r"prn|up\s+to|approximately|approx\.?|"
    # "q wk", "q 2 wks", "q day": the clinician's "every"
    r"q(?=\s*\d{0,2}\s*(?:wks?|weeks?|days?|d|mos?|months?)\b)|"
    # the same in Spanish ("una vez por semana", "dos veces", "semanal", "cada dos semanas", "según sea necesario")
    r"una\s+vez|dos|tres|cuatro|cinco|semanal(?:mente)?|diari[oa]|mensual(?:mente)?|quincenal|cada|seg[uú]n)\b|"
    r"(?:about|around|roughly|aproximadamente|unos?|unas)\s+(?=\d)|"
    # the days a service meets on: "on Tuesdays and Thursdays", "Mon/Wed/Fri", "los martes y jueves"
    r"(?:on\s+|los\s+)?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b|"
    r"los\s+(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados|domingos)\b|"
    r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?\s*/\s*(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b)",
    re.I,
)
QUANTITY_SPLIT = re.compile(
    # (not the comma before a date's year: "through August 31, 2026")
    r";|,(?!\s*(?:19|20)\d{2}\b)|:\s+|\s+[-–—]\s+|(?<!prn)(?<!needed)(?<!prn\svisits)(?<!prn\svisit)"
    r"\s+(?=(?:for|from|starting|beginning|over|during|x|durante|desde|hasta)\s+\S)|"
    r"\s+(?=por\s+\d+(?:\s*-\s*\d+)?\s+(?:semanas|meses|d[ií]as|sesiones)\b)|"
    r"\s+and\s+(?=\d)|\s+then\s+|"
    # facts run together after their abbreviated labels: "1x/wk dur 14 wks 53 min", "weekly freq 2x/wk"
    r"\s+(?=(?:dur(?:ation)?|freq(?:uency)?)\.?\s*[:\-–]?\s*\d)|"
    # "14 wks 53 min": a session length right after a length of treatment
    r"(?:(?<=\bwks)|(?<=\bweeks)|(?<=\bmos)|(?<=\bmonths))\s+(?=\d+\s*-?\s*(?:min|minutes?)\b)|"
    # a sentence end: "... for 16 weeks. We will review this plan on 05/18/2026." ("approx. 45" goes on)
    r"(?<=[a-z0-9)])\.\s+(?=(?-i:[A-Z]))",
    re.I,
)
_MINUTES_PHRASE = re.compile(
    r"\b\d+(?:\.\d+)?(?:\s*(?:-|–|to|a)\s*\d+(?:\.\d+)?)?\s*-?\s*(?:minutes?|minutos?|mins?\b\.?|min\b)"
    r"(?:\s+(?:sessions?|sesi[oó]n|sesiones))?",
    re.I,
)
# a length in hours ("(24-hour)", "3 hours"), when the rest of the phrase says how often ("Daily (24-hour)")
_HOURS_LENGTH = re.compile(r"\(?\b\d+(?:\.\d+)?\s*-?\s*(?:hours?|hrs?)\b\.?\)?", re.I)
_INTRO = re.compile(
    r"^\s*(?:(?:the\s+)?(?:plan|treatment|services?|client|patient|child|member)\s+(?:will\s+)?(?:includes?|consists?\s+of|"
    r"requests?|receives?|recommends?|is\s+recommended\s+for|will\s+receive|will\s+attend|will\s+participate\s+in)|"
    r"(?:we\s+)?(?:request(?:ing|ed)?\b:?|recommend(?:ing|ed)?\b:?|authorization\s+(?:is\s+)?requested\s+for)|includes?|requested:?|"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}will\s+(?:attend|receive|participate\s+in|be\s+seen\s+for|engage\s+in|continue(?:\s+with)?)|"
    # "Pt to attend weekly", "Client is to attend", "Member should attend", "She attends", "Patient participates in"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}(?:(?:is|are)\s+to|to|should|shall|must|may|can)\s+"
    r"(?:attend|receive|participate(?:\s+in)?|be\s+seen|engage\s+in|continue(?:\s+with)?)|"
    r"(?:[A-Z][\w'’.-]*\s+){0,3}(?:attends|receives|participates(?:\s+in)?|is\s+seen|engages\s+in))"
    r"\s*:?\s*",
    re.I,
)


_HOURS_PER_DAY = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?)\s*(?:hours?|hrs?)\s*(?:/|per|a|each)\s*(?:day|session|visit)\b", re.I
)


def session_length_in_name(name: str | None) -> str | None:
    """The session length a service's name states ("Psychotherapy, 60 min (53+)", "45-minute family session"), or
    None; a length per day or per week ("3 hours per day") is no session's length."""
    if not name:
        return None
    found = _MINUTES_PHRASE.search(name)
    if found is None or re.match(r"\s*(?:/|per\b|a\s+(?:day|week)|each\s+(?:day|week))", name[found.end() :], re.I):
        return None
    return found.group(0).strip()


# "16 sessions" standing alone in a service's list of quantities: a course counted in sessions when it is more than a
# day holds ("1 session - 2x/week" and "2 visits, 3x/week" are how many a treatment day has, the amount)
_BARE_COURSE = re.compile(r"(?:[4-9]|[1-9]\d{1,2})\s*(?:sessions?|visits?|treatments?)", re.I)


def fill_quantities(parts: list[str], service: ServiceText) -> list[str]:
    """Fill frequency/amount/hours/duration/dates from phrase parts; return parts that said none of these."""
    leftover = []
    course: tuple[str, str] | None = None  # a bare "16 sessions" part, with the raw part it came from
    for raw in parts:
        part = raw.strip(" .;,:-–—")
        if not part:
            continue
        if _BARE_COURSE.fullmatch(part) and course is None:
            course = (part, raw.strip())
            continue
        used = False
        per_day = _PER_DAY_AMOUNT.search(part)
        if per_day:
            # "1 session per day" is how many sessions on a treatment day (the amount), not how often
            service.amount = service.amount or per_day.group(0)
            part = (part[: per_day.start()] + " " + part[per_day.end() :]).strip(" ,;:")
            used = True
        minutes = _MINUTES_PHRASE.search(part) or (None if _HOURS_PER_DAY.search(part) else _HOURS_LENGTH.search(part))
        around = (part[: minutes.start()] + " " + part[minutes.end() :]).strip(" ,;:") if minutes else ""
        if minutes and parse_frequency(around) is not None and parse_hours_per_week(part) is None:
            # "53 minutes weekly", "weekly 53-minute sessions": a session length and a frequency
            service.amount = service.amount or minutes.group(0)
            service.frequency = service.frequency or around
            continue
        hours_day = _HOURS_PER_DAY.search(part)
        hours = None if hours_day else parse_hours_per_week(part)
        if hours_day:
            rest = (part[: hours_day.start()] + " " + part[hours_day.end() :]).strip(" ,;:")
            how_often = parse_frequency(rest) if rest else None
            if how_often is not None and how_often.count is not None:
                # "5 days/week, 4 hours/day": how often, and the hours of each day
                service.frequency = service.frequency or rest
                service.amount = service.amount or hours_day.group(0)
            else:
                service.amount = service.amount or part
            service.hours_per_session = float(hours_day.group("n"))
            used = True
        elif hours is not None:
            service.hours_per_week = service.hours_per_week if service.hours_per_week is not None else hours
            length = _HOURS_LENGTH.search(part)
            rest = (part[: length.start()] + " " + part[length.end() :]).strip(" ,;:") if length else ""
            how_often = parse_frequency(rest) if rest and hours <= 2 else None
            if length is not None and how_often is not None and how_often.count is not None:
                # "1 hour weekly", "1.5 hrs every other week": a session's length and how often (a treatment with no
                # hours of its own still states both); "20 hours weekly" stays hours per week only
                service.amount = service.amount or length.group(0).strip("()")
                service.frequency = service.frequency or rest
            elif service.amount is None:
                service.amount = part
            used = True
        else:
            amount = parse_amount(part)
            if amount is not None and (amount.minutes is not None or amount.units is not None):
                if service.amount is None or service.amount == (per_day.group(0) if per_day else None):
                    service.amount = part if service.amount is None else service.amount + ", " + part
                if amount.units is not None and service.units is None:
                    service.units = amount.units
                used = True
            freq = parse_frequency(part)
            if freq is not None and not re.search(r"\bhours?\b|\bhrs?\b", part, re.I) and amount is None:
                earlier = parse_frequency(service.frequency) if service.frequency else None
                if earlier is not None and earlier.count is None and freq.count is not None:
                    # "as needed for follow-up, 1x/week": the count bounds the as-needed service
                    service.frequency = f"{part}, {service.frequency}"
                else:
                    service.frequency = service.frequency or part
                used = True
        duration_text = re.sub(r"^(?:x|for|over|during|through)\s+", "", part, flags=re.I)
        duration = parse_duration(duration_text)
        if (
            duration is not None
            and duration.value is not None
            and (
                duration.unit in ("day", "week", "month", "year")
                # "x 20 sessions", "for 12 visits": a course counted in sessions ("20 sessions" alone may be a total)
                or (duration.unit in ("session", "visit") and re.match(r"(?:x|×|for)\s+\d", part, re.I) is not None)
            )
            and not re.search(r"\b(?:per|a|each|every|/)\s*(?:day|week|month)", duration_text, re.I)
        ):
            service.duration = service.duration or duration_text
            used = True
        dates = list(find_dates(part))
        if dates and re.search(
            r"\b(?:from|start|begin|through|thru|to|until|end|-|–)\b|\d\s*[-–]\s*\d", part, re.I
        ):
            start, end = parse_period(part)
            service.start = service.start or start
            service.end = service.end or end
            used = True
        if not used:
            leftover.append(raw.strip())
    if course is not None:
        if service.frequency and service.duration is None:
            service.duration = course[0]  # "60 min, 1x/wk, 16 sessions": with how often, a count of sessions is the course
        else:
            leftover.append(course[1])  # alone it may be a total authorized, not how long treatment lasts
    if service.hours_per_session is not None and service.hours_per_week is None and service.frequency:
        freq = parse_frequency(service.frequency)
        if freq is not None and freq.count is not None and freq.per == "week":
            service.hours_per_week = service.hours_per_session * (freq.count_max or freq.count)
    return leftover


# a service provided under another plan or by another provider is not one this plan requests
PROVIDED_ELSEWHERE = re.compile(
    r"\b(?:separate|another|other)\s+(?:treatment\s+)?(?:plan|provider|agency|program|practice)\b|"
    r"\bnot\s+(?:part\s+of\s+this\s+plan|requested|included\s+in\s+this\s+(?:plan|request))\b",
    re.I,
)
_LIST_BOUNDARY = re.compile(r",\s+(?:and\s+|plus\s+)?|\s+(?:and|plus|as\s+well\s+as)\s+", re.I)
_CLAUSE_BOUNDARY = re.compile(r",?\s+including\s+|,\s+|;\s+|:\s+|\s+-\s+|\s+–\s+|\.\s+", re.I)


# a token that may be a mistyped code of `mistyped` (see _codes)
_NEAR_CODE = re.compile(r"(?<![\w/.\-$])(?P<code>[A-Za-z]\d{3,5})(?![\w/]|\.\d)")


def _codes(piece: str, mistyped: frozenset[str] = frozenset()) -> list[tuple[str, list[str], int, int]]:
    """The service codes of `piece`, with the codes of `mistyped` written in its brackets (see
    codes.bracketed_codes_as_written: found in the whole phrase, a list of services with their codes in brackets)."""
    found = find_service_codes(piece)
    if mistyped:
        near = [c for c in mistyped_code_spans(piece) if c[0] in mistyped]
        near += [
            (m.group("code").upper(), [], m.start("code"), m.end("code"))
            for m in _NEAR_CODE.finditer(piece)
            if m.group("code").upper() in mistyped and not any(c[2] == m.start("code") for c in near)
        ]
        found = sorted(found + near, key=lambda c: c[2])
    return found


def _split_at_codes(piece: str, mistyped: frozenset[str] = frozenset()) -> list[str]:
    """ "A (97110) and B (97530)" -> ["A (97110)", "B (97530)"]: cut before each later code at the last list boundary."""
    codes = _codes(piece, mistyped)
    if len(codes) < 2:
        return [piece]
    cuts: list[tuple[int, int]] = []
    for previous, current in pairwise(codes):
        between = piece[previous[3] : current[2]]
        boundaries = list(_LIST_BOUNDARY.finditer(between))
        boundary = boundaries[-1] if boundaries else None
        if boundary is not None:
            cuts.append((previous[3] + boundary.start(), previous[3] + boundary.end()))
    if not cuts:
        return [piece]
    parts, start = [], 0
    for cut_start, cut_end in cuts:
        parts.append(piece[start:cut_start])
        start = cut_end
    parts.append(piece[start:])
    return [p for p in parts if p.strip()]


def _description_before(text: str) -> str | None:
    """The name of a service written before its code: the last clause that is not a quantity."""
    clauses = [c for c in _CLAUSE_BOUNDARY.split(text) if c.strip()]
    for index in range(len(clauses) - 1, -1, -1):
        clause = clauses[index]
        m = _QUANTITY_START.search(clause)
        name = clause[: m.start()] if m else clause
        name = _trim_brackets(" ".join(name.split()))
        if re.fullmatch(r"(?:then|and|or|plus|followed\s+by|after\s+that)", name, re.I):
            continue  # "..., then 2x/wk x 6 wks": the word that joins two phases names no service
        if re.search(r"[A-Za-z]{3,}", name):
            if _HOW_DELIVERED.fullmatch(name) and index > 0 and not _QUANTITY_START.search(clauses[index - 1]):
                # "Cognitive Processing Therapy, individual, 90834": the setting qualifies the therapy named before it
                named = _trim_brackets(" ".join(clauses[index - 1].split()))
                if re.search(r"[A-Za-z]{3,}", named):
                    return f"{named}, {name}"
            return name
    return None


# a word that says how a therapy is delivered, not what it is ("individual", "group", "via telehealth")
_HOW_DELIVERED = re.compile(
    r"(?:individual(?:ly)?|group|family|couples?|conjoint|in[\s-]person|one[\s-](?:on|to)[\s-]one|1:1|"
    r"(?:via\s+)?tele(?:health|video|medicine)|virtual|office[\s-]based|home[\s-]based|outpatient)"
    r"(?:\s+(?:format|sessions?|setting|modality))?",
    re.I,
)


# an order's tasks written as imperatives after ";" ("...; measure wound weekly; teach foot care")
_TASK = re.compile(
    r"\s*(?:measure|teach|assess|apply|cleanse|cover|monitor|instruct|evaluate|assist|provide|perform|review|notify|"
    r"check|obtain|change|educate|reinforce|observe|record|report|administer|draw|weigh|encourage|reassess)\b"
)
_ORDER_RUN = re.compile(r"(?<![\w/.])(\d{1,2}\s*[wm]\s*\d{1,2})\s*,\s*(?=\d{1,2}\s*[wm]\s*\d{1,2}(?![\w/.]))", re.I)


def join_visit_orders(text: str) -> str:
    """ "3w2, 2w4, 1w3" -> "3w2 2w4 1w3": the phases of one home-health order kept together when a phrase is cut at
    its commas."""
    return _ORDER_RUN.sub(r"\1 ", text)


# "PRN SN visits x 2", "as needed MSW x 1 visit": the discipline written between "PRN" and its visit limit
_PRN_FIRST = re.compile(
    r"^(?:prn|as\s+needed)\s+(?P<who>(?-i:[A-Z]{2,5}))(?:\s+visits?)?\s*x\s*(?P<n>\d{1,2})(?:\s+visits?)?\b", re.I
)


def _one_service(piece: str, mistyped: frozenset[str] = frozenset()) -> ServiceText:
    piece = _INTRO.sub("", piece.strip())
    piece = _PRN_FIRST.sub(lambda m: f"{m.group('who')} PRN x {m.group('n')} visits", piece)
    service = ServiceText(text=piece.strip())
    codes = _codes(piece, mistyped)
    description = None
    rest = piece
    if codes:
        code, mods, start, end = codes[0]
        service.code, service.modifiers = code, mods
        before, after = piece[:start], piece[end:]
        opening = re.search(r"[(\[]\s*(?:cpt|hcpcs|code)?\s*:?\s*$", before, re.I)
        closing = re.match(r"\s*[)\]]", after)
        if opening and closing:
            before, after = before[: opening.start()], after[closing.end() :]
        before = re.sub(r"\b(?:cpt|hcpcs)(?:\s+code)?\s*:?\s*$", " ", before, flags=re.I)
        description = _description_before(before) if before.strip(" -–—:;,.()") else None
        if description is not None:
            clause_end = before.rfind(description) + len(description)
            rest = before[: clause_end - len(description)] + " " + before[clause_end:] + " " + after
        else:
            rest = before + " " + after
    if description is None:
        head, sep, tail = rest.partition(":")
        if sep and not _QUANTITY_START.search(head) and _QUANTITY_START.search(tail):
            description, rest = head, tail  # "SN: 3 visits per week ..."
        else:
            m = _QUANTITY_START.search(rest)
            description, rest = (rest[: m.start()], rest[m.start() :]) if m else (rest, "")
    rest = _ORDER_RUN.sub(r"\1 ", rest)  # "1w1, 2w3, 1w5": the phases of one home-health order stay together
    leftover = fill_quantities(QUANTITY_SPLIT.split(rest), service) if rest.strip() else []
    description = re.sub(r"\s*[(\[]\s*[)\]]\s*", " ", description or "")
    description = _trim_brackets(" ".join(description.split()))
    description = re.sub(r"\s+(?:x|at|for|-)$", "", description, flags=re.I)
    if re.fullmatch(r"(?:x|×|@|at|for|per|of|by|[-–—=:#])", description, flags=re.I):
        description = ""  # "97153 x 18 hrs", "97155 @ 2 h": the sign between a code and its quantity names nothing
    named = [x for x in leftover if not re.match(r"\s*\(?\d+\s+(?:visits?|sessions?|treatments?)\b", x, re.I)]
    if not description and named:
        description = named[0].strip(" -–—:;,.()")  # ("18 visits)" is a count of the course's visits, no name)
    service.description = description or None
    return service


# the words that announce how long treatment lasts ("Expected duration", "Estimated length of treatment is")
_SPAN_WORDS = re.compile(
    r"(?:(?:the\s+)?(?:expected|estimated|anticipated|projected|approximate|planned|total)\s+)?"
    r"(?:duration|length|course)(?:\s+of\s+(?:the\s+)?(?:treatment|therapy|services?|care|stay|plan|episode))?"
    r"(?:\s+(?:is|will\s+be|of))?|(?:treatment|services?|therapy|the\s+plan)\s+(?:will\s+)?(?:last|continue|run)s?|"
    # "expected to take about 16 sessions over 5 months", "treatment is anticipated to last", "should take"
    r"(?:(?:(?:the\s+)?(?:treatment|services?|therapy|course|plan|episode|it|this)\s+)?(?:is|are)\s+)?"
    r"(?:expected|estimated|anticipated|projected|likely|planned|scheduled)\s+to\s+"
    r"(?:take|last|require|need|run|continue|be\s+completed(?:\s+(?:in|within))?)(?:\s+(?:about|approximately|around))?|"
    r"(?:(?:the\s+)?(?:treatment|services?|therapy|course|plan|episode|it|this)\s+)?(?:should|will|may|would)\s+"
    r"(?:take|last|require|need)(?:\s+(?:about|approximately|around))?|"
    r"for|over|during|lasting|x",
    re.I,
)


def _span_only(service: ServiceText) -> bool:
    """True when a phrase states only how long treatment lasts (a duration or an end date), in a sentence of its
    own or after words that announce it: no code, frequency, amount or hours, and no service named."""
    if service.code is not None or all(x is None for x in (service.duration, service.end)):
        return False
    if any(x is not None for x in (service.frequency, service.amount, service.hours_per_week, service.units)):
        return False
    # "CBT and problem solving. Expected duration": the modalities named in the sentence before do not make a service
    last = re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", service.description or "")[-1].strip(" .:,;-–—")
    return not last or _SPAN_WORDS.fullmatch(last) is not None


def treatment_span(sentence: str) -> ServiceText | None:
    """The length of treatment a sentence of its own states ("Expected duration approx. 4 months, through 5/29/26",
    "Expected length: 6 months", "Treatment will last about 12 weeks"), for the services named in the sentences
    around it; None when the sentence names a code or a quantity other than a length, or its length is no
    treatment's ("will revisit in 4 wks", "Review in 90 days")."""
    if _codes(sentence):
        return None
    found = _one_service(sentence)
    return found if _span_only(found) else None


def _beyond_as_needed(service: ServiceText) -> bool:
    """True when a service states more than "as needed" (a count, a session length, hours or a duration)."""
    if any(x is not None for x in (service.amount, service.hours_per_week, service.units, service.duration)):
        return True
    parsed = parse_frequency(service.frequency) if service.frequency else None
    return parsed is not None and parsed.count is not None


# the visit course that opens a list of coded procedures, before its colon ("OT 2x/week for 12 weeks: ADL ...")
_COURSE_LEAD = re.compile(r"^\s*(?P<lead>[^:;()]{3,60}?)\s*:\s*(?=\S)")


def _course_lead(piece: str) -> str | None:
    """The frequency of the visit course a list of procedures opens with ("PT 3x/week x 8 weeks: 97110, 97140, ..."
    -> "3x/week"), when the lead names no code of its own; None otherwise."""
    match = _COURSE_LEAD.match(piece)
    if match is None or find_service_codes(match.group("lead")):
        return None
    parsed = parse_frequency(match.group("lead"))
    if parsed is None or parsed.count is None or parsed.per is None or parsed.prn:
        return None
    count = f"{parsed.count:g}" if parsed.count_max is None else f"{parsed.count:g}-{parsed.count_max:g}"
    return f"{count}x/{parsed.per}"


def _as_needed_only(service: ServiceText) -> bool:
    """True when a service's only quantity is "as needed" with no count or limit ("orthotic fitting as needed")."""
    if any(x is not None for x in (service.amount, service.hours_per_week, service.units)):
        return False
    parsed = parse_frequency(service.frequency) if service.frequency else None
    return parsed is not None and parsed.prn and parsed.count is None and parsed.prn_limit is None


# a clause about changing the service just named ("sessions may move to every other week", "will taper to monthly")
_STEP_CHANGE = re.compile(
    r"\b(?:may|might|can|could|will|to)\s+(?:then\s+)?(?:be\s+)?(?:move[ds]?|moved|reduc\w*|decreas\w*|taper\w*|"
    r"step(?:ped)?\s+down|fade[ds]?|faded|chang\w*|adjust\w*|increas\w*|space[ds]?\s+out)\b",
    re.I,
)
# a clause opening with the change itself ("...; moving to every other week after PCL-5 falls below 33")
_STEP_CHANGE_LEAD = re.compile(
    r"^\s*(?:and\s+)?(?:then\s+)?(?:moving|reducing|decreasing|tapering|stepping\s+down|fading|changing|"
    r"spacing\s+out|increasing)\s+(?:down\s+)?(?:to|from)\b",
    re.I,
)


def _trim_brackets(text: str) -> str:
    """Punctuation off both ends of a service's name, a bracket only when it is unpaired: "psychotherapy (IPSRT)"
    keeps its closing bracket, "(family therapy" loses its opening one."""
    while True:
        trimmed = text.strip(" -–—:;,.")
        if trimmed.endswith(")") and trimmed.count(")") > trimmed.count("("):
            trimmed = trimmed[:-1]
        elif trimmed.startswith("(") and trimmed.count("(") > trimmed.count(")"):
            trimmed = trimmed[1:]
        elif trimmed.startswith("(") and trimmed.endswith(")") and trimmed.count("(") == 1:
            trimmed = trimmed[1:-1]
        if trimmed == text:
            return text
        text = trimmed


# the name of a course of visits rather than of one service ("LSVT BIG protocol", "Balance program", "PT", "Plan of
# care", "Visits"): how often it meets is how often the procedures coded with it in one phrase are done
_VISIT_COURSE = re.compile(
    r"(?:[\w'’/&-]+\s+){0,4}?(?:protocol|program(?:me)?|regimen|course|plan(?:\s+of\s+care)?|poc|visits?|"
    r"rehab(?:ilitation)?|(?:physical|occupational|speech(?:[\s-]language)?)\s+therapy|(?-i:PT|OT|ST|SLP))",
    re.I,
)


def _visit_course(service: ServiceText) -> bool:
    """An uncoded service with a frequency that names a course of visits, or nothing ("2x/week for 8 weeks")."""
    if service.code or service.frequency is None:
        return False
    name = " ".join((service.description or "").split()).strip(" .:;,-–—")
    return not name or _VISIT_COURSE.fullmatch(name) is not None


def _coded_lines(text: str) -> list[str]:
    """The lines of a multi-line text grouped so that each group holds one line with a service code and the
    uncoded lines after it; uncoded lines before the first code (a label such as "Services") are left out
    unless they state a quantity. Fewer than two coded lines: one group, the whole text."""
    lines = [line for line in text.splitlines() if line.strip()]
    if sum(1 for line in lines if find_service_codes(line)) < 2:
        return [text]
    groups: list[str] = []
    lead: list[str] = []
    for line in lines:
        if find_service_codes(line):
            groups.append(" ".join([*lead, line]))
            lead = []
        elif groups:
            groups[-1] += "\n" + line
        elif _QUANTITY_START.search(line):
            lead.append(line)
    return groups


# a quantity's own label opening a piece after the services it qualifies, typed with no colon or with a stray mark
# ("97110, 97140; frequency 2x/week; duration 8 weeks", "...; freq - 3x/wk", "...; session length 45 min"); only
# when a quantity follows it: "frequency of falls", "frequency: medication management monthly" are no such label
_QUANTITY_LABEL = re.compile(
    r"\s*(?:frequency|freq\.?|amount|session\s+length|length\s+of\s+(?:each\s+)?sessions?|visits?)"
    r"\s*(?:[:=]|[-–—](?=\s))?\s*(?=\S)",
    re.I,
)


def _labelled_quantity(piece: str) -> str | None:
    """The quantity of a piece opened by its label ("frequency 2x/week" -> "2x/week"), when a quantity follows the
    label at once; None otherwise."""
    label = _QUANTITY_LABEL.match(piece)
    if label is None:
        return None
    rest = piece[label.end() :].strip()
    return rest if _QUANTITY_START.match(rest) else None


_BOX = re.compile(r"[☐□☒☑✔✓■]|\[\s?[xX✓✔]?\s?\]")


def _ticked_with_coded_lead(text: str) -> str:
    """The ticked options of form text (`checked_options`), after the words that open it when those name a coded
    service ("Individual psychotherapy: CPT 90834 – session length ☐ 30 min ☒ 45 min" -> "Individual
    psychotherapy: CPT 90834 – session length 45 min"): the options are that service's quantity. A lead without a
    code ("Frequency: ☐ Weekly ☒ Every 2 weeks") is only the options' label and is dropped as before."""
    ticked = checked_options(text)
    box = _BOX.search(text)
    if box is None or ticked == text or not ticked.strip():
        return ticked
    lead = text[: box.start()].rstrip(" ,;")
    if not find_service_codes(lead) or lead in ticked:
        return ticked
    return f"{lead} {ticked}"


# the end of a sentence before the next one opens ("...(night wrist splint). 2 visits per week x 8 weeks.")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)])\.\s+(?=[A-Z0-9])")


def _list_quantity_tail(text: str) -> tuple[str, str] | None:
    """(the list, its quantities) for coded services parted by semicolons followed by sentences that name no code
    and open with a quantity ("...; 97760 orthotic management. 2 visits per week x 8 weeks. Expected duration: 8
    weeks."); None for anything else, a list whose services state a frequency of their own included."""
    breaks = list(_SENTENCE_BREAK.finditer(text))
    for brk in breaks:
        head, rest = text[: brk.start()], text[brk.end() :]
        if find_service_codes(rest):
            continue
        if ";" not in head or len(find_service_codes(head)) < 2 or not _QUANTITY_START.match(rest):
            return None
        for piece in head.split(";"):
            own = ServiceText()
            fill_quantities(QUANTITY_SPLIT.split(_without_codes(piece)), own)
            if own.frequency is not None or own.hours_per_week is not None:
                return None  # "97110 ther ex 2x/week; 97140 manual therapy 1x/week. ...": each states its own
        extra = ServiceText()
        fill_quantities(QUANTITY_SPLIT.split(rest), extra)
        if extra.frequency is None:
            return None
        return head, rest
    return None


def _without_codes(text: str) -> str:
    """The text with its service codes (and their modifiers) blanked out."""
    for _, _, start, end in reversed(find_service_codes(text)):
        text = text[:start] + " " + text[end:]
    return text


def parse_service(text: str, *, require_code: bool = False) -> list[ServiceText]:
    """Requested services in a phrase: "Individual psychotherapy (90837): 53 minutes, weekly",
    "97153 Adaptive behavior treatment - 20 hrs/week", "The plan includes therapeutic exercise (97110),
    1 session per day 3 times per week; manual therapy (97140), ...".

    Several services on one line are cut at ";" when the pieces have their own code or quantity, and
    a list of codes ("A (97110) and B (97530)") is cut at its commas and "and"s; quantities written
    once for such a list ("2x/week, including A (97110) and B (97530)") apply to each of its services.
    """
    groups = _coded_lines(text)
    if len(groups) > 1:
        # a cell listing one coded service per line ("90834 Individual psychotherapy, 45 min, weekly" /
        # "90853 Group skills, 60 min, every 2 weeks"): the line ends each service
        return [s for group in groups for s in parse_service(group, require_code=require_code)]
    text = " ".join(_ticked_with_coded_lead(text).split())
    if not text:
        return []
    tail = _list_quantity_tail(text)
    if tail is not None:
        # "97110 ther ex; 97140 manual therapy; 97018 paraffin. 2 visits per week x 8 weeks.": the sentences after a
        # list of coded services parted by semicolons, stating only quantities, are every listed service's visits
        head, rest = tail
        listed = parse_service(head, require_code=require_code)
        extra = ServiceText()
        fill_quantities(QUANTITY_SPLIT.split(rest), extra)
        for service in listed:
            if service.code and service.frequency is None and service.hours_per_week is None:
                service.frequency = extra.frequency
            if service.code and service.amount is None and service.hours_per_week is None:
                service.amount = extra.amount
            if service.code and service.duration is None:
                service.duration = extra.duration
        return listed
    # "TE (97110), gait trng (9716), NMR (97112)": a code mistyped in a list of bracketed codes is still that service's
    # "methadone administration H020 daily; counseling H0004 ...": so is a code mistyped in a list parted by semicolons
    mistyped = frozenset(c[0] for c in bracketed_codes_as_written(text) + listed_codes_as_written(text))
    pieces = [text]
    if ";" in text:
        split: list[str] = []
        for part in (p for p in text.split(";") if p.strip()):
            if split and _TASK.match(part) and not find_service_codes(part):
                split[-1] += ";" + part  # "...; measure wound weekly; teach foot care": tasks of the same order
            else:
                split.append(part)
        if sum(1 for p in split if find_service_codes(p) or _QUANTITY_START.search(p)) >= 2:
            pieces = split
    services: list[ServiceText] = []
    last_group: list[ServiceText] = []
    course: ServiceText | None = None  # an uncoded piece saying how often the visits of the course are
    for piece in pieces:
        if services and not find_service_codes(piece) and (_STEP_CHANGE.search(piece) or _STEP_CHANGE_LEAD.match(piece)):
            continue  # "...; sessions may move to every other week once ...": a later change of the same service
        labelled = _labelled_quantity(piece) if services and not find_service_codes(piece) else None
        if services and not find_service_codes(piece) and (labelled or _QUANTITY_START.match(piece.strip())):
            # "MSW: 1W1 x 1 visit; PRN x 1 for long-term planning": a further quantity of the service before it;
            # "97110, 97140; frequency 2x/week": the same, after its label
            extra = ServiceText()
            fill_quantities(QUANTITY_SPLIT.split(labelled or piece), extra)
            if extra.has_quantity:
                # "A (97110), B (97530) twice a week; about 45 minutes per visit": for each service of the list
                for previous in last_group or services[-1:]:
                    previous.frequency = previous.frequency or extra.frequency
                    previous.amount = previous.amount or extra.amount
                    previous.duration = previous.duration or extra.duration
                continue
        if services and not _codes(piece, mistyped):
            alone = _one_service(piece)
            if _span_only(alone):
                # "...; CBT and problem solving. Expected duration 20 weeks (through 08/03/2026).": how long the
                # services before it last, not a service of its own
                for previous in services:
                    previous.duration = previous.duration or alone.duration
                    previous.end = previous.end or alone.end
                continue
        group = [_one_service(part, mistyped) for part in _split_at_codes(piece, mistyped)]
        last_group = [s for s in group if s.code or s.has_quantity]
        shared = next((s for s in group if s.has_quantity), None)
        if shared is not None and not _beyond_as_needed(shared):
            shared = None  # "..., orthotic fitting as needed": "as needed" belongs to its own item only
        course_lead = _course_lead(piece) if len(group) > 1 else None
        for service in group:
            if course_lead is not None and service.code and _as_needed_only(service):
                # "OT 2x/week for 12 weeks: ADL retraining (97535), ..., orthotic management (97760) as needed": the
                # listed procedures are done at the course's visits, the one "as needed" at those of them it is needed
                service.frequency = f"{service.frequency} (at the {course_lead} visits)"
            if shared is not None and not service.has_quantity and service.code and len(group) > 1:
                service.frequency, service.amount, service.duration = (
                    shared.frequency,
                    shared.amount,
                    shared.duration,
                )
                service.hours_per_week, service.units = shared.hours_per_week, shared.units
            if require_code and not service.code:
                continue
            if service.code or service.has_quantity:
                services.append(service)
        coded = [s for s in group if s.code]
        if not coded:
            course = next((s for s in group if _visit_course(s)), course)
        elif course is not None:
            # "LSVT BIG protocol 4x/week for 4 weeks, then 2x/week for 12 weeks; therapeutic exercise (97110), gait
            # training (97116)": the procedures coded after the course's visits are done at those visits
            for service in coded:
                if service.frequency is None and service.hours_per_week is None:
                    service.frequency = course.frequency
                    service.amount = service.amount or course.amount
                    service.duration = service.duration or course.duration
    for service in services:
        # "Individual psychotherapy (CPT 90834, 45 min), weekly": the bracket held the code and the length; its
        # halves are left at the ends of the pieces cut from it
        for name in ("description", "frequency", "amount", "duration"):
            value = getattr(service, name)
            if value:
                setattr(service, name, _balanced(value))
    return services


def _balanced(text: str) -> str | None:
    """The text without a bracket left open at its end ("Individual psychotherapy (") or closed at either end with
    no opening one ("45 min)", ") weekly"); brackets that pair ("Daily (24-hour)") stay."""
    text = text.strip()
    if text.count("(") > text.count(")") and text.endswith("("):
        text = text[:-1].rstrip(" ,;:-")
    if text.count(")") > text.count("("):
        if text.endswith(")"):
            text = text[:-1].rstrip(" ,;")
        elif text.startswith(")"):
            text = text[1:].lstrip(" ,;")
    return text or None
