"""Join lines that were one sentence before a hard line end cut them: text pasted from an e-mail or a PDF keeps
the sender's line width, so one goal or objective arrives as two or three paragraphs:

    Obj 1a: Panic attacks will decrease from about 4 per week to
    1 or fewer per week, per his panic log.

A paragraph continues the one before it when the earlier one stops mid-sentence (no closing full stop, colon,
question mark) and the later one starts in lower case, or starts with a number right after a word that cannot
end a sentence ("... from" / "3.8 to 2.0"; "... on the" / "PHQ-9 by ..."). The earlier line must be long enough to be a wrapped line (a
short lower-case item under a short one is a list: "reduce panic" / "improve sleep"), unless it ends on such a
word. The line breaks inside one paragraph are joined by the same rule; printed page numbers ("Page 2 of 3") are
gone by then (docx.page_repeats), so a sentence cut by a page's end joins too. A line's end also cuts a labelled
fact from its sentence ("... in an activity log. Target" over "date: 05/10/2024"; "... plan. Target date:" over
"06/13/2025.") and a written date ("Target date: March 12," over "2025."): the pieces join. A word cut by a hyphen at
a line's end is one word again ("indepe-" over "ndence" is "independence"), unless its first part opens compounds
("self-" over "care" stays "self-care"). A line typed in lower case that opens a line of its own is not joined: a
label run in with a dash or a colon, an element ("obj - CIWA-B under 10 ...", "goal 2) ..."), a signer's role, name
and date ("client sig -- Wyatt Hollister 3/10/26"). Headings, Word list items and empty
paragraphs are never joined, nor a text box's paragraph to the body or
to another box; the paragraphs of one text box (a PDF converter puts each block of text in a box, one paragraph a
printed line) are joined the same way among themselves.
"""

from __future__ import annotations

import dataclasses
import re

from authcheck.model.vocab import find_credentials, normalize_signature_role
from authcheck.parsing.dates import ANY_DATE_TEXT, MONTH_NAME_TEXT
from authcheck.readers.docx.blocks import Block, Para, Table
from authcheck.readers.docx.goal_phrases import BARE_OBJ
from authcheck.readers.docx.labels import date_label_key, element_label, field_key, strip_list_marker, subfield_key
from authcheck.readers.docx.page_repeats import blank_page_end
from authcheck.readers.docx.sections import match_section

__all__ = ["DANGLING", "join_tab_row_wraps", "unwrap_cell_lines", "unwrap_paragraphs"]

# a line as long as this that stops mid-sentence was cut by the sender's line width
_WRAPPED_LENGTH = 40
# words a sentence does not end on: the line after them goes on with the same sentence
_DANGLING = re.compile(
    r"\b(?:to|from|of|and|or|but|the|a|an|with|for|by|on|in|at|into|than|per|as|about|least|most|over|under|"
    r"between|within|without|during|until|through|via|is|are|was|will|be|has|have|his|her|their|its|this|that|"
    r"these|those|each|every|no|not|y|de|del|la|el|los|las|en|con|por|para|a|al|que)$",
    re.IGNORECASE,
)
DANGLING = _DANGLING
_CLOSED = (".", ":", "?", "!", "…")
# an act's past participle ending a sentence's line, its date on the next ("... induction completed" / "06/17/2026.")
_DONE_END = re.compile(r"\b[a-z]{3,}ed$")
_DATE_START = re.compile(rf"{ANY_DATE_TEXT}(?=[\s.,;)]|$)")
# a line closing on a date ("Target: 04/09/2026") is complete; a record stamp under it is a line of its own
_ENDS_WITH_DATE = re.compile(rf"{ANY_DATE_TEXT}\s*\)?$")
_STAMP = re.compile(
    r"(?:entered|(?:last\s+)?modified|updated|created|printed|reviewed|signed|e-?signed|electronically|generated|"
    r"faxed|sent|scanned)\s+(?:by|on|via)\b",
    re.IGNORECASE,
)


