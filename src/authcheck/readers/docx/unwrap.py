"""Join lines that were one sentence before a hard line end cut them: text pasted from an e-mail or a PDF keeps
the sender's line width, so one goal or objective arrives as two or three paragraphs:

    Obj 1a: Panic attacks will decrease from about 4 per week to
    1 or fewer per week, per his panic log.

A paragraph continues the one before it when the earlier one stops mid-sentence (no closing full stop, colon,
question mark) and the later one starts in lower case, or starts with a number right after a word that cannot
end a sentence ("... from" / "3.8 to 2.0"; "... on the" / "PHQ-9 by ..."). The earlier line must be long enough to be a wrapped line (a
short lower-case item under a short one is a list: "reduce panic" / "improve sleep"), unless it ends on such a
word. Headings, Word list items, empty paragraphs and paragraphs of text boxes are never joined.
"""

from __future__ import annotations

import dataclasses
import re

from authcheck.readers.docx.blocks import Block, Para
from authcheck.readers.docx.labels import strip_list_marker

__all__ = ["unwrap_paragraphs"]

# a line as long as this that stops mid-sentence was cut by the sender's line width
_WRAPPED_LENGTH = 40
# words a sentence does not end on: the line after them goes on with the same sentence
_DANGLING = re.compile(
    r"\b(?:to|from|of|and|or|but|the|a|an|with|for|by|on|in|at|into|than|per|as|about|least|most|over|under|"
    r"between|within|without|during|until|through|via|is|are|was|will|be|has|have|his|her|their|its|this|that|"
    r"these|those|each|every|no|not|y|de|del|la|el|los|las|en|con|por|para|a|al|que)$",
    re.IGNORECASE,
)
_CLOSED = (".", ":", "?", "!", "…")
# a line closing on a date ("Target: 04/09/2026") is complete; a record stamp under it is a line of its own
_ENDS_WITH_DATE = re.compile(r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})\s*\)?$")
_STAMP = re.compile(
    r"(?:entered|(?:last\s+)?modified|updated|created|printed|reviewed|signed|e-?signed|electronically|generated|"
    r"faxed|sent|scanned)\s+(?:by|on|via)\b",
    re.IGNORECASE,
)


# "1. Lee will ...", "(2) Sam ...", "3) Jo ...": a numbered item, not the rest of a sentence ("... from" / "3.8 to 2.0")
_NUMBERED_ITEM = re.compile(r"\(?\d{1,2}[.)]\s+[A-Z]")


def _joins(before: str, after: str, after_para: Para) -> bool:
    """True when `after` goes on with the sentence `before` left open."""
    head = before.rstrip()
    tail = after.strip()
    if not head or not tail or head.endswith(_CLOSED) or "\n" in head or "\n" in tail:
        return False
    if after_para.heading is not None or after_para.list_level is not None:
        return False
    if _ENDS_WITH_DATE.search(head) or _STAMP.match(tail):
        return False
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
    if first.isdigit() and dangling:
        return True  # "... from" over "3.8 to 2.0 or lower."
    word = tail.split()[0].rstrip(",.;:")
    if dangling and re.fullmatch(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*", word) and not tail.rstrip().endswith(":"):
        return len(word) >= 2 and not re.match(r"[^:]{1,40}:\s", tail)  # "... score on the" over "PHQ-9 by 04/01/2026."
    return False


def unwrap_paragraphs(blocks: list[Block]) -> list[Block]:
    """The blocks with each hard-wrapped run of paragraphs joined into its first paragraph (index and layout of
    the first; text boxes of all)."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if (
            isinstance(block, Para)
            and isinstance(previous, Para)
            and previous.heading is None
            and not (previous.bold and len(previous.text) < 80 and not block.bold)  # a bold title over plain text
            and not previous.extra
            and not block.extra
            and _joins(previous.text, block.text, block)
        ):
            out[-1] = dataclasses.replace(previous, text=f"{previous.text.rstrip()} {block.text.strip()}")
            continue
        out.append(block)
    return out
