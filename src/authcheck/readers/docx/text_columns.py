"""Tables typed as text: a header line of column captions over value lines, the columns made with runs of spaces or
with tabs (a practice-management report opened in Word, a PDF saved as text):

    CODE    SERVICE                       AMOUNT          FREQUENCY             DURATION
    97153   Adaptive behavior treatment   10 hours per    5 days/week           6 months
            by protocol (RBT)             week

is a table of requested services, not a service named "CODE SERVICE AMOUNT FREQUENCY DURATION". Such a run of
paragraphs is handed to the table readers as a `Table` (its `index` None: it is not a Word table).

The header must be one the table readers know as a table of records (services, diagnoses, assessments:
`docx.tables.classify_table`), with three captions or more and no digits, so that prose with wide gaps is never
taken for a table. A table pasted as pipe-separated text from an EHR screen or a markdown note ("| # | ICD-10 |
Description |" over "| 1 | F33.1 | Major depressive disorder ... |", a "|---|---|" rule line skipped) has its columns
between the pipes; its captions may hold digits ("ICD-10"), every value line must have as many cells as the
header. Space-aligned value lines are cut where the header's captions start (a cut that would split a word moves
to that word's start); tabbed lines are cut at their tabs. A line with its first column empty goes on
with the row above (text wrapped inside its column) when that row fills its first column. The table ends at an empty paragraph, a heading, or a line
that does not fit the columns.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from authcheck.readers.docx.blocks import Block, Cell, Para, Row, Table
from authcheck.readers.phrases.ocr import ocr_letters
from authcheck.readers.docx.tables import classify_table
from authcheck.readers.docx.unwrap import DANGLING as _DANGLING

__all__ = ["text_tables"]

_GAP = re.compile(r"\S+(?: \S+)*")  # a run of words with single spaces: one column's text in a space layout
_RECORD_KINDS = ("services", "diagnoses", "assessments")
# how far (characters) a value may start left of its caption in a space layout
_SLACK = 2
# a line of cells between pipes: "| # | ICD-10 | Description |" (the outer pipes optional, two inner ones at least)
_PIPE_ROW = re.compile(r"^\s*\|?[^|\n]*\|[^|\n]*\|[^\n]*$")
_PIPE_RULE = re.compile(r"^[\s|:\-=+]*$")  # "|---|:---|" under a markdown header


def _pipe_cells(text: str) -> list[str] | None:
    """The cells of a line written between pipes, or None."""
    if not _PIPE_ROW.match(text):
        return None
    parts = text.strip().split("|")
    if parts and not parts[0].strip():
        parts = parts[1:]
    if parts and not parts[-1].strip():
        parts = parts[:-1]
    return [p.strip() for p in parts]


def _header(text: str) -> tuple[str, list[int], list[str]] | None:
    """("tab" | "space" | "pipe", column starts, captions) of a header line, or None."""
    if "\n" in text or len(text) > 200:
        return None
    pipes = _pipe_cells(text)
    if pipes is not None:
        if len(pipes) < 3 or any(not c or len(c.split()) > 4 for c in pipes):
            return None
        return "pipe", list(range(len(pipes))), pipes
    if "\t" in text:
        parts = text.split("\t")
        lead = 0
        while lead < len(parts) and not parts[lead].strip():
            lead += 1
        captions = [p.strip() for p in parts[lead:]]
        if any(not c for c in captions):
            return None
        starts = list(range(lead, len(parts)))
        mode = "tab"
    else:
        found = [(m.start(), m.group()) for m in _GAP.finditer(text)]  # captions set off by two spaces or more
        starts = [s for s, _ in found]
        captions = [c for _, c in found]
        mode = "space"
    captions = [ocr_letters(c) for c in captions]  # "Responsib1e": a digit OCR read for a letter inside a caption
    if len(captions) < 3 or any(any(ch.isdigit() for ch in c) or len(c.split()) > 4 for c in captions):
        return None
    return mode, starts, captions


def _cut(text: str, mode: str, starts: list[int]) -> list[str] | None:
    """The cells of a value line under the header's columns, or None when the line does not fit them."""
    if "\n" in text:
        return None
    if mode == "pipe":
        cells = _pipe_cells(text)
        return cells if cells is not None and len(cells) == len(starts) else None
    if mode == "gap":
        cells = _gap_cells(text)
        return cells if len(cells) == len(starts) else None
    if mode == "tab":
        parts = text.split("\t")
        if len(parts) > starts[-1] + 1 or len(parts) < 2:
            return None
        cells = [(parts[i].strip() if i < len(parts) else "") for i in starts]
        if any(p.strip() for p in parts[: starts[0]]):
            return None  # text left of the first column
        return cells
    if text[: max(0, starts[0] - _SLACK)].strip():
        return None
    bounds = []
    for start in starts[1:]:
        cut = min(start, len(text))
        if 0 < cut < len(text) and not text[cut - 1].isspace() and not text[cut].isspace():
            word = cut
            while word > 0 and not text[word - 1].isspace():
                word -= 1
            if cut - word > _SLACK or text[max(0, word - 2) : word] != "  ":
                return None  # a word runs across the column's edge: not text in these columns
            cut = word  # a value starting just left of its caption, set off by a gap
        if bounds and cut <= bounds[-1] and cut < len(text):
            return None
        bounds.append(cut)
    edges = [0, *bounds, len(text)]
    cells = []
    for k, (a, b) in enumerate(itertools.pairwise(edges)):
        piece = text[a:b]
        cells.append(piece.strip())
        if k and piece.strip():
            first = a + len(piece) - len(piece.lstrip())
            # a column's text starts at its caption, or is set off from the column before by a gap
            if first != starts[k] and text[max(0, first - 2) : first] != "  ":
                return None
    return cells


