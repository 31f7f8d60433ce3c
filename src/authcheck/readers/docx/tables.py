"""What a Word table is: a header-row table of goals, diagnoses, services, signatures or assessments,
a label/value form table, or neither (its cells are then read as lines).

Column headers are matched to column roles ("Target Date" -> target_date, "Mastery Criteria" ->
mastery_criteria, "ICD-10-CM Code" -> code) with exact synonyms first and rapidfuzz for variants.
A title row spanning the table ("TREATMENT GOALS") above the header is recognised and returned so
that it can act as a section heading.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from authcheck.parsing import parse_date, parse_frequency
from authcheck.parsing.dates import DATE_TEXT
from authcheck.readers.phrases import has_digit
from authcheck.readers.phrases.ocr import ocr_letters
from authcheck.readers.docx.blocks import Block, Cell, Row, Table
from authcheck.readers.docx.label_split import split_labels
from authcheck.model.vocab import normalize_signature_role
from authcheck.readers.docx.labels import element_label, field_key, normalize_label, subfield_key
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.spanish import COLUMN_ROLES_ES
from authcheck.readers.docx.signatures import names_a_person, signed_line_after_details

__all__ = [
    "COLUMN_ROLES", "TableKind", "box_label", "box_lines", "classify_table", "column_role", "labelled_element_row",
    "medication_list",
]

# fmt: off
COLUMN_ROLES: dict[str, tuple[str, ...]] = {
    "problem": (
        "problem", "problems", "problem need", "need", "needs", "identified problem", "problem area", "issue",
        "area of need", "presenting problem", "concern", "problem statement", "identified need", "barrier",
    ),
    "goal": (
        "goal", "goals", "long term goal", "long term goals", "ltg", "ltgs", "treatment goal",
        "goal statement", "annual goal", "functional goal", "target behavior", "goal description",
        "long term goal ltg", "skill acquisition goal", "behavior goal", "outcome", "outcomes",
        "measurable outcome", "measurable outcomes", "patient outcome", "patient outcomes", "goal outcome",
    ),
    "objective": (
        "objective", "objectives", "short term goal", "short term goals", "stg", "stgs",
        "short term objective", "short term objectives", "measurable objective", "measurable objectives",
        "benchmark", "benchmarks", "objective statement", "short term objective sto", "sto",
        "short term goal stg", "short term benchmarks", "measurable benchmarks", "measurable short term benchmarks",
        "measurable short term objectives",
    ),
    # the level to reach ("21/28 or more", "80% accuracy"); a date written in it is read as the target date
    "target": (
        "target", "target level", "target score", "target performance", "expected outcome", "desired outcome",
        "expected level", "goal level", "target criterion", "target value", "outcome target",
    ),
    "target_date": (
        "target date", "due date", "completion date", "target completion date", "projected date",
        "expected completion", "estimated completion date", "by when", "time frame", "timeframe",
        "target dates", "date to be achieved", "projected completion date", "anticipated completion date",
        "goal date", "achieve by", "expected date", "target achievement date", "date", "est completion", "by",
        "by date", "met by", "due", "complete by", "to be met by", "to be completed by", "expected by",
    ),
    "intervention": (
        "intervention", "interventions", "modality", "modalities", "strategy", "strategies", "method",
        "methods", "treatment", "treatment interventions", "planned interventions", "interventions modality",
        "intervention strategies", "approach", "teaching procedures", "procedures", "action steps", "action step",
        "action plan", "focus", "focus of care", "focus of treatment",
        # what staff will do, asked as a question ("How staff will help")
        "how staff will help", "how we will help", "how staff will support", "how staff will assist",
        "how the team will help", "how staff will help you",
    ),
    "frequency": (
        "frequency", "freq", "how often", "frequency of service", "session frequency", "frequency duration",
        "visit frequency", "frequency of visits", "orders and frequency", "orders frequency", "visits",
        "visits ordered", "frequency of visits ordered",
    ),
    "amount": (
        "amount", "session length", "length", "minutes", "duration of session", "time", "amount units",
        "session duration", "session", "per session", "minutes per session", "session minutes", "mins",
        "length of session", "session time",
        # "Visit" over "1 visit" beside a "Frequency" column (2w4): how much each visit is, not how often
        "visit", "per visit", "visit length", "length of visit", "visit duration", "time per visit",
        # "Code | Description | Requested" over "97153 | Direct therapy | 15 hrs/week": the quantity asked for
        "requested", "amount requested", "requested amount", "request", "requested per week", "authorization request",
    ),
    "duration": (
        "duration", "length of service", "for how long", "duration of service", "expected duration",
        "estimated duration", "anticipated duration", "projected duration", "length of treatment",
        "duration of treatment", "expected length of treatment", "estimated length of treatment",
        "no of weeks", "number of weeks", "# of weeks", "weeks", "no of months", "number of months", "months",
        "how long", "for how many weeks", "total duration",
    ),
    "responsible": (
        "responsible", "responsible staff", "responsible party", "person responsible", "staff", "provider",
        "who", "staff responsible", "responsible person", "discipline", "by whom", "implemented by",
        "responsible provider",
    ),
    "baseline": (
        "baseline", "baseline data", "current level", "present level", "baseline level",
        "current performance", "baseline performance", "current status", "baseline score", "baseline measure",
    ),
    "mastery_criteria": (
        "mastery criteria", "mastery criterion", "mastery", "criteria", "criterion", "success criteria",
        "criteria for mastery", "mastery criteria target",
    ),
    "measure": (
        "measure", "measurement", "measured by", "measurement method", "data collection", "how measured",
        "evaluation method", "measurement tool",
    ),
    "domain": (
        "area", "domain", "goal area", "skill area", "program area", "category", "skill domain", "life area",
        "functional area", "target area", "area domain", "asam dimension", "dimension", "behavior", "behaviour", "target behaviors",
        "behavior targeted", "problem behavior", "skill", "program", "program name",
    ),
    "status": (
        "status", "progress", "goal status", "met not met", "date initiated", "date opened", "initiated",
        "priority", "comments", "notes",
    ),
    "label": ("#", "no", "number", "goal #", "goal no", "item", "objective #", "ltg #", "stg #", "id",
              "obj #", "obj no", "objective no", "sto #", "goal obj #"),
    # one column holding goals and objectives alike, each row saying which ("Goal 1", "Obj. 1.1") in its label cell
    "statement": ("statement", "goal or objective", "goal objective statement", "statement of goal or objective",
                  # "Problem / Goal / Objective": each row a problem, a goal or an objective, as its cell or label says
                  "problem goal objective", "problems goals objectives", "problem goal and objective",
                  "problems goals and objectives", "problem goal or objective"),
    "code": (
        "code", "icd 10 code", "icd 10 cm code", "icd 10 cm", "icd 10", "icd code", "dx code",
        "diagnosis code", "cpt", "cpt code", "hcpcs", "hcpcs code", "service code", "cpt hcpcs",
        "cpt hcpcs code", "procedure code", "billing code", "icd 10 codes", "icd10", "icd", "codes",
    ),
    "description": (
        "description", "diagnosis", "diagnoses", "diagnosis description", "dsm 5 diagnosis", "dsm 5",
        "diagnosis name", "description of diagnosis", "condition", "icd 10 description", "dsm 5 description",
        "clinical diagnosis", "diagnosis dsm 5", "diagnostic impression",
    ),
    "primary": (
        "primary", "rank", "type", "order", "primary secondary", "principal", "dx type", "priority rank",
    ),
    # who made a diagnosis and when (read with the diagnosis of its row)
    "diagnosed": (
        "diagnosed by", "diagnosed by date", "diagnosed by and date", "diagnosing provider", "diagnosing clinician",
        "diagnosed", "dx by", "diagnostician", "diagnosing provider date",
    ),
    # when a diagnosis was made, in a column of its own beside "Diagnosed by"
    "diagnosed_on": (
        "date of diagnosis", "diagnosis date", "date diagnosed", "diagnosed on", "dx date", "date of dx",
        "date of diagnostic evaluation",
    ),
    "service": (
        "service", "services", "service type", "service description", "service requested",
        "requested service", "service name", "services requested", "type of service", "procedure",
        "service provided",
    ),
    "units": (
        "units", "units requested", "number of units", "total units", "units per week", "units per month",
        "# of units", "unit count", "requested units",
    ),
    "hours": (
        "hours per week", "hours", "hours week", "weekly hours", "hours requested", "requested hours",
        "hours per month", "intensity", "hours month", "hours requested per week", "requested hours per week",
        "weekly hours requested",
        # the last column of a weekly schedule grid ("Code | Mon | Tue | ... | Total hrs/week")
        "total hours per week", "total hours week", "total weekly hours", "weekly total", "total per week",
        "total hours", "weekly total hours", "total hours weekly",
    ),
    "start": ("start date", "start", "from", "begin date", "beginning", "start of service"),
    "end": ("end date", "end", "to", "through", "end of service", "thru"),
    "role": (
        "role", "signer", "signatory", "title", "relationship", "party", "role title", "signer role",
        "position", "signature type", "signer type", "type of signature",
    ),
    "signature": (
        "signature", "signed", "signature name", "signed by", "signature credentials", "electronic signature",
        "signature of", "sign here",
    ),
    "name": (
        "name", "printed name", "name and credential", "name credential", "name credentials", "print name",
        "printed name credential", "printed name and credential", "name title", "signer name", "staff name",
    ),
    "credential": ("credential", "credentials", "license", "licensure", "degree"),
    "sign_date": (
        "date signed", "signature date", "date of signature", "signed on", "signed date", "signed date time",
        "date time signed", "date and time signed", "signature date time",
    ),
    "instrument": (
        "instrument", "assessment", "tool", "test", "assessment tool", "standardized assessment",
        "measure name", "assessment instrument", "test name", "assessment name", "screening tool",
        "standardized test",
    ),
    "score": (
        "score", "scores", "results", "result", "standard score", "raw score", "percentile", "interpretation",
        "score interpretation", "findings", "total score",
    ),
    "admin_date": (
        "date administered", "administration date", "date given", "assessment date", "test date",
        "date completed", "date of assessment", "date of administration",
    ),
}
# fmt: on

_SPANISH_HEADERS = frozenset(
    {normalize_label(n) for names in COLUMN_ROLES_ES.values() for n in names}
    - {normalize_label(n) for names in COLUMN_ROLES.values() for n in names}
)
for _role, _names in COLUMN_ROLES_ES.items():  # "Línea base", "Fecha meta", "Firma": see docx.spanish
    COLUMN_ROLES[_role] = COLUMN_ROLES.get(_role, ()) + _names

_ROLE_INDEX: dict[str, str] = {}
for _role, _names in COLUMN_ROLES.items():
    for _name in _names:
        _ROLE_INDEX.setdefault(normalize_label(_name), _role)
_ROLE_CHOICES = [n for n in _ROLE_INDEX if len(n) >= 5 and n not in _SPANISH_HEADERS]  # typos of English headers


# the short forms a header is written in ("Hrs/wk" is "hours per week")
_HEADER_ABBREVIATIONS = {
    "hrs": "hours", "hr": "hours", "h": "hours", "wk": "week", "wks": "weeks", "mo": "month", "mos": "months",
    "min": "minutes", "mins": "minutes", "freq": "frequency", "dur": "duration", "svc": "service",
    "svcs": "services", "tx": "treatment", "approx": "approximate", "est": "estimated", "req": "requested",
    "reqd": "requested", "sess": "session", "u": "units",
}
_QUALIFIER = re.compile(r"(?:updated|revised|new|current|modified|amended|continued)\s+(?P<rest>\w.*)")


@lru_cache(maxsize=4096)
def column_role(header: str) -> str | None:
    """The role of a column from its header text ("Target Date" -> "target_date"), or None."""
    key = normalize_label(header)
    if not key:
        return None
    if key in _ROLE_INDEX:
        return _ROLE_INDEX[key]
    bare = normalize_label(re.sub(r"\([^)]*\)", " ", header))
    if bare in _ROLE_INDEX:
        return _ROLE_INDEX[bare]
    expanded = " ".join(_HEADER_ABBREVIATIONS.get(w, w) for w in (bare or key).split())
    if expanded != (bare or key) and expanded in _ROLE_INDEX:
        return _ROLE_INDEX[expanded]  # "Hrs/wk", "Min", "Freq": a known header in short
    if "signature" in key or re.search(r"\bfirma\b", key):  # "Firma del terapeuta"
        return "signature"
    if _TYPE_AND_FREQUENCY.search(key):
        return "intervention"  # "Type / frequency of service": what is done and how often, read as an intervention
    qualified = _QUALIFIER.match(bare or key)
    if qualified:  # "Updated objective", "Revised target date": the column of a plan's review
        return column_role(qualified.group("rest"))
    if len(key) > 40:
        return None
    found = process.extractOne(bare or key, _ROLE_CHOICES, scorer=fuzz.ratio, score_cutoff=88)
    if found:
        return _ROLE_INDEX[found[0]]
    if re.search(r"\s/\s", header):
        # "Meta / Goal", "Línea base / Baseline": one header in two languages (or two names for one column); a
        # half written as a known header wins over a half only partly known ("Meta u objetivo / Goal or objective")
        parts = re.split(r"\s/\s", header)
        for part in parts:
            if normalize_label(part) in _ROLE_INDEX:
                return _ROLE_INDEX[normalize_label(part)]
        for part in parts:
            role = column_role(part)
            if role is not None:
                return role
    if _MEASURE_QUESTION.match(bare or key):
        return "measure"  # "How we will measure it", "How will we know?", "How progress is tracked"
    # "Objective (STG) with target date": take a leading known phrase
    for length in (3, 2, 1):
        words = (bare or key).split()
        head = " ".join(words[:length])
        if len(words) > length and head in _ROLE_INDEX and len(head) >= 4:
            return _ROLE_INDEX[head]
    # "Measurable behavioral objective", "Caregiver goal": a goal's column named by its last words; a past one
    # ("Previous goal") is a report on the plan before, not a goal of this one
    words = (bare or key).split()
    if words and words[0] not in _PAST:
        for length in (2, 1):
            tail = " ".join(words[-length:])
            if len(words) > length and _ROLE_INDEX.get(tail) in _TRAILING_ROLES:
                return _ROLE_INDEX[tail]
    numbered = _ITEM_NUMBER.match(header)
    if numbered and not re.search(r"\d", header[numbered.end() :]):
        # "18. DATE", "20) Date": a numbered box's caption on a payer's form (a box holding its value is no header)
        return column_role(header[numbered.end() :])
    read = ocr_letters(header, word_end=True)
    if read != header:
        return column_role(read)  # "Goa1", "Base1ine", "Se5sion length": a caption as a fax's OCR left it
    return None


# a column naming the kind of treatment and its frequency together (not "Service frequency", "Treatment frequency")
_TYPE_AND_FREQUENCY = re.compile(
    r"\b(?:(?:type|kind)\s*(?:/|&|\+|,|\band\b)?"
    r"|(?:modalit(?:y|ies)|interventions?|strateg(?:y|ies))\s*(?:/|&|\+|,|\band\b))"
    r"\s*(?:frequency|freq)\b"
)
_ITEM_NUMBER = re.compile(r"\s*\d{1,2}[a-z]?[.)]\s+(?=[A-Za-z])")


# a measure column asked as a question: how attainment will be measured, tracked or known
_MEASURE_QUESTION = re.compile(r"how\b(?:\s+\w+){0,4}?\s+(?:measur\w*|track\w*|know|tell)\b(?:\s+\w+){0,3}$")
_PAST = frozenset({"previous", "prior", "past", "last", "old", "former", "discontinued", "mastered"})
_TRAILING_ROLES = frozenset({"goal", "objective", "baseline", "mastery_criteria", "intervention"})


@dataclass
class TableKind:
    """How to read a table: `kind` is goals | diagnoses | services | signatures | assessments | measures | form |
    form-columns | boxes | lines;
    `columns` maps column index to role for header tables; `header_row` is the header's row index;
    `title` is a spanning title row above the header (as written), if any."""

    kind: str
    columns: dict[int, str] = field(default_factory=dict)
    header_row: int = 0
    title: str | None = None
    title_row: int | None = None


# a column heading that names one goal of a grid whose columns are the goals: "Goal 1", "LTG 2", "Target 3 -
# Daily living", "Problem #1", "Objective 2"
_GOAL_COLUMN = re.compile(
    r"(?:(?:long|short)[\s-]*term\s+)?(?:goals?|ltg|stg|targets?|problems?|objectives?|needs?|issues?)\s*(?:#|no\.?)?\s*"
    r"(?:\d{1,2}|[A-Z])\b(?:\s*[-–—:.)]\s*\S.{0,40})?",
    re.IGNORECASE,
)


def goal_columns_grid(table: Table) -> bool:
    """True for a grid whose first column holds the labels ("Problem", "Long-term goal", "Short-term objectives",
    "Target date", "Interventions") and whose other columns are the goals side by side, each headed by its own
    number ("" | "Goal 1" | "Goal 2"). A grid of one goal column is no such grid (a label beside its value)."""
    rows = table.rows
    if len(rows) < 3 or any(len(r.cells) != len(rows[0].cells) for r in rows) or len(rows[0].cells) < 3:
        return False
    head = [" ".join(c.text.split()) for c in rows[0].cells]
    if head[0] and field_key(head[0]) is None and element_label(head[0] + ": x") is None:
        return False
    goals = head[1:]
    if len(set(goals)) != len(goals) or not all(_GOAL_COLUMN.fullmatch(g) for g in goals):
        return False
    labels = [" ".join(r.cells[0].text.split()).rstrip(":") for r in rows[1:]]
    known = [
        x for x in labels
        if x and len(x.split()) <= 6 and (element_label(x + ": x") or subfield_key(x) or field_key(x) or column_role(x))
    ]
    return len(known) >= 2 and len(known) * 3 >= 2 * len(labels)


def transpose_goal_columns(blocks: list[Block]) -> list[Block]:
    """The blocks with each grid of goals side by side (`goal_columns_grid`) turned to one goal a row: the first
    column's labels become the header row ("Goal" over the column headings), each goal column a row, so the grid is
    read as any goals table. The cells keep their lines; the table keeps the document's in `turned_from` (a cell's
    row and column are swapped against the document's)."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Table) and goal_columns_grid(block):
            rows = block.rows
            width = len(rows[0].cells)
            turned = [
                Row(index=k, cells=[Cell(col=r, lines=list(rows[r].cells[k].lines)) for r in range(len(rows))])
                for k in range(width)
            ]
            if not "".join(turned[0].cells[0].lines).strip():
                turned[0].cells[0].lines = ["Goal"]
            block = dataclasses.replace(block, rows=turned, turned_from=block)
        out.append(block)
    return out


