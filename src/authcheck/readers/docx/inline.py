"""Facts written without a colon inside a line: "Beatrix Holloway-Sand • DOB 1948-07-04 • Medicare 7HC3VR6NA52",
"Priscilla Yamamoto-Greer, born 05/09/1963. Medicare Beneficiary ID 6AX9JM2UW47.", "Admitted February 9, 2026.
Plan written February 13, 2026.", "Client: Eamon Przybylski (DOB 11/02/2019)",
"... | Plan date 04/20/2026 | Dx F43.23 Adjustment disorder ..." (a diagnosis label right before an ICD-10 code).

Only structure is trusted: a known label word right before a value of the right shape (a date after "DOB",
"born" or a date label; an identifier token with a digit after "Member ID", "MBI", "Medicare"; ten digits after
"NPI"). A date label must start the line or follow a separator (",", ";", "|", "•", "(", a sentence end) and be
at most six words long, so a date inside prose ("seen for an evaluation on ...") is never taken. The client's
name is taken only when a person's name (two to four capitalised words) stands right before the birth date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from authcheck.parsing import find_dates
from authcheck.readers.docx.labels import date_label_key, field_key, label_parts
from authcheck.readers.phrases import has_digit, member_id_token

__all__ = ["InlineFact", "inline_facts", "name_before"]


@dataclass(frozen=True)
class InlineFact:
    """A fact found inside a line: `label` as written, the field it names (`key`), and its value with offsets."""

    label: str
    key: str
    value: str
    start: int
    value_start: int
    end: int
    prose: bool = False  # stated in a sentence that says what the date is ("I evaluated her today, <date>")


# the writer's own evaluation visit, right before its date: "I evaluated her today, 01/27/2026", "we examined
# Mr. Ruiz on March 2, 2026"
_SEEN_ON = re.compile(
    r"\b(?:I|we)\s+(?:first\s+)?(?:evaluated|examined|assessed)\b(?:\s+[\w.'’-]+){0,3}?\s+(?:today|on)\s*,?\s*$",
    re.I,
)
# the plan's own date said in a sentence, right before the date: "This plan was developed with the patient on
# February 6, 2026", "The treatment plan was written on 02/06/2026"
_PLAN_MADE_ON = re.compile(
    r"\b(?:this|the|our)\s+(?:(?:individuali[sz]ed|comprehensive|initial|treatment|service|recovery)\s+){0,2}"
    r"(?:plan|plan\s+of\s+care)\s+(?:was|has\s+been)\s+(?:jointly\s+)?(?:developed|written|established|"
    r"created|completed|prepared|formulated)\b(?:\s+[\w.'’-]+){0,4}?\s+on\s*,?\s*$",
    re.I,
)
_BIRTH = re.compile(r"\b(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on)?)\s*[:#]?\s*$", re.I)
_ID_LABEL = re.compile(
    r"(?<![\w-])(?P<label>(?:(?:hi|hic|health\s+insurance)\s+claim|hic)\s+(?:no\.?|number|#)|(?:medicare|medicaid|medi-cal|member|recipient|subscriber|beneficiary|insurance|ins\.?|"
    r"policy|mcare|mcaid)\s+(?:beneficiary\s+)?(?:id(?:entifier)?|no\.?|number|#|cin)|mbi|cin|hicn|medicare|medicaid|medi-?cal|"
    r"mcare|mcaid|member)"
    r"\s*[:#]?\s*(?P<value>[A-Za-z0-9][A-Za-z0-9\-]{3,24}[A-Za-z0-9])(?![\w-])",
    re.I,
)
_NPI = re.compile(r"(?<![\w-])(?P<label>NPI)\s*(?:#|no\.?|number)?\s*[:#]?\s*(?P<value>\d{10})(?!\d)", re.I)
# "| Dx F43.23 Adjustment disorder |", "• Diagnosis F84.0 autism": a diagnosis label at a line start or after a
# separator, an ICD-10 code right after it; the value runs to the next separator
# ("Diagnoses (ICD-10-CM)  Z47.1 Aftercare ...  |  I10 Essential hypertension": the code system in brackets after
# the label, and a list of coded diagnoses parted by bars, each opening with its code, runs on)
_ICD_CODE = r"[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?\b"
_DX_INLINE = re.compile(
    r"(?:^|(?<=[|•;\t(])|(?<=\s\s))\s*(?P<label>(?:primary\s+|principal\s+|admitting\s+)?(?:dx|diagnos[ie]s|"
    r"icd[\s-]*10(?:[\s-]*cm)?(?:\s+codes?)?)(?:\s*\(\s*icd[\s-]*10(?:[\s-]*cm)?\s*\))?)\s*[#:]?\s*"
    r"(?P<value>" + _ICD_CODE + r"[^|•;\t]*(?:[|•;]\s*" + _ICD_CODE + r"[^|•;\t]*)*)",
    re.I,
)
# "... plan 4/13/26 LOC intensive inpatient", "| Level of care residential": the level of care run in after another
# fact's value or a separator, its value a setting's words up to the next separator
_LOC_INLINE = re.compile(
    r"(?:^|(?<=[|•;\t(])|(?<=\s\s)|(?<=\d\s))\s*(?P<label>LOC|level\s+of\s+care|ASAM\s+level)\s*[:#\-–]?\s*"
    r"(?P<value>[A-Za-z0-9][^|•;\t]*)",
    re.I,
)
_LEVEL_WORDS = re.compile(
    r"\b(?:residential|inpatient|outpatient|intensive|iop|partial\s+hospitali[sz]ation|php|detox\w*|"
    r"withdrawal\s+management|day\s+treatment|level\s+(?:\d(?:\.\d)?|[ivx]{1,3})\b|\d\.\d\b)",
    re.I,
)
_SEPARATOR = re.compile(r"(?:^|[;|•(\[]|[.,:—–]\s|\s-\s|\t|\s{2,})\s*(?=[^;|•(\[.,:—–]*$)")
# the document's own date, named by no other word: "date 3/9/26", "Today   2/20/26", "Today's date 01/05/2026"
_BARE_DATE_LABEL = re.compile(r"(?:date|dated|today(?:['’]?s\s+date)?|date\s+today)", re.I)
_CONNECTOR = re.compile(r"^\s*(?:-|–|—|to|through|thru|until)\s*$", re.I)
_NAME = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*(?:\s+[^\W\d_]\.)?"
    r"(?:\s+[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*){1,3}$"
)
_NOT_NAME_WORDS = re.compile(
    r"\b(?:plan|treatment|summary|patient|client|member|date|birth|medicare|medicaid|insurance|re|subject|program|"
    r"services?|clinic|center|health|therapy|mother|father|parent|guardian|spouse|sister|brother|son|daughter)\b",
    re.I,
)


_OTHER_PERSON = re.compile(
    r"\b(?:mother|father|parent|guardian|spouse|husband|wife|sibling|sister|brother|son|daughter|caregiver|"
    r"emergency|contact|physician|therapist|clinician|provider)\b",
    re.I,
)


_INLINE_DATE_KEYS = ("plan_date", "admission_date", "first_treatment_date", "period", "review", "recertification")


def _clause(text: str) -> str:
    return re.split(r"[;|•\n]|[.]\s", text)[-1]


def name_before(text: str) -> str | None:
    """A person's name ending the text ("RE: Plan summary — Eleanor Vasquez-Thorne", "Treatment plan for Casimir
    Ondaatje"): the capitalised words at the end, after any label word ("Plan", "Client") before them."""
    tail = re.split(r"[:;|•—–(]|\s-\s|\t", text.rstrip(" ,(•|-–—"))[-1].strip()
    words = tail.split()
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    while start < len(words) and _NOT_NAME_WORDS.fullmatch(words[start].strip(".")):
        start += 1
    name = " ".join(words[start:])
    if not _NAME.fullmatch(name) or _NOT_NAME_WORDS.search(name):
        return None
    return name