# the columns of a faxed or OCR'd table: runs of three spaces or more set them off, their edges no longer aligned
_WIDE_GAP = re.compile(r" {3,}|\t")


def _gap_cells(text: str) -> list[str]:
    return [p.strip() for p in _WIDE_GAP.split(text.strip())]


def _gap_header(text: str, captions: list[str], nxt: Block | None) -> bool:
    """True when a space-laid header's columns are set off by wide gaps but the line under it, with as many cells
    set off the same way, does not line up with the captions (a table that went through a fax and OCR:
    "Obj   STG   Target date   Responsible" over "1.1   neg BAC on all tests x30 days   2/26/26   Counselor")."""
    if [ocr_letters(c) for c in _gap_cells(text)] != captions or not isinstance(nxt, Para) or "\n" in nxt.text:
        return False
    return len(_gap_cells(nxt.text)) == len(captions)


def _table(rows: list[list[str]]) -> Table:
    return Table(
        index=None,
        rows=[Row(index=r, cells=[Cell(col=c, lines=[text] if text else []) for c, text in enumerate(row)])
              for r, row in enumerate(rows)],
    )


# a list item's marker at a line's start ("> CBT ...", "- ...", "• ..."): an item of its own, not wrapped text
_ITEM = re.compile(r"(?:[>\-–—•*·o]|\(?[a-z0-9]{1,2}[.)])\s")


def _continues(column: str, text: str) -> bool:
    """True when `text` goes on with a column's text the line above left open ("... 2 times per" / "week.")."""
    column = column.rstrip()
    if column.count("(") > column.count(")") and text.count(")") > text.count("(") and not _ITEM.match(text):
        return True  # "Individual psychotherapy (CBT," over "CBT-I)": a bracket cut open by the line end
    if not column or column.endswith((".", ":", "?", "!", ")", ";")) or _ITEM.match(text):
        return False
    return text[0].islower() or _DANGLING.search(column) is not None


def _caption_wrap(cells: list[str]) -> bool:
    """True when the line under a tabbed header holds only the rest of some captions, wrapped ("Target" over
    "date"): a word or two in lower case in fewer than half the columns, no digits."""
    filled = [c for c in cells if c]
    return (
        bool(filled)
        and len(filled) * 2 < len(cells)
        and all(re.fullmatch(r"[a-z][a-z/&().-]*(?: [a-z/&().-]+)?", c) for c in filled)
    )


