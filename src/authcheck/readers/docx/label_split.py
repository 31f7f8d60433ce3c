"""Cutting a line into label/value segments: "Client Name: Ana Ruiz Date of Birth: 04/27/1972" or "Objective
1a: ... below. Target date: 12/06/2025" -> [(label, value), ...].

A label inside a line is accepted after a strong separator (tab, two spaces, " | ", "; ") or, after a sentence
end or a comma, only when it is a known label (see docx.labels), so ordinary prose with a colon is left whole.
Lines without colons are cut too when their layout says so: a run-in label closed by a full stop ("Plan date.
02/09/2026."), a frequency label run into its value ("Frequency 2x/wk"), and tab-stop form lines that
alternate known labels and values ("Client name<TAB>Ana Ruiz<TAB>DOB<TAB>1/31/53").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from authcheck.model.vocab import find_credentials
from authcheck.parsing import find_dates, parse_duration, parse_frequency
from authcheck.parsing.dates import ANY_DATE_TEXT, MONTH_NAME_TEXT
from authcheck.readers.docx.labels import (
    date_label_key,
    element_label,
    field_key,
    qualified_quantity,
    subfield_key,
    version_date_label,
)
from authcheck.readers.phrases import has_digit
from authcheck.readers.docx.sections import match_section

__all__ = ["Segment", "box_gap_pair", "split_labels", "spread_run_on_labels"]


@dataclass(frozen=True)
class Segment:
    """A piece of a line: `label` (None for text before any label) and its `value`, with offsets into the line."""

    label: str | None
    value: str
    start: int
    value_start: int


# letters of any script ("Número de Medicare / Medicare number"), digits and the punctuation labels use
_LABEL_WORD = r"(?:[^\W_]|[#&/'’()\-])+(?:\.[^\W_]+)*"
# a capitalised abbreviation may open the label ("Est. duration:", "Tx. plan date:")
_LABEL_FIRST = r"(?:(?:Est|Estd|Approx|Anticip|Proj|Tx|Dx|Pt|Hx|Med|Svc|Freq|Dur|Eval|Cert|Recert|Adm|Prim|Sec)\.\s)?(?:[^\W\d_]|[#(])(?:[^\W_]|[#&/'’()\-])*(?:\.[^\W_]+)*"


def _label_regex() -> re.Pattern[str]:
    word, first = _LABEL_WORD, _LABEL_FIRST
    return re.compile(
        # an abbreviation's closing dot may touch the colon ("D.O.B.:", "Rec. No.:")
        # a note in brackets may hold spaces and commas ("Patient name (last, first):", "Dx (primary, secondary):")
        rf"(?P<sep>^\s*|\t+\s*|\s*\n\s*|\s{{2,}}|\s*[|•·▪]\s*|;\s+|\.\s+|,\s+|\s)(?P<label>{first}(?: {word}){{0,7}}(?: /(?: {word}){{1,7}})?(?: \([^():\n]{{1,30}}\))?)\.?\s?:(?=\s|$)"
    )


_LABEL_RE = _label_regex()
_STRONG = re.compile(r"^(?:\t+\s*|\s*\n\s*|\s{2,}|\s*[|•·▪]\s*|;\s+)$")
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:Jr|Sr|Dr|Inc|Ltd|Co|St|Mr|Mrs|Ms|etc|a\.m|p\.m|No)|\b[A-Z]\.[A-Z])\.$"
)


_INLINE_KEYS = {
    "target_date",
    "baseline",
    "mastery_criteria",
    "frequency",
    "time_frame",
    "status",
    "target",
    "measure",
    "amount",
    "duration",
    "responsible",
    "date",
    "review",
    "plan_date",
}


def _accept(label: str, sep: str, at_start: bool) -> str | None:
    """Which part of a candidate label to accept (a known suffix for weak separators), or None."""
    words = label.split()
    # "Fecha de evaluación / Evaluation date": a label in two languages counts the words of its longer half
    size = max(len(part.split()) for part in label.split(" / ")) if " / " in label else len(words)
    if at_start:
        return label if size <= 8 else None
    if _STRONG.match(sep):
        return label if size <= 6 and (label[:1].isupper() or label[:1] in "#(") else None
    # after ". " or ", " any known label; after a single space only the facts written inline
    # ("... reduce anxiety Target Date: 3/1/26"), never names ("by BCBA (97155): ...")
    inline_only = not sep.strip()
    if label[:1] in "([":
        return None  # "... 80% accuracy. (Target Date: June 30, 2026)": a fact in brackets, not cut at its last word
    for i in range(len(words)):
        tail = " ".join(words[i:])
        if not (tail[:1].isupper() or tail[:1] == "#") or re.search(r"\(\s*\d", tail):
            continue
        head = " ".join(words[:i])
        if head.count("(") > head.count(")") or head.count("[") > head.count("]"):
            continue  # "... answer (Target Date: June 30, 2026)": a word inside brackets opens no label
        if tail.count(")") > tail.count("("):
            continue  # "Jo Lee, EdD (Lic. #PSY-22831) Date signed:": the bracket opened before the label is no part of it
        key = subfield_key(tail) or field_key(tail)
        # (a bracketed note after the credential, "(NPI 1182736458)", "(signed)", goes with the name)
        after_credential = re.sub(r"^\([^()]*\)\s*", "", " ".join(words[i + 1 :]))
        if key and i + 1 < len(words) and _credential_word(words[i]) and after_credential and _accept(after_credential, sep, False):
            continue  # "Vikram Bhatt, MD (signed) Date signed: 02/06/2026": the credential ends the name before it
        if key and (not inline_only or key in _INLINE_KEYS):
            return tail
        if sep.strip() in (".", ";") and len(words) - i <= 4:
            element = element_label(tail + ": x")  # "Problem: isolation from family. Goal: restore contact"
            if element is not None and element.value == "x" and not element.plural:
                return tail
    return None


# a form's long signature caption: "Nurse's Signature and Date of ...", "Signature of Parent or Legal Guardian if ..."
_LONG_SIGNATURE_LABEL = re.compile(r"(?:[A-Z][\w/-]*(?:['’]s|s['’])?\s+){0,3}signature\b|signature\s+of\b", re.I)
# the words of a sentence about signing rather than a caption: "My signature below means that I agree ..."
_SENTENCE_WORD = re.compile(
    r"\b(?:i|my|we|our|you|your|me|means?|agree[sd]?|understand|will|shall|that|below|above|this)\b",
    re.I,
)


_LONG_CAPTION_RE = re.compile(rf"^\s*(?P<label>{_LABEL_FIRST}(?: {_LABEL_WORD}){{8,11}})\.?\s?:(?=\s|$)")


def _long_signature_caption(text: str) -> tuple[int, int, str] | None:
    """ "Nurse's Signature and Date of Verbal SOC Where Applicable:" opening a line: a form's signature caption longer
    than the labels the line is otherwise cut at, accepted when it names a signature and reads as no sentence."""
    match = _LONG_CAPTION_RE.match(text)
    if match is None:
        return None
    label = match.group("label")
    if not _LONG_SIGNATURE_LABEL.match(label) or _SENTENCE_WORD.search(label):
        return None
    return match.start("label"), match.end(), label


def _credential_word(word: str) -> bool:
    """ "MD", "LCSW", "OTR/L", "Ph.D.": a credential as written after a signer's name (a capitalised word such as
    "Ma" is a name)."""
    if not re.fullmatch(r"[A-Z][A-Za-z./-]*", word):
        return False
    # ("PsyD", "PhD", "EdD": a capital inside the word marks a degree; "Ma" or "Lee" has none)
    if not (word.isupper() or "." in word or re.search(r"[A-Z]", word[1:])):
        return False
    return bool(find_credentials(word))


_DATE_AHEAD = re.compile(rf"\s*{ANY_DATE_TEXT}")


def _dated_label_tail(label: str) -> str | None:
    """After a sentence end, the words before a colon and a date that name a plan date by their words alone
    ("Certification", "Authorization dates"): the label, though no known label spells it so."""
    words = label.split()
    for i in range(max(0, len(words) - 6), len(words)):
        tail = " ".join(words[i:])
        if len(words) - i > 4 and not version_date_label(tail):
            continue  # a longer tail only when it dates this version ("Date of this annual update: ...")
        if tail[:1].isupper() and date_label_key(tail) not in (None, "patient.birth_date"):
            return tail
    return None


def split_labels(text: str) -> list[Segment]:
    """Cut a line into label/value segments; text before the first label gets label None."""
    if ":" not in text and "\t" not in text:
        gapped = _gap_pairs(text)
        if gapped is not None:
            return list(gapped)
    if (
        ":" not in text
        and ". " not in text
        and "\t" not in text
        and not _RUN_IN_DASH.match(text)
        and not _RUN_IN_MARK.match(text)
        and not _RUN_IN_GAP.match(text)
    ):
        return [Segment(None, text.strip(), 0, 0)]
    return list(_split_labels(text))


_LAST_FIRST = re.compile(r"first(?:\s+name)?(?:\s+m\.?i\.?)?", re.I)
_NAME_LAST = re.compile(r"(?:^|(?<=\s{2})|(?<=\t)|(?<=\|\s))[A-Z][\w'’]*(?:\s[\w'’]+){0,3}\s(?:last\s+)?name$|last$", re.I)
_RUN_IN = re.compile(r"^\s*(?P<label>[A-Z][A-Za-z'’/&]+(?: [A-Za-z'’/&]+){0,3})\.\s+(?=[A-Z0-9(])")


# "Frequency 2x/wk, duration 6 weeks.": a frequency label run into its value with no colon
_RUN_IN_FREQUENCY = re.compile(
    r"^\s*(?P<label>(?:visit\s+|treatment\s+|session\s+)?frequency|freq\.?)\s+"
    r"(?=\d|(?:one|two|three|four|five|once|twice|weekly|daily|monthly|biweekly|every|q\d|bid|tid|biw|tiw)\b)",
    re.I,
)


def _run_in_frequency(text: str) -> tuple[int, int, str] | None:
    """ "Frequency 2x/wk, duration 6 weeks": the label, when the words after it state a count per period."""
    match = _RUN_IN_FREQUENCY.match(text)
    if match is None:
        return None
    head = re.split(r"[.;,]\s|\s{2,}|\t", text[match.end() :], maxsplit=1)[0]
    if ":" in head:
        return None
    parsed = parse_frequency(head)
    if parsed is None or parsed.count is None or parsed.per is None:
        return None
    return match.start("label"), match.end(), match.group("label")


def _run_in_label(text: str) -> tuple[int, int, str] | None:
    """A run-in label that closes with a full stop ("Plan date. 02/09/2026.", "Level of care. Intensive
    inpatient."): a short phrase naming a plan field, then the value as a sentence. Goal and objective labels,
    one-word abbreviations ("Pt.", "Dr.") and phrases naming no field are prose. A frequency label needs no
    full stop when a frequency follows it ("Frequency 2x/wk, duration 6 weeks")."""
    return (
        _dash_qualified_quantity(text) or _run_in_dotted(text) or _run_in_frequency(text) or _run_in_dashed(text)
        or _run_in_mark(text) or _run_in_gap(text)
    )


# "Frequency — individual: weekly", "Session length - group: 90 min": a quantity's label and, after a spaced dash,
# the kind of service it is for (words a label elsewhere holds in brackets: "Frequency (individual):")
_DASH_QUALIFIED_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ]{2,30}?\s+[—–-]\s+[A-Za-z][A-Za-z /&.'-]{1,40}?)\s*:\s*")


def _dash_qualified_quantity(text: str) -> tuple[int, int, str] | None:
    match = _DASH_QUALIFIED_LABEL.match(text)
    if match is None or qualified_quantity(match.group("label")) is None:
        return None
    return match.start("label"), match.end(), match.group("label")


# "Dx - F41 anxiety", "dx - F43.23 ...", "Dx; F31.81 ...", "Services- grp 2x/wk", "Dx. F10.20 ...", "tx. CBT grp daily":
# a plan field's label opening the line, set off from its value by a stray mark where the colon would be (a short
# dash, a semicolon, one or two dots, a doubled colon)
_RUN_IN_MARK = re.compile(
    r"^\s*(?P<label>[A-Za-z][A-Za-z'’/&]*(?: [A-Za-z'’/&]+){0,3}?)(?P<mark>\s*(?:[-–—;]|\.{1,2}|::)\s+)(?=\S)"
)
# the fields whose label is commonly shortened to two or three letters ("Dx", "Tx", "Rx", "Svc", "Freq") and whose value
# is no sentence: only these are read after a label that short, or after a single full stop ("Pt. will walk", "Dr. Lee",
# "PT - 3x wk" stay as written)
_SHORT_LABEL_KEYS = frozenset({
    "diagnosis", "diagnosis.primary", "diagnosis.secondary", "interventions", "service", "frequency", "expected_duration",
})
# the client's identifiers and birth date, whose short labels ("MBI", "DOB", "ID") count when a number follows
_SHORT_NUMBER_KEYS = frozenset({"patient.birth_date", "patient.member_id", "provider.npi"})
# words that go on a sentence after its first noun, or report on an element, rather than open a field's value
# ("Services were reviewed ...", "Treatment - to be continued", "Dx pending further testing")
_NOT_A_VALUE = frozenset({
    "of", "to", "will", "is", "was", "are", "were", "has", "have", "had", "for", "in", "the", "a", "an", "and", "with",
    "at", "on", "can", "may", "should", "would", "could", "must", "be", "been", "being", "as", "that", "which", "this",
    "it", "pending", "deferred", "continues", "continue", "remains", "remain", "per",
})


def _run_in_mark(text: str) -> tuple[int, int, str] | None:
    """A plan field's label opening the line with a stray mark for its colon ("Dx - F41 anxiety", "Dx; F31.81",
    "Services- grp 2x/wk", "tx. CBT grp daily"). A label of three letters or fewer, and a label closed by a single full
    stop, count only for the fields in _SHORT_LABEL_KEYS; goal facts, elements and words naming no field are not such
    labels, nor is a label whose next word goes on a sentence ("Treatment - to be continued")."""
    match = _RUN_IN_MARK.match(text)
    if match is None:
        return None
    label, mark = match.group("label"), match.group("mark").strip()
    if subfield_key(label) or element_label(f"{label}: x") is not None:
        return None
    key = field_key(label)
    if key in (None, "other", "date", "signature", "amount", "hours_per_week"):
        return None  # ("Session - 53 min (90837)": a session's length, read with its code as a service line)
    first = text[match.end() :].split(None, 1)[0].lower().strip(",.;")
    if (mark == "." or len(label.replace(" ", "")) <= 3) and key not in _SHORT_LABEL_KEYS:
        if not (key in _SHORT_NUMBER_KEYS and has_digit(first)):
            return None  # ("MBI; 3PE6-TT1-YV27", "DOB - 2/29/52": an identifier's or a date's short label)
    value = text[match.end() :].strip(" .")
    if not has_digit(value) and (
        (len(value.split()) <= 4 and match_section(value).score >= 90) or (label.isupper() and value.isupper())
    ):
        return None  # "OPIOID TREATMENT PROGRAM - INDIVIDUALIZED TREATMENT PLAN": a title, no field and its value
    colon = _LABEL_RE.match(text)
    if colon is not None and colon.group("label").startswith(label):
        return None  # "Tx. plan date: 02/02/2026": the colon closes the label the abbreviation opens
    if first in _NOT_A_VALUE:
        return None
    return match.start("label"), match.end(), label


# "Services  methadone daily dosing; indiv counseling 50 min 4x/mo": the label of a plan's treatments, a wide gap, what
# is given (a line of the client's facts, "client  Ana Ruiz   DOB  1/2/80", is read by its own reader)
_RUN_IN_GAP = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z'’/&]*(?: [A-Za-z'’/&]+){0,2}?)\s{2,}(?=\S)")
_GAP_TEXT_KEYS = frozenset({"service", "interventions"})


def _run_in_gap(text: str) -> tuple[int, int, str] | None:
    """The label of the services or treatments opening the line, a wide gap and what they are, when the words after
    the gap open a value rather than go on a sentence ("Services  were reviewed" is prose)."""
    match = _RUN_IN_GAP.match(text)
    if match is None:
        return None
    label = match.group("label")
    if subfield_key(label) or element_label(f"{label}: x") is not None or field_key(label) not in _GAP_TEXT_KEYS:
        return None
    if len(label.replace(" ", "")) <= 3:
        return None  # "Tx  CBT": too short to tell from a column of initials
    rest = text[match.end() :]
    if not rest[:1].isalnum():
        return None  # "Strategies / interventions  (list each strategy ...)": a form's instruction, no value
    if ":" in rest.split(None, 1)[0] or rest.split(None, 1)[0].lower().strip(",.;") in _NOT_A_VALUE:
        return None
    return match.start("label"), match.end(), label


# "Treatment — dysphagia tx (92526) ...", "Medicare ID – 5QG1TB4HV69", "Dx ... M19.011 ...": a short label, a long
# dash or a dot leader, the value
_RUN_IN_DASH = re.compile(
    r"^\s*(?P<label>[A-Z][A-Za-z'’/&]+(?: (?:[A-Za-z'’/&]+|\([A-Za-z'’/& ]+\))){0,4})"
    r"(?:\s+[—–]\s+|(?P<leader>\s*(?:\.{3,}|…+)\s*))(?=\S)"
)


def _run_in_dashed(text: str) -> tuple[int, int, str] | None:
    """A plan field's label that opens a line and is set off from its value by a long dash (a template's "Label —
    value" lines). Goal facts ("Baseline — 4 min", read with the goal's facts), elements ("Goal 1 — ...") and words
    naming no field ("Summary — ...", "Pt — will walk") are not such labels."""
    match = _RUN_IN_DASH.match(text)
    if match is None:
        return None
    label = match.group("label")
    shortest = 2 if match.group("leader") else 3  # ("Dx ... F41.1" has a leader; "Pt — will walk" is prose)
    if len(label.replace(" ", "")) < shortest or subfield_key(label) or element_label(f"{label}: x") is not None:
        return None
    if field_key(label) in (None, "other", "date", "signature"):
        return None
    value = text[match.end() :].strip(" .")
    if len(value.split()) <= 4 and not has_digit(value) and match_section(value).score >= 90:
        return None  # "Plan of treatment – functional goals": a heading naming what follows, no value
    return match.start("label"), match.end(), label


def _run_in_dotted(text: str) -> tuple[int, int, str] | None:
    match = _RUN_IN.match(text)
    if match is None:
        return None
    label = match.group("label")
    if len(label.replace(" ", "")) < 4 or _ABBREVIATION_END.search(label + ".") or subfield_key(label):
        return None
    if field_key(label) in (None, "other", "date", "signature"):
        return None
    return match.start("label"), match.end(), label


# the fields whose label may run into its value with no colon, in a line whose facts are set apart by wide gaps
# ("Frequency 2x/wk   Duration 8 wks   Cert period 02/16/2026 to 05/16/2026")
_RUN_IN_KEYS = frozenset({
    "frequency", "expected_duration", "period", "period.start", "period.end", "amount", "hours_per_week", "review",
    "recertification", "progress_report", "plan_date", "admission_date", "first_treatment_date",
})
_PIECE = re.compile(r"\S+(?: \S+)*")


# the quantity labels typed in lower case in shorthand ("freq 1x/wk   dur 20 wks"), read so when their value says
# how often or how long
_SHORTHAND_KEYS = frozenset({"frequency", "expected_duration"})


_MONTH_WORD = re.compile(rf"{MONTH_NAME_TEXT}\.?")


def _run_in_piece(piece: str) -> str | None:
    """The label a piece opens with ("Duration" in "Duration 8 wks", "dur" in "dur 8 wks"), when a known field's
    label is followed by a value that states a number or how often. A label in lower case counts only for how often
    and how long, its value then stating one."""
    words = piece.split(" ")
    for n in (4, 3, 2, 1):
        if len(words) <= n:
            continue
        label, rest = " ".join(words[:n]), " ".join(words[n:])
        if _MONTH_WORD.fullmatch(words[n - 1]) and rest[:1].isdigit():
            continue  # "Certification period Mar 2, 2026 ...": the month opens the value's date
        key = field_key(label) if not has_digit(label) and label[:1].isalpha() else None
        if key not in _RUN_IN_KEYS:
            continue
        if not label[:1].isupper():
            if key not in _SHORTHAND_KEYS:
                continue
            if (parse_frequency(rest) if key == "frequency" else parse_duration(rest)) is None:
                continue
        if has_digit(rest) or parse_frequency(rest) is not None:
            return label
    return None


@lru_cache(maxsize=2048)
def _gap_pairs(text: str) -> tuple[Segment, ...] | None:
    """A line of facts set apart by wide gaps, each a label run into its value with no colon ("Frequency 2x/wk
    Duration 8 wks   Cert period ..."): None unless it opens with such a fact and states two (or is one frequency
    or duration alone)."""
    pieces = [(m.start(), m.group()) for m in _PIECE.finditer(text)]
    found: list[list] = []
    for start, piece in pieces:
        label = _run_in_piece(piece)
        if label is not None:
            found.append([label, piece[len(label) :].strip(), start, start + len(label) + 1])
        elif found:
            found[-1][1] += "   " + piece
        else:
            return None
    if len(found) < 2 and not (
        len(found) == 1 and len(pieces) == 1 and field_key(found[0][0]) in ("frequency", "expected_duration")
    ):
        return None
    return tuple(Segment(label, value.strip(" .;,"), start, value_start) for label, value, start, value_start in found)


# a numbered form box's label, a wide gap, then what is written in the box ("13. Frequency / duration  3x wk x 4 wks",
# "14. Certification period   From 02/03/2026 through 05/03/2026"): a CMS-700-like form typed as paragraphs
_BOX_GAP = re.compile(r"^\s*(?P<label>[A-Za-z][^\t]*?)\s{2,}(?P<value>\S.*)$")
_DATE_BOX_KEYS = frozenset({"plan_date", "admission_date", "first_treatment_date", "period", "period.start", "period.end"})
# words a sentence goes on with after a noun ("Frequency  of outbursts will ...): no value of a box
_PROSE_GOES_ON = frozenset({
    "of", "to", "will", "is", "was", "are", "has", "have", "for", "in", "the", "a", "an", "and", "with", "at", "on",
})


@lru_cache(maxsize=2048)
def box_gap_pair(text: str) -> Segment | None:
    """The text of a line numbered as a form's box ("13." taken off): its label alone before a wide gap and its
    value after it. None unless the label names a plan fact (a date, the period, how often or how long, a review)
    and the value states a number or a frequency."""
    match = _BOX_GAP.match(text)
    if match is None:
        return None
    label, value = match.group("label").rstrip(" .;,"), match.group("value").strip()
    words = re.sub(r"\([^)]*\)", " ", label).split()
    if not words or len(words) > 6 or any(has_digit(w) for w in words) or label.endswith(("-", "–", "—")):
        return None
    if value.split()[0].lower() in _PROSE_GOES_ON:
        return None
    key = field_key(label)
    if key not in _RUN_IN_KEYS or not (has_digit(value) or parse_frequency(value) is not None):
        return None  # (a box of treatments, "12. Plan  Therapeutic exercise (97110)", is read with the interventions)
    if key in _DATE_BOX_KEYS and next(iter(find_dates(value)), None) is None:
        return None  # "12. Plan of treatment  Gait training (97116)": a date's label over no date
    return Segment(label, value, match.start("label"), match.start("value"))


# the facts written in words that a label in capitals may hold (a number or date is read by `box_gap_pair`)
_CAPS_TEXT_KEYS = frozenset({
    "interventions", "patient.name", "patient.member_id", "provider", "payer", "program", "level_of_care",
})


def caps_gap_pair(text: str) -> Segment | None:
    """ "NEXT PROGRESS REVIEW  Jan 11, 2026", "PLAN DATE  Oct 6, 2025": a form's label in capitals (an export that
    sets labels in small caps or upper case), a wide gap and its value, as `box_gap_pair` reads them. None unless
    the label's letters are all capitals."""
    match = _BOX_GAP.match(text)
    if match is None:
        return None
    letters = [c for c in match.group("label") if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters):
        return None
    label, value = match.group("label").rstrip(" .;,"), match.group("value").strip()
    if field_key(label) in _CAPS_TEXT_KEYS and not has_digit(label) and len(label.split()) <= 4:
        # "TREATMENT MODALITIES  Cognitive processing therapy (CPT)": a value in words
        if value.split()[0].lower() not in _PROSE_GOES_ON:
            return Segment(label, value, match.start("label"), match.start("value"))
    return box_gap_pair(text)


