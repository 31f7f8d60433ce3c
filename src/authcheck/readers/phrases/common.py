"""Small helpers shared by the phrase readers: blank values, ticked options, first dates, periods, ids."""

from __future__ import annotations

import datetime as dt
import re

from authcheck.parsing import find_dates


_BLANK = re.compile(
    r"^[\s_.\-–—/\\|]*$|^\s*(?:n/?a|none|tbd|pending|not applicable|unknown|\[?\s*\]?)\s*$"
    # an EHR's placeholder for a field nobody filled in ("No data recorded", "Not documented")
    r"|^\s*(?:no\s+(?:data|entry|information)(?:\s+(?:recorded|entered|documented|available))?|"
    r"(?:none|nothing)\s+(?:recorded|entered|documented|listed|noted|on\s+file)|not\s+(?:recorded|entered|documented|completed)|"
    r"left\s+blank)\s*\.?\s*$",
    re.I,
)


# the check boxes forms are typed with, ticked or not
CHECKBOXES = "☐□☒☑✔✓■"
_CHECKBOXES = CHECKBOXES

# what str.isdigit() accepts: the decimal digits of every script (\d) and the other Unicode digits
# (superscripts, subscripts, circled and parenthesized digits ...): has_digit("x²") is True as "²".isdigit() is
_DIGIT = re.compile(
    r"[\d\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c"
    r"\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792"
    r"\U00010a40-\U00010a43\U00010e60-\U00010e68\U00011052-\U0001105a\U0001f100-\U0001f10a]"
)


def has_digit(text: str) -> bool:
    """True when the text holds a digit (any character for which str.isdigit() is True)."""
    return _DIGIT.search(text) is not None


def blank_value(text: str | None) -> bool:
    """True for an empty form field: nothing, underscores, dashes, "N/A", "TBD"."""
    return text is None or bool(_BLANK.match(text)) or bool(_BLANK.match(re.sub(f"[{_CHECKBOXES}]", " ", text)))


def first_date(text: str) -> dt.date | None:
    """The first real date written in the text."""
    for date, _ in find_dates(text):
        return date
    return None


_ID_TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9\-]{3,24}[A-Za-z0-9]$")


def member_id_token(text: str) -> str | None:
    """The identifier at the start of a member-id value ("NEB1177340251 (Heartland PPO)", "5HE7-KP3-WT21"):
    one token of letters, digits and dashes holding at least one digit; None for "Part B", "pending", blanks."""
    if blank_value(text):
        return None
    token = text.strip().split()[0].strip(".,;:()[]")
    if _ID_TOKEN.match(token) and has_digit(token):
        return token
    return None


_CHECKED = "☒☑✔✓■"
_TYPED_BOX = re.compile(r"\[\s?([xX✓✔]?)\s?\]")
_UNCHECKED = "☐□"


def checked_options(text: str) -> str:
    """For form text with check boxes ("☐ Weekly ☒ Biweekly"), keep only the checked options.

    Text without check boxes is returned unchanged; with boxes but none checked, "" (nothing stated).
    Boxes typed as brackets ("[X] Residential  [ ] Outpatient") count when the text has two or more of them.
    """
    if len(_TYPED_BOX.findall(text)) >= 2:
        text = _TYPED_BOX.sub(lambda m: "☐" if not m.group(1).strip() else "☒", text)
    if not any(c in text for c in _CHECKED + _UNCHECKED):
        return text
    picked = re.findall(rf"[{_CHECKED}]\s*([^{_CHECKED}{_UNCHECKED}]+)", text)
    lead = re.split(rf"[{_CHECKED}{_UNCHECKED}]", text, maxsplit=1)[0].strip(" ,;")
    if not picked and has_digit(lead):
        return lead  # "FROM 01/08/2026 THROUGH 04/07/2026 ☐ N/A": the value written, an option left unticked
    return "; ".join(p.strip(" ,;") for p in picked if p.strip(" ,;"))


def parse_period(text: str) -> tuple[dt.date | None, dt.date | None]:
    """Start and end of a range such as "10/05/2025 to 03/05/2026", "from X through Y", "X - Y"."""
    dates = list(find_dates(text))
    if len(dates) >= 2:
        return dates[0][0], dates[1][0]
    if len(dates) == 1:
        date, (start, _) = dates[0]
        before = text[:start].lower()
        if re.search(r"\b(?:through|thru|to|until|till|ending|ends?|expires?)\s*$", before):
            return None, date
        return date, None
    return None, None
