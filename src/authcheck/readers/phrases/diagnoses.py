"""Diagnoses as written: coded lines, names beside DSM codes, diagnoses in prose, who made one and when."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from authcheck.parsing import find_dates
from authcheck.parsing.dates import ANY_DATE_TEXT, DATE_TEXT
from authcheck.readers.phrases.codes import CodeMatch, find_icd_codes, without_retracted_codes
from authcheck.readers.phrases.common import blank_value, has_digit
from authcheck.readers.phrases.names import split_name_credential


@dataclass
class DiagnosisText:
    """One diagnosis as read from a phrase."""

    code: str | None
    system: str | None
    description: str | None
    primary: bool = False
    diagnosed_by: str | None = None
    diagnosed_on: dt.date | None = None
    text: str = ""


_PRIMARY = re.compile(
    r"\(\s*(?:primary|principal)(?:\s+(?:diagnosis|dx))?\s*\)|\b(?:primary|principal)\s*(?:diagnosis|dx)?\s*[:\-–]|^\s*(?:primary|principal)\b|"
    # "F88 Other disorders of psychological development — primary": the rank set off after the name
    r"\s[—–-]\s*(?:primary|principal)(?:\s+(?:diagnosis|dx))?\s*[.;]?\s*$|"
    # "combined type *PRIMARY*", "[Primary]": the rank set off by asterisks or square brackets, as text exports mark it
    r"\*+\s*(?:primary|principal)(?:\s+(?:diagnosis|dx))?\s*\*+|\[\s*(?:primary|principal)(?:\s+(?:diagnosis|dx))?\s*\]",
    re.I,
)
_SECONDARY_MARK = re.compile(
    r"\(\s*(?:secondary|tertiary|additional|rule[\s-]*out|r/o|provisional)\s*\)", re.I
)
# Who made a diagnosis and when: "diagnosed by Alicia Gomez, Psy.D., on 10/10/2023", "(dx 05/20/2021, Anjali Rao,
# MD)", "evaluation by Priya Shah, PhD, 01/22/2025", "Diagnostic evaluation 06/01/2022 by Maria Lopez, PsyD",
# "diagnosticado por / diagnosed by Elena Cortés, PhD, 05/06/2024", "... (F84.0) on 11/05/2022 by Lionel Harte, MD".
_DATE_WORDS = rf"(?:{ANY_DATE_TEXT}|\d{{1,2}}/\d{{4}}|[A-Z][a-z]{{2,8}}\.?\s+\d{{4}})"  # a date, or a month and year
_MADE = re.compile(
    r"(?P<lead>[\s,;.\-–—]*\(?\s*)\b(?P<trigger>"
    r"(?:the\s+)?(?:diagnosis|dx)\s+(?:was\s+)?(?:made|given|established|confirmed)|"
    r"(?:made|given|established|confirmed)(?=\s+by\b)|"
    r"diagnosticad[oa]|diagnosed(?!\s+(?:with|as)\b)|dx['’]?d(?=\s)|dx(?=\s+(?:on\s+)?" + _DATE_WORDS + r"|\s+by\s)|"
    # "(diagnosis by Dr. Femi Adeyemi, MD, 8/19/2020)": by a person, named with capitals
    r"(?-i:[Dd]iagnosis)(?=\s+by\s+(?-i:[A-Z]))|"
    # "Initial diagnosis 11/02/2021 by Gideon Farris, PhD", "original dx by Ana Ruiz, MD"
    r"(?:initial|original|first|formal|confirmed)\s+(?:diagnosis|dx)(?=\s+(?:(?:on|dated|made|given)\s+)?(?:by\b|"
    + _DATE_WORDS + r"))|"
    r"(?:(?:diagnostic|psychological|developmental|initial)\s+)?(?:evaluation|assessment|eval)"
    r"(?=\s+(?:(?:on|dated|completed|performed)\s+)?(?:by\b|" + _DATE_WORDS + r"))|"
    r"evaluated(?=\s+(?:on\s+)?(?:by\b|" + _DATE_WORDS + r"))|"
    r"on(?=\s+" + _DATE_WORDS + r",?\s+by\b)|"
    # "diagnosed with autism spectrum disorder (F84.0) by Dana Lee, PhD on ...": after the bracketed code (the
    # text before must speak of a diagnosis; see diagnosis_made)
    r"(?<=\)\s)(?=by\s+[A-Z])"
    r")",
    re.I,
)
# where the statement ends: a clause break, a bracket, a sentence end (not after "Dr." or an initial)
_MADE_END = re.compile(
    r";|\)|\(|(?<!\bDr)(?<!\bDra)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bLic)(?<!\b[A-Z])\.(?:\s+(?=[A-Z])|\s*$)"
)
_BY_WORD = re.compile(r"\b(?:by|por)\b\s*:?\s*", re.I)
# a clause that says only when ("on 11/03/2025", "date of diagnosis: 11/03/2025", "el 3 de noviembre de 2025")
_WHEN_CLAUSE = re.compile(
    r"\s*(?:on|dated|el|date(?:\s+of\s+(?:diagnosis|dx|evaluation))?|(?:diagnosis|dx)\s+date|"
    r"fecha(?:\s+del?\s+diagn[oó]stico)?)\s*:?\s*(?=\d|[A-Z][a-z]{2,8}\.?\s+\d)",
    re.I,
)
_CLAUSE_MARK = "\x1f"


@dataclass(frozen=True)
class DiagnosisMade:
    """Who made a diagnosis and when, with the span of the statement in the text it was read from."""

    by: str | None
    on: dt.date | None
    start: int
    end: int


def diagnosis_made(text: str) -> DiagnosisMade | None:
    """The statement of who made a diagnosis and when in `text` ("diagnosed by Dana Lee, PhD, on 03/14/2025",
    "(dx 05/20/2021, Anjali Rao, MD)"), or None. A statement naming neither a person nor a date is none."""
    for match in _MADE.finditer(text):
        if not match.group("trigger") and not re.search(r"diagnos|\bdx\b", text[: match.start()], re.I):
            continue
        rest = text[match.end() :]
        stop = _MADE_END.search(rest)
        while stop is not None and stop.group(0) == "(":
            # "by Ruth Kemelman, MD (developmental pediatrician) on 11/03/2022": a short note in brackets that
            # is no code nor date is passed over; the statement goes on after it
            note = re.match(r"\(([^()]{1,60})\)", rest[stop.start() :])
            if note is None or find_icd_codes(note.group(1)) or list(find_dates(note.group(1))):
                break
            rest = rest[: stop.start()] + " " * len(note.group(0)) + rest[stop.start() + note.end() :]
            stop = _MADE_END.search(rest)
        while stop is not None and stop.group(0) == ";" and _WHEN_CLAUSE.match(rest, stop.end()):
            # "(diagnosed by: Ana Ruiz, PhD; date of diagnosis: 11/03/2025)": the date clause after the semicolon
            # is the same statement's; the mark keeps the name from running into it
            rest = rest[: stop.start()] + _CLAUSE_MARK + rest[stop.end() :]
            stop = _MADE_END.search(rest)
        window = rest[: stop.start()] if stop else rest
        coded = find_icd_codes(window)
        if coded:
            # "Diagnosed 03/02/2024 by Dana Lee, PhD: F84.0 Autistic disorder": the statement ends where the
            # diagnosis it introduces begins
            rest = window = re.sub(r"[\s:\-–—,;]*$", "", window[: coded[0].start])
            stop = None
        dates = list(find_dates(window))
        on = dates[0][0] if dates else None
        by = None
        named = list(_BY_WORD.finditer(window))
        if named:
            who = window[named[-1].end() :]
        elif dates and match.group("trigger").lower() not in ("on",):
            who = window[dates[0][1][1] :]  # "(dx 05/20/2021, Anjali Rao, MD, child psychiatrist)"
            if not who.strip(" ,;:.-–—"):
                # "(dx 08/2022, Agnes Okafor, PhD, licensed psychologist, 08/15/2022)": the name before the full date,
                # after a month and year (or any date-like words) that open the statement
                who = re.sub(
                    rf"^[\s,;:]*(?:(?:on|in|dated)\s+)?(?:{_DATE_WORDS}|\d{{4}})[\s,;:]*", "", window[: dates[0][1][0]]
                )
        else:
            who = ""
        who = who.split(_CLAUSE_MARK)[0]
        who_dates = list(find_dates(who))
        if who_dates:  # "Elena Cortés, PhD, licensed psychologist, 05/06/2024": the name ends at its date
            who = who[: who_dates[0][1][0]]
        pieces = re.split(r"\s*,\s*", who)
        digit_at = next((i for i, piece in enumerate(pieces) if re.search(r"\d", piece)), None)
        if digit_at:  # "Gideon Farris, PhD, ADOS-2 Module 2": how it was made follows the name
            who = ", ".join(pieces[:digit_at])
        who = re.sub(r"[\s,]+(?:on|dated)?[\s,]*$", "", who, flags=re.I).strip(" ,;:-–—")
        if who and re.match(r"[^\W\d_]", who) and not re.search(r"\d", who) and len(who.split()) <= 14:
            name, credential = split_name_credential(who)
            by = ", ".join(x for x in (name, credential) if x) or None
        if by is None and on is None:
            continue
        start = match.start()
        end = match.end() + (stop.start() if stop else len(rest))
        close = re.match(r"[^()]{0,80}\)", rest[stop.end() :]) if stop and stop.group(0) == ";" else None
        if "(" in match.group("lead") and stop and stop.group(0) == ")":
            end += 1  # "(dx 05/20/2021, Anjali Rao, MD)": the brackets go with the statement
        elif "(" in match.group("lead") and close is not None and not find_icd_codes(close.group(0)):
            end += 1 + close.end()  # "(diagnosed by Ana Ruiz, PhD; ADOS-2)": the rest of the bracket says how
        elif "(" in match.group("lead"):
            start = match.start("trigger")
        else:
            note = re.match(r"\s*\([^()]{0,80}\)", text[end:])
            if note and not find_icd_codes(note.group(0)):
                end += note.end()  # "... on 10/10/2023 (ADOS-2, ADI-R)": how it was made goes with it
        return DiagnosisMade(by, on, start, end)
    return None


_MARKERS = re.compile(
    r"(?:meets?\s+(?:the\s+)?(?:dsm-?5?\s+)?criteria\s+for|diagnos(?:is|es)\s+(?:of|is|are|include[sd]?)|diagnosed\s+with|"
    r"consistent\s+with(?:\s+a\s+diagnosis\s+of)?|impressions?\s+(?:of|is|are|include[sd]?)|presents\s+with\s+a\s+diagnosis\s+of|"
    r"(?:working|primary|secondary|principal)\s+diagnosis\s+(?:of|is)|dx\s+of|rule\s+out|r/o|presents?\s+with|"
    r"presenting\s+with|diagnosis\s+(?:of|is)|indicates?\s+(?:a\s+)?diagnosis\s+of)\s*:?\s*",
    re.I,
)
_LEAD = re.compile(
    r"^\s*(?:(?:dx|diagnosis|diagnoses|icd-?10(?:-?cm)?|dsm-?(?:5|iv)(?:-tr)?|axis\s+[ivx]+|primary|secondary|principal|"
    r"tertiary|additional|medical|treatment|code)\b\s*(?:#?\s*\d{1,2})?\s*[:\-–.)]?\s*)+",
    re.I,
)
_SEPARATORS = " \t-–—:;,|/.·•▪"
# "Essential (primary) hypertension" is the ICD-10-CM title, not a primary flag
_ICD_TITLE_PRIMARY = re.compile(r"\((?:primary|principal)\)(?=\s+[a-z])", re.I)
_TITLE_MARK = "\u2039primary\u203a"  # stands for "(primary)" inside a title while flags are read
# (an onset or exacerbation mark may come before the date: "Repeated falls  E 02/2026", as on a CMS-485)
_TRAILING_DATE = re.compile(
    rf"(?:\s+\(?[EO]\)?)?(?:^|\s+)\(?(?:(?i:{DATE_TEXT})|\d{{1,2}}/\d{{2,4}})\)?(?:\s*\([A-Z]\))?\s*$"
)


def _clean_description(text: str) -> str | None:
    text = _PRIMARY.sub(" ", text)
    text = _TRAILING_DATE.sub("", text)  # "Chronic diastolic heart failure  01/08/2026 (E)": the onset date
    text = _SECONDARY_MARK.sub(" ", text)
    text = re.sub(r"\(\s*\)", " ", text)
    text = _LEAD.sub("", text)
    text = re.sub(r"\b(?:dsm-?5|icd-?10(?:-cm)?)\s*:?\s*$", "", text, flags=re.I)
    text = " ".join(text.split()).strip(_SEPARATORS)
    text = re.sub(r"^(?:(?:and|or|with|plus)\s+)?(?:(?:an?|the)\s+)?", "", text, flags=re.I)
    for _ in range(3):
        if text.endswith(("(", "[")) or (text.endswith(")") and text.count("(") < text.count(")")):
            text = text[:-1].strip(_SEPARATORS)
        elif text.startswith((")", "]")) or (text.startswith("(") and text.count("(") > text.count(")")):
            text = text[1:].strip(_SEPARATORS)
        elif text.startswith("(") and text.endswith(")") and text.count("(") == 1:
            text = text[1:-1].strip(_SEPARATORS)
    if not re.search(r"[A-Za-z]{3,}", text):
        return None
    return text.replace(_TITLE_MARK, "(primary)")


_NOT_LISTED_DX = re.compile(
    r"(?:r/o|rule[\s-]+out|see|refer|per|hx|history|pending|deferred|none|n/a|primary|secondary|principal)\b", re.I
)


def _uncoded_after(rest: str, original: str) -> list[DiagnosisText]:
    """In a list of "Name (code)" items, the items after the last code that have no code ("Major depressive
    disorder (F32.1); Generalized anxiety disorder"): each a short name set off by a semicolon."""
    rest = re.sub(r"^\s*[)\]]\s*(?:\(\s*(?:primary|principal|secondary)\s*\))?", "", rest, flags=re.I)
    if not re.match(r"\s*;", rest):
        return []
    found: list[DiagnosisText] = []
    for piece in rest.split(";")[1:]:
        piece = piece.strip()
        if re.search(r"\d", piece) or not piece[:1].isupper() or _NOT_LISTED_DX.match(piece):
            return []  # a date, a note, a pointer or a rule-out: not a plain list of names
        desc = _clean_description(piece.rstrip(". "))
        if desc is None or len(desc.split()) > 10:
            return []
        found.append(DiagnosisText(code=None, system=None, description=desc, primary=False, text=original.strip()))
    return found


# "(Dr. Sylvie Marchand, PhD, 04/22/2022)", "(04/22/2022, Sylvie Marchand, PhD)": who made it and when, in brackets
# after the diagnosis, with no word saying so; the closing bracket may be gone with the value's end ("Dx F84.0
# autistic disorder (Dr. Julian Bautista, PhD, 3/3/24)" read as a run-in fact whose value loses its ")")
_BRACKET_MADE = re.compile(r"\((?P<inner>[^()]{6,90})(?:\)|\s*$)")
_DR = re.compile(r"^\s*(?:dr|dra)\.?\s+", re.I)
# the word for the evaluation before its date, at the end of what the bracket says ("..., PhD, evaluation")
_EVALUATION_WORDS = re.compile(
    r"[,;]?\s*(?:(?:diagnostic|psychological|developmental|initial)\s+)?(?:evaluation|eval\.?|evaluated|assessed|"
    r"diagnosed|dx)(?:\s+(?:on|of|dated))?\s*$",
    re.I,
)


def _bracketed_made(text: str) -> DiagnosisMade | None:
    """A bracket after a diagnosis holding a clinician's name with a credential and a date, nothing else."""
    for match in _BRACKET_MADE.finditer(text):
        inner = match.group("inner")
        dates = list(find_dates(inner))
        if len(dates) != 1 or find_icd_codes(inner):
            continue
        date, (start, end) = dates[0]
        who = (inner[:start] + " " + inner[end:]).strip(" ,;-–—")
        who = _EVALUATION_WORDS.sub("", who).strip(" ,;-–—")  # "(Dr. Nadia Petrov, PhD, evaluation 04/02/2022)"
        who = _DR.sub("", who)
        name, credential = split_name_credential(who)
        if not name or not credential or len(name.split()) > 4 or not all(w[:1].isupper() for w in name.split()):
            continue
        return DiagnosisMade(by=f"{name}, {credential}", on=date, start=match.start(), end=match.end())
    return None


# "F84.0 Autistic disorder — Dana Lee, PsyD, licensed psychologist, evaluation of 4 November 2025": who made it
# and when, set off from the diagnosis by a spaced dash, to the end of the sentence or clause
_DASHED_MADE = re.compile(r"\s[—–-]\s+(?P<inner>(?:Dr\.?\s+)?[A-Z][^;()]{4,120}?)\s*(?:[;.]\s*$|;|$)")
# the words a dashed statement may add around the name and the date: the maker's role, the evaluation
_MADE_WORDS = re.compile(
    r"^(?:(?:licensed|clinical|child|developmental|pediatric|school|board[\s-]certified|consulting|treating|"
    r"neuro|behavioral|and|adolescent)\s+|(?:psycholog\w*|psychiatr\w*|pediatrician|neurolog\w*|physician|"
    r"doctor|clinician|evaluator|diagnostician|counsel\w*|therapist|social\s+worker)\b|"
    r"(?:(?:diagnostic|psychological|developmental|initial|comprehensive|intake)\s+)?(?:evaluation|eval|assessment)"
    r"(?:\s+(?:of|on|dated|completed))?|on|dated|in|at|of)[\s,]*",
    re.I,
)


def _dashed_made(text: str) -> DiagnosisMade | None:
    """A dash after a diagnosis, then a clinician's name with a credential and one date, with at most the maker's
    role and the word evaluation besides ("— Hana Cole, MD, developmental pediatrician, November 18, 2025")."""
    for match in _DASHED_MADE.finditer(text):
        inner = match.group("inner")
        dates = list(find_dates(inner))
        if len(dates) != 1 or find_icd_codes(inner):
            continue
        date, (start, end) = dates[0]
        if inner[end:].strip(" ,.;"):
            continue  # the date closes the statement
        name, credential = split_name_credential(_DR.sub("", inner[:start]).strip(" ,;"))
        if not name or not credential or len(name.split()) > 4 or not all(w[:1].isupper() for w in name.split()):
            continue
        rest = inner[:start]
        rest = rest[rest.find(credential) + len(credential) :] if credential in rest else ""
        rest = rest.strip(" ,;")
        while rest:
            word = _MADE_WORDS.match(rest)
            if word is None or not word.group(0):
                break
            rest = rest[word.end() :]
        if rest.strip(" ,;"):
            continue  # other words: not only who and when ("— see report by Dana Lee, PhD, 2024 for details")
        return DiagnosisMade(by=f"{name}, {credential}", on=date, start=match.start(), end=match.end())
    return None


# the short names clinicians write for a diagnosis, by the code category they stand for ("ASD diagnosed ... by")
_SHORT_NAMES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\b(?:asd|autism|autistic)\b", re.I), ("F84",)),
    (re.compile(r"\b(?:adhd|add|attention[\s-]deficit)\b", re.I), ("F90",)),
    (re.compile(r"\b(?:ptsd|post[\s-]?traumatic)\b", re.I), ("F43.1",)),
    (re.compile(r"\b(?:mdd|major\s+depress\w*)\b", re.I), ("F32", "F33")),
    (re.compile(r"\b(?:gad|generali[sz]ed\s+anxiety)\b", re.I), ("F41.1",)),
    (re.compile(r"\b(?:ocd|obsessive)\b", re.I), ("F42",)),
    (re.compile(r"\b(?:odd|oppositional)\b", re.I), ("F91.3",)),
    (re.compile(r"\b(?:aud|alcohol)\b", re.I), ("F10",)),
    (re.compile(r"\b(?:oud|opioid)\b", re.I), ("F11",)),
)


