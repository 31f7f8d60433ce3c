"""Load FHIR R4 JSON or XML into plain dicts, and turn paths in them into source pointers.

Both formats give the same shape: a resource is a dict with "resourceType"; a repeated element is a
list; a single element is a dict or a primitive. In XML a repeated element is only recognisable when
it repeats, so the readers never assume a list: they walk values with `each()`.

Paths are tuples of keys and list indexes (("entry", 3, "resource", "goal", 0)). `pointer()` turns
one into a JSON pointer ("/entry/3/resource/goal/0") for JSON, or an XPath without namespace prefixes
("/Bundle/entry[4]/resource/Goal/goal[1]") for XML.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from lxml import etree

from authcheck.xmlsafe import XMLSyntaxError, parse_xml
from authcheck.readers.base import PlanReadError

__all__ = ["FHIR_NS", "MAX_DEPTH", "FhirDocument", "Path", "each", "load_fhir", "looks_like_fhir"]

FHIR_NS = "http://hl7.org/fhir"
XHTML_NS = "http://www.w3.org/1999/xhtml"
MAX_DEPTH = 100
"""Deepest nesting of objects/arrays (JSON) or elements (XML) accepted; real FHIR stays far below."""

Path = tuple[str | int, ...]


def each(obj: Any, key: str, path: Path) -> Iterator[tuple[Any, Path]]:
    """Every value of `obj[key]` with its path, whether the element is a list or a single value."""
    if not isinstance(obj, dict):
        return
    value = obj.get(key)
    if isinstance(value, list):
        for index, item in enumerate(value):
            if item is not None:
                yield item, (*path, key, index)
    elif value is not None:
        yield value, (*path, key)


@dataclass
class FhirDocument:
    """A parsed FHIR file: the root resource as dicts, and how to point back into the file."""

    root: dict[str, Any]
    format: Literal["json", "xml"]
    xml_root: Any = None
    _children: dict[int, dict[str, list[Any]]] = field(default_factory=dict, repr=False)

    def pointer(self, path: Path) -> str:
        """A JSON pointer (JSON) or an XPath (XML) to the element at `path`."""
        if self.format == "json":
            return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path) if path else ""
        return _xpath(self.xml_root, path, self._named_children)

    def _named_children(self, element: Any) -> dict[str, list[Any]]:
        """An element's child elements by local name (cached: pointers into big bundles stay cheap)."""
        key = id(element)
        if key not in self._children:
            named: dict[str, list[Any]] = {}
            for child in _children(element):
                named.setdefault(_local(child) or "", []).append(child)
            self._children[key] = named
        return self._children[key]


# --------------------------------------------------------------------------- sniffing


_XML_ROOT = re.compile(rb"\s*<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)(\s[^>]*)?/?>", re.DOTALL)
_XML_SKIP = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)", re.DOTALL)


def looks_like_fhir(head: bytes) -> bool:
    """True for JSON with a top-level "resourceType" string, or XML whose root is in the FHIR namespace."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"{"):
        return _json_has_resource_type(text)
    if text.startswith(b"<"):
        return _xml_root_is_fhir(text)
    return False


def _json_has_resource_type(text: bytes) -> bool:
    """Scan the (possibly truncated) head for a "resourceType" key at the top level of the object."""
    try:
        decoded = text.decode("utf-8", errors="ignore")
    except Exception:  # noqa: BLE001 - never fail a sniff
        return False
    depth = 0
    i = 0
    n = len(decoded)
    while i < n:
        ch = decoded[i]
        if ch == '"':
            end = i + 1
            while end < n and decoded[end] != '"':
                end += 2 if decoded[end] == "\\" else 1
            if end >= n:
                return False
            if depth == 1:
                rest = decoded[end + 1 : end + 40].lstrip()
                if rest.startswith(":") and decoded[i + 1 : end] == "resourceType":
                    return bool(re.match(r':\s*"[A-Z][A-Za-z]+"', rest))
            i = end + 1
            continue
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth <= 0:
                return False
        i += 1
    return False


def _xml_root_is_fhir(text: bytes) -> bool:
    pos = 0
    while True:
        skipped = _XML_SKIP.match(text, pos)
        if not skipped or skipped.end() == pos:
            break
        pos = skipped.end()
    match = _XML_ROOT.match(text, pos)
    if not match:
        return False
    prefix = (match.group(1) or b"")[:-1]
    attrs = match.group(3) or b""
    name = b"xmlns:" + prefix if prefix else b"xmlns"
    ns = re.search(rb"\s" + re.escape(name) + rb"\s*=\s*[\"']([^\"']*)[\"']", attrs)
    return bool(ns) and ns.group(1).rstrip(b"/") == FHIR_NS.encode()


# --------------------------------------------------------------------------- loading


def load_fhir(data: bytes, path: str) -> FhirDocument:
    """Parse FHIR JSON or XML; raise PlanReadError with a one-line reason for anything unusable."""
    text = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<"):
        return _load_xml(data, path)
    return _load_json(data, path)


def _load_json(data: bytes, path: str) -> FhirDocument:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PlanReadError(path, f"FHIR JSON is not UTF-8 text (byte {exc.start})") from exc
    try:
        root = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        hint = ""
        if exc.msg == "Extra data" and exc.colno == 1:
            hint = " (one resource per line, as in FHIR NDJSON bulk data: give a Bundle or a CarePlan)"
        message = f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}{hint}"
        raise PlanReadError(path, message) from exc
    except _NotANumber as exc:
        raise PlanReadError(path, _constant_error(text, str(exc))) from exc
    except RecursionError as exc:
        raise PlanReadError(path, f"FHIR JSON is nested more than {MAX_DEPTH} levels deep") from exc
    _check_depth(root, path)
    if not isinstance(root, dict):
        raise PlanReadError(
            path, "FHIR JSON must be an object with a resourceType, not a " + type(root).__name__
        )
    return FhirDocument(root=root, format="json")


class _NotANumber(ValueError):
    """NaN or Infinity: Python's json accepts them, JSON (and FHIR) does not."""


