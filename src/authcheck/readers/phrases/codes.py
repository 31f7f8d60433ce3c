"""ICD-10-CM and CPT/HCPCS codes written anywhere in a phrase."""

from __future__ import annotations

import re
from dataclasses import dataclass


# a dotted code typed in lower case ("f41.1", "m17.11") is still a code (not "v12.1", a version number)
_ICD_DOTTED = r"(?:[A-TV-Z]\d[0-9AB]\.[0-9A-TV-Z]{1,4}|[a-tw-z]\d\d\.[0-9a-tv-z]{1,4})"
_ICD_PLAIN = r"[A-TV-Z]\d[0-9AB][0-9A-TV-Z]{0,4}"
_ICD_RE = re.compile(rf"(?<![A-Za-z0-9.\-/])(?P<code>{_ICD_DOTTED}|{_ICD_PLAIN})(?![A-Za-z0-9]|\.\d|-\d)")
_ICD9_RE = re.compile(r"(?<![\w.\-/])(?P<code>\d{3}\.\d{1,2}|V\d{2}\.\d{1,2})(?![\w]|\.\d)")
# a code without its dot counts only where codes are written: start, brackets, after a colon, dash or a list's bar
_PLAIN_CONTEXT = re.compile(
    r"(?:^|[(\[:;,–—\-|•]|\bcode\b|\bicd(?:-?10)?(?:-?cm)?\b|\bdx\b|\bdsm-?5?\b)\s*$", re.I
)


@dataclass(frozen=True)
class CodeMatch:
    code: str
    start: int
    end: int
    system: str | None


# a code the writer took back on the spot ("F43.8? no -- F32.1 ...", "F41.9?? No, F41.1"): the slip, a question
# mark, "no", and the dashes or commas before the code meant
_RETRACTED_CODE = re.compile(
    rf"(?<![A-Za-z0-9.\-/])(?:{_ICD_DOTTED}|{_ICD_PLAIN}|\d{{5}})\s*\?+\s*no\b[\s,;:.–—-]*(?=\S)", re.I
)


def without_retracted_codes(text: str) -> str:
    """The text without the codes it takes back ("F43.8? no -- F32.1 MDD" -> "F32.1 MDD"); a code only queried
    ("F41.1? (provisional)") is kept."""
    return _RETRACTED_CODE.sub("", text)


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
            if len(raw) > 3 and _ITEM_LABEL_AFTER.match(text, match.end()):
                continue  # "M1021 Primary: L89.153 ...": an assessment form's item number labelling a coded line
        found.append(CodeMatch(_dot(raw), match.start(), match.end(), "ICD-10-CM"))
    # an old ICD-9 / DSM-IV number is ICD-9-CM only where the plan says so; written as the diagnosis code of a
    # plan today it stands where an ICD-10-CM code belongs (and is then checked, and reported, as one)
    system = "ICD-9-CM" if _SAYS_ICD9.search(text) else None
    if not found:
        for match in _ICD9_RE.finditer(text):
            found.append(CodeMatch(match.group("code"), match.start(), match.end(), system))
        return found
    # "296.32 Major depressive disorder, recurrent;  F41.1 Generalized anxiety disorder": an item of a list of
    # diagnoses led by an old number, beside items coded in ICD-10-CM, is a diagnosis of its own ("300.02 (F41.1)",
    # a DSM number beside its ICD-10-CM code in one item, is not)
    start = 0
    for piece in re.split(r"([;|\n])", text):
        end = start + len(piece)
        if len(piece) > 1 and not any(start <= c.start < end for c in found):
            led = _ICD9_LEADING.match(piece)
            if led is not None:
                at = start + led.start("code")
                found.append(CodeMatch(led.group("code"), at, at + len(led.group("code")), system))
        start = end
    return sorted(found, key=lambda c: c.start)


# an old number leading an item of a list, before the name of the condition ("296.32 Major depressive disorder")
_ICD9_LEADING = re.compile(r"\s*(?:\d[.)]\s+)?(?P<code>\d{3}\.\d{1,2}|V\d{2}\.\d{1,2})\s+(?:[-–—:]\s*)?(?=[A-Za-z])")


# after an undotted code: a label word and its colon, then a dotted code ("M1021 Primary: L89.153", "M1023 Other
# diagnoses: G20.A1"): the undotted token numbers a form item (OASIS M1021), it is no diagnosis of its own
_ITEM_LABEL_AFTER = re.compile(
    r"\s+(?:\(?[A-Za-z][A-Za-z /]{1,30}\)?\s*)?:\s*(?:[A-TV-Z]\d[0-9AB]\.[0-9A-TV-Z]{1,4}|[A-TV-Z]\d[0-9AB]\b)"
)


_SAYS_ICD9 = re.compile(r"\bicd-?9(?:-?cm)?\b", re.I)