def _named_subject(before: str, results: list[DiagnosisText]) -> DiagnosisText | None:
    """The diagnosis a statement of who made it names right before it, in its own sentence ("ASD diagnosed
    05/03/2024 by ...", "Autism was diagnosed ..."), when that names one of several diagnoses on the line."""
    lead = re.split(r"[.;:]\s", before)[-1]
    if not lead.strip() or find_icd_codes(lead):
        return None
    for pattern, prefixes in _SHORT_NAMES:
        if pattern.search(lead):
            hits = [r for r in results if r.code and r.code.startswith(prefixes)]
            if len(hits) == 1:
                return hits[0]
    return None


def short_name_codes(text: str) -> tuple[str, ...] | None:
    """The code categories a short name of a diagnosis stands for ("ASD" -> F84), or None."""
    for pattern, prefixes in _SHORT_NAMES:
        if pattern.search(text):
            return prefixes
    return None


# words before a statement of who made a diagnosis that name no condition ("Evaluated and diagnosed on ...",
# "This diagnosis was made ...", "Both diagnoses confirmed ...")
_MADE_OPENER = re.compile(
    r"^(?:(?:evaluated|assessed|tested|seen)\s+and|(?:the\s+|this\s+|these\s+|both\s+|all\s+)?(?:above\s+)?"
    r"(?:diagnos[ie]s|dx|conditions?)(?:\s+(?:was|were|is|are))?|(?:it\s+)?was|originally|initially)$",
    re.I,
)
# "Both diagnosed by ...", "All three were diagnosed ...", "Each of the above ...": the statement is about every
# diagnosis listed, with no noun after the quantifier
_EVERY_OPENER = re.compile(
    r"^(?:both|all(?:\s+(?:two|three|four|five|\d))?|each|(?:both|all|each)\s+of\s+(?:them|these|those|the\s+above)|"
    r"these|they|all\s+(?:of\s+)?the\s+above|both\s+of\s+the\s+above)(?:\s+(?:was|were|are|have\s+been))?$",
    re.I,
)


