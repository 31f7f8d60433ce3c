"""C-CDA: the plan period from a labelled narrative span when the header has no serviceEvent period.

"Certification period: 03/25/2026 - 06/23/2026" gives the period (and so the end date duration-present counts);
near misses: a single date, a span that runs backwards, a bare "Period:" label, a sentence mentioning the words,
and a header period, which always wins. Documents are built here; names and wording are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import etree

from authcheck.readers.ccda.reader import plan_from_root

_NS = 'xmlns="urn:hl7-org:v3"'


def _doc(section_text: str, service_event: str = "") -> etree._Element:
    text = f"""<ClinicalDocument {_NS}>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" displayName="Overall plan of care"/>
  <title>Plan of Care</title>
  <effectiveTime value="20260325"/>
  <recordTarget><patientRole><id root="2.16.840.1.113883.19.5" extension="MR-4410"/>
    <patient><name><given>Ines</given><family>Varga-Lund</family></name></patient></patientRole></recordTarget>
  {service_event}
  <component><structuredBody><component><section>
    <code code="18776-5" codeSystem="2.16.840.1.113883.6.1"/>
    <title>PLAN OF TREATMENT</title>
    <text>{section_text}</text>
  </section></component></structuredBody></component>
</ClinicalDocument>"""
    return etree.fromstring(text.encode())


def _event(low: str, high: str | None = None) -> str:
    high_el = f'<high value="{high}"/>' if high else ""
    return (f'<documentationOf><serviceEvent classCode="PCPR"><effectiveTime><low value="{low}"/>{high_el}'
            "</effectiveTime></serviceEvent></documentationOf>")


@pytest.mark.parametrize(
    "line",
    [
        "Certification period: 03/25/2026 - 06/23/2026",
        "Plan of care dates: March 25, 2026 through June 23, 2026",
        "Period of certification - 2026-03-25 to 2026-06-23",
        "Recert period: 3/25/26 thru 6/23/26",
    ],
)
def test_a_labelled_span_is_the_plan_period(line: str) -> None:
    plan = plan_from_root(_doc(f"<paragraph>{line}</paragraph>"))
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (dt.date(2026, 3, 25), dt.date(2026, 6, 23))
    assert plan.period.source is not None and plan.period.source.pointer.endswith("/section/text/paragraph")
    assert plan.expected_duration is None  # a period is not a duration in weeks or visits


@pytest.mark.parametrize(
    "line",
    [
        "Certification period: 03/25/2026",  # one date: not a span
        "Certification period: 06/23/2026 - 03/25/2026",  # runs backwards
        "Period: 03/25/2026 - 06/23/2026",  # a bare label
        "The certification period 03/25/2026 - 06/23/2026 was discussed with the client.",  # a sentence
        "Certification period: TBD",
    ],
)
def test_near_misses_give_no_period(line: str) -> None:
    assert plan_from_root(_doc(f"<paragraph>{line}</paragraph>")).period is None


def test_the_header_period_wins_over_the_narrative() -> None:
    root = _doc("<paragraph>Certification period: 01/05/2026 - 04/04/2026</paragraph>", _event("20260325", "20260623"))
    plan = plan_from_root(root)
    assert (plan.period.start, plan.period.end) == (dt.date(2026, 3, 25), dt.date(2026, 6, 23))


def test_the_narrative_ends_a_header_period_with_the_same_start() -> None:
    root = _doc("<paragraph>Certification period: 03/25/2026 - 06/23/2026</paragraph>", _event("20260325"))
    plan = plan_from_root(root)
    assert (plan.period.start, plan.period.end) == (dt.date(2026, 3, 25), dt.date(2026, 6, 23))
    other = plan_from_root(_doc("<paragraph>Certification period: 01/05/2026 - 04/04/2026</paragraph>",
                                _event("20260325")))
    assert (other.period.start, other.period.end) == (dt.date(2026, 3, 25), None)  # another span: not its end
