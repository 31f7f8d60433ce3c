"""The body of a Word document as a flat sequence of paragraphs and tables, indexed in reading order.

Indexes are in reading order: a body paragraph's `index` is its position among the body's paragraphs, a table's
`index` its position among the body's tables, a cell's `col` its position in `table.rows[r].cells` (horizontally
merged cells count once per grid column they span, as python-docx does). Paragraphs and tables wrapped in a
body-level content control (`w:sdt`, as form templates wrap their fields and tables) count in that order too, so
the reader sees them next to their neighbours as Word shows them; they are marked `wrapped`, because python-docx's
`Document.paragraphs` and `Document.tables` do not list them. `renumber_for_python_docx` turns the indexes of a
plan read from these blocks into python-docx's (None for the wrapped ones), which is what findings point to.

Text follows what Word shows: runs inside hyperlinks, fields, smart tags and insertions count;
deleted text and field codes do not; tabs become "\t" and line breaks "\n". Text boxes are not part
of their anchor paragraph's text. Boxes anchored in an empty body paragraph stand for body text (a PDF converter
puts each block of a page in a floating box): each of their paragraphs follows the anchor as a `Para` of its own
(`box` numbers the box; `index` is the anchor's), read like the same text in the body. A box beside a paragraph's
own text is a side note: its lines are kept in that paragraph's `extra`; a box in a table cell adds its lines to
the cell.
Word writes each text box twice, a drawing and a VML fallback copy for older readers: the copy is not read again.
Word features whose shown text is not stored as text are read as Word shows them: a legacy check box form field as
"☒" or "☐" (its state is in the field's data), a legacy drop-down as its chosen entry, a list label with a word in it
("Problem %1:") before its paragraph's text; a content control still showing its placeholder prompt ("Click or tap to
enter a date.") reads empty; a footnote or endnote is read where it is referred to, its lines after the text of the
paragraph (or in the cell) holding its reference mark; a mail-merge field never merged ("«Client_Name»") reads empty.
Tracked insertions count and deletions do not (changes read as accepted; a paragraph whose mark was deleted runs on
into the next); comments are no part of the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from lxml import etree

from authcheck.parsing.dates import ANY_DATE_TEXT
from authcheck.xmlsafe import XMLSyntaxError, parse_xml

__all__ = ["Block", "Cell", "Para", "Row", "StyleSheet", "Table", "note_lines", "page_lines", "read_body"]

W_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"

# Wingdings / Symbol code points Word uses for check boxes, mapped to Unicode boxes.
_SYMBOLS = {
    "F0FE": "☒",
    "F078": "☒",
    "F0FD": "☒",
    "F0FC": "☑",
    "F0A8": "☐",
    "F06F": "☐",
    "F071": "☐",
    "F0A1": "☐",
    # a symbol inserted by its Unicode code point (a check box symbol from "Segoe UI Symbol" or "MS Gothic")
    "2610": "☐",
    "2611": "☑",
    "2612": "☒",
}
_KNOWN_HEADING_IDS = {f"heading{n}": n for n in range(1, 10)} | {"title": 0}
_PLAIN_STYLE_IDS = {
    "normal",
    "listparagraph",
    "nospacing",
    "bodytext",
    "tablegrid",
    "listbullet",
    "listnumber",
    "listbullet2",
    "listnumber2",
    "listbullet3",
    "listnumber3",
    "subtitle",
    "bodytext2",
    "body",
}


class Names:
    """Clark-notation tag names for one WordprocessingML namespace (transitional or strict)."""

    def __init__(self, ns: str) -> None:
        self.ns = ns
        for local in (
            "body",
            "p",
            "r",
            "t",
            "tab",
            "br",
            "cr",
            "noBreakHyphen",
            "softHyphen",
            "sym",
            "ptab",
            "tbl",
            "tr",
            "tc",
            "tcPr",
            "gridSpan",
            "vMerge",
            "sdt",
            "sdtContent",
            "customXml",
            "pPr",
            "pStyle",
            "rPr",
            "rStyle",
            "b",
            "bCs",
            "caps",
            "strike",
            "dstrike",
            "numPr",
            "ilvl",
            "numId",
            "outlineLvl",
            "ind",
            "txbxContent",
            "hyperlink",
            "ins",
            "smartTag",
            "fldSimple",
            "drawing",
            "pict",
            "del",
            "moveFrom",
            "style",
            "name",
            "basedOn",
            "val",
            "styleId",
            "left",
            "start",
            "char",
            "font",
            "checkBox",
            "checked",
            "default",
            "ddList",
            "listEntry",
            "result",
            "fldChar",
            "footnoteReference",
            "endnoteReference",
            "footnote",
            "endnote",
            "id",
            "type",
            "sdtPr",
            "showingPlcHdr",
            "abstractNum",
            "abstractNumId",
            "num",
            "lvl",
            "lvlText",
            "numFmt",
            "lvlOverride",
            "startOverride",
            "instrText",
            "instr",
            "i",
            "color",
        ):
            setattr(self, local, f"{{{ns}}}{local}")


# a dot leader between a label and its value ("Date of birth ........ 7/2/48", "Patient . . . . . Ana Ruiz",
# "Member ID…………A123"): four dots or more (three are an ellipsis in prose), read as the label's colon
_LEADER = re.compile(r"(?<=[^\s.·…])[ \t]*(?:(?:[.·][ \t]?){4,}|…{2,})[ \t]*(?=[^\s.·…])")


# a short leader between a label and its colon, the rest of a column padded with dots ("Date of Birth .: 05/12/1949",
# "Client ...: Ana Ruiz" in an EHR banner pasted as text)
_SHORT_LEADER = re.compile(r"(?<=[A-Za-z)]) +[.·]{1,3}(?=:)")


def dot_leaders(text: str) -> str:
    """`text` with each dot leader that has words on both sides turned into ": " (or a space after a colon)."""
    if ".:" in text:
        text = _SHORT_LEADER.sub("", text)
    if "...." not in text and ". . . ." not in text and "……" not in text and "····" not in text:
        return text
    def colon(m: re.Match[str]) -> str:
        if text.startswith(":", m.end()):
            return ""  # "CIN.........: 90514278B": the colon is written after the leader
        return " " if text[: m.start()].endswith(":") else ": "

    return _LEADER.sub(colon, text)


_TAB_AFTER_LABEL = re.compile(r"(?<=[^\s:]):[ ]*\t+")


def tabs_after_labels(text: str) -> str:
    """`text` with the tabs after a label's colon turned into one space ("Client:<TAB>Ana Ruiz" reads as "Client: Ana
    Ruiz"): a tab there aligns the value, it does not start a column. Kept when nothing follows before the next tab
    or line, or when what follows is a label alone ("Signature:<TAB>Date:<TAB>...", a header of labels)."""
    if ":" not in text or "\t" not in text:
        return text
    pieces = [p.strip() for p in re.split(r"[\t\n]+", text) if p.strip()]
    if len(pieces) >= 2 and all(p.endswith(":") and len(p.split()) <= 6 for p in pieces):
        return text  # "MBI:<TAB>Evaluation date / start of care:": a row of labels over the row of their values

    def space(m: re.Match[str]) -> str:
        piece = re.split(r"[\t\n]", text[m.end() :], maxsplit=1)[0].strip()
        label_only = piece.endswith(":") and len(piece.split()) <= 3
        return ": " if piece and not label_only else m.group()

    return _TAB_AFTER_LABEL.sub(space, text)


def line_text(raw: str) -> str:
    """A paragraph's or cell line's text as the reader reads it: no-break spaces as spaces (text copied from a web
    page or an EHR screen keeps them), invisible characters and spaces at a line's end dropped, a space after a
    label's colon that has none, two spaces after a sentence's full stop as one (a typist's habit, no column gap),
    dot leaders and tabs after labels evened out."""
    if "\u00a0" in raw or "\u202f" in raw:
        raw = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if not raw.isascii():
        raw = raw.translate(_INVISIBLE)  # zero-width spaces and joiners, soft hyphens, byte-order marks
    if raw.endswith((" ", "\t")) or " \n" in raw or "\t\n" in raw:
        raw = _TRAILING_SPACE.sub("", raw)  # spaces and tabs typed at a line's end show nothing
    if ":" in raw:
        raw = _COLON_NO_SPACE.sub(": ", raw)  # "DOB:06/05/1938", "Client:Ana Ruiz" (not "10:30", "http://")
    if ".  " in raw or "?  " in raw or "!  " in raw:
        raw = _TWO_SPACES_AFTER_STOP.sub(" ", raw)
    if "::" in raw or ".." in raw:
        raw = stray_label_marks(raw)
    if _SLIP_HINT.search(raw):
        raw = corrected_slips(raw)
    return tabs_after_labels(dot_leaders(raw))


# a label closed by a doubled colon ("Goals::", "Freq:: 2x wk") or by two dots where the colon would be ("Pt..
# Alejandro Sandoval    DOB.. 3/3/1951", "Initial eval + tx.. 2/2/26"): a short label opening the line or a column
# (after a wide gap or a tab), its value opening with a capital or a digit (an ellipsis in prose, "ok.. will call",
# is left alone)
_DOUBLE_COLON = re.compile(r"(?<=[A-Za-z)\]#.])::+(?=\s|$)")
_DOTS_AS_COLON = re.compile(
    r"(?:^|(?<=\s\s)|(?<=\t))(?P<label>[A-Za-z][\w'’/+&()#-]*(?: [\w'’/+&()#-]+){0,4}?)\.\.(?=[ \t]+[A-Z0-9])"
)


def stray_label_marks(text: str) -> str:
    """`text` with a label's doubled colon or two dots read as its colon (see `_DOTS_AS_COLON`)."""
    if "::" in text:
        text = _DOUBLE_COLON.sub(":", text)
    if ".." in text and "..." not in text:
        text = _DOTS_AS_COLON.sub(lambda m: m.group("label") + ":", text)
    return text


# a slip typed over rather than deleted: "F43.8? no -- F32.1", "dob 8-8-40? no 08-08-1940", "by 9/30/25 - no,
# updated: 6/1/26", "target 12/31/2025 - updated to 6/30/26", "Date of plan 2/16/2026 (was 01/02/2025 - updated)",
# "DOS 08/01/2023 (old - ignore)"
_SLIP_HINT = re.compile(r"\?\s*no\b|\b(?:updated|changed|corrected|revised)\b|\(\s*(?:was|old)\b", re.I)
_NO_MARK = re.compile(r"\?\s*no\b\s*(?:[-–—,:;]+\s*)?", re.I)
_DATE_UPDATED = re.compile(
    rf"(?P<old>{ANY_DATE_TEXT})\s*[-–—,;]?\s*(?:no,?\s*)?(?:updated|changed|corrected|revised)\s*(?:to\b|:)?\s*"
    rf"(?={ANY_DATE_TEXT})",
    re.I,
)
_WAS_DATE = re.compile(
    rf"\s*\(\s*was\s+{ANY_DATE_TEXT}\s*(?:[-–—,;]\s*(?:updated|changed|corrected|revised)\s*)?\)", re.I
)
_OLD_DATE = re.compile(rf"{ANY_DATE_TEXT}\s*(?=\(\s*old\b)", re.I)


def corrected_slips(text: str) -> str:
    """`text` with the slips its writer corrected in words taken out, the correction kept: "F43.8? no -- F32.1 MDD"
    -> "F32.1 MDD", "by 9/30/25 - no, updated: 6/1/26" -> "by 6/1/26", "J. Lee PTA? no - J. Lee, PT" -> "J. Lee, PT".
    A "? no" is taken as a correction only when what follows replaces what precedes: a value of the same kind (both
    with digits), or the same words typed again; otherwise ("NMES 97014? no - not using") the line stays whole."""
    for _ in range(3):
        mark = _NO_MARK.search(text)
        if mark is None:
            break
        before, after = text[: mark.start()], text[mark.end() :]
        old = re.search(r"\S+$", before)
        new = re.match(r"\S+", after)
        if old is None or new is None:
            break
        first = new.group().strip(",.;")
        again = [m for m in re.finditer(rf"(?<!\S){re.escape(first)}(?![\w])", before)] if first else []
        if again and len(before[again[-1].start() :].split()) <= 6:
            text = before[: again[-1].start()] + after  # the same words typed again, the slip with them
        elif any(c.isdigit() for c in old.group()) and any(c.isdigit() for c in new.group()):
            text = before[: old.start()] + after  # one code or date for another
        else:
            break
    text = _DATE_UPDATED.sub("", text)
    text = _WAS_DATE.sub("", text)
    return _OLD_DATE.sub("", text)


# characters that show nothing: a web page's or web EHR's zero-width spaces and joiners, soft hyphens, a BOM
_INVISIBLE = {ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"}
_TRAILING_SPACE = re.compile(r"[ \t]+(?=\n|$)")
# a label's colon with no space before its value (after a word, or after a number when a word follows): a word, a
# number, a bracket, a quote, a check box, a blank's underscores, "/s/" (not "http://", "C:\\", "urn:oid:")
_COLON_NO_SPACE = re.compile(
    r"(?<=[A-Za-z)\]#]):(?=[A-Za-z0-9(\[_\"'\u2018\u201c\u2610\u2611\u2612\u25a1\u25a0]|/(?!/))|(?<=\d):(?=[A-Za-z])"
)
# two spaces (no more) between a sentence that ends on a lower-case word (not an abbreviation such as "Pt." or
# "Dr.": three lower-case letters at least) and the next sentence's capital
_TWO_SPACES_AFTER_STOP = re.compile(r"(?:(?<=[a-z]{3}[.!?])|(?<=\)[.!?]))  (?=[A-Z][a-z])")


def _on(el: etree._Element | None, n: Names) -> bool | None:
    """A WordprocessingML on/off property: None when absent, else its value."""
    if el is None:
        return None
    return el.get(n.val, "true").lower() not in ("0", "false", "off", "none")


# what is left of a line once its struck text is taken out when that is only a note on it: "(changed 01/26/2026)",
# a bare dash or arrow
_ONLY_NOTE = re.compile(r"[\s\-–—→>:;,.*]*(?:[(\[][^()\[\]]*[)\]][\s.;,]*)?")


def _struck(rpr: etree._Element, n: Names) -> bool | None:
    """Whether run properties set strike-through (single or double): None when they set neither."""
    values = [v for v in (_on(rpr.find(n.strike), n), _on(rpr.find(n.dstrike), n)) if v is not None]
    return any(values) if values else None


@dataclass
class _Style:
    name: str
    based_on: str | None
    heading: int | None
    bold: bool | None
    caps: bool | None
    numbered: bool
    strike: bool | None = None


class StyleSheet:
    """Paragraph/character style facts (name, heading level, bold, caps), read from styles.xml on demand.

    Built-in style ids (Heading1, Title, Normal, ...) are recognised without reading styles.xml, which
    is often larger than the document itself.
    """

    def __init__(self, load: Callable[[], bytes | None], names: Names) -> None:
        self._load_data = load
        self._n = names
        self._styles: dict[str, _Style] | None = None
        self._data: bytes | None = None
        self._data_read = False

    def _raw(self) -> bytes | None:
        if not self._data_read:
            self._data, self._data_read = self._load_data(), True
        return self._data

    def may_caps(self) -> bool:
        """True when some style may draw its text in capitals (styles.xml names w:caps; not parsed here)."""
        data = self._raw()
        return bool(data) and (b"caps " in data or b"caps/" in data)  # type: ignore[operator]

    def may_strike(self) -> bool:
        """True when some style may draw its text struck through (styles.xml names strike; not parsed here)."""
        data = self._raw()
        return bool(data) and b"strike" in data  # type: ignore[operator]

    def _load(self) -> dict[str, _Style]:
        if self._styles is not None:
            return self._styles
        styles: dict[str, _Style] = {}
        data = self._raw()
        if data:
            try:
                root = parse_xml(data)
            except (XMLSyntaxError, ValueError):
                root = None
            n = self._n
            for st in [] if root is None else root.iter(n.style):
                sid = st.get(n.styleId)
                if not sid:
                    continue
                name_el = st.find(n.name)
                name = (name_el.get(n.val, "") if name_el is not None else sid).strip().lower()
                based = st.find(n.basedOn)
                ppr = st.find(n.pPr)
                rpr = st.find(n.rPr)
                outline = ppr.find(n.outlineLvl) if ppr is not None else None
                heading = None
                m = re.fullmatch(r"heading\s*([1-9])", name)
                if m:
                    heading = int(m.group(1))
                elif name == "title":
                    heading = 0
                elif (
                    outline is not None
                    and (outline.get(n.val) or "").isdigit()
                    and int(outline.get(n.val)) < 9
                ):
                    heading = int(outline.get(n.val)) + 1
                styles[sid] = _Style(
                    name=name,
                    based_on=based.get(n.val) if based is not None else None,
                    heading=heading,
                    bold=_on(rpr.find(n.b), n) if rpr is not None else None,
                    caps=_on(rpr.find(n.caps), n) if rpr is not None else None,
                    numbered=ppr is not None and ppr.find(n.numPr) is not None,
                    strike=_struck(rpr, n) if rpr is not None else None,
                )
        self._styles = styles
        return styles

    def _chain(self, sid: str | None) -> list[_Style]:
        chain: list[_Style] = []
        styles = self._load()
        seen: set[str] = set()
        while sid and sid not in seen and len(chain) < 20:
            seen.add(sid)
            style = styles.get(sid)
            if style is None:
                break
            chain.append(style)
            sid = style.based_on
        return chain

    def heading_level(self, sid: str | None) -> int | None:
        """Heading level of a paragraph style: 0 for Title, 1-9 for Heading 1-9 (or their descendants)."""
        if not sid:
            return None
        key = sid.lower()
        if key in _KNOWN_HEADING_IDS:
            return _KNOWN_HEADING_IDS[key]
        if key in _PLAIN_STYLE_IDS:
            return None
        for style in self._chain(sid):
            if style.heading is not None:
                return style.heading
        return None

    def prop(self, sid: str | None, which: str) -> bool | None:
        """A run property (`bold`, `caps` or `strike`) inherited from a style, or None when no style sets it."""
        if not sid or sid.lower() in _PLAIN_STYLE_IDS or sid.lower() in _KNOWN_HEADING_IDS:
            return None
        for style in self._chain(sid):
            value = getattr(style, which)
            if value is not None:
                return value
        return None

    def numbered(self, sid: str | None) -> bool:
        """True when the style itself applies list numbering."""
        if not sid or sid.lower() in _PLAIN_STYLE_IDS:
            return bool(sid) and sid.lower().startswith(("listbullet", "listnumber"))
        return any(style.numbered for style in self._chain(sid))


@dataclass
class Para:
    """A paragraph: its text, reading-order index (see the module docstring) and layout facts."""

    text: str
    index: int | None
    element: etree._Element = field(repr=False)
    names: Names = field(repr=False)
    styles: StyleSheet = field(repr=False)
    extra: list[str] = field(default_factory=list)
    # the text box this paragraph is in (numbered in document order), None for the body's own paragraphs
    box: int | None = None
    # in a body-level content control: `index` counts it in reading order, python-docx does not list it
    wrapped: bool = False
    # set by the body walk, which sees these rare elements anyway (no per-paragraph lookups)
    style_id: str | None = None
    outline: int | None = None
    ilvl: int | None = None
    num_id: str | None = None

    @cached_property
    def _ppr(self) -> etree._Element | None:
        return self.element.find(self.names.pPr)

    @property
    def heading(self) -> int | None:
        """0 for a Title, 1-9 for headings (style or outline level), else None."""
        if self.outline is not None and self.outline < 9:
            return self.outline + 1
        if self.style_id is None:
            return None
        return self.styles.heading_level(self.style_id)

    @property
    def list_level(self) -> int | None:
        """The list level (0-based) when Word numbering or a bullet applies, else None."""
        if self.ilvl is not None or self.num_id is not None:
            return None if self.num_id == "0" else (self.ilvl or 0)
        if self.style_id is not None and self.styles.numbered(self.style_id):
            sid = self.style_id.lower()
            return int(sid[-1]) - 1 if sid[-1:].isdigit() else 0
        return None

    @cached_property
    def indent(self) -> int:
        """Left indent in twips (0 when none is set on the paragraph)."""
        ppr = self._ppr
        if ppr is None:
            return 0
        ind = ppr.find(self.names.ind)
        if ind is None:
            return 0
        value = ind.get(self.names.left) or ind.get(self.names.start) or "0"
        try:
            return int(float(value))
        except ValueError:
            return 0

    def _runs_have(self, which: str) -> bool:
        n = self.names
        tag = n.b if which == "bold" else n.caps
        style_default = self.styles.prop(self.style_id, which)
        seen_text = False
        for run in self.element.iter(n.r):
            text = "".join(t.text or "" for t in run.iter(n.t))
            if not text.strip():
                continue
            seen_text = True
            rpr = run.find(n.rPr)
            value = None
            if rpr is not None:
                value = _on(rpr.find(tag), n)
                if value is None:
                    rstyle = rpr.find(n.rStyle)
                    if rstyle is not None:
                        value = self.styles.prop(rstyle.get(n.val), which)
            if value is None:
                value = style_default
            if not value:
                return False
        return seen_text

    @cached_property
    def bold(self) -> bool:
        """True when every run that shows text is bold (directly, by character style or paragraph style)."""
        return self._runs_have("bold")

    @cached_property
    def caps(self) -> bool:
        """True when every run with text is formatted as All Caps."""
        return self._runs_have("caps")

    @cached_property
    def look(self) -> tuple[object, ...]:
        """How the paragraph's first run with text is dressed (paragraph style, then the run's bold, italic,
        underline, caps, small caps, size, colour, font and highlight as written): two headings with the same look
        are headings of one rank."""
        n = self.names
        for run in self.element.iter(n.r):
            if not "".join(t.text or "" for t in run.iter(n.t)).strip():
                continue
            rpr = run.find(n.rPr)
            dress: list[object] = [self.style_id, self.bold, self.caps]
            for local in ("i", "u", "smallCaps", "sz", "color", "rFonts", "highlight", "rStyle"):
                el = rpr.find(f"{{{n.ns}}}{local}") if rpr is not None else None
                dress.append(None if el is None else tuple(sorted(el.attrib.items())))
            return tuple(dress)
        return (self.style_id,)


@dataclass
class Cell:
    """A table cell: its python-docx column index and its lines (paragraphs, nested tables flattened)."""

    col: int
    lines: list[str]
    merged_from_above: bool = False

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass
class Row:
    index: int
    cells: list[Cell]


@dataclass
class Table:
    """A table with its reading-order index (None when it is not a Word table of the body)."""

    index: int | None
    rows: list[Row]
    wrapped: bool = False  # in a body-level content control (see Para.wrapped)
    # the document's table this one turns, rows for columns (docx.tables.transpose_goal_columns): a cell's row index
    # is the document's column, and its `col` the document's row (docx.renumber.turn_back_locations undoes it)
    turned_from: Table | None = None

    def distinct_cells(self, title_row: int | None = None) -> Iterator[tuple[Row, Cell]]:
        """Each cell of the rows below `title_row`, once: a cell merged from above is skipped, and a cell merged
        across columns (its columns share one list of lines) is given once."""
        start = title_row + 1 if title_row is not None else 0
        for row in self.rows[start:]:
            seen: set[int] = set()
            for cell in row.cells:
                if cell.merged_from_above or id(cell.lines) in seen:
                    continue
                seen.add(id(cell.lines))
                yield row, cell


Block = Para | Table


class _Walker:
    """One pass over the body in document order; lxml's filtered `iter` keeps the Python work per element small."""

    def __init__(self, names: Names, styles: StyleSheet) -> None:
        self.n = names
        self.styles = styles
        self.box_places: dict[int, tuple[str, float, float] | None] = {}  # id(box paragraphs) -> _box_place
        # ("footnote" | "endnote", note id) -> the note's lines
        self.notes: Mapping[tuple[str, str], list[str]] = {}
        self.list_labels: ListLabels | None = None  # the document's worded list labels ("Problem %1:"), if any

    def box_paras(self, boxes: list[list[etree._Element]], index: int | None, number: int) -> list[Para]:
        """The paragraphs of the boxes anchored in one empty paragraph, numbered from `number` + 1. One-line boxes
        placed side by side on one line of the page (a label box beside its value box, a row of a form) read across
        as one line, their texts joined by tabs like a table row's cells."""
        out: list[Para] = []
        i = 0
        while i < len(boxes):
            place = self.box_places.get(id(boxes[i]))
            j = i + 1
            if place is not None and len(boxes[i]) == 1:
                while j < len(boxes) and len(boxes[j]) == 1 and _same_line(place, self.box_places.get(id(boxes[j]))):
                    j += 1
            number += 1
            if j - i >= 2:
                row = sorted(boxes[i:j], key=lambda box: self.box_places[id(box)][2])  # type: ignore[index]
                para = self.box_para(row[0][0], index, number)
                para.text = "\t".join(_label_value_pairs([self.box_para(box[0], index, number) for box in row]))
                out.append(para)
            else:
                out.extend(self.box_para(p, index, number) for p in boxes[i])
            i = j
        return out

    def prune(self, body: etree._Element) -> dict[etree._Element, list[list[str]]]:
        """Take text boxes, deletions and moved-away text out of the tree; return the paragraphs with text of each
        text box (one list a box, in document order) by host paragraph."""
        n = self.n
        extras: dict[etree._Element, list[list[etree._Element]]] = {}
        mc_alt = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
        for box in list(body.iter(n.txbxContent)):
            if box.getparent() is None or _fallback_copy(box, n):
                continue
            host = box.getparent()
            while host is not None and host.tag != n.p:
                host = host.getparent()
            # a box's own paragraphs (a box drawn inside it is a box of its own)
            paras = [p for p in box.iter(n.p) if _nearest_box(p, n) is box and self.plain_text(p).strip()]
            if host is not None and paras:
                extras.setdefault(host, []).append(paras)
                self.box_places[id(paras)] = _box_place(box)
        _join_deleted_marks(body, n)
        self._drop_struck_runs(body)
        for tag in (mc_alt, n.drawing, n.pict, getattr(n, "del"), n.moveFrom):
            for el in list(body.iter(tag)):
                parent = el.getparent()
                if parent is not None:
                    parent.remove(el)
        _unmerged_fields(body, n)
        _placeholders(body, n)
        return extras

    def _drop_struck_runs(self, body: etree._Element) -> None:
        """Take out the text of runs drawn struck through (`w:strike`, `w:dstrike`, directly or by character or
        paragraph style): the superseded wording a revised plan keeps visible ("~~Twice weekly~~ Weekly"), no plan
        content, like a tracked deletion. A run that sets strike off (`w:val="0"`/"false") keeps its text."""
        n = self.n
        for p in list(body.iter(n.p)):
            ppr = p.find(n.pPr)
            pstyle = ppr.find(n.pStyle) if ppr is not None else None
            style_strike = self.styles.prop(pstyle.get(n.val), "strike") if pstyle is not None else None
            struck = False
            for run in list(p.iter(n.r)):
                rpr = run.find(n.rPr)
                value = _struck(rpr, n) if rpr is not None else None
                if value is None and rpr is not None and rpr.find(n.rStyle) is not None:
                    value = self.styles.prop(rpr.find(n.rStyle).get(n.val), "strike")
                if value is None:
                    value = style_strike
                if value and any((t.text or "").strip() for t in run.iter(n.t)):
                    struck = True
                    for t in run.iter(n.t):
                        t.text = ""
            if struck and _ONLY_NOTE.fullmatch(self.plain_text(p)):
                # "~~F33.1 Major depressive disorder~~ (changed 01/26/2026)": the note on the struck text goes with it
                for t in p.iter(n.t):
                    t.text = ""

    def box_para(self, p: etree._Element, index: int | None, box: int) -> Para:
        """A paragraph of a text box, with the layout facts the body walk reads for body paragraphs."""
        n = self.n
        para = Para(text=self.plain_text(p), index=index, element=p, names=n, styles=self.styles, box=box)
        para.extra = self.note_refs(p)
        ppr = p.find(n.pPr)
        if ppr is not None:
            style = ppr.find(n.pStyle)
            para.style_id = style.get(n.val) if style is not None else None
            outline = ppr.find(n.outlineLvl)
            if outline is not None and (outline.get(n.val) or "").isdigit():
                para.outline = int(outline.get(n.val))
            num = ppr.find(n.numPr)
            if num is not None:
                for tag, attr in ((n.ilvl, "ilvl"), (n.numId, "num_id")):
                    el = num.find(tag)
                    value = el.get(n.val) if el is not None else None
                    if value and value.isdigit():
                        setattr(para, attr, int(value) if attr == "ilvl" else value)
        return para

    def worded_labels(self, body: etree._Element) -> dict[etree._Element, str]:
        """The worded list label of each numbered paragraph of the body that has one, counted in document order."""
        lists = self.list_labels
        if lists is None or not lists.worded():
            return {}
        n = self.n
        out: dict[etree._Element, str] = {}
        for ppr in body.iter(n.pPr):
            num = ppr.find(n.numPr)
            p = ppr.getparent()
            if num is None or p is None or p.tag != n.p:
                continue
            num_id, ilvl = num.find(n.numId), num.find(n.ilvl)
            label = lists.label(
                num_id.get(n.val) or "" if num_id is not None else "",
                _int(ilvl.get(n.val), 0) if ilvl is not None else 0,
            )
            if label:
                out[p] = label
        return out

    def note_refs(self, p: etree._Element) -> list[str]:
        """The lines of the footnotes and endnotes a paragraph outside the body's flow (a text box's) refers to."""
        if not self.notes:
            return []
        n = self.n
        return [
            line
            for ref in p.iter(n.footnoteReference, n.endnoteReference)
            for line in self.notes.get(
                ("footnote" if ref.tag == n.footnoteReference else "endnote", ref.get(n.id) or ""), ()
            )
        ]

    def show_caps(self, body: etree._Element) -> None:
        """Text formatted All Caps (w:caps, directly, by character style or by paragraph style) set in capitals,
        as Word shows it: a template that types "Clinician:" or "Diagnoses" and draws it in capitals reads as the
        "CLINICIAN:" and "DIAGNOSES" on the page. (Small caps are left as typed.)"""
        n = self.n
        paragraph_caps: dict[etree._Element, bool | None] = {}
        for run in body.iter(n.r):
            texts = run.findall(n.t)
            if not texts:
                continue
            rpr = run.find(n.rPr)
            value = _on(rpr.find(n.caps), n) if rpr is not None else None
            if value is None and rpr is not None and rpr.find(n.rStyle) is not None:
                value = self.styles.prop(rpr.find(n.rStyle).get(n.val), "caps")
            if value is None:
                p = run.getparent()
                while p is not None and p.tag != n.p:
                    p = p.getparent()
                if p is not None:
                    if p not in paragraph_caps:
                        pstyle = p.find(f"{n.pPr}/{n.pStyle}")
                        paragraph_caps[p] = self.styles.prop(pstyle.get(n.val), "caps") if pstyle is not None else None
                    value = paragraph_caps[p]
            if value:
                for t in texts:
                    if t.text:
                        t.text = t.text.upper()

    def in_block_control(self, el: etree._Element, body: etree._Element) -> bool:
        """Whether a paragraph or table below the body sits only in block-level content controls (or custom XML)."""
        n = self.n
        parent = el.getparent()
        while parent is not None and parent is not body:
            if parent.tag != n.sdtContent and parent.tag != n.sdt and parent.tag != n.customXml:
                return False
            parent = parent.getparent()
        return parent is body

    def plain_text(self, p: etree._Element) -> str:
        n = self.n
        parts: list[str] = []
        for el in p.iter(n.t, n.tab, n.ptab, n.br, n.cr, n.noBreakHyphen, n.sym, n.checkBox, n.ddList):
            parts.append(self._piece(el))
        return line_text("".join(parts))

    def _piece(self, el: etree._Element) -> str:
        n = self.n
        tag = el.tag
        if tag == n.t:
            return el.text or ""
        if tag == n.tab or tag == n.ptab:
            return "\t"
        if tag == n.br or tag == n.cr:
            return "\n"
        if tag == n.noBreakHyphen:
            return "-"
        if tag == n.checkBox:
            return _form_checkbox(el, n)
        if tag == n.ddList:
            return _form_dropdown(el, n)
        return _SYMBOLS.get((el.get(n.char) or "").upper(), "")

    def body(self, body: etree._Element, raw: bytes) -> list[Block]:
        n = self.n
        extras: dict[etree._Element, list[list[etree._Element]]] = {}
        if (
            b"txbxContent" in raw
            or b"pic:pic" in raw
            or b"imagedata" in raw
            or b"moveFrom" in raw
            or b":del " in raw
            or b"AlternateContent" in raw
            or b"showingPlcHdr" in raw
            or b"MERGEFIELD" in raw
            or b"strike" in raw
            or (b"Style" in raw and self.styles.may_strike())
        ):
            if b"pic:pic" in raw or b"imagedata" in raw:
                _mark_signature_pictures(body, n)
            extras = self.prune(body)
        if b"color" in raw and (b":i/>" in raw or b":i " in raw):
            _blank_template_instructions(body, n)
        if b"caps" in raw or (b"Style" in raw and self.styles.may_caps()):
            self.show_caps(body)
        blocks: list[Block] = []
        labels = self.worded_labels(body)
        p_label: str | None = None  # the worded list label Word draws before the current paragraph
        T, TAB, PTAB, BR, CR, P, TBL, TR, TC = n.t, n.tab, n.ptab, n.br, n.cr, n.p, n.tbl, n.tr, n.tc
        GRIDSPAN, VMERGE = n.gridSpan, n.vMerge
        body_tag, tc_tag = n.body, n.tc
        parts: list[str] = []
        lines_sink: list[str] | None = None  # where the current paragraph's text goes when it is in a cell
        current: Para | None = None
        p_count = t_count = box_count = 0
        tables: dict[etree._Element, Table] = {}
        rows: dict[etree._Element, tuple[Table, Row, list[int]]] = {}
        cells: dict[etree._Element, Cell] = {}
        last_tc: etree._Element | None = None
        top_cells: set[etree._Element] = set()

        pending_extra: list[str] = []
        pending_notes: list[str] = []  # the footnotes and endnotes the paragraph refers to, read after its text
        # lines of nested-table cells: (sink id, line index) -> (row, cell) elements, to join a nested row's cells
        nested_at: dict[tuple[int, int], tuple[etree._Element, etree._Element]] = {}
        nested_sinks: dict[int, list[str]] = {}
        nested_cell: tuple[etree._Element, etree._Element] | None = None

        def finish() -> None:
            nonlocal box_count
            if p_label is not None and "".join(parts).strip():
                parts.insert(0, p_label + " ")  # "Problem 2: Housing": the label Word's list numbering draws
            if current is not None:
                current.text = line_text("".join(parts))
                boxes = extras.get(current.element)
                if boxes and not current.text.strip():
                    # boxes on an empty paragraph stand for the body's text (a PDF converter's page of boxes)
                    box_paras = self.box_paras(boxes, current.index, box_count)
                    box_count = max([box_count] + [para.box or 0 for para in box_paras])
                    blocks.extend(box_paras)
                elif boxes:  # a box beside a paragraph's own text: a side note, its lines read after that text
                    current.extra = [line for box in boxes for p in box for line in (self.plain_text(p), *self.note_refs(p))]
                if pending_notes:
                    current.extra = current.extra + pending_notes
            elif lines_sink is not None:
                if nested_cell is not None:
                    nested_at[(id(lines_sink), len(lines_sink))] = nested_cell
                    nested_sinks[id(lines_sink)] = lines_sink
                text = line_text("".join(parts))
                if nested_cell is None and "\n" in text:
                    # a cell's lines typed with manual line breaks (Shift+Enter) are its lines, as paragraphs are
                    lines_sink.extend(text.split("\n"))
                else:
                    lines_sink.append(text)
                lines_sink.extend(pending_extra)
                lines_sink.extend(pending_notes)

        PSTYLE, OUTLINE, ILVL, NUMID = n.pStyle, n.outlineLvl, n.ilvl, n.numId
        for el in body.iter(
            T,
            TAB,
            PTAB,
            BR,
            CR,
            P,
            TBL,
            TR,
            TC,
            GRIDSPAN,
            VMERGE,
            n.noBreakHyphen,
            n.sym,
            n.checkBox,
            n.ddList,
            n.footnoteReference,
            n.endnoteReference,
            PSTYLE,
            OUTLINE,
            ILVL,
            NUMID,
        ):
            # Only w:t elements carry non-blank text, and reading .text is much cheaper than .tag:
            # this keeps the per-run cost low on large documents.
            text = el.text
            if text and not text.isspace():
                parts.append(text)
                continue
            tag = el.tag
            if tag == T:
                if text:
                    parts.append(text)
            elif tag == P:
                finish()
                parts = []
                pending_notes = []
                p_label = labels.get(el) if labels else None
                parent = el.getparent()
                while parent is not None and parent.tag != body_tag and parent.tag != tc_tag:
                    parent = parent.getparent()
                if parent is None:
                    current, lines_sink = None, []
                elif parent.tag == body_tag:
                    direct = el.getparent() is parent
                    wrapped = not direct and self.in_block_control(el, parent)
                    current = Para(
                        text="",
                        index=p_count if direct or wrapped else None,
                        element=el,
                        names=n,
                        styles=self.styles,
                        wrapped=wrapped,
                    )
                    if direct or wrapped:
                        p_count += 1
                    lines_sink = None
                    blocks.append(current)
                else:
                    current = None
                    cell = cells.get(parent)
                    lines_sink = cell.lines if cell is not None else []
                    nested_cell = (parent.getparent(), parent) if parent not in top_cells else None
                    pending_extra = [
                        line for box in extras.get(el, []) for p in box for line in (self.plain_text(p), *self.note_refs(p))
                    ]
            elif tag == TAB or tag == PTAB:
                parts.append("\t")
            elif tag == BR or tag == CR:
                parts.append("\n")
            elif tag == TC:
                tr = el.getparent()
                info = rows.get(tr)
                if info is not None:
                    table, row, next_col = info
                    cell = Cell(col=next_col[0], lines=[])
                    next_col[0] += 1
                    row.cells.append(cell)
                    cells[el] = cell
                    top_cells.add(el)
                    last_tc = el
                else:  # a cell of a nested table: its text joins the enclosing top-level cell
                    outer = tr.getparent() if tr is not None else None
                    outer = outer.getparent() if outer is not None else None
                    while outer is not None and outer.tag != tc_tag and outer.tag != body_tag:
                        outer = outer.getparent()
                    host = cells.get(outer) if outer is not None else None
                    if host is not None:
                        cells[el] = host
                    last_tc = None
            elif tag == TR:
                tbl = el.getparent()
                table = tables.get(tbl)
                if table is not None:
                    row = Row(index=len(table.rows), cells=[])
                    table.rows.append(row)
                    rows[el] = (table, row, [0])
            elif tag == TBL:
                finish()
                parts = []
                pending_notes = []
                p_label = None
                current, lines_sink = None, None
                parent = el.getparent()
                while parent is not None and parent.tag != body_tag and parent.tag != tc_tag:
                    parent = parent.getparent()
                if parent is not None and parent.tag == body_tag:
                    direct = el.getparent() is parent
                    wrapped = not direct and self.in_block_control(el, parent)
                    table = Table(index=t_count if direct or wrapped else None, rows=[], wrapped=wrapped)
                    if direct or wrapped:
                        t_count += 1
                    tables[el] = table
                    blocks.append(table)
            elif tag == PSTYLE or tag == OUTLINE or tag == ILVL or tag == NUMID:
                if current is not None:
                    ppr = el.getparent()
                    if tag == ILVL or tag == NUMID:
                        ppr = ppr.getparent() if ppr is not None else None
                    if ppr is not None and ppr.getparent() is current.element:
                        value = el.get(n.val)
                        if tag == PSTYLE:
                            current.style_id = value
                        elif value and value.isdigit():
                            if tag == OUTLINE:
                                current.outline = int(value)
                            elif tag == ILVL:
                                current.ilvl = int(value)
                            else:
                                current.num_id = value
            elif tag == n.footnoteReference or tag == n.endnoteReference:
                kind = "footnote" if tag == n.footnoteReference else "endnote"
                pending_notes.extend(self.notes.get((kind, el.get(n.id) or ""), ()))
            elif tag == GRIDSPAN or tag == VMERGE:
                tcpr = el.getparent()
                if last_tc is not None and tcpr is not None and tcpr.getparent() is last_tc:
                    table, row, next_col = rows[last_tc.getparent()]
                    if tag == GRIDSPAN:
                        try:
                            next_col[0] += max(1, int(el.get(n.val, "1"))) - 1
                        except ValueError:
                            pass
                    elif el.get(n.val, "continue") == "continue":
                        row.cells[-1].merged_from_above = True
            else:
                parts.append(self._piece(el))
        finish()
        for sink in nested_sinks.values():
            sink[:] = _join_nested_rows(sink, {i: rc for (s, i), rc in nested_at.items() if s == id(sink)})
        for block in blocks:
            if isinstance(block, Table):
                _resolve_vertical_merges(block)
        return blocks


_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _roman(value: int) -> str:
    out = ""
    for size, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while value >= size:
            out, value = out + letters, value - size
    return out


def _list_number(value: int, fmt: str) -> str:
    """A list counter as a level's number format writes it (decimal, letters, roman numerals)."""
    if fmt in ("lowerLetter", "upperLetter"):
        letter = "abcdefghijklmnopqrstuvwxyz"[(value - 1) % 26] * ((value - 1) // 26 + 1) if value > 0 else ""
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        return _roman(value).upper() if fmt == "upperRoman" else _roman(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


class ListLabels:
    """The numbers Word draws before list paragraphs, from the numbering definitions (numbering.xml): only the
    labels whose level text holds a word ("Problem %1:", "Goal %1.", "Objective %1.%2") are given, since such a
    label is what the paragraph is ("Problem 2: Housing"), while a bare "1." or a bullet is kept as the paragraph's
    list level. Counters run per list (numId) in document order, a deeper level restarting under a new item."""

    def __init__(self, data: bytes | None, names: Names) -> None:
        self.n = names
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (numFmt, lvlText, start)
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = parse_xml(data) if data else None
        except (XMLSyntaxError, ValueError):
            root = None
        if root is None:
            return
        n = names
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.iter(n.abstractNum):
            abstract[node.get(n.abstractNumId) or ""] = self._levels(node)
        for num in root.iter(n.num):
            ref = num.find(n.abstractNumId)
            levels = dict(abstract.get(ref.get(n.val) or "" if ref is not None else "", {}))
            for override in num.iterfind(n.lvlOverride):
                ilvl = _int(override.get(n.ilvl), 0)
                lvl = override.find(n.lvl)
                if lvl is not None:
                    levels.update(self._levels(override))
                start = override.find(n.startOverride)
                if start is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, _int(start.get(n.val), 1))
            self.levels[num.get(n.numId) or ""] = levels

    def _levels(self, node: etree._Element) -> dict[int, tuple[str, str, int]]:
        n = self.n
        out: dict[int, tuple[str, str, int]] = {}
        for lvl in node.iterfind(n.lvl):
            fmt, text, start = lvl.find(n.numFmt), lvl.find(n.lvlText), lvl.find(n.start)
            out[_int(lvl.get(n.ilvl), 0)] = (
                fmt.get(n.val) or "decimal" if fmt is not None else "decimal",
                text.get(n.val) or "" if text is not None else "",
                _int(start.get(n.val), 1) if start is not None else 1,
            )
        return out

    def worded(self) -> bool:
        """True when some level's text holds a word, so that labels are worth counting."""
        return any(_WORDED.search(_PLACEHOLDER.sub("", text)) for levels in self.levels.values() for _, text, _ in levels.values())

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Count one more item of list `num_id` at level `ilvl`; its label when the level's text holds a word."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return None
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl][2] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        fmt, text, _ = levels[ilvl]
        if fmt in ("bullet", "none"):
            return None
        if not _WORDED.search(_PLACEHOLDER.sub("", text)) and not self._sub_number(levels, ilvl, text):
            return None

        def number(m: re.Match[str]) -> str:
            level = int(m.group(1)) - 1
            lfmt, _, start = levels.get(level, ("decimal", "", 1))
            return _list_number(counters.get(level, start), lfmt)

        return _PLACEHOLDER.sub(number, text).strip() or None

    @staticmethod
    def _sub_number(levels: dict[int, tuple[str, str, int]], ilvl: int, text: str) -> bool:
        """True for a level numbered after its parents ("%1.%2") under a worded level of the same list ("GOAL %1."):
        "1.2" is then the second item under Goal 1, a number the reader must see to place it there; a bare
        "%1." or "%2)" and a sub-number under unworded levels stay list levels."""
        marks = [int(m) - 1 for m in _PLACEHOLDER.findall(text)]
        if len(marks) < 2 or not re.fullmatch(r"(?:%[1-9][.\-])+%[1-9]\.?", text.strip()):
            return False
        return any(
            level < ilvl and levels.get(level, ("", "", 1))[0] not in ("bullet", "none")
            and _WORDED.search(_PLACEHOLDER.sub("", levels.get(level, ("", "", 1))[1]))
            for level in marks
        )


_PLACEHOLDER = re.compile(r"%([1-9])")
_WORDED = re.compile(r"[^\W\d_]{2,}")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


_MERGE_NAME = re.compile(r"\s*«[^«»]{1,60}»\s*")


def _grey(value: str | None) -> bool:
    """A mid grey written as RRGGBB ("808080", "7F7F7F", "A6A6A6"): the colour a template gives its own prompts."""
    if not value or not re.fullmatch(r"[0-9A-Fa-f]{6}", value):
        return False
    r, g, b = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return max(r, g, b) - min(r, g, b) <= 0x18 and 0x50 <= (r + g + b) // 3 <= 0xD8


def _blank_template_instructions(body: etree._Element, n: Names) -> None:
    """Blank the paragraphs a template keeps as guidance for whoever fills it in: every run with text set in
    italics and a mid grey ("List ICD-10-CM codes. Mark the primary diagnosis.", "Each goal must have at least one
    measurable objective"). That is the look of a form's prompt, not of what a clinician writes (italics alone,
    or grey alone, stay text). A prompt that ends on a colon ("Interventions (who, what, how often):") heads what
    follows it and stays. The paragraph itself stays, so that paragraph numbering is unchanged."""
    for p in body.iter(n.p):
        runs = [r for r in p.iter(n.r) if any((t.text or "").strip() for t in r.iter(n.t))]
        if not runs or "".join(t.text or "" for r in runs for t in r.iter(n.t)).rstrip().endswith(":"):
            continue
        for run in runs:
            rpr = run.find(n.rPr)
            if rpr is None or not _on(rpr.find(n.i), n):
                break
            color = rpr.find(n.color)
            if color is None or not _grey(color.get(n.val)):
                break
        else:
            for run in runs:
                for t in run.iter(n.t):
                    t.text = ""


def _join_deleted_marks(body: etree._Element, n: Names) -> None:
    """A paragraph whose mark is a tracked deletion (`w:pPr/w:rPr/w:del`) runs on into the next paragraph once the
    changes are accepted: its content is moved to the start of that paragraph (the emptied paragraph stays, so that
    paragraph indexes still match python-docx)."""
    deleted = getattr(n, "del")
    for ppr in list(body.iter(n.pPr)):
        rpr = ppr.find(n.rPr)
        p = ppr.getparent()
        if rpr is None or rpr.find(deleted) is None or p is None or p.tag != n.p:
            continue
        following = p.getnext()
        if following is None or following.tag != n.p:
            continue
        moved = [child for child in p if child.tag != n.pPr]
        anchor = following.find(n.pPr)
        position = 0 if anchor is None else following.index(anchor) + 1
        for offset, child in enumerate(moved):
            following.insert(position + offset, child)


def _placeholders(root: etree._Element, n: Names) -> None:
    """Blank the text of each content control still showing its placeholder ("Click or tap to enter a date."):
    Word's prompt to fill the control in, no value."""
    for pr in root.iter(n.sdtPr):
        if _on(pr.find(n.showingPlcHdr), n):
            content = pr.getnext()
            while content is not None and content.tag != n.sdtContent:
                content = content.getnext()
            for t in [] if content is None else content.iter(n.t):
                t.text = ""


def _unmerged_fields(body: etree._Element, n: Names) -> None:
    """Blank the result of each mail-merge field never merged: Word shows its name in chevrons ("«Client_Name»")
    where the value will go, which is no value."""
    for simple in body.iter(n.fldSimple):
        texts = list(simple.iter(n.t))
        if "MERGEFIELD" in (simple.get(n.instr) or "").upper() and _MERGE_NAME.fullmatch("".join(t.text or "" for t in texts)):
            for t in texts:
                t.text = ""
    for code in list(body.iter(n.instrText)):
        if "MERGEFIELD" not in (code.text or "").upper():
            continue
        run = code.getparent()
        result: list[etree._Element] = []
        separated = False
        sibling = run.getnext() if run is not None else None
        while sibling is not None:
            kinds = [c.get(f"{{{n.ns}}}fldCharType") for c in sibling.iter(f"{{{n.ns}}}fldChar")]
            if "end" in kinds or "begin" in kinds:
                break
            if separated:
                result.extend(sibling.iter(n.t))
            separated = separated or "separate" in kinds
            sibling = sibling.getnext()
        if result and _MERGE_NAME.fullmatch("".join(t.text or "" for t in result)):
            for t in result:
                t.text = ""


def _form_checkbox(box: etree._Element, n: Names) -> str:
    """The box a legacy check box form field (FORMCHECKBOX) shows: its state is stored in the field's
    `w:ffData`, not as text, so "☒" when `w:checked` (or, without it, `w:default`) is on, else "☐"."""
    state = _on(box.find(n.checked), n)
    if state is None:
        default = box.find(n.default)
        state = default is not None and (default.get(n.val) or "0").strip() not in ("0", "false", "off")
    return "☒" if state else "☐"


def _form_dropdown(dd: etree._Element, n: Names) -> str:
    """The entry a legacy drop-down form field (FORMDROPDOWN) shows, from its `w:ffData` (`w:result`, else
    `w:default`, an index into its `w:listEntry` items); "" when the field also writes its result as text."""
    begin = dd.getparent()
    begin = begin.getparent() if begin is not None else None  # ffData -> fldChar
    run = begin.getparent() if begin is not None else None
    sibling = run.getnext() if run is not None else None
    while sibling is not None:
        kinds = [char.get(f"{{{n.ns}}}fldCharType") for char in sibling.iter(n.fldChar)]
        if "separate" in kinds:
            return ""
        if "end" in kinds:
            break
        sibling = sibling.getnext()
    entries = [entry.get(n.val) or "" for entry in dd.iterfind(n.listEntry)]
    for tag in (n.result, n.default):
        el = dd.find(tag)
        if el is not None and (el.get(n.val) or "").strip().isdigit():
            index = int((el.get(n.val) or "").strip())
            return entries[index] if index < len(entries) else ""
    return entries[0] if entries else ""


def _nearest_box(el: etree._Element, n: Names) -> etree._Element | None:
    parent = el.getparent()
    while parent is not None and parent.tag != n.txbxContent:
        parent = parent.getparent()
    return parent


_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_EMU_PER_PT = 12700
_VML_UNITS = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "px": 0.75, "pc": 12.0, "": 1 / _EMU_PER_PT}
_VML_LENGTH = re.compile(r"(-?\d+(?:\.\d+)?)\s*(pt|in|cm|mm|px|pc)?\s*$")
# two boxes whose tops are this close (in points) stand on one line of the page
_SAME_LINE_PT = 3.0


def _vml_length(value: str) -> float | None:
    m = _VML_LENGTH.match(value.strip())
    return float(m.group(1)) * _VML_UNITS[m.group(2) or ""] if m else None


def _box_place(box: etree._Element) -> tuple[str, float, float] | None:
    """Where a floating text box stands: (what its top is measured from, top, left) in points, from the drawing's
    anchor offsets or the VML shape's style; None for an inline box or a place given otherwise."""
    parent = box.getparent()
    while parent is not None:
        local = etree.QName(parent).localname if isinstance(parent.tag, str) else ""
        if parent.tag == f"{{{_WP}}}anchor":
            v, h = parent.find(f"{{{_WP}}}positionV"), parent.find(f"{{{_WP}}}positionH")
            top = v.find(f"{{{_WP}}}posOffset") if v is not None else None
            left = h.find(f"{{{_WP}}}posOffset") if h is not None else None
            if top is None or left is None:
                return None
            try:
                return (
                    v.get("relativeFrom", ""),  # type: ignore[union-attr]
                    int(top.text or "") / _EMU_PER_PT,
                    int(left.text or "") / _EMU_PER_PT,
                )
            except ValueError:
                return None
        if local in ("shape", "rect", "roundrect") and parent.get("style"):
            style = {
                k.strip().lower(): v.strip()
                for k, _, v in (item.partition(":") for item in parent.get("style", "").split(";"))
            }
            if style.get("position") != "absolute" or "margin-top" not in style or "margin-left" not in style:
                return None
            top, left = _vml_length(style["margin-top"]), _vml_length(style["margin-left"])
            if top is None or left is None:
                return None
            return (style.get("mso-position-vertical-relative", "paragraph"), top, left)
        if local in ("inline", "txbxContent") and parent is not box:
            return None
        parent = parent.getparent()
    return None


def _label_value_pairs(cells: list[Para]) -> list[str]:
    """The texts of a row of one-line boxes, each bold short box followed by a plain one written as "label: value"
    (a form's caption box beside its value box, as a form table's label cell beside its value cell)."""
    out: list[str] = []
    k = 0
    while k < len(cells):
        text = cells[k].text.strip()
        if (
            k + 1 < len(cells)
            and cells[k].bold
            and not cells[k + 1].bold
            and len(text.split()) <= 6
            and ":" not in text.rstrip(":")
            and not any(c.isdigit() for c in text)
        ):
            out.append(f"{text.rstrip(':').rstrip()}: {cells[k + 1].text.strip()}")
            k += 2
            continue
        out.append(text)
        k += 1
    return out


def _same_line(place: tuple[str, float, float], other: tuple[str, float, float] | None) -> bool:
    return other is not None and other[0] == place[0] and abs(other[1] - place[1]) <= _SAME_LINE_PT


_PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}pic"
_VML_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"
_SIGNING_WORD = re.compile(r"\bsign(?:ature|ed|ing)?\b|\bsig\b", re.I)
SIGNATURE_PICTURE = "[signature image]"