def _date_label(text: str) -> tuple[str, int] | None:
    """The label phrase that ends `text` (right before a date): from the last separator, at most six words."""
    # the separator nearest the date ("Client: Ana Ruiz    MBI 7NE5GX3UA26    Eval/POC date"): the last one
    stripped = text.rstrip()
    bare = _BARE_DATE_LABEL.search(stripped[-20:])
    if len(text) - len(stripped) >= 2 and bare is not None and bare.end() == len(stripped[-20:]):
        text = stripped  # "Today   2/20/26": the document's date set apart from its label by a wide gap, no colon
    matches = list(_SEPARATOR.finditer(text))
    start = matches[-1].end() if matches else 0
    phrase = text[start:].strip()
    phrase = re.sub(r"\s*[:#]\s*$", "", phrase)
    phrase = re.sub(r"\s+(?:on|of|is|was|dated)$", "", phrase, flags=re.I)
    if phrase and len(phrase.split()) > 6:
        return _run_together_label(text)
    if not phrase:
        return None
    if not phrase[0].isalpha():  # "dob February 14, 1975 Medicaid 3302918846 admit": a value before the label
        return _run_together_label(text)
    return phrase, start + (len(text[start:]) - len(text[start:].lstrip()))


# the date fields a label run in after another fact's value may name ("... Medicaid 3302918846 admit 4/6/26 plan
# 4/13/26")
_RUN_TOGETHER_KEYS = ("plan_date", "admission_date", "first_treatment_date", "period", "review", "recertification")
_VALUE_BEFORE = re.compile(r"(?:^|\s)\S*\d\S*\s+$")


