"""Plan-level facts: labelled fields ("Date of Birth:", "Next Review Date:") and the unlabelled
text of the diagnosis, services, duration, review, presenting-problem and assessment sections.

A mixin of the DOCX plan builder (see docx.build): it reads and writes the builder's state.
"""

from __future__ import annotations

import datetime as dt
import re

from authcheck.model import (
    Assessment,
    Diagnosis,
    Duration,
    Frequency,
    Period,
    Provider,
    Review,
    ServiceRequest,
    SourceLocation,
    TextBlock,
)
from authcheck.model.plan import Amount
from authcheck.model.vocab import find_instrument, normalize_discipline
from authcheck.parsing import find_dates, parse_amount, parse_duration
from authcheck.readers.docx.goals import _split_items
from authcheck.readers.docx.inline import inline_facts
from authcheck.readers.docx.labels import (
    FIELDS,
    Segment,
    date_label_key,
    field_key,
    label_parts,
    normalize_label,
    split_labels,
    subfield_key,
)
from authcheck.readers.docx.phrases import (
    _QUANTITY_SPLIT,
    DiagnosisText,
    ServiceText,
    _quantities,
    blank_value,
    _ELSEWHERE,
    checked_options,
    diagnosis_made,
    find_icd_codes,
    find_service_codes,
    first_date,
    looks_like_address,
    member_id_token,
    parse_assessment,
    parse_diagnoses,
    parse_period,
    parse_service,
    split_name_credential,
)
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.state import _GOAL_KEYS, BuilderState, Line, Section

_COMPLETED_REVIEW = re.compile(
    r"\b(?:(?:treatment\s+)?(?:plan\s+)?(?:review|re-?evaluation|reassessment|progress\s+review|progress\s+report|"
    r"recertification|update)\s+(?:was\s+)?(?:completed|conducted|held|done|performed)|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:reviewed|re-?evaluated|updated)|(?<!be\s)reviewed\s+(?:on|with))\b\s*(?:on\s+)?",
    re.I,
)

_SCHEDULED_REVIEW = re.compile(
    r"\b(?:next\s+(?:plan\s+|treatment\s+plan\s+)?(?:review|re-?evaluation|reassessment|update|progress\s+report)|"
    r"(?:review|recertification|re-?evaluation|progress\s+report)\s+(?:is\s+)?(?:due|scheduled|planned)|"
    r"will\s+be\s+(?:reviewed|re-?evaluated|recertified|updated)|recertification\s+(?:date|due))",
    re.I,
)


_SPACED_SLASH = re.compile(r"\s+[/·•|]\s+")  # "Member ID / Payer: 4401938276 · Keystone First"
_NAMED_SERVICE = re.compile(r"^(?P<name>[A-Za-z][\w /&'’()-]{2,60}?)\s*(?:—|–|:|\s-\s)\s*(?P<rest>[a-z].{2,80})$")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])")
# an order line under a services heading that starts with the ordered discipline ("PT: Evaluate and treat ...")
_ORDERED_DISCIPLINE = re.compile(
    r"^\s*(?P<who>(?-i:SN|RN|LPN|PT|PTA|OT|OTA|COTA|ST|SLP|HHA|CHHA|MSW|RD))\s*[:–—-]\s*\S", re.I
)
# a line naming the kind of therapy ("Modality: ...", "Treatment approach: ..."), which a coded service line may detail
_KIND_OF_THERAPY = re.compile(
    r"^\s*(?:treatment\s+|therapy\s+)?(?:modality|modalities|approach|type\s+of\s+(?:treatment|therapy))\s*:", re.I
)
_SENTENCE_START = re.compile(r"\s*(?:a|an|the|this|he|she|they|client|patient|child|member|no|we|it)\b", re.I)
_STATEMENT = re.compile(r"\b(?:is|are|was|were|will|has|have|had|been|scheduled|planned|referred)\b", re.I)
_DX_MARKER = re.compile(
    r"\b(?:meets?|criteria\s+for|diagnosed\s+with|diagnos[ie]s\s+(?:of|is)|consistent\s+with|impression|"
    r"rule\s+out|r/o)\b",
    re.I,
)


_FILL_LINE = re.compile(r"_{2,}")


def _unfilled(value: str) -> str:
    """A form value without the fill line it was typed on: "____Frank Dombrowski____" -> "Frank Dombrowski";
    a fill line alone stays as written (a blank)."""
    if "__" not in value or not value.strip("_ \t"):
        return value
    return " ".join(_FILL_LINE.sub(" ", value).split())


# fields whose label may stand alone on a line above its value (see FieldsMixin._stacked_label)
_STACKED_KEYS = {
    "patient.name", "patient.birth_date", "patient.member_id", "payer", "program", "level_of_care",
    "admission_date", "first_treatment_date", "plan_date", "document_date", "period", "period.start", "period.end",
}
# the labels of those fields as listed (exactly, not a title that merely ends in one: "... - PLAN OF CARE")
_STACKED_LABELS = {label for key in _STACKED_KEYS for label in FIELDS.get(key, ())}
_PERSON = re.compile(r"[A-Z][\w'’.\-]*(?:,?\s+[A-Z][\w'’.\-]*){1,4}")
# a diagnosis line that only points at another document ("Refer to the medical director's H&P", "(see
# psychiatric evaluation)", "Per attached evaluation"): no diagnosis is stated here
_REFERENCE = re.compile(
    r"^[\s(\[_]*(?:please\s+)?(?:see|refer(?:red)?\s+to|per|as\s+(?:documented|listed|noted|stated)\s+in|"
    r"documented\s+in|listed\s+in|on\s+file|in\s+(?:the\s+)?(?:attached|chart)|deferred(?:\s+to)?|"
    r"to\s+be\s+determined|pending)\b",
    re.I,
)
# a line under a diagnosis heading that is not one: a clinician with a credential ("Renee Castellanos, PhD"),
# a procedure code ("97110 Therapeutic exercise")
_PROCEDURE_FIRST = re.compile(r"^\s*(?:\d{5}|[A-V]\d{4})\b(?!\.)\s*[-–—:]?\s*[A-Za-z]")


