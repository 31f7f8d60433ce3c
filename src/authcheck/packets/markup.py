"""The small line-based markup packet templates render to, and its parser.

One line is one block:

    # Heading 1            ## Heading 2            ### Heading 3
    - bullet item          -- indented bullet item
    | cell | cell |        (consecutive rows are one table; a |---| row after the first marks it a header)
    > note                 (a boxed call-out, used for warnings)
    ::: pagebreak          (starts a new page)
    any other text         (a paragraph; blank lines are ignored)

Inline: **bold**, !!alert!! (bold red, used for missing values), and a backslash escapes the next
character. Values substituted into templates are escaped automatically (see `escape`), so text
from a plan can never start a heading or a table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Block", "Run", "escape", "parse_inline", "parse_markup", "plain_text"]

_SPECIAL = re.compile(r"([\\*!|#>:\-])")
_SPACES = re.compile(r"\s+")


def escape(text: str) -> str:
    """Make `text` literal in markup: one line (whitespace runs become one space), markup characters escaped."""
    return _SPECIAL.sub(r"\\\1", _SPACES.sub(" ", str(text)))


@dataclass(frozen=True)
class Run:
    """A stretch of text with one style."""

    text: str
    bold: bool = False
    alert: bool = False


BlockKind = Literal["heading", "paragraph", "bullet", "note", "table", "pagebreak"]


@dataclass
class Block:
    """One block of the document."""

    kind: BlockKind
    runs: list[Run] = field(default_factory=list)
    level: int = 1
    rows: list[list[list[Run]]] = field(default_factory=list)
    header: bool = False


def parse_inline(text: str) -> list[Run]:
    """Split a line into runs: **bold**, !!alert!!, backslash escapes."""
    runs: list[Run] = []
    buffer: list[str] = []
    bold = alert = False

    def flush() -> None:
        if buffer:
            runs.append(Run("".join(buffer), bold=bold or alert, alert=alert))
            buffer.clear()

    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            buffer.append(text[i + 1])
            i += 2
            continue
        if text.startswith("**", i):
            flush()
            bold = not bold
            i += 2
            continue
        if text.startswith("!!", i):
            flush()
            alert = not alert
            i += 2
            continue
        buffer.append(ch)
        i += 1
    flush()
    return runs


def _split_cells(line: str) -> list[str]:
    """Cells of a `| a | b |` row, honouring escaped pipes."""
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    cells, current, i = [], [], 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            current.append(body[i:i + 2])
            i += 2
            continue
        if body[i] == "|":
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(body[i])
        i += 1
    cells.append("".join(current).strip())
    return cells


_RULE_ROW = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def parse_markup(text: str) -> list[Block]:
    """The blocks of a rendered template."""
    blocks: list[Block] = []
    for raw in text.splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            continue
        if stripped == "::: pagebreak":
            blocks.append(Block("pagebreak"))
            continue
        if stripped.startswith("|"):
            table = blocks[-1] if blocks and blocks[-1].kind == "table" else None
            if _RULE_ROW.match(stripped):
                if table is not None and len(table.rows) == 1:
                    table.header = True
                continue
            row = [parse_inline(cell) for cell in _split_cells(stripped)]
            if table is None:
                blocks.append(Block("table", rows=[row]))
            else:
                table.rows.append(row)
            continue
        heading = re.match(r"^(#{1,3})\s+(.*)$", stripped)
        if heading:
            blocks.append(Block("heading", parse_inline(heading.group(2)), level=len(heading.group(1))))
        elif stripped.startswith("-- "):
            blocks.append(Block("bullet", parse_inline(stripped[3:]), level=2))
        elif stripped.startswith("- "):
            blocks.append(Block("bullet", parse_inline(stripped[2:]), level=1))
        elif stripped.startswith("> "):
            blocks.append(Block("note", parse_inline(stripped[2:])))
        else:
            blocks.append(Block("paragraph", parse_inline(stripped)))
    return blocks


def plain_text(blocks: list[Block]) -> str:
    """The text of the blocks, one line per paragraph and per table row (cells joined by " | ")."""
    lines: list[str] = []
    for block in blocks:
        if block.kind == "table":
            lines += [" | ".join("".join(r.text for r in cell) for cell in row) for row in block.rows]
        elif block.kind != "pagebreak":
            lines.append("".join(r.text for r in block.runs))
    return "\n".join(lines)