@dataclass(frozen=True)
class MadeNote:
    """A line that only says who made a diagnosis and when; `subject` is the short name of the condition it is
    about when the line names one ("ASD diagnosed 06/03/2022 by ..."), else empty."""

    made: DiagnosisMade
    subject: str
    every: bool = False  # "Both diagnosed by ...": about every diagnosis listed


def made_note(text: str) -> MadeNote | None:
    """A line under listed diagnoses that says only who made the diagnosis and when: "Diagnosed 02/07/2020 by
    Samuel Iwu, MD, child psychiatrist.", "Dx made 7/8/2024 by ...; report attached.", "(dx by Dr. Ana Ruiz, PhD,
    11/2/2023)", "ASD diagnosed 06/03/2022 by ...". None when the line also states a code or a condition (the
    words before the statement other than a short name or "Evaluated and", or after it other than a new clause:
    "Diagnosed 2021 by Dana Lee, PhD: autistic disorder" states one)."""
    text = " ".join(text.replace("\u00a0", " ").split())
    if not text or find_icd_codes(text):
        return None
    made = diagnosis_made(text)
    if made is None:
        return None
    statement = text[made.start : made.end]
    by_word = re.search(r"\bby\b\s*:?", statement)
    if re.search(r":\s*[A-Za-z]", statement[by_word.end() :] if by_word else statement):
        return None  # "Diagnosed 2021 by Dana Lee, PhD: autistic disorder": the statement introduces a condition
    before = text[: made.start].strip(" ,;:-–—(")
    after = text[made.end :]
    if after.strip(" .;,)") and (not re.match(r"\s*[.;)]", after) or _MARKERS.search(after)):
        return None  # "... by Dana Lee, PhD: autistic disorder", "...; also meets criteria for ADHD"
    if not before or _MADE_OPENER.match(before):
        return MadeNote(made, "")
    if _EVERY_OPENER.match(before):
        return MadeNote(made, "", every=True)
    if len(before.split()) <= 3 and short_name_codes(before) is not None:
        return MadeNote(made, before)
    return None


