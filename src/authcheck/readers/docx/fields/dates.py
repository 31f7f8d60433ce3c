"""When: the plan's dates (admission, first treatment, plan date, a note's date of service), the certification
period, the expected duration of treatment, and completed and scheduled reviews, whether written under a label
("Next Review Date:", "Duration:") or said in a sentence ("Treatment will last through June 12, 2026",
"Progress review completed on 01/05/2026").

A remark after a date ("02/02/2026 - intake") dates that event too. Once the whole document is read,
`_finish_plan_facts` infers only what the plan itself states: the plan date from the visit the plan says it
was made at or from a certification period its author signed on the first day of, the first treatment date of
an evaluation note, and the plan's duration that every plan-level treatment agrees on.
"""

from __future__ import annotations

import datetime as dt
import re

from authcheck.model import Duration, Intervention, Period, Review, SourceLocation
from authcheck.parsing import find_dates, parse_duration, parse_frequency
from authcheck.parsing.dates import ANY_DATE_TEXT
from authcheck.readers.docx.label_split import Segment
from authcheck.readers.docx.labels import date_label_key, field_key, normalize_label, subfield_key, version_date_label
from authcheck.readers.phrases import (
    QUANTITY_SPLIT,
    ServiceText,
    blank_value,
    checked_options,
    fill_quantities,
    first_date,
    parse_period,
)
from authcheck.readers.docx.state import GOAL_SECTION_KEYS, BuilderState, Line
from authcheck.readers.docx.tables import NOT_HELD, REVIEW_LOG_DATE, REVIEW_LOG_RECORD

__all__ = ["DateFieldsMixin"]


_COMPLETED_REVIEW = re.compile(
    r"\b(?:(?:treatment\s+)?(?:plan\s+)?(?:review|re-?evaluation|reassessment|progress\s+review|progress\s+report|"
    r"recertification|update)\s+(?:was\s+)?(?:completed|conducted|held|done|performed)|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:reviewed|re-?evaluated|updated)|(?<!be\s)reviewed\s+(?:on|with))\b\s*(?:on\s+)?",
    re.I,
)

# the fields of a plan's header whose value may run on into other sentences about the plan
_PLAN_LEVEL_KEYS = (
    "plan_date", "period", "patient.", "admission_date", "first_treatment_date", "document_date", "payer", "provider",
    "program", "level_of_care",
)
_RUN_ON_SENTENCE = re.compile(r"(?<=[\w)])\.\s+(?=[A-Z])")

_SCHEDULED_REVIEW = re.compile(
    r"\b(?:next\s+(?:plan\s+|treatment\s+plan\s+)?(?:review|re-?evaluation|reassessment|update|progress\s+report)|"
    r"(?:review|recertification|re-?evaluation|progress\s+report)\s+(?:is\s+)?(?:due|scheduled|planned)|"
    r"will\s+be\s+(?:reviewed|re-?evaluated|recertified|updated)|recertification\s+(?:date|due))",
    re.I,
)

# "This plan of care was established at the evaluation.", "The treatment plan was developed during intake":
# the plan is dated by that visit
_PLAN_MADE_AT = re.compile(
    r"\bplan(?:\s+of\s+(?:care|treatment))?\s+(?:was|is|has\s+been)\s+(?:established|developed|written|"
    r"completed|created|formulated|initiated)\s+(?:at|during|on\s+the\s+(?:day|date)\s+of|the\s+(?:same\s+)?day\s+of)\s+"
    r"(?:the\s+|her\s+|his\s+|their\s+)?(?:initial\s+|first\s+)?(?P<what>evaluation|eval|assessment|"
    r"intake|admission|first\s+visit|start\s+of\s+care)\b",
    re.I,
)

