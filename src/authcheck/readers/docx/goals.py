"""Problems, goals and objectives: labelled lines ("Goal 1:", "STG 1.1:"), their facts ("Target date:",
"Baseline:"), and unlabelled lists under goal headings; treatments written under a goal are handed to
docx.interventions.

A mixin of the DOCX plan builder (see docx.build): it reads and writes the builder's state.
"""

from __future__ import annotations

import datetime as dt
import re

from authcheck.model import (
    Goal,
    Intervention,
    Objective,
    Problem,
    SourceLocation,
)
from authcheck.parsing import find_dates
from authcheck.readers.docx.fact_pieces import fact_line, fact_tail, goal_title
from authcheck.readers.docx.label_split import Segment, split_labels
from authcheck.readers.docx.labels import (
    ElementLabel,
    element_label,
    field_key,
    strip_list_marker,
    subfield_key,
)
from authcheck.readers.docx.phrases import (
    blank_value,
    checked_options,
    first_date,
    has_digit,
)
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.tables import column_role
from authcheck.readers.docx.state import GOAL_SECTION_KEYS, BuilderState, Line, Section

_TIME_BOUND_DATE = re.compile(
    r"(?:\b(?:by|before|no\s+later\s+than|on\s+or\s+before|until|through|thru|prior\s+to|as\s+of)\s+(?:the\s+)?(?:date\s+of\s+)?"
    r"|\b(?:target(?:\s+date)?|due(?:\s+date)?|deadline)\s*[:\-–—]?\s*)$",
    re.I,
)

_TIME_FRAME = re.compile(
    r"\b(?:within|in|over(?:\s+the\s+next)?|in\s+the\s+next|during\s+the\s+next|by\s+the\s+end\s+of)\s+"
    r"(?:the\s+(?:next\s+)?)?(?:\d+(?:\s*(?:-|to)\s*\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|sixty|ninety)\s*-?\s*(?:days?|weeks?|wks?|months?|mos?|years?|sessions?|visits?)\b"
    r"|\bby\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+|this\s+|the\s+current\s+)?(?:certification|authorization|plan|treatment|episode|cert|auth)[\w\s]{0,20}?"
    r"|discharge|next\s+(?:review|recertification|re-?evaluation))\b",
    re.I,
)

# the words of a goal statement ("will", "to increase", "independently", "80%", "from 3 to 1"), which a treatment's
# name does not have
GOAL_WORDS = re.compile(
    r"\b(?:will|to\s+(?:increase|decrease|reduce|improve|maintain|demonstrate|develop|achieve|identify|use|learn|"
    r"complete|attend|eliminate)|increase|decrease|reduce|improve|maintain|demonstrate|ambulate|tolerate|"
    r"independently|achieve|eliminate|perform|request|respond|manage)\b|\d+\s*%|\bfrom\s+\S+\s+to\s+\S+",
    re.I,
)

_GROUP_FRAME = re.compile(
    r"\(\s*((?:\d+(?:\s*(?:-|–|to)\s*\d+)?|one|two|three|four|six|eight|ten|twelve)\s*"
    r"(?:days?|weeks?|wks?|months?|mos?|years?|visits?|sessions?))\s*\)",
    re.I,
)
# "Plan will be updated by ...", "The treatment plan will be reviewed ...": a sentence about the plan itself
_ABOUT_THE_PLAN = re.compile(
    r"(?:the\s+|this\s+)?(?:treatment\s+)?plan\s+(?:will|is\s+to)\s+be\s+(?:updated|reviewed|revised|re-?evaluated)\b",
    re.I,
)
# a sentence on how progress is followed ("Progress will be measured with the PHQ-9 monthly", "Outcomes are tracked
# by session data", "We will re-administer the GAD-7 every 4 weeks to track progress"): no goal of its own
_PROGRESS_NOTE = re.compile(
    r"\s*(?:(?:the\s+)?(?:client|patient|individual|member|child)(?:'s|s')?\s+|his\s+|her\s+|their\s+|the\s+|overall\s+)?"
    r"(?:progress|outcomes?|treatment\s+response|response\s+to\s+treatment|goal\s+(?:attainment|progress)|attainment|"
    r"improvement|symptom\s+(?:change|severity|levels?))\b[^.;:]{0,60}?\b(?:will\s+be|is|are|shall\s+be|to\s+be|gets?)\s+"
    r"(?:\w+ly\s+)?(?:measured|monitored|tracked|assessed|re-?assessed|reviewed|evaluated|documented|charted|rated|graphed|"
    r"recorded|reported|followed|scored)\b"
    r"|\s*(?:we|staff|the\s+(?:therapist|clinician|counselor|team|provider|bcba))\s+will\s+(?:\w+ly\s+)?"
    r"(?:measure|monitor|track|assess|review|re-?administer|graph|chart)\b[^.;]{0,60}\bprogress\b",
    re.I,
)
# an element promised for later, written as a sentence about it: "Objectives for this goal will be developed with
# Ana at the next session", "Short-term goals are to be set at the 30-day review", "Interventions: pending"
_DEFERRED_SENTENCE = re.compile(
    r"\s*(?:the\s+)?(?:short[\s-]*term\s+|specific\s+|measurable\s+)?(?:objectives?|goals?|benchmarks?|steps|STOs?|STGs?)"
    r"(?:\s+(?:for|of|under|toward|towards)\s+(?:this|the|each|that|these|her|his|their)(?:\s+\w+)?)?\s+"
    r"(?:will|are\s+to|is\s+to|remain\s+to|still\s+need\s+to|need\s+to)\s+be\s+(?:\w+ly\s+)?"
    r"(?:developed|determined|established|written|added|set|identified|decided|defined|formulated|finali[sz]ed|"
    r"agreed|created|drafted)\b"
    r"|\s*(?:the\s+)?(?:objectives?|goals?|steps)(?:\s+(?:for|of|under)\s+(?:this|the|each|that)(?:\s+\w+)?)?\s+"
    r"(?:are|is|remain)\s+(?:deferred|pending|not\s+yet\s+(?:developed|written|set|established|defined))\b",
    re.I,
)
# a practitioner's attestation under the goals ("I certify that ...", "I have reviewed this plan ... and certify")
_ATTESTATION = re.compile(
    r"\s*(?:[☐☒☑■□xX]\s*)?(?:I|[Ww]e)\s+(?:have\s+(?:reviewed|read|approved)|hereby\s+certify|certify|attest)\b",
)
# "Outcome (07/31/2026):", "Expected outcome:", "Final outcome:": the level the goal itself ends at
_OUTCOME_LABEL = re.compile(r"\s*(?:expected\s+|final\s+|long[\s-]*term\s+|desired\s+)?outcome\b[^:]{0,30}:", re.I)
# "Method:" names how a goal is measured or, with words of treatment, how it is reached
_METHOD_LABEL = re.compile(r"\s*methods?\s*:", re.I)
_TREATMENT_WORDS = re.compile(
    r"\b(?:therap\w*|counsel\w*|groups?|sessions?|nursing|care|management|training|education|interviewing|"
    r"medications?|dosing|follow-up|visits?|program|treatment|psychotherapy|coaching)\b",
    re.I,
)
# the label of an element's statement on the line after the element's own label
STATEMENT_LABEL = re.compile(
    r"^(?:(?:problem|need|goal|objective|issue)\s+)?(?:description|statement|narrative|text|name)\s*:\s*(?=\S)", re.I
)
_TYPED_MARKER = re.compile(r"\(?(?:\d{1,2}|[a-zA-Z]|[IVX]{1,4})[.)]")
PROBLEM_ANCHOR = re.compile(
    r"(?:for|under|re|regarding)\s+(?P<kind>problem|goal|need)\s*(?:#|no\.?)?\s*(?P<number>\d{1,2}|[a-z])\s*[:.)-]?",
    re.I,
)
_DOMAIN_STOP = re.compile(
    r"^(?:ltg|stg|long[\s-]*term|short[\s-]*term|met|not met|partially met|ongoing|continued?|new|revised|active|"
    r"primary|secondary|priority|discontinued|modified|achieved|in progress|sto|lto)$",
    re.I,
)


# the client's own words in quotation marks under a goals heading ("“Sleep through the night and go back to
# fishing with my brother.”"): a person-centered plan's goal
_QUOTED_AIM = re.compile(r"\s*[\"“”]\s*\w[^\"“”]*(?:\s+\S+){2,}[^\"“”]*[\"“”]\s*\.?\s*")

