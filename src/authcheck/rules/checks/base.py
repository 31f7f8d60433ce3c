"""The contract every check kind follows, and the registry of kinds.

A check kind is Python: a parameter model (strict, documented) and a function that looks at a plan
and yields a Hit for every place the requirement is not met. Rules (YAML) pick one kind and set its
parameters; the engine turns hits into findings with the rule's message, fix and citation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict

from authcheck.model import TreatmentPlan

__all__ = ["CHECK_KINDS", "CheckContext", "CheckKind", "CheckParams", "Hit", "register"]


class CheckParams(BaseModel):
    """Base of every kind's parameters: unknown parameters are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class CheckContext:
    """What a check may look at besides its parameters."""

    plan: TreatmentPlan
    as_of: dt.date


@dataclass(frozen=True)
class Hit:
    """One place where the requirement is not met.

    `path` is the model path of the element concerned (or where the missing element belongs);
    `fields` are the values the rule's message and fix templates may use; `quote` is the passage to
    show; `evidence` is machine-readable detail for JSON output.
    """

    path: str
    fields: dict[str, Any] = field(default_factory=dict)
    quote: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckKind:
    """A registered check kind."""

    name: str
    params: type[CheckParams]
    run: Callable[[CheckContext, Any], Iterable[Hit]]
    provides: frozenset[str]
    summary: str


CHECK_KINDS: dict[str, CheckKind] = {}


def register(name: str, params: type[CheckParams], provides: Iterable[str]) -> Callable[[Any], Any]:
    """Register a check function under `name` with its parameter model and template fields."""

    def decorate(function: Callable[[CheckContext, Any], Iterable[Hit]]) -> Callable[[CheckContext, Any], Iterable[Hit]]:
        if name in CHECK_KINDS:
            raise RuntimeError(f"check kind {name!r} registered twice")
        summary = (function.__doc__ or "").strip().splitlines()[0] if function.__doc__ else ""
        CHECK_KINDS[name] = CheckKind(name, params, function, frozenset(provides), summary)
        return function

    return decorate
