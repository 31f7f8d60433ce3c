"""Load profiles and resolve one for a date: pick the version in force, walk `extends`, merge, validate.

Merge rules (also in docs/profiles.md):
1. Versions: the version whose window contains the as-of date is chosen; the versions of the same
   file up to and including it apply in date order, each changing what the one before set.
2. Inheritance: the parent (`extends`) is resolved at the same as-of date first; the child's
   requirements are merged over it. One parent only; cycles are errors.
3. Merging one requirement: `params` merge key by key (a mapping value merges one level deeper),
   `severity`, `citation`, `verified` and `note` replace; `null` drops the requirement.
4. Every resolved requirement must name a known rule, carry a citation, and have parameters the
   rule's check kind accepts. Every resolved value remembers which profile versions set it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from authcheck.findings import ProfileRef, Severity
from authcheck.profiles.spec import ProfileSpec
from authcheck.resources import data_dir
from authcheck.rules.catalog import Catalog, CatalogError
from authcheck.rules.checks import CheckParams
from authcheck.rules.spec import RuleSpec
from authcheck.yamlio import load_model_file

__all__ = ["ProfileError", "ProfileLibrary", "ResolvedProfile", "ResolvedRequirement", "load_profiles"]


class ProfileError(Exception):
    """A profile cannot be loaded or resolved; the message is one line."""


@dataclass(frozen=True)
class ResolvedRequirement:
    """A rule as a resolved profile demands it, with where each setting came from."""

    rule: RuleSpec
    params: CheckParams
    raw_params: dict[str, Any]
    severity: Severity
    citation: str
    verified: bool
    note: str | None
    set_by: tuple[str, ...]

    @property
    def effective_severity(self) -> Severity:
        """Unverified requirements never block: an error becomes a warning."""
        if not self.verified and self.severity == "error":
            return "warning"
        return self.severity


@dataclass(frozen=True)
class ResolvedProfile:
    """A profile version in force on a date, with its inherited requirements merged in."""

    spec: ProfileSpec
    version: str
    effective: Any
    as_of: dt.date
    chain: tuple[str, ...]
    requirements: dict[str, ResolvedRequirement]

    @property
    def id(self) -> str:
        """The profile id."""
        return self.spec.id

    def ref(self) -> ProfileRef:
        """The short description reports carry."""
        return ProfileRef(
            id=self.spec.id, version=self.version, title=self.spec.title, type=self.spec.type,
            effective_from=self.effective.start, effective_to=self.effective.end, last_verified=self.spec.last_verified,
        )


def _merge_params(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


@dataclass
class ProfileLibrary:
    """Every loaded profile by id, and the rule catalog they refer to."""

    catalog: Catalog
    specs: dict[str, ProfileSpec] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)

    def get(self, profile_id: str) -> ProfileSpec:
        """The profile spec with this id; ProfileError with close matches when unknown."""
        if profile_id in self.specs:
            return self.specs[profile_id]
        from rapidfuzz import process

        close = [m[0] for m in process.extract(profile_id, list(self.specs), limit=3, score_cutoff=60)]
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise ProfileError(f"unknown profile {profile_id!r}{hint} (see `authcheck profiles list`)")

    def resolve(self, profile_id: str, as_of: dt.date) -> ResolvedProfile:
        """The profile version in force on `as_of`, merged with its ancestors and validated."""
        spec = self.get(profile_id)
        version = spec.version_for(as_of)
        if version is None:
            windows = "; ".join(f"{v.version}: {v.effective.describe()}" for v in spec.versions)
            raise ProfileError(f"profile {profile_id!r} has no version in force on {as_of} (versions: {windows})")
        merged, chain = self._merged(spec, as_of, ())
        requirements: dict[str, ResolvedRequirement] = {}
        for rule_id, entry in merged.items():
            try:
                rule = self.catalog.get(rule_id)
            except CatalogError as exc:
                raise ProfileError(f"{self.files.get(entry['origin'], entry['origin'])}: {exc}") from exc
            raw = _merge_params(rule.params, entry["params"])
            try:
                params = rule.validated_params(raw)
            except ValueError as exc:
                raise ProfileError(f"profile {profile_id!r} ({', '.join(entry['set_by'])}), rule {rule_id!r}: {exc}") from exc
            if not entry["citation"]:
                raise ProfileError(f"profile {entry['origin']!r}: requirement {rule_id!r} has no citation")
            requirements[rule_id] = ResolvedRequirement(
                rule=rule, params=params, raw_params=raw, severity=entry["severity"] or rule.severity,
                citation=entry["citation"], verified=entry["verified"], note=entry["note"], set_by=tuple(entry["set_by"]),
            )
        return ResolvedProfile(
            spec=spec, version=version.version, effective=version.effective, as_of=as_of, chain=chain,
            requirements=requirements,
        )

    def _merged(self, spec: ProfileSpec, as_of: dt.date, seen: tuple[str, ...]) -> tuple[dict[str, dict[str, Any]], tuple[str, ...]]:
        if spec.id in seen:
            raise ProfileError(f"profile inheritance cycle: {' -> '.join((*seen, spec.id))}")
        chain: tuple[str, ...] = (spec.id,)
        merged: dict[str, dict[str, Any]] = {}
        if spec.extends:
            parent = self.get(spec.extends)
            if parent.version_for(as_of) is None:
                raise ProfileError(
                    f"profile {spec.id!r} extends {parent.id!r}, which has no version in force on {as_of}"
                )
            merged, parent_chain = self._merged(parent, as_of, (*seen, spec.id))
            chain = (spec.id, *parent_chain)
            merged = {k: {**v, "set_by": list(v["set_by"])} for k, v in merged.items()}
        for version in spec.versions:
            if version.effective.start > as_of:
                break
            tag = f"{spec.id}@{version.version}"
            for rule_id, requirement in version.requirements.items():
                if requirement is None:
                    merged.pop(rule_id, None)
                    continue
                entry = merged.get(rule_id) or {
                    "params": {}, "severity": None, "citation": None, "verified": spec.verified, "note": None,
                    "set_by": [], "origin": spec.id,
                }
                entry["params"] = _merge_params(entry["params"], requirement.params)
                for name in ("severity", "citation", "note"):
                    if getattr(requirement, name) is not None:
                        entry[name] = getattr(requirement, name)
                if requirement.verified is not None:
                    entry["verified"] = requirement.verified and spec.verified
                entry["set_by"].append(tag)
                merged[rule_id] = entry
        return merged, chain

    def validate_all(self) -> list[str]:
        """Resolve every profile at the start of every version window; return the problems found."""
        problems = []
        for spec in self.specs.values():
            for version in spec.versions:
                try:
                    self.resolve(spec.id, version.effective.start)
                except ProfileError as exc:
                    problems.append(str(exc))
        return problems


def load_profile_file(path: Path) -> ProfileSpec:
    """Read and validate one profile file; its id must equal the file name."""
    return load_model_file(path, ProfileSpec, "profile", ProfileError)


def load_profiles(catalog: Catalog, extra_dirs: Iterable[Path] = (), *, include_builtin: bool = True) -> ProfileLibrary:
    """Load the shipped profiles and those in `extra_dirs`; check ids, parents, cycles and rule names."""
    library = ProfileLibrary(catalog=catalog)
    folders = ([data_dir("payer_profiles")] if include_builtin else []) + [Path(d) for d in extra_dirs]
    for folder in folders:
        if not folder.is_dir():
            raise ProfileError(f"{folder}: profiles folder not found")
        for path in sorted(folder.rglob("*.yaml")):
            spec = load_profile_file(path)
            if spec.id in library.specs:
                raise ProfileError(f"{path}: profile id {spec.id!r} is already defined in {library.files[spec.id]}")
            library.specs[spec.id] = spec
            library.files[spec.id] = path
    for spec in library.specs.values():
        if spec.extends and spec.extends not in library.specs:
            raise ProfileError(f"{library.files[spec.id]}: extends unknown profile {spec.extends!r}")
        seen = [spec.id]
        parent = spec.extends
        while parent:
            if parent in seen:
                raise ProfileError(f"{library.files[spec.id]}: profile inheritance cycle: {' -> '.join([*seen, parent])}")
            seen.append(parent)
            parent = library.specs[parent].extends if parent in library.specs else None
        for version in spec.versions:
            for rule_id in version.requirements:
                if rule_id not in catalog.rules:
                    try:
                        catalog.get(rule_id)
                    except CatalogError as exc:
                        raise ProfileError(f"{library.files[spec.id]}: version {version.version}: {exc}") from exc
    return library
