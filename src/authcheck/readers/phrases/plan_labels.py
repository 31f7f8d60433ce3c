"""Label words the FHIR and C-CDA readers look for in narrative text, where those formats have no element.

One vocabulary for both, so that an export says "Expected duration:" or "Length of treatment -" to either reader
alike. (The DOCX reader has its own, larger label tables in readers/docx/labels.py.)
"""

from __future__ import annotations

__all__ = ["DURATION_LABEL", "PERIOD_LABEL"]

# a label naming how long treatment is expected to last: "Expected duration", "Estimated length of treatment",
# "Duration of services", "Treatment duration", "Length of stay". A bare "Duration" is not one: it may be a
# session's length.
DURATION_LABEL = (
    r"(?:(?:(?:expected|anticipated|estimated|projected|planned)\s+)?"
    r"(?:(?:treatment|plan|service)\s+duration"
    r"|(?:duration|length)\s+of\s+(?:treatment|services?|care|therapy|stay|the\s+plan))"
    r"|(?:expected|anticipated|estimated|projected|planned)\s+(?:duration|length)"
    r"(?:\s+of\s+(?:treatment|services?|care|therapy|stay))?)"
)

# a label naming the span the plan covers: "Certification period", "Plan period", "Plan of care dates", "Authorization
# period", "Period of certification". A bare "Period" or "Dates" is not one.
PERIOD_LABEL = (
    r"(?:(?:(?:re)?cert(?:ification)?|plan(?:\s+of\s+care)?|poc|treatment|service|authori[sz]ation|auth|episode)"
    r"\s+(?:period|dates|span)"
    r"|period\s+of\s+(?:(?:re)?certification|care|service|authori[sz]ation))"
)