_TAB_RUN = re.compile(r"[ ]*\t+[ ]*")
# the facts of a goal or objective that open a "Label<TAB>value" row of their own
_TAB_FACT_KEYS = frozenset({"baseline", "mastery_criteria", "target_date", "target", "measure", "time_frame"})


def _tab_label(piece: str) -> bool:
    """A piece of a tab-stop form line that is a plan field's label ("Client name", "DOB", "Intake date")."""
    words = piece.split()
    if not words or len(words) > 6 or not (piece[:1].isalpha() or piece[:1] == "#") or ":" in piece:
        return False
    if has_digit(piece) and not re.fullmatch(r"[^\d]*(?:1st|2nd|3rd|\d+th)[^\d]*", piece):
        return False
    key = field_key(piece)
    return key is not None and key not in ("other", "signature") or subfield_key(piece) is not None


def _tab_pairs(text: str) -> tuple[Segment, ...] | None:
    """A tab-stop form line with no colons, "Client name<TAB>Ana Ruiz<TAB>DOB<TAB>1/31/53": label and value
    alternate, the labels being known plan fields; None unless the line opens with such a label and a value."""
    if "\t" not in text or ":" in text:
        return None
    pieces: list[tuple[int, str]] = []
    at = 0
    for gap in _TAB_RUN.finditer(text):
        pieces.append((at, text[at : gap.start()]))
        at = gap.end()
    pieces.append((at, text[at:]))
    pieces = [(i, p.strip()) for i, p in pieces if p.strip()]
    if len(pieces) < 2:
        return None
    fact = _tab_label(pieces[0][1]) and subfield_key(pieces[0][1]) in _TAB_FACT_KEYS and not _tab_label(pieces[1][1])
    if not fact and (not _tab_label(pieces[0][1]) or field_key(pieces[0][1]) is None):
        # ("Baseline<TAB>12 items", "Mastery criteria<TAB>90% ...": a goal's fact in a row of a nested table)
        # "Session<TAB>45 min<TAB>Duration<TAB>24 weeks": an unknown short label still pairs with its value when
        # the line alternates label and value and a later label is a known field
        head = pieces[0][1]
        if not (
            len(pieces) % 2 == 0
            and len(head.split()) <= 3
            and head[:1].isupper()
            and not has_digit(head)
            and element_label(head + ": x") is None
            and any(_tab_label(p) and field_key(p) is not None for _, p in pieces[2::2])
        ):
            return None
    found: list[list] = [[pieces[0][1], pieces[1][1], pieces[0][0], pieces[1][0]]]
    i = 2
    while i < len(pieces):
        start, piece = pieces[i]
        if i + 1 < len(pieces) and _tab_label(piece):
            found.append([piece, pieces[i + 1][1], start, pieces[i + 1][0]])
            i += 2
        else:
            found[-1][1] += "\t" + piece  # a value running over a tab stop
            i += 1
    return tuple(Segment(label, value, start, value_start) for label, value, start, value_start in found)


