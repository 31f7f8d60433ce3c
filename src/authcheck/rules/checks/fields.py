"""`required`: elements the plan must contain."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field, field_validator, model_validator

from authcheck.model import Goal
from authcheck.rules.checks.base import CheckContext, CheckParams, Hit, register
from authcheck.rules.paths import field_label, is_missing, resolve_field, validate_path

__all__ = ["RequiredParams"]


class RequiredParams(CheckParams):
    """Either `fields` (each must be present) or `any_of` (at least one must be present).

    Paths use `[*]` to apply to every item: "problems[*].goals[*].objectives" means every goal needs
    objectives. A quantity (frequency, amount, duration) counts as present only when it states a
    usable value.
    """

    fields: list[str] = Field(default_factory=list, description="Each path must be present.")
    any_of: list[str] = Field(default_factory=list, description="At least one of these paths must be present.")
    label: str | None = Field(default=None, description="Name of the required element in messages (default: from the path).")
    objectives_count: bool = Field(
        default=False,
        description="For a goal's own field (\"problems[*].goals[*].mastery_criteria\"): the field stated on every "
        "one of the goal's objectives also counts.",
    )

    @field_validator("fields", "any_of")
    @classmethod
    def _paths_exist(cls, paths: list[str]) -> list[str]:
        for path in paths:
            validate_path(path)
        return paths

    @model_validator(mode="after")
    def _one_mode(self) -> RequiredParams:
        if bool(self.fields) == bool(self.any_of):
            raise ValueError("give either 'fields' or 'any_of' (not both, not neither)")
        return self


def _quote(owner: object) -> str | None:
    for name in ("statement", "description", "name", "text"):
        value = getattr(owner, name, None)
        if isinstance(value, str) and value:
            return value
    return None


def _on_every_objective(owner: object, path: str) -> bool:
    """True when `owner` is a goal with objectives and each of them states the path's field (any alternative)."""
    objectives = getattr(owner, "objectives", None) if isinstance(owner, Goal) else None
    if not objectives:
        return False
    names = path.rsplit(".", 1)[-1].split("|")
    return all(any(not is_missing(getattr(o, name, None)) for name in names) for o in objectives)


@register("required", RequiredParams, provides={"field"})
def check_required(ctx: CheckContext, params: RequiredParams) -> Iterator[Hit]:
    """The plan (or every item a path fans out over) contains the named elements."""
    if params.any_of:
        for path in params.any_of:
            if any(not is_missing(found.value) for found in resolve_field(ctx.plan, path)):
                return
        first = params.any_of[0]
        label = params.label or field_label(first)
        yield Hit(path=first.split("[", 1)[0].split(".", 1)[0], fields={"field": label}, evidence={"any_of": params.any_of})
        return
    for path in params.fields:
        for found in resolve_field(ctx.plan, path):
            if is_missing(found.value) and not (params.objectives_count and _on_every_objective(found.owner, path)):
                label = params.label or field_label(path)
                # A missing list ("this goal has no objectives") is about its owner, when the owner is an item.
                where = found.owner_path if isinstance(found.value, list) and found.owner_path else found.path
                yield Hit(path=where, fields={"field": label}, quote=_quote(found.owner), evidence={"field": path})