def _cells_continue(row: list[str], cells: list[str]) -> bool:
    """True when a tabbed line only goes on with the cells of the row above, each wrapped inside its column ("Name
    common objects in" over "confrontation naming", "2 independent" over "mands per"): it leaves empty a column the
    row above fills, and each cell it fills goes on with that column's open text."""
    filled = [k for k, c in enumerate(cells) if c]
    partial = any(row[k] and not cells[k] for k in range(len(cells)))
    if not filled or not (partial or (len(filled) == 1 and filled == [k for k, c in enumerate(row) if c])):
        return False  # a line filling each column the row above fills is a row of its own, unless one column only
    # a cell left on a comma or a semicolon goes on ("... medication management," over "1x/month, 20 minutes")
    return all(row[k] and (row[k].endswith((",", ";")) or _continues(row[k], cells[k])) for k in filled)


# a cell opening with a label of its own ("Services: ...", "Strategies: ..."): a new row under a closed sentence
_LABEL_LEAD = re.compile(r"[A-Z][A-Za-z /&-]{2,30}:\s")


def _new_labelled_row(row: list[str], cells: list[str]) -> bool:
    """True when a tabbed line with its first column empty opens a labelled entry of its own under a row whose text
    it does not go on with ("... present them in group." over "Services: Individual counseling ..."): not a wrap."""
    filled = [k for k, c in enumerate(cells) if c]
    return (
        len(filled) == 1
        and _LABEL_LEAD.match(cells[filled[0]]) is not None
        and row[filled[0]].rstrip().endswith((".", ";", ")"))
    )


def join_column_wraps(blocks: list[Block]) -> list[Block]:
    """Lines laid out in columns with spaces, without a header, whose text wraps inside its column:

        1.1       Denise will drive to the grocery store alone at least 2 times per   04/06/2026
                  week.

    The second line (its first column empty, its text starting where a later column of the line above starts, and
    going on with that column's open sentence) is joined into that column of the line above."""
    out: list[Block] = []
    columns: list[list[str]] | None = None  # the columns of the last line: [start, text, gap after]
    seen: set[int] = set()  # where the last line's columns start
    for block in blocks:
        previous = out[-1] if out else None
        if (
            isinstance(block, Para)
            and isinstance(previous, Para)
            and columns is not None
            and block.heading is None
            and block.box == previous.box
            and "\t" not in block.text
            and "\n" not in block.text
            and block.text.startswith("  ")
        ):
            chunks = [(m.start(), m.group()) for m in _GAP.finditer(block.text)]
            starts = {int(c[0]): k for k, c in enumerate(columns)}
            if chunks and all(start in starts and starts[start] > 0 for start, _ in chunks) and _continues(
                columns[starts[chunks[0][0]]][1], chunks[0][1]
            ):
                for start, text in chunks:
                    column = columns[starts[start]]
                    column[1] = f"{column[1]} {text}"
                lead = " " * int(columns[0][0])  # the line's indent: its columns stay where they were
                out[-1] = dataclasses.replace(previous, text=lead + "".join(c[1] + c[2] for c in columns).rstrip())
                continue
        columns = None
        if isinstance(block, Para) and "\t" not in block.text and "\n" not in block.text:
            columns = _columns(block.text, seen)
        seen = {int(c[0]) for c in columns} if columns else set()
        out.append(block)
    return out


def _columns(text: str, seen: set[int]) -> list[list[str]] | None:
    """The columns of a line laid out with spaces ([start, text, gap after] each), or None for a line of one column.
    A column a line above started at a position where this line has a space before a word starts there too (a
    column filled to its width leaves one space before the next: "... 2 times per 04/06/2026")."""
    found = [[m.start(), m.end()] for m in _GAP.finditer(text)]
    cut: list[list[int]] = []
    for start, end in found:
        for at in sorted(s for s in seen if start < s < end and text[s - 1] == " " and not text[s].isspace()):
            cut.append([start, at - 1])
            start = at
        cut.append([start, end])
    if len(cut) < 2:
        return None
    columns = [
        [str(a), text[a:b], text[b : cut[k + 1][0]] if k + 1 < len(cut) else ""] for k, (a, b) in enumerate(cut)
    ]
    for column in columns[:-1]:  # keep at least two spaces between columns once a column grows
        column[2] = column[2] if len(column[2]) >= 2 else "  "
    return columns