_RUN_IN_TITLE = re.compile(r"^\s*(?P<label>[^:.;]{3,40}):\s")
_SENTENCE_BREAK = re.compile(r"[.;]\s+(?=[A-Z0-9])")


def _narrative_note(text: str) -> bool:
    """Under a diagnosis heading, after coded diagnoses: a note about the case rather than a diagnosis, either
    run in under the title of another section ("Summary: ...", "Comments: ...") or clinical prose in several
    sentences that reports a finding with a number ("Walks 10 minutes before needing to sit")."""
    titled = _RUN_IN_TITLE.match(text)
    if titled is not None:
        label = titled.group("label").strip()
        match = match_section(label)
        if field_key(label) is None and match.key not in (None, "diagnosis") and match.score >= 90:
            return True
    sentences = [s for s in _SENTENCE_BREAK.split(text.strip()) if s.strip()]
    return len(sentences) >= 2 and any(re.search(r"\d", s) for s in sentences[1:]) and len(text.split()) >= 12


def _not_a_diagnosis(text: str) -> bool:
    if _PROCEDURE_FIRST.match(text) and not find_icd_codes(text):
        return True
    name, credential = split_name_credential(text)
    return bool(
        credential and name and len(name.split()) <= 4 and all(w[:1].isupper() for w in name.split())
    )


# an ID written after the payer's name in a payer or member-ID value ("Florida Blue H7K224019385", "Aetna
# Choice POS II — W338410992", "FL-MCD 3308172294"): the last word, with at least four digits
_TRAILING_ID = re.compile(r"(?:^|[\s—–(#:])(?P<id>[A-Za-z0-9]*\d[A-Za-z0-9\-]*)[\s).]*$")
# "Molina Marketplace — ID MOL-44718203", "BCBS (ID# XJ-22019)"
_NAMED_ID = re.compile(r"(?<![\w-])(?:ID|Id|id)\s*(?:#|no\.?|number)?\s*[:#]?\s*(?P<id>[A-Za-z0-9][A-Za-z0-9\-]{3,24}[A-Za-z0-9])")
# "Medicare Part B (7GK3PW6EM25)", "Aetna Better Health (#AB1234567)": an identifier alone in brackets after the
# payer's name: one token of at least six characters, three digits or more, that is no year or date
_BRACKETED_ID = re.compile(r"\(\s*#?\s*(?P<id>(?=[A-Za-z0-9\-]*\d[A-Za-z0-9\-]*\d[A-Za-z0-9\-]*\d)[A-Za-z0-9][A-Za-z0-9\-]{4,22}[A-Za-z0-9])\s*\)")