_DASH_BEFORE = re.compile(r"\s[—–-]\s*$")
_INITIAL_BEFORE = re.compile(r"(?:^|[\s,])[A-Z]$")


def _after_initial(text: str, match: re.Match[str], label: str) -> bool:
    """True when a label candidate's first word is the end of a person's name and no label word of its own: after
    a middle initial's dot ("Brianna K. Solis Date signed:"), or after a surname's comma before a signing date's
    label ("Okafor, DeShawn Date signed:"). The label is what follows that word."""
    sep = match.group("sep").strip()
    if sep not in (".", ",") or " " not in label:
        return False
    first, rest = label.split(" ", 1)
    if field_key(first) is not None or subfield_key(first) is not None or _credential_word(first):
        return False
    if sep == ".":
        return bool(_INITIAL_BEFORE.search(text, 0, match.start("sep")))
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?", first)) and field_key(rest) in ("signature", "date")


# a form box's number alone, and one closing a value before the next box's label after a wide gap
_BOX_NUMBER_ONLY = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,2}[A-Za-z]?[.)]?")
# a box's number opening the line or set apart after a wide gap or a bar, right before a caption: "25. " in
# "... Alma Ruiz, RN  25. Date HHA received signed POT:"
_BOX_NUMBER_BEFORE = re.compile(r"(?:^|\s{2,}|\t|[|•·▪;])\s*\d{1,2}[A-Za-z]?[.)]\s*$")
_NEXT_BOX_NUMBER = re.compile(r"(?:\s{2,}|\t+)\d{1,2}(?:\.\d{1,2}){0,2}[A-Za-z]?[.)]?$")
# a form's decimal item number set apart after a wide gap, right before the next caption: "1.5 " in
# "1.4 Start of care: 01/05/2026   1.5 Certification period: ..."
_ITEM_NUMBER_BEFORE = re.compile(r"(?:^|\s{2,}|\t|[|•·▪;])\s*\d{1,2}(?:\.\d{1,2}){1,2}[A-Za-z]?\.?\s$")


