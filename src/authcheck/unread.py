"""Reading hints: lines of the plan the reader could not place that look like what a finding says is missing.

A finding that something is missing may come from a line written in a form the reader does not know ("signed:
J. O. 3/9/26", "PT 2w4 in the clinic", a code on a line of its own under the diagnosis). The reader keeps the lines it could not place as the plan's free text;
for a finding of a kind below, the free-text lines that show a sign of the missing element are attached to the
finding as `unread` (two at most), so the person fixing the plan looks there first. A hint never changes a
finding's kind, severity or the plan's status: if the line is the element, the fix is to write it where and how
the plan's form asks (or to tell the maintainers, so the reader learns the form).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from authcheck.codes import get_icd10cm
from authcheck.findings import Finding
from authcheck.model import SourceLocation, TreatmentPlan
from authcheck.model.plan import TextBlock
from authcheck.parsing import find_dates, parse_duration, parse_frequency
from authcheck.quotes import one_line_quote

__all__ = ["MAX_HINTS", "hint_sentence", "unread_hints"]

MAX_HINTS = 2
_LONGEST = 300  # a longer passage is prose, not a line the reader failed to place

_SIGNED = re.compile(
    r"/s/|\b(?:e-?|electronically\s+|digitally\s+)?sign(?:ed|ature)\b|\battest(?:ed|s)?\b|\bauthenticated\b", re.I
)
_BLANK = re.compile(r"_{3,}")
# a line that says the plan is not signed yet: "sent to physician for signature 02/24/2026", "not on file"
_NOT_SIGNED = re.compile(
    r"\b(?:not\s+(?:yet\s+)?(?:signed|returned|on\s+file|received)|unsigned|pending|awaiting|await(?:s|ing)?|"
    r"(?:sent|faxed|routed|mailed|forwarded|submitted)\b[^.;]{0,60}\bfor\s+(?:e-?)?signature|requested|request)\b",
    re.I,
)
_CLIENT = r"client|patient|member|consumer|individual|resident|youth|parent|guardian|caregiver|participant|beneficiary"
_PHYSICIAN = r"physician|doctor|dr\.?|md|m\.d\.|do|np|aprn|pa-c|medical\s+director|prescriber|certif\w*"
# who must have signed, by rule: a line naming someone else is no hint for it
_SIGNER_WORDS = {
    "client-signature": _CLIENT,
    "client-signature-dated": _CLIENT,
    "physician-signature": _PHYSICIAN,
    "physician-signature-dated": _PHYSICIAN,
    "supervisor-signature": r"supervis\w*|co-?sign\w*|clinical\s+director|reviewed",
}
_REVIEW = re.compile(r"\b(?:review|re-?cert\w*|re-?evaluat\w*|reassess\w*|update[sd]?|revisit|progress\s+report)\b", re.I)


def _signature_sign(rule: str) -> Callable[[str], bool]:
    who = _SIGNER_WORDS.get(rule)
    named = re.compile(rf"\b(?:{who})\b", re.I) if who else None

    def sign(text: str) -> bool:
        if not _SIGNED.search(text) or _BLANK.search(text) or _NOT_SIGNED.search(text):
            return False
        if not any(True for _ in find_dates(text)):
            return False
        return named is None or bool(named.search(text))

    return sign


def _frequency_sign(text: str) -> bool:
    return parse_frequency(text) is not None


def _duration_sign(text: str) -> bool:
    parsed = parse_duration(text)
    return parsed is not None and bool(parsed.end_date or (parsed.value and parsed.unit))


def _review_sign(text: str) -> bool:
    return bool(_REVIEW.search(text)) and any(True for _ in find_dates(text))


_CODE_TOKEN = re.compile(r"(?<![A-Za-z0-9.])(?:[A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?)(?![A-Za-z0-9])")


def _code_sign(text: str) -> bool:
    """An ICD-10-CM code of the code set written in the line ("F33.1", "Z63.0")."""
    codes = get_icd10cm()
    return any(codes.is_valid(token) for token in _CODE_TOKEN.findall(text))


def _sign_for(finding: Finding) -> tuple[Callable[[str], bool], bool] | None:
    """The sign to look for and whether it must be in the finding's own section, or None (no hints)."""
    kind = finding.kind
    if kind == "signature-missing" and not finding.location.path.endswith("]"):
        return _signature_sign(finding.rule), False  # (a signature line read but unsigned is pointed at already)
    if kind == "frequency-missing":
        return _frequency_sign, True
    if kind == "duration-missing":
        return _duration_sign, True
    if kind == "review-date-missing":
        return _review_sign, False
    if kind == "diagnosis-code-missing":
        return _code_sign, True  # (in the diagnosis's own section: other sections hold family and past codes)
    return None


def _section(source: SourceLocation | None) -> str | None:
    return " ".join(source.section.split()).casefold() if source is not None and source.section else None


def unread_hints(plan: TreatmentPlan, finding: Finding) -> list[SourceLocation]:
    """The free-text lines (at most MAX_HINTS, in document order) that look like what `finding` says is missing."""
    wanted = _sign_for(finding)
    if wanted is None or not plan.free_text:
        return []
    sign, same_section = wanted
    section = _section(finding.location.source) if same_section else None
    if same_section and section is None:
        return []
    hints: list[SourceLocation] = []
    seen: set[str] = set()
    for block in plan.free_text:
        if not _usable(block) or block.text in seen:
            continue
        if section is not None and _section(block.source) != section:
            continue
        if sign(block.text or ""):
            seen.add(block.text or "")
            hints.append(block.source or SourceLocation(text=block.text))
            if len(hints) == MAX_HINTS:
                break
    return hints


def _usable(block: TextBlock) -> bool:
    return bool(block.text) and len(block.text or "") <= _LONGEST


def hint_sentence(finding: Finding) -> str | None:
    """The reading hints of a finding as one sentence for a report, or None when it has none."""
    if not finding.unread:
        return None
    quoted = "; ".join(
        f'"{_short(source.text)}"' + (f" ({source.describe()})" if source.describe() else "") for source in finding.unread
    )
    return (
        f"authcheck could not read {'this line' if len(finding.unread) == 1 else 'these lines'} as part of the plan, "
        f"but {'it looks' if len(finding.unread) == 1 else 'they look'} like what is missing: {quoted}. If so, check "
        "that it is complete and written where the plan's form asks for it."
    )


def _short(text: str | None, limit: int = 120) -> str:
    return one_line_quote(text, limit)
