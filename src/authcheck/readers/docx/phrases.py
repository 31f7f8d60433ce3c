"""Phrase-level readers shared by every DOCX layout: codes, diagnoses, names and credentials, signatures,
services, assessments and review statements.

Each function takes text as written and returns plain values (dicts/tuples) or None; the builder
turns them into model elements with their source locations. Nothing here guesses: a phrase that
does not state a value gives None for it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import pairwise

from authcheck.model.vocab import CREDENTIALS, normalize_credential, normalize_signature_role
from authcheck.parsing import find_dates, parse_amount, parse_duration, parse_frequency, parse_hours_per_week

__all__ = [
    "DiagnosisMade",
    "DiagnosisText",
    "ServiceText",
    "SignatureText",
    "blank_value",
    "checked_options",
    "diagnosis_made",
    "find_icd_codes",
    "find_service_codes",
    "first_date",
    "looks_like_address",
    "looks_like_signature",
    "member_id_token",
    "parse_assessment",
    "parse_diagnoses",
    "prose_diagnoses",
    "parse_period",
    "parse_service",
    "parse_signature",
    "plausible_name",
    "says_unsigned",
    "split_name_credential",
]

# ----------------------------------------------------------------------------------------------
# Small helpers

_BLANK = re.compile(
    r"^[\s_.\-–—/\\|]*$|^\s*(?:n/?a|none|tbd|pending|not applicable|unknown|\[?\s*\]?)\s*$"
    # an EHR's placeholder for a field nobody filled in ("No data recorded", "Not documented")
    r"|^\s*(?:no\s+(?:data|entry|information)(?:\s+(?:recorded|entered|documented|available))?|"
    r"(?:none|nothing)\s+(?:recorded|entered|documented|listed)|not\s+(?:recorded|entered|documented|completed)|"
    r"left\s+blank)\s*\.?\s*$",
    re.I,
)


_CHECKBOXES = "☐□☒☑✔✓■"


def blank_value(text: str | None) -> bool:
    """True for an empty form field: nothing, underscores, dashes, "N/A", "TBD"."""
    return text is None or bool(_BLANK.match(text)) or bool(_BLANK.match(re.sub(f"[{_CHECKBOXES}]", " ", text)))


def first_date(text: str) -> dt.date | None:
    """The first real date written in the text."""
    for date, _ in find_dates(text):
        return date
    return None


_ID_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-]{3,24}[A-Za-z0-9]$")


def member_id_token(text: str) -> str | None:
    """The identifier at the start of a member-id value ("NEB1177340251 (Heartland PPO)", "5HE7-KP3-WT21"):
    one token of letters, digits and dashes holding at least one digit; None for "Part B", "pending", blanks."""
    if blank_value(text):
        return None
    token = text.strip().split()[0].strip(".,;:()[]")
    if _ID_TOKEN.match(token) and any(c.isdigit() for c in token):
        return token
    return None


_CHECKED = "☒☑✔✓■"
_TYPED_BOX = re.compile(r"\[\s?([xX✓✔]?)\s?\]")
_UNCHECKED = "☐□"


def checked_options(text: str) -> str:
    """For form text with check boxes ("☐ Weekly ☒ Biweekly"), keep only the checked options.

    Text without check boxes is returned unchanged; with boxes but none checked, "" (nothing stated).
    Boxes typed as brackets ("[X] Residential  [ ] Outpatient") count when the text has two or more of them.
    """
    if len(_TYPED_BOX.findall(text)) >= 2:
        text = _TYPED_BOX.sub(lambda m: "☐" if not m.group(1).strip() else "☒", text)
    if not any(c in text for c in _CHECKED + _UNCHECKED):
        return text
    picked = re.findall(rf"[{_CHECKED}]\s*([^{_CHECKED}{_UNCHECKED}]+)", text)
    return "; ".join(p.strip(" ,;") for p in picked if p.strip(" ,;"))


def parse_period(text: str) -> tuple[dt.date | None, dt.date | None]:
    """Start and end of a range such as "10/05/2025 to 03/05/2026", "from X through Y", "X - Y"."""
    dates = list(find_dates(text))
    if len(dates) >= 2:
        return dates[0][0], dates[1][0]
    if len(dates) == 1:
        date, (start, _) = dates[0]
        before = text[:start].lower()
        if re.search(r"\b(?:through|thru|to|until|till|ending|ends?|expires?)\s*$", before):
            return None, date
        return date, None
    return None, None


# ----------------------------------------------------------------------------------------------
# Codes

# a dotted code typed in lower case ("f41.1", "m17.11") is still a code (not "v12.1", a version number)
_ICD_DOTTED = r"(?:[A-TV-Z]\d[0-9AB]\.[0-9A-TV-Z]{1,4}|[a-tw-z]\d\d\.[0-9a-tv-z]{1,4})"
_ICD_PLAIN = r"[A-TV-Z]\d[0-9AB][0-9A-TV-Z]{0,4}"
_ICD_RE = re.compile(rf"(?<![A-Za-z0-9.\-/])(?P<code>{_ICD_DOTTED}|{_ICD_PLAIN})(?![A-Za-z0-9]|\.\d|-\d)")
_ICD9_RE = re.compile(r"(?<![\w.\-/])(?P<code>\d{3}\.\d{1,2}|V\d{2}\.\d{1,2})(?![\w]|\.\d)")
# a code without its dot counts only where codes are written: start, brackets, after a colon or dash
_PLAIN_CONTEXT = re.compile(
    r"(?:^|[(\[:;,–—\-]|\bcode\b|\bicd(?:-?10)?(?:-?cm)?\b|\bdx\b|\bdsm-?5?\b)\s*$", re.I
)


@dataclass(frozen=True)
class CodeMatch:
    code: str
    start: int
    end: int
    system: str | None


def _dot(code: str) -> str:
    code = code.upper()
    if "." in code or len(code) <= 3:
        return code
    return code[:3] + "." + code[3:]


def find_icd_codes(text: str, *, anywhere: bool = False) -> list[CodeMatch]:
    """ICD-10-CM codes written in text, normalised with their dot ("F411" -> "F41.1").

    Codes without a dot are taken at the start of the text, in brackets, or after a colon, dash or
    "ICD-10:"; elsewhere ("Vitamin B12") only when `anywhere` is set (a code column).
    """
    found: list[CodeMatch] = []
    for match in _ICD_RE.finditer(text):
        raw = match.group("code")
        if "." not in raw and not anywhere:
            before = text[: match.start()]
            if not _PLAIN_CONTEXT.search(before):
                continue
            after = text[match.end() : match.end() + 2]
            if len(raw) > 3 and not raw[3:].isdigit() and not re.fullmatch(r"[A-Z]\d\d[0-9A-Z]*", raw):
                continue
            if raw[0] in "DE" and after.startswith("-"):  # "D-7" style scale names, never codes
                continue
        found.append(CodeMatch(_dot(raw), match.start(), match.end(), "ICD-10-CM"))
    if not found:
        # an old ICD-9 / DSM-IV number is ICD-9-CM only where the plan says so; written as the diagnosis code of a
        # plan today it stands where an ICD-10-CM code belongs (and is then checked, and reported, as one)
        system = "ICD-9-CM" if _SAYS_ICD9.search(text) else None
        for match in _ICD9_RE.finditer(text):
            found.append(CodeMatch(match.group("code"), match.start(), match.end(), system))
    return found


_SAYS_ICD9 = re.compile(r"\bicd-?9(?:-?cm)?\b", re.I)


_CPT_RE = re.compile(
    r"(?<![\w/.\-$])(?P<code>\d{4}[0-9FTU]|[A-CEGHJ-MP-V]\d{4})(?P<mods>(?:\s*[-:]\s*[A-Z0-9]{2}(?![\w])(?!\s*(?:hours?|hrs?|minutes?|mins?|units?|sessions?|visits?|times?|days?|weeks?|months?|x)\b))*)(?![\w/]|\.\d)"
)


_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|"
    "OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)
# "..., Minneapolis, MN 55416", "Calle Ocotillo, Tucson AZ 85705": a ZIP code after a city and state
_BEFORE_ZIP = re.compile(rf",\s*(?:[A-Z][\w.'’-]*\s+){{0,3}}(?:{_STATES})\.?,?\s*\(?$")
_ADDRESS = re.compile(
    rf"^(?:\d+\s+[\w .'’-]+,\s*)?[A-Z][\w .'’-]*,\s*(?:{_STATES})\.?(?:\s+\d{{5}}(?:-\d{{4}})?)?$"
)


def looks_like_address(text: str) -> bool:
    """True for a place written as an address or "City, ST [ZIP]" ("Springfield, IL", "Topeka, KS 66611")."""
    text = " ".join(text.split()).strip(" .;")
    return bool(_ADDRESS.match(text)) and len(text.split()) <= 8


def find_service_codes(text: str) -> list[tuple[str, list[str], int, int]]:
    """CPT/HCPCS codes with modifiers ("97153-HN", "H0004 HF" is not a modifier without a dash), and their spans.

    A ZIP code after a city and state ("Minneapolis, MN 55416") is not a code."""
    found = []
    for match in _CPT_RE.finditer(text):
        code = match.group("code")
        if code.isdigit() and int(code) < 100:
            continue
        if code.isdigit() and _BEFORE_ZIP.search(text, 0, match.start()):
            continue
        mods = re.findall(r"[A-Z0-9]{2}", match.group("mods") or "")
        found.append((code, mods, match.start(), match.end()))
    return found


# ----------------------------------------------------------------------------------------------
# Names and credentials

_TITLES = re.compile(r"^(?:dr|mr|mrs|ms|miss|prof)\.?\s+", re.I)
_NAME_SEPARATOR = re.compile(r"\s+[—–|•·]\s*|\s+-\s+|\s*[•·|]\s+")
_LEVEL_GAP = re.compile(r"\b([A-Z]{2,}(?:-[A-Z]+)?)\s+(I{1,3}|IV)\b")
_CRED_SPLIT = re.compile(r"[\s/]+")
_INITIALS = re.compile(r"(?:[A-Z]\.?\s?){1,3}")
_ID_TAIL = re.compile(r"[\s,;(]*\b(?:NPI|Lic(?:ense)?\.?\s*(?:#|No\.?|number)|License)\b\s*[:#]?\s*[\w-]*\d[\w-]*\)?.*$")
_INVERTED_NAME = re.compile(
    r"(?P<last>[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?)(?P<creds>(?:\s+[A-Z][A-Za-z./-]*[A-Z])*)\s*,\s*"
    r"(?P<first>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:\s+[A-Z]\.?)?)"
)


def _is_credential(token: str) -> bool:
    token = token.strip(" .;:()")
    if not token:
        return False
    if normalize_credential(token) in CREDENTIALS or token.upper().replace(".", "") in CREDENTIALS:
        # a surname such as "Ma" or "Do" is not a credential unless written in capitals or with dots
        return not re.fullmatch(r"[A-Z][a-z]", token) or token in ("Ph", "Md")
    return False


def split_name_credential(text: str) -> tuple[str | None, str | None]:
    """ "Nora Murphy, PsyD" -> ("Nora Murphy", "PsyD"); "Omar Johnson, PT, DPT" -> ("Omar Johnson", "PT, DPT")."""
    text = " ".join(text.replace("\u00a0", " ").split()).strip(" ,;:-")
    # "Jane Doe, LCSW — [signature on file] — ...", "Jane Doe, PsyD • Mar 10": the name ends at a separator
    text = _ID_TAIL.sub("", text)  # "Osric Delahunt, MD NPI 1109426928": the identifier is not part of the credential
    pieces = [p for p in _NAME_SEPARATOR.split(text) if re.search(r"[A-Za-z]", p)]
    if len(pieces) > 1 and _INITIALS.fullmatch(pieces[0].strip()) and not _is_credential(pieces[0]):
        pieces = pieces[1:]  # "IS — Ingrid Solvang, OTR/L": the signer's initials before the full name
    text = (pieces[0] if pieces else "").strip(" ,;:-")
    text = _LEVEL_GAP.sub(r"\1-\2", text)  # "SUDCC II" is one credential
    if not text:
        return None, None
    trailing = re.fullmatch(r"(?P<rest>.+?)\s*\((?P<note>[^()]*)\)", text)
    if trailing and re.search(r"[A-Za-z]", trailing.group("note")) and not all(
        _is_credential(t) for t in _CRED_SPLIT.split(trailing.group("note").replace(",", " ")) if t
    ):
        text = trailing.group("rest")  # "Julia Harlan, MD (neurology)", "Ana Ruiz (mother)": a note, not the name
    bracketed = re.fullmatch(r"(?P<name>[^()]+?)\s*\((?P<cred>[^()]+)\)", text)
    if bracketed and all(_is_credential(t) for t in _CRED_SPLIT.split(bracketed.group("cred").replace(",", " ")) if t):
        name, credential = split_name_credential(bracketed.group("name"))  # "Marcus Hale (LPC)"
        inner = bracketed.group("cred").strip()
        return name, (f"{credential}, {inner}" if credential else inner)
    inverted = _INVERTED_NAME.fullmatch(text)
    if inverted and not _is_credential(inverted.group("first").split()[0]):
        # "Webb, Marcus", "Nakamura LCSW, Kenji": a record system's "Last, First" with the credential after the surname
        creds = [t for t in (inverted.group("creds") or "").split() if t]
        if all(_is_credential(t) for t in creds):
            return f"{inverted.group('first')} {inverted.group('last')}", (" ".join(creds) or None)
    if "," in text:
        parts = [p.strip() for p in text.split(",")]
        name = parts[0]
        creds = []
        for part in parts[1:]:
            tokens = [t for t in _CRED_SPLIT.split(part) if t]
            if _is_credential(part) or (tokens and all(_is_credential(t) for t in tokens)):
                creds.append(part)
            else:
                break
        if not creds and len(parts) == 2 and all(_is_credential(t) for t in name.split()):
            return None, text  # "LCSW, CADC" alone
        tokens = name.split()
        while len(tokens) > 2 and _is_credential(tokens[-1]) and tokens[-1].isupper():
            creds.insert(0, tokens.pop())  # "Jordan Albright BCBA, LBA"
        name = _TITLES.sub("", " ".join(tokens)).strip()
        return (name or None), (", ".join(creds) or None)
    tokens = text.split()
    creds_tail: list[str] = []
    while (
        len(tokens) > 1
        and _is_credential(tokens[-1])
        and (tokens[-1].isupper() or "." in tokens[-1] or any(c.isupper() for c in tokens[-1][1:]))
    ):
        creds_tail.insert(0, tokens.pop())
    name = _TITLES.sub("", " ".join(tokens)).strip()
    return (name or None), (" ".join(creds_tail) or None)


# ----------------------------------------------------------------------------------------------
# Diagnoses


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
    r"\(\s*(?:primary|principal)(?:\s+(?:diagnosis|dx))?\s*\)|\b(?:primary|principal)\s*(?:diagnosis|dx)?\s*[:\-–]|^\s*(?:primary|principal)\b",
    re.I,
)
_SECONDARY_MARK = re.compile(
    r"\(\s*(?:secondary|tertiary|additional|rule[\s-]*out|r/o|provisional)\s*\)", re.I
)
# Who made a diagnosis and when: "diagnosed by Alicia Gomez, Psy.D., on 10/10/2023", "(dx 05/20/2021, Anjali Rao,
# MD)", "evaluation by Priya Shah, PhD, 01/22/2025", "Diagnostic evaluation 06/01/2022 by Maria Lopez, PsyD",
# "diagnosticado por / diagnosed by Elena Cortés, PhD, 05/06/2024", "... (F84.0) on 11/05/2022 by Lionel Harte, MD".
_DATE_WORDS = r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{4}|[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?\d{4})"
_MADE = re.compile(
    r"(?P<lead>[\s,;.\-–—]*\(?\s*)\b(?P<trigger>"
    r"(?:the\s+)?(?:diagnosis|dx)\s+(?:was\s+)?(?:made|given|established|confirmed)|"
    r"(?:made|given|established|confirmed)(?=\s+by\b)|"
    r"diagnosticad[oa]|diagnosed(?!\s+(?:with|as)\b)|dx'?d(?=\s)|dx(?=\s+(?:on\s+)?" + _DATE_WORDS + r")|"
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
    r";|\)|\(|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\b[A-Z])\.(?:\s+(?=[A-Z])|\s*$)"
)
_BY_WORD = re.compile(r"\b(?:by|por)\b\s*:?\s*", re.I)


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
        window = rest[: stop.start()] if stop else rest
        dates = list(find_dates(window))
        on = dates[0][0] if dates else None
        by = None
        named = list(_BY_WORD.finditer(window))
        if named:
            who = window[named[-1].end() :]
        elif dates and match.group("trigger").lower() not in ("on",):
            who = window[dates[0][1][1] :]  # "(dx 05/20/2021, Anjali Rao, MD, child psychiatrist)"
        else:
            who = ""
        who_dates = list(find_dates(who))
        if who_dates:  # "Elena Cortés, PhD, licensed psychologist, 05/06/2024": the name ends at its date
            who = who[: who_dates[0][1][0]]
        who = re.sub(r"[\s,]+(?:on|dated)?[\s,]*$", "", who, flags=re.I).strip(" ,;:-–—")
        if who and re.match(r"[^\W\d_]", who) and not re.search(r"\d", who) and len(who.split()) <= 14:
            name, credential = split_name_credential(who)
            by = ", ".join(x for x in (name, credential) if x) or None
        if by is None and on is None:
            continue
        start = match.start()
        end = match.end() + (stop.start() if stop else len(rest))
        if "(" in match.group("lead") and stop and stop.group(0) == ")":
            end += 1  # "(dx 05/20/2021, Anjali Rao, MD)": the brackets go with the statement
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
_SEPARATORS = " \t-–—:;,|/."
# "Essential (primary) hypertension" is the ICD-10-CM title, not a primary flag
_ICD_TITLE_PRIMARY = re.compile(r"\((?:primary|principal)\)(?=\s+[a-z])", re.I)
_TITLE_MARK = "\u2039primary\u203a"  # stands for "(primary)" inside a title while flags are read
_TRAILING_DATE = re.compile(r"\s+\(?\d{1,2}/(?:\d{1,2}/)?\d{2,4}\)?(?:\s*\([A-Z]\))?\s*$")


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
    text = " ".join(text.replace("\u00a0", " ").split())
    if not text or blank_value(text):
        return []
    text = _ICD_TITLE_PRIMARY.sub(_TITLE_MARK, text)
    by = on = None
    made = diagnosis_made(text)
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
        target = results[-1] if len(results) > 1 else results[0]
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


def prose_diagnoses(text: str) -> list[DiagnosisText]:
    """Diagnoses stated in a narrative sentence that names both a diagnosis and its code ("She meets DSM-5
    criteria for major depressive disorder, recurrent, moderate (F33.1)", "He meets criteria for social anxiety
    disorder (social phobia); ICD-10-CM F40.10"). A sentence without a diagnostic phrase gives nothing."""
    if not any(c.isdigit() for c in text):
        return []
    found: list[DiagnosisText] = []
    for sentence in re.split(r"(?<=[a-z)\]\d])\.\s+(?=[A-Z])", " ".join(text.split())):
        codes = find_icd_codes(sentence)
        if not codes:
            continue
        markers = [m for m in _MARKERS.finditer(sentence) if m.end() <= codes[0].start]
        if not markers:
            found.extend(_bracketed_diagnoses(sentence, codes))
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


# ----------------------------------------------------------------------------------------------
# Signatures


@dataclass
class SignatureText:
    """A signature as read from a line: role label as written, name, credential, date, method, signed."""

    role_label: str | None
    name: str | None
    credential: str | None
    date: dt.date | None
    method: str = "unknown"
    signed: bool = True
    text: str = ""
    date_text: str | None = None


_IMAGE_MARK_TEXT = (
    r"\[\s*(?:(?:scanned\s+|wet\s+|ink\s+)?signature(?:\s+(?:image|on\s+file))?|image\s+of\s+signature|signed)\s*\]"
)
_IMAGE_MARK = re.compile(_IMAGE_MARK_TEXT, re.I)
_ESIGNED = re.compile(
    r"\b(?:electronically|digitally|e-?)\s*(?:co-?)?signed\s*(?:\([^)]{1,60}\))?\s*(?:by)?\s*:?\s*(?P<rest>.*)$|"
    r"^\s*(?:co-?)?signed\s+(?:(?:electronically|digitally)\s*(?:by)?|by)\s*:?\s*(?P<rest2>.*)$",
    re.I,
)
# "signed 02/13/2026", "Signed December 2, 2024", "Date signed: 01/12/2026", "Signed ________ (date)"
_SIGNED_DATE = re.compile(
    r"\bsigned\s*(?:on\s*)?:?\s*(?=\d{1,4}[/\-.]\d|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}[\s-][A-Z][a-z]{2}|_{3,})",
    re.I,
)
_SIGNED_WORDS = re.compile(r"\s*[—–-]?\s*\b(?:date\s+)?signed\b\s*(?:on\b)?\s*:?\s*(?:_{2,}\s*)?(?:\(\s*date\s*\))?", re.I)
_CONFORMED = re.compile(r"/e?s/\s*(?P<rest>.*)$", re.I)
# a mark written beside the signer's name saying the line is signed: "Jane Doe, LCSW (e-signed)",
# "Jane Doe — electronically signed 01/05/2026", "Signature on file", "/s/ electronically", "(signed)"
_STATUS_MARK = re.compile(
    r"\(\s*(?P<e1>(?:electronically|digitally|e-?)\s*)?(?:co-?)?signed(?P<e2>\s+electronically)?(?:\s+(?:via|on|through)\b[^)]*)?\s*\)"
    r"|\bsignature\s+on\s+file\b|(?P<e3>/e?s/\s*(?:electronically|digitally)|/es/)"
    # a placeholder where the signature image sits: "[signature image]", "[image of signature]", "[signed]"
    rf"|{_IMAGE_MARK_TEXT}"
    r"|(?:^|\s[—–-]\s|\s{2,}|,\s*)(?P<e4>(?:electronically|digitally|e-?)\s*)?(?:co-?)?signed(?P<e5>\s+electronically)?\b"
    r"(?!\s*(?:on\s*)?:?\s*_)"  # not "Signed: ______", a blank line to sign on
    r"(?:\s+(?:via|through)\s+[\w -]{1,30}?(?=\s{2,}|\s*$|\s+(?:on\s+)?\d))?",
    re.I,
)
# a relationship written after a signer's name: "Ana Ruiz, parent", "Ana Ruiz (mother)"
_RELATION = re.compile(
    r",\s*(?P<rel>(?:legal\s+)?(?:parent|guardian|mother|father|grandmother|grandfather|foster\s+parent|caregiver|"
    r"spouse|client|patient|self))\b\.?(?=\s*(?:$|[—–(|,;-]|\s{2}|(?:e-?|electronically\s+)?signed\b|\d))",
    re.I,
)
_UNSIGNED = re.compile(
    r"\b(?:pending\s+signature|signature\s+pending|awaiting\s+signature|not\s+(?:yet\s+)?signed|unsigned|"
    r"refused\s+to\s+sign|declined\s+to\s+sign|did\s+not\s+sign|signature\s+required|needs?\s+signature|"
    r"to\s+be\s+signed|not\s+available\s+to\s+sign|unable\s+to\s+sign)\b",
    re.I,
)


def says_unsigned(text: str) -> bool:
    """True when a signature cell says it is not signed: "Awaiting signature", "Pending signature", "Not signed"."""
    return bool(_UNSIGNED.search(text))


_ROLE_PAREN = re.compile(r"\((?P<role>[^)]{2,40})\)")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}\b)?")
_ROLE_WORDS = re.compile(
    r"client|patient|member|consumer|individual|participant|guardian|parent|caregiver|legal|representative|"
    r"clinician|therapist|counselor|provider|bcba|supervisor|physician|psychiatrist|prescriber|doctor|"
    r"practitioner|case manager|staff|author|nurse|social worker|psychologist|analyst|director|family|youth|"
    r"certif|referring|rendering|treating|qualified|lpha|qmhp|rbt|slp|otr|pt\b|ot\b|mother|father|grand|foster|spouse",
    re.I,
)