def parse_diagnoses(
    text: str, *, code_column: bool = False, require_marker: bool = False
) -> list[DiagnosisText]:
    """Every diagnosis stated in a phrase, with code (ICD-10-CM, or ICD-9 numbers when that is all there is),
    description, primary flag and who diagnosed it when.

    - "F41.1 Generalized anxiety disorder (primary)", "Generalized Anxiety Disorder (F41.1)",
      "F411 – GAD", "DSM-5: 300.02 (F41.1)", "Dx 1: F31.81 - Bipolar II disorder (primary)";
    - several on one line: "... Osteoarthritis, right knee (M17.11) and Sprain of ... (S83.511A)";
    - no code: a short description, or prose with a marker ("meets criteria for major depressive
      disorder") gives Diagnosis(description=..., code=None). With `require_marker`, prose without a
      marker gives nothing.
    """
    original = text
    text = without_retracted_codes(" ".join(text.replace("\u00a0", " ").split()))
    if not text or blank_value(text):
        return []
    text = _ICD_TITLE_PRIMARY.sub(_TITLE_MARK, text)
    by = on = None
    made = diagnosis_made(text) or _bracketed_made(text)
    if made is not None and made.by is None:
        # "(Dr. Nadia Petrov, PhD, evaluation 04/02/2022)": the bracket around the dated evaluation names the maker
        bracketed = _bracketed_made(text)
        if bracketed is not None and bracketed.start <= made.start < bracketed.end:
            made = bracketed
    if made is None or made.by is None:
        # "... — Pim Oduya, LCSW, intake assessment on 2/3/2025": the dashed statement names the maker as well
        dashed = _dashed_made(text)
        if dashed is not None and (made is None or dashed.start <= made.start < dashed.end):
            made = dashed
    if made:
        by, on = made.by, made.on
        text = (text[: made.start] + " " + text[made.end :]).strip()
    codes = find_icd_codes(text, anywhere=code_column)
    if 1 < len(codes) <= 4:  # "F84.0 Autism spectrum disorder (ICD-10-CM F84.0, Autistic disorder)": one diagnosis
        codes = [c for i, c in enumerate(codes) if all(c.code != d.code for d in codes[:i])]
    results: list[DiagnosisText] = []
    if codes:
        # Decide whether descriptions come before codes ("Name (F41.1)") or after ("F41.1 Name").
        def before(i: int) -> str:
            start = codes[i - 1].end if i > 0 else 0
            return text[start : codes[i].start]

        def after(i: int) -> str:
            end = codes[i + 1].start if i + 1 < len(codes) else len(text)
            return text[codes[i].end : end]

        parenthesised = sum(1 for c in codes if text[max(0, c.start - 1) : c.start] in ("(", "["))
        suffix_style = parenthesised >= (len(codes) + 1) // 2 and parenthesised > 0
        for i, code in enumerate(codes):
            if suffix_style:
                chunk = before(i)
                markers = list(_MARKERS.finditer(chunk))
                marker = markers[-1] if markers else None
                if marker is not None:
                    chunk = chunk[marker.end() :]
                chunk = re.sub(r"^\s*\)?\s*(?:[,;]\s*)?(?:and|or|as well as|with)?\s*", "", chunk, flags=re.I)
                chunk = re.sub(r"\s*[(\[]\s*$", "", chunk)
                tail = after(i)
                tail_primary = (
                    re.match(r"^[\s)\]\-–—:,;]*\(?\s*(?:primary|principal)\b", tail, re.I) is not None
                )
                # a DSM number before the code ("300.02 (F41.1)") is not a description
                chunk = re.sub(r"\b\d{3}\.\d{1,2}\s*$", "", chunk)
                desc = _clean_description(chunk)
                if desc is None and len(codes) == 1:  # "DSM-5: 300.02 (F41.1) Generalized anxiety disorder"
                    desc = _clean_description(re.sub(r"^\s*[)\]]", "", tail))
                primary = bool(_PRIMARY.search(before(i))) or tail_primary
            else:
                chunk = after(i)
                desc = _clean_description(re.sub(r"^\s*[)\]]", "", chunk))
                if (
                    desc is None and len(codes) == 1
                ):  # "Agoraphobia, F40.00", "Major depressive disorder - F32.1"
                    desc = _clean_description(before(i))
                primary = bool(_PRIMARY.search(chunk)) or (i == 0 and bool(_PRIMARY.search(before(0))))
            results.append(
                DiagnosisText(
                    code=code.code,
                    system=code.system,
                    description=desc,
                    primary=primary,
                    text=original.strip(),
                )
            )
        if suffix_style:
            results.extend(_uncoded_after(text[codes[-1].end :], original))
    else:
        marker = _MARKERS.search(text)
        if marker:
            chunk = text[marker.end() :]
            chunk = re.split(r"(?<=[a-z)])\.\s|\.$|;\s", chunk)[0]
            desc = _clean_description(chunk)
        elif require_marker:
            desc = None
        else:
            desc = _clean_description(text) if len(text) <= 160 else None
            listed = [p for p in re.split(r"\s*;\s*", text.rstrip(". ")) if p.strip()]
            if desc and len(listed) >= 2 and all(2 <= len(p.split()) <= 8 and not re.search(r"\d", p) for p in listed):
                # "Alcohol use disorder, severe; Opioid use disorder, moderate": several named conditions, no codes
                named = [_clean_description(p) for p in listed]
                if all(named):
                    return [
                        DiagnosisText(code=None, system=None, description=n, primary=bool(_PRIMARY.search(p)),
                                      text=original.strip())
                        for n, p in zip(named, listed, strict=True)
                    ]
        if desc:
            results.append(
                DiagnosisText(
                    code=None,
                    system=None,
                    description=desc,
                    primary=bool(_PRIMARY.search(text)),
                    text=original.strip(),
                )
            )
    if results and (by or on):
        # the diagnosis written before the statement ("F84.0 Autism, diagnosed by Dana Lee, PhD; F80.2 ..."), or the
        # first when the statement leads the line
        before_made = sum(1 for c in codes if made is not None and c.start < made.start) if codes else len(results)
        target = results[min(max(before_made, 1), len(results)) - 1]
        named = _named_subject(text[: made.start], results) if made is not None and len(results) > 1 else None
        if named is not None:
            target = named  # "F84.0 Autistic disorder; F90.2 ADHD. ASD diagnosed 05/03/2024 by ...": the autism one
            lead = re.split(r"[.;:]\s", text[: made.start])[-1].strip()
            for result in results:  # the statement's subject ("ASD") is no part of the diagnosis it follows
                if result.description and lead and result.description.endswith(lead):
                    result.description = result.description[: -len(lead)].rstrip(" .;,") or None
        target.diagnosed_by, target.diagnosed_on = by, on
    return results