def _mark_signature_pictures(body: etree._Element, n: Names) -> None:
    """Write a picture where a signature goes as the text "[signature image]", which the signature readers take as
    signed: a scanned or drawn signature pasted into the "Signature" cell of a signers table, after a "Signature:"
    label, or on the line over or under a "Clinician signature" caption. Any other picture (a logo, a chart, a
    body map) stays no text, as before."""
    pictures = [el for el in body.iter(n.drawing) if next(el.iter(_PIC), None) is not None]
    pictures += [el for el in body.iter(n.pict) if next(el.iter(_VML_IMAGE), None) is not None]
    for picture in pictures:
        if next(picture.iter(n.txbxContent), None) is not None or not _where_a_signature_goes(picture, n):
            continue
        run = picture.getparent()
        if run is None:
            continue
        text = etree.Element(n.t)
        text.text = f" {SIGNATURE_PICTURE} "
        run.replace(picture, text)


def _where_a_signature_goes(picture: etree._Element, n: Names) -> bool:
    """Whether a picture sits where a signature is written: its paragraph names the act of signing, or its table
    cell's row or column header does, or (in the body) the paragraph just before or after it does."""
    para = next((a for a in picture.iterancestors(n.p)), None)
    if para is None:
        return False
    if _SIGNING_WORD.search(_para_words(para, n)):
        return True
    cell = next((a for a in para.iterancestors(n.tc)), None)
    if cell is not None:
        row = cell.getparent()
        table = row.getparent() if row is not None else None
        if row is None or table is None:
            return False
        cells = [c for c in row if c.tag == n.tc]
        row_words = " ".join(_para_words(p, n) for c in cells for p in c.iter(n.p))
        if _SIGNING_WORD.search(row_words):
            return True
        first = next((r for r in table if r.tag == n.tr), None)
        if first is None or first is row:
            return False
        header = [c for c in first if c.tag == n.tc]
        column = cells.index(cell)
        if column >= len(header):
            return False
        return bool(_SIGNING_WORD.search(" ".join(_para_words(p, n) for p in header[column].iter(n.p))))
    for near in (_next_text_para(para, n, backwards=True), _next_text_para(para, n, backwards=False)):
        if near is not None and _SIGNING_WORD.search(_para_words(near, n)):
            return True
    return False