def _distinct_texts(row: Row) -> list[str]:
    seen: list[str] = []
    for cell in row.cells:
        text = " ".join(cell.text.split())
        if text and text not in seen:
            seen.append(text)
    return seen


_SIGNER_HEADER = re.compile(r"signer|signatory|signed\s+by", re.I)


def _cell_words(row: Row, position: int) -> str:
    return " ".join(row.cells[position].text.split())


def _header_roles(row: Row) -> dict[int, str]:
    """Column roles of a header row. When two headers name the same role, the more specific one keeps it and
    the other, if it is a bare word ("Target" beside "Target date"), becomes the row's label column."""
    roles: dict[int, str] = {}
    owner: dict[str, tuple[int, int]] = {}  # role -> (position, words in its header)
    for position, cell in enumerate(row.cells):
        text = " ".join(cell.text.split())
        # (a form's caption may add a note in brackets: "17. SIGNATURE OF THERAPIST (name, credentials, NPI)")
        if not text or len(re.sub(r"\([^)]*\)", "", text).strip()) > 60:
            continue
        role = column_role(text)
        if not role:
            continue
        words = len(normalize_label(text).split())
        if role not in owner or role == "status":
            roles[position] = role
            owner[role] = (position, words)
        elif words > owner[role][1]:
            previous, _ = owner[role]
            roles[position] = role
            owner[role] = (position, words)
            if "label" not in owner:
                roles[previous] = "label"
                owner["label"] = (previous, 1)
            else:
                del roles[previous]
    signer = next((p for p, r in roles.items() if r == "role" and _SIGNER_HEADER.fullmatch(_cell_words(row, p))), None)
    if signer is not None and "name" not in roles.values():
        # "Signer | Role | Signed": the signer column holds the person, the "Role" column (dropped above) the role
        other = next(
            (p for p in range(len(row.cells)) if p != signer and column_role(_cell_words(row, p)) == "role"), None
        )
        if other is not None:
            roles[signer], roles[other] = "name", "role"
    aims = [p for p, r in roles.items() if r in ("goal", "objective", "statement")]
    for position, role in list(roles.items()):
        if role == "target" and aims and position < min(aims):
            # "Target | Baseline | Goal": before the goal, a bare "Target" names the skill targeted (ABA), not a level
            if "label" in roles.values():
                del roles[position]
            else:
                roles[position] = "label"
    if "statement" in owner and "label" not in owner and row.cells and not row.cells[0].text.strip():
        roles[0] = "label"  # a blank header over the "Goal 1" / "Obj. 1.1" column
    choices = [p for p, cell in enumerate(row.cells) if p not in roles and _frequency_header(cell.text)]
    if len(choices) >= 2:
        for position in choices:  # "1x/wk | 2x/wk | 3x/wk": each row marks how often with an X
            roles[position] = "frequency_choice"
    weeks = [p for p, cell in enumerate(row.cells) if p not in roles and _WEEK_COLUMN.fullmatch(" ".join(cell.text.split()))]
    if len(weeks) >= 2:
        # "Discipline | Order | Wk1 | Wk2 | ...": a week-by-week visit grid; its "Order" column ("2w3, 1w6") is how often
        for position, role in list(roles.items()):
            if role == "primary" and re.fullmatch(r"(?:visit\s+)?orders?", normalize_label(row.cells[position].text)):
                roles[position] = "frequency"
        for position in weeks:
            roles[position] = "week"  # the visits of each week: read through the order, not one by one
    days = [p for p, cell in enumerate(row.cells) if p not in roles and _WEEKDAY_COLUMN.fullmatch(" ".join(cell.text.split()))]
    if len(days) >= 2 and set(roles.values()) & {"code", "service"}:
        for position in days:
            roles[position] = "weekday"  # "Code | Mon | Tue | ... | Total": a weekly schedule, one day a column
    values = set(roles.values())
    if (
        not values & {"goal", "objective", "statement", "problem", "service", "code"}
        and values & {"frequency", "frequency_choice", "units", "hours", "duration"}
    ):
        for position, role in roles.items():
            # "Discipline | Frequency | Duration" with no goal column: an orders table, the discipline is the service
            if role == "responsible" and DISCIPLINE_HEADER.fullmatch(normalize_label(row.cells[position].text)):
                roles[position] = "service"
    return roles


