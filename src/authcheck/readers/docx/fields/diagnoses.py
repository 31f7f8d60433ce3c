"""What is wrong and how it was measured: diagnoses from labelled values and from the lines of a diagnosis
section (with who made them and when, from a "Diagnosed by:" row written before or after them), the presenting
problem, and standardized assessments.

Lines under a diagnosis heading that state no diagnosis are told apart here: a pointer to another document
("Refer to the admission H&P"), a clinician with a credential, a procedure code, the run-in title of another
section ("Orders: ..."), a case note in several sentences, a statement ("A comprehensive evaluation is
scheduled for 04/14/2026"), an assessment or episode of care done ("Biopsychosocial assessment completed ..."), a
level-of-care note or a specifier, a school's classification of the child ("Educational classification: ..."), and
a description cell beside the code cell of the same table row.
"""

from __future__ import annotations

import datetime as dt
import re

from authcheck.model import Assessment, Diagnosis, SourceLocation
from authcheck.model.vocab import INSTRUMENT_RE, find_instrument
from authcheck.parsing.dates import DATE_TEXT
from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.docx.labels import field_key, subfield_key
from authcheck.readers.phrases import (
    DiagnosisText,
    diagnosis_made,
    find_icd_codes,
    first_date,
    made_note,
    parse_assessment,
    parse_diagnoses,
    short_name_codes,
    split_name_credential,
)
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.state import BuilderState, Line, Section

__all__ = ["DiagnosisFieldsMixin"]


_SENTENCE_START = re.compile(r"\s*(?:a|an|the|this|he|she|they|client|patient|child|member|no|we|it)\b", re.I)
_STATEMENT = re.compile(r"\b(?:is|are|was|were|will|has|have|had|been|scheduled|planned|referred)\b", re.I)
_DX_MARKER = re.compile(
    r"\b(?:meets?|criteria\s+for|diagnosed\s+with|diagnos[ie]s\s+(?:of|is)|consistent\s+with|impression|"
    r"rule\s+out|r/o)\b",
    re.I,
)

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
# before an instrument's name: it is yet to be given ("will re-administer the", "plan to complete the", "due")
_PLANNED = re.compile(
    r"\b(?:will|to|shall|should|plan(?:s|ned)?\s+to|due|scheduled|pending|next)\b(?:\s+(?:be\s+)?[\w-]+)?(?:\s+the)?\s*\(?$",
    re.I,
)


# a diagnosis label's value that opens with who or when ("by ...", "03/11/2022, ...", "March 11, 2022, ...")
_MADE_VALUE = re.compile(rf"\s*(?:by\b|\(?\d|\(?(?i:{DATE_TEXT}))")


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


# an uncoded value that is an insurance line, not a diagnosis ("Secondary: PA Medical Assistance — ID 7704419923"):
# an identifier number or a payer's name
_PAYER_OR_ID = re.compile(
    r"\d{6,}|\b(?:id|no\.?|number|#)\s*[:#]?\s*[A-Z]*\d{4,}|\b(?:medicaid|medicare|medi-cal|medical\s+assistance|"
    r"insurance|health\s+plan|hmo|ppo|blue\s+cross|blue\s+shield|bcbs|aetna|cigna|humana|united\s*health(?:care)?|"
    r"tricare|chip|managed\s+care|medigap|aarp|(?:medicare\s+)?supplement(?:al)?\s+(?:plan|insurance|coverage)|"
    r"medicare\s+advantage|anthem|kaiser|molina|wellcare|highmark|ambetter|amerigroup|magellan|optum|carelon|"
    r"champva|workers['’]?\s*comp(?:ensation)?|self[\s-]pay|private\s+pay)\b",
    re.I,
)
# a line in the client's own voice ("Individual's words: “I want to get back to my choir.”"): a quotation of four
# words or more, or the first person
_OWN_WORDS = re.compile(r"[“\"«„][^”\"»“]*(?:\s+\S+){3,}[^”\"»]*[”\"»]|\b(?:I|I'm|I’m|I've|I’ve)\b|\b(?:my|me)\b")
# a line that reports an event, not a condition: "Comprehensive autism evaluation is scheduled for 05/2026",
# "ASAM dimensions reviewed at admission; see Level of Care Determination of 01/05/2026"
_EVENT = re.compile(
    r"\b(?:is|are|was|were|will\s+be|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:scheduled|planned|pending|"
    r"suspected|reviewed|completed|referred|requested|ordered|not\s+yet|done)\b|"
    r"\b(?:reviewed|completed|administered|conducted|scheduled)\s+(?:at|on|during|in|for)\b",
    re.I,
)
# a form's note that a document comes with the plan ("☒ Diagnostic report attached", "Copy of evaluation enclosed",
# "Psychological evaluation: on file"): a paper, not a condition
_DOCUMENT_ATTACHED = re.compile(
    r"\b(?:report|evaluation|eval|copy|copies|documentation|documents?|records?|letter|summary|results)\b"
    r"[^.;]{0,40}?\b(?:attached|enclosed|included|on\s+file|uploaded|faxed|submitted|to\s+follow|"
    r"available\s+(?:up)?on\s+request)\b",
    re.I,
)
_POINTER_CLAUSE = re.compile(r"(?:^|[;,.(]\s*)(?:please\s+)?(?:see|refer(?:red)?\s+to)\s", re.I)
_ASAM = re.compile(r"^\s*(?:the\s+)?asam\b", re.I)


