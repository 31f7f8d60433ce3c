"""What is requested: services with their codes, frequency, session amount, hours per week and length, from
labelled values ("Service:", "Frequency:", "Units:", "Hours per week:") and from the lines of a services
section (one service a sentence, a discipline ordered, "Individual counseling — as clinically indicated"), and
the treatments listed under "Interventions:" (attached to the goal in focus, or read as plan-level
treatments).

A labelled quantity qualifies the service being read (or, for a treatment in focus, that treatment); a service
provided under another plan is not one this plan requests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from authcheck.model import Duration, Frequency, Intervention, ServiceRequest, SourceLocation
from authcheck.model.plan import Amount
from authcheck.parsing import parse_amount, parse_frequency, parse_hours_per_week
from authcheck.readers.docx.blocks import Cell, Row, Table
from authcheck.readers.docx.goal_phrases import split_items
from authcheck.readers.docx.labels import field_key, normalize_label, qualified_quantity
from authcheck.readers.docx.sections import match_section
from authcheck.readers.phrases.services import earlier_episode_line, join_visit_orders
from authcheck.readers.phrases.ocr import ocr_letters
from authcheck.readers.phrases import (
    CODE_AS_WRITTEN,
    PROVIDED_ELSEWHERE,
    QUANTITY_SPLIT,
    ServiceText,
    checked_options,
    fill_quantities,
    find_service_codes,
    first_date,
    looks_like_address,
    parse_service,
    treatment_span,
)
from authcheck.readers.docx.state import GOAL_SECTION_KEYS, BuilderState, Line

__all__ = ["ORDERED_DISCIPLINE", "ServiceFieldsMixin", "column_cells", "service_header_roles"]

_T = TypeVar("_T")
# the gap between the columns of a table read as one line: a tab, a wide run of spaces, a spaced bar
_COLUMN_GAP = re.compile(r"\t+|\s{3,}|\s\|\s")
_QUANTITY_ROLES = frozenset({"amount", "frequency", "duration", "units", "hours"})


def _column_role(text: str) -> str | None:
    from authcheck.readers.docx.tables import column_role  # (tables imports this package's labels)

    return column_role(text)


def service_header_roles(text: str) -> list[str | None] | None:
    """The column roles of a services table's header row read as one line: three titles or more parted by tabs or
    wide gaps, known column titles (one of the form's own may be unknown, None), naming the service (or its code)
    and a quantity. None for anything else. A digit is allowed only in a caption's brackets ("Units (15 min)")."""
    # (a caption an OCR engine misread keeps its title: "Se5sion length" is "Session length")
    parts = [ocr_letters(p.strip()) for p in _COLUMN_GAP.split(text.strip()) if p.strip()]
    if len(parts) < 3 or any(re.search(r"\d", re.sub(r"\([^)]*\)", " ", p)) or len(p) > 40 for p in parts):
        return None
    roles = [_column_role(p) for p in parts]
    known = [role for role in roles if role is not None]
    if len(known) < 3 or len(known) < len(parts) - 1 or len(set(known)) != len(known):
        return None
    if not {"code", "service", "description"} & set(known) or not _QUANTITY_ROLES & set(known):
        return None
    return roles


_QUANTITY_MODELS: dict[str, type[Frequency] | type[Amount] | type[Duration]] = {
    "frequency": Frequency,
    "amount": Amount,
    "duration": Duration,
}


def fill_missing_quantities(
    target: ServiceRequest | Intervention,
    item: ServiceText,
    loc: SourceLocation,
    kinds: tuple[str, ...] = ("frequency", "amount", "duration"),
) -> None:
    """Each of `kinds` that the phrase `item` states and `target` lacks, read from `loc`; what `target` already
    states is kept."""
    for kind in kinds:
        text = getattr(item, kind)
        if text and getattr(target, kind) is None:
            value = _QUANTITY_MODELS[kind].model_validate(text)
            value.source = loc
            setattr(target, kind, value)
    if (
        isinstance(target, Intervention)
        and "duration" in kinds
        and target.duration is None
        and item.duration is None
        and item.end is not None
    ):
        # "CPT 90837, 60 min, weekly, through 12/31/2025": a treatment has no end of its own, so the date it runs
        # through is how long it lasts (a start alone, "from 01/05/2026", says nothing of its length)
        target.duration = Duration(end_date=item.end, source=loc)


def column_names_only(value: str) -> bool:
    """ "type / frequency / duration", "CPT, units, how often": a label's value that only says what the lines
    below it give, each part a column title and one a quantity; no service of its own."""
    parts = [p.strip() for p in re.split(r"\s*[/,|;]\s*|\s+(?:and|&)\s+", value.strip(" .:()")) if p.strip()]
    if len(parts) < 2 or any(re.search(r"\d", p) or len(p.split()) > 4 for p in parts):
        return False
    roles = [_column_role(p) for p in parts]
    return all(roles) and bool(_QUANTITY_ROLES & set(roles))


def column_cells(text: str, roles: list[str | None]) -> dict[str, str] | None:
    """A row read as one line, cut at the same gaps as its header into one cell a column (by role); None when the
    number of cells is not the header's."""
    parts = [p.strip() for p in _COLUMN_GAP.split(text.strip())]
    if len(parts) != len(roles):
        return None
    return {role: part for role, part in zip(roles, parts, strict=True) if role is not None}


_NAMED_SERVICE = re.compile(r"^(?P<name>[A-Za-z][\w /&'’()-]{2,60}?)\s*(?:—|–|:|\s-\s)\s*(?P<rest>[a-z].{2,80})$")
# (not after a title or name abbreviation: "Medication management (99214) with Dr. Shah, 25 minutes, every 4 weeks")
_SENTENCE_END = re.compile(
    r"(?<=[a-z0-9)])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bDrs)(?<!\bProf)\.\s+(?=[A-Z])"
)
# an order line under a services heading that starts with the ordered discipline ("PT: Evaluate and treat ...")
ORDERED_DISCIPLINE = re.compile(
    r"^\s*(?P<who>(?-i:SN|RN|LPN|PT|PTA|OT|OTA|COTA|ST|SLP|HHA|CHHA|MSW|RD))\s*[:–—-]\s*\S", re.I
)
# a line naming the kind of therapy ("Modality: ...", "Treatment approach: ..."), which a coded service line may detail
_KIND_OF_THERAPY = re.compile(
    r"^\s*(?:treatment\s+|therapy\s+)?(?:modality|modalities|approach|type\s+of\s+(?:treatment|therapy))\s*:", re.I
)


# what follows a label that is no service: a status or a negation ("Cosign: not required", "Interpreter: none")
_NOT_HOW_OFTEN = re.compile(
    r"(?:not\b|no\b|none\b|n/?a\b|yes\b|waived|declined|pending|unknown|completed|done\b|on\s+file|signed|"
    r"required\b|optional|please\b|call\b|contact\b)",
    re.I,
)
_NOT_A_SERVICE = re.compile(
    r"\b(?:co-?sign\w*|sign\w*|updated|printed|reviewed|approved|date|time|page|status|by)\b", re.I
)
# a form's choice of what kind of plan this is ("Plan type: ☒ Initial ☐ Update ☐ Discharge", "Review: [X] 90-day"):
# the plan's own paperwork, no service, by its label or by the options ticked
_PLAN_KIND_LABEL = re.compile(
    r"^\s*(?:(?:treatment\s+|service\s+|care\s+)?plan\s+(?:type|kind|status|stage|reason)|"
    r"(?:type|kind|reason)\s+(?:of|for)\s+(?:(?:treatment|service|care)\s+)?plan|review\s+type|type\s+of\s+review)\s*:",
    re.I,
)
_PLAN_KIND_OPTION = re.compile(
    r"(?:initial|intake|admission|new|update[ds]?|revis(?:ion|ed)|interim|quarterly|annual|semi-?annual|master|"
    r"comprehensive|addendum|amendment|transfer|continued\s+stay|continuing|discharge|re-?certification|recert|renewal|"
    r"extension|(?:\d+[- ]day\s+)?(?:review|update))(?:\s+(?:plan|review|update))?",
    re.I,
)


def _person_named(value: str) -> bool:
    """True when a label's value is a person's name, as a signer or orderer is written ("Miriam Tal, DO")."""
    from authcheck.readers.docx.signatures import names_a_person  # (signatures imports this package)

    value = value.strip(" .;")
    return bool(value) and not find_service_codes(value) and names_a_person(value)


def plan_kind_choice(text: str) -> bool:
    """True for a form's ticked choice of the plan's kind ("Plan type: ☒ Initial ☐ Update ☐ Discharge"); a choice of
    services ("Modality: ☒ Individual ☐ Group") is not one."""
    ticked = checked_options(text)
    if ticked == text:
        return False  # no check boxes: a line as written
    if _PLAN_KIND_LABEL.match(text):
        return True
    head = re.split(r"[☐☒☑■□✓✔✗✘]|\[\s*[xX✓✔ ]?\s*\]", text, maxsplit=1)[0]
    options = [o.strip(" ,;:") for o in ticked.split(";") if o.strip(" ,;:")]
    return bool(options) and not find_service_codes(text) and all(_PLAN_KIND_OPTION.fullmatch(o) for o in options) \
        and bool(re.search(r"\bplan\b|\breview\b", head, re.I))


# a later change of the service named before ("fade to 10 hrs/wk when ...", "step down to 2x/month")
_LATER_CHANGE = re.compile(
    r"\b(?:fad(?:e|es|ed|ing)|taper(?:s|ed|ing)?|step(?:s|ped|ping)?\s+down|reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing))"
    r"\s+(?:down\s+)?to\s+\d",
    re.I,
)
# a rule for changing the schedule of the services above ("Tapering: sessions step down as attacks fall below 1 per
# week; ...", "Sessions taper when goals are met"): how the services change, no service of its own
_STEP_DOWN_RULE = re.compile(
    r"^\s*(?:taper(?:ing)?|step[\s-]?down|fading|titration)(?:\s+(?:plan|schedule|criteria|rule))?\s*(?::|[-–—]\s)|"
    r"^\s*(?:the\s+)?(?:sessions?|visits?|frequency|hours|services?)\s+(?:will\s+|may\s+)?"
    r"(?:step(?:s|ped)?\s+down|taper(?:s|ed)?(?:\s+off)?|fade(?:s|d)?(?:\s+out)?)\s+(?:as|when|once|if|after|until)\b",
    re.I,
)
# a dated record of a change made to the services ("Frequency reduced to weekly on 10/27/2025", "Sessions
# increased from biweekly to weekly 03/2025", "Changed to every other week as of 11/03/2025"): their history, no
# service of its own (the sentence is only read when it names a date and no code)
_DATED_CHANGE = re.compile(
    r"\b(?:reduc|increas|decreas|chang|lower|rais|adjust|tapere|stepped\s+(?:down|up)|moved|went|switched)\w*"
    r"\s+(?:(?:down|up|back)\s+)?(?:from\s+[^.;]{1,40}?\s+)?to\b",
    re.I,
)
# the visits or sessions of the service just named, no service of their own ("Visits up to 60 minutes")
_ONLY_VISITS = re.compile(
    r"(?:(?:each|all|the|every|per)\s+)?(?:visits?|sessions?|appointments?|encounters?|treatments?)"
    r"(?:\s+(?:will\s+be|are|last|lasting|of|length|duration|time))?",
    re.I,
)


# a heading naming one discipline whose visits the lines under it order
_DISCIPLINE_HEADING = re.compile(
    r"(?P<name>skilled\s+nursing(?:\s+\(SN\))?|nursing|physical\s+therapy(?:\s+\(PT\))?|"
    r"occupational\s+therapy(?:\s+\(OT\))?|speech(?:[\s-]+language)?\s+(?:therapy|pathology)(?:\s+\((?:ST|SLP)\))?|"
    r"home\s+health\s+aide(?:\s+\(HHA\))?|aide\s+services|medical\s+social\s+(?:work|services)(?:\s+\(MSW\))?|"
    r"social\s+work|SN|PT|OT|ST|SLP|HHA|MSW)(?:\s+(?:orders|visits|services|plan))?",
    re.I,
)
# a line opening with the discipline ordered ("SN PRN visits ...", "HHA 2w8 ...") or with its visit order ("2w8 ...")
_DISCIPLINE_FIRST = re.compile(r"^(?-i:SN|RN|LPN|PT|PTA|OT|OTA|COTA|ST|SLP|HHA|CHHA|MSW)\s+(?=\S)")
# a word naming a kind of treatment session ("Indiv tx", "Group therapy", "family counseling")
_TREATMENT_WORD = re.compile(
    r"\b(?:tx|therapy|psychotherapy|counsell?ing|grp|group\s+(?:therapy|counsell?ing|sessions?)|indiv(?:idual)?\s+"
    r"(?:sessions?|tx|therapy|counsell?ing|psychotherapy))\b",
    re.I,
)
# "freq" between a discipline and its visit order ("SN freq 2w4 then 1w8")
_FREQUENCY_WORD = re.compile(r"^(?:freq(?:uency)?\.?|visits?)\s*[:\-–—]?\s*", re.I)
# a check box opening a cell or line ("☒ PT  2w4", "[x] OT 1w4", "☐ SLP"); `ticked` when it is ticked
_BOX_LEAD = re.compile(r"^(?:(?P<ticked>[☒☑■]|\[\s?[xX✓✔]\s?\])|[☐□]|\[\s?\])\s*")
# a label over the visit orders of several disciplines ("Disciplines and frequency:", "Discipline/visit orders:",
# "Visit frequency:")
_DISCIPLINES_LABEL = re.compile(
    r"^(?:(?:disciplines?|services?)(?:\s*(?:and|&|/|,)\s*(?:frequenc(?:y|ies)|(?:visit\s+)?orders?|visits?))?|"
    r"(?:visit\s+)?frequenc(?:y|ies)|visit\s+orders?|disciplines?\s+ordered)\s*:\s*",
    re.I,
)
_ORDER_FIRST = re.compile(r"^(?:\d{1,2}\s*[wm]\s*\d{1,2}\b|p\.?r\.?n\.?\b|as\s+needed\b)", re.I)


# a heading that gives the period of the quantities under it ("Services requested per week", "Weekly hours")
_HEADING_PERIOD = re.compile(
    r"\bper\s+(?:week|wk)\b|\bweekly\b|/\s*(?:week|wk)\b|\ba\s+week\b|(?P<month>\bper\s+month\b|\bmonthly\b|/\s*mo(?:nth)?\b)",
    re.I,
)
_HOURS_WORD = re.compile(r"\b(?:hours?|hrs?|h)\b", re.I)


# a level of care alone ("Intensive residential", "Adult IOP", "Residential treatment program")
_LEVEL_ONLY = re.compile(
    r"(?:(?:adult|adolescent|youth|intensive|medically\s+monitored|clinically\s+managed|high|low|medium|"
    r"short[\s-]term|long[\s-]term|high[\s-]intensity|low[\s-]intensity)\s+)*"
    r"(?:residential|inpatient|outpatient|intensive\s+outpatient|iop|php|partial\s+hospitali[sz]ation|"
    r"detox(?:ification)?|withdrawal\s+management)"
    r"(?:\s+(?:treatment|services?|program|care|rehabilitation|rehab))?(?:\s*\(?(?:asam\s+)?(?:level\s+)?"
    r"\d(?:\.\d)?\)?)?",
    re.I,
)
# a sentence about papers handed over ("will receive a copy of this plan", "progress reports will be sent monthly")
# what the plan says about its own records, not a service ("Data collection: session data are graphed weekly",
# "Progress reports: monthly to the parent", "Documentation: a note after every session")
_RECORD_KEEPING = re.compile(
    r"^\s*(?:(?:session\s+|behavior\s+|trial\s+)?data(?:\s+(?:collection|analysis|review|graphing))?|"
    r"progress\s+(?:monitoring|reporting|reports?|notes?|summar(?:y|ies)|graphs?)|documentation|graphing|"
    r"record[\s-]?keeping|(?:session|progress)\s+notes?|"
    # "Measures: PCL-5 and PHQ-9 every 4 weeks", "Outcome measures - PHQ-9 monthly": the scales repeated, no service
    r"(?:outcome\s+|standardi[sz]ed\s+|symptom\s+)?(?:measures|measurement(?:-based\s+care)?|rating\s+scales))"
    r"\s*(?::|[-–—]\s|\s+(?:is|are|will)\b)|"
    # "Progress will be summarized in monthly data summaries", "Progress toward goals is graphed weekly"
    r"^\s*(?:(?:the\s+)?(?:client's\s+|child's\s+)?progress)(?:\s+(?:toward|towards|on)\s+(?:the\s+|all\s+)?goals)?\s+"
    r"(?:is|are|will\s+be|to\s+be|gets)\s+(?:summari[sz]ed|graphed|charted|tracked|monitored|documented|recorded|"
    r"reported|shared|measured)\b",
    re.I,
)
# the title of a document or of its part, written as a plain line ("Behavior Treatment Plan — Reassessment and Progress
# Report", "Plan of Care Update"): a short title-case line naming a plan or report, no service
_DOCUMENT_TITLE = re.compile(
    r"(?:[A-Z][\w'/-]*\s+){0,4}(?:Plan(?:\s+of\s+Care)?|Report)(?:\s*[—–:-]\s*(?:[A-Z][\w'/-]*|and|of|for|to)"
    r"(?:\s+(?:[A-Z][\w'/-]*|and|of|for|to)){0,6}|\s+(?:Update|Revision|Addendum|Amendment))?"
)
# a discipline's abbreviation and the names an order may give it ("PT 2w4" or "Physical therapy 2w4")
_DISCIPLINE_NAMES = {
    "PT": r"physical\s+therap", "OT": r"occupational\s+therap", "ST": r"speech", "SLP": r"speech",
    "SN": r"(?:skilled\s+)?nursing", "RN": r"(?:skilled\s+)?nursing", "HHA": r"home\s+health\s+aide|aide\b",
    "MSW": r"(?:medical\s+)?social\s+work",
}
# the sections of a plan's identifying details, where a "Service:" field names the kind of care the plan is for
_HEADER_SECTIONS = (None, "title", "client", "provider", "dates")
# a sentence about reviewing the plan itself ("Treatment plan to be reviewed every 3 months", "This plan will be
# updated at least every 90 days", "Plan reviews occur monthly", "Review of the plan: every 6 months"): the plan's
# review schedule, no service
_PLAN_REVIEWED = re.compile(
    r"^\s*(?:(?:the|this)\s+)?(?:(?:individuali[sz]ed|treatment|care|service|recovery)\s+)*plan(?:\s+of\s+(?:care|treatment))?"
    r"(?:\s+(?:is|will\s+be|to\s+be|shall\s+be|should\s+be|must\s+be|gets|be))?\s+(?:reviewed|updated|revised|"
    r"re-?evaluated|renewed|reassessed)\b|"
    r"^\s*(?:(?:treatment|care|service)\s+)?plan\s+(?:reviews?|updates?|revisions?)\b|"
    r"^\s*(?:reviews?|updates?)\s+of\s+(?:the\s+|this\s+)?(?:(?:treatment|care|service)\s+)?plan\b",
    re.I,
)
# a service this plan does not request ("Reassessment (97151) will be requested separately before the review",
# "Social skills group to be requested at the next authorization")
_REQUESTED_LATER = re.compile(
    r"\b(?:will\s+be|to\s+be|is\s+being|would\s+be|may\s+be)\s+(?:requested|authorized|submitted|added|billed)\s+"
    r"(?:separately|later|at\s+(?:the\s+)?(?:next|a\s+later)|under\s+(?:a\s+)?separate|in\s+a\s+(?:separate|later|future))|"
    r"\brequested\s+separately\b|\bseparate\s+(?:authorization|request|prior\s+auth\w*)\b",
    re.I,
)
# the services listed above named as a whole or by who gives them, with where or how they are given ("RBT services
# delivered in clinic 3 days a week", "All sessions are held in the home", "Direct hours split between home and
# school"): a note on those services, not one more
_LISTED_SERVICES_NOTE = re.compile(
    r"^(?:(?:all|the|these|those|our|above|direct|aba|rbt|bcba|bcaba|technician|therapist|therapy|in[\s-]person)\s+)*"
    r"(?:services?|sessions?|hours|visits)\s+(?:(?:are|is|will\s+be|to\s+be)\s+)?"
    r"(?:delivered|provided|held|conducted|given|split|divided|scheduled|rendered|in|at)\b",
    re.I,
)
# a record of something done on a date ("Plan sent to physician: 01/20/2026 by fax", "Copy given to parent
# 02/02/2026", "Last reviewed with client on 3/1/26"): an event of the paperwork, no service
_DATED_EVENT = re.compile(
    r"\b(?:sent|faxed|mailed|e-?mailed|signed|received|given|completed|reviewed|updated|printed|delivered|returned|"
    r"discussed|explained|copied|uploaded|submitted)\b",
    re.I,
)
_PAPERS_SENT = re.compile(
    r"\b(?:receive[sd]?|given|sent|send|mailed|e-?mailed|shared|share|provided|distributed|forwarded)\b[^.;]*?"
    r"\b(?:cop(?:y|ies)|reports?|graphs?|summar(?:y|ies)|results|notes?|letters?|handouts?)\b|"
    r"\b(?:cop(?:y|ies)|reports?|graphs?|summar(?:y|ies)|results|letters?)\b[^.;]*?\b(?:will\s+be|are|is)\s+"
    r"(?:sent|mailed|e-?mailed|shared|provided|given|distributed|forwarded)\b",
    re.I,
)


# a sentence giving the grounds of the request ("Hours are based on the VB-MAPP barriers score and the family's
# schedule", "The intensity reflects the severity of ...", "This level of care is medically necessary because ...")
_GROUNDS = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:based\s+on|determined\s+by|set\s+by|driven\s+by|justified\s+by|chosen\s+(?:for|because))|"
    r"reflects?|(?:is|are)\s+(?:medically\s+)?necessary\s+(?:because|due\s+to|given)|because\s+of|rationale)\b",
    re.I,
)


