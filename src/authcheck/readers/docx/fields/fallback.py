"""A layout-independent second look for the plan's basic facts: the client's name, birth date and member ID, the
plan, admission and first treatment dates, the level of care and the certification period.

After the structured pass (headings, forms, tables by their header rows), a basic fact may still be missing
because its layout was not one the reader knows. `basic_facts` then looks through all the text (paragraphs,
table cells, page headers and footers) for a label that names the fact, with its value:

- after a colon ("*Member name: ..."), after two or more spaces, a tab, "·", "•", "|" or ";" ("PATIENT  Marisol
  Quiroga-Denton   ·   DOB 09/14/1990"), or in the next cell of the table row ("Plan | 05/12/2026");
- run into the value with no separator at all ("admitted Oct 9, 2026", "Fidelis Care member ID 58812093-01");
- the label's decorations stripped: a required-field star, "(required)", a form-box number ("1.1", "4.", "a)"),
  a bracketed note ("Client ID (Medicaid)");
- a label alone on its line over its value alone on the next ("Pt name" over "Beatrix Fairweather");
- a bare "Date:" right under a heading that names the date ("4.0 PLAN ESTABLISHED" then "4.1 Date: 03/02/2026");
- a letter's subject line ("RE: Treatment plan — Ms. Josephine Albrecht") and an EHR banner's first cell
  ("MONTOYA, RAYMOND A" beside "MRN: 004417731").

Never invents: a value is taken only next to a label that names it, and only when it has the shape of that
fact (a date for a date, a person's name for a name, an identifier with digits for a member ID).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from authcheck.model import Period, SourceLocation
from authcheck.parsing import find_dates
from authcheck.readers.docx.blocks import Block, Para, Table
from authcheck.readers.docx.inline import name_before
from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.docx.labels import date_label_key, field_key, subfield_key
from authcheck.readers.phrases import (
    checked_options,
    first_date,
    has_digit,
    member_id_token,
    parse_period,
    split_name_credential,
)
from authcheck.readers.phrases.common import CHECKBOXES
from authcheck.readers.docx.state import BuilderState, make_loc

__all__ = ["BasicFact", "FallbackFieldsMixin", "basic_facts"]


@dataclass(frozen=True)
class BasicFact:
    """A basic fact found by the second look: the field (`key`), the value as written and where it was."""

    key: str  # patient.name | patient.birth_date | patient.member_id | plan_date | admission_date | ...
    label: str
    value: str
    loc: SourceLocation


_DATE_KEYS = ("patient.birth_date", "plan_date", "admission_date", "first_treatment_date")
_KEYS = (*_DATE_KEYS, "patient.name", "patient.member_id", "level_of_care", "period")
_ALL_KEYS = (*_KEYS, "subject", "date")

# pieces of a line: a colon pair, a bare label or a value, parted by a wide gap, a tab or a bullet-like mark
_PIECES = re.compile(r"\s*(?:[|·•▪;\t]|\s[—–]\s)\s*|\s{2,}")
# a label's decorations: a required-field star, "(required)", a form-box or outline number
_STAR = re.compile(r"^\s*\*+\s*|\s*\*+\s*$")
_REQUIRED = re.compile(r"\s*\((?:required|req\.?|mandatory|optional)\)\s*", re.I)
_NUMBERING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}|[A-Za-z])[.)]?\s+(?=[^\W\d_])")
_BRACKETED = re.compile(r"\s*\(([^()]{1,40})\)\s*")
# a label naming the plan itself, whose value may be the span it covers: "Plan of care", "POC dates", "Treatment plan"
_PLAN_SPAN = re.compile(r"\b(?:plan\s+of\s+(?:care|treatment)|poc|treatment\s+plan|plan)\b(?!\s+(?:date|written|signed))",
                        re.I)
_SPAN_JOIN = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till)\s*", re.I)


def _date_span(value: str) -> bool:
    """ "03-04-2026 to 06-01-2026", "from 3/4/2026 through 6/1/2026": two dates joined by a range word, and nothing
    else (not "03/04/2026 — next review 06/01/2026")."""
    text = value.strip(" :;,|.")
    dates = list(find_dates(text))
    if len(dates) != 2:
        return False
    (_, (s1, e1)), (_, (s2, e2)) = dates
    return (
        re.fullmatch(r"(?:from\s+)?", text[:s1], re.I) is not None
        and _SPAN_JOIN.fullmatch(text[e1:s2]) is not None
        and not text[e2:].strip(" .;,)")
    )


# an ordinal written with digits inside a label: "1st treatment", "2nd visit", "3rd review"
_ORDINAL = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b", re.I)
# a plan's title naming whom it is for: "Treatment plan for Wren Haverford-Diaz", "ABA Plan of Care for: Milo Brandt"
_TITLE_FOR = re.compile(
    r"^(?:[\w/&-]+\s+){0,4}?(?:treatment|service|care|support|recovery|behaviou?r(?:al)?)\s+plan(?:\s+of\s+care)?"
    r"|^(?:[\w/&-]+\s+){0,4}?plan\s+of\s+care",
    re.I,
)
_TITLE_FOR = re.compile(rf"(?:{_TITLE_FOR.pattern})\s+for\s*:?\s+(?P<rest>.+)$", re.I)
_SUBJECT = re.compile(r"^(?:re|subject|regarding|in\s+re|ref)$", re.I)
_PAYER_WORD = re.compile(r"\b(?:medicaid|medicare|medi-?cal|insurance|insurer|member|subscriber|policy|payer|payor|"
                         r"health\s*plan|mco|beneficiary|recipient)\b", re.I)
# identifiers of the record, the encounter or the provider: never the client's member ID
_RECORD_WORDS = re.compile(
    r"\b(?:mrn?|med\s+rec|agency|hospital|facility|clinic|medical\s+record|record|chart|account|acct|encounter|enc|fin|visit|case|episode|npi|provider|"
    r"tax|tin|ein|group|docket|referral|authori[sz]ation|auth|license|licence|dea|certificate|document|doc|order|"
    r"seoc|claim\s+control|prior\s+auth|reference|ref|tracking|room|bed|unit|employee|staff|student|school|"
    r"court|case\s+no)\b",
    re.I,
)
# identifiers that are neither the record's nor the payer's: a phone, a national or tax number, a contact
_NOT_A_PAYER_ID = re.compile(
    r"\b(?:phone|telephone|cell|mobile|fax|pager|social\s+security|ssn?|zip|postal|contact|emergency|employer|"
    r"driver'?s?|passport|state\s+id|badge|extension|ext)\b",
    re.I,
)
_ID_END = re.compile(r"(?:\bid|\bidentifier|#|\bnumber|\bno\.?)\s*$", re.I)
_LEVEL_VALUE = re.compile(
    r"\b(?:residential|inpatient|outpatient|intensive|iop|partial\s+hospitali[sz]ation|php|detox\w*|"
    r"withdrawal\s+management|asam|day\s+(?:or\s+night\s+)?treatment|level\s+(?:\d(?:\.\d)?|[ivx]{1,3})\b|"
    r"\d\.\d\b)",
    re.I,
)
_RECORD_NAME = re.compile(
    r"[A-Z][A-Za-z'’\-]+(?:\s[A-Z][A-Za-z'’\-]+)?\s*,\s*[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]*\.?)?"
)
_IDENTIFIER = re.compile(
    r"(?:mrn|dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|medical\s+record|member\s+id|patient\s+id|acct|"
    r"account|fin|age|sex|gender)\b\s*#?\s*[:#]?",
    re.I,
)
_HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|mx|master)\.?\s+", re.I)
_NAME_WORD = r"(?:[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*\.?|\"[^\W\d_]+\"|“[^\W\d_]+”|\([^\W\d_]+\))"
_NAME = re.compile(rf"{_NAME_WORD}(?:,?\s+{_NAME_WORD}){{1,4}}")
_NOT_A_NAME = re.compile(
    r"\b(?:plan|treatment|therapy|services?|program|clinic|center|health|care|unknown|pending|self|same|"
    r"male|female|none|n/?a|see|attached|on\s+file|yes|no)\b",
    re.I,
)


def _clean_label(label: str) -> str:
    text = _REQUIRED.sub(" ", label)
    text = _STAR.sub("", text).strip(" :.-–—")
    text = _NUMBERING.sub("", text)
    return _STAR.sub("", text).strip(" :-–—")


def _label_keys(label: str, value: str, wanted: frozenset[str] = frozenset(_ALL_KEYS)) -> list[str]:
    """The basic facts a label may name, most specific first, given the shape of its value ("subject" stands for
    the client's name, "date" for a date named by the heading above); none when it can name no `wanted` fact."""
    if not any(key in wanted for key in _label_keys_for(label, True)):
        return []  # the cheap test first: no key the label could name is wanted, whatever its value
    return list(_label_keys_for(label, first_date(value) is not None))


@lru_cache(maxsize=8192)
def _label_keys_for(label: str, dated: bool) -> tuple[str, ...]:
    """`_label_keys` for a label whose value holds a date (`dated`) or not; labels repeat, so it is remembered."""
    clean = _clean_label(label)
    if not clean or len(clean.split()) > 7 or has_digit(_ORDINAL.sub("", clean)):
        return ()  # (an ordinal is a word of the label: "Evaluation / 1st treatment", "2nd review")
    if _SUBJECT.fullmatch(clean):
        return ("subject",)
    bare = _BRACKETED.sub(" ", clean).strip()
    note = " ".join(_BRACKETED.findall(clean))
    keys: list[str] = []
    for candidate in dict.fromkeys((clean, bare)):
        key = field_key(candidate) if candidate else None
        if key is not None:
            keys.append(key)
    if dated:
        for candidate in dict.fromkeys((clean, bare)):
            key = date_label_key(candidate) if candidate else None
            if key is not None:
                keys.append(key)
    if re.fullmatch(r"level|care\s+level|level\s+of\s+treatment|treatment\s+level", bare, re.I):
        keys.append("level_of_care")
    if _ID_END.search(bare) and not _RECORD_WORDS.search(bare) and not _RECORD_WORDS.search(note):
        # "HealthChoices ID", "Client ID (Medicaid)", "Plan member #": an identifier of the client with the payer
        # (a payer's word in the label or its note, or a program's one-word name), not a record number
        # (a payer's name of up to three words: "Keystone Mutual ID", "Blue Ridge Health ID", not "Phone Number")
        brand = re.fullmatch(r"[A-Z][A-Za-z\-]+(?:\s+[A-Z][A-Za-z\-]+){0,2}\s+(?:ID|Id|#|No\.?|Number)", bare) is not None
        brand = brand and not _NOT_A_PAYER_ID.search(bare)
        internal = re.match(r"(?:client|patient|person|individual|consumer|resident)\b", bare, re.I) is not None
        if _PAYER_WORD.search(note) or _PAYER_WORD.search(bare) or (brand and not internal):
            keys.append("patient.member_id")
    if keys and keys[0] == "date" and subfield_key(clean) is None:
        return ("date",)
    return tuple(k for k in dict.fromkeys(keys) if k in _KEYS)


def _person(value: str) -> str | None:
    """A person's name at the start of a value ("Marisol Quiroga-Denton", "MONTOYA, RAYMOND A",
    'Philippa "Pippa" Strand-Okonjo'), without an honorific; None when the value is not a name."""
    text = re.split(r"\s{2,}|[\t|•·;]|\s[—–-]\s|\s*\((?![^\W\d_]+\))|,\s*(?=\d)|_{2,}", value.strip())[0].strip(" ,.")
    text = _HONORIFIC.sub("", text)
    if not text or has_digit(text) or not _NAME.fullmatch(text):
        return None
    if _NOT_A_NAME.search(text):
        return None
    name, credential = split_name_credential(text)
    if credential or not name:
        return None  # "Bertrand Ochoa, CADC-II" is a staff member
    return text


def _fits(key: str, value: str) -> str | None:
    """The value, as it will be recorded, when it has the shape of the fact; else None."""
    value = value.strip(" :;,|")
    if not value:
        return None
    if key in _DATE_KEYS:
        return value if _leading_date(value) else None
    if key == "period":
        start, end = parse_period(value)
        return value if start and end and _leading_date(value) else None
    if key == "patient.name":
        return _person(value)
    if key == "patient.member_id":
        return _member_id(value)
    if key == "level_of_care":
        return value if _LEVEL_VALUE.search(value) and len(value.split()) <= 8 else None
    return None


_DATE_LEAD = re.compile(r"^(?:(?:on|dated|of|is|was|from|eff(?:ective)?\.?)\s+)?", re.I)


def _leading_date(value: str) -> bool:
    """The value opens with its date ("Oct 14, 2026", "on 01/05/2026", "FROM 07/07/2025 THROUGH ..."): a date
    further on in a sentence ("will be updated by 05/08/2026") is not the labelled one."""
    lead = _DATE_LEAD.match(value)
    rest = value[lead.end() if lead else 0 :]
    dates = list(find_dates(rest))
    return bool(dates) and dates[0][1][0] == 0


_SPACED_ID = re.compile(r"^(?P<prefix>[A-Z]{2,4})\s(?P<digits>\d{5,})\b")


def _member_id(value: str) -> str | None:
    """ "58812093-01", "BCX 884120559" (a short letter prefix set off by a space), not "Part B" or a date."""
    spaced = _SPACED_ID.match(value.strip())
    if spaced:
        return f"{spaced.group('prefix')} {spaced.group('digits')}"
    token = member_id_token(value)
    if token is None or sum(c.isdigit() for c in token) < 4 or first_date(token) is not None:
        return None
    return token


@dataclass
class _Piece:
    text: str
    loc: SourceLocation


def _pieces(text: str, loc: SourceLocation) -> list[_Piece]:
    return [_Piece(p.strip(), loc) for p in _PIECES.split(_ticked_choice(text)) if p and p.strip()]


# a label without a colon before a row of check boxes: "Level of care  ☐ Intensive Inpatient   ☒ Residential Level 2"
_LABEL_THEN_BOXES = re.compile(rf"^(?P<label>[^{CHECKBOXES}:\d]{{2,60}}?)\s*(?P<options>[{CHECKBOXES}].*)$")


def _ticked_choice(text: str) -> str:
    """A label and its row of check boxes written as the label and the ticked options ("Level of care: Residential
    Level 2"), so that no unticked option is read as the value (none ticked: the label alone); other text
    unchanged."""
    match = _LABEL_THEN_BOXES.match(text.strip())
    if match is None or sum(text.count(box) for box in CHECKBOXES) < 2:
        return text
    return f"{match.group('label').strip()}: {checked_options(match.group('options'))}".rstrip()


def _bare_label(text: str) -> bool:
    """A piece that is a label alone ("PATIENT", "*Member name", "Plan"), with no value of its own."""
    clean = _clean_label(text.rstrip(":"))
    if not clean or has_digit(_ORDINAL.sub("", clean)) or len(clean.split()) > 6:
        return False
    return bool(field_key(clean) or date_label_key(clean) or _SUBJECT.fullmatch(clean)
                or re.fullmatch(r"level", clean, re.I) or _ID_END.search(clean))


def _pairs(pieces: Sequence[_Piece], wanted: frozenset[str]) -> Iterator[tuple[str, str, SourceLocation, int]]:
    """(label, value, location, index of the value's piece) for each label/value pair among the pieces; a label run
    into its value is tried only for the `wanted` keys."""
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        segments = split_labels(piece.text)
        labelled = [s for s in segments if s.label]
        if labelled:
            for seg in labelled:
                yield seg.label or "", seg.value, piece.loc, i
            last = segments[-1]
            subject = bool(last.label and _SUBJECT.fullmatch(_clean_label(last.label)))
            if subject and last.value and i + 1 < len(pieces):
                # "Regarding: Individual therapy plan — Anselm Okafor-Ruiz": the subject runs over the dash
                yield last.label or "", " — ".join([last.value, *(p.text for p in pieces[i + 1 :])]), piece.loc, -1
            if last.label and not last.value and i + 1 < len(pieces) and (
                subject or not _bare_label(pieces[i + 1].text)
            ):
                yield from _next_values(last.label, pieces, i)
                i += 2
                continue
        elif piece.text.endswith(":") or _bare_label(piece.text):
            if i + 1 < len(pieces) and not _bare_label(pieces[i + 1].text):
                yield from _next_values(piece.text.rstrip(":"), pieces, i)
                i += 2
                continue
        elif len(piece.text) <= 160 or has_digit(piece.text[:120]):
            # "DOB 09/14/1990", "admitted Oct 9, 2026", "Fidelis Care member ID 58812093-01": a label run into its value
            # (a long stretch of prose with no number near its start holds none: skipped, as it is costly to try)
            words = piece.text.split()
            for k in range(min(6, len(words) - 1), 0, -1):
                label, value = " ".join(words[:k]), " ".join(words[k:])
                if has_digit(_ORDINAL.sub("", label)) or not _run_in_label(label):
                    continue
                if any(key in ("date", "subject") or _fits(key, value) for key in _label_keys(label, value, wanted)):
                    yield label, value, piece.loc, i
                    break
            else:
                for k in range(1, min(6, len(words) - 1)):
                    label, value = " ".join(words[k:k + 3]), " ".join(words[k + 3:])
                    if value and _label_keys(label, value, wanted) and _ID_END.search(label):
                        yield label, value, piece.loc, i  # "Fidelis Care member ID 58812093-01"
                        break
        i += 1


_SENTENCE_WORDS = re.compile(
    r"\b(?:will|be|been|is|are|was|were|by|to|until|should|must|has|have|had|next|due|the|a|an|we|he|she|they|"
    r"i|you|it|this|that|after|before|since|when|if)\b",
    re.I,
)


def _run_in_label(label: str) -> bool:
    """Words run into their value with no separator that can be a label: a known label ("admitted", "plan
    written", "DOB"), or at most three words naming a date with no word of a sentence ("Plan effective"), not
    "Plan will be updated by"."""
    if field_key(label) is not None:
        return True
    return len(label.split()) <= 3 and not _SENTENCE_WORDS.search(label)


def _next_values(label: str, pieces: Sequence[_Piece], i: int) -> Iterator[tuple[str, str, SourceLocation, int]]:
    """A label alone, its value in the next piece ("Plan | 05/12/2026"), or running over the pieces after it
    ("CERTIFICATION  FROM 07/07/2025  THROUGH 10/04/2025", "RE:  Treatment plan — Ms. Josephine Albrecht")."""
    yield label, pieces[i + 1].text, pieces[i + 1].loc, i + 1
    rest = " — ".join(p.text for p in pieces[i + 1 :])
    if rest != pieces[i + 1].text:
        yield label, rest, pieces[i + 1].loc, -1


def _banner_name(pieces: Sequence[_Piece]) -> tuple[str, SourceLocation] | None:
    """An EHR banner: the client's name first ("MONTOYA, RAYMOND A", "Raymond A Montoya"), then an identifier
    ("MRN: 004417731", "DOB: 03-Sep-1948"); or second, after the practice's name, when written as a record is
    ("Harbor Practice PT | Hollis, Reuben T.   DOB ...")."""
    for position in (0, 1):
        if len(pieces) < position + 2 or not _IDENTIFIER.match(pieces[position + 1].text):
            continue
        text = pieces[position].text
        if _RECORD_NAME.fullmatch(text) or (position == 0 and text.isupper() and _person(text) == text):
            name = _person(text)
            if name:
                return name, pieces[position].loc
    return None


class _Lines:
    """The document's lines as lists of pieces: each paragraph, each table row (its cells in order, a cell's own
    lines first), each page-header and page-footer line."""

    def __init__(self, blocks: Iterable[Block], pages: Sequence[tuple[str, list[str]]]) -> None:
        self.rows: list[list[_Piece]] = []
        # for a table row read whole, the line above the row ("INDIVIDUALIZED TREATMENT PLAN" over "Date | 01/12/2026 |
        # Admission | ..."), by the index of the row in `rows`: the heading its bare "Date" is the date of
        self.above_row: dict[int, list[_Piece]] = {}
        for block in blocks:
            if isinstance(block, Para):
                for text in block.text.split("\n"):
                    if text.strip():
                        loc = make_loc(paragraph=block.index, text=text.strip())
                        self.rows.append(_pieces(text, loc))
            elif isinstance(block, Table):
                self._table(block)
        for kind, lines in pages:
            section = "Page footer" if kind == "footer" else "Page header"
            for text in lines:
                if text.strip():
                    self.rows.append(_pieces(text, make_loc(section=section, text=text.strip())))

    def _table(self, table: Table) -> None:
        for row in table.rows:
            pieces: list[_Piece] = []
            seen: set[int] = set()
            above = self.rows[-1] if self.rows else None
            for cell in row.cells:
                if id(cell.lines) in seen:
                    continue
                seen.add(id(cell.lines))
                for text in cell.lines:
                    if text.strip():
                        loc = make_loc(table=table.index, row=row.index, cell=cell.col, text=text.strip())
                        self.rows.append(_pieces(text, loc))
                        pieces.extend(_pieces(text, loc))
            if len(pieces) > 1:
                if above is not None:
                    self.above_row[len(self.rows)] = above
                self.rows.append(pieces)


def basic_facts(
    blocks: Iterable[Block], pages: Sequence[tuple[str, list[str]]] = (), keys: Iterable[str] = _KEYS
) -> list[BasicFact]:
    """Every basic fact among `keys` (all by default) the document's text states next to a label naming it, in
    document order (see the module docstring)."""
    wanted = _widen(frozenset(keys))
    facts: list[BasicFact] = []
    previous: list[_Piece] | None = None
    lines = _Lines(blocks, pages)
    for index, pieces in enumerate(lines.rows):
        banner = _banner_name(pieces) if "patient.name" in wanted else None
        if banner is None and "patient.name" in wanted and previous is not None and len(previous) == 1:
            # a patient label stacked line by line (a page header's "AUCOIN, DELPHINE" over "DOB 11/29/1952  MRN
            # 00418227"): the name alone on its line, the identifiers on the next
            banner = _banner_name([*previous, *pieces])
            banner = banner if banner is not None and _RECORD_NAME.fullmatch(previous[0].text.strip()) else None
        if banner is None and "patient.name" in wanted and len(pieces) == 1:
            titled = _TITLE_FOR.match(pieces[0].text.strip())
            named = _person(titled.group("rest")) if titled is not None else None
            if named is not None and all(word[:1].isupper() for word in named.split()):
                # "Treatment plan for Wren Haverford-Diaz": a plan's title naming whom it is for
                banner = (named, pieces[0].loc)
        if banner is not None:
            facts.append(BasicFact("patient.name", "banner", banner[0], banner[1]))
        pairs = list(_pairs(pieces, wanted))
        if (
            previous is not None and len(previous) == 1 and len(pieces) == 1 and _bare_label(previous[0].text)
            and not _bare_label(pieces[0].text) and not split_labels(pieces[0].text)[0].label
        ):
            # "Pt name" over "Beatrix Fairweather": a label alone on its line, its value alone on the next
            pairs.append((_clean_label(previous[0].text.rstrip(":")), pieces[0].text, pieces[0].loc, 0))
        for label, value, loc, _ in pairs:
            for key in _label_keys(label, value, wanted):
                if key == "subject":
                    name = name_before(value)
                    name = _person(name) if name else None
                    if name:
                        facts.append(BasicFact("patient.name", label, name, loc))
                    break
                if key == "date":
                    # "4.0 PLAN ESTABLISHED" over "4.1 Date: 03/02/2026" (or over a table row "Date | 03/02/2026")
                    key = _heading_date_key(lines.above_row.get(index, previous))
                    if key is None:
                        break
                fitted = _fits(key, value)
                if fitted is not None:
                    if key in wanted:  # the label's first fitting fact is the one it names, wanted or not
                        facts.append(BasicFact(key, label, fitted, loc))
                    if key == "plan_date" and "period" in wanted and _PLAN_SPAN.search(label) and _date_span(value):
                        # "Plan of care  03-04-2026 to 06-01-2026": the plan's span, from the day it was made
                        facts.append(BasicFact("period", label, value.strip(" :;,|"), loc))
                    break
        previous = pieces
    return facts


def _widen(keys: frozenset[str]) -> frozenset[str]:
    """The keys and the stand-ins that can lead to them: a letter's subject line to the name, a bare "Date" to the
    date its heading names."""
    extra = {"subject"} if "patient.name" in keys else set()
    if keys & {"plan_date", "admission_date", "first_treatment_date"}:
        extra.add("date")
    return keys | extra


def _heading_date_key(previous: Sequence[_Piece] | None) -> str | None:
    if not previous or len({id(p.loc) for p in previous}) != 1:
        return None
    heading = _clean_label(" ".join(p.text for p in previous))
    if not heading or ":" in heading or has_digit(heading) or len(heading.split()) > 6:
        return None
    key = date_label_key(heading)
    return key if key in ("plan_date", "admission_date", "first_treatment_date") else None


class FallbackFieldsMixin(BuilderState):
    """Fills the basic facts the structured pass left empty from `basic_facts`."""

    def missing_basic_facts(self) -> list[str]:
        """The basic facts the second look can find (`BasicFact.key`) that are still empty."""
        patient = self.patient
        missing = [key for key, value in (("patient.name", patient.name), ("patient.birth_date", patient.birth_date),
                                          ("patient.member_id", patient.member_id), ("period", self.period))
                   if value is None]
        missing += [key for key in ("plan_date", "admission_date", "level_of_care", "first_treatment_date")
                    if key not in self.plan_fields]
        return missing

    def _fill_basic_facts(self, facts: Iterable[BasicFact]) -> None:
        for fact in facts:
            if fact.key == "patient.name":
                if self.patient.name is None:
                    self.patient.name = fact.value
                    self.patient.field_sources["name"] = fact.loc
                    if self.patient.source is None:
                        self.patient.source = fact.loc
            elif fact.key == "patient.birth_date":
                if self.patient.birth_date is None:
                    self.patient.birth_date = first_date(fact.value)
                    self.patient.field_sources["birth_date"] = fact.loc
            elif fact.key == "patient.member_id":
                if self.patient.member_id is None:
                    self.patient.member_id = fact.value
                    self.patient.field_sources["member_id"] = fact.loc
            elif fact.key == "period":
                if self.period is None:
                    start, end = parse_period(fact.value)
                    self.period = Period(start=start, end=end, source=fact.loc)
            elif fact.key == "level_of_care":
                self._set_plan("level_of_care", fact.value, fact.loc)
            else:
                date: dt.date | None = first_date(fact.value)
                if date is not None:
                    self._set_plan(fact.key, date, fact.loc)