# a short lower-case field label opening a line: "date: 3/9/26", "dx: F41.1 GAD"
_FIELD_LEAD = re.compile(r"(?P<label>[a-z][a-z /.-]{0,24}?)\s*:\s+\S")
# a wide gap inside a line: three spaces or more, or a tab
_WIDE_GAP = re.compile(r"(?<=\S)(?: {3,}|\t)(?=\S)")


def _gapped_fields(line: str) -> bool:
    """True when a line is pieces set apart by wide gaps, one of them holding a digit ("pt: Ana Ruiz      dob
    1/2/58"): a line of facts typed on a form, not a sentence cut by a line end."""
    pieces = _WIDE_GAP.split(line.strip())
    return len(pieces) > 1 and any(any(c.isdigit() for c in piece) for piece in pieces)


# an act's agent left for the next line: "diagnosed by", "evaluation completed by", "prepared by"
_AGENT_BY = re.compile(r"\b(?:[a-z]+ed|diagnosis|evaluation|assessment)\s+by$", re.IGNORECASE)
# a person's name and credential opening a line: "Omar Haddad, MD, ...", "Dr. Ana de la Cruz, PhD on ..."
_NAME_CREDENTIAL = re.compile(
    r"(?:Dr\.?\s+)?[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’.-]*|de|la|van|von|del|da))*?\s+[A-Z][\w'’-]+,?\s+"
    r"(?P<credential>[A-Z][A-Za-z.]*(?:[/-][A-Z][A-Za-z.]*)?)(?=[\s,;.)]|$)"
)


def _credentialed_name(tail: str) -> bool:
    """True when a line opens with a person's name and a credential ("Omar Haddad, MD, pediatrician ...")."""
    match = _NAME_CREDENTIAL.match(tail)
    return match is not None and bool(find_credentials(match.group("credential")))


# "1. Lee will ...", "(2) Sam ...", "3) Jo ...": a numbered item, not the rest of a sentence ("... from" / "3.8 to 2.0")
_NUMBERED_ITEM = re.compile(r"\(?\d{1,2}[.)]\s+[A-Z]")


_MONTH = rf"(?=[A-Z]){MONTH_NAME_TEXT}"  # a month's name written with a capital
# a date cut by the line end: "... Target date: March 12," over "2025."; "... Target date: April" over "11, 2025."
_MONTH_DAY_END = re.compile(rf"\b{_MONTH}\.?\s+\d{{1,2}},?$")
_MONTH_END = re.compile(rf"\b{_MONTH}\.?$")
_YEAR_START = re.compile(r"(?:19|20)\d{2}\b")
_DAY_YEAR_START = re.compile(r"\d{1,2},?\s+(?:19|20)\d{2}\b")
# a label left at the end of a sentence's line, its value on the next: "... relapse prevention plan. Target date:"
_LABEL_END = re.compile(r"(?:^|[.;)]\s+)(?P<label>[A-Z][A-Za-z /]{2,30}?)\s*:$")
# a value alone on its line: a date, as printed ("06/13/2025.", "March 12, 2025")
_LONE_DATE = re.compile(rf"\(?{ANY_DATE_TEXT}\)?\s*[.;]?")
# the first word of a label left at a line's end after a sentence: "... in an activity log. Target" over "date: ..."
_LABEL_WORD_END = re.compile(r"(?:^|[.;)]\s+)(?P<word>[A-Z][a-z]+)$")
_ANY_LABEL_LEAD = re.compile(r"(?P<label>[A-Za-z][A-Za-z /]{0,24}?)\s*:\s*\S")
# a word cut at the line end by a hyphen ("modified indepe-" over "ndence ...", "pref-" over "erred items")
_HYPHEN_CUT = re.compile(r"(?<![\w-])(?P<part>[A-Za-z]+)-$")
# words that open a compound whose hyphen is the word's own ("self-" over "care", "first-" over "then"): kept
_COMPOUND_HEADS = frozenset(
    "self non well co ex half all cross full high low long short mid pre post semi anti multi first second third "
    "one two three four five six seven eight nine ten follow check sit stand step sign hand eye time day week "
    "month year in out up down over under set face peer role turn age sub inter intra re de un goal task "
    "problem decision side back front left right hands mind rule once twice thrice bi tri every".split()
)


