"""C-CDA, round 15: the first treatment or evaluation date from an encounter whose code is a local one but whose
display name or original text names an initial evaluation ("Occupational therapy initial evaluation", "Intake
assessment"). Near misses: an evaluation-and-management visit, a re-evaluation, and an intended (not held) visit.

Documents are built here; names and wording are invented."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import etree

from authcheck.readers.ccda.reader import plan_from_root

_NS = 'xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'


def _doc(encounter: str, body_encounter: str = "") -> etree._Element:
    text = f"""<ClinicalDocument {_NS}>
  <templateId root="2.16.840.1.113883.10.20.22.1.15"/>
  <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care note"/>
  <title>Therapy Plan of Care</title>
  <effectiveTime value="20260210"/>
  <recordTarget><patientRole><id root="2.16.840.1.113883.19.5" extension="PT-9031"/>
    <patient><name><given>Ambrose</given><family>Thistlewood</family></name><birthTime value="19520311"/></patient>
  </patientRole></recordTarget>
  <author><time value="20260210"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1234567893"/>
    <assignedPerson><name><given>Perpetua</given><family>Oyelaran</family><suffix>OTR/L</suffix></name></assignedPerson>
  </assignedAuthor></author>
  {encounter}
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.22.1"/>
      <code code="46240-8" codeSystem="2.16.840.1.113883.6.1"/>
      <title>Encounters</title>
      <text>Visits.</text>
      {body_encounter}
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""
    return etree.fromstring(text.encode())


def _header(display: str, low: str = "20260209090000-0500", code: str = "OT-EV1", original: str = "") -> str:
    original_el = f"<originalText>{original}</originalText>" if original else ""
    return f"""<componentOf><encompassingEncounter>
    <id root="2.16.840.1.113883.19.5.1" extension="E-4410"/>
    <code code="{code}" codeSystem="2.16.840.1.113883.19.5.2" displayName="{display}">{original_el}</code>
    <effectiveTime><low value="{low}"/><high value="20260209100000-0500"/></effectiveTime>
  </encompassingEncounter></componentOf>"""


def _entry(display: str, mood: str = "EVN", when: str = "20260204") -> str:
    return f"""<entry><encounter classCode="ENC" moodCode="{mood}">
        <code code="LOC-12" codeSystem="2.16.840.1.113883.19.5.3" displayName="{display}"/>
        <effectiveTime value="{when}"/>
      </encounter></entry>"""


@pytest.mark.parametrize(
    "display",
    ["Occupational therapy initial evaluation", "Speech-language evaluation", "Intake assessment"],
)
def test_header_encounter_named_an_evaluation_dates_the_first_treatment(display: str) -> None:
    plan = plan_from_root(_doc(_header(display)))
    assert plan.first_treatment_date == dt.date(2026, 2, 9)
    assert plan.field_sources["first_treatment_date"].pointer.endswith("encompassingEncounter/effectiveTime/low")


def test_original_text_names_the_evaluation() -> None:
    plan = plan_from_root(_doc(_header("Outpatient visit", original="Initial evaluation, hand therapy")))
    assert plan.first_treatment_date == dt.date(2026, 2, 9)


def test_an_earlier_evaluation_entry_wins() -> None:
    plan = plan_from_root(_doc(_header("OT initial evaluation"), _entry("Diagnostic assessment")))
    assert plan.first_treatment_date == dt.date(2026, 2, 4)


@pytest.mark.parametrize(
    "display",
    ["Office visit for evaluation and management", "Occupational therapy re-evaluation", "Progress evaluation",
     "Follow-up visit"],
)
def test_other_visits_date_no_first_treatment(display: str) -> None:
    # near misses: not an initial evaluation
    plan = plan_from_root(_doc(_header(display)))
    assert plan.first_treatment_date is None


def test_an_intended_evaluation_entry_dates_nothing() -> None:
    # near miss: an evaluation still to come (moodCode INT)
    plan = plan_from_root(_doc(_header("Follow-up visit"), _entry("Initial evaluation", mood="INT")))
    assert plan.first_treatment_date is None
