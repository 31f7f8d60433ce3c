"""Generate the reference pages (docs/reference/*.md) from the code and the shipped catalog.

`python -m authcheck.docs` rewrites them; a test fails when they are out of date.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args, get_origin

from authcheck.kinds import FINDING_KINDS
from authcheck.profiles import ProfileLibrary
from authcheck.rules.checks import CHECK_KINDS

__all__ = ["render_check_kinds", "render_finding_kinds", "render_profiles", "render_rules", "write_reference"]


def _cell(text: object) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _type_name(annotation: object) -> str:
    """A readable type: "one of: goals, objectives", "list of str", "int or None"."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return "one of: " + ", ".join(str(a) for a in args)
    if origin is list:
        return "list of " + (_type_name(args[0]) if args else "values")
    if origin is dict:
        return "mapping"
    if args and type(None) in args:
        return " or ".join(_type_name(a) for a in args if a is not type(None)) + " or None"
    return getattr(annotation, "__name__", str(annotation))


def render_finding_kinds() -> str:
    """The finding-kind vocabulary as a table."""
    lines = ["# Finding kinds", "", "Stable names to count findings by. Kinds are added, never renamed.", "",
             "| kind | meaning |", "|---|---|"]
    lines += [f"| `{kind}` | {_cell(meaning)} |" for kind, meaning in FINDING_KINDS.items()]
    return "\n".join(lines) + "\n"


def render_check_kinds() -> str:
    """Every check kind with its parameters, types, defaults and descriptions."""
    lines = ["# Check kinds", "", "The closed set of checks, written in Python. A rule picks one and sets its parameters.", ""]
    for name, kind in sorted(CHECK_KINDS.items()):
        lines += [f"## `{name}`", "", _cell(kind.summary), "", "| parameter | type | default | meaning |", "|---|---|---|---|"]
        for field_name, field in kind.params.model_fields.items():
            default = "(required)" if field.is_required() else repr(field.get_default(call_default_factory=True))
            annotation = _type_name(field.annotation)
            lines.append(f"| `{field_name}` | {_cell(annotation)} | {_cell(default)} | {_cell(field.description or '')} |")
        lines += ["", "Template fields: " + ", ".join(f"`{{{f}}}`" for f in sorted(kind.provides)), ""]
    return "\n".join(lines)


def render_rules(library: ProfileLibrary) -> str:
    """Every shipped rule: id, finding kind, severity, check kind, title, citation."""
    lines = ["# Rules", "", "`authcheck rules explain ID` shows one rule in full.", "",
             "| rule | finding kind | severity | check | title |", "|---|---|---|---|---|"]
    for rule in sorted(library.catalog.rules.values(), key=lambda r: r.id):
        lines.append(f"| `{rule.id}` | `{rule.kind}` | {rule.severity} | `{rule.check}` | {_cell(rule.title)} |")
    return "\n".join(lines) + "\n"


def render_profiles(library: ProfileLibrary) -> str:
    """Every shipped profile with its versions and its requirements in the latest version."""
    lines = ["# Shipped profiles", "",
             "`authcheck profiles show ID --resolved --as-of DATE` shows exactly what applies on a date.", ""]
    order = {"payer": 0, "state": 1, "base": 2}
    for spec in sorted(library.specs.values(), key=lambda s: (order[s.type], s.id)):
        lines += [f"## `{spec.id}` ({spec.type})", "", f"**{_cell(spec.title)}**", "", _cell(spec.description), "",
                  f"- Sources: {_cell(spec.citation)}", f"- Last verified: {spec.last_verified}"]
        if spec.extends:
            lines.append(f"- Extends: `{spec.extends}`")
        for version in spec.versions:
            lines.append(f"- Version `{version.version}`: {version.effective.describe()}"
                         + (f". {_cell(version.notes)}" if version.notes else ""))
        latest = library.resolve(spec.id, spec.versions[-1].effective.start)
        lines += ["", "| requirement | finding kind | severity | citation |", "|---|---|---|---|"]
        for rule_id, req in sorted(latest.requirements.items()):
            inherited = "" if any(tag.startswith(f"{spec.id}@") for tag in req.set_by) else " (inherited)"
            flag = " **unverified**" if not req.verified else ""
            lines.append(f"| `{rule_id}`{inherited} | `{req.rule.kind}` | {req.effective_severity}{flag} | {_cell(req.citation)} |")
        lines.append("")
    return "\n".join(lines)


def write_reference(library: ProfileLibrary, folder: Path) -> dict[Path, str]:
    """The reference pages by path (written when `folder` is given to main())."""
    return {
        folder / "finding-kinds.md": render_finding_kinds(),
        folder / "check-kinds.md": render_check_kinds(),
        folder / "rules.md": render_rules(library),
        folder / "profiles.md": render_profiles(library),
    }


def main() -> None:
    """Rewrite docs/reference/ in the source tree."""
    from authcheck.api import load_library

    folder = Path(__file__).resolve().parents[2] / "docs" / "reference"
    folder.mkdir(parents=True, exist_ok=True)
    for path, text in write_reference(load_library(), folder).items():
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