# a page's confidentiality notice, printed or faxed on every page ("Lehigh Family Counseling - confidential - do not
# redisclose", "CONFIDENTIAL: protected health information", "Privileged and confidential"): no service
_CONFIDENTIALITY = re.compile(
    r"\b(?:(?:strictly\s+|privileged\s+(?:and|&)\s+)?confidential(?:ity)?(?:\s+(?:notice|information|record))?|"
    r"do\s+not\s+(?:re-?)?(?:disclose|distribute|copy|forward)|re-?disclos(?:e|ure)|protected\s+health\s+information|"
    r"42\s*cfr(?:\s+part)?\s*2)\b",
    re.I,
)


def confidentiality_notice(text: str) -> bool:
    """True for a page's confidentiality notice that orders nothing: it names no code and states no frequency or
    session length ("Confidential HIV counseling 1x/wk 30 min" is a service)."""
    if not _CONFIDENTIALITY.search(text) or find_service_codes(text):
        return False
    return not any(
        (item.frequency and parse_frequency(item.frequency) is not None) or (item.amount and parse_amount(item.amount))
        for item in parse_service(text)
    )


# a contact with another treating clinician about the care they give ("f/u w/ PCP re: sertraline; coord as needed",
# "Coordinate with psychiatrist regarding medication changes", "consult w/ prescriber prn"): the plan's liaison with
# care given elsewhere, no service it requests (unless it names a code or says how often and how long)
_LIAISON = re.compile(
    r"^\s*(?:(?:will|to|plan\s+to)\s+)?(?:f/u|fu|follow[\s-]?ups?|coord(?:inate|ination|inating)?\.?|"
    r"consult(?:ation)?|liaise|collaborat(?:e|ion)|communicat(?:e|ion)|(?:care\s+)?coordination)\s+"
    r"(?:\w+\s+)?(?:w/|with)\s+(?:the\s+|pt['’]?s\s+|client['’]?s\s+|patient['’]?s\s+)?"
    r"(?:pcp|primary\s+care(?:\s+(?:provider|physician|doctor))?|psychiatrist|psychiatry|prescriber|"
    r"prescribing\s+(?:provider|physician|clinician)|physician|md|np|pediatrician|neurologist|school|oncologist|"
    r"cardiologist|dr\.?\s)",
    re.I,
)