def _name_date(rest: str) -> tuple[str, dt.date | None, str | None]:
    """Split "Jane Doe, LCSW on 01/05/2026 10:32 AM" into the name part, the date, and the date text."""
    dates = list(find_dates(rest))
    date = date_text = None
    if dates:
        date, (start, end) = dates[0]
        date_text = rest[start:end]
        rest = rest[:start]
    rest = _TIME.sub("", rest)
    rest = re.sub(r"\b(?:on|at|dated?|date\s*signed|signed)\s*:?\s*$", "", rest.strip(), flags=re.I)
    rest = _SIGNED_WORDS.sub(" ", rest)
    rest = re.sub(r"\(\s*date\s*\)|\(?\s*\bNPI\b.*$|\(\s*\)", " ", rest, flags=re.I)
    rest = re.sub(r"(?:^|\s)[A-Za-z][\w /'’-]{0,30}:\s*_{2,}[_\s]*", " ", rest)  # "Printed name: ______" is blank
    rest = rest.strip(" ,;:-–—_")
    if rest.endswith("(") and rest.count("(") > rest.count(")"):
        rest = rest[:-1].strip(" ,;:-–—_")  # "Webb, Marcus (01/27/2026 15:10)": the bracket held the date
    if ":" in rest:  # "Reviewed and approved: Dr. Ilse Marchetti, DO"
        rest = rest.rsplit(":", 1)[1].strip(" ,;-–—_")
    return rest, date, date_text


