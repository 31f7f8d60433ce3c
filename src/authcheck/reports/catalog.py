"""Text and JSON views of the rule catalog and profiles for `authcheck rules ...` and `authcheck profiles ...`."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from typing import Any

from authcheck.profiles import ProfileLibrary, ResolvedProfile
from authcheck.rules.checks import CHECK_KINDS

__all__ = [
    "render_profile",
    "render_profile_diff",
    "render_profile_list",
    "render_rule_explanation",
    "render_rule_list",
]


def _wrap(text: str, indent: int = 2, width: int = 100) -> str:
    return textwrap.fill(" ".join(text.split()), width=width, initial_indent=" " * indent, subsequent_indent=" " * indent)


def render_rule_list(library: ProfileLibrary, fmt: str) -> str:
    """Every rule: id, finding kind, default severity, title."""
    rules = sorted(library.catalog.rules.values(), key=lambda r: r.id)
    if fmt == "json":
        return json.dumps(
            [{"id": r.id, "kind": r.kind, "severity": r.severity, "check": r.check, "title": r.title} for r in rules], indent=2
        ) + "\n"
    width = max(len(r.id) for r in rules)
    kind_width = max(len(r.kind) for r in rules)
    lines = [f"{'RULE':<{width}}  {'FINDING KIND':<{kind_width}}  {'SEVERITY':<8}  TITLE"]
    lines += [f"{r.id:<{width}}  {r.kind:<{kind_width}}  {r.severity:<8}  {r.title}" for r in rules]
    return "\n".join(lines) + f"\n\n{len(rules)} rules. `authcheck rules explain ID` tells more.\n"


def _profiles_using(library: ProfileLibrary, rule_id: str) -> list[str]:
    users = []
    for spec in library.specs.values():
        if any(rule_id in v.requirements and v.requirements[rule_id] is not None for v in spec.versions):
            users.append(spec.id)
    return users


def render_rule_explanation(library: ProfileLibrary, rule_id: str) -> str:
    """Everything about one rule, in the order a maintainer needs it."""
    rule = library.catalog.get(rule_id)
    kind = CHECK_KINDS[rule.check]
    out = [f"{rule.id}: {rule.title}", ""]
    out += ["Why", _wrap(rule.description), ""]
    out += [f"Finding kind: {rule.kind} (default severity {rule.severity})", f"Check kind: {rule.check} - {kind.summary}", ""]
    out.append("Parameters (defaults of this rule; profiles may override):")
    for name, field in kind.params.model_fields.items():
        value = rule.params.get(name, field.default if not field.is_required() else "(required)")
        if callable(value):
            value = value()
        out.append(f"  {name} = {value!r}")
        if field.description:
            out.append(_wrap(field.description, indent=6))
    out += ["", "Message:", _wrap(rule.message), "Fix:", _wrap(rule.fix), "Example:", _wrap(rule.example), ""]
    out += [f"Citation: {rule.citation}", f"Last verified: {rule.last_verified}", f"Defined in: {library.catalog.files[rule.id]}"]
    users = _profiles_using(library, rule.id)
    out.append(f"Used by profiles: {', '.join(users) if users else '(none)'}")
    out.append("Examples: " + ", ".join(f"{e.name} ({e.expect})" for e in rule.examples))
    return "\n".join(out) + "\n"


def render_profile_list(library: ProfileLibrary, fmt: str) -> str:
    """Every profile with type, versions and windows."""
    specs = sorted(library.specs.values(), key=lambda s: (["payer", "state", "base"].index(s.type), s.id))
    if fmt == "json":
        return json.dumps(
            [
                {"id": s.id, "type": s.type, "title": s.title, "extends": s.extends, "last_verified": s.last_verified.isoformat(),
                 "versions": [{"version": v.version, "from": v.effective.start.isoformat(),
                               "to": v.effective.end.isoformat() if v.effective.end else None} for v in s.versions]}
                for s in specs
            ],
            indent=2,
        ) + "\n"
    width = max(len(s.id) for s in specs)
    lines = [f"{'PROFILE':<{width}}  {'TYPE':<5}  {'VERSIONS':<34}  TITLE"]
    for spec in specs:
        versions = "; ".join(f"{v.version} {v.effective.describe()}" for v in spec.versions)
        lines.append(f"{spec.id:<{width}}  {spec.type:<5}  {versions:<34}  {spec.title}")
    return "\n".join(lines) + "\n\nUse --payer with a payer profile and --state with state profiles.\n"


def _requirement_dict(profile: ResolvedProfile) -> dict[str, dict[str, Any]]:
    return {
        rule_id: {
            "kind": req.rule.kind,
            "severity": req.effective_severity,
            "params": {k: v for k, v in req.params.model_dump(mode="json").items() if k in req.raw_params},
            "citation": req.citation,
            "verified": req.verified,
            "note": req.note,
            "set_by": list(req.set_by),
        }
        for rule_id, req in sorted(profile.requirements.items())
    }


def render_profile(library: ProfileLibrary, profile_id: str, *, resolved: bool, as_of: dt.date, fmt: str) -> str:
    """A profile as written (versions and their changes) or as resolved on a date."""
    spec = library.get(profile_id)
    if resolved:
        profile = library.resolve(profile_id, as_of)
        requirements = _requirement_dict(profile)
        if fmt == "json":
            return json.dumps(
                {"id": spec.id, "version": profile.version, "as_of": as_of.isoformat(), "chain": list(profile.chain),
                 "requirements": requirements},
                indent=2,
            ) + "\n"
        out = [f"{spec.id} {profile.version} ({spec.type}) as of {as_of}: {spec.title}",
               f"Inherits: {' -> '.join(profile.chain)}", ""]
        for rule_id, req in requirements.items():
            flag = "" if req["verified"] else "  [unverified]"
            out.append(f"{rule_id}  ({req['kind']}, {req['severity']}){flag}")
            if req["params"]:
                out.append(_wrap("params: " + ", ".join(f"{k}={v!r}" for k, v in req["params"].items()), indent=4))
            out.append(_wrap(f"citation: {req['citation']}", indent=4))
            if req["note"]:
                out.append(_wrap(f"note: {req['note']}", indent=4))
            out.append(_wrap(f"set by: {', '.join(req['set_by'])}", indent=4))
        return "\n".join(out) + "\n"
    if fmt == "json":
        return spec.model_dump_json(indent=2, by_alias=True) + "\n"
    out = [f"{spec.id} ({spec.type}): {spec.title}", _wrap(spec.description), "",
           f"Citation: {spec.citation}", f"Last verified: {spec.last_verified}",
           f"Extends: {spec.extends or '(nothing)'}", f"File: {library.files[spec.id]}", ""]
    for version in spec.versions:
        out.append(f"Version {version.version} ({version.effective.describe()})")
        if version.notes:
            out.append(_wrap(version.notes, indent=4))
        for rule_id, req in version.requirements.items():
            out.append(f"  - {rule_id}" + (" (removed)" if req is None else "") + ("  [unverified]" if req and req.verified is False else ""))
    out.append("")
    out.append("`authcheck profiles show ID --resolved --as-of DATE` shows exactly what applies on a date.")
    return "\n".join(out) + "\n"


def render_profile_diff(left: ResolvedProfile, right: ResolvedProfile) -> str:
    """Requirements added, removed and changed between two resolved profiles."""
    a, b = _requirement_dict(left), _requirement_dict(right)
    out = [f"--- {left.id} {left.version} (as of {left.as_of})", f"+++ {right.id} {right.version} (as of {right.as_of})"]
    for rule_id in sorted(set(a) | set(b)):
        if rule_id not in b:
            out.append(f"- {rule_id}")
        elif rule_id not in a:
            out.append(f"+ {rule_id}  ({b[rule_id]['severity']}; {b[rule_id]['citation']})")
        else:
            changes = [
                f"{key}: {a[rule_id][key]!r} -> {b[rule_id][key]!r}"
                for key in ("severity", "params", "verified", "citation")
                if a[rule_id][key] != b[rule_id][key]
            ]
            if changes:
                out.append(f"~ {rule_id}")
                out += [_wrap(change, indent=4) for change in changes]
    if len(out) == 2:
        out.append("(no differences)")
    return "\n".join(out) + "\n"
