"""Signatures and assessments: `signature`, `assessment`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field, field_validator, model_validator

from authcheck.model import Signature
from authcheck.model.plan import SignatureRole
from authcheck.model.vocab import credential_in, find_credentials
from authcheck.rules.checks.base import CheckContext, CheckParams, Hit, register
from authcheck.rules.checks.dates import DATE_PATHS
from authcheck.rules.paths import element_at, field_label

__all__ = ["AssessmentParams", "SignatureParams"]


class SignatureParams(CheckParams):
    """A signature requirement for one or more roles (any of the roles satisfies it)."""

    roles: list[SignatureRole] = Field(min_length=1, description="Signer roles that satisfy the requirement.")
    aspect: Literal["present", "dated", "timely", "credential_present", "credential_allowed"] = Field(
        description="present: signed; dated: the signature has a date; timely: dated within within_days of the anchor; "
        "credential_present: the signer's credential is written; credential_allowed: it is one of allowed_credentials."
    )
    signer: str = Field(description='How messages name the signer, e.g. "the certifying physician or NPP".')
    credentials_count: list[str] = Field(
        default_factory=list,
        description="Signatures by these credentials also count, whatever role the line names (e.g. MD, DO, NP, PA).",
    )
    anchor: str | None = Field(default=None, description="For timely: the date the clock starts from, e.g. first_treatment_date.")
    within_days: int | None = Field(default=None, ge=0, description="For timely: calendar days allowed after the anchor.")
    allowed_credentials: list[str] = Field(default_factory=list, description="For credential_allowed: permitted credentials.")

    @field_validator("anchor")
    @classmethod
    def _anchor(cls, value: str | None) -> str | None:
        if value is not None and value not in DATE_PATHS:
            raise ValueError(f"{value!r} is not a plan date; use one of: {', '.join(DATE_PATHS)}")
        return value

    @model_validator(mode="after")
    def _aspect_needs(self) -> SignatureParams:
        if self.aspect == "timely" and (self.anchor is None or self.within_days is None):
            raise ValueError("aspect 'timely' needs anchor and within_days")
        if self.aspect == "credential_allowed" and not self.allowed_credentials:
            raise ValueError("aspect 'credential_allowed' needs allowed_credentials")
        return self


def _credential_of(signature: Signature) -> str | None:
    if signature.credential:
        return signature.credential
    found = find_credentials(signature.name or "")
    return ", ".join(found) if found else None


def _matching(ctx: CheckContext, params: SignatureParams) -> list[tuple[int, Signature]]:
    out = []
    for index, signature in enumerate(ctx.plan.signatures):
        by_role = signature.role in params.roles
        by_credential = bool(params.credentials_count) and credential_in(_credential_of(signature), params.credentials_count)
        if by_role or by_credential:
            out.append((index, signature))
    return out


@register(
    "signature",
    SignatureParams,
    provides={"signer", "name", "credential", "date", "anchor_date", "anchor_label", "due_date", "days", "within_days", "allowed",
              "state"},
)
def check_signature(ctx: CheckContext, params: SignatureParams) -> Iterator[Hit]:
    """The plan is signed by the required signer: signed, dated, on time, with a permitted credential."""
    matching = _matching(ctx, params)
    signed = [(i, s) for i, s in matching if s.signed]
    base = {"signer": params.signer, "name": "", "credential": "", "date": "", "anchor_date": "", "due_date": "",
            "days": "", "within_days": params.within_days or "", "allowed": ", ".join(params.allowed_credentials),
            "state": "", "anchor_label": field_label(params.anchor) if params.anchor else ""}
    if params.aspect == "present":
        if signed:
            return
        if matching:
            index, line = matching[0]
            yield Hit(path=f"signatures[{index}]", fields={**base, "name": line.name or "", "state": "the signature line is blank"},
                      quote=line.source.text if line.source and line.source.text else None)
        else:
            yield Hit(path="signatures", fields={**base, "state": "the plan has no signature line for this signer"})
        return
    for index, signature in signed:
        credential = _credential_of(signature)
        fields = {**base, "name": signature.name or "(name not legible)", "credential": credential or "",
                  "date": signature.date.isoformat() if signature.date else ""}
        path = f"signatures[{index}]"
        if params.aspect == "dated" and signature.date is None:
            yield Hit(path=path, fields={**fields, "state": "the signature has no date"}, quote=signature.name)
        elif params.aspect == "credential_present" and not credential:
            yield Hit(path=path, fields=fields, quote=signature.name)
        elif params.aspect == "credential_allowed" and credential and not credential_in(credential, params.allowed_credentials):
            yield Hit(path=path, fields=fields, quote=signature.name, evidence={"credential": credential})
        elif params.aspect == "timely" and signature.date is not None:
            anchor = element_at(ctx.plan, params.anchor or "")
            if not isinstance(anchor, dt.date):
                continue
            days = (signature.date - anchor).days
            limit = params.within_days or 0
            if days > limit:
                yield Hit(
                    path=path,
                    fields={**fields, "anchor_date": anchor.isoformat(), "days": days,
                            "due_date": (anchor + dt.timedelta(days=limit)).isoformat(),
                            "state": f"{days} days after the {field_label(params.anchor or '')}"},
                    quote=signature.name,
                    evidence={"days": days, "within_days": limit},
                )


class AssessmentParams(CheckParams):
    """A standardized assessment requirement."""

    aspect: Literal["present", "recent"] = Field(description="present: one is recorded; recent: the latest is recent enough.")
    instruments: list[str] = Field(
        default_factory=list,
        description="Regular expressions naming acceptable instruments (case-insensitive); empty accepts any.",
    )
    excluded: list[str] = Field(
        default_factory=list,
        description="Regular expressions naming assessments that do not meet the requirement (case-insensitive), "
        'e.g. an interview-and-observation functional behavior assessment when a standardized instrument is required.',
    )
    required: str = Field(description='How messages name what is needed, e.g. "a standardized assessment (e.g. VB-MAPP, Vineland-3)".')
    max_age_days: int | None = Field(default=None, ge=1, description="For recent: most days between the assessment and the reference date.")
    relative_to: Literal["plan_date", "as_of"] = Field(default="plan_date", description="For recent: the reference date.")

    @model_validator(mode="after")
    def _recent_needs_age(self) -> AssessmentParams:
        if self.aspect == "recent" and self.max_age_days is None:
            raise ValueError("aspect 'recent' needs max_age_days")
        for pattern in (*self.instruments, *self.excluded):
            re.compile(pattern)
        return self


@register("assessment", AssessmentParams, provides={"required", "instrument", "date", "days", "max_age_days", "reference_date"})
def check_assessment(ctx: CheckContext, params: AssessmentParams) -> Iterator[Hit]:
    """A standardized assessment is recorded and recent."""
    patterns = [re.compile(p, re.IGNORECASE) for p in params.instruments]
    excluded = [re.compile(p, re.IGNORECASE) for p in params.excluded]
    found = [
        (i, a) for i, a in enumerate(ctx.plan.assessments)
        if a.instrument
        and (not patterns or any(p.search(a.instrument) for p in patterns))
        and not any(p.search(a.instrument) for p in excluded)
    ]
    base = {"required": params.required, "instrument": "", "date": "", "days": "", "max_age_days": params.max_age_days or "",
            "reference_date": ""}
    if params.aspect == "present":
        if not found:
            yield Hit(path="assessments", fields=base)
        return
    if not found:
        return  # the `present` rule reports a missing assessment
    reference = ctx.plan.plan_date if params.relative_to == "plan_date" and ctx.plan.plan_date else ctx.as_of
    dated = [(i, a) for i, a in found if a.date]
    if not dated:
        index, assessment = found[0]
        yield Hit(path=f"assessments[{index}]",
                  fields={**base, "instrument": assessment.instrument or "", "date": "no date", "reference_date": reference.isoformat()})
        return
    index, latest = max(dated, key=lambda pair: pair[1].date or dt.date.min)
    assert latest.date is not None
    days = (reference - latest.date).days
    if days > (params.max_age_days or 0):
        yield Hit(
            path=f"assessments[{index}]",
            fields={**base, "instrument": latest.instrument or "", "date": latest.date.isoformat(), "days": days,
                    "reference_date": reference.isoformat()},
            evidence={"days": days},
        )