_WEEK_COLUMN = re.compile(r"(?:wk|week|wks)\.?\s*#?\s*\d{1,2}", re.I)
# a day's column of a weekly schedule ("Mon", "Tues.", "Wednesday", "Sat (hrs)")
_WEEKDAY_COLUMN = re.compile(
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?(?:\s*\((?:hrs?|hours)\))?",
    re.I,
)
DISCIPLINE_HEADER = re.compile(r"(?:service\s+)?disciplines?(?:\s+ordered)?")


def _frequency_header(text: str) -> bool:
    """A header cell that is itself a frequency ("2x/wk", "Weekly"): one choice of a grid marked per row."""
    text = " ".join(text.split())
    return 0 < len(text) <= 20 and column_role(text) is None and parse_frequency(text) is not None


def _kind_from_roles(roles: dict[int, str]) -> str | None:
    values = set(roles.values())
    if "frequency_choice" in values:
        values.add("frequency")
    if values & {"goal", "objective", "statement"} or ("problem" in values and "intervention" in values):
        return "goals"
    if values & {"signature", "name"} and (
        values & {"role", "sign_date", "target_date", "credential"} or {"signature", "name"} <= values
    ):
        return "signatures"
    if "role" in values and ("target_date" in values or "sign_date" in values) and len(values) <= 4:
        return "signatures"
    if "instrument" in values and values & {"score", "admin_date", "target_date"}:
        return "assessments"
    if "service" in values or (
        {"code"} <= values
        and values & {"frequency", "units", "hours", "amount", "start", "end", "intervention", "weekday"}
    ):
        # "CPT | Intervention" (97110 | Therapeutic exercise): the procedures planned, one a row
        return "services"
    if ("code" in values and "description" in values) or ("description" in values and "primary" in values):
        return "diagnoses"
    if "code" in values and len(values) == 1:
        return None
    if "intervention" in values and values & {"frequency", "responsible", "amount", "duration"}:
        return "goals"
    return None