_EVALUATION_HEADING = re.compile(
    r"^(?:initial\s+|pt\s+|ot\s+|slp\s+|therapy\s+)?(?:evaluation|eval)(?:\s+(?:summary|findings|results|narrative))?$",
    re.I,
)
# an evaluation note's title ("PT Initial Evaluation and Plan of Care", "Evaluation & Plan of Treatment"), not a
# re-evaluation's or a progress note's
_EVALUATION_TITLE = re.compile(
    r"(?<![-\w])(?<!re-)(?:initial\s+)?(?:evaluation|eval)\b(?!\s+(?:date|due|scheduled|of\s+progress))", re.I
)
_NAMES_DURATION = re.compile(r"\b(?:duration|dur|length\s+of\s+(?:treatment|care|service|services|stay))\b", re.I)
# "Treatment will last through June 12, 2026", "Services are expected to continue for 6 months"
_LENGTH_STATEMENT = re.compile(
    r"\b(?:treatment|therapy|services|counseling|care|(?:this|the)\s+plan)\s+"
    r"(?:(?:is|are)\s+(?:expected|anticipated|projected|planned|estimated)\s+to\s+|will\s+(?:likely\s+)?|should\s+)"
    r"(?:last|continue|run|extend|be\s+(?:provided|needed|required))\s+"
    r"(?P<rest>(?:for|through|thru|until|till|over|about|approximately)\b[^.;]*)",
    re.I,
)
# "I expect treatment to last about 6 months", "We anticipate that therapy will continue through June 2026": the
# writer's expectation of how long treatment lasts
_LENGTH_EXPECTED = re.compile(
    r"\b(?:expects?|expected|anticipates?|anticipated|estimates?|estimated|projects?|predicts?)\s+(?:that\s+)?"
    r"(?:the\s+|(?:her|his|their)\s+)?(?:treatment|therapy|services|counseling|care|(?:this|the)\s+plan)\s+"
    r"(?:to|will)\s+(?:last|continue|run|extend|take)\s+"
    r"(?P<rest>(?:for|through|thru|until|till|over|about|approximately|around|roughly)\b[^.;]*)",
    re.I,
)
# "The anticipated duration of treatment is 12 months", "Expected length of services will be about 6 months",
# "Estimated treatment duration is 16 weeks": a sentence naming the plan's length, then the length
_LENGTH_NAMED = re.compile(
    r"\b(?:anticipated|expected|estimated|projected|planned|likely|total)\s+"
    r"(?:(?:duration|length)(?:\s+of\s+(?:the\s+)?(?:treatment|therapy|services?|care|counseling|(?:this\s+)?plan|"
    r"episode))?|(?:treatment|therapy|service|care|plan)\s+(?:duration|length))\s+"
    r"(?:is|will\s+be|would\s+be|of|:)\s+(?P<rest>[^.;]*\d[^.;]*)",
    re.I,
)

# "We are requesting ABA services for the period 03/01/2026 through 02/28/2027", "authorization is requested for
# the period of 3/1/26 - 8/31/26", "services are requested from March 1, 2026 to August 31, 2026": the period a
# request or a plan covers, said in a sentence
_DAY = ANY_DATE_TEXT
_SPAN = rf"{_DAY}\s*(?:-|–|—|to|through|thru|until)\s*{_DAY}"
_PERIOD_STATEMENT = re.compile(
    r"\b(?:for|during|covering|over|in)\s+the\s+(?:(?:requested|authori[sz]ation|auth|treatment|service|certification|"
    rf"plan|review|coverage)\s+)?period\s+(?:of\s+|from\s+)?(?P<rest>{_SPAN})|"
    rf"\b(?:request(?:s|ed|ing)?|authori[sz](?:e|ed|ing|ation))\b[^.;]{{0,80}}?\bfrom\s+(?P<rest2>{_SPAN})",
    re.I,
)

# a remark after a date: "(initial evaluation and first treatment)", "— intake"
_DATE_REMARK = re.compile(r"\d\s*(?:\((?P<what>[^()\d]{3,80})\)|\s[-–—]\s*(?P<what2>[A-Za-z][^\d;|]{2,60})$)")
# "Frequency 2x/wk, duration 6 weeks.", "LOS 30 days": the length word with a number of days to years right after
# ("Freq 1x/wk dur 16 wks 53 min", "Projected LOS  8 wks": the common shorthand "dur" may follow the frequency after
# a single space)
_LENGTH_RUN_IN = re.compile(
    r"(?:^|[,;.]\s+|\s{2,}|\s(?=dur\b))(?:(?:treatment|plan|therapy|expected|estimated|anticipated|projected|proj|est|"
    r"approx|approximate)\.?\s+)?"
    r"(?:duration|dur\.?|length\s+of\s+(?:treatment|care|stay|services?)|los)\s*(?:of|is|=|-|–|:)?\s*"
    r"(?P<rest>(?:x\s*)?\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:days?|wks?|weeks?|mos?|months?|years?|yrs?)\b)",
    re.I,
)

# "x 24 wks", "x12 weeks", "x 20 sessions": a length alone on its line, as a treatment's facts split over lines leave it
_LONE_LENGTH = re.compile(
    r"\s*(?:[x×]|for)\s*(?P<rest>\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:days?|wks?|weeks?|mos?|months?|sessions|visits))\.?\s*",
    re.I,
)

# "60-minute sessions once a week for 12 sessions, ending approximately April 27, 2026": a treatment sentence that
# says when the sessions end
_LENGTH_ENDING = re.compile(
    r"\b(?:sessions?|treatment|therapy|services|counseling|visits?)\b[^.;]*?,?\s+(?:ending|concluding|to\s+end|"
    r"to\s+conclude|to\s+be\s+completed)\s+(?P<rest>(?:(?:approximately|about|around|on|by)\s+)?"
    rf"{ANY_DATE_TEXT})",
    re.I,
)


# a bracket in a date's label that places the event on another day: "(after intake)", "(2 weeks post admission)"
_NOT_SAME_DAY = re.compile(r"\b(?:after|before|following|post|pre|prior|since|until|not|no|\d+)\b", re.I)