def liaison_note(text: str) -> bool:
    """True for a line about following up or coordinating with another treating clinician that orders nothing of
    its own: no code, no counted frequency ("as needed" is none) and no session length."""
    if not _LIAISON.match(text) or find_service_codes(text):
        return False
    for item in parse_service(text):
        stated = parse_frequency(item.frequency) if item.frequency else None
        if (stated is not None and stated.count is not None) or (item.amount and parse_amount(item.amount)):
            return False
    return True


def without_dated_changes(text: str) -> str:
    """The text without its sentences recording a dated change to the services ("Frequency reduced to weekly on
    10/27/2025."): the services' history, not what is ordered now, when the rest of the text states how often.
    Sentences naming a code are kept."""
    if not _DATED_CHANGE.search(text) or first_date(text) is None:
        return text
    sentences = [x.strip() for x in _CHANGE_SENTENCE_END.split(text) if x.strip()]
    kept = [
        x for x in sentences if not (_DATED_CHANGE.search(x) and first_date(x) is not None and not find_service_codes(x))
    ]
    if len(kept) == len(sentences) or parse_frequency(" ".join(kept)) is None:
        return text  # "50 minutes. Changed to every other week on 11/03/2025.": the change gives the frequency now
    return " ".join(x if x.endswith((".", "!", "?")) else x + "." for x in kept)