# "Autism spectrum disorder was considered and not diagnosed", "PTSD ruled out", "does not meet criteria for ...":
# a condition the clinician excluded
_EXCLUDED = re.compile(
    r"\b(?:not\s+(?:been\s+)?diagnosed|ruled\s+out|was\s+excluded|(?:does|did)\s+not\s+meet|criteria\s+(?:were|are)\s+not\s+met|"
    r"no\s+longer\s+meets?|considered\s+and\s+(?:not|rejected|ruled))\b",
    re.I,
)


# a line that reports an assessment or an episode of care done, led by what was done with only its modifiers before
# it ("Biopsychosocial assessment completed 02/20/2025.", "Admission assessment and LOCADTR completed ...; medically
# managed withdrawal completed ...", "Intake evaluation performed on 3/2/2026"): the case's history, not a condition
_DONE_EVENT = re.compile(
    r"^\s*(?:[A-Za-z0-9&/.()]+(?:-[A-Za-z0-9]+)*\s+){0,5}?(?:assessments?|evaluations?|evals?|screenings?|intake|"
    r"admission|interviews?|testing|examination|exam|h&p|withdrawal(?:\s+management)?|detox(?:ification)?|induction)\b"
    r"(?:[^.;:,—–]|\.(?=\d)){0,60}?\b(?:was\s+|were\s+)?"
    r"(?:completed|conducted|administered|performed|done|started|initiated|begun)\b|"
    # "Completed intake assessment 2/20/2025", "Admitted from detox on 04/13/2025", "Medically managed withdrawal at
    # County General 04/10/2025": the same history told verb first, or an ASAM level of care named
    r"^\s*(?:completed|conducted|administered|performed|started|initiated)\s+(?:(?:an?|the|his|her|their)\s+)?"
    r"(?:[A-Za-z0-9&/-]+\s+){0,4}?(?:assessments?|evaluations?|evals?|screenings?|intake|interviews?|testing|"
    r"withdrawal|detox(?:ification)?|induction)\b|"
    r"^\s*(?:was\s+)?(?:admitted|discharged|transferred|stepped\s+down)\s+(?:from|to|on|at|in)\b|"
    r"^\s*(?:medically|clinically)\s+(?:managed|monitored)\b",
    re.I,
)
# a level-of-care note ("LOCADTR 3.0 determination: inpatient rehabilitation", "LOCUS: level 4") or a specifier of the
# diagnosis above ("Severity: level 2, requiring substantial support", "Specifiers: with language impairment")
_NOTE_LEAD = re.compile(
    r"^\s*(?:the\s+)?(?:asam|locus|ca-?locus|calocus|locadtr|level\s+of\s+care|loc\s+determination|placement)\b|"
    r"^\s*(?:severity(?:\s+level)?|specifiers?)\b|"
    # a remark on the diagnoses ("Note: family reports a school psychologist suggested autism", "Comments: ...")
    r"^\s*(?:(?:clinical|clinician['’]?s?|additional|diagnostic)\s+)?(?:notes?|comments?|remarks?|n\.?b\.?)\s*[:\-–—]",
    re.I,
)
# a school's classification of the child, beside the medical diagnosis ("Educational classification: Other health
# impairment", "Special education eligibility: Autism", "IDEA disability category: Speech or language impairment"):
# the category under which the school serves the child, no diagnosis
_SCHOOL_CATEGORY = re.compile(
    r"^\s*(?:(?:special\s+)?education(?:al)?|school|idea|iep|sped|504)\s+(?:\w+\s+){0,2}?"
    r"(?:classification|disability|eligibility|category|code|handicapping\s+condition)\b[^:\t]{0,30}?(?::|\t|\s[-–—]\s)|"
    r"^\s*(?:(?:eligibility|disability)\s+(?:category|classification|code)|handicapping\s+condition)\b"
    r"[^:\t]{0,30}?(?::|\t|\s[-–—]\s)",
    re.I,
)


