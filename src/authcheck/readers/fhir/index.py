"""Every resource in a FHIR file (bundle entries, nested bundles, contained resources) and reference lookup.

References resolve the ways R4 allows inside one file: "urn:uuid:..." and absolute URLs against the
entries' fullUrl, "Type/id" (and a URL ending in Type/id, a versioned "/_history/n" dropped) against
the entries' type and id, and "#id" against the resources contained in the referring resource.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from authcheck.readers.fhir.doc import Path, each

__all__ = ["Res", "ResourceIndex"]

_MAX_BUNDLE_NESTING = 4
_TYPE_ID = re.compile(r"(?:^|/)([A-Z][A-Za-z]+)/([A-Za-z0-9\-.]{1,64})$")


@dataclass(eq=False)
class Res:
    """One resource: its data, its path in the file, the resource containing it (for contained ones)."""

    data: dict[str, Any]
    path: Path
    container: Res | None = None
    full_url: str | None = None
    entry_index: int | None = None
    contained: dict[str, Res] = field(default_factory=dict)

    @property
    def type(self) -> str:
        """The resourceType."""
        return str(self.data.get("resourceType") or "")

    @property
    def id(self) -> str | None:
        """The logical id, when given."""
        value = self.data.get("id")
        return str(value) if value is not None else None

    def at(self, *keys: str | int) -> Path:
        """The path of an element inside this resource."""
        return (*self.path, *keys)

    def label(self) -> str:
        """ "CarePlan/abc" (or just the type when there is no id), for messages."""
        return f"{self.type}/{self.id}" if self.id else self.type


class ResourceIndex:
    """All resources of a FHIR document, in file order, with lookup by reference."""

    def __init__(self, root: dict[str, Any]) -> None:
        self.root = Res(root, ())
        self.resources: list[Res] = []
        self._by_url: dict[str, Res] = {}
        self._by_type_id: dict[tuple[str, str], Res] = {}
        self._add(self.root, nesting=0)

    def _add(self, res: Res, nesting: int) -> None:
        self.resources.append(res)
        if res.full_url:
            self._by_url.setdefault(_strip_history(res.full_url), res)
        if res.container is None and res.id and res.type:
            self._by_type_id.setdefault((res.type, res.id), res)
        for item, path in each(res.data, "contained", res.path):
            if isinstance(item, dict) and item.get("resourceType"):
                child = Res(item, path, container=res)
                if child.id:
                    res.contained.setdefault(child.id, child)
                self.resources.append(child)
        if res.type == "Bundle" and nesting < _MAX_BUNDLE_NESTING:
            for position, (entry, path) in enumerate(each(res.data, "entry", res.path)):
                if not isinstance(entry, dict):
                    continue
                resource = entry.get("resource")
                if not isinstance(resource, dict) or not resource.get("resourceType"):
                    continue
                if _search_mode(entry) == "outcome":
                    continue
                full_url = entry.get("fullUrl") if isinstance(entry.get("fullUrl"), str) else None
                index = path[-1] if isinstance(path[-1], int) else position
                self._add(
                    Res(resource, (*path, "resource"), full_url=full_url, entry_index=index), nesting + 1
                )

    def of_type(self, *types: str, contained: bool = True) -> list[Res]:
        """Resources of the given types in file order (the root Bundle itself excluded)."""
        return [r for r in self.resources if r.type in types and (contained or r.container is None)]

    def resolve(self, ref: Any, origin: Res | None) -> Res | None:
        """The resource a Reference (dict) or reference string points at, or None."""
        if isinstance(ref, dict):
            ref = ref.get("reference")
        if not isinstance(ref, str) or not ref.strip():
            return None
        ref = ref.strip()
        if ref.startswith("#"):
            holder = origin
            while holder is not None and holder.container is not None:
                holder = holder.container
            if holder is None:
                return None
            if ref == "#":
                return holder
            return holder.contained.get(ref[1:])
        ref = _strip_history(ref)
        if ref in self._by_url:
            return self._by_url[ref]
        match = _TYPE_ID.search(ref)
        if match:
            return self._by_type_id.get((match.group(1), match.group(2)))
        return None

    def resolve_all(self, refs: Iterable[Any], origin: Res | None) -> list[Res]:
        """Resolved targets of several references, without repeats, in order."""
        found: list[Res] = []
        for ref in refs:
            target = self.resolve(ref, origin)
            if target is not None and target not in found:
                found.append(target)
        return found

    def refers_to(self, ref: Any, origin: Res | None, target: Res) -> bool:
        """True when the reference resolves to `target`."""
        return self.resolve(ref, origin) is target


def _strip_history(ref: str) -> str:
    return re.sub(r"/_history/[^/]+$", "", ref)


def _search_mode(entry: dict[str, Any]) -> str | None:
    search = entry.get("search")
    if isinstance(search, dict) and isinstance(search.get("mode"), str):
        return search["mode"]
    return None
