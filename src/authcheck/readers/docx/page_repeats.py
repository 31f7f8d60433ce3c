"""Page headers typed into the body: a scanned or PDF-converted document keeps each printed page's running header
as body text, so the practice's letterhead line ("Westbrook Occupational Therapy, PLLC    Fax (555) 014-7720") and
the client line come back at the top of every page, in the middle of a list of services or goals.

A paragraph that repeats, word for word, one of the lines that open the document, and stands at the top of a page
(within a few lines after a page's end: a stray page number such as "- 2 -" or "Page 2 of 3", a page or section
break) is the page's header printed again: it is dropped, its first appearance is read as usual.

A faxed plan scanned back to text carries the fax machine's transmission line on every page ("FROM: 555-0133
TO: UTILIZATION REVIEW 555-0187  02/18/2026 10:05  PAGE 1/2") and the receiver's stamp ("RECEIVED FEB 19 2026"):
the date of sending or receipt, not a date of the plan ("TO: ... 02/18/2026" is no period's end). Both are dropped
with the page numbers and mark a page's end.
"""

from __future__ import annotations

import re

from authcheck.readers.docx.blocks import Block, Para

from authcheck.parsing.dates import ANY_DATE_TEXT

__all__ = ["PAGE_MARK", "blank_page_end", "drop_page_numbers", "drop_repeated_page_headers", "is_fax_stamp"]

