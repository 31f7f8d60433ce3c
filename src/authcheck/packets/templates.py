"""Packet templates: find a template set, render it in a sandbox.

Layout (shipped in templates/packets/, and the same in a user's --templates-dir):

    base/packet.md.j2        the document: includes the section templates below
    base/cover.md.j2, letter.md.j2, summary.md.j2, checklist.md.j2, attachments.md.j2, gaps.md.j2,
    base/footer.md.j2        one line printed in the page footer
    <name>/...               a payer override (profile `packet.template: <name>`): any subset of files

A file is looked up in: user/<name>, user/base, shipped/<name>, shipped/base; the first found wins.
"base/<file>" always names the base file, so an override can `{% extends "base/letter.md.j2" %}`.

Every template renders in jinja2's SandboxedEnvironment with StrictUndefined: a template can read
the packet context but not reach Python internals, and a misspelt variable is an error, not a blank.
Every value printed with {{ }} is escaped for the markup (authcheck.packets.markup) unless it comes
from the `missing()` helper, which prints a visible MISSING marker.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from authcheck.packets.markup import escape
from authcheck.resources import data_dir

__all__ = ["MAIN_TEMPLATE", "FOOTER_TEMPLATE", "Raw", "TemplateSet", "TemplateSetError", "load_template_set"]

MAIN_TEMPLATE = "packet.md.j2"
FOOTER_TEMPLATE = "footer.md.j2"


class TemplateSetError(Exception):
    """A template set cannot be found or rendered; the message is one line."""


class Raw(str):
    """Markup that is printed as is (not escaped)."""

    __slots__ = ()


def _finalize(value: Any) -> Any:
    if isinstance(value, Raw):
        return value
    if value is None:
        return ""
    return escape(str(value))


def missing(label: str) -> Raw:
    """A visible marker for a value the packet needs and the plan lacks."""
    return Raw(f"!!MISSING: {escape(label)}!!")


def value_or_missing(value: Any, label: str) -> Any:
    """The value, or a MISSING marker when it is empty."""
    if value is None or (isinstance(value, (str, list, tuple, dict)) and not value):
        return missing(label)
    return value


def bold(value: Any) -> Raw:
    """A value printed in bold."""
    return Raw(f"**{_finalize(value)}**")


def _where(exc: BaseException) -> str | None:
    """"cover.md.j2 line 4": the innermost template frame of the error (jinja2 maps frames to template lines)."""
    syntax_line = getattr(exc, "lineno", None)
    syntax_name = getattr(exc, "filename", None) or getattr(exc, "name", None)
    if syntax_line and syntax_name:
        return f"{Path(syntax_name).name} line {syntax_line}"
    found = None
    trace = exc.__traceback__
    while trace is not None:
        filename = trace.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = f"{Path(filename).name} line {trace.tb_lineno}"
        trace = trace.tb_next
    return found


@dataclass(frozen=True)
class TemplateSet:
    """A template set ready to render, with the folders it draws from."""

    name: str
    folders: tuple[tuple[str, Path], ...]
    environment: SandboxedEnvironment

    def render(self, template: str, context: dict[str, Any]) -> str:
        """Render one template; any template problem becomes a one-line TemplateSetError naming file and line."""
        try:
            return self.environment.get_template(template).render(**context)
        except TemplateError as exc:
            message = exc.message or str(exc)
            raise TemplateSetError(f"template set {self.name!r}, {_where(exc) or template}: {message}") from exc
        except Exception as exc:  # the sandbox raises SecurityError; filters may raise others
            raise TemplateSetError(f"template set {self.name!r}, {_where(exc) or template}: {type(exc).__name__}: {exc}") from exc

    def sources(self) -> list[dict[str, str]]:
        """Every template file the set may use: name, where it comes from, and its SHA-256."""
        seen: dict[str, dict[str, str]] = {}
        for label, folder in self.folders:
            if not folder.is_dir():
                continue
            for path in sorted(folder.glob("*.j2")):
                if path.name not in seen:
                    seen[path.name] = {
                        "name": path.name,
                        "from": label,
                        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                    }
        return [seen[name] for name in sorted(seen)]


def load_template_set(name: str, user_dir: Path | None = None) -> TemplateSet:
    """The template set `name` (an override of the base set), from the user's folder first.

    Sets are kept per process; jinja2 reloads a template whose file changed.
    """
    if user_dir is not None and not user_dir.is_dir():
        raise TemplateSetError(f"{user_dir}: templates folder not found")
    return _template_set(name, user_dir.resolve() if user_dir is not None else None)


@lru_cache(maxsize=32)
def _template_set(name: str, user_dir: Path | None) -> TemplateSet:
    shipped = data_dir("templates") / "packets"
    roots = ([("user", user_dir)] if user_dir is not None else []) + [("shipped", shipped)]
    folders: list[tuple[str, Path]] = []
    for origin, root in roots:
        if name != "base":
            folders.append((f"{origin}:{name}", root / name))
        folders.append((f"{origin}:base", root / "base"))
    if name != "base" and not any((root / name).is_dir() for _, root in roots):
        raise TemplateSetError(f"template set {name!r} not found in {', '.join(str(r) for _, r in roots)}")
    base_folders = [root / "base" for _, root in roots]
    loader = ChoiceLoader([
        FileSystemLoader([str(f) for _, f in folders if f.is_dir()]),
        PrefixLoader({"base": FileSystemLoader([str(f) for f in base_folders if f.is_dir()])}),
    ])
    environment = SandboxedEnvironment(
        loader=loader, undefined=StrictUndefined, finalize=_finalize, autoescape=False,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    environment.globals.update(missing=missing, need=value_or_missing, bold=bold)
    environment.filters.update(need=value_or_missing, bold=bold)
    if not environment.loader or MAIN_TEMPLATE not in environment.list_templates():
        raise TemplateSetError(f"template set {name!r} has no {MAIN_TEMPLATE} (looked in {', '.join(str(f) for _, f in folders)})")
    return TemplateSet(name=name, folders=tuple(folders), environment=environment)