_PENDING_VALUE = re.compile(
    r"^\W*(?:pending|scheduled|tbd|tba|to\s+be\b|not\s+yet|due\b|n/?a\b|none\s+yet|upcoming|planned)", re.I
)


# the label of the date of this version of an updated, revised or amended plan ("Date of this update", "Revised on")
_VERSION_DATE_LABEL = re.compile(
    r"\b(?:this\s+(?:update|revision|amendment|report)|update\s+date|(?:date\s+of|current)\s+(?:plan\s+)?update|"
    r"revision\s+date|date\s+of\s+(?:revision|amendment)|(?:date\s+)?(?:plan\s+)?(?:revised|amended|updated)(?:\s+on)?|"
    r"amendment\s+date)\b",
    re.I,
)


def _version_label(text: str) -> bool:
    """A label (or the passage it was read from) that dates this version of an updated plan."""
    if _VERSION_DATE_LABEL.search(text):
        return True
    label = text.split(":", 1)[0] if ":" in text else text
    return version_date_label(label)


# a header label that names only the kind of document it dates ("Update:", "Revision:", "Progress report date:"),
# and, for each kind, the words of a document title of that kind ("Treatment Plan Update", "Revised Plan of Care")
_BARE_KIND_LABEL = re.compile(
    r"^(?:date\s+of\s+(?:the\s+)?)?(?P<kind>update|review|revision|revised|recert|recertification|re\s?certification|"
    r"progress\s+report|reauthorization|re\s?authorization)(?:\s+(?:date|dated|on))?$"
)
_KIND_IN_TITLE = {
    "update": re.compile(r"\bupdat(?:e|ed)\b", re.I),
    "review": re.compile(r"\breview\b", re.I),
    "revision": re.compile(r"\brevis(?:ion|ed)\b", re.I),
    "recertification": re.compile(r"\bre-?\s?cert\w*", re.I),
    "progress report": re.compile(r"\bprogress\s+report\b", re.I),
    "reauthorization": re.compile(r"\bre-?\s?authori[sz]\w*", re.I),
}


def _bare_kind(label: str) -> str | None:
    """The kind a header label names and nothing else ("Update" -> "update", "Progress report date" -> "progress
    report"), None for any other label ("Next update", "Review due", "Recert period")."""
    match = _BARE_KIND_LABEL.match(normalize_label(label))
    if match is None:
        return None
    kind = re.sub(r"\s+", " ", match.group("kind"))
    return {"revised": "revision", "recert": "recertification", "re certification": "recertification",
            "recertification": "recertification", "re authorization": "reauthorization"}.get(kind, kind)


# a review log's bare date column, and the words of an entry saying the review took place
_BARE_LOG_DATE = re.compile(r"(?:date|dated|date\s+of\s+entry|entry\s+date|when)", re.I)
_LOG_DONE = re.compile(r"\b(?:completed|complete|done|held|conducted|performed|signed|finished|reviewed|updated)\b", re.I)


# how long before a requested period its plan is signed, at most, for the signature to date the plan
_REQUEST_LEAD = dt.timedelta(days=45)


# "03/09/2026 To: 05/07/2026", "03/09/2026 - 05/07/2026": between a start date and the next date, only a range word
_SPAN_JOINER = re.compile(r"^\s*(?:(?:to|through|thru|until|till|ending)\s*:?|[-–—]|:)\s*$", re.I)


def _span_end(value: str) -> dt.date | None:
    """The end date of a span whose start is the value's first date, when the value goes on to one."""
    dates = list(find_dates(value))
    if len(dates) < 2:
        return None
    (_, (_, first_end)), (end, (second_start, _)) = dates[0], dates[1]
    return end if _SPAN_JOINER.match(value[first_end:second_start]) else None


_DUE_VALUE = re.compile(r"^\W*(?:due|scheduled|next|planned|by|no\s+later\s+than|on\s+or\s+before)\b", re.I)


def _kind_of_review(text: str) -> str:
    lowered = text.lower()
    if "recert" in lowered:
        return "recertification"
    if "progress report" in lowered or "progress note" in lowered:
        return "progress-report"
    return "review"


_STEPPED = re.compile(r"\bthen\b|\bfollowed\s+by\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[\w)])\.\s+")


def _whole_length(intervention: Intervention) -> Duration:
    """A treatment's duration, for a stepped order the whole of it: "3x/wk x 2 wks, then 2x/wk x 6 wks (8 weeks,
    18 visits)" lasts 8 weeks, not the 2 weeks of its first step. Other treatments keep the duration read."""
    duration = intervention.duration
    assert duration is not None
    for sentence in _SENTENCE_END.split(intervention.description or ""):
        if not _STEPPED.search(sentence):
            continue
        whole = Duration.model_validate(sentence.strip())
        if whole.stated and whole.unit == duration.unit and (whole.value or 0) > (duration.value or 0):
            whole.source = duration.source
            return whole
    return duration