def _looks_like_form(table: Table, start: int) -> bool:
    """Label/value rows: label cells in even columns, mostly known labels or ending with a colon."""
    labels = known = 0
    for row in table.rows[start:]:
        texts = [" ".join(c.text.split()) for c in row.cells]
        if len(texts) < 2:
            continue
        for i in range(0, len(texts) - 1, 2):
            label = texts[i]
            if not label or label == texts[i + 1]:
                continue
            labels += 1
            bare = label.rstrip(":").strip()
            if label.endswith(":") or field_key(bare) or subfield_key(bare) or element_label(bare + ":"):
                known += 1
    if labels > 0 and known * 2 >= labels:
        return True
    return _label_value_pairs(table, start)


_SHORT_LABEL = re.compile(r"[A-Za-z][\w /&'’#.()-]{1,38}")


def _label_value_pairs(table: Table, start: int) -> bool:
    """An EHR print's header box ("Document Type | BH Treatment Plan", "Result Status | Auth (Verified)"): three or
    more rows of exactly two filled cells, a short caption (no digits, no sentence) beside its value."""
    rows = [r for r in table.rows[start:] if any(c.text.strip() for c in r.cells)]
    if len(rows) < 3:
        return False
    for row in rows:
        texts = _distinct_texts(row)
        if len(texts) != 2 or len(row.cells) != 2:
            return False
        label = texts[0].rstrip(":").strip()
        if (
            not _SHORT_LABEL.fullmatch(label)
            or len(label.split()) > 5
            or has_digit(label)
            or element_label(label + ":")
        ):
            return False
    return True


