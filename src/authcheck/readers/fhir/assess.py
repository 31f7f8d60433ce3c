"""Standardized assessments in a FHIR file: Observations and QuestionnaireResponses with scores.

An Observation counts when its LOINC code is a known instrument total score (PHQ-9 44261-6, GAD-7
70274-6, ...), when a component carries such a code, or when its code names a score ("... total
score") and it has a value. A panel Observation whose members include a total score is left to
that member. A QuestionnaireResponse counts when its questionnaire is a known instrument or it
holds a total-score item. Scores are kept as written: {"total": "15"}.
"""

from __future__ import annotations

import re
from typing import Any

from authcheck.model import Assessment, SourceLocation
from authcheck.model.vocab import find_instrument
from authcheck.readers.fhir.doc import Path, each
from authcheck.readers.fhir.index import Res, ResourceIndex
from authcheck.readers.fhir.people import person
from authcheck.readers.fhir.values import cc_text, codings, fhir_date, text, value_text

__all__ = ["TOTAL_SCORE_CODES", "assessments"]

# LOINC codes of instrument total scores (display names as LOINC gives them).
TOTAL_SCORE_CODES = {
    "44261-6": "PHQ-9",  # Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]
    "55758-7": "PHQ-2",  # Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]
    "70274-6": "GAD-7",  # Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]
    "75626-2": "AUDIT-C",  # Total score [AUDIT-C]
    "75624-7": "AUDIT",  # Total score [AUDIT]
    "82667-7": "DAST-10",  # Total score [DAST-10]
}
# LOINC panels of the same instruments.
PANEL_CODES = {"44249-1": "PHQ-9", "69737-5": "GAD-7"}
_NAMED = re.compile(
    r"\b(phq-?9|phq-?2|phq-?a|gad-?7|gad-?2|audit-?c|audit|dast-?10|pcl-?5|c-?ssrs|columbia|cage-aid|"
    r"cans|asam|vanderbilt|pedi-?cat|oswestry|lefs|dash|ndi|berg|tug|vineland|ablls|vb-?mapp|srs-?2|ados-?2)\b",
    re.IGNORECASE,
)
_SCORE_WORDS = re.compile(r"\bscores?\b", re.IGNORECASE)
_NOT_ASSESSMENT_CATEGORIES = {"laboratory", "vital-signs", "imaging", "procedure"}
_SKIP_STATUS = {"entered-in-error", "cancelled"}


def _loinc_codes(cc: Any) -> list[str]:
    return [str(text(c.get("code"))) for c, _ in codings(cc, ()) if text(c.get("code"))]


def _instrument(cc: Any) -> str | None:
    for code in _loinc_codes(cc):
        if code in TOTAL_SCORE_CODES:
            return TOTAL_SCORE_CODES[code]
        if code in PANEL_CODES:
            return PANEL_CODES[code]
    name = cc_text(cc)
    if name:
        match = _NAMED.search(name)
        if match:
            return match.group(1).upper()
    return name


def _is_total(cc: Any) -> bool:
    if any(code in TOTAL_SCORE_CODES for code in _loinc_codes(cc)):
        return True
    name = cc_text(cc) or ""
    return bool(_SCORE_WORDS.search(name))


def _date(data: dict[str, Any]) -> tuple[Any, str | None]:
    for key in ("effectiveDateTime", "effectiveInstant", "authored", "issued"):
        if fhir_date(data.get(key)):
            return fhir_date(data.get(key)), key
    period = data.get("effectivePeriod")
    if isinstance(period, dict) and fhir_date(period.get("start")):
        return fhir_date(period.get("start")), "effectivePeriod"
    return None, None


def _performer(index: ResourceIndex, res: Res, key: str) -> str | None:
    for ref, _ in each(res.data, key, ()):
        who = person(index, ref, res)
        if who and who.name and who.kind not in ("Patient",):
            return who.name
    return None


