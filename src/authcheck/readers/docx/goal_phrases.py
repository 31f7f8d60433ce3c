"""What the lines of a plan's goals say, as text tests: time frames and target dates inside a statement, lead-in
sentences that a list of goals completes, sentences about the goals that are no goals themselves (progress notes,
deferred elements, attestations), pending baselines, facts written inside a goal's sentence, and outline numbers.

Plain functions and patterns, no builder state; docx.goals and the table readers use them.
"""

from __future__ import annotations

import datetime as dt
import re

from authcheck.parsing import find_dates
from authcheck.parsing.dates import DATE_TEXT
from authcheck.readers.docx.fact_pieces import fact_line
from authcheck.readers.docx.labels import strip_list_marker, subfield_key
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.state import GOAL_SECTION_KEYS

# a label with an item number: "Domain 2", "Skill area #3" (the number names the goal it heads)
_NUMBERED_LABEL = re.compile(r"\s*(?P<label>[A-Za-z][A-Za-z ]{1,30}?)\s*#?\s*(?P<number>\d{1,2})\s*$")


def area_number(label: str) -> str | None:
    """The number of a numbered area label ("Domain 2", "Skill area #3", "Area 1"), None for any other label: a goals
    list that numbers its areas heads each goal with its area, so "Domain 2: Behavior reduction" after goal 1's facts
    is the area of the goal that follows, not a fact of goal 1."""
    found = _NUMBERED_LABEL.fullmatch(label)
    if found is None or subfield_key(found.group("label")) != "domain":
        return None
    return found.group("number")


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

