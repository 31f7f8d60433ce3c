"""Load the rule catalog: the shipped `rules/` folder plus any folders the user adds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from authcheck.resources import data_dir
from authcheck.rules.spec import RuleSpec
from authcheck.yamlio import load_model_file

__all__ = ["Catalog", "CatalogError", "load_catalog", "load_rule_file"]


class CatalogError(Exception):
    """A rule file cannot be used; the message is one line naming the file (and line) and the problem."""


@dataclass
class Catalog:
    """All loaded rules by id, with the file each came from."""

    rules: dict[str, RuleSpec] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)

    def get(self, rule_id: str) -> RuleSpec:
        """The rule with this id; CatalogError with close matches when there is none."""
        if rule_id in self.rules:
            return self.rules[rule_id]
        from rapidfuzz import process

        close = [m[0] for m in process.extract(rule_id, list(self.rules), limit=3, score_cutoff=60)]
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise CatalogError(f"unknown rule {rule_id!r}{hint} (see `authcheck rules list`)")


def load_rule_file(path: Path) -> RuleSpec:
    """Read and validate one rule file; its id must equal the file name."""
    return load_model_file(path, RuleSpec, "rule", CatalogError)


def load_catalog(extra_dirs: Iterable[Path] = (), *, include_builtin: bool = True) -> Catalog:
    """Load every `*.yaml` rule in the shipped folder and the extra folders; duplicate ids are errors."""
    catalog = Catalog()
    folders = ([data_dir("rules")] if include_builtin else []) + [Path(d) for d in extra_dirs]
    for folder in folders:
        if not folder.is_dir():
            raise CatalogError(f"{folder}: rules folder not found")
        for path in sorted(folder.rglob("*.yaml")):
            rule = load_rule_file(path)
            if rule.id in catalog.rules:
                raise CatalogError(f"{path}: rule id {rule.id!r} is already defined in {catalog.files[rule.id]}")
            catalog.rules[rule.id] = rule
            catalog.files[rule.id] = path
    return catalog