def parse_signature(label: str | None, value: str, date_value: str | None = None) -> SignatureText | None:
    """Read one signature from a labelled line ("Client signature: Jane Doe  Date: 01/05/2026"), an
    e-signature statement ("Electronically signed by Jane Doe, LCSW on 01/05/2026 10:32 AM"), a conformed
    signature ("/s/ Jane Doe, LCSW 1/5/26") or a pending one ("Pending signature: BCBA (Michael Walsh, BCBA)").

    `label` is the line's label when it names a signature; `date_value` the value of a "Date:" next to it.
    A blank or underscore-only name is unsigned; a name without a date is signed but undated.
    """
    text = value.strip()
    whole = f"{label}: {value}" if label else value
    method = "unknown"
    role_label = None
    if label:
        role_label = re.sub(
            r"\b(?:e-?)?signatures?\b|\bsigned\b|\bsign\b|\bof\b|\bby\b|\bpending\b|\bname\b|\bprinted\b",
            " ",
            label,
            flags=re.I,
        )
        role_label = " ".join(role_label.split()).strip(" /:-,") or None
    unsigned = bool(_UNSIGNED.search(whole))
    relation = _RELATION.search(text)
    if relation and normalize_signature_role(relation.group("rel")) in ("guardian", "client"):
        if role_label is None or normalize_signature_role(role_label) in ("client", "other"):
            role_label = relation.group("rel")  # "Ana Ruiz, mother — signed 01/05/2026"
        text = text[: relation.start()] + text[relation.end() :]
    status = _STATUS_MARK.search(text)
    if status is not None and not unsigned:
        before = text[: status.start()].strip(" —–-|:;,(")
        named = split_name_credential(_name_date(before)[0])[0] if before else None
        if named and plausible_name(named):
            # "Jane Doe, LCSW (e-signed) 01/05/2026", "Jane Doe — signed 01/05/2026": the name is before the mark
            if any(status.group(g) for g in ("e1", "e2", "e3", "e4", "e5")):
                method = "electronic"
            after = text[status.end() :]
            if text[: status.start()].rstrip().endswith(("(", "[")):
                after = re.sub(r"^\s*[)\]]", "", after)  # "(signature on file)": the mark's own brackets
            text = f"{before} {after}"
    m = _ESIGNED.search(text)
    if m:
        method = "electronic"
        text = m.group("rest") if m.group("rest") is not None else m.group("rest2")
    else:
        c = _CONFORMED.search(text)
        if c:
            method = "electronic" if "/es/" in c.group(0).lower() else "typed"
            text = c.group("rest")
    if unsigned and not m:
        text = _UNSIGNED.sub(" ", text)
        text = re.sub(r"^\s*[:\-–]\s*", "", text)
    paren = _ROLE_PAREN.search(text)
    if paren:
        inner = paren.group("role").strip()
        outside = (text[: paren.start()] + " " + text[paren.end() :]).strip(" :-")
        outside_name = _name_date(outside)[0]
        if _ROLE_WORDS.search(inner) and "," not in inner:  # "Jane Doe (Client)", "(Parent/Guardian)"
            role_label = role_label or inner
            text = outside
        elif (
            outside_name
            and len(outside_name.split()) <= 3
            and _ROLE_WORDS.search(outside_name)
            and not _ROLE_WORDS.search(inner.split(",")[0])
        ):
            # "BCBA (Michael Walsh, BCBA)", "Client (Trevor Banks)": the bracket holds the signer
            role_label = role_label or outside_name
            text = inner + " " + outside[len(outside_name) :]
    name_part, date, date_text = _name_date(text)
    if date is None and date_value and not blank_value(date_value):
        date = first_date(date_value)
        date_text = date_value.strip()
    name_part = re.sub(r"^[_\s.\-–]+|[_\s]+$", "", name_part)
    if ":" in name_part:  # "Reviewed and approved: Dr. Ilse Marchetti, DO"
        name_part = name_part.rsplit(":", 1)[1].strip()
    if re.fullmatch(
        r"(?:the\s+)?(?:client|patient|parent|guardian|parent/guardian|member|caregiver|youth|child|signer)",
        name_part,
        re.I,
    ):
        role_label = role_label or name_part  # "Client refused to sign"
        name_part = ""
    if blank_value(name_part) or re.fullmatch(r"[_\s./\-]*", name_part or ""):
        name = credential = None
    else:
        name, credential = split_name_credential(name_part)
        if name is not None and not plausible_name(name):
            name = None  # "My signature means I took part in writing this plan": a statement, not a signer
            if credential is None:
                return None
    if name is None and credential is None and method == "unknown" and not role_label and not unsigned:
        return None
    signed = not unsigned and (name is not None or credential is not None)
    return SignatureText(
        role_label=role_label,
        name=name,
        credential=credential,
        date=date,
        method=method,
        signed=signed,
        text=whole.strip(),
        date_text=date_text,
    )