def _blank_between_rows(blocks: list[Block], j: int, header: Para, mode: str, starts: list[int]) -> bool:
    """True when blocks[j] is one empty line between two rows of a table typed with tabs or bars: the line after it
    is cut into the header's columns."""
    blank, after = blocks[j], blocks[j + 1] if j + 1 < len(blocks) else None
    if not isinstance(blank, Para) or blank.text.strip() or blank.box != header.box:
        return False
    if not isinstance(after, Para) or after.heading is not None or not after.text.strip() or after.box != header.box:
        return False
    cells = _cut(after.text, mode, starts)
    # (as in the table: a row leaving its first column empty may fill one other column only)
    return cells is not None and sum(1 for c in cells if c) >= (1 if not cells[0] else 2)


def text_tables(blocks: list[Block]) -> list[Block]:
    """The blocks with each table typed as text (see the module's docstring) replaced by a `Table`, and text wrapped
    inside a column of a header-less column layout joined (`join_column_wraps`)."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        header = _header(block.text) if isinstance(block, Para) and block.heading is None else None
        if header is None:
            out.append(block)
            i += 1
            continue
        mode, starts, captions = header
        if mode == "space" and i + 1 < len(blocks) and isinstance(blocks[i + 1], Para) \
                and _cut(blocks[i + 1].text, mode, starts) is None and _gap_header(block.text, captions, blocks[i + 1]):
            mode, starts = "gap", list(range(len(captions)))
        rows: list[list[str]] = [captions]
        j = i + 1
        while j < len(blocks):
            nxt = blocks[j]
            if mode in ("tab", "pipe") and len(rows) > 1 and _blank_between_rows(blocks, j, block, mode, starts):
                j += 1  # a row, an empty line (Enter pressed twice), the next row: one table
                continue
            if not isinstance(nxt, Para) or nxt.heading is not None or not nxt.text.strip() or nxt.box != block.box:
                break
            if mode == "pipe" and j == i + 1 and _PIPE_RULE.match(nxt.text) and "-" in nxt.text:
                j += 1  # the rule line under a markdown header
                continue
            cells = _cut(nxt.text, mode, starts)
            if cells is not None and mode == "tab" and len(rows) == 1 and _caption_wrap(cells):
                rows[0] = [f"{a} {b}".strip() for a, b in zip(rows[0], cells, strict=True)]  # "Target" over "date"
                j += 1
                continue
            if cells is not None and mode == "tab" and len(rows) > 1 and _cells_continue(rows[-1], cells):
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
                j += 1
                continue
            if cells is None or sum(1 for c in cells if c) < (1 if len(rows) > 1 and not cells[0] else 2):
                break
            if mode == "tab" and len(rows) > 1 and not cells[0] and _new_labelled_row(rows[-1], cells):
                rows.append(cells)  # "Services: ..." under an objective's closed sentence: an entry of its own
            elif len(rows) > 1 and ((not cells[0] and rows[-1][0]) or not any(cells[:2])):
                # its first column empty under a row that fills it, or nothing in the first two columns that name a
                # record: the row above wraps onto this line (rows that all leave the first column empty are rows)
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells, strict=True)]
            else:
                rows.append(cells)
            j += 1
        table = _table(rows)
        # (a table whose columns no longer line up is read for goals only, each line a row of its own)
        kinds = (*_RECORD_KINDS, "goals") if mode == "tab" else ("goals",) if mode == "gap" else _RECORD_KINDS
        if len(rows) >= 2 and classify_table(table).kind in kinds and classify_table(table).header_row == 0:
            out.append(table)
            i = j
        else:
            out.append(block)
            i += 1
    return join_column_wraps(out)