_CHANGE_SENTENCE_END = re.compile(r"(?<=[\w)])\.\s+(?=[A-Z])")


def _grounds_sentence(sentence: str) -> bool:
    """A sentence that says why the services were set as they are, naming no code and no quantity of its own."""
    if not _GROUNDS.search(sentence) or find_service_codes(sentence):
        return False
    return not any(item.has_quantity for item in parse_service(sentence))


def _merge_unnamed(found: list[ServiceText]) -> list[ServiceText]:
    """ "Group psychotherapy (90853), meets every Thursday. Pt to attend weekly.": a sentence naming no service and
    no code adds its quantities to the service named before it."""
    merged: list[ServiceText] = []
    for item in found:
        if merged and not item.code and not item.description:
            previous = merged[-1]
            previous.frequency = previous.frequency or item.frequency
            previous.amount = previous.amount or item.amount
            previous.duration = previous.duration or item.duration
            if previous.hours_per_week is None:
                previous.hours_per_week = item.hours_per_week
            if previous.units is None:
                previous.units = item.units
            continue
        merged.append(item)
    return merged


# labels naming how a service is given rather than a service ("Modality: Prolonged exposure")
_MODALITY_LABELS = frozenset({"modality", "modalities", "treatment modality", "treatment modalities", "approach"})