_NOT_A_NAME = re.compile(
    r"\d|#|\b(?:is|are|was|were|will|has|have|had|the|this|that|my|our|we|i|means|agree|plan|reviewed|certify|"
    r"license[ds]?|licensed|clinical|program|services?|statement|signature|signed|date|who|whom|which|any|anyone|"
    r"or|and|of|for|to|in|on|with|under|by|may|information|required|verbal|soc|name|role|credentials?)\b",
    re.I,
)


_JOB_TITLE = re.compile(
    r"\b(?:analyst|therapist|counsel(?:l)?or|clinician|supervis(?:or|ing)|director|physician|psychiatrist|"
    r"psychologist|practitioner|worker|manager|specialist|coordinator|certified|behaviou?r(?:al)?|provider|staff)\b",
    re.I,
)


def plausible_name(text: str) -> bool:
    """True when text can be a signer's name: one to six words, no digits, not a sentence or a title line."""
    words = text.split()
    if _JOB_TITLE.search(text):
        return False  # "Supervising Board Certified Behavior Analyst": the signer's title under the name
    return 0 < len(words) <= 6 and not _NOT_A_NAME.search(text) and any(c.isupper() for c in text)


_SIGNATURE_LABEL = re.compile(r"signature|\bsigned\b|^sign\b", re.I)
_CONFORMED_MARK = re.compile(r"(?:^|\s)/e?s/\s*\w", re.I)
_PENDING = re.compile(r"^\s*(?:pending|awaiting)\s+signature", re.I)