def _label_cut(head: str, tail: str) -> bool:
    """True when a line's end cuts a labelled fact from its sentence's line: the label's first word is left behind
    ("... activity log. Target" over "date: 05/10/2024"), or the whole label is and its value, a date, opens the next
    line ("... plan. Target date:" over "06/13/2025.")."""
    if head.endswith(":"):
        end = _LABEL_END.search(head)
        if end is None or end.start() == 0 or not _LONE_DATE.fullmatch(tail):
            return False
        label = end.group("label")
        return subfield_key(label) is not None or field_key(label) not in (None, "other")
    if ":" not in tail[:30] or not head[-1:].isalpha():
        return False
    word = _LABEL_WORD_END.search(head)
    lead = _ANY_LABEL_LEAD.match(tail) if word is not None and word.start() > 0 else None
    if word is None or lead is None:
        return False
    label = f"{word.group('word')} {lead.group('label')}"
    return subfield_key(label) is not None or field_key(label) not in (None, "other")


_LAST_CLAUSE = re.compile(r"(?:^|[;,]\s+)(?P<words>[A-Za-z][A-Za-z -]{1,30})$")


def _dated_fact_end(head: str) -> bool:
    """True when a line ends on the name of a dated fact, its own clause of a list ("...; authorization ...; next
    review"), the date left for the next line."""
    clause = _LAST_CLAUSE.search(head)
    if clause is None:
        return False
    words = clause.group("words").split()
    return 0 < len(words) <= 3 and (
        date_label_key(" ".join(words)) is not None or subfield_key(" ".join(words)) == "target_date"
    )


def _date_cut(head: str, tail: str) -> bool:
    """True when the line's end cuts a written date: "March 12," over "2025.", "April" over "11, 2025."."""
    if not tail[:1].isdigit():
        return False
    if _MONTH_DAY_END.search(head):
        return _YEAR_START.match(tail) is not None
    return _MONTH_END.search(head) is not None and _DAY_YEAR_START.match(tail) is not None


def _glue(head: str, tail: str) -> str:
    """Two pieces of one sentence as one line; a word cut by a hyphen at the line's end is one word again
    ("indepe-" + "ndence" is "independence"), unless its first part opens compounds ("self-" + "care")."""
    head, tail = head.rstrip(), tail.strip()
    cut = _HYPHEN_CUT.search(head) if head.endswith("-") else None
    if cut is not None and tail[:1].islower() and cut.group("part").lower() not in _COMPOUND_HEADS:
        return head[:-1] + tail
    if cut is not None and tail[:1].islower():
        return head + tail
    return f"{head} {tail}"


# a lower-case label run in with a dash (or two) or a colon ("baseline - 2 mands/hr", "goals: SpO2 90% ...",
# "client sig -- Wyatt Hollister 3/10/26") or a date label run into its date ("target dt 8/1/26")
_DASHED_LEAD = re.compile(r"(?P<label>[a-z][a-z /.&]{1,24}?)\s*(?:-{1,2}|[–—]|:)\s+\S")
# what a signer's line holds after its role: a name, capitalised, maybe a credential, then the date
# ("Wyatt Hollister 3/10/26", "Bianca Ferrante, LCDC 3/10/26")
_SIGNER_VALUE = re.compile(rf"(?:Dr\.?\s+)?[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’./-]*){{0,4}},?\s+(?:signed\s+|on\s+)?{ANY_DATE_TEXT}\s*$")
_DATED_LEAD = re.compile(rf"(?P<label>[a-z][a-z /.]{{1,24}}?)\s+{ANY_DATE_TEXT}")


