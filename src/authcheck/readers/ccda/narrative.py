"""The human-readable part of a section (<text>) as a list of items: list items, table rows, paragraphs.

Used when a section has no usable entries. Each item keeps the element it came from (for pointers),
the heading it sits under ("Goals:", a table caption), table cells by column role, and nested list
items as children.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from authcheck.readers.ccda.xml import children, flatten_lines, flatten_text, is_v3, local

__all__ = ["Cell", "NarrativeItem", "column_role", "narrative_items", "row_item"]


@dataclass
class Cell:
    """One table cell: its header, text and element."""

    header: str | None
    text: str | None
    element: etree._Element


@dataclass
class NarrativeItem:
    """A list item, table row or paragraph of a section narrative."""

    text: str
    element: etree._Element
    heading: str | None = None
    cells: dict[str, Cell] = field(default_factory=dict)
    children: list[NarrativeItem] = field(default_factory=list)
    loose: bool = False  # a paragraph next to lists or tables: prose, not one of the listed items

    def cell(self, role: str) -> Cell | None:
        """The cell whose column plays `role` ("statement", "date", "frequency", ...)."""
        return self.cells.get(role)


_ROLES: list[tuple[str, str]] = [
    (
        "target_date",
        r"target\s*date|due\s*date|goal\s*date|target\s*completion|achieve\s*by|by\s*when|expected\s*(?:completion|date)",
    ),
    ("baseline", r"baseline|current\s*(?:level|status)"),
    ("target", r"^target$|target\s*(?:level|value)|^value$|expected\s*outcome|desired"),
    ("code", r"\bcode\b|\bcpt\b|\bhcpcs\b|\bicd"),
    ("frequency", r"frequen|how\s*often"),
    ("duration", r"duration|how\s*long|length\s*of\s*(?:treatment|service)"),
    ("amount", r"amount|minutes|session\s*length|\bunits?\b"),
    ("status", r"status"),
    ("responsible", r"responsib|staff|provider|clinician|therapist|by\s*whom"),
    ("date", r"date|onset|effective|start|time"),
    (
        "statement",
        (
            r"goal|objective|intervention|service|procedure|activit|treatment|problem|concern|diagnos|condition"
            r"|description|name|item|plan|instruction|modality|need|issue|outcome"
        ),
    ),
]


def column_role(header: str | None) -> str | None:
    """The role a column header names, or None."""
    if not header:
        return None
    low = header.lower()
    for role, pattern in _ROLES:
        if re.search(pattern, low):
            return role
    return None


def _own_text(item: etree._Element) -> str | None:
    """An item's text without the text of nested lists and tables."""
    copy = etree.fromstring(etree.tostring(item))
    for nested in [
        d for d in copy.iter() if isinstance(d.tag, str) and local(d) in ("list", "table") and d is not copy
    ]:
        parent = nested.getparent()
        if parent is not None:
            tail = nested.tail
            parent.remove(nested)
            if tail:
                prev = parent[-1] if len(parent) else None
                if prev is not None:
                    prev.tail = (prev.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
    return flatten_text(copy)


def _list_items(lst: etree._Element, heading: str | None) -> list[NarrativeItem]:
    items = []
    caption = children(lst, "caption")
    if caption:
        heading = flatten_text(caption[0]) or heading
    for item in children(lst, "item"):
        text = _own_text(item)
        nested = [n for n in item.iterdescendants() if is_v3(n) and local(n) == "list"]
        subs: list[NarrativeItem] = []
        for sub in nested:
            if sub.getparent() is not None and _nearest_item(sub) is item:
                subs.extend(_list_items(sub, None))
        if text or subs:
            items.append(NarrativeItem(text=text or "", element=item, heading=heading, children=subs))
    return items


def _nearest_item(el: etree._Element) -> etree._Element | None:
    parent = el.getparent()
    while parent is not None and local(parent) != "item":
        parent = parent.getparent()
    return parent


def _table_items(table: etree._Element, heading: str | None) -> list[NarrativeItem]:
    caption = children(table, "caption")
    if caption:
        heading = flatten_text(caption[0]) or heading
    rows = [r for r in table.iterdescendants() if is_v3(r) and local(r) == "tr"]
    rows = [r for r in rows if _owning_table(r) is table]
    headers: list[str | None] = []
    body = []
    for row in rows:
        cells = children(row, "th", "td")
        if cells and not headers and all(local(c) == "th" for c in cells):
            headers = [flatten_text(c) for c in cells]
            continue
        body.append(row)
    items = []
    for row in body:
        cells = children(row, "th", "td")
        texts = [flatten_text(c) for c in cells]
        if not any(texts):
            continue
        item = NarrativeItem(text=" | ".join(t for t in texts if t), element=row, heading=heading)
        for index, cell in enumerate(cells):
            header = headers[index] if index < len(headers) else None
            role = column_role(header)
            if role and role not in item.cells:
                item.cells[role] = Cell(header=header, text=texts[index], element=cell)
        if "statement" not in item.cells and cells:
            # Without a recognised description column, the first column states the item.
            first_free = next(
                (
                    i
                    for i, c in enumerate(cells)
                    if column_role(headers[i] if i < len(headers) else None) is None
                ),
                0,
            )
            item.cells["statement"] = Cell(
                header=headers[first_free] if first_free < len(headers) else None,
                text=texts[first_free],
                element=cells[first_free],
            )
        items.append(item)
    return items


def row_item(row: etree._Element | None) -> NarrativeItem | None:
    """The table row an entry refers to (<reference value="#goal1"/> on a <tr>), with its cells by column role;
    None when `row` is not a body row of a table."""
    if row is None or not isinstance(row.tag, str) or local(row) != "tr":
        return None
    table = _owning_table(row)
    if table is None:
        return None
    return next((item for item in _table_items(table, None) if item.element is row), None)


def _owning_table(row: etree._Element) -> etree._Element | None:
    parent = row.getparent()
    while parent is not None and local(parent) != "table":
        parent = parent.getparent()
    return parent


_HEADING_MAX = 80


def narrative_items(text_el: etree._Element | None) -> list[NarrativeItem]:
    """The items a section narrative states, in order. Lists and tables win over loose paragraphs."""
    if text_el is None:
        return []
    items: list[NarrativeItem] = []
    paragraphs: list[NarrativeItem] = []
    heading: str | None = None

    def walk(node: etree._Element) -> None:
        nonlocal heading
        for sub in children(node):
            name = local(sub)
            if name == "list":
                items.extend(_list_items(sub, heading))
                heading = None
            elif name == "table":
                items.extend(_table_items(sub, heading))
                heading = None
            elif any(local(d) in ("list", "table") for d in sub.iterdescendants() if is_v3(d)):
                walk(sub)
            elif name in ("paragraph", "content", "caption", "footnote"):
                text = flatten_text(sub)
                if not text:
                    continue
                paragraphs.append(NarrativeItem(text=text, element=sub, heading=heading))
                if len(text) <= _HEADING_MAX and (
                    text.endswith(":") or "bold" in (sub.get("styleCode") or "").lower()
                ):
                    heading = text.rstrip(":").strip()

    walk(text_el)
    items = [i for i in items if re.search(r"\w", i.text) or i.children]
    paragraphs = [p for p in paragraphs if re.search(r"\w", p.text)]
    if items:
        for para in paragraphs:
            if not (para.text.endswith(":") and len(para.text) <= _HEADING_MAX):
                para.loose = True
                items.append(para)
        return items
    if paragraphs:
        # Loose paragraphs: a heading line ("Goals:") labels the lines after it rather than being one.
        result = []
        for para in paragraphs:
            if para.text.endswith(":") and len(para.text) <= _HEADING_MAX:
                continue
            result.append(para)
        return result
    return [
        NarrativeItem(text=line, element=text_el)
        for line in flatten_lines(text_el)
        if not line.endswith(":") and re.search(r"\w", line)
    ]
