"""Which kind of plan a CarePlan is, from what it states: its category and title, its service codes,
and its author's credential.

`discipline_from_text` reads words ("Physical therapy", "Mental health care plan"); `discipline_from_codes`
reads CPT/HCPCS codes that belong to one discipline (90837 psychotherapy, 97153 ABA; codes shared by
PT and OT such as 97110 narrow the choice without deciding it); `discipline_from_credential` reads a
license (PT, BCBA, LCSW). `is_covered_text` is broader: it tells a behavioural-health or therapy plan
(the kinds authcheck checks) from, say, a diabetes self-management plan, for choosing among CarePlans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from authcheck.model.vocab import normalize_credential

__all__ = [
    "discipline_from_codes",
    "discipline_from_credential",
    "discipline_from_text",
    "infer_discipline",
    "is_covered_text",
]

_TEXT_PATTERNS: list[tuple[str, str]] = [
    (
        "aba",
        r"applied behaviou?r analy|\bbehaviou?r analy|\baba\b|adaptive behaviou?r (?:treatment|services)",
    ),
    (
        "sud",
        r"substance (?:use|abuse)|addiction|chemical dependenc|alcohol (?:use|and (?:other )?drug)|"
        r"drug and alcohol|opioid (?:use|treatment)|\bsud\b|detoxification|\bmat\b program",
    ),
    ("psychiatry", r"psychiatr|medication management"),
    ("psychotherapy", r"psychotherap|mental health|behaviou?ral health|counsel+ing|cognitive behaviou?ral"),
    ("pt", r"physical therap|physiotherap|\bpt plan\b"),
    ("ot", r"occupational therap"),
    ("slp", r"speech|language patholog"),
    ("home-health", r"home health"),
]
_COVERED_EXTRA = re.compile(
    r"depress|anxiety|bipolar|schizo|\bptsd\b|trauma|autism|\basd\b|\badhd\b|eating disorder|suicid|"
    r"rehabilitat|psycholog|behaviou?r",
    re.IGNORECASE,
)


def discipline_from_text(texts: Iterable[str | None]) -> str | None:
    """The one discipline the words name, or None when they name none or several."""
    found: list[str] = []
    for value in texts:
        if not value:
            continue
        lowered = value.lower()
        for discipline, pattern in _TEXT_PATTERNS:
            if re.search(pattern, lowered) and discipline not in found:
                found.append(discipline)
    if len(found) == 1:
        return found[0]
    if set(found) == {"psychotherapy", "psychiatry"}:
        return "psychiatry" if any(re.search(r"psychiatr", (v or "").lower()) for v in texts) else None
    return None


def is_covered_text(texts: Iterable[str | None]) -> bool:
    """True when the words describe a behavioural-health, SUD, rehabilitation or ABA plan."""
    values = [v for v in texts if v]
    if any(re.search(pattern, v.lower()) for v in values for _, pattern in _TEXT_PATTERNS):
        return True
    return any(_COVERED_EXTRA.search(v) for v in values)


def _code_disciplines(code: str) -> set[str] | None:
    code = code.strip().upper()
    if re.fullmatch(r"9083[2-8]|9083[9]|90840|9084[5-9]|90853|90791|90785", code):
        return {"psychotherapy"}
    if code in {"90792", "90863"}:
        return {"psychiatry"}
    if re.fullmatch(r"9715[1-8]|0362T|0373T", code):
        return {"aba"}
    if re.fullmatch(r"9716[1-4]", code):
        return {"pt"}
    if re.fullmatch(r"9716[5-8]", code):
        return {"ot"}
    if code in {"92507", "92508", "92521", "92522", "92523", "92524", "92526"}:
        return {"slp"}
    if code in {"H0001", "H0005", "H0015", "H0020", "H2035", "H2036"}:
        return {"sud"}
    if re.fullmatch(
        r"97(?:01[0-9]|02[0-9]|03[0-9]|11[0-9]|12[0-9]|14[0-9]|150|53[0-9]|54[0-9]|750|76[0-9])", code
    ):
        return {"pt", "ot"}
    return None


def discipline_from_codes(codes: Iterable[str]) -> set[str] | None:
    """The disciplines every known service code allows (None when no code is known)."""
    allowed: set[str] | None = None
    for code in codes:
        disciplines = _code_disciplines(code)
        if disciplines is None:
            continue
        allowed = disciplines if allowed is None else allowed & disciplines
    return allowed


_CREDENTIAL_DISCIPLINES = {
    "PT": "pt",
    "DPT": "pt",
    "PTA": "pt",
    "OT": "ot",
    "OTR": "ot",
    "OTD": "ot",
    "COTA": "ot",
    "SLP": "slp",
    "SLP-A": "slp",
    "BCBA": "aba",
    "BCABA": "aba",
    "BCAT": "aba",
    "RBT": "aba",
    "LBA": "aba",
    "LABA": "aba",
    "LCSW": "psychotherapy",
    "LMSW": "psychotherapy",
    "LPC": "psychotherapy",
    "LPCC": "psychotherapy",
    "LMHC": "psychotherapy",
    "LCPC": "psychotherapy",
    "LMFT": "psychotherapy",
    "LCMHC": "psychotherapy",
    "PSYD": "psychotherapy",
    "LADC": "sud",
    "CADC": "sud",
    "LCADC": "sud",
    "CASAC": "sud",
    "LCDC": "sud",
}


def discipline_from_credential(credential: str | None) -> str | None:
    """The discipline a license belongs to (PT -> pt, BCBA -> aba, LCSW -> psychotherapy), or None."""
    if not credential:
        return None
    found = {
        _CREDENTIAL_DISCIPLINES.get(normalize_credential(c)) for c in re.split(r"[,;/]\s*|\s+", credential)
    }
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def infer_discipline(
    texts: Iterable[str | None], codes: Iterable[str], credentials: Iterable[str | None]
) -> str | None:
    """Words first; then service codes, narrowed by the author's credential when codes are shared."""
    from_text = discipline_from_text(list(texts))
    if from_text:
        return from_text
    from_codes = discipline_from_codes(list(codes))
    from_credentials = {d for d in (discipline_from_credential(c) for c in credentials) if d}
    if from_codes is not None:
        if len(from_codes) == 1:
            return next(iter(from_codes))
        narrowed = from_codes & from_credentials
        return next(iter(narrowed)) if len(narrowed) == 1 else None
    return next(iter(from_credentials)) if len(from_credentials) == 1 else None
