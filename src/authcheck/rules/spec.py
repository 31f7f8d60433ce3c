"""The rule file format: one YAML file per rule in `rules/`, its id the file name.

A rule picks one check kind and sets that kind's parameters; it names the finding kind it emits,
its default severity, a message, a fix with a concrete example, its citation and `last_verified`,
and example cases (a plan fragment that must pass, one that must fail) that the test suite runs.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from authcheck.findings import Severity
from authcheck.kinds import FINDING_KINDS
from authcheck.rules.checks import CHECK_KINDS, CheckParams

__all__ = ["COMMON_FIELDS", "RuleExample", "RuleSpec", "template_fields"]

COMMON_FIELDS = frozenset({"element", "section"})
_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


def template_fields(template: str) -> set[str]:
    """Names a str.format template uses; only plain names are allowed (no attribute or index access)."""
    names = set()
    for _, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
            raise ValueError(f"template field {{{name}}} must be a plain name such as {{code}}")
        names.add(name)
    return names


class RuleExample(BaseModel):
    """A plan fragment (native format) on which the rule must pass or fail."""

    model_config = ConfigDict(extra="forbid")

    name: str
    expect: Literal["pass", "fail"]
    plan: dict[str, Any]
    params: dict[str, Any] = Field(default_factory=dict, description="Parameter overrides for this case.")
    as_of: dt.date | None = None
    findings: int | None = Field(default=None, ge=1, description="For fail cases: exactly this many findings.")


class RuleSpec(BaseModel):
    """One rule."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    description: str = Field(description="Why the requirement exists, for `authcheck rules explain`.")
    check: str
    params: dict[str, Any] = Field(default_factory=dict)
    kind: str
    severity: Severity
    message: str
    fix: str
    example: str
    citation: str
    last_verified: dt.date
    tags: list[str] = Field(default_factory=list)
    examples: list[RuleExample]

    @field_validator("id")
    @classmethod
    def _id_form(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError(f"rule id {value!r} must be lower-case words joined by hyphens")
        return value

    @field_validator("check")
    @classmethod
    def _known_check(cls, value: str) -> str:
        if value not in CHECK_KINDS:
            raise ValueError(f"unknown check kind {value!r}; valid kinds: {', '.join(sorted(CHECK_KINDS))}")
        return value

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, value: str) -> str:
        if value not in FINDING_KINDS:
            raise ValueError(f"unknown finding kind {value!r}; valid kinds: {', '.join(FINDING_KINDS)}")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> RuleSpec:
        self.validated_params(self.params)
        available = CHECK_KINDS[self.check].provides | COMMON_FIELDS | set(self.params) | set(
            CHECK_KINDS[self.check].params.model_fields
        )
        for name in ("message", "fix", "example"):
            unknown = template_fields(getattr(self, name)) - available
            if unknown:
                raise ValueError(
                    f"{name} uses unknown field(s) {', '.join(sorted('{' + u + '}' for u in unknown))}; "
                    f"available: {', '.join(sorted('{' + a + '}' for a in available))}"
                )
        expectations = {e.expect for e in self.examples}
        if expectations != {"pass", "fail"}:
            raise ValueError("examples need at least one 'pass' and one 'fail' case")
        return self

    def validated_params(self, params: dict[str, Any]) -> CheckParams:
        """The check kind's parameter model for `params`; a ValueError names unknown or bad parameters."""
        kind = CHECK_KINDS[self.check]
        try:
            return kind.params.model_validate(params)
        except ValidationError as exc:
            problems = []
            for error in exc.errors(include_url=False):
                where = ".".join(str(p) for p in error["loc"]) or "params"
                if error["type"] == "extra_forbidden":
                    problems.append(
                        f"unknown parameter {where!r} for check kind {self.check!r}; valid: {', '.join(kind.params.model_fields)}"
                    )
                else:
                    problems.append(f"parameter {where!r}: {error['msg'].removeprefix('Value error, ')}")
            raise ValueError("; ".join(problems)) from None