_CPT_RE = re.compile(
    r"(?<![\w/.\-$])(?P<code>\d{4}[0-9FTU]|[A-CEGHJ-MP-V]\d{4})(?P<mods>(?:\s*[-:]\s*[A-Z0-9]{2}(?![\w])(?!\s*[-–]?\s*(?:hours?|hrs?|minutes?|mins?|units?|sessions?|visits?|times?|days?|weeks?|months?|x)\b))*)(?![\w/]|\.\d)"
)


_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|"
    "OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)
# "..., Minneapolis, MN 55416", "Calle Ocotillo, Tucson AZ 85705": a ZIP code after a city and state (a word before
# the comma; "TE (97110), MT (97140)" lists codes, and a ZIP code is not written in brackets)
_BEFORE_ZIP = re.compile(rf"(?<=[A-Za-z.'’]),\s*(?:[A-Z][\w.'’-]*\s+){{0,3}}(?:{_STATES})\.?,?\s*$")
_ADDRESS = re.compile(
    rf"^(?:\d+\s+[\w .'’-]+,\s*)?[A-Z][\w .'’-]*,\s*(?:{_STATES})\.?(?:\s+\d{{5}}(?:-\d{{4}})?)?$"
)


def looks_like_address(text: str) -> bool:
    """True for a place written as an address or "City, ST [ZIP]" ("Springfield, IL", "Topeka, KS 66611")."""
    text = " ".join(text.split()).strip(" .;")
    return bool(_ADDRESS.match(text)) and len(text.split()) <= 8


# a code column's cell that looks like a CPT/HCPCS code but is not a valid one ("L38O8", "9715"): kept as written
CODE_AS_WRITTEN = re.compile(r"(?=[A-Za-z0-9]*\d[A-Za-z0-9]*\d)[A-Za-z]?[A-Za-z0-9]{3,5}[A-Za-z]?|\d{4,7}")


# a code in brackets after the name of a service ("gait training (97116)"), or what is typed there in its place
_BRACKETED_CODE = re.compile(r"\(\s*(?P<code>[A-Za-z]\d{3,5}|\d{4,6}[A-Za-z]?)\s*\)")


def bracketed_codes_as_written(text: str) -> list[tuple[str, list[str], int, int]]:
    """Codes mistyped in a list of services that each carry their code in brackets ("TE (97110), gait trng (9716),
    NMR (97112)"): a bracketed number (or a letter and digits) that is no valid CPT/HCPCS code, a year or an
    ICD-10-CM code, in a text where two or more other brackets hold valid service codes. Kept as written (spans as
    `find_service_codes` gives them), for the code rules to judge; none when the text lists fewer valid codes so."""
    valid = sum(1 for m in _BRACKETED_CODE.finditer(text) if find_service_codes(m.group("code")))
    return mistyped_code_spans(text) if valid >= 2 else []


def mistyped_code_spans(text: str) -> list[tuple[str, list[str], int, int]]:
    """Every bracketed token of `text` shaped like a service code that is none (see bracketed_codes_as_written)."""
    found = []
    for match in _BRACKETED_CODE.finditer(text):
        code = match.group("code")
        if find_service_codes(code) or not CODE_AS_WRITTEN.fullmatch(code) or re.fullmatch(r"(?:19|20)\d\d", code):
            continue
        if find_icd_codes(code, anywhere=True):
            continue
        found.append((code.upper(), [], match.start("code"), match.end("code")))
    return found


# a HCPCS Level II code typed with a digit too few or too many ("H020", "T10170"), standing on its own
_NEAR_HCPCS = re.compile(r"(?<![\w/.\-$])(?P<code>[A-CEGHJ-MP-V](?:\d{3}|\d{5}))(?![\w/]|\.\d)")
# words before a token that make it a diagnosis code, not a service's
_DIAGNOSIS_CONTEXT = re.compile(r"\b(?:icd(?:-?10)?(?:-?cm)?|dx|diagnos[ie]s|dsm-?5?)\b[^;]*$", re.I)


def listed_codes_as_written(text: str) -> list[tuple[str, list[str], int, int]]:
    """Codes mistyped in a list of services parted by semicolons ("methadone administration H020 daily; counseling
    H0004, 50 minutes, 2x per month"): in an item that names no valid service code, the one token shaped like a
    HCPCS code with a digit too few or too many, while another item of the list has a valid code. Kept as written
    (spans in `text`, as `find_service_codes` gives them) for the code rules to judge; none in a list of one item, in
    a list with no valid code, or after words naming a diagnosis ("dx H020")."""
    items: list[tuple[int, str]] = []
    start = 0
    for part in text.split(";"):
        items.append((start, part))
        start += len(part) + 1
    if len(items) < 2 or not any(find_service_codes(part) for _, part in items):
        return []
    found = []
    for offset, part in items:
        if find_service_codes(part) or find_icd_codes(part):
            continue
        near = list(_NEAR_HCPCS.finditer(part))
        if len(near) != 1 or _DIAGNOSIS_CONTEXT.search(part[: near[0].start()]):
            continue
        match = near[0]
        found.append((match.group("code").upper(), [], offset + match.start("code"), offset + match.end("code")))
    return found


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
