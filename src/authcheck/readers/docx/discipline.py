"""The plan's discipline, inferred only from what the document states.

Order of evidence:
1. an explicit field ("Discipline: OT", "Service type: Speech therapy");
2. the title or program name ("Physical Therapy Plan of Care", "ABA Treatment Plan",
   "Behavioral Health Treatment Plan"), when it names exactly one discipline;
3. the requested service codes, only when every code belongs to one discipline:
   97151-97158 / 0362T / 0373T are ABA; 92507-92508, 92521-92526, 92607-92610 are SLP;
   90791-90792, 90832-90838, 90846-90853 are psychotherapy. The rehabilitation family
   (97110, 97112, 97116, 97140, 97530, 97535 ...) is shared by PT and OT, so it decides only with a
   discipline-specific evaluation code (97161-97164 PT, 97165-97168 OT) or, failing that, when the
   treating providers' credentials all belong to one of the two (PT/DPT/PTA or OT/OTR/COTA).
Anything else leaves the discipline empty.
"""

from __future__ import annotations

import re

from authcheck.model.vocab import find_credentials

__all__ = ["infer_discipline"]

_TITLE_PATTERNS: list[tuple[str, str]] = [
    ("pt", r"\bphysical\s+therap|\bphysiotherap|\bPT\s+(?:plan|poc|evaluation|eval)\b"),
    ("ot", r"\boccupational\s+therap|\bOT\s+(?:plan|poc|evaluation|eval)\b"),
    ("slp", r"\bspeech(?:[\s-]+language)?(?:[\s-]+(?:patholog|therap))|\bSLP\b|\bspeech\s+and\s+language\b"),
    (
        "aba",
        r"\bABA\b|\bapplied\s+behaviou?r\s+analy|\badaptive\s+behaviou?r\s+(?:treatment|services)|\bbehaviou?r\s+analy",
    ),
    ("home-health", r"\bhome\s+health\b"),
    (
        "sud",
        r"\bsubstance\s+(?:use|abuse)|\bSUD\b|\bchemical\s+dependenc|\baddiction|\bdrug\s+and\s+alcohol|\bD&A\b|"
        r"\bopioid\s+treatment|\bOTP\b|\balcohol\s+(?:and|&)\s+drug|\bASAM\b",
    ),
    ("psychiatry", r"\bpsychiatr"),
    ("psychotherapy", r"\bmental\s+health\b|\bbehaviou?ral\s+health\b|\bpsychotherap|\bcounsell?ing\b"),
]

_ABA = {f"9715{i}" for i in range(1, 9)} | {"0362T", "0373T"}
_SLP = {"92507", "92508", "92521", "92522", "92523", "92524", "92526", "92607", "92608", "92609", "92610"}
_PSYCHOTHERAPY = {
    "90791",
    "90792",
    "90832",
    "90833",
    "90834",
    "90836",
    "90837",
    "90838",
    "90839",
    "90840",
    "90846",
    "90847",
    "90849",
    "90853",
}
_PT_EVAL = {"97161", "97162", "97163", "97164"}
_OT_EVAL = {"97165", "97166", "97167", "97168"}
_REHAB = (
    {
        "97010",
        "97012",
        "97014",
        "97016",
        "97018",
        "97022",
        "97024",
        "97026",
        "97028",
        "97032",
        "97033",
        "97034",
        "97035",
        "97036",
        "97039",
        "97110",
        "97112",
        "97113",
        "97116",
        "97124",
        "97140",
        "97150",
        "97530",
        "97533",
        "97535",
        "97537",
        "97542",
        "97750",
        "97755",
        "97760",
        "97761",
        "97763",
        "G0283",
    }
    | _PT_EVAL
    | _OT_EVAL
)
_PT_CREDS = {"PT", "DPT", "PTA"}
_OT_CREDS = {"OT", "OTR", "COTA", "OTD"}


def _from_text(text: str | None) -> str | None:
    if not text:
        return None
    found = {discipline for discipline, pattern in _TITLE_PATTERNS if re.search(pattern, text, re.I)}
    # "behavioral health" with a more specific discipline ("Behavioral Health - Substance Use") defers to it
    if len(found) > 1 and "psychotherapy" in found:
        found.discard("psychotherapy")
    return found.pop() if len(found) == 1 else None


def _from_codes(codes: list[str], credentials: list[str]) -> str | None:
    codes = [c.upper() for c in codes if c]
    if not codes:
        return None
    for discipline, family in (("aba", _ABA), ("slp", _SLP), ("psychotherapy", _PSYCHOTHERAPY)):
        if all(code in family for code in codes):
            return discipline
    if all(code in _REHAB for code in codes):
        if any(code in _PT_EVAL for code in codes) and not any(code in _OT_EVAL for code in codes):
            return "pt"
        if any(code in _OT_EVAL for code in codes) and not any(code in _PT_EVAL for code in codes):
            return "ot"
        named = {c for credential in credentials for c in find_credentials(credential)}
        pt, ot = bool(named & _PT_CREDS), bool(named & _OT_CREDS)
        if pt and not ot:
            return "pt"
        if ot and not pt:
            return "ot"
    return None


def infer_discipline(
    *,
    stated: str | None,
    title: str | None,
    program: str | None,
    service_codes: list[str],
    credentials: list[str],
) -> tuple[str | None, str | None]:
    """The discipline and what it was inferred from ("stated", "title", "program", "codes"), or (None, None)."""
    if stated:
        return stated, "stated"
    for source, text in (("title", title), ("program", program)):
        discipline = _from_text(text)
        if discipline:
            return discipline, source
    discipline = _from_codes(service_codes, credentials)
    if discipline:
        return discipline, "codes"
    return None, None