def _para_words(para: etree._Element, n: Names) -> str:
    return "".join(t.text or "" for t in para.iter(n.t))


def _next_text_para(para: etree._Element, n: Names, *, backwards: bool) -> etree._Element | None:
    """The nearest sibling paragraph with text before (or after) `para`, at most two paragraphs away."""
    sibling = para.getprevious() if backwards else para.getnext()
    for _ in range(2):
        if sibling is None or sibling.tag != n.p:
            return None
        if _para_words(sibling, n).strip():
            return sibling
        sibling = sibling.getprevious() if backwards else sibling.getnext()
    return None


def _fallback_copy(box: etree._Element, n: Names) -> bool:
    """True for a text box in the `mc:Fallback` of an `mc:AlternateContent` whose `mc:Choice` holds a text box too:
    Word's VML copy of the drawing's text for older readers, the same text a second time. (A fallback without
    such a choice, or a VML-only box, is the only copy and is read.)"""
    parent = box.getparent()
    while parent is not None and parent.tag != f"{{{_MC}}}Fallback":
        if parent.tag == n.body:
            return False
        parent = parent.getparent()
    if parent is None:
        return False
    alternate = parent.getparent()
    if alternate is None:
        return False
    return any(
        next(choice.iter(n.txbxContent), None) is not None for choice in alternate.iterfind(f"{{{_MC}}}Choice")
    )