class DateFieldsMixin(BuilderState):
    """Plan dates, the certification period, the expected duration and reviews."""

    # content under an "Evaluation Summary" heading: the note records the evaluation itself
    _evaluation_seen: bool = False

    # "This plan of care was established at the evaluation": the field whose date is the plan's
    _plan_made_at: tuple[str, SourceLocation] | None = None

    # "Update: 06/03/2026" atop a "Treatment Plan Update": (the kind named, date, value, where), see `_own_kind_date`
    _own_dates: tuple[tuple[str, dt.date, str, SourceLocation], ...] = ()

    def _plan_statement(self, line: Line, core: str) -> None:
        """Note a sentence saying at which visit the plan was made (its date is read by `_inferred_plan_date`),
        or how long treatment will last."""
        self._duration_statement(line, core)
        self._period_statement(line, core)
        if not self._evaluation_seen and line.section.title and _EVALUATION_HEADING.search(line.section.title):
            self._evaluation_seen = True
        if self._plan_made_at is not None or "plan" not in core.lower():
            return
        match = _PLAN_MADE_AT.search(core)
        if match is not None:
            what = match.group("what").lower()
            field = "admission_date" if what in ("intake", "admission") else "first_treatment_date"
            self._plan_made_at = (field, line.loc(core[match.start() : match.end()], match.start()))

    def _inferred_plan_date(self, *, from_period: bool = False) -> None:
        """With no plan date written: the date of the visit the plan says it was made at, or the start of a
        certification period that begins on the evaluation date (a plan of care is certified from the day it
        is established). Never a guess from one date alone."""
        if "plan_date" in self.plan_fields:
            return
        if self._plan_made_at is not None and not from_period:
            field, loc = self._plan_made_at
            if self.plan_fields.get(field) is not None:
                self._set_plan("plan_date", self.plan_fields[field], loc)
                return
        period = self.period
        first = self.plan_fields.get("first_treatment_date")
        if from_period and period is not None and period.start is not None and period.start == first:
            self._set_plan("plan_date", period.start, period.location_of("start") or self.plan_sources[
                "first_treatment_date"])
            return
        if from_period and period is not None and period.start is not None:
            # the plan's author signed it on the day the requested period begins: it was established that day
            for signature in self.signatures:
                if signature.role in ("clinician", "supervisor") and signature.date == period.start:
                    loc = signature.field_sources.get("date") or signature.source or period.location_of("start")
                    if loc is not None:
                        self._set_plan("plan_date", period.start, loc)
                    return
            # a request for a period ahead, with no plan date: the plan is the one its author signed for that
            # request, in the weeks before the period begins (the latest such signature); never a later one
            before = [
                signature for signature in self.signatures
                if signature.role in ("clinician", "supervisor") and signature.date is not None
                and dt.timedelta(0) < period.start - signature.date <= _REQUEST_LEAD
            ]
            if before:
                signature = max(before, key=lambda s: s.date)
                loc = signature.field_sources.get("date") or signature.source
                if loc is not None:
                    self._set_plan("plan_date", signature.date, loc)
                    return
        if from_period and first is not None and (period is None or period.start is None):
            # "... who was evaluated on 9 February 2026" and "Clinician: A. Thorvaldsen, CCC-SLP, 9 February 2026": the
            # plan's author signed it on the day of the evaluation it came from; it was established that day
            for signature in self.signatures:
                if signature.role in ("clinician", "supervisor") and signature.date == first:
                    loc = signature.field_sources.get("date") or signature.source
                    if loc is not None:
                        self._set_plan("plan_date", first, loc)
                    return

    def _plan_date_at_evaluation(self) -> None:
        """With no plan date written: a certification period that begins on the evaluation date dates the plan (a
        plan of care is certified from the day it is established), before a date alone on a line does (a letter's
        date line, or a referral's order date in a cell beside its caption)."""
        period = self.period
        first = self.plan_fields.get("first_treatment_date")
        if "plan_date" in self.plan_fields or period is None or period.start is None or period.start != first:
            return
        self._set_plan("plan_date", period.start, period.location_of("start") or self.plan_sources[
            "first_treatment_date"])

    def _plan_duration_label(self, line: Line, segments: list[Segment]) -> None:
        """ "Duration: 12 weeks", "Frequency and duration: 2 times per week for 10 weeks" after the treatments: how
        long treatment lasts, for the plan as well as for the treatment in focus. Under a goal or objective the
        same label gives that aim's time frame, not the plan's."""
        if self.expected_duration is not None:
            return
        how_often = any(s.label and field_key(s.label) == "frequency" for s in segments)
        if self.focus in ("goal", "objective") and not how_often:
            return  # "Goal 2 ... Duration: 6 weeks": the goal's time frame
        for seg in segments:
            if not seg.label or not seg.value or not _NAMES_DURATION.search(seg.label):
                continue
            if field_key(seg.label) not in ("expected_duration", "frequency") or subfield_key(seg.label) in (
                "target_date", "time_frame", "amount"
            ):
                continue
            text = checked_options(seg.value).strip()  # "☐ 3 months  ☒ 6 months  ☐ 12 months": the one ticked
            parsed = parse_duration(text) if text else None
            if parsed is None or not (parsed.end_date or (parsed.value and parsed.unit)):
                continue
            if field_key(seg.label) == "frequency":  # the length only: "2 times per week for 10 weeks" -> "10 weeks"
                found = ServiceText()
                fill_quantities(QUANTITY_SPLIT.split(text), found)
                text = found.duration or text
            self.expected_duration = Duration.model_validate(text)
            self.expected_duration.source = line.loc(f"{seg.label}: {seg.value}", seg.value_start)
            return

    def _period_statement(self, line: Line, core: str) -> None:
        """ "We are requesting ABA services for the period 03/01/2026 through 02/28/2027": the plan's period, said
        in a sentence (a goal's dates are no period of the plan)."""
        if self.period is not None or self.section.key in GOAL_SECTION_KEYS:
            return
        match = _PERIOD_STATEMENT.search(core)
        if match is None:
            return
        start, end = parse_period(match.group("rest") or match.group("rest2"))
        if start is None or end is None or end <= start:
            return
        self.period = Period(start=start, end=end, source=line.loc(core[match.start() : match.end()], match.start()))

    def _duration_statement(self, line: Line, core: str) -> None:
        """ "Treatment will last through the end of the school year (June 12, 2026)", "Services are expected to
        continue for about 6 months": the plan's expected duration, said in a sentence."""
        if self.expected_duration is not None:
            return
        if self._split_length(line, core):
            return
        if self.section.key in GOAL_SECTION_KEYS:
            return
        match = (
            _LENGTH_STATEMENT.search(core)
            or _LENGTH_EXPECTED.search(core)
            or _LENGTH_NAMED.search(core)
            or _LENGTH_RUN_IN.search(core)
            or _LENGTH_ENDING.search(core)
        )
        if match is None:
            return
        rest = re.split(r",\s+(?:then|and|after|with|unless|at\s+which)\b", match.group("rest"))[0]
        parsed = parse_duration(rest)
        if parsed is None or not (parsed.end_date or (parsed.value and parsed.unit)):
            return
        self.expected_duration = Duration.model_validate(rest.strip(" ,"))
        self.expected_duration.source = line.loc(core[match.start() : match.end()], match.start())

    def _split_length(self, line: Line, core: str) -> bool:
        """ "Indiv tx" / "q wk" / "x 24 wks": a treatment's facts split over lines by stray Enter presses, its length
        alone on the last ("x 12 wks" under "Frequency - 2x wk"): the plan's length, when a line just above states
        how often and no goal or objective is being read (a goal's own time frame says "within" or "by")."""
        match = _LONE_LENGTH.fullmatch(core)
        if match is None or self.focus in ("goal", "objective"):
            return False
        above = [text for _, text in self._recent_lines[-4:-1]]
        if not any((found := parse_frequency(text)) is not None and found.count and found.per for text in above):
            return False
        parsed = parse_duration(match.group("rest"))
        if parsed is None or not (parsed.value and parsed.unit):
            return False
        self.expected_duration = Duration.model_validate(match.group("rest"))
        self.expected_duration.source = line.loc(core)
        return True

    def _finish_plan_facts(self) -> None:
        """Plan facts read from what the whole document says, once it is read (after any written plan date)."""
        self._inferred_plan_date(from_period=True)
        self._evaluation_note_date()
        self._plan_level_duration()
        self._signer_npis()

    def _evaluation_note_date(self) -> None:
        """An encounter note dated by its date of service that holds the evaluation itself (an "Evaluation
        Summary" section) and certifies the plan from that day: the evaluation, the first treatment, was then."""
        if "first_treatment_date" in self.plan_fields or not self._evaluation_seen or self.date_line is None:
            return
        date, _ = self.date_line
        period = self.period
        if period is not None and period.start == date:
            self._set_plan("first_treatment_date", date, period.location_of("start") or self.date_line[1])

    def _plan_level_duration(self) -> None:
        """With no duration for the plan: the one length every plan-level treatment that states one agrees on
        ("PLAN ... FREQUENCY/DURATION 2x per week x 8 weeks" read as a plan-level treatment). A billed service ordered
        under a goal counts too ("Individual psychotherapy 90834, 45 min, 1x/wk for 16 weeks"): a coded treatment's
        frequency and length are the plan's, not one aim's; a goal's uncoded step ("practise daily for 2 weeks") is
        not."""
        if self.expected_duration is not None:
            return
        under_goals = [
            i
            for problem in self.problems
            for goal in problem.goals
            for i in [*goal.interventions, *(x for o in goal.objectives for x in o.interventions)]
        ]
        ordered = [i for i in under_goals if i.service_code and i.frequency is not None and i.frequency.stated]
        stated = [
            _whole_length(i) for i in [*self.interventions, *ordered] if i.duration is not None and i.duration.stated
        ]
        if stated and len({(d.value, d.unit, d.end_date) for d in stated}) == 1:
            self.expected_duration = stated[0].model_copy()

    def _field_admission_date(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._date_field("admission_date", value, loc, label)
        return None

    def _field_first_treatment_date(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._date_field("first_treatment_date", value, loc, label)
        return None

    def _field_plan_date(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        """ "Plan date:"; in a plan that is updated, revised or amended, "Date of this update:" dates this version and
        wins over the first plan's date the header also gives ("Initial plan: 06/23/2025", earlier or later)."""
        date = first_date(value)
        if date is not None and self._update_due(label, value):
            return self._field_review(label, value, loc, line)
        if (
            date is not None
            and _version_label(label)
            and line.section.title not in ("Page header", "Page footer")
            and "plan_date" in self.plan_fields
            and not _version_label(self.plan_sources["plan_date"].text or "")
        ):
            del self.plan_fields["plan_date"]
        self._date_field("plan_date", value, loc)
        return None

    def _own_kind_date(self, label: str, value: str, loc: SourceLocation, line: Line) -> bool:
        """ "Update: 06/03/2026" in the header of a "Treatment Plan Update", "Revision: 03/23/2026" atop a "Revised Plan
        of Care", "Progress report date: 04/10/2026" in a "Progress Report": a label naming only the document's own
        kind dates the document itself, not a review to come. Kept aside (True) until the plan is read (see
        `_own_kind_dates`); a label in the body, under a title of another kind or with a due date is read as before."""
        kind = _bare_kind(label)
        date = first_date(value)
        if (
            kind is None
            or date is None
            or _DUE_VALUE.match(value)
            or _PENDING_VALUE.match(value)
            or self._content_entered
            or self.section.key not in (None, "title", "client", "dates", "provider")
            or line.section.title in ("Page header", "Page footer")
            or not _KIND_IN_TITLE[kind].search(f"{self.title or ''} | {self.opening or ''}")
        ):
            return False
        self._own_dates = (*self._own_dates, (kind, date, value, loc))
        return True

    def _own_kind_dates(self) -> None:
        """The dates kept aside by `_own_kind_date`, once the plan is read. A review or recertification dated after
        every signature of the document is the one to come after all (a revision, an update or a report names no
        date to come). Otherwise the document took place that day: with no plan date
        written it dates the plan ("Treatment Plan Update ... Update: 06/03/2026"); beside the earlier plan's own
        date ("Original POC: 03/02/2026 ... Revision: 03/23/2026") it is a review that took place."""
        signed = [s.date for s in self.signatures if s.date is not None]
        for named, date, value, loc in self._own_dates:
            kind = _kind_of_review(named)
            if named in ("review", "recertification", "reauthorization") and signed and date > max(signed):
                self._add_review(kind, value, loc, completed=False)
            elif "plan_date" not in self.plan_fields:
                self._set_plan("plan_date", date, loc)
            else:
                self._add_review(kind, value, loc, completed=True)

    def _version_date(self, label: str, value: str, loc: SourceLocation, line: Line) -> bool:
        """ "Date of this progress report:", "Date of this 90-day review:": a review's label that dates this very
        update is its plan date, not a review to come (True when read so)."""
        if not version_date_label(label) or _DUE_VALUE.match(value) or first_date(value) is None:
            return False
        self._field_plan_date(label, value, loc, line)
        return True

    def _update_due(self, label: str, value: str) -> bool:
        """ "Treatment plan update: due 12/19/2025" (or under a "Plan reviews" heading): a label close to "Treatment
        plan date" whose words name an update or review, not this version's date ("Date of this update"), with a
        value said to be due (or in a review section) is the next update, not the plan date."""
        if date_label_key(label) != "review" or _VERSION_DATE_LABEL.search(label):
            return False
        return bool(_DUE_VALUE.match(value)) or self.section.key == "review"

    def _field_date(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        """A bare "Date:": a signature's date in the signatures section, else the plan date near the top."""
        if self.section.key == "signatures" or (
            self.signatures
            and self.signatures[-1].date is None
            and self.signatures[-1].source is not None
            and self.signatures[-1].source.section == line.section.title
        ):
            if self.signatures and self.signatures[-1].date is None:
                date = first_date(value)
                if date:
                    self.signatures[-1].date = date
                    self.signatures[-1].field_sources["date"] = loc
            return None
        if self.section.key in (None, "title", "client", "dates", "provider") and not blank_value(value):
            self._date_field("plan_date", value, loc)
        return None

    def _field_document_date(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        """ "Date of Service: 2/2/2026", "Encounter Date: 1/12/2026" at the top of an EHR print or in its page
        header: the date of the note the plan was written in, taken as the plan date when none is written."""
        date = first_date(value)
        if date is None or self.date_line is not None:
            return None
        top = self.section.key in (None, "title", "client", "dates", "provider") and not self._content_entered
        if top or self.section.title == "Page header":
            self.date_line = (date, loc)
            self._date_remark(date, value, loc)
            # "PT Initial Evaluation and Plan of Care      Date of service: 02/16/2026": the note's own title,
            # on its date line or at the top, says the note records the evaluation itself
            before = line.text[: line.text.find(label)] if label in line.text else ""
            if _EVALUATION_TITLE.search(before) or _EVALUATION_TITLE.search(self.title or ""):
                self._evaluation_seen = True
        return None

    def _field_period(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        start, end = parse_period(value)
        asked = re.fullmatch(r"(?:requested\s+)?auth(?:orization)?\s*(?:request(?:ed)?)?", label.strip(" :"), re.I)
        if asked and "request" in label.lower() and not (start and end):
            start = end = None  # "Authorization requested: 01/15/2026" may be the day it was asked: a span only
        if start or end:
            if self.period is None:
                self.period = Period(start=start, end=end, source=loc)
            if "certif" in label.lower() and self.period is not None:
                self.plan_sources.setdefault("period.kind", loc)
        parsed = parse_duration(value)
        if parsed is not None and parsed.value is not None and self.expected_duration is None:
            self.expected_duration = Duration.model_validate(value.strip())
            self.expected_duration.source = loc
        return None

    def _field_period_start(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        date = first_date(value)
        if date:
            if self.period is None:
                self.period = Period(source=loc)
            if self.period.start is None:
                self.period.start = date
                self.period.field_sources["start"] = loc
            end = _span_end(value)
            if end is not None and end >= date and self.period.end is None:
                self.period.end = end  # "From: 03/09/2026  To: 05/07/2026", the "To" left in the value
                self.period.field_sources["end"] = loc
        return None

    def _field_period_end(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        date = first_date(value)
        if date:
            if self.period is None:
                self.period = Period(source=loc)
            if self.period.end is None:
                self.period.end = date
                self.period.field_sources["end"] = loc
        return None

    def _field_expected_duration(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        if self.expected_duration is None:
            self.expected_duration = Duration.model_validate(value.strip())
            self.expected_duration.source = loc
        return None

    def _review_to_come(self, kind: str, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        """A review's labelled date: a review to come, unless the label dates this very document (see
        `_version_date` and `_own_kind_date`)."""
        if not (self._version_date(label, value, loc, line) or self._own_kind_date(label, value, loc, line)):
            self._add_review(kind, value, loc, completed=False)

    def _field_review(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._review_to_come(_kind_of_review(label), label, value, loc, line)
        return None

    def _field_recertification(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._review_to_come("recertification", label, value, loc, line)
        return None

    def _field_progress_report(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._review_to_come("progress-report", label, value, loc, line)
        return None

    def _field_review_completed(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._add_review(_kind_of_review(label), value, loc, completed=True)
        return None

    def _date_field(self, name: str, value: str, loc: SourceLocation, label: str | None = None) -> None:
        date = first_date(value)
        if date is not None:
            self._set_plan(name, date, loc)
            self._date_remark(date, value, loc)
            if label:
                self._label_remark(name, date, label, loc)

    def _label_remark(self, name: str, date: object, label: str, loc: SourceLocation) -> None:
        """ "Date of initial assessment (intake):", "Admission date (first visit):": a bracket in an admission or
        first-treatment label that names the other of the two says both happened that day (fields still empty)."""
        for inner in re.findall(r"\(([^()\d]{3,40})\)", label):
            for part in re.split(r"\s*(?:,|/|&|\band\b)\s*", inner):
                if _NOT_SAME_DAY.search(part):
                    continue  # "First session (after intake)": another day
                key = date_label_key(part) if part and len(part.split()) <= 4 else None
                if key in ("admission_date", "first_treatment_date") and key != name:
                    self._set_plan(key, date, loc)

    def _date_remark(self, date: object, value: str, loc: SourceLocation) -> None:
        """ "Jan 27 2026 (initial evaluation and first treatment)", "02/02/2026 - intake": a remark in brackets or
        after a dash saying what else happened that day dates that event too (fields still empty only)."""
        remark = _DATE_REMARK.search(value)
        if remark is None:
            return
        for part in re.split(r"\s*(?:,|/|&|\band\b|\bplus\b)\s*", remark.group("what") or remark.group("what2")):
            key = date_label_key(part) if part and len(part.split()) <= 5 else None
            if key in ("admission_date", "first_treatment_date", "plan_date"):
                self._set_plan(key, date, loc)

    def _add_review(self, kind: str, value: str, loc: SourceLocation, completed: bool) -> None:
        date = first_date(value)
        if date is None:
            return
        for review in self.reviews:
            if review.date == date and review.kind == kind and review.completed == completed:
                return
        self.reviews.append(Review(kind=kind, date=date, completed=completed, source=loc))

    def _review_log_row(self, cells: list[tuple[str, str]], loc_of: dict[str, SourceLocation]) -> None:
        """A row of a review log ("Review date | Progress | Changes | Signed"): the date of a review and, beside it,
        what that review recorded (progress, changes, a sign-off) is a review that took place. A row whose record
        cells are empty or say it is still to come ("Pending", "Scheduled") stays a scheduled review."""
        dated = [
            (label, value) for label, value in cells
            if REVIEW_LOG_DATE.search(label) and not NOT_HELD.search(label) and first_date(value) is not None
        ]
        if not dated and self.section.key == "review":
            self._dated_log_row(cells, loc_of)
            return
        if len(dated) != 1:
            return
        label, value = dated[0]
        recorded = [
            v for lab, v in cells
            if lab != label and REVIEW_LOG_RECORD.search(lab) and not NOT_HELD.search(lab)
            and not blank_value(v) and not _PENDING_VALUE.match(v)
        ]
        if not recorded:
            return
        date, kind = first_date(value), _kind_of_review(label)
        self.reviews = [r for r in self.reviews if not (r.date == date and r.kind == kind and not r.completed)]
        loc = loc_of[label]
        self._add_review(kind, value, loc, completed=True)
        for signature in self.signatures:
            # "S. Whitehorse, LCSW" in the row's "Signed" cell: the review's sign-off, made on the review's date
            where = signature.source
            if signature.date is None and where is not None and (where.table, where.row) == (loc.table, loc.row):
                signature.date = date

    def _dated_log_row(self, cells: list[tuple[str, str]], loc_of: dict[str, SourceLocation]) -> None:
        """A row of a log under a review heading ("Review log": "Date | Action | By"), dated by a bare "Date" column:
        the entry beside the date says what happened ("Quarterly update completed") or is to come ("Next update
        due"); an entry naming no review ("Initial treatment plan", "Medication change") is none."""
        bare = [(label, value) for label, value in cells if _BARE_LOG_DATE.fullmatch(label.strip()) and first_date(value)]
        if len(bare) != 1:
            return
        label, value = bare[0]
        said = " ".join(v for lab, v in cells if lab != label and not blank_value(v))
        if not REVIEW_LOG_DATE.search(said):
            return
        if NOT_HELD.search(said) or _PENDING_VALUE.match(said):
            self._add_review(_kind_of_review(said), value, loc_of[label], completed=False)
        elif _LOG_DONE.search(said):
            date, kind = first_date(value), _kind_of_review(said)
            self.reviews = [r for r in self.reviews if not (r.date == date and r.kind == kind and not r.completed)]
            self._add_review(kind, value, loc_of[label], completed=True)

    def _duration_text(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        ticked = checked_options(core).strip()  # "☐ 3 months  ☒ 6 months  ☐ 12 months" under "Expected duration"
        parsed = parse_duration(ticked) if ticked else None
        if parsed is None:
            return False
        loc = line.loc(core)
        if self.expected_duration is None:
            self.expected_duration = Duration.model_validate(ticked)
            self.expected_duration.source = loc
        dates = list(find_dates(core))
        if len(dates) >= 2 and self.period is None:
            self.period = Period(start=dates[0][0], end=dates[1][0], source=loc)
        return True

    def _review_text(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        if self._review_statement(line, core):
            return True
        if not any(True for _ in find_dates(core)):
            return False
        kind = _kind_of_review(core + " " + (line.section.title or ""))
        self._add_review(kind, core, line.loc(core), completed=False)  # the first date on the line
        return True

    def _run_on_review(self, line: Line, segments: list) -> None:
        """ "Date of plan: 2/10/2026.  Auth. requested 2/16/2026 thru 8/15/2026.  Plan will be reviewed by 8/3/2026":
        a plan-level value (a date, the client, the period) that runs on into later sentences; a later sentence that
        says when the plan will be (or was) reviewed is read as such."""
        for seg in segments:
            key = field_key(seg.label) if seg.label else None
            if not key or not key.startswith(_PLAN_LEVEL_KEYS) or not seg.value:
                continue
            for sentence in _RUN_ON_SENTENCE.split(seg.value)[1:]:
                if _SCHEDULED_REVIEW.search(sentence) or _COMPLETED_REVIEW.search(sentence):
                    self._review_statement(line, sentence.strip())

    def _review_statement(self, line: Line, core: str) -> bool:
        """ "Progress review completed on 01/05/2026" anywhere; "Next review 03/01/2026" anywhere."""
        completed = _COMPLETED_REVIEW.search(core)
        scheduled = _SCHEDULED_REVIEW.search(core)
        if not completed and not scheduled:
            return False
        handled = False
        loc = line.loc(core)
        for _, (start, _end) in find_dates(core):
            before = core[:start]
            done = (
                completed is not None
                and completed.start() < start
                and (scheduled is None or scheduled.start() < completed.start() or scheduled.start() > start)
            )
            if done:
                self._add_review(_kind_of_review(before), core[start:], loc, completed=True)
                handled = True
            elif scheduled is not None and scheduled.start() < start:
                self._add_review(_kind_of_review(before), core[start:], loc, completed=False)
                handled = True
        return handled