def _opens_own_line(tail: str) -> bool:
    """True when a line typed in lower case opens with what starts a line of its own: a section's title alone
    ("goals"), or a label run into its value with a dash or a colon ("baseline - 2 mands/hr", "goals: ...") or
    into a date ("target dt 8/1/26"), the label being a plan field, a goal's fact or a section's title."""
    words = tail.rstrip(":").split()
    if 0 < len(words) <= 3 and match_section(tail.rstrip(":")).score >= 95:
        return True
    lead = _DASHED_LEAD.match(tail) or _DATED_LEAD.match(tail)
    if lead is None:
        return False
    label = lead.group("label").strip()
    if lead.re is _DATED_LEAD and _DANGLING.fullmatch(label):
        return False  # "... as recorded in her sleep diary," over "by 04/20/2026.": a sentence's last words
    if subfield_key(label) is not None or field_key(label) not in (None, "other"):
        return True
    if lead.re is _DASHED_LEAD and normalize_signature_role(label) != "other":
        # "client sig -- Wyatt Hollister 3/10/26": a signer's role, a name and the date make a signature line
        return _SIGNER_VALUE.match(tail, lead.end() - 1) is not None
    return lead.re is _DASHED_LEAD and ":" in tail[lead.start() : lead.end()] and match_section(label).score >= 95