# A release, consent or agreement that was signed: a different document from the plan
_OTHER_DOCUMENT_SIGNED = re.compile(
    r"\b(?:release|roi|consent|authori[sz]ation|agreement|contract|waiver|notice\s+of\s+privacy|hipaa|lease)s?\b"
    r"(?:\s+(?:of|for|to)\s+[\w-]+(?:\s+[\w-]+){0,3})?\s*(?:form\s+)?(?:is\s+|was\s+)?(?:on\s+file\s*)?[(,;:-]?\s*"
    r"(?:signed|e-?signed)\b",
    re.IGNORECASE,
)


def looks_like_signature(label: str | None, text: str) -> bool:
    """True when a line is a signature statement or a signature line."""
    if label and _SIGNATURE_LABEL.search(label):
        return True
    lowered = text.lower()
    if "sign" not in lowered and "/s/" not in lowered and "/es/" not in lowered:
        return False  # ("/es/ Jane Roe": an electronic-signature mark, like "/s/")
    if _OTHER_DOCUMENT_SIGNED.search(text):
        return False  # "Release on file (signed 04/01/2026)": another document's signature, not the plan's
    return bool(
        _ESIGNED.search(text)
        or _CONFORMED_MARK.search(text)
        or _PENDING.match(text)
        or _SIGNED_DATE.search(text)
        or _IMAGE_MARK.search(text)
    )