# the caption of one target's table: an outline number ("1.1", "C1", "PT2", "B.3") and a short name, or a short name
_CAPTION = re.compile(
    r"(?:(?P<number>(?:[A-Z]{1,3}[.-]?)?\d{1,2}(?:[.-]\d{1,2})?[a-z]?)[.):]?\s+)?"
    r"(?P<name>[^\W\d_][\w'/&,()-]*(?:\s+[\w'/&,()-]+){0,5})",
)

# a date closing a goal's line after a dash ("... 1 or fewer per week (panic diary) — 01/20/2026")
# a cell holding only a date ("08-15-2026", "3/1/26", "2026-08-15", "Aug 15, 2026")
_BARE_DATE_CELL = re.compile(
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}", re.I
)
_CLOSING_DATE = re.compile(r"\s[—–-]\s*(?:target\s*:?\s*)?\d{1,2}/\d{1,2}/\d{2,4}\s*\.?$", re.I)

# a baseline cell that says the level is not known yet ("Data collection in progress", "To be established at
# intake", "Pending first probe"): read as no baseline
PENDING_BASELINE = re.compile(
    r"^\s*(?:tb[dac]|t\.b\.[dac]\.?|n/?a|not\s+applicable|none\s+yet|not\s+yet|awaiting\b[^\d]*|data\s+to\s+follow|to\s+follow)\s*"
    r"(?:$|[-–—:;,(.]|\b(?:until|in|within|during|at|after|by|pending|once|when)\b)|"
    r"\b(?:por\s+determinar|a\s+determinar|pendiente|se\s+(?:establecer|medir|determinar|recoger)[áa]\b|"
    r"in\s+progress|pending|to\s+be\s+(?:determined|established|collected|measured|obtained|assessed|completed|"
    r"probed|tested|observed|recorded|gathered|set|taken|identified|documented|confirmed|done|run)|"
    r"will\s+be\s+(?:probed|tested|observed|recorded|gathered|set|taken|identified|documented)|"
    r"not\s+yet\s+(?:\w+\s+)?(?:collected|measured|established|obtained|assessed|available|known)|"
    r"will\s+be\s+(?:collected|established|measured|obtained|determined)|being\s+(?:collected|established)|"
    r"unknown|not\s+(?:available|measured|collected|assessed))\b",
    re.I,
)

# when a pending baseline will be known ("in the first 2 weeks", "by 02/15/2026"): no level of the client's
_WHEN = re.compile(
    r"\b(?:in|within|over|during|after|by)\s+(?:the\s+)?(?:first\s+|next\s+)?\d+\s*(?:days?|weeks?|wks?|sessions?|"
    r"visits?|months?)\b|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\b(?:weeks?|sessions?|visits?|days?|months?)\s*#?\s*\d+(?:\s*-\s*\d+)?\b",
    re.I,
)

def _pending_baseline(value: str) -> bool:
    """ "TBD - to be probed in the first 2 weeks", "Pending", "Por determinar": no level of the client's yet."""
    return bool(PENDING_BASELINE.search(value)) and not re.search(r"\d", _WHEN.sub(" ", value))


# a form's own instruction left in a field: "(list at least one measurable objective)", "[enter goal here]"
_FORM_PROMPT = re.compile(
    r"[(\[]\s*(?:please\s+)?(?:list|enter|describe|write|specify|include|add|insert|type|state)\b[^()\[\]]*[)\]]",
    re.I,
)
# an element written later, not now: "Objectives: to be developed with Monty at the 30-day review", "(will be set
# once the housing application is back)", "Deferred until medically stable", "None at this time"
DEFERRED_ELEMENT = re.compile(
    r"^\s*[(\[]?\s*(?:tb[dac]\b|"
    r"(?:to|will)\s+be\s+(?:developed|determined|established|written|added|set|identified|decided|completed|defined|"
    r"formulated|finali[sz]ed|agreed(?:\s+(?:on|upon))?|discussed|created|drafted|updated)\b|"
    r"(?:deferred|postponed|on\s+hold)\b|not\s+yet\s+(?:\w+\s+)?(?:developed|established|written|set|identified|determined|"
    r"defined|agreed)\b|none\s+(?:yet|at\s+this\s+time|for\s+now)\b|pending\b(?!.*\bwill\b)|to\s+follow\b|forthcoming\b|"
    r"por\s+determinar|a\s+determinar|pendiente|se\s+(?:desarrollar|establecer|definir|acordar)[áa]n?\b)",
    re.I,
)

# facts written inside a goal's own sentence: "(baseline 35% fidelity)", "; mastery: 4 days/week for 3 weeks"
_INLINE_FACTS = [
    ("baseline", re.compile(
        r"[(\[;]\s*(?:current\s+)?baseline\s*(?::|=|-|\bis\b|\bof\b)?\s*(?P<value>[^()\[\];]{2,80})", re.I
    )),
    ("mastery_criteria", re.compile(
        r"(?:[;(]|\.\s)\s*(?:mastery(?:\s+criteri(?:on|a))?|mastered\s+when)\s*:?\s*(?P<value>[^()\[\];]{3,120})", re.I
    )),
]


# a mastery criterion run into a goal's sentence with no label: "... with at least 90% fidelity across 3 consecutive
# observed sessions", "... at 80% accuracy over 2 probes", "... with 90% fidelity on the checklist"
_UNLABELLED_MASTERY = re.compile(
    r"\b(?:with|at|to)\s+(?P<value>(?:at\s+least\s+|a\s+minimum\s+of\s+|≥\s*)?\d{1,3}\s*%\s+"
    r"(?:procedural\s+|implementation\s+|treatment\s+)?(?:fidelity|accuracy|integrity)"
    r"(?:\s+(?:on|per|using)\s+(?:the\s+|a\s+|an\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\s+(?:across|over|for|on|in)\s+(?:at\s+least\s+)?(?:\d+|two|three|four|five)\s+(?:consecutive\s+)?(?:[\w-]+\s+)?"
    r"(?:sessions?|observations?|visits?|probes?|days?|weeks?|opportunities|trials|checks?))?)",
    re.I,
)


# a sentence on data to be collected ("Baseline data will be collected during the first 2 weeks of services.",
# "Probe data will be taken weekly."): its "will" makes no goal of the paragraph it closes
_DATA_NOTE = re.compile(
    r"(?:^|(?<=[.;:]\s))(?:baseline\s+|probe\s+|session\s+|frequency\s+|abc\s+)?(?:data|baselines?|probes?)\s+"
    r"(?:\w+\s+){0,2}?(?:will|is\s+to|are\s+to)\s+be\s+(?:collected|taken|gathered|established|obtained|recorded|run)\b"
    r"[^.;]*[.;]?",
    re.I,
)


def _without_fill(value: str) -> str:
    """An element's words without the fill line they were typed on ("__Stop using alcohol to sleep.__"); a fill line
    alone is no statement."""
    if "__" not in value:
        return value
    return " ".join(re.sub(r"_{2,}", " ", value).split())


# column roles a tab-separated goals header may name, as the facts they give
_TAB_ROLE = {
    "goal": "goal",
    "objective": "objective",
    "target_date": "target_date",
    "baseline": "baseline",
    "target": "target",
    "mastery_criteria": "mastery_criteria",
    "measure": "measure",
    "intervention": "intervention",
    "label": "label",  # "#", "Obj #": the row's number, read as its marker
}
# a goal column that holds the steps toward a goal above ("Short-term / measurable goal", "STG"): its objectives
_SHORT_TERM_COLUMN = re.compile(r"short[\s-]*term|\bSTGs?\b|benchmark", re.IGNORECASE)


def tab_header_roles(text: str) -> list[str] | None:
    """The column roles of a tab-separated goals header ("Short-term goal<TAB>Baseline<TAB>Due"): one goal or
    objective column and facts of it, each named once; None for any other line. A short-term goal column is an
    objective column (its rows are goals of their own only when no goal is above them)."""
    parts = [p.strip() for p in re.split(r"\t+", text.strip()) if p.strip()]
    if len(parts) < 2 or any(len(p) > 40 for p in parts):
        return None
    roles = [_TAB_ROLE.get(column_role(p) or "", "") for p in parts]
    roles = ["objective" if r == "goal" and _SHORT_TERM_COLUMN.search(p) else r for r, p in zip(roles, parts, strict=True)]
    aims = [r for r in roles if r in ("goal", "objective")]
    if all(roles) and len(aims) == 1 and len(set(roles)) == len(roles):
        return roles
    return None