def _no_condition(text: str) -> bool:
    """An uncoded line that states no condition: an insurance line, the client's own words, an event (an
    evaluation scheduled, dimensions reviewed, an assessment completed), a pointer clause to another document,
    an ASAM note, a school's classification of the child or a condition excluded."""
    return bool(
        _EXCLUDED.search(text)
        or _SCHOOL_CATEGORY.match(text)
        or _NOTE_LEAD.match(text)
        or (_DONE_EVENT.match(text) and not _DX_MARKER.search(text))
        or _PAYER_OR_ID.search(text)
        or _OWN_WORDS.search(text)
        or (_EVENT.search(text) and not _DX_MARKER.search(text))
        or _POINTER_CLAUSE.search(text)
        or _DOCUMENT_ATTACHED.search(text)
        or _ASAM.match(text)
    )


# how a diagnosis's name ends when the line broke inside it: a comma, or a word that joins it to what follows
_WRAPPED_END = re.compile(r"(?:,|;|\s(?:and|or|with|without|w/|w/o|of|due\s+to|in|&|\+))$", re.I)


def _column_role(text: str) -> str | None:
    from authcheck.readers.docx.tables import column_role  # (tables imports this package's labels)

    return column_role(text)


def _header_line(text: str) -> bool:
    """A table's header row read as one line ("ICD-10-CM<TAB>Description<TAB>Onset/Exac"): two or more column
    titles, nothing with a digit."""
    parts = [p.strip() for p in re.split(r"\t|\s\|\s|\s{3,}", text) if p.strip()]
    if len(parts) < 2 or any(re.search(r"\d", p.replace("ICD-10", "").replace("icd-10", "")) for p in parts):
        return False
    return sum(1 for p in parts if _column_role(p)) >= 2


# the rank or kind of a diagnosis written in a column of its own ("Primary", "Contributing", "Medical", "Rule out")
_DX_RANK = re.compile(
    r"(?:primary|principal|secondary|tertiary|additional|contributing|comorbid(?:ity)?|co-?occurring|medical|"
    r"psychiatric|behavioral|provisional|working|rule[\s-]*out|r/o|historical|history|resolved|active|chronic|"
    r"focus\s+of\s+(?:treatment|care)|admitting|treatment|other)(?:\s+(?:diagnosis|dx|condition))?",
    re.I,
)


def _not_a_diagnosis(text: str) -> bool:
    if _PROCEDURE_FIRST.match(text) and not find_icd_codes(text):
        return True
    name, credential = split_name_credential(text)
    return bool(
        credential and name and len(name.split()) <= 4 and all(w[:1].isupper() for w in name.split())
    )


# sections whose run-in title ("Orders:", "Plan:", "Goals:") opens a line that is not a diagnosis
_NOT_DIAGNOSIS_SECTIONS = {"services", "interventions", "goals", "objectives", "frequency"}


def _other_section_run_in(core: str) -> bool:
    """A line opened by a run-in label that is no field's but the title of a section without diagnoses."""
    label = (split_labels(core)[0].label or "").strip()
    if not label or field_key(label) or subfield_key(label):
        return False
    match = match_section(label)
    return match.key in _NOT_DIAGNOSIS_SECTIONS and match.score >= 95


# a label alone before a wide gap or a tab, where a colon would be ("Standardized assessment   ABLLS-R ...")
_GAPPED_LABEL = re.compile(r"(?P<label>[A-Za-z][\w/&'’ -]{1,40}?)(?:\s{2,}|\t+)(?=\S)")