GROUP_FRAME = re.compile(
    r"\(\s*((?:\d+(?:\s*(?:-|–|to)\s*\d+)?|one|two|three|four|six|eight|ten|twelve)\s*"
    r"(?:days?|weeks?|wks?|months?|mos?|years?|visits?|sessions?))\s*(?:[,;][^()]*)?\)",  # "(4 weeks, by 03/03/2026)"
    re.I,
)
# a caption over a group of goals naming only their term ("SHORT TERM (4 weeks, by 03/03/2026):", "Long-term:",
# "LONG RANGE (6 months)"): read in a goals section only ("Long-term care facility:" names no group)
TERM_CAPTION = re.compile(
    r"(?P<term>short|long)[\s-]*(?:term|range)\s*(?P<note>\((?:[^()]|\([^()]{0,30}\)){1,60}\))?\s*:?", re.I
)
# the words of a note that only says when a group of goals is due ("to be met by 07/06/2026", "within 12 weeks")
_TIME_NOTE_WORDS = frozenset(
    "to be met achieved completed reached attained accomplished by before within in over the next no later than on or "
    "target date dates due expected anticipated projected end of plan period until through thru".split()
)
# "Plan will be updated by ...", "The treatment plan will be reviewed ...": a sentence about the plan itself
ABOUT_THE_PLAN = re.compile(
    r"(?:the\s+|this\s+)?(?:treatment\s+)?plan\s+(?:will|is\s+to)\s+be\s+(?:updated|reviewed|revised|re-?evaluated)\b",
    re.I,
)
# a sentence on what the treatment will be ("Treatment will include flexion-biased therapeutic exercise (97110), ...",
# "Skilled services to consist of ...", "Interventions will include ..."): the plan's treatment, no goal ("Pt will
# include ..." is the client's act and stays a goal)
TREATMENT_NOTE = re.compile(
    r"\s*(?:the\s+|(?:his|her|their)\s+)?(?:(?:skilled\s+)?(?:treatment|tx|interventions?|services?|therapy|therapies)"
    r"(?:\s+(?:plan|sessions?|interventions?|services?))?|plan\s+of\s+care|poc)\s+"
    r"(?:will\s+|to\s+|shall\s+|is\s+to\s+|are\s+to\s+)?(?:include|includes|consist\s+of|consists\s+of|comprise|comprises|"
    r"involve|involves|be\s+comprised\s+of)\b",
    re.I,
)
# a sentence on the prognosis or on discharge once the goals are met ("Rehab potential is good.", "Prognosis for the
# stated goals: fair", "She will be discharged to outpatient PT once goals are met", "Discharge is planned when goals
# are achieved"): said about the goals, no goal of its own
PROGNOSIS_NOTE = re.compile(
    r"\s*(?:(?:the\s+)?(?:client|patient|pt)(?:['’]s|s['’])?\s+|his\s+|her\s+|their\s+|overall\s+)?"
    r"(?:(?:rehab(?:ilitation|ilitative)?|functional|treatment)\s+potential|prognosis|potential\s+(?:to|for)\s+"
    r"(?:achiev\w*|meet\w*|reach\w*|attain\w*)\s+(?:the\s+|these\s+|stated\s+|all\s+|her\s+|his\s+|their\s+)?goals)\b"
    r"(?=\s*(?:[:\-–—]|is\b|was\b|appears\b|remains\b|for\b|to\b|good|fair|poor|excellent|guarded))"
    r"|\s*(?:(?:she|he|they|the\s+(?:client|patient)|client|patient|pt)\s+will\s+be\s+discharged|"
    r"discharge\s+(?:is\s+|will\s+be\s+)?(?:planned|anticipated|expected|recommended))\b"
    r"[^.;]{0,80}?\b(?:once|when|after|upon|as\s+soon\s+as)\s+(?:all\s+|the\s+|her\s+|his\s+|their\s+)?"
    r"(?:goals?|objectives?)\s+(?:are\s+|is\s+|have\s+been\s+|has\s+been\s+)?(?:met|achieved|reached|attained|mastered)\b",
    re.I,
)
# a sentence on how progress is followed ("Progress will be measured with the PHQ-9 monthly", "Outcomes are tracked
# by session data", "We will re-administer the GAD-7 every 4 weeks to track progress"): no goal of its own
PROGRESS_NOTE = re.compile(
    r"\s*(?:(?:the\s+)?(?:client|patient|individual|member|child)(?:['’]s|s['’])?\s+|his\s+|her\s+|their\s+|the\s+|overall\s+)?"
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
DEFERRED_SENTENCE = re.compile(
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
ATTESTATION = re.compile(
    r"\s*(?:[☐☒☑■□xX]\s*)?(?:I|[Ww]e)\s+(?:have\s+(?:reviewed|read|approved)|hereby\s+certify|certify|attest|"
    # the client's consent under the signatures ("I participated in developing this plan ...", "I understand I may
    # request a copy ...", "I agree with this plan"); "I will ask for help ..." in the client's voice is a goal
    # (through a fax and OCR: "I parlicipated", "I under5tand": the l/1/I/t and s/5 slips in the telling verbs)
    r"(?:have\s+)?(?:par[tl1I]ic[il1I|]pa[tl1I]ed|took\s+part|helped)\s+in\s+(?:developing|the\s+development|creating|"
    r"writing|planning|making)|under[s5][tl1I]and\s+(?:that|I\s+(?:may|can|have))|agree\s+(?:to|with)\s+(?:this|the|my)\s+"
    r"(?:plan|treatment|services)|(?:have\s+)?received\s+a\s+copy|consent\s+to)\b",
)
# "Outcome (07/31/2026):", "Expected outcome:", "Final outcome:": the level the goal itself ends at
OUTCOME_LABEL = re.compile(r"\s*(?:expected\s+|final\s+|long[\s-]*term\s+|desired\s+)?outcome\b[^:]{0,30}:", re.I)
# "Method:" names how a goal is measured or, with words of treatment, how it is reached
METHOD_LABEL = re.compile(r"\s*methods?\s*:", re.I)
TREATMENT_WORDS = re.compile(
    r"\b(?:therap\w*|counsel\w*|groups?|sessions?|nursing|care|management|training|education|interviewing|"
    r"medications?|dosing|follow-up|visits?|program|treatment|psychotherapy|coaching)\b",
    re.I,
)
# the label of an element's statement on the line after the element's own label
STATEMENT_LABEL = re.compile(
    r"^(?:(?:(?:problem|need|goal|objective|issue)\s+)?(?:description|statement|narrative|text|name)"
    r"|(?:measurable|smart|specific)\s+goal)\s*:\s*(?=\S)",  # "Measurable goal: Jaylen will ..." in a goal's card
    re.I,
)
TYPED_MARKER = re.compile(r"\(?(?:\d{1,2}|[a-zA-Z]|[IVX]{1,4})[.)]")
# "Problem/Goal 1:", "Need / Treatment goal 2": one label naming a problem and its goal at once; its words are both
PROBLEM_AND_GOAL = re.compile(
    r"^(?:identified\s+)?(?:problem|need|issue|concern|barrier|problem\s+area|area\s+of\s+need)s?\s*/\s*"
    r"(?:(?:long[\s-]*term|treatment|recovery)\s+)?goal\b",
    re.I,
)
PROBLEM_ANCHOR = re.compile(
    r"(?:for|under|re|regarding)\s+(?P<kind>problem|goal|need)\s*(?:#|no\.?)?\s*(?P<number>\d{1,2}|[a-z])\s*[:.)-]?",
    re.I,
)
DOMAIN_STOP = re.compile(
    r"^(?:ltg|stg|long[\s-]*term|short[\s-]*term|met|not met|partially met|ongoing|continued?|new|revised|active|"
    r"primary|secondary|priority|discontinued|modified|achieved|in progress|sto|lto)$",
    re.I,
)


# the client's own words in quotation marks under a goals heading ("“Sleep through the night and go back to
# fishing with my brother.”"): a person-centered plan's goal
QUOTED_AIM = re.compile(r"\s*[\"“”]\s*\w[^\"“”]*(?:\s+\S+){2,}[^\"“”]*[\"“”]\s*\.?\s*")

# the caption of one target's table: an outline number ("1.1", "C1", "PT2", "B.3") and a short name, or a short name
CAPTION = re.compile(
    r"(?:(?P<number>(?:[A-Z]{1,3}[.-]?)?\d{1,2}(?:[.-]\d{1,2})?[a-z]?)[.):]?\s+)?"
    r"(?P<name>[^\W\d_][\w'’/&,()-]*(?:\s+[\w'’/&,()-]+){0,5})",
)

# a date closing a goal's line after a dash ("... 1 or fewer per week (panic diary) — 01/20/2026")
# a cell holding only a date ("08-15-2026", "3/1/26", "2026-08-15", "Aug 15, 2026")
BARE_DATE_CELL = re.compile(DATE_TEXT, re.I)
CLOSING_DATE = re.compile(rf"\s[—–-]\s*(?:target\s*:?\s*)?{DATE_TEXT}\s*\.?$", re.I)
# a date alone in brackets closing a goal's paragraph ("... 55/80 or more. (03/09/2026)"); in a table's cell the header
# says what such a date is (see goal_tables._bracketed_target_dates)
BRACKETED_CLOSING_DATE = re.compile(rf"\s[(\[]\s*(?:target\s*:?\s*)?{DATE_TEXT}\s*[)\]]\s*\.?$", re.I)

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
    # "not probed yet - will collect wk 1", "not measured yet; will probe in session 1"
    r"not\s+(?:\w+\s+)?(?:probed|tested|measured|collected|assessed|taken|observed|established|obtained)\s+yet|"
    r"will\s+(?:collect|probe|measure|test|obtain|establish|gather|assess|observe)\b|"
    r"unknown|not\s+(?:available|measured|collected|assessed))\b",
    re.I,
)

# when a pending baseline will be known ("in the first 2 weeks", "by 02/15/2026"): no level of the client's
_WHEN = re.compile(
    r"\b(?:in|within|over|during|after|by)\s+(?:the\s+)?(?:first\s+|next\s+)?\d+\s*(?:days?|weeks?|wks?|sessions?|"
    r"visits?|months?)\b|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\b(?:weeks?|wks?|sessions?|visits?|days?|months?)\s*#?\s*\d+(?:\s*-\s*\d+)?\b",
    re.I,
)

def pending_baseline(value: str) -> bool:
    """ "TBD - to be probed in the first 2 weeks", "Pending", "Por determinar": no level of the client's yet."""
    return bool(PENDING_BASELINE.search(value)) and not re.search(r"\d", _WHEN.sub(" ", value))


# a form's own instruction left in a field: "(list at least one measurable objective)", "[enter goal here]"
FORM_PROMPT = re.compile(
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
INLINE_FACTS = [
    ("baseline", re.compile(
        r"[(\[;]\s*(?:current\s+)?baseline\s*(?::|=|-|\bis\b|\bof\b)?\s*(?P<value>[^()\[\];]{2,80})", re.I
    )),
    # "... with a sign or word. Right now she requests 0 items independently. Mastered when ...": a sentence of the
    # goal's own text that opens with "Right now" / "Currently" / "At present" and states a level (a number)
    ("baseline", re.compile(
        r"(?<=[.!?])\s+(?:right\s+now|currently|at\s+present|at\s+this\s+time|at\s+baseline)\b,?\s*"
        r"(?P<value>(?=[^.;!?]*\d)[^.;!?]{3,120})",
        re.I,
    )),
    # "; mastery: 80% ...", "(mastery 3 sessions)", and, when a colon or a number follows, ", mastery 3 consec
    # sessions, by ..." and " - mastery 3 consecutive sessions - by ..." (not ", mastery of the skill is expected");
    # the value stops at the next fact (", by", " - ", ";", a bracket)
    ("mastery_criteria", re.compile(
        r"(?:[;(]|\.\s|(?:,|\s[-–—])(?=\s*(?:mastery(?:\s+criteri(?:on|a))?|mastered\s+when)\s*(?::|[-–]?\s*"
        r"(?:\d|≥|at\s+least\b|(?:two|three|four|five|six|ten)\b))))\s*"
        r"(?:mastery(?:\s+criteri(?:on|a))?|mastered\s+when)\b\s*[:\-–]?\s*"
        r"(?P<value>[^()\[\];]{3,120}?)(?=\s*(?:,\s*by\b|\s[-–—]\s|[;()\[\]]|,?\s*$))",
        re.I,
    )),
]


# a mastery criterion run into a goal's sentence with no label: "... with at least 90% fidelity across 3 consecutive
# observed sessions", "... at 80% accuracy over 2 probes", "... with 90% fidelity on the checklist"
UNLABELLED_MASTERY = re.compile(
    r"\b(?:with|at|to)\s+(?P<value>(?:at\s+least\s+|a\s+minimum\s+of\s+|≥\s*)?\d{1,3}\s*%\s+"
    r"(?:procedural\s+|implementation\s+|treatment\s+)?(?:fidelity|accuracy|integrity)"
    r"(?:\s+(?:on|per|using)\s+(?:the\s+|a\s+|an\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\s+(?:across|over|for|on|in)\s+(?:at\s+least\s+)?(?:\d+|two|three|four|five)\s+(?:consecutive\s+)?(?:[\w-]+\s+)?"
    r"(?:sessions?|observations?|visits?|probes?|days?|weeks?|opportunities|trials|checks?))?)",
    re.I,
)

_SPAN_COUNT = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_SPAN_UNIT = (
    r"(?:sessions?|observations?|visits?|probes?|days?|weeks?|months?|opportunities|trials|checks?|periods?|"
    r"school\s+days|data\s+days|recess(?:es)?|meals?|outings?|shifts?)"
)
# a level held over a run of sessions or days with no label: "... to 2 or fewer episodes per week for 4 consecutive
# weeks", "... in 8 of 10 opportunities across 3 consecutive sessions", "... 0 elopements for 6 weeks in a row"; the
# level is a number said before the run, not a task's size ("3-word sentences") or a date's digits
LEVEL_HELD = re.compile(
    r"(?<![\w/.:-])(?P<value>(?:(?:no\s+more\s+than|not\s+more\s+than|fewer\s+than|less\s+than|at\s+least|at\s+most|"
    r"a\s+minimum\s+of|up\s+to|≤|≥|<|>)\s*)?(?:\d{1,3}(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?![\d/:]|\.\d|\s*-\s*[a-z])\b[^.;:()\n]{0,70}?"
    rf"\b(?:(?:across|over|for|on|in|during)\s+(?:at\s+least\s+)?{_SPAN_COUNT}\s+(?:consecutive|successive|straight)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_SPAN_UNIT}|(?:across|over|for|on|in)\s+{_SPAN_COUNT}\s+(?:[\w-]+\s+)?{_SPAN_UNIT}\s+in\s+a\s+row|"
    rf"across\s+(?:at\s+least\s+)?{_SPAN_COUNT}\s+(?:[\w-]+\s+)?(?:sessions?|observations?|probes?|data\s+days|school\s+days))\b)",
    re.I,
)
# what comes before a number that makes it the starting level, not the one to reach ("from 11 per week",
# "baseline of 4 ...", "currently 11 episodes per week ...")
# "... (baseline 0) in 80% of ...", "from a baseline of 12 per hour to 1 or fewer ...": a baseline's words end at its
# closing parenthesis or at the "to" of the level to reach
_STARTING_LEVEL = re.compile(
    r"(?:\bfrom|\b(?:baseline|current(?:ly)?|at\s+present)\b(?:(?!\bto\b)[^.;)])*)\s*$", re.I
)
# a baseline noted in parentheses inside the goal's sentence: "with 0 elopements (baseline 90 seconds) across ..."
_BASELINE_ASIDE = re.compile(r"\s*\((?:current\s+)?(?:baseline|currently|current)\b[^()]*\)", re.I)


def statement_mastery(statement: str) -> str | None:
    """The mastery criterion a goal's sentence states with no label: a percentage of fidelity or accuracy
    (UNLABELLED_MASTERY), or a level held over a run of consecutive sessions or days (LEVEL_HELD); None when the
    sentence states none. A starting level ("from 11 per week", "baseline 4") is not the criterion."""
    found = UNLABELLED_MASTERY.search(statement)
    if found is not None:
        return found.group("value").strip(" .;,")
    for text in (statement, _BASELINE_ASIDE.sub("", statement)):
        position = 0
        while (found := LEVEL_HELD.search(text, position)) is not None:
            if not _STARTING_LEVEL.search(text[: found.start()]):
                return found.group("value").strip(" .;,")
            position = found.start() + 1
    return None


# a sentence on data to be collected ("Baseline data will be collected during the first 2 weeks of services.",
# "Probe data will be taken weekly."): its "will" makes no goal of the paragraph it closes
DATA_NOTE = re.compile(
    r"(?:^|(?<=[.;:]\s))(?:baseline\s+|probe\s+|session\s+|frequency\s+|abc\s+)?(?:data|baselines?|probes?)\s+"
    r"(?:\w+\s+){0,2}?(?:will|is\s+to|are\s+to)\s+be\s+(?:collected|taken|gathered|established|obtained|recorded|run)\b"
    r"[^.;]*[.;]?",
    re.I,
)


def without_fill(value: str) -> str:
    """An element's words without the fill line they were typed on ("__Stop using alcohol to sleep.__"); a fill line
    alone is no statement."""
    if "__" not in value:
        return value
    return " ".join(re.sub(r"_{2,}", " ", value).split())


# a sentence that announces the list of goals below it ("Our goals for this plan of care are:", "Her treatment
# goals will be:", "The goals we agreed on include:")
GOALS_LIST_LEAD_IN = re.compile(
    r"\b(?:goals|objectives)\b.{0,40}\b(?:are|include|includes|will\s+be|were\s+set|as\s+follows)$", re.I
)

# a paragraph about the goals as a set, closing on the list it announces ("Walter and I agreed on these goals. Each
# goal has the steps we will use to see progress:", "The goals below were set with her parents:"): no goal itself
GOALS_ANNOUNCED = re.compile(
    r"(?:\b(?:these|those|each|every|following|below|above|all|both)\s+(?:(?:treatment|long[- ]term|short[- ]term)\s+)?"
    r"goals?\b|\bgoals?\s+(?:below|above|listed|that\s+(?:we|I)|(?:we|I)\s+(?:agreed|set|chose|made|wrote)))[^:]*:\s*$",
    re.I,
)

# a paragraph about the plan's goals as a whole ("Jaylen chose these goals with his BCBA. His own words come first,
# then how we will measure them."): the goals are plural, or each one of them
GOALS_DESCRIBED = re.compile(
    r"\b(?:(?:these|those|the\s+following)\s+(?:(?:treatment|long[- ]term|"
    r"short[- ]term)\s+)?goals|(?:each|every)\s+(?:(?:treatment|long[- ]term|short[- ]term)\s+)?goal)\b",
    re.I,
)

# a goal's sentence that closes announcing its steps ("... return to the activities he avoids. Specifically:",
# "... as evidenced by:"); a sentence announcing the goals themselves ("Our goals are:") is no goal
STEPS_LEAD_IN = re.compile(
    r"(?:[.;]\s+(?:specifically|in\s+particular|this\s+means|measured\s+by|as\s+evidenced\s+by)|"
    r"\b(?:as\s+evidenced\s+by|as\s+measured\s+by|evidenced\s+by|measured\s+by|by\s+meeting\s+these\s+steps|"
    r"(?:the\s+)?following\s+(?:objectives|steps|benchmarks))|^\s*(?:specifically|in\s+particular))\s*:\s*$",
    re.I,
)

# a sentence that the list items below it complete ("By the end of this plan of care (10 weeks), Mr. A will:",
# "Within 8 weeks the patient will be able to:", "At discharge, Ana is expected to:", "En 12 semanas, Ana podrá:"):
# no goal itself; its time frame or date holds for each item of the list
LIST_LEAD_IN = re.compile(
    r"(?:\bwill(?:\s+be\s+able\s+to)?|\b(?:is|are)\s+expected\s+to|\bshould\s+be\s+able\s+to|\bwill\s+need\s+to|"
    r"\bwill\s+work\s+(?:on|toward|towards)|\b(?:podr[áa]n?|deber[áa]n?|va(?:n)?\s+a|se\s+espera\s+que\s+\w+(?:\s+\w+)?))"
    r"\s*(?:the\s+following)?\s*[:\-–—]\s*$",
    re.I,
)

# the area a goal's label names before the word "goal" ("Caregiver Goal 4", "Skill Acquisition Goal 1", "Parent Training
# Goal"); "Long-term goal", "Treatment goal" name no area
GOAL_KIND = re.compile(
    r"^(?P<kind>(?!(?:long|short|annual|treatment|discharge|functional|measurable|smart|primary|secondary|recovery|"
    r"rehab|rehabilitation)\b)"
    r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+goal\b",
    re.I,
)

def list_lead_in(text: str) -> bool:
    """True for a sentence that a list of goals completes ("Within 8 weeks the patient will be able to:"); a goal
    closing with its steps ("To reduce panic, Ana will:", "... attacks. Specifically, she will:") and a goals heading
    ("What we will work on:") are not."""
    if len(text.split()) > 30 or not LIST_LEAD_IN.search(text):
        return False
    head = LIST_LEAD_IN.sub("", text)
    if _OWN_SENTENCE_END.search(head) or GOAL_WORDS.search(head):
        return False
    named = match_section(text.rstrip(" :"))
    return not (named.key in GOAL_SECTION_KEYS and named.score >= 95)


# a sentence ending inside a line (not the point of "Mr.", "Dr.", "Sra.")
_OWN_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSr)(?<!\bSra)(?<!\bSt)(?<!\b[A-Z])[.;]\s+\S")

# "obj: ...", "obj - ...", "obj. ...": an objective's abbreviation without a number, then a colon, a dash or its
# full stop and a space ("obj negative UDS" and "obj.5" are not)
BARE_OBJ = re.compile(r"(?P<label>obj\.?)(?:\s*[:\-–—]|(?<=\.)\s)\s*(?P<value>.+)", re.I | re.S)


# "Baseline — 4 minutes on average.  Mastery — 15 minutes ...  Target date — 05/29/2026.": facts labelled with a dash
_DASH_LABEL = re.compile(
    r"(?:^|(?<=[.;,])\s+|\s{2,}|\t+|\s+\|\s+)(?P<label>[^\W\d_][\w .'’/()]{0,40}?)\s+[—–-]{1,2}\s+(?=\S)"
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


# the words between a date and the date that corrects it ("9/30/25 - no, updated: 6/1/26", "3/1/26? no 4/1/26",
# "5/1/26, corrected to 6/1/26")
_CORRECTED_TO = re.compile(
    r"\s*(?:(?:\?+\s*no\b|(?:[-–—,;(]\s*)?no\s*[,:\-–—]+)\s*(?:(?:updated|corrected|changed|revised)(?:\s+to)?\s*:?\s*)?|"
    r"[-–—,;(]?\s*(?:updated|corrected|changed|revised)\s+to\s*:?\s*)",
    re.I,
)


def time_bound(statement: str) -> tuple[dt.date | None, str | None]:
    """A target date written as "by <date>" inside a statement, and a time frame ("within 8 weeks")."""
    target, target_end = None, -1
    for date, (start, end) in find_dates(statement):
        if _TIME_BOUND_DATE.search(statement[:start]) or (
            target is not None and _CORRECTED_TO.fullmatch(statement[target_end:start])
        ):
            target, target_end = date, end  # "by 9/30/25 - no, updated: 6/1/26": the date written over the slip
    frame = _TIME_FRAME.search(statement)
    return target, (frame.group(0).strip() if frame else None)


# the header of a goal's status column ("Status", "Goal status", "Met / not met"), dated or not ("Status 01/30/2026",
# "Status as of 1/30/26", as normalize_label leaves them)
STATUS_HEADER = re.compile(
    r"(?:goal\s+)?(?:status|progress|met\s+not\s+met|outcome\s+status)(?:\s+(?:as\s+of|on|at)?\s*"
    r"(?:\d{1,4}(?:\s\d{1,4}){1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s\d{1,2}(?:st|nd|rd|th)?\s\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s\d{4}))?"
)  # (as normalize_label writes the header: "status 01 30 2026", "status january 30th 2026", "status 30 january 2026")
# a status that closes a goal ("Met", "Mastered 02/2026", "Met 03/2026 (discontinued)", "Goal achieved", "D/C'd")
_CLOSED = re.compile(
    r"\s*(?:goal\s+)?(?:met|mastered|achieved|attained|accomplished|discontinued|closed|resolved|completed|inactive|"
    r"d/c(?:['’]?d)?|dc['’]?d)\b",
    re.I,
)
# ... unless it is kept up or carried on ("Met - continue to maintain", "Partially met", "Not met; revised")
_STILL_OPEN = re.compile(
    r"\b(?:not|partial(?:ly)?|partly|continu\w*|maintain\w*|maintenance|ongoing|in\s+progress|revised|modified|"
    r"extended|carried\s+(?:forward|over)|generali[sz]ation|active)\b",
    re.I,
)


# ... or that sends the reader to the goal that replaces it ("Revised - see new goal 2", "Partially met; continued
# below", "Replaced by goal 3", "Rewritten as STG 1.2", "Superseded")
_REPLACED = re.compile(
    r"\b(?:(?:see|replaced\s+by|superseded\s+by|rewritten\s+as|restated\s+as|carried\s+(?:forward|over)\s+(?:as|into|to)"
    r"|continued\s+(?:as|in|under))\s+(?:the\s+)?(?:new|revised|updated|current)?\s*(?:goal|ltg|stg|objective)\b"
    r"|(?:continued|restated|rewritten|revised)\s+below|superseded\b)",
    re.I,
)


def closed_status(text: str) -> bool:
    """True for a goal status that says the goal is over ("Met 03/2026 (discontinued)", "Mastered") or replaced by
    another goal ("Revised - see new goal 2"); False for one still worked on ("Met - continue to maintain",
    "Partially met", "In progress", "Not met; revised")."""
    return (bool(_CLOSED.match(text)) and not _STILL_OPEN.search(text)) or bool(_REPLACED.search(text))


# a due date written without its year ("STGs - by 3/30:", the year stated elsewhere on the plan): read as a group's due
# note only, where nothing but the due words stands beside it ("reduce by 1/2" is a fraction, and says more)
YEARLESS_DUE = re.compile(
    r"\b(?:by|before|until|thru|through|due|no\s+later\s+than)\s*:?\s*(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\b(?!/\d)",
    re.I,
)


def time_note_only(text: str) -> bool:
    """True for a note that only says when goals are due: "to be met by 07/06/2026", "within 12 weeks", "(8 weeks)",
    "07/06/2026", "by 3/30" (no year); "reduce panic by 07/06/2026" says more."""
    target, frame = time_bound(text)
    group = GROUP_FRAME.search(text)
    dates = list(find_dates(text))
    yearless = YEARLESS_DUE.search(text) if not dates else None
    if target is None and frame is None and group is None and not dates and yearless is None:
        return False
    rest = YEARLESS_DUE.sub(" ", text) if yearless is not None else text
    for _, (start, end) in sorted(dates, key=lambda found: -found[1][0]):
        rest = rest[:start] + " " + rest[end:]
    rest = _TIME_FRAME.sub(" ", GROUP_FRAME.sub(" ", rest))
    return all(word in _TIME_NOTE_WORDS for word in re.findall(r"[^\W\d_]+", rest.lower()))


# a target date given by pointing at the one just stated ("by the same date", "by then", "by that time")
SAME_DATE = re.compile(
    r"\b(?:by|on\s+or\s+before|before)\s+(?:the\s+same\s+(?:date|time|day)|that\s+(?:same\s+)?(?:date|time|day)|then)\b",
    re.I,
)

# the end of a sentence inside a paragraph ("... by 07/10/2026. She will ...")
SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)\]])\.\s+(?=[A-Z])")