def _id_after_payer(value: str) -> str | None:
    """The member ID that ends a value starting with the payer's name; None when the last word is not an
    identifier (a date, a plan name, "pending")."""
    named = _NAMED_ID.search(value)
    if named and member_id_token(named.group("id")):
        return member_id_token(named.group("id"))
    match = _TRAILING_ID.search(value.strip())
    if match is None or sum(c.isdigit() for c in match.group("id")) < 4 or any(True for _ in find_dates(match.group("id"))):
        return None
    if not re.search(r"[A-Za-z]{2}", value[: match.start("id")]):
        return None  # no payer name before it
    return member_id_token(match.group("id"))


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
_NAMES_DURATION = re.compile(r"\b(?:duration|dur|length\s+of\s+(?:treatment|care|service|services|stay))\b", re.I)
# "Treatment will last through June 12, 2026", "Services are expected to continue for 6 months"
_LENGTH_STATEMENT = re.compile(
    r"\b(?:treatment|therapy|services|counseling|care|(?:this|the)\s+plan)\s+"
    r"(?:(?:is|are)\s+(?:expected|anticipated|projected|planned|estimated)\s+to\s+|will\s+(?:likely\s+)?|should\s+)"
    r"(?:last|continue|run|extend|be\s+(?:provided|needed|required))\s+"
    r"(?P<rest>(?:for|through|thru|until|till|over|about|approximately)\b[^.;]*)",
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


# a remark after a date: "(initial evaluation and first treatment)", "— intake"
_DATE_REMARK = re.compile(r"\d\s*(?:\((?P<what>[^()\d]{3,80})\)|\s[-–—]\s*(?P<what2>[A-Za-z][^\d;|]{2,60})$)")
# "Frequency 2x/wk, duration 6 weeks.", "LOS 30 days": the length word with a number of days to years right after
_LENGTH_RUN_IN = re.compile(
    r"(?:^|[,;.]\s+|\s{2,})(?:(?:treatment|plan|therapy|expected|estimated|anticipated)\s+)?"
    r"(?:duration|length\s+of\s+(?:treatment|care|stay|services?)|los)\s*(?:of|is|=|-|–)?\s*"
    r"(?P<rest>(?:x\s*)?\d+(?:\s*(?:-|to)\s*\d+)?\s*(?:days?|wks?|weeks?|mos?|months?|years?|yrs?)\b)",
    re.I,
)


def _box_loc(section: Section, paragraph: int | None, text: str) -> SourceLocation:
    return Line(text, section, paragraph=paragraph).loc(text)


def _kind_of_review(text: str) -> str:
    lowered = text.lower()
    if "recert" in lowered:
        return "recertification"
    if "progress report" in lowered or "progress note" in lowered:
        return "progress-report"
    return "review"


def _hours(text: str) -> float | None:
    from authcheck.parsing import parse_hours_per_week

    return parse_hours_per_week(text)



# sections whose run-in title ("Orders:", "Plan:", "Goals:") opens a line that is not a diagnosis
_NOT_DIAGNOSIS_SECTIONS = {"services", "interventions", "goals", "objectives", "frequency"}


def _other_section_run_in(core: str) -> bool:
    """A line opened by a run-in label that is no field's but the title of a section without diagnoses."""
    label = (split_labels(core)[0].label or "").strip()
    if not label or field_key(label) or subfield_key(label):
        return False
    match = match_section(label)
    return match.key in _NOT_DIAGNOSIS_SECTIONS and match.score >= 95


_STRONG_BEFORE = re.compile(r"(?:\s{2,}|\t|\|\s*)$")


def _own_cell_fact(core: str, seg: Segment) -> bool:
    """A labelled fact after a value that takes the rest of its line ("Diagnosis: F84.0 ...") that stands on its
    own: set off by a wide gap, a tab or a bar (the next cell of a form row, "Diagnosis | ... | Assessment | ...")
    and naming another plan field, not a detail of the diagnosis."""
    if seg.label is None or not _STRONG_BEFORE.search(core[: seg.start]):
        return False
    key = field_key(seg.label)
    return key is not None and (key.startswith(_CELL_FACT_PREFIXES) or key in _CELL_FACTS)


# plan-level facts a form cell states on its own (not services, frequencies or treatments, which a neighbouring
# value may qualify)
_CELL_FACT_PREFIXES = ("patient.", "period", "review")
_CELL_FACTS = {
    "plan_date", "admission_date", "first_treatment_date", "document_date", "recertification", "progress_report",
    "payer", "program", "level_of_care", "expected_duration", "assessment",
}

class FieldsMixin(BuilderState):
    """Plan-level facts: labelled fields ("Date of Birth:", "Next Review Date:") and the unlabelled"""

    # "Diagnosed by: ..." written before any diagnosis: (by, on, location) for the next diagnosis
    _pending_made: tuple[str | None, dt.date | None, SourceLocation] | None = None
    # a form label alone on its line ("DATE OF BIRTH"), waiting for its value on the next line
    _pending_label: tuple[str, SourceLocation] | None = None
    # content under an "Evaluation Summary" heading: the note records the evaluation itself
    _evaluation_seen: bool = False
    # "This plan of care was established at the evaluation": the field whose date is the plan's
    _plan_made_at: tuple[str, SourceLocation] | None = None

    def _plan_statement(self, line: Line, core: str) -> None:
        """Note a sentence saying at which visit the plan was made (its date is read by `_inferred_plan_date`),
        or how long treatment will last."""
        self._duration_statement(line, core)
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
            parsed = parse_duration(seg.value)
            if parsed is None or not (parsed.end_date or (parsed.value and parsed.unit)):
                continue
            text = seg.value.strip()
            if field_key(seg.label) == "frequency":  # the length only: "2 times per week for 10 weeks" -> "10 weeks"
                found = ServiceText()
                _quantities(_QUANTITY_SPLIT.split(text), found)
                text = found.duration or text
            self.expected_duration = Duration.model_validate(text)
            self.expected_duration.source = line.loc(f"{seg.label}: {seg.value}", seg.value_start)
            return

    def _duration_statement(self, line: Line, core: str) -> None:
        """ "Treatment will last through the end of the school year (June 12, 2026)", "Services are expected to
        continue for about 6 months": the plan's expected duration, said in a sentence."""
        if self.expected_duration is not None or self.section.key in _GOAL_KEYS:
            return
        match = _LENGTH_STATEMENT.search(core) or _LENGTH_NAMED.search(core) or _LENGTH_RUN_IN.search(core)
        if match is None:
            return
        rest = re.split(r",\s+(?:then|and|after|with|unless|at\s+which)\b", match.group("rest"))[0]
        parsed = parse_duration(rest)
        if parsed is None or not (parsed.end_date or (parsed.value and parsed.unit)):
            return
        self.expected_duration = Duration.model_validate(rest.strip(" ,"))
        self.expected_duration.source = line.loc(core[match.start() : match.end()], match.start())

    def _finish_plan_facts(self) -> None:
        """Plan facts read from what the whole document says, once it is read (after any written plan date)."""
        self._inferred_plan_date(from_period=True)
        self._evaluation_note_date()
        self._plan_level_duration()
        self._signer_npis()

    def _signer_npis(self) -> None:
        """ "Ingrid Roux, OTR/L   NPI 1718463026   signed 01/06/2026": an NPI written on a signer's own line (one
        NPI, on no other signer's line) is that signer's, so that a mistyped one can be checked."""
        lines: dict[str, int] = {}
        for signature in self.signatures:
            text = signature.source.text if signature.source is not None else None
            if text:
                lines[text] = lines.get(text, 0) + 1
        for signature in self.signatures:
            source = signature.source
            if signature.npi is not None or source is None or not source.text or lines[source.text] > 1:
                continue
            npis = [f for f in inline_facts(source.text) if f.key == "provider.npi"]
            if len(npis) == 1:
                signature.npi = npis[0].value
                signature.field_sources["npi"] = source

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
        ("PLAN ... FREQUENCY/DURATION 2x per week x 8 weeks" read as a plan-level treatment)."""
        if self.expected_duration is not None:
            return
        stated = [i.duration for i in self.interventions if i.duration is not None and i.duration.stated]
        if stated and len({(d.value, d.unit, d.end_date) for d in stated}) == 1:
            self.expected_duration = stated[0].model_copy()

    def _fields(self, line: Line, segments: list[Segment], core: str) -> bool:
        """Apply every known label in the line; False when the first label is unknown (the line is then prose)."""
        self._plan_duration_label(line, segments)
        handled_any = False
        consumed = False
        leftovers: list[str] = []
        for index, seg in enumerate(segments):
            if consumed and not _own_cell_fact(core, seg):
                continue  # the labels inside a value that took the rest of the line are that value's
            consumed = False
            if seg.label is None:
                if seg.value:
                    leftovers.append(seg.value)
                continue
            if index == 1 and segments[0].label is None and leftovers and self._known_label(seg.label):
                # "Individual psychotherapy, CPT 90834 (45 minutes), weekly. Expected duration: 6 months":
                # the text before the first label is read by its section
                if self._by_section(line, leftovers[0]):  # type: ignore[attr-defined]
                    leftovers.pop(0)
            applied = self._apply_label(line, seg, segments, index)
            if applied is None:
                if index == 0 or (index == 1 and segments[0].label is None):
                    if not handled_any:
                        later = any(s.label and self._known_label(s.label) for s in segments[index + 1 :])
                        # "Individual psychotherapy (90837):  53-60 minutes  Frequency:  Weekly": the first pair
                        # is read by its section, the labelled facts after it apply to what it made
                        if not (later and self._by_section(line, f"{seg.label}: {seg.value}")):  # type: ignore[attr-defined]
                            if not any(_own_cell_fact(core, s) for s in segments[index + 1 :]):
                                return False
                            # "Plan Type: Initial      Plan Date: 01/22/2026": an unknown pair, then a plan field
                            # set off by a wide gap (a form typed in columns): the field is read all the same
                            leftovers.append(f"{seg.label}: {seg.value}")
                            continue
                        handled_any = True
                        continue
                leftovers.append(f"{seg.label}: {seg.value}")
            elif applied == "consumed-rest":
                handled_any = True
                consumed = True
            else:
                handled_any = True
        if leftovers and handled_any:
            text = "; ".join(x for x in leftovers if x.strip())
            if text:
                self._free(line, text)
        if handled_any:
            self._inline(line, core)  # "Client: Ana Ruiz (DOB 04/27/2018) | Plan 02/05/2026"
        return handled_any

    @staticmethod
    def _known_label(label: str) -> bool:
        return field_key(label) is not None or subfield_key(label) is not None

    def _paired(self, line: Line, seg: Segment, segments: list[Segment], index: int) -> str | None:
        """ "Health plan / Member ID: Blue Prairie / BCX8844": each alternative of the label with its own value."""
        parts = label_parts(seg.label or "")
        values = _SPACED_SLASH.split(seg.value.strip())
        if len(parts) < 2 or len(values) != len(parts) or len({k for _, k in parts if k}) < 2:
            return None
        applied = None
        for (part, _), value in zip(parts, values, strict=True):
            piece = Segment(part, value.strip(), seg.start, seg.value_start + seg.value.find(value))
            written = f"{seg.label}: {seg.value}"  # the location quotes the pair as written
            applied = self._apply_label(line, piece, segments, index, written=written) or applied
        return applied

    def _apply_label(
        self, line: Line, seg: Segment, segments: list[Segment], index: int, *, written: str | None = None
    ) -> str | None:
        label, value = seg.label or "", _unfilled(checked_options(seg.value))
        loc = line.loc(written or f"{label}: {seg.value}", seg.value_start)
        if re.search(r"\s[/·•|]\s", seg.value) or "/" in label:
            paired = self._paired(line, seg, segments, index)
            if paired is not None:
                return paired
        sub = subfield_key(label)
        key = field_key(label)
        if key is None and not sub and first_date(value) is not None:
            key = date_label_key(label)  # "Plan of care established: 2024-09-03"
        # facts about the element being read win over plan fields with the same label ("Frequency:")
        if (
            sub
            and self.focus
            and (
                key is None
                or key
                in ("frequency", "amount", "expected_duration", "service", "date", "review", "hours_per_week")
                or sub in ("target_date", "baseline", "mastery_criteria")
            )
        ):
            if self._apply_subfield(sub, value, loc):
                return "ok"
        if (
            sub
            and sub in ("baseline", "target_date", "mastery_criteria", "measure")
            and key is None
            and (self.goal is not None or self.objective is not None)
        ):
            if self._apply_subfield(sub, value, loc):
                return "ok"
        if key is None:
            if sub == "status":
                return "ok"
            return None
        if blank_value(value) and key not in ("provider", "date"):
            return "ok"
        setter = getattr(self, "_field_" + key.replace(".", "_"), None)
        if setter is None:
            return None
        result = setter(label, value, loc, line)
        if result == "skip":
            return None
        return result or "ok"

    def _inline(self, line: Line, text: str, *, dates: bool = True) -> bool:
        """Apply the facts written without a colon in `text` (see docx.inline) to fields still empty."""
        applied = False
        prose_dates = True  # a date a sentence names ("I evaluated her today, <date>"), outside goals and sign-offs
        if self.section.key in _GOAL_KEYS + ("interventions", "signatures"):
            dates = prose_dates = False
        for fact in inline_facts(text):
            if fact.key.startswith("patient."):
                if getattr(self.patient, fact.key.split(".", 1)[1]) is not None:
                    continue
            elif fact.key == "provider.npi":
                if any(p.npi == fact.value for p in self.providers):
                    continue
            elif fact.key == "diagnosis":
                if self.diagnoses or self.section.key == "diagnosis":
                    continue  # read already (a diagnosis section reads its own lines)
            elif not (dates or (fact.prose and prose_dates)) or fact.key in self.plan_fields:
                continue
            setter = getattr(self, "_field_" + fact.key.replace(".", "_"))
            loc = line.loc(text[fact.start : fact.end], fact.value_start)
            setter(fact.label, fact.value, loc, line)
            applied = True
        return applied

    def _stacked_label(self, section: Section, text: str, loc: SourceLocation) -> bool:
        """A form's label alone on its line, its value on the next ("DATE OF BIRTH" then "08/27/1988"): a caps
        or bold line that names a client or plan-date field but no section. True when kept for the next line."""
        self._pending_label = None
        label = text.strip().rstrip(":").strip()
        # "Level of Care:" is near enough to "Plan of care" to look like a title, but it is the field's own label
        titled = (
            section.key == "title"
            and normalize_label(label) in _STACKED_LABELS
            and match_section(label).score < 95
        )
        if section.key not in (None, "other", "client", "dates") and not titled:
            return False
        keys = {field_key(label)} | {key for _, key in label_parts(label)}
        if not keys & _STACKED_KEYS:
            return False
        self._pending_label = (label, loc)
        # "CLIENT NAME", "PLAN DATE" also name sections: they are entered, and the label waits all the same
        return section.key in (None, "other") or titled

    def _text_box_line(self, text: str, paragraph: int | None) -> None:
        """A line of a text box anchored in a paragraph: a field label alone ("Certification period") waits for
        the value on the box's next line, like a stacked label in the body; any other line is read as usual."""
        core = text.strip()
        if core and len(core.split()) <= 5 and ":" not in core.rstrip(":") and not any(c.isdigit() for c in core):
            self._stacked_label(self.section, core, _box_loc(self.section, paragraph, core))
            if self._pending_label is not None:
                return
        self.line(Line(text, self.section, paragraph=paragraph))  # type: ignore[attr-defined]

    def _stacked_value(self, line: Line, core: str, segments: list[Segment]) -> bool:
        """The value under a stacked label, when it has the shape of that field's value."""
        pending, self._pending_label = self._pending_label, None
        if pending is None or segments[0].label is not None:
            return False
        label = pending[0]
        keys = {field_key(label)} | {key for _, key in label_parts(label)}
        value = _unfilled(core)
        boxed = checked_options(value) != value
        if boxed:  # "☐ Residential Level 1   ☒ Residential Level 2": the options under the label, one checked
            value = checked_options(value)
            if not value:
                self._pending_label = pending  # no box checked here: the options may go on below
                return True
            core = value
        if len(value.split()) > 12:
            return False
        if blank_value(value):
            return True  # "DATE OF BIRTH" over an empty line: the field stays empty
        if keys & {"patient.birth_date", "admission_date", "first_treatment_date", "plan_date", "document_date",
                   "period", "period.start", "period.end"}:
            fits = first_date(value) is not None
        elif keys & {"patient.member_id"}:
            fits = member_id_token(re.split(r"\s+[/·•|]\s+", value)[0]) is not None
        elif keys & {"patient.name"}:
            fits = _PERSON.fullmatch(value) is not None  # "Ignatius Obuya", not "Lives with her mother"
        else:  # a name, payer, program, level of care: a short phrase, not a sentence
            fits = not value.endswith(".") and len(value.split()) <= 8
        if not fits:
            return False
        return self._apply_label(line, Segment(label, core, 0, 0), [Segment(label, core, 0, 0)], 0) is not None

    def _field_patient_name(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        if self.section.key == "signatures":
            return self._field_signature_name(value, loc)
        if self.patient.name is None:
            name = value.strip()
            facts = [f.start for f in inline_facts(name) if f.key != "patient.name"]
            if facts:  # "Eamon Przybylski (DOB 11/02/2019)": the name ends where the next fact starts
                name = name[: min(facts)]
            name = re.split(r"\s{2,}|[\t\n]|\s*[;|•·▪(]|,\s*(?=\d)", name)[0].strip(" ,-–—")  # "..., 77 W. Calle"
            if not name:
                return None
            self.patient.name = name
            self.patient.field_sources["name"] = loc
            if self.patient.source is None:
                self.patient.source = loc
        return None

    def _field_patient_birth_date(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        date = first_date(value)
        if date and self.patient.birth_date is None:
            self.patient.birth_date = date
            self.patient.field_sources["birth_date"] = loc
        return None

    def _field_patient_member_id(self, label: str, value: str, loc: SourceLocation, line: Line) -> str | None:
        token = member_id_token(value) or _id_after_payer(value)
        if token is None:
            if (
                normalize_label(label) in ("medicare", "medicaid", "medi cal")
                and not blank_value(value)
                and not re.fullmatch(r"(?:yes|no|y|n|x|none|[☒☑☐✓✔]\s*\w*)", value.strip(), re.I)
            ):
                self._set_plan("payer", value.strip(), loc)  # "Medicare: Part B" names the payer
                return None
            return "skip"
        if self.patient.member_id is None:
            self.patient.member_id = token
            self.patient.field_sources["member_id"] = loc
        return None

    def _field_payer(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        facts = [f.start for f in inline_facts(value)]
        named = _NAMED_ID.search(value)
        if named is None:
            named = _BRACKETED_ID.search(value)
            if named is not None and re.fullmatch(r"(?:19|20)\d\d|\d{1,2}-\d{1,2}-\d{2,4}", named.group("id")):
                named = None
        if named and self.patient.member_id is None and member_id_token(named.group("id")):
            # "Molina Marketplace — ID MOL-44718203": the payer's line names the client's ID
            facts.append(named.start())
            self.patient.member_id = member_id_token(named.group("id"))
            self.patient.field_sources["member_id"] = loc
        payer = value[: min(facts)] if facts else value  # "Suncoast Health Plan, member ID UHX-5503"
        self._set_plan("payer", payer.strip(" ,;-–—") or None, loc)
        return None

    def _field_program(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._set_plan("program", value.strip(), loc)
        return None

    def _field_level_of_care(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._set_plan("level_of_care", value.strip(), loc)
        return None

    def _field_discipline(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        try:
            discipline = normalize_discipline(value)
        except ValueError:
            discipline = None
        if discipline and self.discipline_stated is None:
            self.discipline_stated = discipline
            self.plan_sources["discipline"] = loc
        return None

    def _field_provider(self, label: str, value: str, loc: SourceLocation, line: Line) -> str | None:
        if blank_value(value):
            return "ok"
        if self.section.key == "services" and _ORDERED_DISCIPLINE.match(f"{label}: {value}"):
            return "skip"  # "PT: Evaluate and treat" under an orders heading is an order, not a person
        name, credential = split_name_credential(value)
        if name is None and credential is None:
            return None
        if name and (re.search(r"\d", name) or len(name.split()) > 6):
            return "skip"  # "OT: 2 visits per week ..." is an order, not a person
        for known in self.providers:
            if known.name == name and name:
                return None
        self.providers.append(Provider(name=name, credential=credential, role=label.strip(), source=loc))
        return "ok"

    def _field_provider_npi(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        match = re.search(r"\b\d{10}\b", value) or re.search(r"\S+", value)
        if not match:
            return None
        npi = match.group(0).strip(".,;")
        role_words = re.sub(r"\bnpi\b|#|number|no\.?", " ", label, flags=re.I).strip().lower()
        target = None
        for provider in reversed(self.providers):
            if provider.npi is None and (not role_words or role_words in (provider.role or "").lower()):
                target = provider
                break
        if target is None:
            for provider in reversed(self.providers):
                if provider.npi is None:
                    target = provider
                    break
        if target is None:
            target = Provider(role=role_words or None, source=loc)
            self.providers.append(target)
        target.npi = npi
        target.field_sources["npi"] = loc
        return None

    def _field_provider_organization(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        if self.organization is None:
            self.organization = value.strip()
            self.plan_sources["organization"] = loc
        return None

    def _field_admission_date(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._date_field("admission_date", value, loc)
        return None

    def _field_first_treatment_date(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._date_field("first_treatment_date", value, loc)
        return None

    def _field_plan_date(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._date_field("plan_date", value, loc)
        return None

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
        return None

    def _field_period(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        start, end = parse_period(value)
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

    def _field_review(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._add_review(_kind_of_review(label), value, loc, completed=False)
        return None

    def _field_recertification(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._add_review("recertification", value, loc, completed=False)
        return None

    def _field_progress_report(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._add_review("progress-report", value, loc, completed=False)
        return None

    def _field_review_completed(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self._add_review(_kind_of_review(label), value, loc, completed=True)
        return None

    def _field_presenting_problem(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self.presenting.append((value.strip(), loc))
        return None

    @staticmethod
    def _stated_diagnoses(value: str) -> list[DiagnosisText]:
        """Diagnoses in a labelled value; an uncoded sentence that states something else is none
        ("A comprehensive evaluation is scheduled for 04/14/2026"), and so is a pointer to another document
        ("see psychiatric evaluation")."""
        found = [d for d in parse_diagnoses(value) if d.code or not _REFERENCE.match(d.description or "")]
        if (
            found
            and all(d.code is None for d in found)
            and _SENTENCE_START.match(value)
            and _STATEMENT.search(value)
            and not _DX_MARKER.search(value)
        ):
            return []
        return found

    def _field_diagnosis(self, label: str, value: str, loc: SourceLocation, line: Line) -> str:
        self._add_diagnoses(self._stated_diagnoses(value), loc)
        return "consumed-rest"

    def _field_diagnosis_primary(self, label: str, value: str, loc: SourceLocation, line: Line) -> str:
        self._add_diagnoses(self._stated_diagnoses(value), loc, primary=True)
        return "consumed-rest"

    def _field_diagnosis_secondary(self, label: str, value: str, loc: SourceLocation, line: Line) -> str:
        self._add_diagnoses(self._stated_diagnoses(value), loc, primary=False)
        return "consumed-rest"

    def _field_diagnosed_by(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        """ "Diagnosed by: Renee Castellanos, PhD", "Diagnosed by / date: Sandra Kim, PsyD — 08/20/2025"."""
        made = diagnosis_made(f"diagnosed by {value}")
        if made is not None:
            self._diagnosis_made(made.by, made.on, loc)
        return None

    def _field_diagnosed_on(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        """ "Date of diagnosis: 03/14/2024", "Diagnostic evaluation: 06/01/2022 by Maria Lopez, PsyD"."""
        made = diagnosis_made(f"diagnosed {value}")
        if made is not None and made.on is not None:
            self._diagnosis_made(made.by, made.on, loc)
        return None

    def _diagnosis_made(self, by: str | None, on: dt.date | None, loc: SourceLocation) -> None:
        """Who made the diagnosis written just before, and when (a form's "Diagnosed by:" row); before any
        diagnosis, it waits for the next one."""
        targets = self._made_targets()
        if not targets:
            pending = self._pending_made
            if pending is not None:
                by, on = by or pending[0], on or pending[1]
            self._pending_made = (by, on, loc)
            return
        for diagnosis in targets:
            if by and diagnosis.diagnosed_by is None:
                diagnosis.diagnosed_by = by
                diagnosis.field_sources["diagnosed_by"] = loc
            if on and diagnosis.diagnosed_on is None:
                diagnosis.diagnosed_on = on
                diagnosis.field_sources["diagnosed_on"] = loc

    def _made_targets(self) -> list[Diagnosis]:
        """The diagnoses of the last diagnosis line (one line may state several codes) and the primary one: a
        "Diagnosed by:" row under "Diagnosis: F88 ..." and "Secondary: F80.2 ..." documents the primary too."""
        if not self.diagnoses:
            return []
        last = self.diagnoses[-1].source
        targets = [d for d in self.diagnoses if d.source == last] if last is not None else self.diagnoses[-1:]
        primary = next((d for d in self.diagnoses if d.primary), self.diagnoses[0])
        if all(d is not primary for d in targets):
            targets.insert(0, primary)
        return targets

    def _field_service(self, label: str, value: str, loc: SourceLocation, line: Line) -> str | None:
        if _ELSEWHERE.search(value):
            return None
        found = parse_service(value)
        sentences = [s for s in _SENTENCE_END.split(value) if s.strip()]
        if len(sentences) > 1 and sum(1 for s in sentences if parse_service(s)) > 1:
            # "Orders: Physical therapy 2 times a week .... Home health aide 3 times a week ...": a service a sentence
            found = [item for s in sentences for item in parse_service(s)]
        current = self.service
        if (
            len(found) == 1
            and found[0].code
            and not found[0].description
            and not found[0].has_quantity
            and current is not None
            and current.code is None
            and current.source is not None
            and current.source.section == loc.section
        ):
            # "Modality: ☒ Individual psychotherapy" ... "CPT: 90834": the code of the service being described
            current.code, current.modifiers = found[0].code, found[0].modifiers
            current.field_sources["code"] = loc
            return "ok"
        if (
            len(found) == 1
            and found[0].code
            and current is not None
            and current.code is None
            and current.amount is None
            and current.frequency is None
            and current.duration is None
            and current.hours_per_week is None
            and current.source is not None
            and current.source.section == loc.section
            and _KIND_OF_THERAPY.match(current.source.text or "")
        ):
            # "Modality: Individual psychotherapy, CBT" then "Service: 90837 Psychotherapy 60 min": the modality
            # names the kind of the coded service below it, not a service of its own
            self.services.remove(current)
        if not found:
            found = [ServiceText(description=value.strip(), text=value.strip())]
        for item in found:
            self.service = self._service_from(item, loc)
        self.focus = "service"
        return "ok"

    def _field_frequency(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        if self.focus == "intervention" and self.intervention is not None:
            self._apply_subfield("frequency", value, loc)
            return None
        if self._frequency_for_table(value, loc):  # type: ignore[attr-defined]
            return None  # "FREQ / DURATION: 3/Wk x 8 Wk" for the table of procedures above (see docx.table_reader)
        service = self._current_service(loc)
        found = ServiceText()
        _quantities(_QUANTITY_SPLIT.split(value), found)
        if service.frequency is None:
            service.frequency = Frequency.model_validate((found.frequency or value).strip())
            service.frequency.source = loc
            hours = _hours(value)
            if hours is not None and service.hours_per_week is None:
                service.hours_per_week = hours
        if found.duration and service.duration is None:
            service.duration = Duration.model_validate(found.duration)
            service.duration.source = loc
        if found.amount and service.amount is None:
            service.amount = Amount.model_validate(found.amount)
            service.amount.source = loc
        return None

    def _field_amount(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        if self.focus == "intervention" and self.intervention is not None:
            self._apply_subfield("amount", value, loc)
            return None
        text = value.strip()
        if normalize_label(label) in ("session", "sessions") and (
            parse_amount(checked_options(text)) is None or find_service_codes(text)
        ):
            # "Session: individual" names no length; "Session: [X] 53 min (90837)" names the service too
            if not (find_service_codes(text) and self._by_section(line, line.text.strip())):  # type: ignore[attr-defined]
                self._free(line, f"{label}: {value}")
            return None
        service = self._current_service(loc)
        if "unit" in label.lower() and re.fullmatch(r"\d+(?:\.\d+)?", text):
            text = f"{text} units"
        if service.amount is None:
            service.amount = Amount.model_validate(text)
            service.amount.source = loc
            if service.amount.units is not None and service.units is None:
                service.units = service.amount.units
        return None

    def _field_hours_per_week(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        service = self._current_service(loc)
        text = value.strip()
        hours = (
            _hours(text)
            if _hours(text) is not None
            else _hours(f"{text} hours per week")
            if re.fullmatch(r"\d+(?:\.\d+)?(?:\s*-\s*\d+)?", text)
            else None
        )
        if hours is not None and service.hours_per_week is None:
            service.hours_per_week = hours
            service.field_sources["hours_per_week"] = loc
        return None

    def _field_assessment(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        """ "Standardized assessments (01/26/2026): VB-MAPP Milestones 22/170; Vineland-3 ABC 61": each instrument
        of a list is one assessment, dated by its own date or else by the date in the label."""
        pieces = [p for p in re.split(r";\s*", value) if p.strip()]
        if len(pieces) < 2 or not all(find_instrument(p) for p in pieces):
            pieces = [value]
        label_date = first_date(label)
        for piece in pieces:
            before = len(self.assessments)
            self._assessment_from(piece, loc)
            if label_date is not None and len(self.assessments) > before and self.assessments[-1].date is None:
                self.assessments[-1].date = label_date
        return None

    def _field_interventions(self, label: str, value: str, loc: SourceLocation, line: Line) -> str:
        """ "Interventions:", "Treatment:", "Rx:": the treatments listed; a coded one with its frequency or session
        length ("Treatment: ERP, CPT 90837, 60-minute sessions, once per week") is also a requested service.
        Plan-level treatments do not take the focus: a "Frequency:" line after them is the plan's."""
        in_goals = self.section.key in _GOAL_KEYS or (self.focus in ("goal", "objective") and self.goal is not None)
        if not in_goals:
            self._plan_interventions(value, loc)  # type: ignore[attr-defined]
            return "consumed-rest"
        for piece in _split_items(value):
            self._new_intervention(None, piece, loc, attach_to_goal=True)
        return "consumed-rest"

    def _field_plan_title(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        if self.title is None:
            self.title, self.title_loc = value.strip(), loc
        return None

    def _field_signature(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        return None

    def _field_other(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self.free.append(TextBlock(heading=line.section.title, text=f"{label}: {value}", source=loc))
        return None

    def _date_field(self, name: str, value: str, loc: SourceLocation) -> None:
        date = first_date(value)
        if date is not None:
            self._set_plan(name, date, loc)
            self._date_remark(date, value, loc)

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

    def _add_diagnoses(
        self, found: list[DiagnosisText], loc: SourceLocation, primary: bool | None = None
    ) -> None:
        for d in found:
            # "Primary diagnosis:" makes its codes primary; "Secondary diagnoses:" says they are not
            is_primary = d.primary if primary is None else primary
            diagnosis = Diagnosis(
                code=d.code,
                system=d.system,
                description=d.description,
                primary=is_primary,
                diagnosed_by=d.diagnosed_by,
                diagnosed_on=d.diagnosed_on,
                source=loc,
            )
            self.diagnoses.append(diagnosis)
        if found and self._pending_made is not None:
            by, on, made_loc = self._pending_made
            self._pending_made = None
            self._diagnosis_made(by, on, made_loc)

    def _current_service(self, loc: SourceLocation) -> ServiceRequest:
        if self.service is None:
            self.service = ServiceRequest(source=loc)
            self.services.append(self.service)
        return self.service

    def _diagnosis_text(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        if _other_section_run_in(core):
            return False  # "Orders: SN 3w3 wound care (G0299)" under "Diagnoses": another section's run-in title
        instrument = find_instrument(core[:40])
        if (
            instrument is not None
            and core.lower().startswith(instrument.lower())
            and not find_icd_codes(core)
            and first_date(core) is not None
        ):
            # "Vineland-3, 2026-01-15: ABC 71" under "Diagnosis and assessment": a dated instrument is an assessment
            return self._assessment_from(core, line.loc(core))
        found = parse_diagnoses(core, require_marker=len(core) > 160)
        if not found:
            return False
        if all(d.code is None for d in found) and (
            _REFERENCE.match(core) or _not_a_diagnosis(core) or self._cell_description(line, found)
        ):
            return True  # read: "Refer to the admission H&P", a diagnostician's name, a code cell's description
        if (
            found[0].code is None
            and self.diagnoses
            and re.match(r"(?:the\s+)?diagnosis\s+was\s+made", core, re.I)
        ):
            return False
        if all(d.code is None for d in found) and any(d.code for d in self.diagnoses) and _narrative_note(core):
            return False  # "Summary: ... 6 lb weight gain ...", an impression in sentences: not one more diagnosis
        if (
            found[0].code is None
            and _SENTENCE_START.match(core)
            and _STATEMENT.search(core)
            and not _DX_MARKER.search(core)
        ):
            return False  # "A comprehensive evaluation is scheduled for 04/14/2026": a statement, not a diagnosis
        self._add_diagnoses(found, line.loc(core))
        return True

    def _cell_description(self, line: Line, found: list[DiagnosisText]) -> bool:
        """ "I69.391 | Dysphagia following cerebral infarction": a description cell beside a bare code cell of the
        same table row describes that code (the row is read cell by cell)."""
        if line.table is None or len(found) != 1 or not self.diagnoses:
            return False
        last = self.diagnoses[-1]
        source = last.source
        if (
            last.code is None
            or last.description is not None
            or source is None
            or source.table != line.table
            or source.row != line.row
        ):
            return False
        last.description = found[0].description
        return True

    def _service_from(self, item: ServiceText, loc: SourceLocation) -> ServiceRequest:
        service = ServiceRequest(
            code=item.code,
            description=item.description,
            modifiers=item.modifiers,
            units=item.units,
            hours_per_week=item.hours_per_week,
            start=item.start,
            end=item.end,
            source=loc,
        )
        if item.frequency:
            service.frequency = Frequency.model_validate(item.frequency)
            service.frequency.source = loc
        if item.amount:
            service.amount = Amount.model_validate(item.amount)
            service.amount.source = loc
            if service.units is None and service.amount.units is not None:
                service.units = service.amount.units
        if item.duration:
            service.duration = Duration.model_validate(item.duration)
            service.duration.source = loc
        self.services.append(service)
        self.service = service
        return service

    def _service_text(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        if _ELSEWHERE.search(core):
            return False  # "Medication management with Dr. Adeyemi (separate plan)" is not requested here
        sentences = [s for s in _SENTENCE_END.split(core) if s.strip()]
        if len(sentences) > 1 and sum(1 for s in sentences if parse_service(s)) > 1:
            # "Skilled nursing twice weekly for 9 weeks ... Home health aide three times weekly for 12 weeks ...":
            # each sentence orders its own service
            return any([self._service_text(line, s.strip(), marker, depth) for s in sentences])
        found = parse_service(core)
        loc = line.loc(core)
        if not found:
            if looks_like_address(core):
                return False  # "Springfield, IL" under a letterhead is a place, not a service
            if not checked_options(core).strip():
                return False  # "☐ 97151 Behavior identification assessment": a service offered, not ticked
            if len(core.split()) <= 8 and not core.endswith(".") and self.section.key == "services":
                self._service_from(ServiceText(description=core, text=core), loc)
                return True
            ordered = _ORDERED_DISCIPLINE.match(core)
            if ordered and self.section.key == "services":
                # "PT: Evaluate and treat. Gait training, ...": a discipline ordered, with no amount or frequency
                self._service_from(ServiceText(description=ordered.group("who"), text=core), loc)
                return True
            listed = marker is not None or line.list_level is not None
            named = _NAMED_SERVICE.match(core)
            if named and (listed or self.section.key == "services") and len(core.split()) <= 12:
                # "Individual counseling — as clinically indicated.": a service and how often, as written
                how_often = named.group("rest").strip(" .;")
                service = self._service_from(ServiceText(description=named.group("name").strip(), text=core), loc)
                service.frequency = Frequency(text=how_often, source=loc)
                return True
            return False
        found = [
            item
            for item in found
            if item.code or item.frequency or item.amount or item.hours_per_week is not None or item.units is not None
        ]  # "Notify physician of weight gain over 3 lb in one day" states a span, not a service
        if not found:
            return False
        for item in found:
            if not item.code and not item.description and self.service is not None:
                # "Weekly" under a service named on the line before
                current = self.service
                if item.frequency and current.frequency is None:
                    current.frequency = Frequency.model_validate(item.frequency)
                    current.frequency.source = loc
                if item.amount and current.amount is None:
                    current.amount = Amount.model_validate(item.amount)
                    current.amount.source = loc
                if item.hours_per_week is not None and current.hours_per_week is None:
                    current.hours_per_week = item.hours_per_week
                continue
            self._service_from(item, loc)
        return True

    def _duration_text(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        parsed = parse_duration(core)
        if parsed is None:
            return False
        loc = line.loc(core)
        if self.expected_duration is None:
            self.expected_duration = Duration.model_validate(core)
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

    def _presenting_text(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        self.presenting.append((core, line.loc(core)))
        return True

    def _assessment_from(self, text: str, loc: SourceLocation) -> bool:
        instrument, date, scores = parse_assessment(text)
        if not instrument or sum(c.isalnum() for c in instrument) < 2:
            return False
        if date is None and not scores and len(instrument.split()) > 8:
            return False
        self.assessments.append(Assessment(instrument=instrument, date=date, scores=scores, source=loc))
        return True

    def _assessment_text(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        return self._assessment_from(core, line.loc(core))