_ROW_NUMBER = re.compile(r"\(?(?:\d{1,2}(?:[.-]?\d{1,2}|[.-]?[a-z])?|[a-z]\d?)[.)]?", re.IGNORECASE)


def _row_prefix(roles: list[str], parts: list[str]) -> bool:
    """True when a row shorter than its header fills the header's first columns (the cells left empty at the end of
    a row are not written): the statement comes first and every date column it reaches holds a date."""
    if roles[0] == "label" and parts and _ROW_NUMBER.fullmatch(parts[0]):
        roles, parts = roles[1:], parts[1:]
    if not parts or roles[0] not in ("goal", "objective"):
        return False
    return all(first_date(value) is not None for role, value in zip(roles, parts, strict=False) if role == "target_date")


def tab_services_header(text: str) -> bool:
    """A tab-separated header of a services table ("CPT<TAB>Service<TAB>Frequency<TAB>Session"): every part a
    column name, one naming the service or its code and one its quantity. Its rows are read as services;
    the header itself is no list of labels and values."""
    parts = [p.strip() for p in re.split(r"\t+", text.strip()) if p.strip()]
    if len(parts) < 3 or any(len(p) > 40 for p in parts):
        return False
    roles = [role for role in (column_role(p) for p in parts) if role]
    if len(roles) < 3 or len(roles) < len(parts) - 1 or len(set(roles)) != len(roles):
        return False  # one column name of the form's own ("Session") may be unknown
    return bool({"service", "code"} & set(roles)) and bool({"frequency", "amount", "units", "hours"} & set(roles))


# a sentence that announces the list of goals below it ("Our goals for this plan of care are:", "Her treatment
# goals will be:", "The goals we agreed on include:")
GOALS_LIST_LEAD_IN = re.compile(
    r"\b(?:goals|objectives)\b.{0,40}\b(?:are|include|includes|will\s+be|were\s+set|as\s+follows)$", re.I
)

# a paragraph about the goals as a set, closing on the list it announces ("Walter and I agreed on these goals. Each
# goal has the steps we will use to see progress:", "The goals below were set with her parents:"): no goal itself
_GOALS_ANNOUNCED = re.compile(
    r"(?:\b(?:these|those|each|every|following|below|above|all|both)\s+(?:(?:treatment|long[- ]term|short[- ]term)\s+)?"
    r"goals?\b|\bgoals?\s+(?:below|above|listed|that\s+(?:we|I)|(?:we|I)\s+(?:agreed|set|chose|made|wrote)))[^:]*:\s*$",
    re.I,
)

# a goal's sentence that closes announcing its steps ("... return to the activities he avoids. Specifically:",
# "... as evidenced by:"); a sentence announcing the goals themselves ("Our goals are:") is no goal
_STEPS_LEAD_IN = re.compile(
    r"(?:[.;]\s+(?:specifically|in\s+particular|this\s+means|measured\s+by|as\s+evidenced\s+by)|"
    r"\b(?:as\s+evidenced\s+by|as\s+measured\s+by|evidenced\s+by|measured\s+by|by\s+meeting\s+these\s+steps|"
    r"(?:the\s+)?following\s+(?:objectives|steps|benchmarks))|^\s*(?:specifically|in\s+particular))\s*:\s*$",
    re.I,
)

# a sentence that the list items below it complete ("By the end of this plan of care (10 weeks), Mr. A will:",
# "Within 8 weeks the patient will be able to:", "At discharge, Ana is expected to:", "En 12 semanas, Ana podrá:"):
# no goal itself; its time frame or date holds for each item of the list
_LIST_LEAD_IN = re.compile(
    r"(?:\bwill(?:\s+be\s+able\s+to)?|\b(?:is|are)\s+expected\s+to|\bshould\s+be\s+able\s+to|\bwill\s+need\s+to|"
    r"\bwill\s+work\s+(?:on|toward|towards)|\b(?:podr[áa]n?|deber[áa]n?|va(?:n)?\s+a|se\s+espera\s+que\s+\w+(?:\s+\w+)?))"
    r"\s*(?:the\s+following)?\s*[:\-–—]\s*$",
    re.I,
)

# the area a goal's label names before the word "goal" ("Caregiver Goal 4", "Skill Acquisition Goal 1", "Parent Training
# Goal"); "Long-term goal", "Treatment goal" name no area
_GOAL_KIND = re.compile(
    r"^(?P<kind>(?!(?:long|short|annual|treatment|discharge|functional|measurable|smart|primary|secondary)\b)"
    r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+goal\b",
    re.I,
)

def list_lead_in(text: str) -> bool:
    """True for a sentence that a list of goals completes ("Within 8 weeks the patient will be able to:"); a goal
    closing with its steps ("To reduce panic, Ana will:", "... attacks. Specifically, she will:") and a goals heading
    ("What we will work on:") are not."""
    if len(text.split()) > 30 or not _LIST_LEAD_IN.search(text):
        return False
    head = _LIST_LEAD_IN.sub("", text)
    if _OWN_SENTENCE_END.search(head) or GOAL_WORDS.search(head):
        return False
    named = match_section(text.rstrip(" :"))
    return not (named.key in GOAL_SECTION_KEYS and named.score >= 95)


# a sentence ending inside a line (not the point of "Mr.", "Dr.", "Sra.")
_OWN_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSr)(?<!\bSra)(?<!\bSt)(?<!\b[A-Z])[.;]\s+\S")

_BARE_OBJ = re.compile(r"(?P<label>obj\.?)\s*[:\-–—]\s*(?P<value>.+)", re.I | re.S)


# "Baseline — 4 minutes on average.  Mastery — 15 minutes ...  Target date — 05/29/2026.": facts labelled with a dash
_DASH_LABEL = re.compile(
    r"(?:^|(?<=[.;,])\s+|\s{2,}|\t+|\s+\|\s+)(?P<label>[^\W\d_][\w .'/()]{0,40}?)\s+[—–-]{1,2}\s+(?=\S)"
)


def dash_facts(text: str) -> str | None:
    """A line of a goal's facts labelled with dashes, rewritten with colons ("Baseline: 4 minutes ...  Mastery: ...");
    or a line of facts with or without colons ("Baseline 2 mands; mastery 80% ...; by 07/31/2026", see
    docx.fact_pieces); None unless the line opens with such a label and every label on it names a fact of a goal."""
    if not re.search(r"\s[—–-]{1,2}\s", text):
        return fact_line(text)
    found = list(_DASH_LABEL.finditer(text))
    if not found or found[0].start() != 0:
        return fact_line(text)
    known = [m for m in found if subfield_key(m.group("label").strip())]
    if len(known) != len(found) or (len(known) < 2 and not re.match(r"[^\W\d_][\w ]{0,30}\s+[—–]", text)):
        return fact_line(text)  # a single fact needs a long dash: "Pt - will walk" is no label
    pieces, last = [], 0
    for match in found:
        pieces.append(text[last : match.start("label")])
        pieces.append(f"{match.group('label').strip()}: ")
        last = match.end()
    pieces.append(text[last:])
    rewritten = "".join(pieces)
    # "Baseline: 2 mands; mastery: 80% ...; by 07/31/2026": pieces the label splitter would not part (docx.fact_pieces)
    return fact_line(rewritten) or rewritten


def _time_bound(statement: str) -> tuple[dt.date | None, str | None]:
    """A target date written as "by <date>" inside a statement, and a time frame ("within 8 weeks")."""
    target = None
    for date, (start, _) in find_dates(statement):
        if _TIME_BOUND_DATE.search(statement[:start]):
            target = date
    frame = _TIME_FRAME.search(statement)
    return target, (frame.group(0).strip() if frame else None)


# a target date given by pointing at the one just stated ("by the same date", "by then", "by that time")
_SAME_DATE = re.compile(
    r"\b(?:by|on\s+or\s+before|before)\s+(?:the\s+same\s+(?:date|time|day)|that\s+(?:same\s+)?(?:date|time|day)|then)\b",
    re.I,
)

# the end of a sentence inside a paragraph ("... by 07/10/2026. She will ...")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)\]])\.\s+(?=[A-Z])")


def _outline_parts(marker: str | None) -> list[str] | None:
    """ "5.1.1" -> ["5", "1", "1"], "A.2)" -> ["a", "2"], "(3)" -> ["3"]; None for bullets and other marks."""
    if not marker:
        return None
    text = marker.strip().strip("().").lower()
    if not re.fullmatch(r"(?:\d{1,3}|[a-z])(?:\.\d{1,3})*", text):
        return None
    return text.split(".")