_BOX_NOT_A_LABEL = re.compile(rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|(?i:{DATE_TEXT})|[!?]\s*$|\w{{5,}}\.\s*$")


@lru_cache(maxsize=4096)
def _label_like(first: str) -> bool:
    """True when a cell's first line reads as a form label: short, no value after a colon, and a known label,
    a section title, a signature caption, or written in capitals."""
    text = " ".join(first.split())
    if not text or len(text) > 100 or len(text.split()) > 14 or _BOX_NOT_A_LABEL.search(text):
        return False
    if "\t" in first and ":" not in first and split_labels(first.strip())[0].label is not None:
        return False  # "Client<TAB>Ana Ruiz" (a tab-stop line, a nested table's row): a label with its value
    head, colon, rest = text.partition(":")
    asks = bool(colon) and _asked_parts(rest)
    if colon and rest.strip() and not rest.strip().isupper() and not asks:
        return False  # "Frequency: 3 visits/week" is a labelled value, not a caption
    label = head.strip()
    if not label or (element_label(label + ":") and not asks):
        return False
    # (a remark in brackets after a caption in capitals is the form's hint: "18. ON FILE (Print/type name)")
    letters = [c for c in re.sub(r"\([^()]*\)", " ", label) if c.isalpha()]
    if len(letters) >= 3 and sum(1 for c in letters if c.isupper()) >= 0.8 * len(letters):
        return True
    if field_key(label) or subfield_key(label) or "signature" in label.lower():
        return True
    return match_section(label).key is not None


def _asked_parts(rest: str) -> bool:
    """True when what follows a caption's colon lists the parts the box asks for, each a known label and none a
    value ("Treatment goals: baseline, mastery criteria, target date"; "Frequency: 3 visits/week" holds a value)."""
    pieces = [p.strip(" .") for p in re.split(r"\s*[,;/]\s*|\s+and\s+|\s+&\s+", rest) if p.strip(" .")]
    return len(pieces) >= 2 and all(
        not has_digit(p) and (subfield_key(p) is not None or field_key(p) not in (None, "other")) for p in pieces
    )


def box_lines(lines: list[str]) -> list[str]:
    """A cell's filled lines, a paragraph's manual line breaks counted as line ends (a box typed as one
    paragraph: "4. Patient name" <line break> "Ana Ruiz")."""
    return [part for line in lines for part in line.split("\n") if part.strip()]


def box_label(lines: list[str]) -> str | None:
    """The caption of a form box: a cell whose first line is a label and whose other lines are its value
    ("PATIENT NAME" over "Arlene Kucharski", "3. CERTIFICATION PERIOD" over "From: ... To: ...")."""
    filled = box_lines(lines)
    if len(filled) < 2:
        return None
    if not _label_like(filled[0]) and not _signer_box(filled):
        return None
    return filled[0].strip()


def _signer_box(filled: list[str]) -> bool:
    """ "Guardian" over "Noor Castellan (aunt)" over "Signed: 01/16/2026": a sign-off box captioned by its signer."""
    head = " ".join(filled[0].split()).rstrip(":")
    return (
        len(filled) >= 3
        and ":" not in head
        and ":" not in filled[1]  # the name line holds a name, not another labelled field
        and 0 < len(head.split()) <= 4
        and not has_digit(head)
        and normalize_signature_role(head) != "other"
        and not names_a_person(head)  # "Jo Lee, MD" over "NPI ..." over "Signed ...": a signer's block, no caption
        and signed_line_after_details(filled[1:]) is not None  # (an NPI or licence line may stand between)
    )


def _is_box_table(table: Table, start: int) -> bool:
    """Most filled cells are boxes (caption line over value lines): a grid form such as a CMS-485."""
    filled = boxes = 0
    for row in table.rows[start:]:
        seen: set[int] = set()
        for cell in row.cells:
            if cell.merged_from_above or id(cell.lines) in seen or not cell.text.strip():
                continue
            seen.add(id(cell.lines))
            filled += 1
            boxes += box_label(cell.lines) is not None
    return boxes > 0 and boxes * 2 >= filled


_CLIENT_ID_KEYS = ("patient.birth_date", "patient.member_id")


def _client_row(row: Row, roles: dict[int, str]) -> bool:
    """A first row taken for a signature header that is the client's details: no signature, signer-role or
    signed-date column, and a cell naming a client identifier ("Date of Birth", "Member ID") or holding a date."""
    if set(roles.values()) & {"signature", "role", "sign_date"}:
        return False
    for cell in row.cells:
        text = " ".join(cell.text.split()).rstrip(":")
        if text and (field_key(text) in _CLIENT_ID_KEYS or _BOX_NOT_A_LABEL.search(text)):
            return True
    return False


_BARE_DATE = re.compile(rf"\s*(?:by\s+)?(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|{DATE_TEXT})\s*", re.I)


def _column_texts(table: Table, col: int, start: int) -> list[str]:
    """The filled cells of one column under the header row `start`, each once (not the rows merged from above)."""
    return [
        " ".join(cell.text.split())
        for row in table.rows[start + 1 :]
        for cell in row.cells
        if cell.col == col and not cell.merged_from_above and cell.text.strip()
    ]


def _dated_columns(table: Table, roles: dict[int, str], start: int) -> dict[int, str]:
    """A goals table column headed by a bare "Target" (or used as the row label) whose cells hold only dates
    ("Obj # | Target | Objective" over "1.1 | 05/27/2026 | ..."): it gives each row's target date."""
    if "target_date" in roles.values():
        return roles
    header = table.rows[start].cells
    for position, cell in enumerate(header):
        if roles.get(position) not in ("target", "label", None) or column_role(cell.text) not in ("target", "label"):
            continue
        texts = _column_texts(table, cell.col, start)
        if texts and all(_BARE_DATE.fullmatch(text) for text in texts):
            roles = {**roles, position: "target_date"}
            break
    return roles


_VALUE_CELL = re.compile(rf"[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{{1,4}})|\d{{5}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|(?i:{DATE_TEXT})")


def _holds_values(row: Row, roles: dict[int, str]) -> bool:
    """A row taken for a header whose other cells are values (a dotted ICD-10 code, a CPT code, a date): the
    labels of a form with their values beside them."""
    return any(
        position not in roles and _VALUE_CELL.fullmatch(" ".join(cell.text.split()))
        for position, cell in enumerate(row.cells)
    )


def _goal_with_values(row: Row, roles: dict[int, str]) -> bool:
    """A row taken for a header that is a labelled goal with its values ("Long Term Goal | Delphine will return to
    ... | Target | 21-Jul-2025"): a cell outside the header roles holds a date or a sentence."""
    if _holds_values(row, roles):
        return True
    for position, cell in enumerate(row.cells):
        text = " ".join(cell.text.split())
        if position in roles or not text:
            continue
        if len(text.split()) >= 6 or parse_date(text) is not None:
            return True
    return False


# a goal's sentence ("Theo will mand for preferred items ...", "To increase ...")
_GOAL_SENTENCE = re.compile(r"\b(?:will|shall|to\s+(?:increase|decrease|reduce|improve|demonstrate|use))\b", re.I)


# a target named in words ("Conversational turns with a peer"), not a level ("80%", "4 of 5", "20 lb", "Min assist")
_TARGET_NAME = re.compile(r"[A-Za-z][A-Za-z'’-]+(?:[\s,:/()-]+[\w'’()-]+){2,}")
# a behaviour named in one or two words ("Elopement", "Hitting siblings"): letters only, no level
_SHORT_NAME = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}(?:\s+[A-Za-z][A-Za-z'’-]+)?")
_LEVEL = re.compile(
    r"%|\b\d+\s*(?:of|/|out\s+of)\s*\d+\b|^\s*(?:[<>≤≥]|at\s+least|no\s+more|fewer|less|under|over|up\s+to)|"
    r"\b(?:assist(?:ance)?|independent(?:ly)?|supervision|cues?|prompts?)\s*$",
    re.I,
)


# a level written short: a number with its unit or a level of assistance ("110 deg", "< 14 sec", "300 ft SPC, mod I",
# "4/5", "WNL"), no sentence
_SHORT_LEVEL = re.compile(
    r"(?=(?:[^.;]|(?<=\d)\.(?=\d)){1,40}$)(?!.*\b(?:will|shall|to\s+(?:increase|decrease|reduce|improve|walk|ambulate))\b)"
    r"(?:.*\d|.*\b(?:WNL|WFL|independent|mod\s*I|min\s*A|mod\s*A|max\s*A|assist\w*|supervision|SBA|CGA)\b)",
    re.I,
)


def _levels_as_goals(table: Table, roles: dict[int, str], start: int) -> dict[int, str]:
    """ "Measure | Initial | Norm / goal" over "R knee flexion AROM | 82 deg | 110 deg": a table of measures whose
    "goal" column holds only the level each measure should reach is no table of goals; the column is the target
    level of its row's measure (the goals are written elsewhere)."""
    values = set(roles.values())
    # ("Test | Eval 10/06/2025 | Goal" over "Berg Balance Scale | 38/56 | 48/56 or more": the tests named, the same)
    if not values & {"measure", "instrument"} or values & {"objective", "statement"} or list(values).count("goal") > 1:
        return roles
    header = table.rows[start].cells
    for position, role in roles.items():
        if role != "goal" or position >= len(header):
            continue
        texts = _column_texts(table, header[position].col, start)
        if texts and all(_SHORT_LEVEL.match(t) for t in texts):
            return {**roles, position: "target"}
    return roles


def _target_statements(table: Table, roles: dict[int, str], start: int) -> dict[int, str]:
    """A table with no goal column whose bare "Target" column holds the goals' sentences ("Domain | Target |
    Baseline | Mastery criterion" over "Listener | Theo will follow 1-step instructions ..."): the ABA target
    is the goal. A "Target" column of levels ("80%", "21/28 or more") stays the level to reach."""
    values = set(roles.values())
    if values & {"goal", "objective", "statement"} or not values & {"baseline", "mastery_criteria", "target_date"}:
        return roles
    header = table.rows[start].cells
    for position, role in roles.items():
        if role != "target" or position >= len(header):
            continue
        texts = _column_texts(table, header[position].col, start)
        sentences = [t for t in texts if len(t.split()) >= 4 and _GOAL_SENTENCE.search(t)]
        if texts and len(sentences) * 2 > len(texts):
            return {**roles, position: "goal"}
        # "Target | Baseline | Mastery criterion" over "Aggression (hits, kicks) during demands | 9 per hour | ...":
        # the behaviour or skill targeted, named in words, is the row's goal when the levels have columns of their own
        names = [t for t in texts if (_TARGET_NAME.match(t) or _SHORT_NAME.fullmatch(t)) and not _LEVEL.search(t)]
        if texts and values & {"baseline", "mastery_criteria"} and len(names) * 2 > len(texts):
            return {**roles, position: "goal"}
    if {"baseline", "mastery_criteria"} <= values or ("baseline" in values and "target_date" in values):
        # "Behavior | Baseline | Mastery criterion" over "Hitting | 5 per day | 0 per day for 15 days": with no
        # goal column, the behaviour (or skill) each row measures is the row's goal
        for position, role in roles.items():
            if role != "domain" or position >= len(header):
                continue
            texts = _column_texts(table, header[position].col, start)
            named = [t for t in texts if re.match(r"[A-Za-z]", t) and not _LEVEL.search(t)]
            if texts and len(named) * 2 > len(texts):
                return {**roles, position: "goal"}
    return roles


_GOAL_NUMBER = re.compile(r"\s*(?:goal\s*)?#?\s*(?:[A-Z]{1,3}[-.]?)?\d{1,2}(?:\.\d{1,2})?[.)]?\s*", re.I)


def _numbered_goal_column(table: Table, roles: dict[int, str], start: int) -> dict[int, str]:
    """A SMART table whose "Goal" column only numbers the rows ("Goal | Specific | Measure | Target | By when" over
    "1 | Reduce time spent on checking rituals | ..."): the numbers are the goals' labels and the first column with
    no role of its own whose cells are written in words is the goal's statement. A "Goal" column of sentences, or
    one with no unnamed column of words beside it, stays as it is."""
    goals = [p for p, r in roles.items() if r == "goal"]
    header = table.rows[start].cells
    if len(goals) != 1 or "statement" in roles.values() or goals[0] >= len(header):
        return roles
    numbers = _column_texts(table, header[goals[0]].col, start)
    if not numbers or not all(_GOAL_NUMBER.fullmatch(t) for t in numbers):
        return roles
    for position, cell in enumerate(header):
        if position in roles or not cell.text.strip():
            continue
        texts = _column_texts(table, cell.col, start)
        worded = [t for t in texts if len(re.findall(r"[A-Za-z]{2,}", t)) >= 3]
        if texts and len(texts) == len(numbers) and len(worded) * 2 > len(texts):
            return {**roles, goals[0]: "label", position: "goal"}
    return roles


def _labelled_values(text: str) -> bool:
    """A row across the table that gives facts, not a title: "Client: Jasper Okafor   DOB: 03/14/2020"."""
    segments = [s for s in split_labels(text) if s.label and s.value.strip() and field_key(s.label)]
    return len(segments) >= 2


def _element_with_value(text: str) -> bool:
    """ "Problem 3: Medication for OUD" across a goals table: the problem its rows answer, not a title; so is a goal
    or objective written out without a number ("GOAL: Leo will mand for 10 items")."""
    found = element_label(text)
    if found is None or not found.value:
        return False
    return found.number is not None or (found.kind in ("goal", "objective") and len(found.value.split()) >= 3)


def labelled_element_row(row: Row) -> bool:
    """A row whose filled cells all write a label with its value, the first a numbered goal, objective or problem
    ("Goal 1.1: Patient will ... | Target Date: 07/09/2026"): an element over the header of its objectives."""
    texts = _distinct_texts(row)
    if len(texts) < 2 or not _element_with_value(texts[0]) or not _filled_labels(row):
        return False
    for text in texts[1:]:  # the others are its facts, not elements of their own ("Objective 1a: ...")
        head = split_labels(text)[0]
        if not head.label or element_label(text) is not None or subfield_key(head.label) is None:
            return False
    return True


def _filled_labels(row: Row) -> bool:
    """True when a row's cells write labels with their values ("Service: Individual psychotherapy (90834)")."""
    texts = [" ".join(c.text.split()) for c in row.cells if c.text.strip()]
    return bool(texts) and all(re.match(r"[^:]{1,40}:\s*\S", t) for t in texts)


_LABEL_BOX_NUMBER = re.compile(r"^\s*\d{1,2}[a-z]?\s*[.)]\s+", re.I)


def labels_row(row: Row) -> bool:
    """A row of a form laid out in columns that holds labels, not values ("6. Provider name | 7. Onset date |
    8. SOC date | 10. DOB" under the first row's values): no digits but a form-box number, two or more known
    field labels and at least half of its filled cells known. A row whose every cell opens with a form-box number
    ("6. Patient's name and address | 7. Provider's name, address and telephone") is labels with one known."""
    raw = _distinct_texts(row)
    texts = [_LABEL_BOX_NUMBER.sub("", t).rstrip(":").strip() for t in raw]
    if len(texts) < 2 or any(has_digit(t) or len(t.split()) > 8 for t in texts):
        return False
    known = sum(1 for t in texts if field_key(t) or subfield_key(t))
    if known >= 1 and all(_LABEL_BOX_NUMBER.match(t) for t in raw):
        return True
    return known >= 2 and known * 2 >= len(texts)


def signer_header_roles(row: Row) -> dict[int, str] | None:
    """The column roles of a signer table's header met inside a larger form ("Role | Name / Credentials | Signature
    | Date" under an "E. SIGNATURES" banner row), or None when the row is not such a header: every filled cell a
    short caption without digits, a signature or name column and a role or date column beside it."""
    texts = [" ".join(c.text.split()) for c in row.cells if not c.merged_from_above]
    filled = [t for t in texts if t]
    if len(set(filled)) < 3 or any(has_digit(t) or len(t.split()) > 5 or t.endswith(".") for t in filled):
        return None
    roles = _header_roles(row)
    for position, cell in enumerate(row.cells):
        text = " ".join(cell.text.split())
        if position not in roles and text and "role" not in roles.values() and normalize_signature_role(text) != "other":
            roles[position] = "role"  # "Certifying practitioner", "Treating therapist": the column of that signer
    values = set(roles.values())
    if _kind_from_roles(roles) != "signatures":
        return None
    if not (values & {"signature", "sign_date"} or {"role", "target_date"} <= values):
        return None  # "Role | Name | Phone": a care team, nobody signs
    if _client_row(row, roles) or len(roles) * 4 < len(set(filled)) * 3:
        return None
    return roles


def service_header_roles(row: Row) -> dict[int, str] | None:
    """The column roles of a requested-services table's header met inside a larger form ("Service (code) | Amount |
    Frequency | Duration" under a "D. SERVICES" banner row), or None when the row is not such a header: three or
    more short captions without digits, each a known column, naming the service (or its code) and how much or how
    often."""
    texts = [" ".join(c.text.split()) for c in row.cells if not c.merged_from_above]
    filled = [t for t in texts if t]
    if len(set(filled)) < 3 or any(has_digit(t) or len(t.split()) > 5 or t.endswith(".") for t in filled):
        return None
    roles = _header_roles(row)
    if _kind_from_roles(roles) != "services" or len(roles) < len(set(filled)):
        return None
    if not set(roles.values()) & {"amount", "frequency", "units", "hours", "duration"}:
        return None
    return roles


# a review log's columns: the date of the review, and what the review recorded (progress, changes, a sign-off)
REVIEW_LOG_DATE = re.compile(
    r"\b(?:review|re-?evaluation|reassessment|recert\w*|progress\s+(?:report|review)|(?:plan\s+)?update)\b", re.I
)
NOT_HELD = re.compile(r"\b(?:next|due|scheduled|planned|target|projected|upcoming)\b", re.I)
REVIEW_LOG_RECORD = re.compile(
    r"\b(?:progress|outcome|summary|findings|results?|changes?|comments?|notes?|response|signed|signature|"
    r"reviewed\s+by|sign-?off|recommendations?)\b",
    re.I,
)


def review_log_header(header: list[str]) -> bool:
    """ "Date of review | Summary | Reviewed by": the header of a log of reviews held, one column dating the review
    (not the next one due) and every other column naming what the review recorded or a known label."""
    dated = [h for h in header if REVIEW_LOG_DATE.search(h) and not NOT_HELD.search(h) and re.search(r"\bdate", h, re.I)]
    others = [h for h in header if h not in dated]
    return (
        len(dated) == 1
        and len(others) >= 1
        and all(REVIEW_LOG_RECORD.search(h) or field_key(h) or subfield_key(h) for h in others)
        and any(REVIEW_LOG_RECORD.search(h) for h in others)
    )


def _captions_over_values(header: list[str], values: list[str]) -> bool:
    """A row of short captions (no digits, no sentence) over a row with a value under every caption."""
    if len(header) != len(values) or not all(values):
        return False
    return all(
        len(h.split()) <= 4 and not re.search(r"\d", h) and not h.endswith(".") and h != v
        for h, v in zip(header, values, strict=True)
    )


_VALUE_IN_CAPTION = re.compile(rf"{DATE_TEXT}|\d{{5,}}", re.I)


def _caption_like(text: str) -> bool:
    """A cell that can be a column's caption: ten words at most, no date and no long number ("Clinician", "ICD-10 code";
    not "Jonathan Reyes, MS, CCC-SLP — signed 09/08/2025 — NPI 1364029581", a value that names a label word)."""
    return len(text.split()) <= 10 and not _VALUE_IN_CAPTION.search(text)


def classify_table(table: Table) -> TableKind:
    """Decide how to read a table (see TableKind)."""
    rows = table.rows
    if not rows:
        return TableKind("lines")
    start = 0
    title = None
    title_row = None
    first = _distinct_texts(rows[0])
    if (
        len(rows) > 1
        and len(first) == 1
        and len(first[0]) <= 80
        and not first[0].rstrip().endswith(".")
        and not _labelled_values(first[0])
        and not (rows[0].cells and _labelled_values(rows[0].cells[0].text))
        and not _element_with_value(first[0])
    ):
        spanning = len(rows[0].cells) == 1 and len(rows[1].cells) > 1
        if spanning or match_section(first[0]).key is not None:
            title, title_row, start = first[0], 0, 1
    # "Goal 1: I want to drive again." across the table: a banner over the header row, not a header itself
    spanning = _distinct_texts(rows[start]) if start < len(rows) else []
    spanning_element = len(spanning) == 1 and _element_with_value(spanning[0])
    if start < len(rows) and not (start == len(rows) - 1 and _filled_labels(rows[start])) and not spanning_element:
        # (a single row of "Service: X | Frequency: weekly" cells is a form, not a header with no rows)
        roles = _numbered_goal_column(table, _target_statements(table, _header_roles(rows[start]), start), start)
        if _levels_as_goals(table, roles, start) != roles:
            # "Measure | Initial | Norm / goal" over levels: measures, kept as text
            return TableKind("measures", _levels_as_goals(table, roles, start), start, title, title_row)
        kind = _kind_from_roles(roles) if len(roles) >= 2 or (roles and len(rows[start].cells) == 1) else None
        if kind == "goals" and len(roles) == 1 and len(rows) == start + 1:
            kind = None  # one cell alone in its table ("PARENT / CAREGIVER TRAINING GOALS"): a title, not a header
        if kind and _holds_values(rows[start], roles):
            kind = None  # "ICD-10-CM | F43.12 | Description | PTSD": label/value pairs, a form, not a header
        if kind == "signatures" and _client_row(rows[start], roles):
            kind = None  # "Name | Walter Prentiss | Date of Birth | 01/19/1949": the client's details, a form
        if kind and len(roles) * 2 >= len([c for c in rows[start].cells if c.text.strip()]):
            if kind == "goals":
                roles = _dated_columns(table, roles, start)
            return TableKind(kind, roles, start, title, title_row)
    below = start
    while below < min(len(rows) - 2, start + 3) and (
        len(_distinct_texts(rows[below])) == 1 or (below > start and labelled_element_row(rows[below]))
    ):
        # banner rows across the table ("Dx: F33.1 ...", "Goal: Ramon will ...") over the header; under a first
        # banner, a goal written with its values in cells of their own ("Goal 1.1: ... | Target Date: 07/09/2026")
        below += 1
    if below > start and len(rows[below].cells) > 1:
        # read as lines, above the header ("Problem 1: ..." title, "Goal: ..." banner, "# | Objective | Target date")
        roles = _header_roles(rows[below])
        kind = _kind_from_roles(roles) if len(roles) >= 2 else None
        if kind and _goal_with_values(rows[below], roles) and below + 1 < len(rows) - 1:
            # "Long Term Goal | Delphine will ... | Target | 08/05/2026" (a goal with its values) over "Obj # |
            # Short Term Objective | Target Date": the header is the row below, the pairs are read as lines
            below += 1
            roles = _header_roles(rows[below])
            kind = _kind_from_roles(roles) if len(roles) >= 2 else None
        if kind and len(roles) * 2 >= len([c for c in rows[below].cells if c.text.strip()]):
            if kind == "goals":
                roles = _dated_columns(table, roles, below)
            return TableKind(kind, roles, below, title, title_row)
    if _is_box_table(table, start):
        return TableKind("boxes", {}, start, title, title_row)
    # a table whose first row is (mostly) labels and whose next rows are not: a form laid out in columns
    if (
        len(rows) - start >= 2
        and len(rows[start].cells) >= 2
        and all(len([x for x in c.lines if x.strip()]) <= 1 for c in rows[start].cells)
    ):
        header = [" ".join(c.text.split()).rstrip(":") for c in rows[start].cells]
        values = [" ".join(c.text.split()).rstrip(":") for c in rows[start + 1].cells]
        known = sum(1 for h in header if h and _caption_like(h) and (field_key(h) or subfield_key(h)))
        if all(header) and review_log_header(header):
            return TableKind("form-columns", {}, start, title, title_row)
        if (
            all(header)
            and (
                known * 3 >= 2 * len(header)
                or (known >= 3 and known * 2 >= len(header))
                # "Medical diagnosis | Treatment diagnosis | Swallow study | Current diet" over one row of values:
                # short captions, half of them known, each over a value of its own
                or (len(rows) - start == 2 and known * 2 >= len(header) and _captions_over_values(header, values))
            )
            and known >= 2
            and (
                not any(v and not re.search(r"\d", v) and (field_key(v) or subfield_key(v)) for v in values)
                # "Hollis Varga | ZK4471902 | Medicaid": a value that is also a label word among values with digits
                or (
                    labels_row(rows[start])
                    and known == len(header)  # every cell a label, none a "Label:" waiting for a value beside it
                    and not any(c.text.strip().endswith(":") for c in rows[start].cells)
                    # "Client | Date | Therapist | Date": signers over their dated signatures, not a form
                    and not any(re.fullmatch(r"date|.*\bsign\w*\b.*", normalize_label(h)) for h in header)
                    and any(re.search(r"\d", v) for v in values)
                    and not labels_row(rows[start + 1])
                )
            )
        ):
            return TableKind("form-columns", {}, start, title, title_row)
    if _looks_like_form(table, start):
        return TableKind("form", {}, start, title, title_row)
    return TableKind("lines", {}, start, title, title_row)


# a medication list's columns: the medicine ("Medication", "Drug name", "Current meds") and how it is taken
_MEDICATION_COLUMN = re.compile(
    r"(?:current\s+|home\s+|active\s+)?(?:medications?|meds?|drugs?|medicines?|prescriptions?)(?:\s+(?:name|and\s+strength))?"
)
_DOSING_COLUMN = re.compile(
    r"doses?|dosage|dose\s*/\s*route|strength|route|sig|directions|instructions|prescriber|prescribed\s+by|"
    r"prescribing\s+(?:physician|provider)|refills?|quantity|qty|indication|purpose|new\s*/\s*changed|changed|"
    r"start(?:ed)?|start\s+date|last\s+(?:dose|filled)"
)


def medication_list(table: Table) -> bool:
    """True for a medication list ("Medication | Dose | Route | Frequency | Prescriber"): a column naming the medicine
    beside one naming its dose, route or prescriber. Its frequencies, doses and prescribers are the medicines', not
    the plan's services or providers."""
    for row in table.rows[:2]:
        words = [re.sub(r"[^a-z/ ]+", " ", " ".join(c.text.split()).lower()).strip() for c in row.cells]
        words = [" ".join(w.split()) for w in words]
        if any(_MEDICATION_COLUMN.fullmatch(w) for w in words) and any(_DOSING_COLUMN.fullmatch(w) for w in words):
            return True
    return False