def _join_nested_rows(lines: list[str], where: dict[int, tuple[etree._Element, etree._Element]]) -> list[str]:
    """A table nested in a cell has its rows read as lines of that cell: a row whose cells hold one line each
    becomes one line with its cells joined by tabs ("Name\tAna Ruiz", "Attend 2 groups weekly\t4/8/2026"), as a
    row reads across; a row with a cell of several lines keeps one line a paragraph."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i not in where:
            out.append(lines[i])
            i += 1
            continue
        row = where[i][0]
        j = i
        by_cell: dict[etree._Element, list[str]] = {}
        while j < len(lines) and j in where and where[j][0] is row:
            if lines[j].strip():
                by_cell.setdefault(where[j][1], []).append(lines[j])
            j += 1
        if len(by_cell) >= 2 and all(len(texts) == 1 for texts in by_cell.values()):
            out.append("\t".join(texts[0].strip() for texts in by_cell.values()))
        else:
            out.extend(lines[i:j])
        i = j
    return out


def _resolve_vertical_merges(table: Table) -> None:
    """A cell continuing a vertical merge shows the content of the cell above it, as python-docx reports."""
    previous: dict[int, Cell] = {}
    for row in table.rows:
        current: dict[int, Cell] = {}
        for cell in row.cells:
            if cell.merged_from_above and cell.col in previous:
                cell.lines = previous[cell.col].lines
            current[cell.col] = cell
        previous = current


def page_lines(part: etree._Element) -> list[str]:
    """The non-empty paragraph texts of a page header or footer part (table cells included), in order."""
    ns = etree.QName(part).namespace or W_MAIN
    names = Names(ns)
    walker = _Walker(names, StyleSheet(lambda: None, names))
    _unmerged_fields(part, names)
    _placeholders(part, names)
    lines: list[str] = []
    for p in part.iter(names.p):
        text = walker.plain_text(p)
        if text.strip():
            lines.append(text)
    return lines


def note_lines(parts: Sequence[tuple[str, etree._Element]]) -> dict[tuple[str, str], list[str]]:
    """The text of each footnote and endnote of the footnotes and endnotes parts (("footnote" | "endnote", parsed
    part) pairs), by (kind, note id): its non-empty paragraphs, in order. Word's separator notes hold no text."""
    notes: dict[tuple[str, str], list[str]] = {}
    for kind, part in parts:
        ns = etree.QName(part).namespace or W_MAIN
        names = Names(ns)
        walker = _Walker(names, StyleSheet(lambda: None, names))
        for note in part.iter(names.footnote if kind == "footnote" else names.endnote):
            if note.get(names.type) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            lines = [text.strip() for p in note.iter(names.p) if (text := walker.plain_text(p)).strip()]
            if lines:
                notes[(kind, note.get(names.id) or "")] = lines
    return notes


def read_body(
    document: etree._Element,
    load_styles: Callable[[], bytes | None],
    raw: bytes,
    notes: Mapping[tuple[str, str], list[str]] | None = None,
    numbering: bytes | None = None,
) -> list[Block]:
    """The body's paragraphs and tables in document order.

    `raw` is the document part as bytes (used to see cheaply whether text boxes or tracked deletions
    need pruning); `load_styles` returns styles.xml when a non-built-in style must be looked up. `notes` are the
    document's footnotes and endnotes (`note_lines`): a note is read where it is referred to, its lines after the
    text of the paragraph (or in the cell) holding its reference mark, as Word prints the note for that text.
    `numbering` is numbering.xml: a list label with a word in it ("Problem %1:") is read before its paragraph's text.
    """
    ns = etree.QName(document).namespace or W_MAIN
    names = Names(ns)
    body = document.find(names.body)
    if body is None:
        return []
    walker = _Walker(names, StyleSheet(load_styles, names))
    walker.notes = notes or {}
    if numbering and b"numPr" in raw:
        walker.list_labels = ListLabels(numbering, names)
    return walker.body(body, raw)
