"""`diagnosis_code` and `diagnosis_allowed`: ICD-10-CM coding of the plan's diagnoses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from authcheck.model import Diagnosis
from authcheck.rules.checks.base import CheckContext, CheckParams, Hit, register

__all__ = ["DiagnosisAllowedParams", "DiagnosisCodeParams", "is_icd10cm_diagnosis"]

_ICD10CM_SYSTEM = re.compile(r"icd-?10(?!-?pcs)|2\.16\.840\.1\.113883\.6\.90|hl7\.org/fhir/sid/icd-10", re.IGNORECASE)
_DSM = re.compile(r"dsm", re.IGNORECASE)


def is_icd10cm_diagnosis(diagnosis: Diagnosis) -> bool:
    """True when the diagnosis carries a code meant as ICD-10-CM (no system given, ICD-10-CM, or DSM-5 with an ICD-10-CM code)."""
    if not diagnosis.code:
        return False
    if diagnosis.system is None or _ICD10CM_SYSTEM.search(diagnosis.system):
        return True
    from authcheck.codes.icd10cm import looks_like_icd10cm

    return bool(_DSM.search(diagnosis.system)) and looks_like_icd10cm(diagnosis.code)


def _scope(ctx: CheckContext, scope: str) -> list[tuple[int, Diagnosis]]:
    if scope == "primary":
        primary = ctx.plan.primary_diagnosis()
        return [(i, d) for i, d in enumerate(ctx.plan.diagnoses) if d is primary]
    return list(enumerate(ctx.plan.diagnoses))


def _suggestion_text(suggestions: list[object], limit: int = 5) -> str:
    parts = [f"{s.code} {s.description}" for s in suggestions[:limit]]  # type: ignore[attr-defined]
    return "; ".join(parts)


class DiagnosisCodeParams(CheckParams):
    """Which coding requirement to check on each diagnosis."""

    require: Literal["present", "valid", "billable"] = Field(
        description="present: an ICD-10-CM code is given; valid: it exists in ICD-10-CM; billable: it is a leaf (fully specified) code."
    )
    scope: Literal["all", "primary"] = Field(default="all", description="Check every diagnosis or only the primary one.")


@register(
    "diagnosis_code",
    DiagnosisCodeParams,
    provides={"code", "description", "system", "suggestions", "code_set"},
)
def check_diagnosis_code(ctx: CheckContext, params: DiagnosisCodeParams) -> Iterator[Hit]:
    """Each diagnosis has an ICD-10-CM code that exists and is billable."""
    from authcheck.codes.icd10cm import format_code, get_icd10cm

    for index, diagnosis in _scope(ctx, params.scope):
        path = f"diagnoses[{index}]"
        quote = " ".join(filter(None, [diagnosis.code, diagnosis.description])) or None
        fields = {
            "code": diagnosis.code or "",
            "description": diagnosis.description or "(no description)",
            "system": diagnosis.system or "no code system",
            "suggestions": "",
            "code_set": "",
        }
        if params.require == "present":
            if not is_icd10cm_diagnosis(diagnosis):
                yield Hit(path=path, fields=fields, quote=quote, evidence={"code": diagnosis.code, "system": diagnosis.system})
            continue
        if not is_icd10cm_diagnosis(diagnosis):
            continue
        icd = get_icd10cm()
        fields["code_set"] = icd.version
        code = diagnosis.code or ""
        if params.require == "valid":
            if not icd.is_valid(code):
                suggestions = icd.suggest(code, diagnosis.description, limit=5)
                fields["suggestions"] = _suggestion_text(suggestions) or "no close ICD-10-CM code was found"
                yield Hit(
                    path=path, fields=fields, quote=quote,
                    evidence={"code": code, "suggestions": [s.code for s in suggestions]},
                )
        elif icd.is_valid(code) and not icd.is_billable(code):
            suggestions = icd.suggest(code, diagnosis.description, limit=6)
            fields["code"] = format_code(code)
            fields["suggestions"] = _suggestion_text(suggestions, limit=6)
            yield Hit(
                path=path, fields=fields, quote=quote,
                evidence={"code": format_code(code), "billable_codes": [s.code for s in suggestions]},
            )


class DiagnosisAllowedParams(CheckParams):
    """Codes a payer covers for this service, as code prefixes ("F84" covers F84.0 ... F84.9)."""

    allowed: list[str] = Field(min_length=1, description="Covered code prefixes, with or without the dot.")
    excluded: list[str] = Field(default_factory=list, description="Prefixes excluded from the allowed ones (e.g. F84.2).")
    scope: Literal["primary", "any"] = Field(
        default="primary", description="primary: the primary diagnosis must be covered; any: at least one diagnosis must be."
    )
    covered: str = Field(description='How messages name what is covered, e.g. "autism spectrum disorder (F84.0-F84.9)".')


@register("diagnosis_allowed", DiagnosisAllowedParams, provides={"code", "description", "covered"})
def check_diagnosis_allowed(ctx: CheckContext, params: DiagnosisAllowedParams) -> Iterator[Hit]:
    """The diagnosis that justifies the service is one the payer covers for it."""
    from authcheck.codes.icd10cm import format_code, normalize_code

    allowed = [normalize_code(a) for a in params.allowed]
    excluded = [normalize_code(e) for e in params.excluded]

    def covered(diagnosis: Diagnosis) -> bool:
        code = normalize_code(diagnosis.code or "")
        return any(code.startswith(a) for a in allowed) and not any(code.startswith(e) for e in excluded)

    coded = [(i, d) for i, d in enumerate(ctx.plan.diagnoses) if is_icd10cm_diagnosis(d)]
    if not coded:
        return  # no ICD-10-CM code at all: the diagnosis_code rules report that
    if params.scope == "any":
        if any(covered(d) for _, d in coded):
            return
        index, diagnosis = coded[0]
    else:
        primary = ctx.plan.primary_diagnosis()
        if primary is None or not is_icd10cm_diagnosis(primary) or covered(primary):
            return
        index = ctx.plan.diagnoses.index(primary)
        diagnosis = primary
    yield Hit(
        path=f"diagnoses[{index}]",
        fields={"code": format_code(diagnosis.code or ""), "description": diagnosis.description or "", "covered": params.covered},
        quote=" ".join(filter(None, [diagnosis.code, diagnosis.description])),
        evidence={"code": diagnosis.code, "allowed": params.allowed, "excluded": params.excluded},
    )