# the lines that open the document, among which a page header is
_TOP_LINES = 4
# how many lines into a page its header may run
_HEADER_DEPTH = 3
# a page header line has some length ("Page 2" itself is not one)
_MIN_LENGTH = 12
_PAGE_NUMBER = re.compile(
    r"[\s\-–—=*_.|]*(?:(?:page|pg\.?|p\.)\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?[\s\-–—=*_.|]*",
    re.IGNORECASE,
)
# a printed page number left in the body by a converter ("Page 2 of 3", "— Page 2 —", "Pg. 4/6"): no content
PAGE_MARK = re.compile(r"[\s\-—–=*_.|]*(?:page|pg\.?)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?[\s\-—–=*_.|]*", re.IGNORECASE)
# a fax transmission line: the time of sending, a page count, and the sending date or a fax's own words
_CLOCK = re.compile(r"(?<![\d:/.])\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?(?![\d:])", re.IGNORECASE)
_FAX_PAGE = re.compile(
    r"\b(?:page|pg\.?|p\.)\s*:?\s*#?\s*(?P<n>\d{1,3})(?:\s*(?:/|of)\s*(?P<total>\d{1,3}))?(?!\d)"
    r"|(?<![\d/])(?P<padded>0\d{2}/0?\d{2})(?![\d/])",  # "001/002", as many fax machines count pages
    re.IGNORECASE,
)
_FAX_WORD = re.compile(r"\b(?:from|to)\s*:|\b(?:fax|facsimile|faxed|rcvd)\b|->", re.IGNORECASE)
# the only labels a transmission line writes; another ("MBI:", "Patient:") makes it a print's banner of the client
_LABEL = re.compile(r"([A-Za-z][A-Za-z'#.]*)\s*:(?!\d)")
_FAX_LABELS = frozenset({"from", "to", "fax", "page", "pg", "date", "time", "sent", "tx", "rx", "re", "attn", "cc"})
_ANY_DATE = re.compile(ANY_DATE_TEXT)
_FAX_LINE_MAX = 160
# a receiver's stamp alone on its line: "RECEIVED FEB 19 2026", "Rec'd 2/19/26 10:14", "RECEIVED BY UR MAR 04 2026"
_RECEIVED_STAMP = re.compile(
    rf"\s*(?:received|rec'?d|rcvd)(?:\s+(?:by|at)\s+[A-Z][A-Z.&/ ]{{0,30}}?)?\s*:?\s*(?:{ANY_DATE_TEXT})"
    r"(?:\s*,?\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*",
    re.IGNORECASE,
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_BREAKS = (f"{{{_W}}}br", f"{{{_W}}}sectPr", f"{{{_W}}}lastRenderedPageBreak")


def is_fax_stamp(text: str) -> bool:
    """True for a fax transmission line or a receiver's RECEIVED stamp (see the module's docstring).

    A transmission line has a clock time and a page count, and two of: the date, a fax's words ("FROM:", "TO:",
    "FAX"), the page count of a total ("1/2", "1 of 2", "001/002"). A line of the plan with a time and a page
    ("Session 1 at 10:00, see page 2") has neither of the last two and stays.
    """
    line = " ".join(text.split())
    if not line or len(line) > _FAX_LINE_MAX:
        return False
    if _RECEIVED_STAMP.fullmatch(line):
        return True
    page = _FAX_PAGE.search(line)
    if page is None or _CLOCK.search(line) is None:
        return False
    if any(label.lower().rstrip(".") not in _FAX_LABELS for label in _LABEL.findall(line)):
        return False  # "MBI: 6TN2-GE8-QK05 • Printed 04/01/2026 10:02 • Page 1 of 2": an EHR print's banner
    marks = (
        _ANY_DATE.search(line) is not None,
        _FAX_WORD.search(line) is not None,
        bool(page.group("total") or page.group("padded")),
    )
    return sum(marks) >= 2


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _ends_page(para: Para) -> bool:
    """A stray page number, a page break or the end of a section (its page)."""
    if para.box is None and (_PAGE_NUMBER.fullmatch(para.text.strip() or "x") or is_fax_stamp(para.text)):
        return True
    for el in para.element.iter(*_BREAKS):
        if el.tag != _BREAKS[0] or el.get(f"{{{_W}}}type") == "page":
            return True
    return False


def blank_page_end(para: Para) -> bool:
    """True for a paragraph with no text that ends a page: a page break (a converter's "next page") or the end of
    a section, as a PDF converted to Word leaves between two printed pages."""
    if para.text.strip() or para.box is not None:
        return False
    for el in para.element.iter(*_BREAKS):
        if el.tag != _BREAKS[0] or el.get(f"{{{_W}}}type") == "page":
            return True
    return False


def drop_repeated_page_headers(blocks: list[Block]) -> list[Block]:
    """The blocks without the page headers printed again at the top of later pages (see the module's docstring)."""
    top: set[str] = set()
    opening = 0
    for block in blocks:
        if not isinstance(block, Para):
            break
        if is_fax_stamp(block.text):
            continue  # the fax machine's line above the letterhead is no line of it
        if block.text.strip():
            top.add(_key(block.text))
            # "Bright Steps Behavior Services<br/>Applied Behavior Analysis": a letterhead of lines kept with hard
            # breaks comes back on later pages one line a paragraph; each of its lines is a line of the header
            top.update(_key(line) for line in block.text.split("\n") if line.strip())
            opening += 1
            if opening >= _TOP_LINES:
                break
    top = {key for key in top if len(key) >= _MIN_LENGTH}
    if not top:
        return blocks
    out: list[Block] = []
    seen: set[str] = set()
    into_page: int | None = None  # lines read since the last page's end (None before any)
    for block in blocks:
        if isinstance(block, Para):
            key = _key(block.text)
            if key in top and key in seen and into_page is not None and into_page < _HEADER_DEPTH:
                continue  # the running header at the top of a later page
            if key in top:
                seen.add(key)
                seen.update(_key(line) for line in block.text.split("\n") if line.strip())
            if _ends_page(block):
                into_page = 0
                out.append(block)
                continue
            if key and into_page is not None:
                into_page += 1
        elif into_page is not None:
            into_page += 1
        out.append(block)
    return out


def drop_page_numbers(blocks: list[Block]) -> tuple[list[Block], set[int]]:
    """The blocks without the body paragraphs that only hold a printed page number ("Page 2 of 3") or a fax's
    transmission line or RECEIVED stamp, and the indices
    of those paragraphs. Read after drop_repeated_page_headers (which finds a page's top by them) and before the
    lines are joined into tables and sentences: a page's end cuts a typed table or a sentence in two, and the two
    halves are one. The builder counts the dropped paragraphs as empty ones (a signer's block may run over them)."""
    kept: list[Block] = []
    dropped: set[int] = set()
    for block in blocks:
        if (
            isinstance(block, Para)
            and block.box is None
            and not block.extra
            and (PAGE_MARK.fullmatch(block.text) or is_fax_stamp(block.text))
        ):
            if block.index is not None:
                dropped.add(block.index)
            continue
        kept.append(block)
    return kept, dropped