def _outline_parts(marker: str | None) -> list[str] | None:
    """ "5.1.1" -> ["5", "1", "1"], "A.2)" -> ["a", "2"], "(3)" -> ["3"]; None for bullets and other marks."""
    if not marker:
        return None
    text = marker.strip().strip("().").lower()
    if not re.fullmatch(r"(?:\d{1,3}|[a-z])(?:\.\d{1,3})*", text):
        return None
    return text.split(".")


def outline_level(goal_marker: str | None, marker: str | None) -> int | None:
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


# "G1." / "G2)" a goal and "O1." / "O2)" an objective: the element's initial as the outline marker of a goals list
_INITIAL_MARKER = re.compile(r"\(?([GO])\d{1,2}[.)]")


def initial_marker_depth(marker: str | None) -> int | None:
    """0 for a goal's initial as a list marker ("G1."), 1 for an objective's ("O2)"); None for other markers
    ("A1." stays the first item under "A.")."""
    match = _INITIAL_MARKER.fullmatch((marker or "").strip())
    if match is None:
        return None
    return 0 if match.group(1) == "G" else 1


# a note in brackets that says what the review did to a goal ("(Added at this review)", "(NEW)", "(revised 05/18/2026)",
# "(continued)", "[carried forward from the 90-day review]"): the goal's history, no part of what it says or of when it
# is due. A note that gives a date the goal is due ("(new target date 08/01/2026)", "(revised: by 09/30/2026)") is kept.
_STATUS_WORD = (
    r"(?:new(?:ly\s+added)?|added|revised|modified|updated|amended|changed|rewritten|re-?worded|restated|continued|"
    r"continuing|ongoing|unchanged|no\s+change|carried\s+(?:forward|over)|in\s+progress|partially\s+met|not\s+met)"
)
_STATUS_NOTE_BODY = rf"[(\[]\s*{_STATUS_WORD}\b(?P<rest>[^()\[\]]{{0,60}})[)\]]"
_LEADING_STATUS_NOTE = re.compile(rf"^\s*{_STATUS_NOTE_BODY}\s*[:.\-–—]?\s*", re.I)
_TRAILING_STATUS_NOTE = re.compile(rf"\s*{_STATUS_NOTE_BODY}\s*[.;]?\s*$", re.I)
_DUE_WORDS = re.compile(r"\b(?:target|due|by|deadline|expected|until|through|thru|within|no\s+later|goal\s+date)\b", re.I)


def without_status_note(statement: str) -> str:
    """The statement without a bracketed note at its start or end on what the review did to it ("(Added at this
    review) Desmond will ...", "... each week. (new)"); a note naming the date it is due stays."""
    for pattern in (_LEADING_STATUS_NOTE, _TRAILING_STATUS_NOTE):
        found = pattern.search(statement)
        if found is None or _DUE_WORDS.search(found.group("rest")):
            continue
        rest = (statement[: found.start()] + " " + statement[found.end() :]).strip()
        if rest and rest != statement:
            statement = rest + ("." if pattern is _TRAILING_STATUS_NOTE and statement.rstrip().endswith(".")
                                and not rest.endswith(".") else "")
    return statement