@lru_cache(maxsize=2048)
def _split_labels(text: str) -> tuple[Segment, ...]:
    tabbed = _tab_pairs(text)
    if tabbed is not None:
        return tabbed
    segments: list[Segment] = []
    found: list[tuple[int, int, str]] = []  # (label start, value start, label)
    run_in = _run_in_label(text) or _long_signature_caption(text)
    if run_in is not None:
        found.append(run_in)
    for match in _LABEL_RE.finditer(text):
        if run_in is not None and match.start("label") < run_in[1]:
            continue
        label = match.group("label")
        sep = match.group("sep")
        at_start = match.start() == 0
        before = text[: match.start("label")]
        if before.count("(") > before.count(")") or before.count("[") > before.count("]"):
            continue  # "... chances. [Target Date: 2026-07-31]": a word inside brackets opens no label
        # "25. Date HHA received signed POT:": after a form box's number the words are one caption, and its last
        # word before a date ("POT") is no date label of its own
        boxed = not at_start and _BOX_NUMBER_BEFORE.search(before) is not None
        accepted = _accept(label, sep, at_start)
        if accepted is not None and accepted == label and _after_initial(text, match, label):
            # "Client: Brianna K. Solis Date signed: 02/02/2026": the dot closes a middle initial, and the word after
            # it is the surname, not the first word of the label
            accepted = _accept(label.split(" ", 1)[1], sep, False) or accepted
        if accepted is None and sep.strip() == "," and _LAST_FIRST.fullmatch(label):
            head = _NAME_LAST.search(text[: match.start()])
            if head is not None:  # "Patient's last name, first: Nunez, Gloria": one label with its comma
                accepted = text[head.start() : match.end("label")]
        if accepted is None and not boxed and sep.strip() in (".", ";") and _DATE_AHEAD.match(text, match.end()):
            accepted = _dated_label_tail(label)  # "... Plan date: 04/06/2026. Certification: 04/06/2026 - ..."
        if accepted is None and sep == " " and _ITEM_NUMBER_BEFORE.search(before):
            accepted = _accept(label, "  ", False)  # "...   1.5 Certification period:": a numbered item's caption
        dash = _DASH_BEFORE.search(text, 0, match.start("label")) if accepted is None and not at_start else None
        if dash is not None:
            # "Problem: Opioid use — Long-term goal: ...": a dash parts two elements as a full stop would
            accepted = _accept(label, ".", False)
        if accepted is None:
            continue
        start = match.end("label") - len(accepted)
        if dash is not None and start == match.start("label"):
            start = dash.start()
        value_start = match.end()
        while value_start < len(text) and text[value_start] in " \t":
            value_start += 1
        found.append((start, value_start, accepted))
    if not found:
        return (Segment(None, text.strip(), 0, 0),)
    for i in range(len(found) - 2, -1, -1):
        # "Type of treatment:  Individual psychotherapy (CPT 90837): CBT ...": a known label with nothing before
        # the next colon, whose words there are no label of their own, has the whole rest as its value
        label, following = found[i][2], found[i + 1][2]
        if (
            not text[found[i][1] : found[i + 1][0]].strip()
            and (field_key(label) or subfield_key(label))
            and not (field_key(following) or subfield_key(following) or element_label(f"{following}: x"))
        ):
            del found[i + 1]
    if found[0][0] > 0:
        head = text[: found[0][0]].strip(" \t|;,•·▪")
        if head and not _BOX_NUMBER_ONLY.fullmatch(head):  # "9. Medical dx (ICD-10): ...": the box's number
            segments.append(Segment(None, head, 0, 0))
    for i, (start, value_start, label) in enumerate(found):
        end = found[i + 1][0] if i + 1 < len(found) else len(text)
        value = text[value_start:end].strip(" \t\n|;,•·▪")
        if i + 1 < len(found):
            value = _NEXT_BOX_NUMBER.sub("", value)  # "... lumbar region  10. Treatment dx:": the next box's number
        if value.endswith(".") and not _ABBREVIATION_END.search(value):
            value = value[:-1].rstrip()
        segments.append(Segment(label.strip(), value, start, value_start))
    return tuple(segments)