# the label of an assessment's own fact in the cells or pairs beside it ("Administered: 02/16/2026", "Score: ABC 64")
_ASSESSMENT_FACT_LABEL = re.compile(
    r"(?:date\s+)?(?:administered|given|completed|conducted|re-?administered)(?:\s+on)?|(?:test|assessment|admin)\s+date|"
    r"date(?:\s+of\s+(?:administration|assessment|testing))?|scores?|results?",
    re.I,
)


# the label of the date of the evaluation that made a diagnosis, beside who made it ("Eval date", "Date of evaluation")
_EVALUATION_DATE_LABEL = re.compile(
    r"(?:diagnostic\s+)?(?:eval(?:uation)?\.?|assessment)\s+date|date\s+of\s+(?:(?:diagnostic\s+)?evaluation|diagnosis)|"
    r"date(?:\s+diagnosed)?|diagnosed\s+on",
    re.I,
)


def _pairs_beside(text: str, label: str, value: str, wanted: re.Pattern[str]) -> list[tuple[str, str]]:
    """The "label: value" pairs of a line right after the pair (label, value), as long as their labels are `wanted`
    ("Assessment: VB-MAPP  Administered: 02/16/2026  Score: ..." gives the date's and the score's pairs)."""
    segments = split_labels(text.strip())
    start = next(
        (i for i, seg in enumerate(segments)
         if seg.label and seg.label.strip() == label.strip() and " ".join(seg.value.split()) == " ".join(value.split())),
        None,
    )
    if start is None:
        return []
    pairs: list[tuple[str, str]] = []
    for seg in segments[start + 1 :]:
        if not seg.label or not wanted.fullmatch(seg.label.strip()):
            break
        pairs.append((seg.label.strip(), seg.value.strip()))
    return pairs


def _facts_beside(text: str, label: str, value: str) -> str:
    """ "Assessment: VB-MAPP  Administered: 02/16/2026  Score: Milestones 41/170" (a form row of pairs): the date and
    scores labelled right after the instrument, as words to read with it (" administered 02/16/2026 score Milestones
    41/170"); empty when the pair after the instrument is anything else."""
    words = [f"{name} {said}" for name, said in _pairs_beside(text, label, value, _ASSESSMENT_FACT_LABEL)]
    return (" " + " ".join(words)) if words else ""