# where the name of a condition written before its bracketed code starts: after a verb or preposition that
# introduces it ("She also has generalized weakness (M62.81)", "sustained a right humerus fracture (S42.201D)")
_CONDITION_LEAD = re.compile(
    r"^.*\b(?:has|have|had|having|with|sustained|suffers?\s+from|suffering\s+from|developed|from|of|for|"
    r"due\s+to|secondary\s+to|following|after|and|including|shows?|showing|reports?|noted|known)\s+",
    re.I,
)


def _bracketed_diagnoses(sentence: str, codes: list[CodeMatch]) -> list[DiagnosisText]:
    """Conditions named in a narrative sentence with their dotted code in brackets right after them ("She also has
    generalized weakness (M62.81)"): the name is the clause before the bracket, after the word that introduces it."""
    found: list[DiagnosisText] = []
    for code in codes:
        if sentence[code.start - 1 : code.start] not in ("(", "[") or "." not in sentence[code.start : code.end]:
            continue
        clause = re.split(r"[,;:()\[\]]|\.\s", sentence[: code.start - 1])[-1]
        clause = _CONDITION_LEAD.sub("", clause)
        description = _clean_description(clause)
        if description is None or len(description.split()) > 10:
            continue
        found.append(DiagnosisText(code=code.code, system=code.system, description=description,
                                   text=sentence.strip()))
    return found


