"""Findings and reports: immutable values every reporter consumes.

The JSON shape of PlanReport is a public contract (see docs/json-output.md): schema_version, source,
format, status, profiles, as_of, findings; each finding has rule, kind, severity, message,
location, fix, citation, profile.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from authcheck.model import SourceLocation

__all__ = ["SCHEMA_VERSION", "SEVERITIES", "Finding", "Location", "PlanReport", "ProfileRef", "Severity"]

SCHEMA_VERSION = "1.0"
Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


class Location(BaseModel):
    """Where a finding applies: the model path, a human label, the section, the quoted passage, the source."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str = Field(description='Path in the plan model, e.g. "problems[0].goals[1].objectives[0]"; "" is the whole plan.')
    element: str = Field(description='Human label, e.g. "Problem 1 > Goal 2 > Objective 2a" or "Plan date".')
    section: str = Field(description="The plan section: the document's own heading when known, else a standard name.")
    quote: str | None = Field(default=None, description="The flagged passage as written, shortened.")
    source: SourceLocation | None = None


class Finding(BaseModel):
    """One documentation gap found by one rule under one profile."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str
    kind: str
    severity: Severity
    message: str
    location: Location
    fix: str
    example: str | None = None
    citation: str
    profile: str
    profile_version: str
    also_required_by: list[str] = Field(default_factory=list)
    verified: bool = True
    evidence: dict[str, Any] = Field(default_factory=dict)
    unread: list[SourceLocation] = Field(
        default_factory=list,
        description="Lines the reader could not place that look like what is missing (see authcheck.unread).",
    )


class ProfileRef(BaseModel):
    """A profile version used for a check."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    version: str
    title: str
    type: str
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None
    last_verified: dt.date | None = None


class PlanReport(BaseModel):
    """The result of checking one plan."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_version: str = SCHEMA_VERSION
    source: str
    format: str
    status: Literal["pass", "fail", "error"]
    profiles: list[ProfileRef]
    as_of: dt.date
    findings: list[Finding]
    counts: dict[str, int]
    notes: list[str] = Field(default_factory=list)
    error: str | None = None

    @property
    def passed(self) -> bool:
        """True when no finding has severity error (and the plan could be read)."""
        return self.status == "pass"

    def to_json_dict(self) -> dict[str, Any]:
        """The public JSON form."""
        return self.model_dump(mode="json", exclude_none=False)