# Run-on labels: an EHR's "print to Word" drops the space (or the tab) between a value and the next label, and
# after each colon: "Frequency:WeeklyDuration:6 monthsProvider:Gwen Achterberg, PsyD",
# "Patient:LEE, ANNADOB:04/27/1949Sex:FMRN:00482913Medicare ID:Secondary Ins:". Such a line is spread out into
# label/value segments set apart by two spaces ("Frequency: Weekly  Duration: 6 months  Provider: ..."), which
# split_labels then cuts as usual. A label starts where a capital letter is glued to the value before it (after a
# lower-case letter, a digit or a closing bracket/full stop: "monthsProvider", "2026Start of Care", "panic.Target
# Date"), or a capitalised word after an abbreviation ("SNFrequency"); inside a word in capitals the label is the
# longest known label ending it ("ANNADOB" is "ANNA" + "DOB", "DONPI" is "DO" + "NPI"). A label printed empty is
# glued to the next label's colon ("Medicare ID:Secondary Ins:"). A line is spread only when at least one label is
# glued to a value before it: a colon with no space after it alone ("Note:see chart") is left as it is.
_RUN_ON_LABEL_MAX = 40
# a colon that is no label's: a clock time or a ratio ("08:14", "1:1"), a web address ("https://")
_NOT_LABEL_COLON = re.compile(r"(?<=\d):(?=\d)|:(?=//)")
# an unknown label glued to a value: a few words, no comma, no wide gap ("Provider", "Secondary Ins", "D/C Plan")
# (its first word two letters or more: "PsyD (NPI ...) Date:" holds no label "D (NPI ...) Date")
_LABEL_SHAPE = re.compile(r"[A-Z][\w/#&'’.-]+(?: [\w/#&'’.-]+){0,4}")
_EMPTY_LABEL = re.compile(r"[A-Z][A-Za-z/#&'’.]*(?: [A-Z][A-Za-z/#&'’.]*| \d{1,2}){0,3}")