def _observation(index: ResourceIndex, res: Res, pointer: Any) -> Assessment | None:
    data = res.data
    code = data.get("code")
    categories = {text(c.get("code")) for cat, _ in each(data, "category", ()) for c, _ in codings(cat, ())}
    if categories & _NOT_ASSESSMENT_CATEGORIES:
        return None
    score, score_key = value_text(data, "value")
    scores: dict[str, str] = {}
    instrument = None
    if _is_total(code) or any(c in PANEL_CODES for c in _loinc_codes(code)):
        instrument = _instrument(code)
        if score is not None:
            scores["total"] = score
    elif score is not None and find_instrument(cc_text(code)):
        # a named standardized instrument with a result ("VB-MAPP Milestones Assessment": 41)
        instrument = find_instrument(cc_text(code))
        scores["total"] = score
    for component, _ in each(data, "component", ()):
        if isinstance(component, dict) and _is_total(component.get("code")):
            value, _ = value_text(component, "value")
            if value is not None:
                instrument = instrument or _instrument(component.get("code"))
                scores.setdefault("total", value)
    if instrument is None:
        return None
    if not scores and any(c in PANEL_CODES for c in _loinc_codes(code)):
        members = index.resolve_all((r for r, _ in each(data, "hasMember", ())), res)
        if any(_is_total(m.data.get("code")) for m in members):
            return None  # the member total-score Observation stands for the panel
    elif not scores:
        return None
    date, date_key = _date(data)
    field_sources = {"instrument": SourceLocation(pointer=pointer(res.at("code")), text=cc_text(code))}
    if date_key:
        field_sources["date"] = SourceLocation(pointer=pointer(res.at(date_key)))
    if score_key:
        field_sources["scores"] = SourceLocation(pointer=pointer(res.at(score_key)), text=score)
    return Assessment(
        instrument=instrument,
        date=date,
        scores=scores,
        administered_by=_performer(index, res, "performer"),
        source=SourceLocation(pointer=pointer(res.path), text=cc_text(code)),
        field_sources=field_sources,
    )


def _answer(item: dict[str, Any]) -> str | None:
    for answer, _ in each(item, "answer", ()):
        if isinstance(answer, dict):
            value, _ = value_text(answer, "value")
            if value is not None:
                return value
    return None


def _items(item_holder: dict[str, Any], path: Path) -> list[tuple[dict[str, Any], Path]]:
    found = []
    stack = list(each(item_holder, "item", path))
    while stack:
        item, item_path = stack.pop(0)
        if not isinstance(item, dict):
            continue
        found.append((item, item_path))
        stack += list(each(item, "item", item_path))
        for answer, answer_path in each(item, "answer", item_path):
            stack += list(each(answer, "item", answer_path))
    return found


def _questionnaire_response(index: ResourceIndex, res: Res, pointer: Any) -> Assessment | None:
    data = res.data
    canonical = text(data.get("questionnaire")) or ""
    instrument = None
    for questionnaire in index.of_type("Questionnaire"):
        if canonical and text(questionnaire.data.get("url")) == canonical.split("|")[0]:
            instrument = text(questionnaire.data.get("title")) or text(questionnaire.data.get("name"))
    for code, name in {**PANEL_CODES, **TOTAL_SCORE_CODES}.items():
        if code in canonical:
            instrument = instrument or name
    named = _NAMED.search(canonical.replace("_", "-")) or _NAMED.search(instrument or "")
    if named:
        instrument = named.group(1).upper() if not instrument or _NAMED.fullmatch(instrument) else instrument
    scores: dict[str, str] = {}
    score_path: Path | None = None
    for item, item_path in _items(data, res.path):
        link = text(item.get("linkId")) or ""
        label = text(item.get("text")) or ""
        if any(code in link for code in TOTAL_SCORE_CODES) or re.search(
            r"\btotal\b|\bscore\b", f"{link} {label}", re.IGNORECASE
        ):
            value = _answer(item)
            if value is not None:
                scores.setdefault("total", value)
                score_path = score_path or item_path
                for code, name in TOTAL_SCORE_CODES.items():
                    if code in link:
                        instrument = instrument or name
    if not instrument and not scores:
        return None
    date, date_key = _date(data)
    field_sources = {}
    if date_key:
        field_sources["date"] = SourceLocation(pointer=pointer(res.at(date_key)))
    if score_path:
        field_sources["scores"] = SourceLocation(pointer=pointer(score_path), text=scores.get("total"))
    return Assessment(
        instrument=instrument or canonical or None,
        date=date,
        scores=scores,
        administered_by=_performer(index, res, "author"),
        source=SourceLocation(pointer=pointer(res.path), text=instrument),
        field_sources=field_sources,
    )


def assessments(
    index: ResourceIndex, candidates: list[Res], patient: Res | None, pointer: Any
) -> list[Assessment]:
    """The standardized assessments about the patient among `candidates` (Observations and
    QuestionnaireResponses), in file order."""
    found: list[Assessment] = []
    for res in candidates:
        if text(res.data.get("status")) in _SKIP_STATUS:
            continue
        subject = index.resolve(res.data.get("subject"), res)
        if patient is not None and subject is not None and subject is not patient:
            continue
        built = (_observation if res.type == "Observation" else _questionnaire_response)(index, res, pointer)
        if built is not None:
            found.append(built)
    return found