# ----------------------------------------------------------------------------------------------
# Services


@dataclass
class ServiceText:
    """A requested service as read from a phrase."""

    code: str | None = None
    modifiers: list[str] = field(default_factory=list)
    description: str | None = None
    frequency: str | None = None
    amount: str | None = None
    hours_per_week: float | None = None
    units: float | None = None
    duration: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    text: str = ""
    hours_per_session: float | None = None

    @property
    def has_quantity(self) -> bool:
        return any(
            x is not None
            for x in (self.frequency, self.amount, self.hours_per_week, self.units, self.duration)
        )


_PER_DAY_AMOUNT = re.compile(
    r"\b(?P<n>\d+|one|two|three|four)\s*(?:x\s*)?(?:sessions?|visits?|treatments?|times?)\s*(?:/|per|a|each)\s*(?:day|visit|session|date of service)\b",
    re.I,
)
_QUANTITY_START = re.compile(
    r"(?<![\w-])(?:\d|(?:one|two|three|four|five|six|once|twice|weekly|daily|monthly|bi-?weekly|every|each|as\s+needed|"
    r"prn|up\s+to|approximately|approx\.?)\b|(?:about|around|roughly)\s+(?=\d))",
    re.I,
)
_QUANTITY_SPLIT = re.compile(
    r"[,;]|:\s+|\s+[-–—]\s+|(?<!prn)(?<!needed)\s+(?=(?:for|from|starting|beginning|over|during|x)\s+\S)|"
    r"\s+and\s+(?=\d)|\s+then\s+",
    re.I,
)
_MINUTES_PHRASE = re.compile(
    r"\b\d+(?:\.\d+)?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?\s*-?\s*(?:minutes?|mins?\.?|min\b)(?:\s+sessions?)?",
    re.I,
)
_INTRO = re.compile(
    r"^\s*(?:(?:the\s+)?(?:plan|treatment|services?|client|patient|child|member)\s+(?:will\s+)?(?:includes?|consists?\s+of|"
    r"requests?|receives?|recommends?|is\s+recommended\s+for|will\s+receive|will\s+attend|will\s+participate\s+in)|"
    r"(?:we\s+)?(?:request(?:ing)?|recommend(?:ing)?|authorization\s+(?:is\s+)?requested\s+for)|includes?|requested:?|"
    r"(?:[A-Z][\w'.-]*\s+){0,3}will\s+(?:attend|receive|participate\s+in|be\s+seen\s+for|engage\s+in|continue(?:\s+with)?))"
    r"\s*:?\s*",
    re.I,
)


_HOURS_PER_DAY = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?)\s*(?:hours?|hrs?)\s*(?:/|per|a|each)\s*(?:day|session|visit)\b", re.I
)


def _quantities(parts: list[str], service: ServiceText) -> list[str]:
    """Fill frequency/amount/hours/duration/dates from phrase parts; return parts that said none of these."""
    leftover = []
    for raw in parts:
        part = raw.strip(" .;,:-–—")
        if not part:
            continue
        used = False
        per_day = _PER_DAY_AMOUNT.search(part)
        if per_day:
            # "1 session per day" is how many sessions on a treatment day (the amount), not how often
            service.amount = service.amount or per_day.group(0)
            part = (part[: per_day.start()] + " " + part[per_day.end() :]).strip(" ,;:")
            used = True
        minutes = _MINUTES_PHRASE.search(part)
        around = (part[: minutes.start()] + " " + part[minutes.end() :]).strip(" ,;:") if minutes else ""
        if minutes and parse_frequency(around) is not None and parse_hours_per_week(part) is None:
            # "53 minutes weekly", "weekly 53-minute sessions": a session length and a frequency
            service.amount = service.amount or minutes.group(0)
            service.frequency = service.frequency or around
            continue
        hours_day = _HOURS_PER_DAY.search(part)
        hours = None if hours_day else parse_hours_per_week(part)
        if hours_day:
            service.amount = service.amount or part
            service.hours_per_session = float(hours_day.group("n"))
            used = True
        elif hours is not None:
            service.hours_per_week = service.hours_per_week if service.hours_per_week is not None else hours
            if service.amount is None:
                service.amount = part
            used = True
        else:
            amount = parse_amount(part)
            if amount is not None and (amount.minutes is not None or amount.units is not None):
                if service.amount is None or service.amount == (per_day.group(0) if per_day else None):
                    service.amount = part if service.amount is None else service.amount + ", " + part
                if amount.units is not None and service.units is None:
                    service.units = amount.units
                used = True
            freq = parse_frequency(part)
            if freq is not None and not re.search(r"\bhours?\b|\bhrs?\b", part, re.I) and amount is None:
                earlier = parse_frequency(service.frequency) if service.frequency else None
                if earlier is not None and earlier.count is None and freq.count is not None:
                    # "as needed for follow-up, 1x/week": the count bounds the as-needed service
                    service.frequency = f"{part}, {service.frequency}"
                else:
                    service.frequency = service.frequency or part
                used = True
        duration_text = re.sub(r"^(?:x|for|over|during|through)\s+", "", part, flags=re.I)
        duration = parse_duration(duration_text)
        if (
            duration is not None
            and duration.value is not None
            and duration.unit in ("day", "week", "month", "year")
            and not re.search(r"\b(?:per|a|each|every|/)\s*(?:day|week|month)", duration_text, re.I)
        ):
            service.duration = service.duration or duration_text
            used = True
        dates = list(find_dates(part))
        if dates and re.search(
            r"\b(?:from|start|begin|through|thru|to|until|end|-|–)\b|\d\s*[-–]\s*\d", part, re.I
        ):
            start, end = parse_period(part)
            service.start = service.start or start
            service.end = service.end or end
            used = True
        if not used:
            leftover.append(raw.strip())
    if service.hours_per_session is not None and service.hours_per_week is None and service.frequency:
        freq = parse_frequency(service.frequency)
        if freq is not None and freq.count is not None and freq.per == "week":
            service.hours_per_week = service.hours_per_session * (freq.count_max or freq.count)
    return leftover


