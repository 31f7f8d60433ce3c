"""The profile file format: payer and state-licensure requirements as data (`payer_profiles/*.yaml`).

A profile selects rules and sets their parameters. It has an id, a title, a type (payer, state, or
base for shared building blocks), at most one parent (`extends`), a citation, `last_verified`, and
versions with effective-date windows. Within a file, each version lists what changed from the
version before it (cumulative); a requirement set to null is dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from authcheck.findings import Severity
from authcheck.model.plan import Discipline

__all__ = ["EffectiveWindow", "ProfileSpec", "ProfileVersion", "Requirement"]


class Requirement(BaseModel):
    """One rule as a profile demands it."""

    model_config = ConfigDict(extra="forbid")

    params: dict[str, Any] = Field(default_factory=dict, description="Overrides of the rule's parameters.")
    severity: Severity | None = Field(default=None, description="Overrides the rule's default severity.")
    citation: str | None = Field(default=None, description="The source of this requirement for this payer or state.")
    verified: bool | None = Field(
        default=None,
        description="False when the requirement could not be confirmed in source text; such findings never exceed 'warning'.",
    )
    note: str | None = Field(default=None, description="Why unverified, what is assumed, what to check.")


class EffectiveWindow(BaseModel):
    """Dates a version is in force: from (inclusive) to (inclusive, open when absent)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    start: dt.date = Field(alias="from")
    end: dt.date | None = Field(default=None, alias="to")

    @model_validator(mode="after")
    def _order(self) -> EffectiveWindow:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"window ends ({self.end}) before it starts ({self.start})")
        return self

    def contains(self, day: dt.date) -> bool:
        """True when `day` falls in the window."""
        return self.start <= day and (self.end is None or day <= self.end)

    def overlaps(self, other: EffectiveWindow) -> bool:
        """True when the two windows share a day."""
        end_a = self.end or dt.date.max
        end_b = other.end or dt.date.max
        return self.start <= end_b and other.start <= end_a

    def describe(self) -> str:
        """"2025-01-01 to 2025-12-31" or "from 2025-01-01"."""
        return f"{self.start} to {self.end}" if self.end else f"from {self.start}"


class ProfileVersion(BaseModel):
    """One version of a profile and what it changes from the version before it."""

    model_config = ConfigDict(extra="forbid")

    version: str
    effective: EffectiveWindow
    notes: str | None = None
    requirements: dict[str, Requirement | None] = Field(default_factory=dict)


class AppliesTo(BaseModel):
    """What plans the profile is written for (informational; a mismatch is reported as a note)."""

    model_config = ConfigDict(extra="forbid")

    disciplines: list[Discipline] = Field(default_factory=list)
    settings: list[str] = Field(default_factory=list, description="Programs or levels of care, as words.")


class PacketSettings(BaseModel):
    """Prior-authorization packet settings (used by `authcheck packet`; see docs/packets.md).

    A profile inherits the settings of the profile it extends; a field it sets replaces the parent's.
    Identifiers are never guessed: a field left unset is reported as missing where the PAS bundle
    or the X12 278 needs it.
    """

    model_config = ConfigDict(extra="forbid")

    template: str | None = Field(
        default=None, pattern=r"^[a-z0-9][a-z0-9_-]*$",
        description="Template set under templates/packets/ that overrides the base set (e.g. medicare, aba).",
    )
    required_attachments: list[str] = Field(default_factory=list, description="Documents the payer wants with the request.")
    payer_name: str | None = Field(default=None, description="Insurer name for the request (default: the plan's payer).")
    payer_id: str | None = Field(
        default=None, min_length=2, max_length=80,
        description="The payer's identifier: X12 278 2010A NM109 and interchange receiver; PAS insurer identifier.",
    )
    payer_id_qualifier: Literal["PI", "XV", "24", "46"] = Field(
        default="PI", description="X12 NM108 for payer_id: PI payer identification, XV CMS plan ID, 24 EIN, 46 ETIN.",
    )
    service_type_code: str | None = Field(
        default=None, pattern=r"^[0-9A-Z]{1,2}$",
        description="X12 service type code (element 1365) for UM03 and PAS item.category (default: from the discipline).",
    )
    place_of_service: str | None = Field(
        default=None, pattern=r"^[0-9]{2}$", description="CMS place-of-service code for PAS item.location and X12 UM04.",
    )
    claim_type: Literal["professional", "institutional"] | None = Field(
        default=None, description="PAS Claim.type (default: institutional for home health, else professional).",
    )
    member_id_system: str | None = Field(
        default=None, description="URI of the payer's member-ID namespace for the PAS Patient identifier.",
    )


class ProfileSpec(BaseModel):
    """A payer, state-licensure or base profile."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    type: Literal["payer", "state", "base"]
    description: str
    extends: str | None = None
    citation: str
    last_verified: dt.date
    verified: bool = Field(default=True, description="False marks the whole profile as not confirmed in source text.")
    note: str | None = None
    applies_to: AppliesTo = Field(default_factory=AppliesTo)
    packet: PacketSettings = Field(default_factory=PacketSettings)
    versions: list[ProfileVersion] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _id_form(cls, value: str) -> str:
        if not re.fullmatch(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*", value):
            raise ValueError(f"profile id {value!r} must be lower-case words joined by hyphens")
        return value

    @model_validator(mode="after")
    def _windows(self) -> ProfileSpec:
        names = [v.version for v in self.versions]
        if len(set(names)) != len(names):
            raise ValueError("version names must be unique")
        ordered = sorted(self.versions, key=lambda v: v.effective.start)
        for earlier, later in zip(ordered, ordered[1:], strict=False):
            if earlier.effective.overlaps(later.effective):
                raise ValueError(
                    f"versions {earlier.version!r} ({earlier.effective.describe()}) and {later.version!r} "
                    f"({later.effective.describe()}) overlap"
                )
        self.versions = ordered
        return self

    def version_for(self, day: dt.date) -> ProfileVersion | None:
        """The version in force on `day`, if any."""
        return next((v for v in self.versions if v.effective.contains(day)), None)