class ServiceFieldsMixin(BuilderState):
    """Requested services and their quantities, and the treatments an "Interventions:" label lists."""

    # the column roles of a requested-services table whose rows arrive as lines (a nested table read as tab-parted
    # lines, a text export's columns), with the section they were read in and the header's captions
    _service_columns: tuple[list[str | None], str | None, list[str]] | None = None
    # services named bare by a "Service:" field among the client's details (see _drop_kind_of_care)
    _kind_of_care: tuple[ServiceRequest, ...] = ()
    # services named by a quantity label's kind of service alone ("Frequency — group: weekly"; see _service_of_label)
    _kind_named: tuple[ServiceRequest, ...] = ()

    def _drop_kind_of_care(self) -> None:
        """ "Service: Outpatient psychotherapy" among the client's details, with no code and no quantity, names the
        kind of care the plan is for; when the plan orders its services elsewhere with a code or a quantity, it is
        no service of its own. (Alone, it stays the plan's only service, its quantities missing.)"""
        self._plan_quantities_to_table()
        if not self._kind_of_care:
            return
        others = [s for s in self.services if all(s is not kind for kind in self._kind_of_care)]
        ordered = [s for s in others if s.code or s.frequency or s.amount or s.hours_per_week is not None or s.units]
        for kind in self._kind_of_care:
            if kind.code or kind.frequency or kind.amount or kind.duration or kind.hours_per_week is not None:
                continue
            section = kind.source.section if kind.source is not None else None
            if ordered and all(s.source is None or s.source.section != section for s in ordered):
                # (services listed with "Service:" one after another in one section are each a service)
                self.services[:] = [s for s in self.services if s is not kind]

    def _plan_quantities_to_table(self) -> None:
        """ "Frequency: 2x/week.  Duration: 12 weeks." written once, outside a table of coded services none of whose
        rows states how often ("CPT | Intervention | Units/visit"): the one unnamed service those labels made is how
        often (and how long) each coded row is given, and no service of its own. Left alone when any row states a
        frequency, when the rows come from tables apart (not one table, or one split over pages), or when more than one
        unnamed service was read."""
        unnamed = [s for s in self.services if not s.code and not s.description]
        if len(unnamed) != 1 or unnamed[0].frequency is None or not unnamed[0].frequency.stated:
            return
        plan_level = unnamed[0]
        if plan_level.source is None or plan_level.source.table is not None:
            return
        rows = [s for s in self.services if s is not plan_level]
        tables = {s.source.table for s in rows if s.source is not None}
        if len(rows) < 2 or None in tables or not tables or not all(s.code for s in rows):
            return
        if max(tables) - min(tables) + 1 != len(tables):  # type: ignore[type-var]
            return  # rows of tables apart (one table split over pages is consecutive tables)
        if any(s.frequency is not None or s.hours_per_week is not None for s in rows):
            return
        if any((s.source.section if s.source else None) != plan_level.source.section for s in rows):
            return
        for service in rows:
            service.frequency = plan_level.frequency.model_copy()
            if service.duration is None and plan_level.duration is not None:
                service.duration = plan_level.duration.model_copy()
            if service.amount is None and plan_level.amount is not None and service.units is None:
                service.amount = plan_level.amount.model_copy()
        self.services[:] = rows

    def _field_service(self, label: str, value: str, loc: SourceLocation, line: Line) -> str | None:
        if self._service_header(value, loc) or column_names_only(value) or self._service_row(value, loc):
            return "ok"
        return self._with_written_code(value, loc, lambda: self._field_service_value(label, value, loc, line))

    def _service_header(self, text: str, loc: SourceLocation) -> bool:
        """ "Code<TAB>Service<TAB>Amount<TAB>Frequency", "CODE    SERVICE    AMOUNT    FREQUENCY": the column titles
        of a services table read as one line, no service. Their roles are kept for the rows below. True when one."""
        roles = service_header_roles(text)
        if roles is None:
            return False
        captions = [ocr_letters(p.strip()) for p in _COLUMN_GAP.split(text.strip()) if p.strip()]
        self._service_columns = (roles, loc.section, captions)
        return True

    def _service_row(self, text: str, loc: SourceLocation) -> bool:
        """A row under a services header read as one line ("90837<TAB>Individual psychotherapy<TAB>Weekly<TAB>53
        minutes"), cut at the same gaps into as many cells as the header has: read by the services table reader,
        as the rows of a table typed as text are (see docx.text_columns), so a row says the same in either layout.
        The services keep this line as their source. False (the line read as a line) for any other line."""
        from authcheck.readers.docx.tables import TableKind  # (tables imports this package's labels)

        columns = self._service_columns
        if columns is None or columns[1] != loc.section or PROVIDED_ELSEWHERE.search(text):
            return False
        roles, _, captions = columns
        parts = [p.strip() for p in _COLUMN_GAP.split(text.strip())]
        if len(parts) != len(roles) or len(captions) != len(roles) or _REQUESTED_LATER.search(text):
            return False
        cells = dict(zip(roles, parts, strict=True))
        if not (cells.get("code") or cells.get("service") or cells.get("description")):
            return False
        if not any(cells.get(role) for role in _QUANTITY_ROLES):
            return False
        rows = [
            Row(0, [Cell(i, [caption]) for i, caption in enumerate(captions)]),
            Row(1, [Cell(i, [part] if part else []) for i, part in enumerate(parts)]),
        ]
        kind = TableKind("services", {i: role for i, role in enumerate(roles) if role is not None}, 0)
        before, treatments = len(self.services), len(self.interventions)
        self._services_table(Table(None, rows), kind)  # type: ignore[attr-defined]
        for element in [*self.services[before:], *self.interventions[treatments:]]:
            element.source = loc
            for key in element.field_sources:
                element.field_sources[key] = loc
            for name in ("frequency", "amount", "duration"):
                quantity = getattr(element, name, None)
                if quantity is not None:
                    quantity.source = loc
        return len(self.services) > before

    def _with_written_code(self, text: str, loc: SourceLocation, read: Callable[[], _T]) -> _T:
        """Read a line with `read`; when it is a row under a services header read as a line and its code column
        holds a code that is no valid CPT/HCPCS code ("9715", "L38O8"), the service read from it keeps that code
        as written, for the code rules to judge. A service named in the service column keeps that name."""
        columns = self._service_columns
        before = len(self.services)
        result = read()
        if columns is None or columns[1] != loc.section or len(self.services) != before + 1:
            return result
        cells = column_cells(text, columns[0])
        if cells is None:
            return result
        service = self.services[-1]
        written = cells.get("code", "").strip()
        if service.code is None and written and not find_service_codes(written) and CODE_AS_WRITTEN.fullmatch(written):
            service.code = written.upper()
            service.field_sources["code"] = loc
            named = cells.get("service") or cells.get("description")
            if named and not service.description and not find_service_codes(named):
                service.description = named  # (the mistyped code kept the line's parser from naming the service)
        return result

    def _field_service_value(self, label: str, value: str, loc: SourceLocation, line: Line) -> str | None:
        if PROVIDED_ELSEWHERE.search(value):
            return None
        if (
            normalize_label(label) in _MODALITY_LABELS
            and self.service is not None
            and line is not None
            and line.holds(self.service.source)
            and not find_service_codes(value)
        ):
            # "Service: Individual psychotherapy  Modality: Prolonged exposure; imagery rehearsal  Frequency: Weekly":
            # the modalities of the service named on the same line are its treatments, not services of their own
            self._plan_interventions(value, loc, label=label)  # type: ignore[attr-defined]
            return "ok"
        found = parse_service(value)
        sentences = [s for s in _SENTENCE_END.split(value) if s.strip()]
        if len(sentences) > 1 and sum(1 for s in sentences if parse_service(s)) > 1:
            # "Orders: Physical therapy 2 times a week .... Home health aide 3 times a week ...": a service a sentence
            found = _merge_unnamed([item for s in sentences for item in parse_service(s)])
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
        bare = not found or (len(found) == 1 and not found[0].code and not found[0].has_quantity)
        if bare and _LEVEL_ONLY.fullmatch(value.strip(" .")) and "level_of_care" not in self.plan_fields:
            # "Service: Intensive residential" beside the client's details: the level of care the plan is for
            self._set_plan("level_of_care", value.strip(" ."), loc)
            return "ok"
        if not found:
            found = [ServiceText(description=value.strip(), text=value.strip())]
        for item in found:
            self.service = self._service_from(item, loc)
        if bare and self.section.key in _HEADER_SECTIONS and self.service is not None:
            self._kind_of_care = (*self._kind_of_care, self.service)
        self.focus = "service"
        return "ok"

    def _field_frequency(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        if self.focus == "intervention" and self.intervention is not None and qualified_quantity(label) is None:
            self._apply_subfield("frequency", value, loc)
            return None
        if self._frequency_for_table(value, loc):  # type: ignore[attr-defined]
            return None  # "FREQ / DURATION: 3/Wk x 8 Wk" for the table of procedures above (see docx.record_tables)
        service = self._service_of_label(label, "frequency", loc)
        if service.description is None and not service.code and line is not None:
            heading = _DISCIPLINE_HEADING.fullmatch(" ".join((line.section.title or "").split()).strip(" :"))
            if heading is not None:
                service.description = heading.group("name")  # "Skilled Nursing" over "Frequency: 3w2, 2w4, 1w3"
        found = ServiceText()
        codes = find_service_codes(value)
        if len(codes) == 1 and service.code is None and len(parse_service(value)) <= 1:
            # "Freq weekly 45 min (90834)": the code of the service whose frequency this is
            code, modifiers, begin, end = codes[0]
            service.code, service.modifiers = code, list(modifiers)
            service.field_sources["code"] = loc
            value = " ".join(re.sub(r"\(\s*\)", " ", value[:begin] + " " + value[end:]).split())
        fill_quantities(QUANTITY_SPLIT.split(join_visit_orders(value)), found)
        if service.frequency is None:
            service.frequency = Frequency.model_validate((found.frequency or value).strip())
            service.frequency.source = loc
            hours = parse_hours_per_week(value)
            if hours is not None and service.hours_per_week is None:
                service.hours_per_week = hours
        if found.duration and service.duration is None:
            service.duration = Duration.model_validate(found.duration)
            whole = Duration.model_validate(value.strip())
            if whole.value is not None and whole.unit == service.duration.unit and whole.value > (service.duration.value or 0):
                service.duration = whole  # "3x wk x 4 wks, then 2x wk x 8 wks (12 weeks total)": the whole length
            service.duration.source = loc
        if found.amount and service.amount is None:
            service.amount = Amount.model_validate(found.amount)
            service.amount.source = loc
        return None

    def _field_amount(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        if self.focus == "intervention" and self.intervention is not None and qualified_quantity(label) is None:
            self._apply_subfield("amount", value, loc)
            return None
        text = value.strip()
        stated = parse_frequency(text)
        if (
            normalize_label(label) in ("session", "sessions", "visit", "visits")
            and stated is not None
            and stated.count is not None
            and parse_amount(text) is None
            and not find_service_codes(text)
        ):
            # "Sessions: 2 sessions/week x 16 weeks": how often, and for how long
            return self._field_frequency(label, value, loc, line)
        if normalize_label(label) in ("session", "sessions") and (
            parse_amount(checked_options(text)) is None or find_service_codes(text)
        ):
            # "Session: individual" names no length; "Session: [X] 53 min (90837)" names the service too
            if not (find_service_codes(text) and self._by_section(line, line.text.strip())):  # type: ignore[attr-defined]
                self._free(line, f"{label}: {value}")
            return None
        if self._amount_for_table(value, loc):  # type: ignore[attr-defined]
            return None  # "Units: up to 4 units per visit" under a table of procedures (see docx.record_tables)
        service = self._service_of_label(label, "amount", loc)
        text = self._quantities_after_amount(service, text, loc)
        if "unit" in label.lower() and re.fullmatch(r"\d+(?:\.\d+)?", text):
            text = f"{text} units"
        if service.amount is None:
            service.amount = Amount.model_validate(text)
            service.amount.source = loc
            if service.amount.units is not None and service.units is None:
                service.units = service.amount.units
        return None

    @staticmethod
    def _quantities_after_amount(service: ServiceRequest, text: str, loc: SourceLocation) -> str:
        """ "45 minutes. Cadence: every other week": a session length, then a sentence under a label not known as
        a frequency's saying how often (or how long): that sentence sets the service's frequency (or duration) when
        it has none; the length alone is returned. The text is returned as is when no later sentence states one."""
        sentences = [x.strip() for x in _SENTENCE_END.split(text) if x.strip()]
        if len(sentences) < 2 or parse_amount(sentences[0]) is None:
            return text
        found = ServiceText()
        rest = [re.sub(r"^[A-Za-z][\w /-]{0,30}:\s*", "", x) for x in sentences[1:]]
        fill_quantities([q for x in rest for q in QUANTITY_SPLIT.split(x)], found)
        if found.frequency is None and found.duration is None:
            return text
        if found.frequency is not None and service.frequency is None:
            service.frequency = Frequency.model_validate(found.frequency.strip())
            service.frequency.source = loc
        if found.duration is not None and service.duration is None:
            service.duration = Duration.model_validate(found.duration.strip())
            service.duration.source = loc
        return sentences[0].rstrip(". ")

    def _field_hours_per_week(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        if len(find_service_codes(value)) >= 2 or (find_service_codes(value) and self.service is None):
            # "Hours: 97153 — 10 h/wk; 97155 — 2 h/wk; ...": the services requested, each with its hours
            before = len(self.services)
            self._field_service(label, value, loc, line)
            self._hours_by_label(label, self.services[before:], loc)
            return None
        service = self._current_service(loc)
        text = value.strip()
        hours = (
            parse_hours_per_week(text)
            if parse_hours_per_week(text) is not None
            else parse_hours_per_week(f"{text} hours per week")
            if re.fullmatch(r"\d+(?:\.\d+)?(?:\s*-\s*\d+)?", text)
            else None
        )
        if hours is not None and service.hours_per_week is None:
            service.hours_per_week = hours
            service.field_sources["hours_per_week"] = loc
        return None

    def _field_interventions(self, label: str, value: str, loc: SourceLocation, line: Line) -> str:
        """ "Interventions:", "Treatment:", "Rx:": the treatments listed; a coded one with its frequency or session
        length ("Treatment: ERP, CPT 90837, 60-minute sessions, once per week") is also a requested service.
        Plan-level treatments do not take the focus: a "Frequency:" line after them is the plan's."""
        in_goals = self.section.key in GOAL_SECTION_KEYS or (self.focus in ("goal", "objective") and self.goal is not None)
        if not in_goals:
            self._plan_interventions(value, loc)  # type: ignore[attr-defined]
            return "consumed-rest"
        for piece in split_items(value):
            self._new_intervention(None, piece, loc, attach_to_goal=True)
        return "consumed-rest"

    def _discipline_heading_service(self, line: Line, core: str) -> bool:
        """Under a heading naming a discipline ("Skilled Nursing", "Home Health Aide"), a line that opens with the
        discipline or with how often ("SN PRN visits for dressing dislodgement", "2w8 for bathing") orders that
        discipline's visits: a service named by the heading unless the line names it."""
        heading = _DISCIPLINE_HEADING.fullmatch(" ".join((line.section.title or "").split()).strip(" :"))
        if heading is None or find_service_codes(core):
            return False
        text = core.strip()
        leads = ORDERED_DISCIPLINE.match(text) or _DISCIPLINE_FIRST.match(text) or _ORDER_FIRST.match(text)
        if leads is None:
            return False
        found = [item for item in parse_service(text) if item.frequency]
        if len(found) != 1:
            return False
        item = found[0]
        if not _DISCIPLINE_FIRST.match(text) and not ORDERED_DISCIPLINE.match(text):
            item.description = heading.group("name")
        self._service_from(item, line.loc(core))
        return True

    def _quantity_line(self, line: Line, core: str) -> bool:
        """ "q wk", "x 24 wks", "53 min" on a line of their own (facts of one order split by stray Enter presses)
        right after a service or treatments: how often, how long, or for how long that service (or treatment) is
        given; what it states already is kept. False when the line says more, or nothing was ordered just before."""
        if len(core.split()) > 6:
            return False
        found = parse_service(core)
        if len(found) != 1 or found[0].code or found[0].description or not found[0].has_quantity:
            return False
        if self._quantity_for_table(line, core):
            return True
        target: ServiceRequest | Intervention | None = self.intervention if self.focus == "intervention" else None
        if self.service is not None and (self.focus == "service" or self._read_just_before(self.service)):
            target = self.service
        if target is None:
            return False
        item, loc = found[0], line.loc(core)
        fill_missing_quantities(target, item, loc)
        if isinstance(target, ServiceRequest) and item.hours_per_week is not None and target.hours_per_week is None:
            target.hours_per_week = item.hours_per_week
        return True

    def _quantity_for_table(self, line: Line, core: str) -> bool:
        """ "2x/wk x 8 wks" on a line of its own, no label, under a table of coded procedures none of which says how
        often ("Intervention | CPT"): how often (and how long) each of them is given, as "Frequency: 2x/wk x 8 wks"
        there would be. False for a line that names anything besides how often, or when no such table was just read
        (see docx.record_tables._frequency_for_table)."""
        if len(core.split()) > 6 or find_service_codes(core):
            return False
        found = parse_service(core)
        if len(found) != 1 or found[0].code or found[0].description or not found[0].frequency:
            return False
        stated = parse_frequency(found[0].frequency)
        if stated is None or stated.count is None or stated.per is None:
            return False  # "as needed" alone says nothing of how often the procedures above are given
        return bool(self._frequency_for_table(core, line.loc(core)))  # type: ignore[attr-defined]

    def _read_just_before(self, service: ServiceRequest) -> bool:
        """True when the line read just before this one gave `service` or one of its quantities."""
        before = self._line_before
        if before is None or before[0].paragraph is None:
            return False
        places = [service.source, *(getattr(service, n).source for n in ("frequency", "amount", "duration") if getattr(service, n))]
        return any(p is not None and p.paragraph == before[0].paragraph and p.table is None for p in places)

    def _treatment_name_line(self, line: Line, core: str) -> bool:
        """ "Indiv tx" on a line of its own right after the treatments listed (its frequency and length on the lines
        below): a service named by a treatment word ("tx", "therapy", "counseling", "group"), short, with no goal
        words and no date. False for anything else (a problem's name under the goals, "Mood")."""
        if self.focus != "intervention" or len(core.split()) > 4 or core.rstrip().endswith((".", ":")):
            return False
        if not _TREATMENT_WORD.search(core) or find_service_codes(core) or first_date(core) is not None:
            return False
        self._service_from(ServiceText(description=core.strip(), text=core.strip()), line.loc(core))
        self.focus = "service"
        return True

    def _discipline_visit_order(self, line: Line, core: str) -> bool:
        """ "SN 2w3, 1w5 - wound care, DM teaching", "PT freq 2w6 for strengthening", "MSW PRN - community
        resources": a line outside any services heading opened by the discipline ordered (its abbreviation as
        written, in capitals) and then its visit order: that discipline's visits, as often as ordered. False for
        anything else ("PT will measure knee flexion weekly" names no visit order after the discipline).

        A ticked box before the discipline ("☒ PT  2w4, 1w4" in a grid of disciplines) orders it (an unticked one
        does not), and a label naming the disciplines or their frequency may list several orders, one per
        semicolon ("Disciplines and frequency: PT 3w2, 2w4; OT 1w1, 2w3; SN 1w1 for ..."): each is read when
        every one of them is a discipline's order."""
        if self._quantity_for_table(line, core):
            return True  # "2x/wk x 8 wks" under a table of coded procedures that says nothing of how often
        text = core.strip()
        box = _BOX_LEAD.match(text)
        if box is not None:
            if not box.group("ticked"):
                return False  # "☐ SN": a discipline not ordered
            text = text[box.end() :]
        listed = _DISCIPLINES_LABEL.match(text)
        pieces = [p.strip() for p in text[listed.end() :].split(";") if p.strip()] if listed else [text]
        if not pieces or len(text) > 200 * len(pieces):
            return False
        items = [item for item in map(self._one_visit_order, pieces) if item is not None]
        if len(items) != len(pieces):
            return False  # one piece is no discipline's order
        loc = line.loc(core)
        for item in items:
            self._service_from(item, loc)
        return True

    @staticmethod
    def _one_visit_order(text: str) -> ServiceText | None:
        """ "PT 3w2, 2w4" / "SN 1w1 for medication reconciliation": one discipline's visit order, else None."""
        lead = _DISCIPLINE_FIRST.match(text)
        if lead is None or find_service_codes(text) or len(text) > 200:
            return None
        rest = _FREQUENCY_WORD.sub("", text[lead.end() :], count=1)
        if _ORDER_FIRST.match(rest) is None:
            return None
        found = [item for item in parse_service(join_visit_orders(text)) if item.frequency]
        if len(found) != 1:
            return None
        item = found[0]
        item.description = text[: lead.end()].strip()
        return item

    @staticmethod
    def _hours_by_label(label: str, services: list[ServiceRequest], loc: SourceLocation) -> None:
        """ "Weekly hours: 97153 x 18 hrs; 97155 x 2 hrs": hours written with no period after a label that names
        hours requested are hours per week (per month when the label says so; none when it names a day or session)."""
        if re.search(r"\b(?:day|daily|session|visit|d[ií]a|diari\w*)\b", label, re.I):
            return
        monthly = re.search(r"\b(?:month|monthly|mes|mensual\w*)\b", label, re.I) is not None
        for service in services:
            amount = service.amount
            if service.hours_per_week is not None or amount is None or amount.minutes is None:
                continue
            if not _HOURS_WORD.search(amount.text or ""):
                continue
            if re.search(r"\b(?:per|a|each|every)\s+(?:day|week|month|session|visit)\b|/", amount.text or "", re.I):
                continue  # "2 hours per session": the amount states its own period
            hours = amount.minutes / 60.0
            service.hours_per_week = round(hours * 12 / 52, 2) if monthly else hours
            service.field_sources["hours_per_week"] = loc

    def _hours_by_heading(self) -> None:
        """ "Services requested per week" over "97153 | 10 hours": hours stated with no period, under a heading or
        caption that gives the period, are hours per week (or per month)."""
        for service in self.services:
            amount, source = service.amount, service.source
            if service.hours_per_week is not None or amount is None or source is None or not source.section:
                continue
            per = _HEADING_PERIOD.search(source.section)
            if per is None or amount.minutes is None or not _HOURS_WORD.search(amount.text or ""):
                continue
            if re.search(r"\b(?:per|a|each|every)\s+(?:day|week|month|session|visit)\b|/", amount.text or "", re.I):
                continue  # "2 hours per session": the amount states its own period
            hours = amount.minutes / 60.0
            service.hours_per_week = round(hours * 12 / 52, 2) if per.group("month") else hours

    def _code_of_unnamed(self, item: ServiceText, loc: SourceLocation) -> bool:
        """A coded line naming no service but its sessions ("Session 45 min (90834-95)") under a service made only
        from a labelled quantity ("Frequency - 2x wk"), with no code or session length yet: that service's code and
        length (what it states already is kept). Under treatments in focus that were given a frequency, the service
        they are given in, with that frequency. False when there is neither."""
        current = self.service
        treatment = self.intervention if self.focus == "intervention" else None
        if treatment is not None and not treatment.service_code and treatment.frequency is not None:
            # "Interventions - IPSRT, psychoed" with "Freq - 2x/mo", then "Session - 53 min (90837)": the service
            # those treatments are given in, as often as they were said to be
            service = self._service_from(item, loc)
            for name in ("frequency", "duration"):
                value = getattr(treatment, name)
                if value is not None and getattr(service, name) is None:
                    setattr(service, name, value.model_copy(deep=True))
            return True
        if current is None or current.code or current.description or current.amount is not None:
            return False
        if current.units is not None or current.hours_per_week is not None:
            return False
        current.code, current.modifiers = item.code, list(item.modifiers)
        current.field_sources["code"] = loc
        fill_missing_quantities(current, item, loc)
        return True

    def _current_service(self, loc: SourceLocation) -> ServiceRequest:
        if self.service is None:
            self.service = ServiceRequest(source=loc)
            self.services.append(self.service)
        return self.service

    def _service_of_label(self, label: str, quantity: str, loc: SourceLocation) -> ServiceRequest:
        """The service a quantity's label names: "Frequency — group" and "Session length (group)" are one service's,
        "Frequency — individual" another's; a label naming no kind of service is the current service's."""
        qualified = qualified_quantity(label)
        if qualified is None:
            return self._current_service(loc)
        kind = qualified[1]
        named = self._named_as(kind)
        if named is not None:
            self.service = named
            return named
        current = self.service
        if current is not None and current.description is None and not current.code and getattr(current, quantity) is None:
            current.description = kind
            return current
        self.service = ServiceRequest(description=kind, source=loc)
        self.services.append(self.service)
        self._kind_named = (*self._kind_named, self.service)
        return self.service

    def _named_as(self, kind: str) -> ServiceRequest | None:
        """The service already named by `kind`: by the same words, else the one service whose name holds them or
        whose words it holds ("Individual session length" after "Individual therapy frequency")."""
        words = set(normalize_label(kind).split())
        described = [(s, set(normalize_label(s.description).split())) for s in self.services if s.description]
        same = [s for s, named in described if named == words]
        if same:
            return same[0]
        alike = [s for s, named in described if named <= words or words <= named]
        return alike[0] if len(alike) == 1 else None

    def _kind_named_alike(self, item: ServiceText) -> ServiceRequest | None:
        """The service a quantity label named by its kind alone ("Frequency — medication management: monthly") that a
        coded line names in more words ("Medication management visits (99213) are 20 minutes"): one service."""
        if item.description is None:
            return None
        words = set(normalize_label(item.description).split())
        alike = [
            s for s in self._kind_named
            if s.code is None and s.description is not None and set(normalize_label(s.description).split()) <= words
        ]
        return alike[0] if len(alike) == 1 else None

    def _fill_kind_named(self, service: ServiceRequest, item: ServiceText, loc: SourceLocation) -> ServiceRequest:
        """The coded line's facts on the service its kind named, keeping what the labels already gave."""
        service.code, service.modifiers = item.code, list(item.modifiers)
        service.field_sources["code"] = loc
        service.description = item.description
        service.units = service.units if service.units is not None else item.units
        if service.hours_per_week is None:
            service.hours_per_week = item.hours_per_week
        service.start, service.end = service.start or item.start, service.end or item.end
        fill_missing_quantities(service, item, loc)
        if service.units is None and service.amount is not None and service.amount.units is not None:
            service.units = service.amount.units
        self.service = service
        return service

    def _service_from(self, item: ServiceText, loc: SourceLocation) -> ServiceRequest:
        named = self._kind_named_alike(item)
        if named is not None:
            return self._fill_kind_named(named, item, loc)
        above = self._row_above_repeated(item, loc)
        if above is not None:
            return above
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

    def _row_above_repeated(self, item: ServiceText, loc: SourceLocation) -> ServiceRequest | None:
        """The service of the table row just above when this row only repeats it: a PDF conversion splits one
        service over two rows and merges the name and frequency cells down, so the second row reads the same name
        and quantities again, with the code and length left empty. A row that names no code of its own and adds
        no quantity the row above does not state the same way is that row, not a second service; one with a
        quantity of its own ("Group therapy | weekly" under "Group therapy | 2x/week") is a service of its own."""
        if not self.services or loc.table is None or loc.row is None or item.code:
            return None
        above = self.services[-1]
        where = above.source
        if where is None or where.table != loc.table or where.row is None or loc.row != where.row + 1:
            return None
        name = " ".join((item.description or "").split()).casefold()
        if not name or name != " ".join((above.description or "").split()).casefold():
            return None
        for key in ("frequency", "amount", "duration"):
            mine = getattr(item, key)
            if not mine:
                continue
            theirs = getattr(above, key)
            if theirs is None or " ".join(str(mine).split()) != " ".join((theirs.text or "").split()):
                return None
        if item.units is not None and item.units != above.units:
            return None
        if item.hours_per_week is not None and item.hours_per_week != above.hours_per_week:
            return None
        return above

    def _services_from_treatments(self, made: list[Intervention]) -> None:
        """The treatments of one row of a treatments table ("Modality | Session length | Frequency | Duration",
        "Frequency | Duration | Interventions (CPT)"): each one named with its billing code and whose row says how
        often is also a requested service, as a coded order written on a line is. A coded item carrying a date
        ("97161 PT eval (1/20/26)") is a visit given once, not a service requested at that frequency."""
        for intervention in made:
            text = intervention.description or ""
            codes = find_service_codes(text)
            stated = intervention.frequency is not None and intervention.frequency.stated
            if not codes or not stated or first_date(text) is not None:
                continue
            code, modifiers, begin, end = codes[0]
            name = " ".join(re.sub(r"\(\s*\)", " ", text[:begin] + text[end:]).split()).strip(" -–—:;,")
            service = ServiceRequest(code=code, description=name or None, modifiers=modifiers, source=intervention.source)
            for attr in ("frequency", "amount", "duration"):
                value = getattr(intervention, attr)
                if value is not None:
                    setattr(service, attr, value.model_copy(deep=True))
            if service.amount is not None and service.amount.units is not None:
                service.units = service.amount.units
            self.services.append(service)

    def _coded_order(self, line: Line, core: str) -> bool:
        """A line outside a services section that orders coded services and says how often or how long a session
        lasts ("PT 2x/wk x 12 wks (97110, 97112, 97116)" after the last goal, "Indiv psychotherapy 45 min (90834) x
        20 sessions", "Session length 53 min (90837)"): read as those services. False for anything else."""
        if not find_service_codes(core) or len(core) > 160:
            return False
        found = parse_service(core)
        if not found or not all(item.code for item in found):
            return False
        if not any(item.frequency or (item.amount and parse_amount(item.amount)) for item in found):
            return False
        return self._service_text(line, core, None, None)

    def _completes_ordered_discipline(self, core: str, found: list[ServiceText], loc: SourceLocation) -> bool:
        """ "PT: gait training, transfer training, 45-60 minute visits." under orders that already give "PT 2w4": what
        that discipline does, with a quantity the order left out; the quantity completes that order (a quantity it
        states already is kept), no second service. False when the discipline is not ordered yet or the line names
        a code."""
        ordered = ORDERED_DISCIPLINE.match(core)
        if ordered is None or len(found) != 1 or found[0].code or find_service_codes(core):
            return False
        who = ordered.group("who").upper()
        named = rf"{who}\b" + (f"|{_DISCIPLINE_NAMES[who]}" if who in _DISCIPLINE_NAMES else "")
        same = [s for s in self.services if re.match(rf"(?:{named})", (s.description or "").strip(), re.I)]
        if len(same) != 1:
            return False
        service, item = same[0], found[0]
        as_needed = parse_frequency(item.frequency) if item.frequency else None
        if (
            as_needed is not None
            and as_needed.prn
            and as_needed.count is None
            and service.frequency is not None
            and not service.frequency.prn
        ):
            # "SN: 1w9 — ..." then "SN: PRN for Foley catheter problems": visits as needed besides the scheduled
            # ones, an order of its own (with the limit it states, or none)
            whole = parse_frequency(core)
            if as_needed.prn_limit is None and whole is not None and whole.prn and whole.prn_limit is not None:
                item.frequency = core.partition(":")[2].strip()  # "PRN visits for a soiled dressing — PRN x 3"
            return False
        fill_missing_quantities(service, item, loc)
        if item.hours_per_week is not None and service.hours_per_week is None:
            service.hours_per_week = item.hours_per_week
        return True

    def _service_text(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        loc = line.loc(core)
        if self._service_header(core, loc) or self._service_row(core, loc):
            return True
        before = list(self.services)
        read = self._with_written_code(core, loc, lambda: self._service_line(line, core, marker, depth))
        if read:
            made = [s for s in self.services if all(s is not old for old in before)]
            self._spans_to_services(core, made, loc)
        return read

    @staticmethod
    def _labelled_quantity_to_services(made: list[ServiceRequest], kind: str, value: str, loc: SourceLocation) -> None:
        """ "Individual psychotherapy, 45 minutes, weekly (CPT 90834). Duration: 6 months.": a frequency, amount or
        duration labelled after the services a line orders is theirs too, where they state none."""
        if kind not in _QUANTITY_MODELS or not made:
            return
        item = ServiceText()
        fill_quantities(QUANTITY_SPLIT.split(value), item)
        for service in made:
            fill_missing_quantities(service, item, loc, (kind,))

    @staticmethod
    def _spans_to_services(text: str, made: list[ServiceRequest], loc: SourceLocation) -> None:
        """ "Individual psychotherapy 90834, 45 min weekly. Expected duration approx. 4 months, through 5/29/26.": a
        sentence of the paragraph that states only how long treatment lasts gives the length (and end) of the
        services the paragraph orders that state none of their own."""
        sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
        if len(sentences) < 2:
            return
        for sentence in sentences:
            span = treatment_span(sentence)
            if span is None:
                continue
            for service in made:
                if service.duration is not None or service.end is not None:
                    continue
                fill_missing_quantities(service, span, loc, ("duration",))
                service.start = service.start or span.start
                service.end = span.end

    def _service_line(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        if not re.search(r"[^\W_]", core):
            return False  # a rule of underscores or dashes across the page: a line left to write on, no service
        if _STEP_DOWN_RULE.search(core) and not find_service_codes(core):
            return False  # "Tapering: sessions step down as panic attacks fall below 1 per week": a rule, no service
        if earlier_episode_line(core):
            return False  # "Prior therapy: PT in 2023, 2x/week for 8 weeks": an earlier episode's, not the plan's
        if _REQUESTED_LATER.search(core):
            # "Services in home and clinic. Reassessment (97151) will be requested separately": that sentence asks
            # for nothing now; the others are read as usual
            kept = [s.strip() for s in _SENTENCE_END.split(core) if s.strip() and not _REQUESTED_LATER.search(s)]
            if not kept:
                return False
            core = " ".join(x if x.endswith((".", "!", "?")) else x + "." for x in kept)
        if PROVIDED_ELSEWHERE.search(core):
            return False  # "Medication management with Dr. Adeyemi (separate plan)" is not requested here
        if liaison_note(core):
            return False  # "f/u w/ PCP re: sertraline; coord as needed": care the PCP gives, no service requested
        if confidentiality_notice(core):
            return False  # "Lehigh Family Counseling - confidential - do not redisclose": a page's footer
        if _GROUNDS.search(core):
            # "Hours are based on the VB-MAPP score and the family's schedule. Sessions are held in the home.": the
            # grounds of the request are no service; the other sentences are read as usual
            sentences = [s.strip() for s in _SENTENCE_END.split(core) if s.strip()]
            kept = [s for s in sentences if not _grounds_sentence(s)]
            if not kept:
                return False
            if len(kept) < len(sentences):
                core = " ".join(x if x.endswith((".", "!", "?")) else x + "." for x in kept)
        core = without_dated_changes(core)  # "... every week. Frequency reduced to weekly on 10/27/2025."
        if not core:
            return False
        if _PAPERS_SENT.search(core) and not find_service_codes(core):
            return False  # "Parents will receive a copy of this plan and monthly progress graphs": papers, no service
        head, colon, _ = core.partition(":")
        if colon and len(head.split()) <= 6 and not find_service_codes(head):
            kind = match_section(head.strip())
            if kind.key in ("discharge", "other", "title") and kind.score >= 90:
                return False  # "Transition and discharge criteria: fade to 10 hrs/wk when ...": no service requested
        if _RECORD_KEEPING.match(core) and not find_service_codes(core):
            return False  # "Data collection: session data are graphed weekly": the plan's records, no service
        if _PLAN_REVIEWED.match(core) and not find_service_codes(core):
            return False  # "Treatment plan to be reviewed every 3 months.": when the plan is reviewed, no service
        if _LATER_CHANGE.search(core) and not find_service_codes(core):
            return False  # "fade to 10 hrs/wk when goals are mastered": a later change, not a service of its own
        sentences = [s for s in _SENTENCE_END.split(core) if s.strip()]
        if len(sentences) > 1:
            # (a sentence saying only how long treatment lasts orders no service: see _spans_to_services)
            sentences = [s for s in sentences if treatment_span(s) is None]
        if len(sentences) > 1 and sum(1 for s in sentences if parse_service(s)) > 1:
            # "Skilled nursing twice weekly for 9 weeks ... Home health aide three times weekly for 12 weeks ...":
            # each sentence orders its own service
            return any([self._service_text(line, s.strip(), marker, depth) for s in sentences])
        found = parse_service(core)
        loc = line.loc(core)
        if not found:
            if looks_like_address(core):
                return False  # "Springfield, IL" under a letterhead is a place, not a service
            if _DATED_EVENT.search(core) and first_date(core) is not None and not find_service_codes(core):
                return False  # "Plan sent to physician: 01/20/2026 by fax": the paperwork's history, no service
            if not checked_options(core).strip():
                return False  # "☐ 97151 Behavior identification assessment": a service offered, not ticked
            if plan_kind_choice(core):
                return False  # "Plan type: ☒ Initial ☐ Update ☐ Discharge": the plan's own paperwork
            name, colon, rest = core.partition(":")
            if colon and len(name.split()) <= 4 and (_NOT_HOW_OFTEN.match(rest.strip()) or _NOT_A_SERVICE.search(name)):
                return False  # "Cosign: not required", "Last updated by: ...": a form's remark, no service
            if colon and len(name.split()) <= 4 and _person_named(rest):
                return False  # "Ordering physician: Miriam Tal, DO" under "Physician Orders": who orders, no service
            if field_key(core.rstrip(": ")) not in (None, "other") and len(core.split()) <= 4:
                return False  # "Modality" beside its ticked boxes: a form's label, not the name of a service
            if _DOCUMENT_TITLE.fullmatch(core.strip()) and not find_service_codes(core):
                return False  # "Behavior Treatment Plan — Reassessment and Progress Report": a title, no service
            if first_date(core) is not None and not find_service_codes(core):
                # "Next review 8/15/26", "BCBA - Naomi Feldstein, BCBA  2/20/26" after the last service: a dated
                # remark or sign-off typed without a label's colon, no service of its own
                return False
            if len(core.split()) <= 8 and not core.endswith(".") and self.section.key == "services":
                self._service_from(ServiceText(description=core, text=core), loc)
                return True
            ordered = ORDERED_DISCIPLINE.match(core)
            if ordered and any(
                (service.description or "").upper() == ordered.group("who").upper() for service in self.services
            ):
                # "SN: teach insulin pen use ... MSW: transportation resources." under a visit grid that orders SN and
                # MSW already: what each discipline will do, not further services
                return self._discipline_orders(line, core)  # type: ignore[attr-defined]
            if ordered and self.section.key == "services":
                # "PT: Evaluate and treat. Gait training, ...": a discipline ordered, with no amount or frequency
                self._service_from(ServiceText(description=ordered.group("who"), text=core), loc)
                return True
            listed = marker is not None or line.list_level is not None
            named = _NAMED_SERVICE.match(core)
            if named and (_NOT_HOW_OFTEN.match(named.group("rest")) or _NOT_A_SERVICE.search(named.group("name"))):
                named = None  # "Cosign: not required", "Last updated by: ...": a form's remark, no service
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
        if self._completes_ordered_discipline(core, found, loc):
            return True
        for item in found:
            if (
                not item.code
                and item.description
                and _LISTED_SERVICES_NOTE.match(item.description)
                and any(service.code for service in self.services)
            ):
                continue  # "RBT services delivered in clinic 3 days a week" under coded services: where they are given
            if item.description and _ONLY_VISITS.fullmatch(item.description.strip(" .")):
                item.description = None  # "Visits up to 60 minutes.": the length of the visits ordered above
            if item.code and not item.description and self._code_of_unnamed(item, loc):
                continue  # "Frequency - 2x wk" then "Session 45 min (90834-95)": the code and length of that service
            if not item.code and not item.description and self.service is not None:
                # "Weekly" under a service named on the line before
                current = self.service
                fill_missing_quantities(current, item, loc, ("frequency", "amount"))
                if item.hours_per_week is not None and current.hours_per_week is None:
                    current.hours_per_week = item.hours_per_week
                continue
            self._service_from(item, loc)
        return True