def _outline_level(goal_marker: str | None, marker: str | None) -> int | None:
    """How deep a typed outline number sits under the goal's own: 1 for "5.1.1" under goal "5.1" (or "A.1" under
    goal "A"), 2 for "5.1.1.1", 0 for the next goal "5.2"; None when the numbers do not belong together."""
    goal_parts, parts = _outline_parts(goal_marker), _outline_parts(marker)
    if goal_parts is None or parts is None:
        return None
    if len(parts) > len(goal_parts) and parts[: len(goal_parts)] == goal_parts:
        return min(len(parts) - len(goal_parts), 2)
    if len(goal_parts) > 1 and len(parts) == len(goal_parts) and parts[:-1] == goal_parts[:-1]:
        return 0
    return None


def split_items(text: str) -> list[str]:
    """Split an interventions cell or value into items: lines, bullets, or ";"-separated phrases."""
    lines = [
        strip_list_marker(line.strip())[0].strip() for line in re.split(r"\n|•|▪|●", text) if line.strip()
    ]
    items: list[str] = []
    for line in lines:
        parts = [p.strip() for p in line.split(";") if p.strip()]
        if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
            items.extend(parts)
        else:
            items.append(line)
    return items


class GoalsMixin(BuilderState):
    """Problems, goals and objectives: element labels, their facts, and unlabelled lists under goal headings."""

    def _text_with_facts(
        self, line: Line, segments: list[Segment], marker: str | None, depth: int | None
    ) -> bool:
        """A goal or objective written without a label but followed by its facts on the same line."""
        facts = [(subfield_key(seg.label), seg) for seg in segments[1:] if seg.label]
        if not facts or any(sub is None for sub, _ in facts) or len(facts) != len(segments) - 1:
            return False
        handler = self._intervention_text if self.section.key == "interventions" else self._goal_text
        if not handler(line, segments[0].value, marker, depth):
            return False
        for sub, seg in facts:
            assert sub is not None
            self._apply_subfield(sub, seg.value, line.loc(f"{seg.label}: {seg.value}", seg.value_start))
        return True

    # the column roles of a tab-separated header line in a goals area ("Short-term objective<TAB>Target date"),
    # with where it was written: the lines after it with as many tab-separated parts are its rows
    _tab_header: tuple[list[str], tuple[object, ...]] | None = None
    # where a lone "Target Date" caption of a nested table was written (see note_date_column)
    _date_column: tuple[int | None, int | None, int | None] | None = None
    _lead_in_list = False  # the last unlabelled goal was a list item (so a plain paragraph after it ends the list)
    _lead_in_goal: Goal | None = None  # an unlabelled goal closing with "Specifically:": the list after it is its steps
    _last_target: dt.date | None = None  # the target date stated last in a goal's or objective's own words
    _last_goal_section: str | None = None  # the heading the last goal was written under
    _listed_problem: Problem | None = None  # a labelled problem written as a top-level item of a numbered list
    _grouped_section: str | None = None  # a goals heading whose goals were grouped under sub-headings from the start
    _goal_outline: str | None = None  # the typed outline number of the current goal ("5.1", "A"), when it had one
    # the time frame and date of a lead-in sentence ("By the end of this plan (10 weeks), he will:") with the heading
    # it was written under: they hold for each item of the list after it
    _list_frame: tuple[str | None, dt.date | None, SourceLocation, str | None] | None = None

    def _tabbed_goal_row(self, line: Line, core: str) -> bool:
        """A header line of tab-separated column names naming goals or objectives and their facts ("Objective<TAB>
        By", "Goal<TAB>Baseline<TAB>Target date"), typed with tab stops or a table nested in a cell; the lines
        after it are read as that table's rows: the statement, then each fact of the row on it."""
        where = (line.section.title, line.table, line.row, line.cell)
        parts = [p.strip() for p in re.split(r"\t+", core) if p.strip()]
        if len(parts) < 2:
            return False
        header_roles = tab_header_roles(core)
        if header_roles is not None:
            self._tab_header = (header_roles, where)
            return True
        header = self._tab_header
        if header is None or header[1] != where:
            self._tab_header = None
            return False
        roles = header[0]
        if len(parts) < len(roles) and roles[0] == "label" and not _ROW_NUMBER.fullmatch(parts[0]):
            roles = roles[1:]  # "1.1<TAB>Reduce ...": the number column was read as the row's list marker
        if len(parts) < len(roles) and not _row_prefix(roles, parts):
            return False
        if len(parts) > len(roles):
            return False
        values = dict(zip(roles, parts, strict=False))
        values.pop("label", None)
        statement = values.pop("goal", None) or values.pop("objective", None)
        if not statement or blank_value(statement):
            return False
        if any(element_label(p) for r, p in zip(roles, parts, strict=False) if r != "intervention"):
            return False  # "Goal 1<TAB>...": a labelled element ("Problem-solving therapy" is a treatment's name)
        loc = line.loc(core)
        element: Goal | Objective
        if "objective" in roles and self.goal is not None:
            element = self._new_objective(None, statement, loc)
        else:
            element = self._new_goal(None, statement, loc, line=line)
        for role, value in values.items():
            if blank_value(value):
                continue
            if role == "intervention":
                self._new_intervention(None, value, loc, attach_to_goal=True, focus=False)
            else:
                self.focus = "objective" if isinstance(element, Objective) else "goal"
                self._apply_subfield(role, value, loc)
        self.focus = "objective" if isinstance(element, Objective) else "goal"
        return True

    def note_date_column(self, line: Line, core: str) -> None:
        """A cell line that is only a target-date column's caption ("Target Date", "Target date") over the rows of
        a table nested in the cell, whose empty header cells were dropped: remember where it was written."""
        if line.table is not None and len(core.split()) <= 4 and not has_digit(core) and ":" not in core:
            if subfield_key(core) == "target_date":
                self._date_column = (line.table, line.row, line.cell)

    def _date_column_value(self, line: Line, value: str) -> tuple[str, str] | None:
        """ "Elijah will label 50 items.<TAB>08-15-2026" under a "Target Date" caption in the same cell: the row's
        last cell is a bare date in that column, as (the statement without it, the date); None otherwise."""
        if "\t" not in value or self._date_column != (line.table, line.row, line.cell):
            return None
        head, _, last = value.rpartition("\t")
        if not head.strip() or not _BARE_DATE_CELL.fullmatch(last.strip()) or first_date(last) is None:
            return None
        return head.strip(), last.strip()

    def _bare_objective(self, core: str) -> ElementLabel | None:
        """ "OBJ: Attend daily dosing ..." right under a goal: a bare "Obj:" (which in a SOAP note heads the
        objective findings) is an objective when it follows a goal or another objective of that goal."""
        match = _BARE_OBJ.match(core)
        if match is None or self.goal is None or not match.group("value").strip():
            return None
        last = self._last_element
        if last is not self.goal and not any(last is o for o in self.goal.objectives):
            return None
        return ElementLabel("objective", match.group("label"), False, None, None, match.group("value").strip(), None)

    def _ensure_problem(self, loc: SourceLocation) -> Problem:
        if self.problem is None:
            if self.implicit_problem is None:
                self.implicit_problem = Problem(source=loc)
                self.problems.append(self.implicit_problem)
            self.problem = self.implicit_problem
        return self.problem

    def _new_problem(self, label: str | None, statement: str | None, loc: SourceLocation) -> Problem:
        problem = Problem(label=label, statement=statement or None, source=loc)
        self.problems.append(problem)
        self.problem = problem
        self.goal = self.objective = self.intervention = None
        self.focus = None
        return problem

    def _new_goal(
        self,
        label: str | None,
        statement: str | None,
        loc: SourceLocation,
        *,
        domain: str | None = None,
        line: Line | None = None,
    ) -> Goal:
        problem = self._ensure_problem(loc)
        goal = Goal(label=label, statement=statement or None, domain=domain, source=loc)
        self._last_goal_section = self.section.title
        self._goal_outline = None
        self._time_fields(goal, statement, loc)
        problem.goals.append(goal)
        self._last_element = goal
        self.goal, self.objective, self.intervention = goal, None, None
        self.focus = "goal"
        if line is not None:
            self.goal_indent, self.goal_list_level = line.indent, line.list_level
        return goal

    def _goal_for_objective(self, number: str | None, loc: SourceLocation) -> Goal:
        """The goal an objective belongs to: "Objective 2b" / "STO 2.1" name goal 2 when the plan numbers its goals."""
        if number:
            match = re.match(r"(\d+)(?:[.-]\d|[.-]?[a-z])", number, re.I) or re.match(r"([a-z])[.-]?\d", number, re.I)
            for key in dict.fromkeys((match.group(1), match.group(1).upper(), match.group(1).lower()) if match else ()):
                if key in self.goal_numbers:
                    named = self.goal_numbers[key]
                    if self.goal is not None and named is not self.goal and (
                        any(o.label and re.search(rf"(?<![\w.]){re.escape(number)}$", o.label, re.I) for o in named.objectives)
                        or any(
                            o.label and re.search(rf"(?<![\w.]){re.escape(key)}(?:[.-]\w+|[a-z])$", o.label) for o in self.goal.objectives
                        )
                    ):
                        # "Short-term goal 1a" again, under "Long-term goal 2.1" (and "1b" after it): the numbering
                        # restarted under the goal just read, which the objective follows
                        return self.goal
                    return named  # "Objective A2" under "Goal A", "STO 2.1" under "Goal 2"
        if self.goal is None:
            return self._new_goal(None, None, loc)
        return self.goal

    def _new_objective(
        self, label: str | None, statement: str | None, loc: SourceLocation, *, number: str | None = None
    ) -> Objective:
        goal = self._goal_for_objective(number, loc)
        objective = Objective(label=label, statement=statement or None, source=loc)
        self._time_fields(objective, statement, loc)
        goal.objectives.append(objective)
        self._last_element = objective
        self.goal, self.objective, self.intervention = goal, objective, None
        self.focus = "objective"
        return objective

    def _statement_criteria(self, problems: list[Problem]) -> None:
        """After the walk: a goal or objective whose sentence states its mastery criterion with no label ("Ms. Ruiz
        will run the routine with 90% fidelity across 3 observed sessions") and that has no criterion or target read
        from a column or label gets that clause as its mastery criteria."""
        for problem in problems:
            for goal in problem.goals:
                for element in (goal, *goal.objectives):
                    if element.mastery_criteria or element.target or not element.statement:
                        continue
                    found = _UNLABELLED_MASTERY.search(element.statement)
                    if found is not None and element.source is not None:
                        element.mastery_criteria = found.group("value").strip(" .;,")
                        element.field_sources["mastery_criteria"] = element.source

    def _time_fields(self, element: Goal | Objective, statement: str | None, loc: SourceLocation) -> None:
        if not statement:
            return
        for field, pattern in _INLINE_FACTS:
            # "... by 08/31/2026 (baseline 35% fidelity); mastery: 90% on 3 consecutive observations."
            found = pattern.search(statement)
            if found and field == "baseline" and _pending_baseline(found.group("value")):
                continue  # "... (baseline TBD, probed in week 1)": not known yet
            if found and getattr(element, field) is None:
                setattr(element, field, found.group("value").strip(" .;,"))
                element.field_sources[field] = loc
        target, frame = _time_bound(statement)
        closing = _CLOSING_DATE.search(statement)
        if target is None and closing and not re.search(r"\bbaseline|\bcurrent", statement, re.I):
            target = first_date(closing.group(0))  # "... (panic diary) — 01/20/2026": the date closing the line
        if target is None and frame is None and self._last_target is not None and _SAME_DATE.search(statement):
            target = self._last_target  # "... by May 29, 2026. Second, ...; by the same date she will ..."
        if target is not None and element.target_date is None:
            element.target_date = target
            element.field_sources["target_date"] = loc
        if target is not None:
            self._last_target = target
        if frame and element.time_frame is None:
            element.time_frame = frame
            element.field_sources["time_frame"] = loc

    def _element(
        self,
        label: ElementLabel,
        line: Line,
        core: str,
        segments: list[Segment],
        marker: str | None,
        depth: int | None,
    ) -> None:
        # the element's own value ends where the next known label on the line begins
        value = label.value
        rest: list[Segment] = []
        if len(segments) > 1 and segments[0].label is not None:
            value = segments[0].value
            rest = segments[1:]
            nxt = rest[0]
            if (
                not value
                and nxt.label
                and not subfield_key(nxt.label)
                and not field_key(nxt.label)
                and not element_label(f"{nxt.label}: x")
            ):
                # "Interventions:  Cognitive behavioral therapy: worry exposure, ...": the value has its own colon
                value, rest = f"{nxt.label}: {nxt.value}", rest[1:]
        elif len(segments) > 1:
            # "Obj 2.2  Leon will maintain sobriety: 0 drinks ...": a colon inside the statement is no label of its own
            rest = [
                s for s in segments
                if s.label and (subfield_key(s.label) or field_key(s.label) or element_label(f"{s.label}: x"))
            ]
            if rest and segments[0].label is None and rest[0].start > 0:
                # "Goal 1 — stay off opioids. Objective 1.1: ...": the goal's own words end where the next label starts
                head = core[: rest[0].start].strip()
                own = element_label(head)
                if own is not None and own.label == label.label:
                    value = own.value.rstrip(" .;")
        value = _without_fill(value)
        kind = label.kind
        tail: list[tuple[str, str]] = []
        if kind in ("goal", "objective") and value:
            # "Leo will mand for 10 items. Baseline 2 mands. Mastered at 80% .... Target Aug 3, 2026.": the facts
            # closing the goal's own sentence are its facts (docx.fact_pieces)
            value, tail = fact_tail(value)
            dated = self._date_column_value(line, value)
            if dated is not None:
                value, date_text = dated
                tail.append(("Target date", date_text))
        if kind in ("goal", "objective") and value and (
            blank_value(value) or _FORM_PROMPT.fullmatch(value.strip()) or DEFERRED_ELEMENT.match(value)
        ):
            # "Objectives: N/A", "Objectives: (list at least one measurable objective for each goal)", "Objectives: to
            # be developed at the 30-day review": none written
            self.pending_statement = None
            return
        if kind != "intervention" and self.section.key not in GOAL_SECTION_KEYS + (None, "interventions", "title"):
            # "Problem 1" under "Diagnoses": the plan has moved on to its problems and goals
            self.section = Section(label.label, "goals", self.section.level, "goals")
            line = Line(line.text, self.section, line.paragraph, line.table, line.row, line.cell, line.para,
                        line.cell_offsets)
        statement_loc = line.loc(core)
        note = label.note
        self.pending_statement = None
        if kind == "problem":
            self._new_problem(label.label, value, statement_loc)
            # "1) Problem 1 (Dimension 5): Stop all drug use" as an item of the goals list: see _problem_sub_item
            self._listed_problem = self.problem if marker is not None and depth == 0 else None
            if not value:
                self.pending_statement = "problem"  # "Problem 1" over "Problem description: ..."
        elif kind == "goal":
            self._promote_to_problem(line, label)
            domain = None
            goal_date = None
            if note:
                goal_date = first_date(note)
                if (
                    goal_date is None
                    and not _DOMAIN_STOP.match(note.strip())
                    and len(note.split()) <= 5
                    and element_label(f"{note.strip()}: x") is None  # "Goal 1 (Meta 1):": its label in a second language
                ):
                    domain = note.strip()
            titled = goal_title(value) if domain is None and value else None
            if titled is not None:
                domain, value = titled  # "Goal 1 – Communication. Leo will mand ...": the goal's area, then its words
            kind_words = _GOAL_KIND.match(label.label)
            if domain is None and kind_words is not None:
                domain = kind_words.group("kind").strip()  # "Caregiver Goal 4", "Skill Acquisition Goal 1": its area
            goal = self._new_goal(label.label, value, statement_loc, domain=domain, line=line)
            self.goal_marker, self.goal_depth = True, None
            self._goal_outline = marker or label.number  # "5.1  Goal: ..." then "5.1.1 ...", "Goal A" then "A.1 ..."
            if label.number:
                self.goal_numbers[re.match(r"\d+|.*", label.number).group(0)] = goal
            if goal_date and goal.target_date is None:
                goal.target_date = goal_date
                goal.field_sources["target_date"] = statement_loc
            if not value:
                self.pending_statement = "goal"
        elif kind == "objective":
            # a short-term goal with no long-term goal above it (or beside other short-term goals) is a goal itself
            # an ABA "Target 2 — Transitions" with no goal above names the skill a goal is written for
            target = label.label.lower().startswith("target") and label.number is not None
            as_goal = (label.long_term is False or target) and (
                self.goal is None or id(self.goal) in self._peer_goals
            )
            caption = self._record_caption(line) if label.number is None and value else None
            if caption is not None:
                # "1.1  Meltdowns" over "Objective | Reduce meltdowns ..." and its baseline and mastery rows
                self._captioned_goal(caption, label.label, value, statement_loc, line)
            else:
                element: Goal | Objective
                if as_goal:
                    named = target and value and len(value.split()) <= 5 and not GOAL_WORDS.search(value)
                    element = self._new_goal(
                        label.label, None if named else value, statement_loc, line=line, domain=value if named else None
                    )
                    self._peer_goals.add(id(element))
                    self.pending_statement = "goal" if named or not value else None
                else:
                    element = self._new_objective(label.label, value, statement_loc, number=label.number)
                    if not value:
                        self.pending_statement = "objective"
                note_date = first_date(note) if note else None
                if note_date is not None and element.target_date is None:
                    element.target_date = note_date  # "Objective 1.1 (target 02/13/2026):", "Benchmark (04/20/2026):"
                    element.field_sources["target_date"] = statement_loc
        else:
            attach = self.section.key in GOAL_SECTION_KEYS or (self.goal is not None and self.section.key is None) or (
                self.section.key == "title" and self._goal_in_section()  # "Goal 1: ..." then "Strategies: ..." under the title
            )
            if label.plural and not attach and value:
                self._plan_interventions(value, statement_loc, label=label.label)
            else:
                items = split_items(value) if label.plural else [value]
                for item in items or [""]:
                    self._new_intervention(label.label, item, statement_loc, attach_to_goal=attach)
        for fact, fact_value in tail:
            sub = subfield_key(fact)
            if sub is not None:
                self._apply_subfield(sub, fact_value, statement_loc)
        for position, seg in enumerate(rest):
            if seg.label is None:
                continue
            following = element_label(f"{seg.label}: {seg.value}") if not subfield_key(seg.label) else None
            if following is not None and following.label == seg.label:
                # "Problem: ... Goal: ...": the next element on the same line, with the labels after it
                text = f"{seg.label}: {seg.value}"
                self._element(following, line, text, [seg, *rest[position + 1 :]], None, None)
                return
            sub = subfield_key(seg.label)
            loc = line.loc(f"{seg.label}: {seg.value}", seg.value_start)
            if sub and self._apply_subfield(sub, seg.value, loc):
                continue
            key = field_key(seg.label)
            if key is None or self._apply_label(line, seg, segments, 0) is None:
                self._free(line, f"{seg.label}: {seg.value}")

    def _record_caption(self, line: Line) -> tuple[str | None, str] | None:
        """ "1.1  Meltdowns", "C1  Manding", "Hand-biting": the caption row of the small table the line was read from,
        naming one target, as (its number, its name); None unless the table's title row was read as a heading
        that names no known section. Such a table is one target's record: its "Objective" row is the target's
        statement and its other rows the target's facts (baseline, mastery criteria, target date)."""
        loc = self.section_loc
        if (
            line.table is None
            or self.section.key is not None
            or loc is None
            or loc.table != line.table
            or loc.row is None
            or (line.row is not None and line.row <= loc.row)
        ):
            return None
        caption = " ".join((self.section.title or "").split())
        match = _CAPTION.fullmatch(caption)
        if match is None or GOAL_WORDS.search(match.group("name")) or any(True for _ in find_dates(caption)):
            return None
        return match.group("number"), match.group("name").strip()

    def _captioned_goal(
        self, caption: tuple[str | None, str], label: str, value: str, loc: SourceLocation, line: Line
    ) -> None:
        """The statement row of a captioned target table: a goal of its own, or an objective when its number is an
        outline child of a goal already read ("1.2" under "Goal 1") or a goal was read right before the table and
        has nothing under it yet ("Caregiver goal: ..." over the table)."""
        number, name = caption
        parent = re.match(r"(\d{1,2})[.-]\d", number or "")
        goal = self.goal
        if parent is not None and parent.group(1) in self.goal_numbers:
            self._new_objective(number or label, value, loc, number=number)
            return
        if (
            goal is not None
            and id(goal) not in self._peer_goals
            and self._last_element is goal
            and not goal.objectives
            and goal.source is not None
            and goal.source.table != line.table
        ):
            self._new_objective(number or label, value, loc)
            return
        element = self._new_goal(number or label, value, loc, domain=name, line=line)
        self._peer_goals.add(id(element))

    def _target(self) -> Goal | Objective | Intervention | None:
        if self.focus == "intervention" and self.intervention is not None:
            return self.intervention
        if self.focus == "objective" and self.objective is not None:
            return self.objective
        if self.focus in ("goal", "objective") and self.goal is not None:
            return self.goal
        return None

    def _apply_subfield(self, sub: str, value: str, loc: SourceLocation) -> bool:
        """Set a fact on the element in focus; False when it has no such fact."""
        value = checked_options(value).strip()
        target = self._target()
        if target is None:
            return False
        if blank_value(value):
            return True
        if isinstance(target, Intervention):
            if sub in ("frequency", "amount", "duration", "time_frame"):
                self._intervention_quantities(target, sub, value, loc)
            elif sub == "responsible":
                target.responsible_staff = value
                target.field_sources["responsible_staff"] = loc
            elif sub == "service_code":
                target.service_code = value.split()[0]
                target.field_sources["service_code"] = loc
            elif sub == "modality":
                target.modality = value
                target.field_sources["modality"] = loc
            elif sub == "status":
                return True
            else:
                goal_target = self.objective if self.objective is not None else self.goal
                if goal_target is None:
                    return False
                self.focus = "objective" if goal_target is self.objective else "goal"
                return self._apply_subfield(sub, value, loc)
            return True
        # goals and objectives
        if (
            sub == "target"
            and isinstance(target, Objective)
            and self.goal is not None
            and self.goal.target is None
            and _OUTCOME_LABEL.match(loc.text or "")
        ):
            # "Benchmark (04/20): 2-3 turns ..." then "Outcome (07/31): 4+ turns ...": the outcome is the goal's
            target = self.goal
            note_date = first_date((loc.text or "").split(":")[0])
            if note_date is not None and target.target_date is None:
                target.target_date = note_date
                target.field_sources["target_date"] = loc
        if sub in ("target", "domain") and self._target_sentence(target, value, loc):
            return True
        if sub == "measure" and _METHOD_LABEL.match(loc.text or "") and _TREATMENT_WORDS.search(value):
            # "Goal: infection resolved. Method: wound care daily by nursing; ...": how the goal will be reached
            for piece in split_items(value):
                self._new_intervention(None, piece, loc, attach_to_goal=True, focus=False)
            return True
        if sub == "target_date":
            date = first_date(value)
            if date is not None:
                target.target_date = date
                target.field_sources["target_date"] = loc
            elif target.time_frame is None:
                target.time_frame = value
                target.field_sources["time_frame"] = loc
            return True
        if sub == "target" and first_date(value) is not None and len(value.split()) <= 4:
            return self._apply_subfield("target_date", value, loc)
        if sub in ("baseline", "mastery_criteria", "measure"):
            value, tail = fact_tail(value, min_words=1)  # "80% over 3 sessions. Target date 08/03/2026"
            for fact, fact_value in tail:
                fact_sub = subfield_key(fact)
                if fact_sub is not None and fact_sub != sub:
                    self._apply_subfield(fact_sub, fact_value, loc)
                    self.focus = "objective" if isinstance(target, Objective) else "goal"
        if sub == "baseline" and _pending_baseline(value):
            return True  # "Data collection in progress", "to be established": no baseline recorded yet
        if sub in ("baseline", "target", "measure", "time_frame", "mastery_criteria", "domain"):
            if getattr(target, sub) is None:
                setattr(target, sub, value)
                target.field_sources[sub] = loc
            return True
        if sub == "status":
            return True
        if sub in ("frequency", "amount", "duration", "responsible", "service_code", "modality"):
            interventions = target.interventions
            if interventions:
                self.intervention = interventions[-1]
                self.focus = "intervention"
                return self._apply_subfield(sub, value, loc)
            return False
        return False

    def _target_sentence(self, element: Goal | Objective, value: str, loc: SourceLocation) -> bool:
        """ "Skill Acquisition Goal 1 — Conversation" then "Target: Aubree will ask a peer a follow-up question": a goal
        named by a short title whose "Target" is the target behaviour written as the goal's sentence. The sentence
        becomes the statement and the title joins the domain; the "Criterion:" after it is then the level."""
        title = (element.statement or "").strip()
        if element.target is not None or (isinstance(element, Goal) and element.objectives):
            return False
        if not re.search(r"\bwill\b", value, re.I) or len(value.split()) < 3:
            return False
        if title and (len(title.split()) > 5 or title.endswith((".", ";", "!", "?")) or GOAL_WORDS.search(title)):
            return False
        if title:
            element.domain = f"{element.domain}: {title}" if element.domain and element.domain != title else title
            if element.source is not None:
                element.field_sources["domain"] = element.source
        element.statement = value
        element.field_sources["statement"] = loc
        self._time_fields(element, value, loc)
        return True

    def _fill_statement(self, line: Line, core: str) -> None:
        kind = self.pending_statement
        self.pending_statement = None
        loc = line.loc(core)
        core = STATEMENT_LABEL.sub("", core) or core  # "Problem description: ...", "Statement: ..."
        element: Problem | Goal | Objective | None = (
            self.objective if kind == "objective" else self.problem if kind == "problem" else self.goal
        )
        if element is None or element.statement:
            self._free(line, core)
            return
        element.statement = core
        if isinstance(element, Problem):
            return
        element.field_sources["statement"] = loc
        self._time_fields(element, core, loc)

    def _goal_text(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        """An unlabelled line in a goals section: a goal, an objective under it, or an intervention, by list depth.

        Typed markers decide the depth ("1." goal, "a." / "1.a" / "1.1" objective, "i." intervention), then
        Word list levels, then indentation under the goal. A lettered item with no goal above it is a goal.
        """
        if blank_value(core):
            return True  # a fill line left for goals to be written on
        core = STATEMENT_LABEL.sub("", core).strip() or core  # "Statement: Leo will ..." under a "GOAL 1" caption
        if DEFERRED_ELEMENT.match(core) or _DEFERRED_SENTENCE.match(core):
            # "To be developed with the client at the 30-day review", "Objectives for this goal will be developed at
            # the next session": no element yet
            self._free(line, core)
            return True
        loc = line.loc(core)
        if _ABOUT_THE_PLAN.match(core):
            return False  # "Plan will be updated by 05/08/2026": the plan's review, not a goal
        if _PROGRESS_NOTE.match(core):
            return False  # "Progress will be measured with the PHQ-9 monthly": how goals are followed, not a goal
        if _ATTESTATION.match(core):
            return False  # "I have reviewed this plan of care and certify that ...": a sign-off, not a goal
        head = split_labels(core)[0]
        if head.label and head.value:
            named = match_section(head.label)
            if named.key in ("discharge", "other") and named.score >= 95:
                return False  # "Discharge criteria: mastery of 80% of goals ...": another part of the plan
        listed = marker is not None or line.list_level is not None
        if not listed and self._list_lead_in(line, core):
            return True
        if not listed and _GOALS_ANNOUNCED.search(core) and not _STEPS_LEAD_IN.search(core):
            self._free(line, core)  # "We agreed on these goals. Each goal has the steps we will use to see progress:"
            return True
        if not listed:
            self._list_frame = None  # a plain paragraph ends the list the lead-in announced
        if marker is None and len(core) > 120 and self._narrative_goal(line, core):  # type: ignore[attr-defined]
            return True  # a paragraph announcing its goals ("His first goal is ...: he will ...")
        if marker is None and line.table is None and self._dated_goal_sentences(line, core):
            return True
        if (
            not listed
            and self._lead_in_list
            and self._goal_in_section()
            and GOALS_LIST_LEAD_IN.search(self.section.title or "")
        ):
            return False  # "Our goals are:" announces a list; the paragraph after the list is about something else
        outline = marker is not None and depth is None and marker[:1].isupper()
        if outline and len(core.split()) <= 6 and not GOAL_WORDS.search(core) and not core.endswith("."):
            self._new_problem(None, core, loc)  # "A.  Communication" in a typed outline names an area
            return True
        level = depth
        relative = _outline_level(self._goal_outline, marker) if self._goal_in_section() else None
        if relative is not None:
            level = relative  # "5.1  Goal: ..." then "5.1.1 ..." (its objective) and "5.2 ..." (the next goal)
        elif listed and self._lead_in_goal is not None and self.goal is self._lead_in_goal and self._goal_in_section():
            level = 1  # "... he will return to the activities he has avoided. Specifically:" then "(1) ...", "(2) ..."
        elif line.list_level is not None and marker is None:
            base = self.goal_list_level if self.goal is not None and self._goal_in_section() else None
            if base is None and self._list_under_plain_goal():
                base = -1  # "Goal 1: ..." as a plain paragraph, then a numbered list: the goal's objectives
            # levels count from the goal's own level: goals at level 1 under level-0 headings have objectives at 2
            level = min(max(line.list_level - base, 0) if base is not None else line.list_level, 2)
        if level is None and self.goal is not None and self._goal_in_section():
            if (line.indent and self.goal_indent is not None and line.indent > self.goal_indent) or (
                marker is not None and depth is None and self.goal_marker
            ):
                level = 1
        if level is not None and level >= 1 and depth is not None and depth >= 1 and self._problem_sub_item():
            # "1) Problem 1: Stop all drug use" under "Goals:", then "a. ... - by 3/30/26": the problem stands in
            # the goals list, its lettered items are one level down, objectives (of a goal it states no words for)
            self._new_objective(marker, core, loc)
            self.goal_marker, self.goal_depth = True, 0
            self._apply_list_frame()
            return True
        if level is not None and level >= 1 and (self.goal is None or not self._goal_in_section()):
            level = 0
        elif level is not None and level >= 1 and depth is not None and depth == self.goal_depth:
            level = 0  # "a. ...", "b. ...": the list of goals itself is lettered
        if level is None and not listed and self._statement_under_title(line, core):
            return True  # "1. On-task behavior" over "Jaylen will stay on task during ...": one goal
        if level == 0 or level is None:
            if not listed and not GOAL_WORDS.search(_DATA_NOTE.sub(" ", core)) and not _QUOTED_AIM.fullmatch(core):
                if (
                    self.section.key in GOAL_SECTION_KEYS
                    and len(core.split()) <= 8
                    and not core.endswith(".")
                    and not re.search(r"\d{5,}", core)  # "Medical Director NPI 1473029589" is no problem name
                    and not any(True for _ in find_dates(core))
                ):
                    if self._last_goal_section != self.section.title:
                        self._grouped_section = self.section.title  # the goals here are grouped under sub-headings
                    self._new_problem(None, core, loc)  # a problem name written as a sub-heading
                    return True
                return False
            objectives_section = self.section.key == "objectives" and (
                "goal" not in (self.section.synonym or "") or self._long_term_goal_above()
            )
            if objectives_section and self.goal is not None and id(self.goal) not in self._peer_goals:
                # "1.2  Attend ... " under "Behavioral Objectives": goal 1's second objective
                self._new_objective(marker, core, loc, number=(marker or "").strip("().") or None)
            elif self._problems_heading():
                # "PROBLEM LIST" then "1. Panic attacks 3-4 times per week ...": problems; their goals come later
                label = marker.strip() if marker and any(c.isalnum() for c in marker) else None
                self._new_problem(label, core, loc)
            else:
                label = marker if marker and any(c.isalnum() for c in marker) else None  # a bullet is no label
                goal = self._new_goal(label, core, loc, line=line)
                self._goal_outline = marker
                self._lead_in_list = listed
                self._lead_in_goal = goal if not listed and _STEPS_LEAD_IN.search(core) else None
                if objectives_section:
                    # short-term goals listed before any long-term goal: peers, not objectives of the first
                    self._peer_goals.add(id(goal))
                self.goal_marker = marker is not None and depth == 0
                self.goal_depth = depth
            self._group_time_frame(loc)
            self._apply_list_frame()
            return True
        if level == 1:
            if not listed and not GOAL_WORDS.search(core) and len(core.split()) < 3:
                return False
            self._new_objective(marker, core, loc)
            self._group_time_frame(loc)
            self._apply_list_frame()
            return True
        self._new_intervention(marker, core, loc, attach_to_goal=True)
        return True

    def _list_lead_in(self, line: Line, core: str) -> bool:
        """ "By the end of this plan of care (10 weeks), Mr. Abernathy will:" over a list of goals: a sentence the
        items complete, no goal of its own. Its time frame ("(10 weeks)", "within 8 weeks") or date ("by
        03/31/2026") is kept for the items of the list that follows."""
        if not list_lead_in(core):
            return False
        head = _LIST_LEAD_IN.sub("", core)
        target, frame = _time_bound(head)
        group = _GROUP_FRAME.search(head)
        if group is not None:
            frame = group.group(1)
        self._list_frame = (frame, target, line.loc(core), self.section.title)
        self._free(line, core)
        return True

    def _apply_list_frame(self) -> None:
        """The lead-in's time frame and date on the element just read from its list, when it has none of its own."""
        if self._list_frame is None:
            return
        frame, target, loc, section = self._list_frame
        element = self.objective if self.focus == "objective" else self.goal
        if element is None or section != self.section.title:
            return
        if target is not None and element.target_date is None:
            element.target_date = target
            element.field_sources["target_date"] = loc
        if frame and element.time_frame is None and element.target_date is None:
            element.time_frame = frame
            element.field_sources["time_frame"] = loc

    def _statement_under_title(self, line: Line, core: str) -> bool:
        """ "1. On-task behavior" (or "Goal 2: Elopement") over "Jaylen will remain in the assigned area ...": a goal
        named by a short title, its sentence on the next line. The title becomes the goal's domain and the sentence
        its statement, when the goal was the last thing read and nothing has been attached to it yet."""
        goal = self.goal
        if (
            goal is None
            or self._last_element is not goal
            or not self._goal_in_section()
            or not goal.statement
            or goal.domain
            or goal.objectives
            or goal.interventions
            or goal.target_date is not None
            or goal.time_frame
            or goal.baseline
            or goal.mastery_criteria
            or not GOAL_WORDS.search(core)
            or len(core.split()) < 4
        ):
            return False
        title = goal.statement.strip()
        if (
            len(title.split()) > 5
            or title.endswith((".", ":", ";", "!", "?"))
            or GOAL_WORDS.search(title)
            or re.search(r"\d", title)
        ):
            return False
        loc = line.loc(core)
        goal.domain, goal.statement = title, core
        if goal.source is not None:
            goal.field_sources["domain"] = goal.source
        goal.field_sources["statement"] = loc
        self._time_fields(goal, core, loc)
        return True

    def _item_under_goal(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        """A list item right under a labelled goal written outside any goals heading ("Goal 1: ..." under the
        plan's title, then "• Reduce panic attacks from 4 to 1 per week — 01/20/2026"): an objective of it."""
        if marker is None and line.list_level is None and self.section.key in (None, "title"):
            if self._statement_under_title(line, core):
                return True  # "Goal 1: Elopement" over "Kai will remain in the assigned area ..."
        goal = self.goal
        if (
            goal is None
            or (marker is None and line.list_level is None)
            or self.section.key not in (None, "title")
            or not goal.label
            or not self._goal_in_section()
            or not (self._last_element is goal or any(self._last_element is o for o in goal.objectives))
            or not GOAL_WORDS.search(core) and len(core.split()) < 3
        ):
            return False
        self._new_objective(marker if marker and any(c.isalnum() for c in marker) else None, core, line.loc(core))
        return True

    def _problem_sub_item(self) -> bool:
        """True for a sub-item right under a problem written as a numbered item of a goals list (the heading names
        goals, not problems), before any goal of that problem."""
        problem = self._listed_problem
        title = self.section.title or ""
        return (
            problem is not None
            and self.goal is None
            and problem is self.problem
            and not problem.goals
            and problem.source is not None
            and problem.source.section == self.section.title
            and self.section.key in GOAL_SECTION_KEYS
            and re.search(r"goal", title, re.I) is not None
            and re.search(r"problem|need|issue|concern", title, re.I) is None
        )

    def _problems_heading(self) -> bool:
        """True under a heading that names problems only ("Problem List", "Identified Problems"), not goals."""
        title = (self.section.title or "").lower()
        return (
            self.section.synonym in ("problem list", "problems", "identified problems")
            and "goal" not in title
            and "objective" not in title
        )

    def _dated_goal_sentences(self, line: Line, core: str) -> bool:
        """A goals paragraph of several sentences, two or more of them with a target date or time frame of their
        own ("Irene will walk 150 feet ... by 07/10/2026. She will transfer ... by 06/30/2026."): each such sentence
        is a goal; the others (rehab potential, discharge plans) are kept as text."""
        sentences = [s.strip() for s in _SENTENCE_BREAK.split(core) if s.strip()]
        if len(sentences) < 2:
            return False
        dated = [s for s in sentences if any(_time_bound(s)) and GOAL_WORDS.search(s) is not None]
        if len(dated) < 2:
            return False
        loc = line.loc(core)
        for sentence in sentences:
            if sentence in dated:
                self._new_goal(None, sentence, loc, line=line)
            else:
                self._free(line, sentence)
        return True

    def _promote_to_problem(self, line: Line, label: ElementLabel) -> None:
        """ "1. Avoidance of social situations." followed by "Goal: Take part in ...": the numbered line was the
        problem the labelled goal answers. It is read again as a problem when it was the last element read, is
        a bare list item with nothing attached, and sits under the same heading."""
        goal, problem = self.goal, self.problem
        if (
            goal is None
            or problem is None
            or label.number
            or self.objective is not None
            or not goal.label
            or not _TYPED_MARKER.fullmatch(goal.label)
            or goal.objectives
            or goal.interventions
            or goal.target_date is not None
            or goal.source is None
            or goal.source.section != line.section.title
            or not problem.goals
            or problem.goals[-1] is not goal
            or self._last_element is not goal
        ):
            return
        problem.goals.pop()
        promoted = self._new_problem(goal.label, goal.statement, goal.source)
        if not problem.goals and not problem.statement and problem in self.problems:
            self.problems.remove(problem)
            if self.implicit_problem is problem:
                self.implicit_problem = None
        self.problem = promoted

    def _anchor_line(self, core: str) -> bool:
        """ "For problem 1:", "Under goal 2:": the items that follow belong to that problem's (or goal's) goal."""
        match = PROBLEM_ANCHOR.fullmatch(core)
        if match is None:
            return False
        number = match.group("number")
        goal = None
        if match.group("kind").lower().startswith("goal"):
            goal = self.goal_numbers.get(number)
            if goal is None:
                goals = [g for p in self.problems for g in p.goals]
                goal = goals[int(number) - 1] if number.isdigit() and 0 < int(number) <= len(goals) else None
        else:
            numbered = [p for p in self.problems if p.label and re.match(rf"\(?{number}\b", p.label)]
            candidates = numbered or [p for p in self.problems if p.goals]
            index = 0 if numbered else (int(number) - 1 if number.isdigit() else -1)
            if 0 <= index < len(candidates) and candidates[index].goals:
                goal = candidates[index].goals[-1]
        if goal is None:
            return False
        self.goal, self.objective, self.intervention, self.focus = goal, None, None, "goal"
        self._anchor_goal = goal
        return True

    def _group_time_frame(self, loc: SourceLocation) -> None:
        """ "Long-term goals (10 weeks)", "STG (4 wks):", "Goals to be achieved by the end of the plan period:": the
        heading's time frame holds for each goal under it."""
        title = self.section.title or ""
        group = _GROUP_FRAME.search(title)
        frame = group.group(1) if group else _time_bound(title)[1]
        element = self.objective if self.focus == "objective" else self.goal
        if frame is None or element is None or element.time_frame is not None or element.target_date is not None:
            return
        if self.section_loc is None or (self.section_loc.section or "").rstrip(" :") != title.rstrip(" :"):
            return
        element.time_frame = frame
        element.field_sources["time_frame"] = self.section_loc or loc

    def _long_term_goal_above(self) -> bool:
        """True when a goal written before the current heading awaits its short-term goals ("Goal: stop all use"
        then "Short-term goals:" and a numbered list): those are its objectives, not goals of their own."""
        goal = self.goal
        return (
            goal is not None
            and id(goal) not in self._peer_goals
            and goal.source is not None
            and goal.source.section != self.section.title
            and all(o.source is None or o.source.section == self.section.title for o in goal.objectives)
            and self.problem is not None
            and len(self.problem.goals) == 1  # several long-term goals above: which one is not said
        )

    def _list_under_plain_goal(self) -> bool:
        """True when a Word list item follows a goal named by a label or typed number on a paragraph of its own
        ("Goal 1: Sleep through the night." then numbered or bulleted lines), right after the goal or its other
        items: the list holds that goal's objectives, not goals of their own."""
        goal = self.goal
        return (
            goal is not None
            and bool(goal.label)
            and bool(goal.statement)
            and self.goal_list_level is None
            and self._goal_in_section()
            and (self._last_element is goal or any(self._last_element is o for o in goal.objectives))
        )

    def _goal_in_section(self) -> bool:
        """True when the current goal was written under the current heading (not in an earlier section)."""
        return self.goal is not None and (
            self.goal is self._anchor_goal
            or (self.goal.source is not None and self.goal.source.section == self.section.title)
        )