# a service provided under another plan or by another provider is not one this plan requests
_ELSEWHERE = re.compile(
    r"\b(?:separate|another|other)\s+(?:treatment\s+)?(?:plan|provider|agency|program|practice)\b|"
    r"\bnot\s+(?:part\s+of\s+this\s+plan|requested|included\s+in\s+this\s+(?:plan|request))\b",
    re.I,
)
_LIST_BOUNDARY = re.compile(r",\s+(?:and\s+|plus\s+)?|\s+(?:and|plus|as\s+well\s+as)\s+", re.I)
_CLAUSE_BOUNDARY = re.compile(r",?\s+including\s+|,\s+|;\s+|:\s+|\s+-\s+|\s+–\s+|\.\s+", re.I)


def _split_at_codes(piece: str) -> list[str]:
    """ "A (97110) and B (97530)" -> ["A (97110)", "B (97530)"]: cut before each later code at the last list boundary."""
    codes = find_service_codes(piece)
    if len(codes) < 2:
        return [piece]
    cuts: list[tuple[int, int]] = []
    for previous, current in pairwise(codes):
        between = piece[previous[3] : current[2]]
        boundaries = list(_LIST_BOUNDARY.finditer(between))
        boundary = boundaries[-1] if boundaries else None
        if boundary is not None:
            cuts.append((previous[3] + boundary.start(), previous[3] + boundary.end()))
    if not cuts:
        return [piece]
    parts, start = [], 0
    for cut_start, cut_end in cuts:
        parts.append(piece[start:cut_start])
        start = cut_end
    parts.append(piece[start:])
    return [p for p in parts if p.strip()]


def _description_before(text: str) -> str | None:
    """The name of a service written before its code: the last clause that is not a quantity."""
    clauses = [c for c in _CLAUSE_BOUNDARY.split(text) if c.strip()]
    for clause in reversed(clauses):
        m = _QUANTITY_START.search(clause)
        name = clause[: m.start()] if m else clause
        name = _trim_brackets(" ".join(name.split()))
        if re.search(r"[A-Za-z]{3,}", name):
            return name
    return None


# an order's tasks written as imperatives after ";" ("...; measure wound weekly; teach foot care")
_TASK = re.compile(
    r"\s*(?:measure|teach|assess|apply|cleanse|cover|monitor|instruct|evaluate|assist|provide|perform|review|notify|"
    r"check|obtain|change|educate|reinforce|observe|record|report|administer|draw|weigh|encourage|reassess)\b"
)
_ORDER_RUN = re.compile(r"(?<![\w/.])(\d{1,2}\s*[wm]\s*\d{1,2})\s*,\s*(?=\d{1,2}\s*[wm]\s*\d{1,2}(?![\w/.]))", re.I)


# "PRN SN visits x 2", "as needed MSW x 1 visit": the discipline written between "PRN" and its visit limit
_PRN_FIRST = re.compile(
    r"^(?:prn|as\s+needed)\s+(?P<who>(?-i:[A-Z]{2,5}))(?:\s+visits?)?\s*x\s*(?P<n>\d{1,2})(?:\s+visits?)?\b", re.I
)


def _one_service(piece: str) -> ServiceText:
    piece = _INTRO.sub("", piece.strip())
    piece = _PRN_FIRST.sub(lambda m: f"{m.group('who')} PRN x {m.group('n')} visits", piece)
    service = ServiceText(text=piece.strip())
    codes = find_service_codes(piece)
    description = None
    rest = piece
    if codes:
        code, mods, start, end = codes[0]
        service.code, service.modifiers = code, mods
        before, after = piece[:start], piece[end:]
        opening = re.search(r"[(\[]\s*(?:cpt|hcpcs|code)?\s*:?\s*$", before, re.I)
        closing = re.match(r"\s*[)\]]", after)
        if opening and closing:
            before, after = before[: opening.start()], after[closing.end() :]
        before = re.sub(r"\b(?:cpt|hcpcs)(?:\s+code)?\s*:?\s*$", " ", before, flags=re.I)
        description = _description_before(before) if before.strip(" -–—:;,.()") else None
        if description is not None:
            clause_end = before.rfind(description) + len(description)
            rest = before[: clause_end - len(description)] + " " + before[clause_end:] + " " + after
        else:
            rest = before + " " + after
    if description is None:
        head, sep, tail = rest.partition(":")
        if sep and not _QUANTITY_START.search(head) and _QUANTITY_START.search(tail):
            description, rest = head, tail  # "SN: 3 visits per week ..."
        else:
            m = _QUANTITY_START.search(rest)
            description, rest = (rest[: m.start()], rest[m.start() :]) if m else (rest, "")
    rest = _ORDER_RUN.sub(r"\1 ", rest)  # "1w1, 2w3, 1w5": the phases of one home-health order stay together
    leftover = _quantities(_QUANTITY_SPLIT.split(rest), service) if rest.strip() else []
    description = re.sub(r"\s*[(\[]\s*[)\]]\s*", " ", description or "")
    description = _trim_brackets(" ".join(description.split()))
    description = re.sub(r"\s+(?:x|at|for|-)$", "", description, flags=re.I)
    if not description and leftover:
        description = leftover[0].strip(" -–—:;,.()")
    service.description = description or None
    return service


def _beyond_as_needed(service: ServiceText) -> bool:
    """True when a service states more than "as needed" (a count, a session length, hours or a duration)."""
    if any(x is not None for x in (service.amount, service.hours_per_week, service.units, service.duration)):
        return True
    parsed = parse_frequency(service.frequency) if service.frequency else None
    return parsed is not None and parsed.count is not None


# a clause about changing the service just named ("sessions may move to every other week", "will taper to monthly")
_STEP_CHANGE = re.compile(
    r"\b(?:may|might|can|could|will|to)\s+(?:then\s+)?(?:be\s+)?(?:move[ds]?|moved|reduc\w*|decreas\w*|taper\w*|"
    r"step(?:ped)?\s+down|fade[ds]?|faded|chang\w*|adjust\w*|increas\w*|space[ds]?\s+out)\b",
    re.I,
)