def _joins(before: str, after: str, after_para: Para | None) -> bool:
    """True when `after` goes on with the sentence `before` left open (`after_para` None: a line of one paragraph)."""
    head = before.rstrip()
    tail = after.strip()
    if not head or not tail or "\n" in head or "\n" in tail:
        return False
    if after_para is not None and (after_para.heading is not None or after_para.list_level is not None):
        return False
    if _label_cut(head, tail) or _date_cut(head, tail):
        return True  # "... plan. Target date:" over "06/13/2025.", "... Target date: March 12," over "2025."
    if head.endswith(_CLOSED):
        return False
    if head.endswith("-") and tail[0].islower() and _HYPHEN_CUT.search(head):
        return True  # "... with modified indepe-" over "ndence using adaptive equipment."
    if _ENDS_WITH_DATE.search(head) or _STAMP.match(tail):
        return False
    field = _FIELD_LEAD.match(tail)
    if field is not None and field_key(field.group("label")) not in (None, "other"):
        return False  # "... ins: Medicare 4JD7" over "date: 3/9/26": a field line of its own, typed in lower case
    if not _DANGLING.search(head) and _opens_own_line(tail):
        return False  # "... meals on wheels" over "goals": a heading or a goal's fact of its own, in lower case
    if not _DANGLING.search(head) and (element_label(tail) is not None or BARE_OBJ.match(tail)):
        return False  # "Goal 1 - complete safe taper" over "obj - CIWA-B under 10 ...": an element of its own
    if _gapped_fields(head) and not _DANGLING.search(head):
        return False  # "pt: Ana Ruiz      dob 1/2/58" over "date 3/9/26": a line of facts set apart by wide gaps is whole
    if head.count("(") > head.count(")") and tail.count(")") > tail.count("("):
        return True  # "... independently. (Target" over "Date: 6/30/2026)": a bracket cut open by the line end
    if _NUMBERED_ITEM.match(tail):
        return False  # "What I want to work on" over "1. Lee will ...": a numbered list starts under a title
    dangling = bool(_DANGLING.search(head))
    if len(head.strip()) < _WRAPPED_LENGTH and not dangling:
        return False
    first = tail[0]
    if first.islower():
        marker = strip_list_marker(tail)[1]
        # "a. Client will ..." / "i) ..." under an open line: a lettered item, unless the line left a word hanging
        return marker is None or dangling
    # (a date goes on a line as a number does, whichever way it is written: "10/26/2026", "October 26th, 2026")
    dated = _DATE_START.match(tail) is not None
    if (first.isdigit() or dated) and dangling:
        return True  # "... from" over "3.8 to 2.0 or lower.", "... by" over "July 10, 2026."
    if dated and _dated_fact_end(head):
        return True  # "Plan 05/04/2026; authorization ...; next review" over "10/26/2026": the fact's date
    if dated and _DONE_END.search(head):
        return True  # "... Buprenorphine induction completed" over "06/17/2026. Reviewing physician: ...": when it was done
    if first == "(" and strip_list_marker(tail)[1] is None:
        return True  # "... no withdrawal symptoms" over "(COWS below 5) on 7 consecutive days.": a bracket goes on
    if _AGENT_BY.search(head) and _credentialed_name(tail):
        return True  # "... combined type; diagnosed by" over "Omar Haddad, MD, pediatrician on 11/04/2025"
    word = tail.split()[0].rstrip(",.;:")
    if dangling and re.fullmatch(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*", word) and not tail.rstrip().endswith(":"):
        return len(word) >= 2 and not re.match(r"[^:]{1,40}:\s", tail)  # "... score on the" over "PHQ-9 by 04/01/2026."
    return False


def unwrap_breaks(text: str) -> str:
    """`text` with each line break that cuts a sentence (a scanned page's line width kept with Shift+Enter) made a
    space, by the same rule as paragraphs: "... the written impact statement and" / "read it in session."."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        if _joins(out[-1], line, None):
            out[-1] = _glue(out[-1], line)
        else:
            out.append(line)
    return "\n".join(out)


def unwrap_cell_lines(lines: list[str]) -> list[str]:
    """The lines of one table cell (its paragraphs and manual line breaks) with each line end joined that cuts a
    sentence left plainly open: the line before ends on a comma or on a word a sentence does not end on ("... ther
    activities 97530," over "home exercise program. Frequency 2x/week"). A cell's first line may be a form box's
    caption over its value, so a line that merely lacks a full stop ("21. Initial Assessment (history ...)" over
    "pt seen ...") is not joined, nor the first line for a word left hanging ("12. CERTIFICATION FROM THROUGH" over
    its dates; "... N/A" holds no word "a"), nor a line to an empty one, nor a row of a table nested in the cell
    (its cells set apart by tabs: "CPT<TAB>...<TAB>Rendered by" over "97153<TAB>...")."""
    out: list[str] = []
    for line in lines:
        head = out[-1].rstrip() if out else ""
        dangling = len(out) > 1 and re.search(r"(?:^|\s)[A-Za-z]+$", head) is not None and _DANGLING.search(head)
        if head and (head.endswith(",") or dangling) and "\t" not in head + line and _joins(head, line, None):
            out[-1] = _glue(out[-1], line)
        else:
            out.append(line)
    return out


def _unwrap_table_cells(table: Table) -> None:
    """Join the sentence-cut lines of each cell of `table` in place (a merged cell's shared lines once)."""
    seen: set[int] = set()
    for row in table.rows:
        for cell in row.cells:
            if id(cell.lines) in seen or len(cell.lines) < 2:
                continue
            seen.add(id(cell.lines))
            joined = unwrap_cell_lines(cell.lines)
            if len(joined) != len(cell.lines):
                cell.lines[:] = joined


def unwrap_paragraphs(blocks: list[Block]) -> list[Block]:
    """The blocks with each hard-wrapped run of paragraphs joined into its first paragraph (index and layout of
    the first; text boxes of all), and the line breaks that cut a sentence inside a paragraph joined."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Table):
            _unwrap_table_cells(block)
        if isinstance(block, Para) and "\n" in block.text and block.heading is None:
            joined = unwrap_breaks(block.text)
            if joined != block.text:
                block = dataclasses.replace(block, text=joined)
        if isinstance(block, Para) and "\n" in block.text:
            block = _unwrap_breaks(block)
        if isinstance(block, Para) and block.text.strip() and _across_page_end(out, block):
            continue
        previous = out[-1] if out else None
        if (
            isinstance(block, Para)
            and isinstance(previous, Para)
            and previous.heading is None
            and previous.box == block.box
            and not (previous.bold and len(previous.text) < 80 and not block.bold)  # a bold title over plain text
            and not previous.extra
            and not block.extra
            and _joins(previous.text.rsplit("\n", 1)[-1], block.text.split("\n", 1)[0], block)
        ):
            # (the last line of a paragraph of several lines and the first of the next: "... on 3" / "of 4 Tuesdays")
            out[-1] = dataclasses.replace(previous, text=_glue(previous.text, block.text))
            continue
        out.append(block)
    return out


def _across_page_end(out: list[Block], block: Para) -> bool:
    """Join `block` to the last line before a page's end when the page's end cut that line's sentence: "Obj. 3a:
    ... to 9 or less by" | (empty lines, the page break; the page number and the running header are gone by now:
    docx.page_repeats) | "07/13/2026.". The empty lines between go with the join. True when joined (into `out`)."""
    k = len(out)
    while k > 0 and isinstance(out[k - 1], Para) and not out[k - 1].text.strip():
        k -= 1
    if k == 0 or k == len(out) or not any(blank_page_end(b) for b in out[k:] if isinstance(b, Para)):
        return False
    previous = out[k - 1]
    if (
        not isinstance(previous, Para)
        or previous.heading is not None
        or previous.box != block.box
        or previous.extra
        or block.extra
        or not _DANGLING.search(previous.text.rstrip())
        or not _joins(previous.text.rsplit("\n", 1)[-1], block.text.split("\n", 1)[0], block)
    ):
        return False
    del out[k:]
    out[-1] = dataclasses.replace(previous, text=_glue(previous.text, block.text))
    return True


def _unwrap_breaks(para: Para) -> Para:
    """A paragraph whose manual line breaks cut one sentence ("Short term goal 1a: Dominic will give 4 weekly urine
    tests" / "negative for fentanyl. (Target date: 03/30/2026)", a scan's OCR keeping the printed lines): each
    line that goes on with the one before is joined to it, by the same test as two paragraphs."""
    pieces = para.text.split("\n")
    joined: list[str] = []
    for piece in pieces:
        if joined and piece.strip() and _joins(joined[-1], piece, para):
            joined[-1] = _glue(joined[-1], piece)
        else:
            joined.append(piece)
    if len(joined) == len(pieces):
        return para
    return dataclasses.replace(para, text="\n".join(joined))


def _tab_cells(text: str) -> list[str] | None:
    """The cells of a line set out with tabs ("Individual<TAB>90837<TAB>53-60"), or None for a line without tabs."""
    if "\t" not in text or "\n" in text:
        return None
    return [cell.strip() for cell in text.split("\t")]


def _cell_goes_on(above: str, cell: str) -> bool:
    """True when a cell's text goes on with the text of the cell above it ("Session" over "length", "Once a" over
    "week", "6 months (through" over "08/24/2026)")."""
    if not above or above.endswith((".", ";", ":", "?", "!")):
        return False
    if cell[0].islower():
        return True
    if above.count("(") > above.count(")") and cell.count(")") > cell.count("("):
        return True  # a bracket the line's end cut open
    return bool(_DANGLING.search(above)) and (cell[0].isdigit() or cell[0] == "(")


def _row_wraps(upper: list[str], lower: list[str]) -> bool:
    """True when a tabbed line is the rest of the tabbed line above it, its cells wrapped inside their columns:
    it has no more columns, leaves empty a column the line above fills (a row that fills every column is a row of
    its own), and every cell it fills goes on with the text of the cell above."""
    if len(lower) > len(upper) or not any(lower):
        return False
    if not any(above and not (lower[k] if k < len(lower) else "") for k, above in enumerate(upper)):
        return False
    return all(not cell or _cell_goes_on(upper[k], cell) for k, cell in enumerate(lower))


def join_tab_row_wraps(blocks: list[Block]) -> list[Block]:
    """The blocks with each tabbed line whose cells wrapped onto the next line (a PDF converter keeps a table's
    printed lines, one paragraph a line) joined column by column:

        Service<TAB>CPT<TAB>Session<TAB>Frequency           Service<TAB>CPT<TAB>Session length<TAB>Frequency
        <TAB><TAB>length<TAB>                         ->    Individual psychotherapy<TAB>90837<TAB>53-60 minutes<TAB>Once a week
        Individual<TAB>90837<TAB>53-60<TAB>Once a
        psychotherapy<TAB><TAB>minutes<TAB>week

    A line that fills every column, or whose cells do not go on with those above, is a row of its own."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if isinstance(block, Para) and isinstance(previous, Para) and previous.box == block.box:
            upper, lower = _tab_cells(previous.text), _tab_cells(block.text)
            if (
                upper is not None
                and lower is not None
                and block.heading is None
                and block.list_level is None
                and not block.extra
                and not previous.extra
                and _row_wraps(upper, lower)
            ):
                cells = [f"{a} {lower[k] if k < len(lower) else ''}".strip() for k, a in enumerate(upper)]
                out[-1] = dataclasses.replace(previous, text="\t".join(cells))
                continue
        out.append(block)
    return out
