"""YAML (and JSON, a subset of it) loaded with line numbers, for errors that name file:line: field.

Scalars stay strings (only `null`/`~`/empty become None): YAML 1.1 would otherwise turn a member id
such as 012345 into an octal number or `NO` into False. Pydantic converts the strings to the types
the models declare, so "30" still becomes the integer 30 where an integer is expected.
"""

from __future__ import annotations

import re

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path as FilePath
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

import yaml

__all__ = ["LineMap", "YamlError", "format_loc", "format_validation_error", "load_model_file", "load_yaml_with_lines"]

ModelT = TypeVar("ModelT", bound=BaseModel)

Path = tuple[str | int, ...]


class YamlError(ValueError):
    """The text is not well-formed YAML/JSON; `line` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


class _StringLoader(yaml.SafeLoader):
    """SafeLoader without the implicit int/float/bool/timestamp resolvers, and refusing aliases."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: D102 - PyYAML hook
        if self.check_event(yaml.AliasEvent):
            raise YamlError("YAML aliases (*name) are not allowed", self.peek_event().start_mark.line + 1)
        return super().compose_node(parent, index)


_NULL_ONLY = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag == "tag:yaml.org,2002:null"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_StringLoader.yaml_implicit_resolvers = _NULL_ONLY

if getattr(yaml, "__with_libyaml__", False):

    class _FastStringLoader(yaml.CSafeLoader):  # type: ignore[name-defined,misc]
        """libyaml's parser with the same string-only resolution; aliases are caught after composing."""

    _FastStringLoader.yaml_implicit_resolvers = _NULL_ONLY
    _LOADER: type = _FastStringLoader
else:  # pragma: no cover - PyYAML built without libyaml
    _LOADER = _StringLoader


@dataclass
class LineMap:
    """Maps a path into the loaded data, e.g. ("problems", 0, "goals"), to its 1-based line."""

    lines: dict[Path, int] = field(default_factory=dict)

    def line_of(self, path: Sequence[str | int]) -> int | None:
        """The line of `path`, or of its nearest ancestor that has one."""
        current = tuple(path)
        while True:
            if current in self.lines:
                return self.lines[current]
            if not current:
                return None
            current = current[:-1]


def _walk(node: yaml.Node, path: Path, lines: dict[Path, int], seen: set[int], depth: int = 0) -> None:
    """Record the line of every path; a node met twice is an alias, which is refused."""
    if depth > 200:
        raise YamlError("document is nested too deeply", node.start_mark.line + 1)
    if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
        if id(node) in seen:
            raise YamlError("YAML aliases (*name) are not allowed", node.start_mark.line + 1)
        seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.start_mark.line)
            child = (*path, key)
            lines[child] = key_node.start_mark.line + 1
            _walk(value_node, child, lines, seen, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*path, index)
            lines[child] = item.start_mark.line + 1
            _walk(item, child, lines, seen, depth + 1)


def load_yaml_with_lines(text: str) -> tuple[Any, LineMap]:
    """Parse one YAML/JSON document; return the data (scalars as strings) and its line map.

    Raises YamlError for malformed text, several documents, or aliases (which a plan never needs
    and which can be abused to blow up memory).
    """
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, LineMap()
        lines: dict[Path, int] = {(): node.start_mark.line + 1}
        _walk(node, (), lines, set())
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "malformed YAML"
        raise YamlError(f"not valid YAML/JSON: {problem}", line) from exc
    except yaml.YAMLError as exc:
        raise YamlError(f"not valid YAML/JSON: {exc}") from exc
    finally:
        loader.dispose()
    return data, LineMap(lines)


def format_loc(loc: Sequence[str | int]) -> str:
    """("problems", 0, "goals", 1, "statement") -> "problems[0].goals[1].statement"."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def format_validation_error(exc: Any, file: str, line_map: LineMap, prefix: Sequence[str | int] = ()) -> str:
    """One line for a pydantic ValidationError: "plan.yaml:14: objectives[0].target_date: not a date: '13/45/2026'"."""
    line, message = validation_error_parts(exc, line_map, prefix)
    return f"{file}:{line}: {message}" if line else f"{file}: {message}"


def validation_error_parts(exc: Any, line_map: LineMap, prefix: Sequence[str | int] = ()) -> tuple[int | None, str]:
    """The line of a pydantic ValidationError's first problem and what is wrong there:
    (14, "objectives[0].target_date: not a date: '13/45/2026'")."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    loc = [p for p in first["loc"] if not (isinstance(p, str) and ("[" in p or p.startswith("function-")))]
    full = (*prefix, *loc)
    line = line_map.line_of(full)
    message = str(first["msg"])
    for noise in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(noise)
    if first["type"] == "extra_forbidden":
        message = "unknown field"
        if _split_flow_value(first):
            message += " (a comma inside { } or [ ] ends a value: put a value that holds a comma in quotes)"
    elif first["type"] == "missing":
        message = "required field is missing"
    more = f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})" if len(errors) > 1 else ""
    field_text = format_loc(full) or "document"
    return line, f"{field_text}: {message}{more}"


def _split_flow_value(error: Any) -> bool:
    """An unknown "field" that is the rest of a value a comma cut in a flow mapping: "{description: Group (clinic,
    4 peers)}" gives the key "4 peers)" with no value."""
    key = error["loc"][-1] if error["loc"] else None
    return isinstance(key, str) and error.get("input") is None and bool(re.search(r"\s|[()]", key))


def load_model_file(path: FilePath, model: type[ModelT], what: str, error: type[Exception]) -> ModelT:
    """Read one YAML data file (a rule, a profile) into `model`; its `id` must equal the file name.

    Every problem raises `error` with one line: "<file>:<line>: <what is wrong>", an unknown key
    naming the valid keys.
    """
    try:
        data, lines = load_yaml_with_lines(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read: {exc}") from exc
    except YamlError as exc:
        raise error(f"{path}:{exc.line or 1}: {exc}") from exc
    if not isinstance(data, dict):
        raise error(f"{path}: a {what} file must be a mapping of keys ({', '.join(list(model.model_fields)[:4])}, ...)")
    try:
        loaded = model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        if first["type"] == "extra_forbidden":
            where = ".".join(str(p) for p in first["loc"][:-1])
            valid = ", ".join(model.model_fields) if not where else "see `authcheck schema`"
            raise error(
                f"{path}:{lines.line_of(first['loc'])}: unknown key {first['loc'][-1]!r}"
                + (f" in {where}" if where else "") + f"; valid keys: {valid}"
            ) from exc
        raise error(format_validation_error(exc, str(path), lines)) from exc
    identifier = getattr(loaded, "id", None)
    if identifier != path.stem:
        raise error(f"{path}: {what} id {identifier!r} must equal the file name {path.stem!r}")
    return loaded