def _trim_brackets(text: str) -> str:
    """Punctuation off both ends of a service's name, a bracket only when it is unpaired: "psychotherapy (IPSRT)"
    keeps its closing bracket, "(family therapy" loses its opening one."""
    while True:
        trimmed = text.strip(" -–—:;,.")
        if trimmed.endswith(")") and trimmed.count(")") > trimmed.count("("):
            trimmed = trimmed[:-1]
        elif trimmed.startswith("(") and trimmed.count("(") > trimmed.count(")"):
            trimmed = trimmed[1:]
        elif trimmed.startswith("(") and trimmed.endswith(")") and trimmed.count("(") == 1:
            trimmed = trimmed[1:-1]
        if trimmed == text:
            return text
        text = trimmed


def _coded_lines(text: str) -> list[str]:
    """The lines of a multi-line text grouped so that each group holds one line with a service code and the
    uncoded lines after it; uncoded lines before the first code (a label such as "Services") are left out
    unless they state a quantity. Fewer than two coded lines: one group, the whole text."""
    lines = [line for line in text.splitlines() if line.strip()]
    if sum(1 for line in lines if find_service_codes(line)) < 2:
        return [text]
    groups: list[str] = []
    lead: list[str] = []
    for line in lines:
        if find_service_codes(line):
            groups.append(" ".join([*lead, line]))
            lead = []
        elif groups:
            groups[-1] += "\n" + line
        elif _QUANTITY_START.search(line):
            lead.append(line)
    return groups


def parse_service(text: str, *, require_code: bool = False) -> list[ServiceText]:
    """Requested services in a phrase: "Individual psychotherapy (90837): 53 minutes, weekly",
    "97153 Adaptive behavior treatment - 20 hrs/week", "The plan includes therapeutic exercise (97110),
    1 session per day 3 times per week; manual therapy (97140), ...".

    Several services on one line are cut at ";" when the pieces have their own code or quantity, and
    a list of codes ("A (97110) and B (97530)") is cut at its commas and "and"s; quantities written
    once for such a list ("2x/week, including A (97110) and B (97530)") apply to each of its services.
    """
    groups = _coded_lines(text)
    if len(groups) > 1:
        # a cell listing one coded service per line ("90834 Individual psychotherapy, 45 min, weekly" /
        # "90853 Group skills, 60 min, every 2 weeks"): the line ends each service
        return [s for group in groups for s in parse_service(group, require_code=require_code)]
    text = " ".join(checked_options(text).split())
    if not text:
        return []
    pieces = [text]
    if ";" in text:
        split: list[str] = []
        for part in (p for p in text.split(";") if p.strip()):
            if split and _TASK.match(part) and not find_service_codes(part):
                split[-1] += ";" + part  # "...; measure wound weekly; teach foot care": tasks of the same order
            else:
                split.append(part)
        if sum(1 for p in split if find_service_codes(p) or _QUANTITY_START.search(p)) >= 2:
            pieces = split
    services: list[ServiceText] = []
    last_group: list[ServiceText] = []
    for piece in pieces:
        if services and not find_service_codes(piece) and _STEP_CHANGE.search(piece):
            continue  # "...; sessions may move to every other week once ...": a later change of the same service
        if services and not find_service_codes(piece) and _QUANTITY_START.match(piece.strip()):
            # "MSW: 1W1 x 1 visit; PRN x 1 for long-term planning": a further quantity of the service before it
            extra = ServiceText()
            _quantities(_QUANTITY_SPLIT.split(piece), extra)
            if extra.has_quantity:
                # "A (97110), B (97530) twice a week; about 45 minutes per visit": for each service of the list
                for previous in last_group or services[-1:]:
                    previous.frequency = previous.frequency or extra.frequency
                    previous.amount = previous.amount or extra.amount
                    previous.duration = previous.duration or extra.duration
                continue
        group = [_one_service(part) for part in _split_at_codes(piece)]
        last_group = [s for s in group if s.code or s.has_quantity]
        shared = next((s for s in group if s.has_quantity), None)
        if shared is not None and not _beyond_as_needed(shared):
            shared = None  # "..., orthotic fitting as needed": "as needed" belongs to its own item only
        for service in group:
            if shared is not None and not service.has_quantity and service.code and len(group) > 1:
                service.frequency, service.amount, service.duration = (
                    shared.frequency,
                    shared.amount,
                    shared.duration,
                )
                service.hours_per_week, service.units = shared.hours_per_week, shared.units
            if require_code and not service.code:
                continue
            if service.code or service.has_quantity:
                services.append(service)
    return services


# ----------------------------------------------------------------------------------------------
# Assessments

_ADMINISTERED = re.compile(
    r"\b(?:administered|completed|given|conducted|performed|dated|date|on|taken|re-?administered|obtained)\b\s*:?\s*$|"
    r"\b(?:administered|completed|given|conducted|performed|dated|taken|re-?administered|obtained)\b",
    re.I,
)


def parse_assessment(text: str) -> tuple[str | None, dt.date | None, dict[str, str]]:
    """Instrument, date and scores in "Vineland-3 ABC administered 09/16/2025", "PHQ-9: 18 (moderately severe) on 1/2/26"."""
    text = " ".join(text.split()).strip(" .;")
    if not text:
        return None, None, {}
    date = None
    dates = list(find_dates(text))
    instrument_end = len(text)
    if dates:
        date = dates[0][0]
        instrument_end = min(instrument_end, dates[0][1][0])
    for m in _ADMINISTERED.finditer(text[:instrument_end] + " "):
        if m.start() > 0:
            instrument_end = min(instrument_end, m.start())
            break
    scores: dict[str, str] = {}
    rest = text
    for _, (start, end) in reversed(dates):
        rest = rest[:start] + " " + rest[end:]
    for sm in re.finditer(
        r"(?P<name>(?:standard\s+|raw\s+|total\s+|composite\s+|t-?\s*)?score|percentile|total|composite|"
        r"age equivalent|level|severity)\s*(?:of|was|is|[:=])?\s*(?P<value>\d+(?:\.\d+)?(?:\s*/\s*\d+)?"
        r"(?:\s*\([^)]{1,30}\))?)",
        rest,
        re.I,
    ):
        scores[sm.group("name").strip().lower()] = sm.group("value").strip()
        instrument_end = min(instrument_end, sm.start())
    colon = re.match(
        r"^(?P<inst>[^:]{2,60}?)\s*[:=]\s*(?P<val>\d+(?:\.\d+)?(?:\s*/\s*\d+)?(?:\s*\([^)]{1,30}\))?)", rest
    )
    if colon and not scores:
        scores["score"] = colon.group("val").strip()
        instrument_end = min(instrument_end, colon.end("inst"))
    instrument = text[:instrument_end].strip(" ,;:-–(")
    instrument = re.sub(r"\s+(?:was|were|is)$", "", instrument, flags=re.I).strip()
    return (instrument or None), date, scores
