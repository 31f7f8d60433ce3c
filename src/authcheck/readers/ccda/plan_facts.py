"""Plan-level facts C-CDA has no template for: the level of care, the expected duration, and the plan period when
the header does not give it.

Exports put them in an observation whose code names the fact (its value states it), or in a labelled
line of a section narrative ("Level of care: Residential Level 2", "Expected duration: 90 days",
a two-column row "ASAM level | 3.5"). Only a line that starts with the label counts; a sentence that
mentions the words does not. The encounter code (inpatient, ambulatory) is not a level of care, and
the plan or certification period (serviceEvent/effectiveTime, "Certification period: ...") is not an
expected duration: the header reader keeps it as the plan period. Only when the header has none (or no end)
does a narrative line "Certification period: 03/25/2026 - 06/23/2026" give it, and only as a whole span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from authcheck.model import Duration, Period
from authcheck.parsing import find_dates
from authcheck.readers.ccda.sections import iter_sections
from authcheck.readers.ccda.values import value_text
from authcheck.readers.phrases.plan_labels import DURATION_LABEL, PERIOD_LABEL
from authcheck.readers.ccda.xml import (
    NarrativeIndex,
    attr,
    child,
    children,
    clean,
    flatten_lines,
    is_v3,
    local,
    location,
    read_code,
)

__all__ = ["Fact", "read_expected_duration", "read_level_of_care", "read_narrative_period"]

_LEVEL_NAME = (
    r"(?:(?:current|recommended|assessed|authorized|approved|placement)\s+)?"
    r"(?:asam\s+)?(?:level\s+of\s+(?:care|service)|care\s+level|asam\s+level(?:\s+of\s+care)?|asam\s+placement|loc)"
    r"(?:\s*\((?:asam|loc)\))?"
)
_DURATION_NAME = DURATION_LABEL  # (a bare "Duration" may be a session's length)
_PLACEHOLDER = re.compile(
    r"^(?:n/?a|none|not\s+(?:applicable|assessed|determined|stated)|tbd|to\s+be\s+determined|pending|unknown"
    r"|[-–—_.\s]+)$",
    re.IGNORECASE,
)
_VALUE_MAX = 120
_BLOCKS = ("paragraph", "item", "tr")


def _names(name: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*{name}\s*$", re.IGNORECASE)


def _labelled(name: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*{name}\s*(?::|\||\s[-–]\s)\s*(?P<value>\S.*)$", re.IGNORECASE)


@dataclass
class Fact:
    """A value as written, the element it is written in and the section it sits in."""

    text: str
    element: etree._Element
    section: str | None


def _usable(value: str | None) -> str | None:
    value = clean(value)
    if not value:
        return None
    value = value.strip(" ;,|")
    if not value or _PLACEHOLDER.match(value) or len(value) > _VALUE_MAX:
        return None
    return value


def _section_title(el: etree._Element) -> str | None:
    for ancestor in el.iterancestors():
        if isinstance(ancestor.tag, str) and local(ancestor) == "section":
            title = child(ancestor, "title")
            return clean("".join(title.itertext())) if title is not None else None
    return None


def _from_observation(root: etree._Element, narrative: NarrativeIndex, names: re.Pattern[str]) -> Fact | None:
    """The value of the first observation whose code (display name or original text) is the fact's name."""
    for obs in root.iter():
        if not isinstance(obs.tag, str) or local(obs) != "observation" or not is_v3(obs):
            continue
        if attr(obs, "negationInd") == "true":
            continue
        code = read_code(child(obs, "code"), narrative)
        texts = [t for c in code.all_codes() for t in (c.display, c.original_text) if t] if code else []
        if not any(names.match(text) for text in texts):
            continue
        value = child(obs, "value")
        text = _usable(value_text(value)) if value is not None else None
        if text and value is not None:
            return Fact(text=text, element=value, section=_section_title(obs))
    return None


def _innermost_blocks(text_el: etree._Element) -> list[etree._Element]:
    blocks = [b for b in text_el.iter() if isinstance(b.tag, str) and local(b) in _BLOCKS]
    return [
        b for b in blocks if not any(isinstance(d.tag, str) and local(d) in _BLOCKS for d in b.iterdescendants())
    ]


def _from_narrative(root: etree._Element, labelled: re.Pattern[str]) -> Fact | None:
    """The value of the first narrative line that starts with the fact's label."""
    for info in iter_sections(root):
        text_el = child(info.element, "text")
        if text_el is None:
            continue
        for block in _innermost_blocks(text_el) or [text_el]:
            if local(block) == "tr":
                cells = children(block, "th", "td")
                if len(cells) != 2 or all(local(c) == "th" for c in cells):
                    continue  # a label cell and its value; not a header row or a row of a wider table
            for line in flatten_lines(block):
                match = labelled.match(line)
                text = _usable(match.group("value")) if match else None
                if text:
                    return Fact(text=text, element=block, section=info.title)
    return None


_LEVEL = (_names(_LEVEL_NAME), _labelled(_LEVEL_NAME))
_DURATION = (_names(_DURATION_NAME), _labelled(_DURATION_NAME))
_PERIOD = _labelled(PERIOD_LABEL)


def read_level_of_care(root: etree._Element, narrative: NarrativeIndex) -> Fact | None:
    """The level of care the document states: a coded observation first, else a labelled narrative line."""
    return _from_observation(root, narrative, _LEVEL[0]) or _from_narrative(root, _LEVEL[1])


def read_expected_duration(root: etree._Element, narrative: NarrativeIndex) -> Duration | None:
    """The expected duration the document states ("90 days (through 06/23/2026)", "12 weeks"), or None."""
    fact = _from_observation(root, narrative, _DURATION[0]) or _from_narrative(root, _DURATION[1])
    if fact is None:
        return None
    duration = Duration.model_validate(fact.text)
    duration.source = location(fact.element, fact.section, fact.text)
    return duration


def read_narrative_period(root: etree._Element) -> Period | None:
    """The plan period a labelled narrative line states as a span of two dates, the second not before the first
    ("Certification period: 03/25/2026 - 06/23/2026"); None for one date or none."""
    fact = _from_narrative(root, _PERIOD)
    dates = [date for date, _ in find_dates(fact.text)] if fact is not None else []
    if fact is None or len(dates) < 2 or dates[1] < dates[0]:
        return None
    return Period(start=dates[0], end=dates[1], source=location(fact.element, fact.section, fact.text))