def _no_constant(name: str) -> Any:
    raise _NotANumber(name)


def _constant_error(text: str, name: str) -> str:
    match = re.search(r"[:\[,]\s*(" + re.escape(name) + r")\b", text)
    if not match:
        return f"not valid JSON: {name} is not a JSON number"
    start = match.start(1)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return f"not valid JSON at line {line}, column {column}: {name} is not a JSON number"


def _check_depth(root: Any, path: str) -> None:
    stack: list[tuple[Any, int]] = [(root, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise PlanReadError(path, f"FHIR JSON is nested more than {MAX_DEPTH} levels deep")
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value if isinstance(v, (dict, list)))


def _load_xml(data: bytes, path: str) -> FhirDocument:
    try:
        root = parse_xml(data)
    except XMLSyntaxError as exc:
        line = f" at line {exc.lineno}" if getattr(exc, "lineno", None) else ""
        msg = str(exc.msg if hasattr(exc, "msg") else exc).split(", line")[0]
        raise PlanReadError(path, f"not well-formed XML{line}: {msg}") from exc
    except ValueError as exc:
        raise PlanReadError(path, str(exc)) from exc
    if etree.QName(root).namespace != FHIR_NS:
        raise PlanReadError(
            path, f"XML root <{etree.QName(root).localname}> is not in the FHIR namespace {FHIR_NS}"
        )
    return FhirDocument(root=_xml_resource(root, 1, path), format="xml", xml_root=root)


def _local(element: Any) -> str | None:
    tag = element.tag
    if not isinstance(tag, str):  # comments and processing instructions
        return None
    return tag.rsplit("}", 1)[-1]


def _children(element: Any) -> list[Any]:
    return [c for c in element if isinstance(c.tag, str)]


def _xml_resource(element: Any, depth: int, path: str) -> dict[str, Any]:
    result = _xml_element(element, depth, path)
    if not isinstance(result, dict):
        result = {}
    result["resourceType"] = _local(element)
    return result


def _xml_element(element: Any, depth: int, path: str) -> Any:
    """Convert one FHIR XML element to the JSON shape (primitives give their value attribute)."""
    if depth > MAX_DEPTH:
        raise PlanReadError(path, f"FHIR XML is nested more than {MAX_DEPTH} levels deep")
    children = _children(element)
    if "value" in element.attrib:
        return element.attrib["value"]
    if etree.QName(element).namespace == XHTML_NS:
        return etree.tostring(element, encoding="unicode", with_tail=False)
    if len(children) == 1 and (_local(children[0]) or "a")[:1].isupper():
        return _xml_resource(children[0], depth + 1, path)
    result: dict[str, Any] = {}
    for key in ("id", "url"):
        if key in element.attrib:
            result[key] = element.attrib[key]
    for child in children:
        name = _local(child)
        if name is None:
            continue
        value = _xml_element(child, depth + 1, path)
        if name in result and name not in ("id", "url"):
            existing = result[name]
            if isinstance(existing, list):
                existing.append(value)
            else:
                result[name] = [existing, value]
        else:
            result[name] = value
    if not result and not children:
        return None
    return result


def _xpath(root: Any, path: Path, named: Callable[[Any], dict[str, list[Any]]]) -> str:
    """An XPath (no prefixes, 1-based positions) to the element the path names."""
    element = root
    parts = [f"/{_local(root)}"]
    i = 0
    while i < len(path) and element is not None:
        key = path[i]
        if isinstance(key, int):
            i += 1
            continue
        same = named(element).get(key, [])
        index = path[i + 1] if i + 1 < len(path) and isinstance(path[i + 1], int) else None
        if not same:
            parts.append(f"/{key}")
            break
        position = index if index is not None and index < len(same) else 0
        chosen = same[position]
        parts.append(f"/{key}[{position + 1}]" if len(same) > 1 else f"/{key}")
        element = chosen
        inner = _children(element)
        if len(inner) == 1 and "value" not in element.attrib and (_local(inner[0]) or "a")[:1].isupper():
            element = inner[0]
            parts.append(f"/{_local(element)}")
        i += 2 if index is not None else 1
    return "".join(parts)
