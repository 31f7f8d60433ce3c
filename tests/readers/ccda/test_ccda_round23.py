"""C-CDA, round 23: the plan period is not the expected duration; the level of care and the expected duration a
document states in an observation or a labelled narrative line.

- documentationOf/serviceEvent/effectiveTime is the plan (certification) period: it fills `period` only, never
  `expected_duration` (a Medicare therapy plan must state its duration in weeks or visits; the certification
  period does not);
- "Expected duration: 90 days (through 06/23/2026)", "Projected length of stay: ...", an observation coded
  "Expected duration" fill `expected_duration`; near misses: "Certification period: ...", a bare "Duration: 45 min"
  (a session's length), a sentence that only mentions the words;
- "Level of care: Residential Level 2", a two-column row "ASAM level | 3.5", an observation coded "Level of care"
  fill `level_of_care`; near misses: "Level of care: N/A", a sentence about the level of care, the encounter code
  (inpatient), a header row of a wider table.

Documents are built here; names and wording are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import etree

from authcheck.readers.ccda.reader import plan_from_root

_NS = 'xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'


def _doc(section_text: str = "<paragraph>Plan.</paragraph>", entries: str = "", high: str | None = "20260623") -> etree._Element:
    high_el = f'<high value="{high}"/>' if high else ""
    text = f"""<ClinicalDocument {_NS}>
  <templateId root="2.16.840.1.113883.10.20.22.1.15"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" displayName="Overall plan of care"/>
  <title>Individualized Treatment Plan</title>
  <effectiveTime value="20260325"/>
  <recordTarget><patientRole><id root="2.16.840.1.113883.19.5" extension="MR-8812"/>
    <patient><name><given>Ottoline</given><family>Rask-Abara</family></name><birthTime value="19880214"/></patient>
  </patientRole></recordTarget>
  <documentationOf><serviceEvent classCode="PCPR"><effectiveTime><low value="20260325"/>{high_el}</effectiveTime>
  </serviceEvent></documentationOf>
  <componentOf><encompassingEncounter><code code="IMP" codeSystem="2.16.840.1.113883.5.4" displayName="inpatient encounter"/>
    <effectiveTime><low value="20260319"/></effectiveTime></encompassingEncounter></componentOf>
  <component><structuredBody><component><section>
    <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care note"/>
    <title>PLAN OF TREATMENT</title>
    <text>{section_text}</text>
    {entries}
  </section></component></structuredBody></component>
</ClinicalDocument>"""
    return etree.fromstring(text.encode())


def _observation(display: str, value: str) -> str:
    return f"""<entry><observation classCode="OBS" moodCode="EVN">
      <code code="ASSERTION" codeSystem="2.16.840.1.113883.5.4"><originalText>{display}</originalText></code>
      <statusCode code="completed"/>{value}</observation></entry>"""


# --- the plan period is not the expected duration ---------------------------------------------------------------


def test_service_event_period_fills_the_period_not_the_expected_duration() -> None:
    plan = plan_from_root(_doc())
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (dt.date(2026, 3, 25), dt.date(2026, 6, 23))
    assert plan.expected_duration is None


def test_certification_period_line_is_not_an_expected_duration() -> None:
    plan = plan_from_root(_doc("<paragraph>Certification period: 03/25/2026 - 06/23/2026</paragraph>"))
    assert plan.expected_duration is None


# --- the expected duration, as stated -----------------------------------------------------------------------------


def test_expected_duration_paragraph() -> None:
    plan = plan_from_root(
        _doc("<paragraph>Treatment plan date: 03/25/2026</paragraph>"
             "<paragraph>Expected duration: 90 days (through 06/23/2026)</paragraph>", high=None)
    )
    duration = plan.expected_duration
    assert duration is not None
    assert (duration.value, duration.unit, duration.end_date) == (90.0, "day", dt.date(2026, 6, 23))
    assert duration.source is not None
    assert duration.source.pointer.endswith("/section/text/paragraph[2]")
    assert duration.source.section == "PLAN OF TREATMENT"


def test_projected_length_of_stay_is_the_expected_duration() -> None:
    plan = plan_from_root(_doc("<paragraph>Projected length of stay: 03/19/2026 - 04/18/2026</paragraph>"))
    assert plan.expected_duration is not None
    assert plan.expected_duration.end_date == dt.date(2026, 4, 18)


def test_expected_duration_observation() -> None:
    entries = _observation("Expected duration", '<value xsi:type="PQ" value="12" unit="wk"/>')
    plan = plan_from_root(_doc(entries=entries, high=None))
    assert plan.expected_duration is not None
    assert plan.expected_duration.text == "12 wk"


@pytest.mark.parametrize(
    "line",
    [
        "Duration: 45 min",  # a session's length
        "The expected duration of treatment will be discussed at the next visit.",
        "Expected duration: TBD",
    ],
)
def test_no_expected_duration_from_near_misses(line: str) -> None:
    plan = plan_from_root(_doc(f"<paragraph>{line}</paragraph>", high=None))
    assert plan.expected_duration is None


# --- the level of care --------------------------------------------------------------------------------------------


def test_level_of_care_paragraph() -> None:
    plan = plan_from_root(_doc("<paragraph>Admission date: 03/19/2026</paragraph>"
                               "<paragraph>Level of care: Residential Level 2</paragraph>"))
    assert plan.level_of_care == "Residential Level 2"
    source = plan.field_sources["level_of_care"]
    assert source.pointer.endswith("/section/text/paragraph[2]")
    assert source.section == "PLAN OF TREATMENT"


def test_level_of_care_two_column_row() -> None:
    table = ("<table><tbody><tr><td>Admission date</td><td>03/19/2026</td></tr>"
             "<tr><td>ASAM level</td><td>3.5 Clinically managed high-intensity residential</td></tr></tbody></table>")
    plan = plan_from_root(_doc(table))
    assert plan.level_of_care == "3.5 Clinically managed high-intensity residential"


def test_level_of_care_observation() -> None:
    entries = _observation(
        "Level of care",
        '<value xsi:type="CD" code="3.7" codeSystem="2.16.840.1.113883.3.9999" displayName="ASAM Level 3.7"/>',
    )
    plan = plan_from_root(_doc(entries=entries))
    assert plan.level_of_care == "ASAM Level 3.7"


@pytest.mark.parametrize(
    "text",
    [
        "<paragraph>Level of care: N/A</paragraph>",
        "<paragraph>Level of care was discussed with the client, who prefers to stay.</paragraph>",
        "<table><thead><tr><th>Level of care</th><th>Start</th><th>End</th></tr></thead>"
        "<tbody><tr><td>Residential</td><td>03/19/2026</td><td>04/18/2026</td></tr></tbody></table>",
    ],
)
def test_no_level_of_care_from_near_misses(text: str) -> None:
    plan = plan_from_root(_doc(text))
    assert plan.level_of_care is None  # the inpatient encounter code is no level of care either