class DiagnosisFieldsMixin(BuilderState):
    """Diagnoses (and who made them, when), the presenting problem and assessments."""

    # "Diagnosed by: ..." written before any diagnosis: (by, on, location) for the next diagnosis
    _pending_made: tuple[str | None, dt.date | None, SourceLocation] | None = None

    def _field_presenting_problem(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self.presenting.append((value.strip(), loc))
        return None

    @staticmethod
    def _stated_diagnoses(value: str) -> list[DiagnosisText]:
        """Diagnoses in a labelled value; an uncoded sentence that states something else is none
        ("A comprehensive evaluation is scheduled for 04/14/2026"), and so is a pointer to another document
        ("see psychiatric evaluation")."""
        if _header_line(value):
            return []
        found = [
            d
            for d in parse_diagnoses(value)
            if d.code or not (_REFERENCE.match(d.description or "") or _no_condition(value))
        ]
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
        if self._dx_tab_header(value) or self._dx_tab_row(value, loc):
            return "consumed-rest"
        whole = line.text.strip() if line is not None else ""
        if "\t" in whole and self.section.key != "diagnosis" and self._dx_tab_header(whole):
            # "Diagnosis<TAB>Code" (a nested table's header row, read as one line) outside a diagnosis section: its
            # rows ("Heart failure, unspecified<TAB>I50.32") follow, read as that table's
            title = whole.split("\t")[0].strip()
            self._enter(Section(title, "diagnosis", 15, "diagnosis"), loc)  # type: ignore[attr-defined]
            return "consumed-rest"
        if _MADE_VALUE.match(value):
            # "Diagnosis: 03/11/2022, Lorna Quist, PhD, licensed psychologist" under the coded diagnosis: who made it
            # and when, not a diagnosis
            note = made_note(f"diagnosed {value}")
            if note is not None and note.made.by and self._made_line(f"diagnosed {value}", loc):
                return "consumed-rest"
        self._add_diagnoses(self._stated_diagnoses(value), loc)
        return "consumed-rest"

    def _made_line(self, text: str, loc: SourceLocation) -> bool:
        """ "Diagnosed 02/07/2020 by Samuel Iwu, MD." on its own line: who made the diagnosis written above and
        when; "ASD diagnosed 06/03/2022 by ...": the listed diagnosis of that short name. False when the line is
        no such statement, or names a condition not listed (then it is one more diagnosis)."""
        note = made_note(text)
        if note is None:
            return False
        made = note.made
        if note.every and self.diagnoses:
            for diagnosis in self.diagnoses:  # "Both diagnosed by ... on ...": every diagnosis listed above
                if made.by and diagnosis.diagnosed_by is None:
                    diagnosis.diagnosed_by = made.by
                    diagnosis.field_sources["diagnosed_by"] = loc
                if made.on and diagnosis.diagnosed_on is None:
                    diagnosis.diagnosed_on = made.on
                    diagnosis.field_sources["diagnosed_on"] = loc
            return True
        if not note.subject:
            self._diagnosis_made(made.by, made.on, loc)
            return True
        prefixes = short_name_codes(note.subject) or ()
        hits = [d for d in self.diagnoses if d.code and d.code.startswith(prefixes)]
        if len(hits) != 1:
            return False
        if made.by and hits[0].diagnosed_by is None:
            hits[0].diagnosed_by = made.by
            hits[0].field_sources["diagnosed_by"] = loc
        if made.on and hits[0].diagnosed_on is None:
            hits[0].diagnosed_on = made.on
            hits[0].field_sources["diagnosed_on"] = loc
        return True

    # the column roles of a nested diagnosis table's header row, read as one tab-parted line, for its rows
    _dx_columns: list[str | None] | None = None

    def _dx_table_scope(self, line: Line, core: str) -> bool:
        """ "Description<TAB>ICD-10" (a nested diagnosis table's header row, read as one line) outside a diagnosis
        section: the rows after it are that table's, read as diagnoses. True when `core` is such a header."""
        if self.section.key == "diagnosis" or "\t" not in core:
            return False
        roles = {_column_role(p.strip()) for p in core.split("\t") if p.strip()}
        if roles & {"frequency", "amount", "units", "hours"}:
            return False  # "Code<TAB>Description<TAB>Minutes<TAB>How often": a services table's header
        if not {"code", "description"} <= roles or not self._dx_tab_header(core):
            return False
        self._enter(Section(core.split("\t")[0].strip(), "diagnosis", 15, "diagnosis"), line.loc(core))  # type: ignore[attr-defined]
        return True

    def _dx_tab_header(self, text: str) -> bool:
        """A header row read as one line ("Code<TAB>Diagnosis<TAB>Diagnosed by<TAB>Date"): its columns are kept
        for the rows after it. True when `text` is one."""
        if not _header_line(text):
            return False
        self._dx_columns = [_column_role(p.strip()) for p in text.split("\t")] if "\t" in text else None
        return True

    def _dx_tab_row(self, text: str, loc: SourceLocation) -> bool:
        """A row of that table ("F84.0<TAB>Autistic disorder<TAB>Beatrix Lowell, PhD<TAB>09/09/2023"): the code and
        description make the diagnosis, the "Diagnosed by" and date columns say who made it and when."""
        columns = self._dx_columns
        parts = text.split("\t")
        if not columns or len(parts) != len(columns) or "code" not in columns:
            return False
        cell = {role: part.strip() for role, part in zip(columns, parts, strict=True) if role}
        found = parse_diagnoses(f"{cell.get('code', '')} {cell.get('description', '')}", code_column=True)
        if not found:
            return False
        self._add_diagnoses(found, loc)
        by = cell.get("diagnosed", "")
        when = cell.get("diagnosed_on") or (cell.get("target_date", "") if "diagnosed" in cell else "")
        made = diagnosis_made(f"diagnosed by {by}, {when}" if by else f"diagnosed {when}") if by or when else None
        if made is not None:
            self._diagnosis_made(made.by, made.on, loc)
        return True

    def _field_diagnosis_primary(self, label: str, value: str, loc: SourceLocation, line: Line) -> str:
        self._add_diagnoses(self._stated_diagnoses(value), loc, primary=True)
        return "consumed-rest"

    def _field_diagnosis_secondary(self, label: str, value: str, loc: SourceLocation, line: Line) -> str:
        self._add_diagnoses(self._stated_diagnoses(value), loc, primary=False)
        return "consumed-rest"

    def _field_diagnosed_by(self, label: str, value: str, loc: SourceLocation, line: Line | None) -> None:
        """ "Diagnosed by: Renee Castellanos, PhD", "Diagnosed by / date: Sandra Kim, PsyD — 08/20/2025"."""
        made = diagnosis_made(f"diagnosed by {value}")
        if made is not None:
            on = made.on
            if on is None and line is not None and label:
                # "Diagnosed by | Renata Vos, PhD | Eval date | 11/20/2025" (a form row of pairs): the evaluation's
                # date beside the diagnostician is when the diagnosis was made
                beside = _pairs_beside(line.text, label, value, _EVALUATION_DATE_LABEL)
                on = first_date(beside[0][1]) if len(beside) == 1 else None
            self._diagnosis_made(made.by, on, loc)
        return None

    def _field_diagnosed_on(self, label: str, value: str, loc: SourceLocation, line: Line | None) -> None:
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

    def _field_assessment(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        """ "Standardized assessments (01/26/2026): VB-MAPP Milestones 22/170; Vineland-3 ABC 61": each instrument
        of a list is one assessment, dated by its own date or else by the date in the label. A note's "Assessment:"
        that names no instrument but codes a condition ("Assessment: M54.50 Low back pain ...") is its diagnosis."""
        if find_icd_codes(value) and find_instrument(value) is None:
            self._diagnosis_text(line, value, None, None)
            return None
        pieces = [p for p in re.split(r";\s*", value) if p.strip()]
        if len(pieces) < 2 or not all(find_instrument(p) for p in pieces):
            pieces = [value + (_facts_beside(line.text, label, value) if line is not None and label else "")]
        label_date = first_date(label)
        for piece in pieces:
            before = len(self.assessments)
            self._assessment_from(piece, loc)
            if label_date is not None and len(self.assessments) > before and self.assessments[-1].date is None:
                self.assessments[-1].date = label_date
        return None

    def _add_diagnoses(
        self, found: list[DiagnosisText], loc: SourceLocation, primary: bool | None = None
    ) -> None:
        for d in found:
            # "Primary diagnosis:" makes its codes primary; "Secondary diagnoses:" says they are not
            is_primary = d.primary if primary is None else primary
            if self._pair_in_row(d, is_primary, loc) or self._code_of_named(d, loc) or self._restated(d, is_primary, loc):
                continue
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
            self._heading_made(diagnosis)
        if found and self._pending_made is not None:
            by, on, made_loc = self._pending_made
            self._pending_made = None
            self._diagnosis_made(by, on, made_loc)

    def _restated(self, d: DiagnosisText, is_primary: bool, loc: SourceLocation) -> bool:
        """A diagnosis whose code was read already (a cover form's "Diagnosis | F84.0", then the plan's "Diagnosis:
        F84.0 Autistic disorder — diagnosed 05/14/2024 by ..."): the same diagnosis stated again elsewhere, whose name
        and who made it and when complete the first reading. A code written with another name ("F41.1 GAD with panic
        features" after "F41.1 Generalized anxiety disorder") or repeated on one line stays a diagnosis of its own.
        True when `d` was such a restatement."""
        if not d.code:
            return False
        where = (loc.section, loc.paragraph, loc.table, loc.row, loc.cell)
        earlier = next(
            (
                x
                for x in self.diagnoses
                if x.code
                and x.code.upper() == d.code.upper()
                and x.system == d.system
                and x.source is not None
                and (x.source.section, x.source.paragraph, x.source.table, x.source.row, x.source.cell) != where
                and (
                    x.description is None
                    or d.description is None
                    or " ".join(x.description.split()).casefold() == " ".join(d.description.split()).casefold()
                )
            ),
            None,
        )
        if earlier is None:
            return False
        for attr in ("description", "diagnosed_by", "diagnosed_on"):
            value = getattr(d, attr)
            if value and getattr(earlier, attr) is None:
                setattr(earlier, attr, value)
                earlier.field_sources[attr] = loc
        earlier.primary = earlier.primary or is_primary
        return True

    def _pair_in_row(self, d: DiagnosisText, is_primary: bool, loc: SourceLocation) -> bool:
        """A form row with the codes in one box and their names in the next ("11. ICD-10-CM: I11.0 | Principal
        Diagnosis: Hypertensive heart disease ...", a CMS-485's box 13 with one code and one name a line in each):
        a name alone is the name of the first code still unnamed in an earlier cell of the same row, and a code
        alone the code of the first name still uncoded there. True when `d` completed such a diagnosis."""
        if loc.table is None or loc.row is None or loc.cell is None or bool(d.code) == bool(d.description):
            return False
        for other in self.diagnoses:
            src = other.source
            if (
                src is None
                or (src.table, src.row) != (loc.table, loc.row)
                or src.cell is None
                or src.cell >= loc.cell
                or bool(other.code) == bool(other.description)
                or bool(other.code) == bool(d.code)
            ):
                continue
            if d.description:
                other.description = d.description
                other.field_sources["description"] = loc
            else:
                other.code, other.system = d.code, d.system
                other.field_sources["code"] = loc
            other.primary = other.primary or is_primary
            return True
        return False

    def _code_of_named(self, d: DiagnosisText, loc: SourceLocation) -> bool:
        """ "Diagnosis: Generalized anxiety disorder. ICD-10 code: F41.1" (or the code on the next line): a code alone
        after an uncoded diagnosis read from the same line or paragraph, or the paragraph just before, is that
        diagnosis's code. True when `d` completed it."""
        last = self.diagnoses[-1] if self.diagnoses else None
        if last is None or last.code or not last.description or not d.code or d.description or last.source is None:
            return False
        if any(getattr(last.source, k) != getattr(loc, k) for k in ("section", "table", "row", "cell")):
            return False
        before, here = last.source.paragraph, loc.paragraph
        if before != here and (before is None or here is None or here != before + 1):
            return False
        last.code, last.system = d.code, d.system
        last.field_sources["code"] = loc
        return True

    def _heading_made(self, diagnosis: Diagnosis) -> None:
        """ "Diagnoses (per developmental evaluation 01/26/2026, Kwame Asante-Lind, MD):": a diagnosis heading that
        says who made the diagnoses under it, and when."""
        title = self.section.title or ""
        if self.section.key != "diagnosis" or not re.search(r"\d", title) or self.section_loc is None:
            return
        made = diagnosis_made(title)
        if made is None:
            return
        if made.by and diagnosis.diagnosed_by is None:
            diagnosis.diagnosed_by = made.by
            diagnosis.field_sources["diagnosed_by"] = self.section_loc
        if made.on and diagnosis.diagnosed_on is None:
            diagnosis.diagnosed_on = made.on
            diagnosis.field_sources["diagnosed_on"] = self.section_loc

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
        if self._dx_tab_header(core) or self._dx_tab_row(core, line.loc(core)):
            return True  # "ICD-10-CM | Description | Onset": a nested table's header row (or row), read as one line
        if self._made_line(core, line.loc(core)):
            return True  # "Diagnosed 02/07/2020 by Samuel Iwu, MD." under the diagnosis it documents
        if self._wrapped_description(line, core):
            return True  # "F10.20 - ETOH dependence," then "uncomplicated": one diagnosis wrapped over two lines
        found = parse_diagnoses(core, require_marker=len(core) > 160)
        if not found:
            return self._dx_cell_caption(line, core)  # "Primary" beside a row's code: that diagnosis's rank
        if len(found) == 1 and found[0].code is None and self._dx_cell_caption(line, core):
            return True  # "Name" / "Type" over the rows, "Contributing" beside a row's code: no diagnosis of its own
        if all(d.code is None for d in found) and _no_condition(core):
            return False  # an insurance line, the client's own words, an evaluation scheduled: no diagnosis
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

    def _wrapped_description(self, line: Line, core: str) -> bool:
        """A coded diagnosis whose name an OCR'd or typed line broke after a comma or a joining word ("F10.20 - ETOH
        dependence," then "uncomplicated"; "F43.10 PTSD with" then "nightmares"): the short lower-case line right
        after it, naming no code, ends that name, not a diagnosis without a code. False for anything else (a line after
        a name that ends whole, "F15.20 - stimulant dependence" then "meth - smoking 3-4 d/wk", stays its own)."""
        before = self._line_before
        if line.table is not None or before is None or before[0].paragraph is None or not self.diagnoses:
            return False
        text = core.strip()
        if not re.match(r"[a-z(]", text) or len(text.split()) > 6 or find_icd_codes(text) or re.search(r"\d", text):
            return False
        last = self.diagnoses[-1]
        source = last.source
        if (
            last.code is None
            or not last.description
            or source is None
            or source.paragraph != before[0].paragraph
            or source.section != line.loc(core).section
        ):
            return False
        written = (source.text or "").rstrip()
        joined = _WRAPPED_END.search(written)
        if joined is None or not written.endswith(joined.group(0)):
            return False
        tail = joined.group(0).strip()
        glue = f"{tail} " if tail in (",", ";") else (" " if last.description.rstrip().endswith(tail) else f" {tail} ")
        last.description = f"{last.description.rstrip(' ,;')}{glue}{text.rstrip(' .;')}".replace(" ,", ",")
        last.field_sources["description"] = line.loc(core)
        return True

    def _dx_cell_caption(self, line: Line, core: str) -> bool:
        """A cell of a diagnosis table read cell by cell that names no condition: a column title ("Name", "Type",
        "ICD-10-CM") or, in the row of a coded diagnosis, that diagnosis's rank ("Contributing", "Comorbid",
        "Medical"). Text of another row, or a condition's name, is read as before."""
        if line.table is None or find_icd_codes(core) or re.search(r"\d", core):
            return False
        text = core.strip(" .:;")
        if ":" in text or "\t" in text or "|" in text:
            return False
        if len(text.split()) <= 3 and _column_role(text) is not None and not any(
            d.source is not None and d.source.table == line.table and d.source.row == line.row for d in self.diagnoses
        ):
            return True
        last = self.diagnoses[-1] if self.diagnoses else None
        source = last.source if last is not None else None
        if (
            last is None
            or last.code is None
            or source is None
            or source.table != line.table
            or source.row != line.row
            or _DX_RANK.fullmatch(text) is None
        ):
            return False
        if re.match(r"(?:primary|principal)\b", text, re.I) and not any(d.primary for d in self.diagnoses):
            last.primary = True
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

    def _presenting_text(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        self.presenting.append((core, line.loc(core)))
        return True

    def _assessment_from(self, text: str, loc: SourceLocation) -> bool:
        instrument, date, scores = parse_assessment(text)
        if find_instrument(text) is not None and find_instrument(instrument) is None:
            # "I completed the VB-MAPP on 1/12/2026 (Milestones 38) and the Vineland-3 on 1/15/2026 (ABC 64)": the
            # instruments a sentence names, each with the date and scores written after it
            return self._instruments_in_prose(text, loc)
        if not instrument or sum(c.isalnum() for c in instrument) < 2:
            return False
        if date is None and not scores and len(instrument.split()) > 8:
            return False
        self.assessments.append(Assessment(instrument=instrument, date=date, scores=scores, source=loc))
        return True

    def _instruments_in_prose(self, text: str, loc: SourceLocation) -> bool:
        """Each standardized instrument named in prose, read from its name up to the next instrument or sentence
        end; one the text says is yet to be given ("will re-administer the VB-MAPP") is no assessment."""
        starts = [m.start() for m in INSTRUMENT_RE.finditer(text) if find_instrument(m.group(0))]
        made = False
        for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
            piece = re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", text[start:end])[0]
            if _PLANNED.search(text[max(0, start - 30) : start]):
                continue
            instrument, date, scores = parse_assessment(piece)
            instrument = re.sub(r"\s+(?:and|&)(?:\s+the)?$", "", instrument or "", flags=re.I).strip(" ,;")
            if not instrument:
                continue
            self.assessments.append(Assessment(instrument=instrument, date=date, scores=scores, source=loc))
            made = True
        return made

    def _gapped_assessment(self, line: Line, core: str) -> bool:
        """ "Assessment  Vineland-3 interview form, 02/20/2026: ABC 71" (a wide gap where a colon would be): an
        assessment label, a gap, then a standardized instrument; read as "Assessment: ..." would be."""
        match = _GAPPED_LABEL.match(core)
        if match is None or field_key(match.group("label")) != "assessment":
            return False
        value = core[match.end() :].strip()
        if find_instrument(value) is None:
            return False  # "Assessment  of progress is made monthly": no instrument named
        return self._assessment_from(value, line.loc(core))

    def _assessment_text(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        return self._assessment_from(core, line.loc(core))