def _run_together_label(text: str) -> tuple[str, int] | None:
    """Facts typed one after another with single spaces ("pt Ana Ruiz dob 2/14/1975 Medicaid 3302918846 admit 4/6/26
    plan 4/13/26"): the one to three words right before the date, when the word before them is another fact's value
    (it holds a digit) and the words name a plan date, so a date in a sentence ("... to 9 or below by 6/8/26") is
    never taken."""
    words = list(re.finditer(r"\S+", text))
    for k in (3, 2, 1):
        if len(words) <= k:
            continue
        first = words[-k]
        phrase = text[first.start() :].strip()
        if not phrase[0].isalpha() or not _VALUE_BEFORE.search(text[: first.start()]):
            continue
        if any(c.isdigit() for c in phrase):
            continue
        key = field_key(phrase)
        if key is None:
            key = date_label_key(phrase)  # (a known label of another field, "plan reviewed", names no plan date)
        if key in _RUN_TOGETHER_KEYS:
            return phrase, first.start()
    return None


def inline_facts(text: str) -> list[InlineFact]:
    """Client identifiers, NPIs and plan dates written without a colon in `text` (see the module docstring)."""
    facts: list[InlineFact] = []
    if not has_digit(text):
        return facts
    dates = list(find_dates(text))
    used_until = -1
    for i, (_, (start, end)) in enumerate(dates):
        if start < used_until:
            continue
        before = text[:start]
        birth = _BIRTH.search(before)
        if birth and _OTHER_PERSON.search(_clause(text[: birth.start()])):
            continue  # "Mother: Jane Doe (DOB ...)" is not the client's birth date
        if birth:
            facts.append(InlineFact(birth.group(0).strip(" :#"), "patient.birth_date", text[start:end],
                                    birth.start(), start, end))
            name = name_before(text[: birth.start()])
            if name:
                at = text.rfind(name, 0, birth.start())
                facts.append(InlineFact("name", "patient.name", name, at, at, at + len(name)))
            continue
        made = _PLAN_MADE_ON.search(before)
        if made is not None:
            facts.append(InlineFact(made.group(0).strip(" ,"), "plan_date", text[start:end],
                                    made.start(), start, end, prose=True))
            used_until = end
            continue
        seen = _SEEN_ON.search(before)
        if seen is not None:
            # "whom I evaluated today, January 27, 2026": the clinician's own first visit, in a letter
            facts.append(InlineFact(seen.group(0).strip(" ,"), "first_treatment_date", text[start:end],
                                    seen.start(), start, end, prose=True))
            used_until = end
            continue
        found = _date_label(before)
        if found is None:
            continue
        phrase, phrase_start = found
        key = field_key(phrase)
        # "progress review completed 01/20/2026", "plan reviewed 07/08/2025" (key review.completed): a review that
        # took place, neither the next review nor the plan's own date, keeps its key
        if key != "review.completed" and key not in _INLINE_DATE_KEYS:
            key = "date" if _BARE_DATE_LABEL.fullmatch(phrase) else date_label_key(phrase)
        if key is None or key == "patient.birth_date":
            continue
        value_end = end
        if key == "period" and i + 1 < len(dates) and _CONNECTOR.match(text[end : dates[i + 1][1][0]]):
            value_end = dates[i + 1][1][1]
        facts.append(InlineFact(phrase, key, text[start:value_end], phrase_start, start, value_end))
        if "/" in phrase and key != "period":
            # "Eval/POC date 01/14/2026": one date for each field the alternatives name
            for _, other in label_parts(phrase):
                if other in _INLINE_DATE_KEYS and other not in (key, "period") and all(f.key != other for f in facts):
                    facts.append(InlineFact(phrase, other, text[start:value_end], phrase_start, start, value_end))
        used_until = value_end
    for match in _ID_LABEL.finditer(text):
        token = member_id_token(match.group("value"))
        if token is None or any(f.start <= match.start("value") < f.end for f in facts):
            continue
        if match.group("label").lower() == "member" and sum(c.isdigit() for c in token) < 4:
            continue  # "Aetna member AV-5520318842" names an ID; "member 2 of the group" does not
        facts.append(InlineFact(match.group("label"), "patient.member_id", token, match.start(),
                                match.start("value"), match.end()))
    for match in _DX_INLINE.finditer(text):
        if any(f.start <= match.start("value") < f.end for f in facts):
            continue
        value = match.group("value").rstrip(" ,.)")
        facts.append(InlineFact(match.group("label"), "diagnosis", value, match.start("label"),
                                match.start("value"), match.start("value") + len(value)))
    for match in _LOC_INLINE.finditer(text):
        if any(f.start <= match.start("value") < f.end for f in facts):
            continue
        value = match.group("value").strip(" ,.;")
        if _LEVEL_WORDS.search(value) and len(value.split()) <= 6:
            facts.append(InlineFact(match.group("label"), "level_of_care", value, match.start("label"),
                                    match.start("value"), match.start("value") + len(value)))
    for match in _NPI.finditer(text):
        facts.append(InlineFact("NPI", "provider.npi", match.group("value"), match.start(), match.start("value"),
                                match.end()))
    return sorted(facts, key=lambda f: f.start)