@lru_cache(maxsize=4096)
def _known_label(label: str) -> bool:
    label = label.strip()
    if not label or len(label) > _RUN_ON_LABEL_MAX:
        return False
    if field_key(label) is not None or subfield_key(label) is not None or date_label_key(label) is not None:
        return True
    element = element_label(label + ": x")
    return element is not None and element.value == "x"


# the heads of names and credentials with a capital inside ("McAllister", "MacLeod", "DeShawn", "LaToya", "PsyD",
# "PhD", "EdD"), ending where the capital starts
_INNER_CAPITAL = re.compile(r"(?:^|(?<=[\s,;:(/-]))(?:Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von|Fitz|Psy|Ph|Ed|Th|Dr|Pharm)$")


def _whole_caps_label(text: str, lo: int, at: int, colon: int) -> bool:
    """True when the word in capitals holding `at` is itself the start of a known label ("ADMIT DATE:", not "IT
    DATE:"): a label of its own, no value glued before it."""
    word = at
    while word > lo and not text[word - 1].isspace():
        word -= 1
    return _known_label(text[word:colon])


def _glued_label_start(text: str, lo: int, colon: int) -> int | None:
    """Where the label closed by the colon at `colon` starts when it is glued to a value that starts at `lo`."""
    glued: list[int] = []  # starts after a lower-case letter, a digit, a closing mark, or an abbreviation
    caps: list[int] = []  # starts inside a word in capitals (known labels only)
    for s in range(max(lo + 1, colon - _RUN_ON_LABEL_MAX), colon):
        ch, before = text[s], text[s - 1]
        if not ch.isupper():
            continue
        if before.islower() and _INNER_CAPITAL.search(text, lo, s):
            continue  # "McAllister", "DeShawn", "PsyD": a capital inside a name or a credential
        if before.islower() or before.isdigit() or before in ").]":
            glued.append(s)
        elif before == "." and s - 3 >= lo and text[s - 2].islower() and text[s - 3].isalpha():
            glued.append(s)  # "... without panic.Target Date:" (not initials: "M.S.", "J.R.")
        elif before.isupper() and s + 1 < colon and text[s + 1].islower():
            glued.append(s)  # "SNFrequency:", "HHAFrequency:"
        elif before.isupper() and re.fullmatch(r"[A-Z0-9 /#]+", text[s:colon]) and not _whole_caps_label(text, lo, s, colon):
            caps.append(s)
    shaped = [s for s in sorted(glued + caps) if _LABEL_SHAPE.fullmatch(text[s:colon]) and ". " not in text[s:colon]]
    for s in shaped:
        if _known_label(text[s:colon]):
            return s
    # an unknown label opens with a word of its own ("Provider", "Secondary Ins"), not a credential's last letter
    shaped = [s for s in shaped if s in glued and re.match(r"[A-Z][a-z]{2,}\b", text[s:colon])]
    return shaped[-1] if shaped else None


def spread_run_on_labels(text: str) -> str:
    """`text` with run-on labels set apart from their values (see above), or `text` unchanged."""
    if "\n" in text or text.count(":") < 2 or len(text) > 600:
        return text
    colons = [at for at in (m.start() for m in re.finditer(":", text)) if not _NOT_LABEL_COLON.match(text, at)]
    cuts: list[int] = []
    glued = False
    lo = 0
    for colon in colons:
        start = _glued_label_start(text, lo, colon) if lo else None
        if start is not None:
            cuts.append(start)
            glued = True
        elif lo and text[lo - 1] == ":" and _EMPTY_LABEL.fullmatch(text[lo:colon]):
            cuts.append(lo)  # "Medicare ID:Secondary Ins:": the label before was printed empty
        lo = colon + 1
    if not glued:
        return text
    marks = sorted({(c, "cut") for c in cuts} | {(c + 1, "colon") for c in colons})
    out: list[str] = []
    last = 0
    for at, kind in marks:
        out.append(text[last:at])
        if kind == "cut":
            out.append("  ")
        elif at < len(text) and not text[at].isspace():
            out.append(" ")
        last = at
    out.append(text[last:])
    return re.sub(r" {3,}", "  ", "".join(out).rstrip())