# "Social anxiety disorder (social phobia), unspecified: F40.10": a condition as a label, its code the value
_NAME_THEN_CODE = re.compile(r"^\s*(?P<name>[A-Za-z][^:;]{2,120}?)\s*[:=]\s*(?:icd-?10(?:-?cm)?\s*)?$", re.I)
_CONTENT_WORD = re.compile(r"[a-z]{3,}")
_FILLER_WORDS = frozenset({"and", "the", "with", "without", "other", "due", "for", "not", "elsewhere", "classified"})


def _description_words(text: str) -> set[str]:
    return {w for w in _CONTENT_WORD.findall(text.lower()) if w not in _FILLER_WORDS}


def _named_code_value(sentence: str, codes: list[CodeMatch]) -> DiagnosisText | None:
    """A line whose label names a condition and whose value is its ICD-10-CM code alone ("Social anxiety disorder
    (social phobia), unspecified: F40.10"), as a diagnosis table's row reads when written as lines. The name must
    match the code's description in the code set (most of its words); another label with a code as its value
    ("Member ID: F40.10", "Primary: F41.1") is no such line."""
    if len(codes) != 1 or codes[0].system != "ICD-10-CM" or sentence[codes[0].end :].strip(" .;") != "":
        return None
    label = _NAME_THEN_CODE.match(sentence[: codes[0].start])
    if label is None:
        return None
    from authcheck.codes.icd10cm import get_icd10cm  # (the code set loads on first use)

    title = get_icd10cm().description(codes[0].code)
    if not title:
        return None
    wanted, named = _description_words(title), _description_words(label.group("name"))
    shared = wanted & named
    if len(shared) < min(2, len(wanted)) or len(shared) < 0.6 * len(wanted):
        return None
    return DiagnosisText(code=codes[0].code, system=codes[0].system, description=label.group("name").strip(),
                         primary=bool(_PRIMARY.search(sentence)), text=sentence.strip())


