"""Review and recertification dates written in prose: "treatment plan review due 2026-07-06",
"recertification by 03/31/2026", "progress review completed on 1/15/26".

A date counts only when a review word stands before it in the same sentence; words such as
"completed", "held" or "was reviewed" before it, or "was completed" right after it, make it a review that
took place; otherwise it is scheduled.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from authcheck.parsing.dates import find_dates

__all__ = ["ReviewMention", "find_review_mentions"]

_REVIEW = re.compile(
    r"\b(?:(?P<recert>re-?certification|re-?cert)|(?P<progress>progress\s+(?:report|review|note))|"
    r"(?:treatment\s+)?plan\s+(?:review|update)|(?:next\s+)?review|re-?evaluation|re-?eval|re-?assessment|reassessment)\b",
    re.IGNORECASE,
)
_DONE = re.compile(r"\b(?:completed|done|held|conducted|performed|was\s+reviewed|were\s+reviewed|last)\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.;!?]\s|\n")
# the review said to have taken place right after its date: "its review of 06/19/2025 was completed", "review on
# 1/15/26 (held with the family)" is not; at most two words between the date and the passive verb
_DONE_AFTER = re.compile(
    r"[\s,)]*(?:[\w'’-]+\s+){0,2}?(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:completed|done|held|conducted|performed|finished)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ReviewMention:
    """A review date found in text, what kind of review it is, and whether it took place."""

    date: dt.date
    kind: str
    completed: bool
    text: str


def find_review_mentions(text: str | None) -> list[ReviewMention]:
    """Every review or recertification date the text states, in order."""
    if not text:
        return []
    mentions = []
    for date, (start, end) in find_dates(text):
        window_start = max(0, start - 90)
        before = text[window_start:start]
        breaks = list(_SENTENCE_BREAK.finditer(before))
        if breaks:
            before = before[breaks[-1].end():]
        words = list(_REVIEW.finditer(before))
        if not words:
            continue
        word = words[-1]
        kind = "recertification" if word.group("recert") else ("progress-report" if word.group("progress") else "review")
        sentence = (before + text[start:end]).strip()
        done = bool(_DONE.search(before)) or _DONE_AFTER.match(text, end) is not None
        mentions.append(ReviewMention(date=date, kind=kind, completed=done, text=sentence))
    return mentions