def prose_diagnoses(text: str) -> list[DiagnosisText]:
    """Diagnoses stated in a narrative sentence that names both a diagnosis and its code ("She meets DSM-5
    criteria for major depressive disorder, recurrent, moderate (F33.1)", "He meets criteria for social anxiety
    disorder (social phobia); ICD-10-CM F40.10"). A sentence without a diagnostic phrase gives nothing."""
    if not has_digit(text):
        return []
    found: list[DiagnosisText] = []
    # (a title's dot goes on: "diagnosed 12/01/2025 by Dr. Ana Ferreira, PhD")
    for sentence in re.split(r"(?<=[a-z)\]\d])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)\.\s+(?=[A-Z])", " ".join(text.split())):
        codes = find_icd_codes(sentence)
        if not codes:
            continue
        markers = [m for m in _MARKERS.finditer(sentence) if m.end() <= codes[0].start]
        if not markers:
            named = _named_code_value(sentence, codes)
            if named is not None:
                found.append(named)
                continue
            bracketed = _bracketed_diagnoses(sentence, codes)
            made = diagnosis_made(sentence) if len(bracketed) == 1 else None
            if made is not None and made.start >= codes[0].end:
                # "... with autism spectrum disorder (F84.0), diagnosed 12/01/2025 by Dr. Ana Ferreira, PhD"
                bracketed[0].diagnosed_by, bracketed[0].diagnosed_on = made.by, made.on
            found.extend(bracketed)
            continue
        start = markers[-1].end()
        chunk = sentence[start : codes[0].start]
        chunk = re.sub(r"[;,]?\s*(?:\(|\[)?\s*(?:icd-?10(?:-?cm)?|dsm-?5|code)?\s*:?\s*$", "", chunk, flags=re.I)
        description = _clean_description(chunk)
        if description is None or len(description.split()) > 14:
            continue
        code = codes[0]
        by = on = None
        made = diagnosis_made(sentence)
        if made:  # "..., diagnosed 11/05/2024 by Ingrid Solheim, PhD."
            by, on = made.by, made.on
        found.append(DiagnosisText(code=code.code, system=code.system, description=description,
                                   primary=bool(_PRIMARY.search(sentence)), diagnosed_by=by, diagnosed_on=on,
                                   text=sentence.strip()))
        # "My diagnoses are vertigo (H81.11), unsteadiness on feet (R26.81) and history of falling (Z91.81)":
        # the conditions after the first, each named before its bracketed code
        found.extend(_bracketed_diagnoses(sentence, [c for c in codes[1:] if c.code != code.code]))
    return found
