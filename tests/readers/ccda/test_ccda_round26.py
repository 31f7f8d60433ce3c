"""C-CDA, round 26: a therapy progress report carrying the updated plan of care, and a frequency said once in prose.

- a document titled as a progress report, dated inside the serviceEvent (certification) period after it began, is a
  progress report that took place on its date; the plan in force dates from the period's start (the physician
  certified it then). Near misses: a plan of care of another title keeps its effectiveTime as the plan date; a
  report dated on the period's first day, or after it ended, too;
- "Therapeutic exercise (97110), gait training (97116): 2 times per week, 1 session per day, for 12 weeks" in the
  interventions narrative states the frequency of each coded procedure entry it lists. Near misses: a narrative with
  a frequency between the codes ("97110 2x/week, 97116 1x/week"), one naming another code, and one without a
  frequency leave the entries as they are.

Documents are built here; names and wording are invented.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from authcheck.readers.ccda.reader import plan_from_root

_NS = 'xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'


def _procedure(code: str, name: str) -> str:
    return f"""<entry><procedure classCode="PROC" moodCode="INT">
      <templateId root="2.16.840.1.113883.10.20.22.4.41"/>
      <code code="{code}" codeSystem="2.16.840.1.113883.6.12" displayName="{name}"/>
      <statusCode code="active"/>
      <effectiveTime xsi:type="IVL_TS"><low value="20260120"/><high value="20260417"/></effectiveTime>
    </procedure></entry>"""


def _doc(title: str = "Physical Therapy Progress Report and Updated Plan of Care", date: str = "20260217",
         narrative: str = "<paragraph>Gait training (97116): 2 times per week.</paragraph>",
         codes: tuple[tuple[str, str], ...] = (("97116", "Gait training"),)) -> etree._Element:
    entries = "".join(_procedure(code, name) for code, name in codes)
    text = f"""<ClinicalDocument {_NS}>
  <templateId root="2.16.840.1.113883.10.20.22.1.15"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" displayName="Overall plan of care"/>
  <title>{title}</title>
  <effectiveTime value="{date}"/>
  <recordTarget><patientRole><id root="2.16.840.1.113883.19.5" extension="MR-4471"/>
    <patient><name><given>Linnea</given><family>Strand-Okafor</family></name><birthTime value="19460311"/></patient>
  </patientRole></recordTarget>
  <author><time value="{date}"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1234567893"/>
    <assignedPerson><name><given>Teodor</given><family>Halloran</family><suffix>PT</suffix></name></assignedPerson>
  </assignedAuthor></author>
  <legalAuthenticator><time value="{date}"/><signatureCode code="S"/><assignedEntity>
    <id root="2.16.840.1.113883.4.6" extension="1234567893"/>
    <assignedPerson><name><given>Teodor</given><family>Halloran</family><suffix>PT</suffix></name></assignedPerson>
  </assignedEntity></legalAuthenticator>
  <authenticator><time value="20260123"/><signatureCode code="S"/><assignedEntity>
    <id root="2.16.840.1.113883.4.6" extension="1245319599"/>
    <assignedPerson><name><given>Harriet</given><family>Okonjo</family><suffix>MD</suffix></name></assignedPerson>
  </assignedEntity></authenticator>
  <documentationOf><serviceEvent classCode="PCPR"><effectiveTime><low value="20260120"/><high value="20260417"/>
  </effectiveTime></serviceEvent></documentationOf>
  <component><structuredBody><component><section>
    <code code="62387-6" codeSystem="2.16.840.1.113883.6.1" displayName="Interventions provided"/>
    <title>Planned Interventions</title>
    <text>{narrative}</text>
    {entries}
  </section></component></structuredBody></component>
</ClinicalDocument>"""
    return etree.fromstring(text.encode())


# --- a progress report inside the certification period ----------------------------------------------------------


def test_progress_report_inside_the_period_is_a_review_of_the_plan_in_force() -> None:
    plan = plan_from_root(_doc())
    assert plan.plan_date == dt.date(2026, 1, 20)
    assert [(r.kind, r.date, r.completed) for r in plan.reviews] == [("progress-report", dt.date(2026, 2, 17), True)]
    # the physician's certification of the plan in force is not before it
    assert all(s.date is None or s.date >= plan.plan_date for s in plan.signatures)


def test_plan_of_care_of_another_title_keeps_its_date() -> None:
    plan = plan_from_root(_doc(title="Physical Therapy Updated Plan of Care"))
    assert plan.plan_date == dt.date(2026, 2, 17)
    assert not plan.reviews


def test_progress_report_on_the_first_day_or_after_the_period_keeps_its_date() -> None:
    assert plan_from_root(_doc(date="20260120")).plan_date == dt.date(2026, 1, 20)
    late = plan_from_root(_doc(date="20260420"))
    assert late.plan_date == dt.date(2026, 4, 20)
    assert not late.reviews


# --- a frequency said once in the narrative for the entries it lists --------------------------------------------


def _frequencies(plan) -> dict[str, tuple[float | None, str | None]]:  # type: ignore[no-untyped-def]
    return {
        i.service_code: ((i.frequency.count, i.frequency.per) if i.frequency else (None, None))
        for i in plan.interventions if i.service_code
    }


def test_shared_frequency_after_a_list_of_codes() -> None:
    plan = plan_from_root(_doc(
        narrative="<paragraph>Therapeutic exercise (97110), gait training (97116): 2 times per week, 1 session per "
                  "day, for 12 weeks (through 04/17/2026).</paragraph>",
        codes=(("97110", "Therapeutic exercises"), ("97116", "Gait training")),
    ))
    assert _frequencies(plan) == {"97110": (2.0, "week"), "97116": (2.0, "week")}
    assert all(i.amount is not None and i.amount.per_day == 1.0 for i in plan.interventions if i.service_code)


def test_frequency_between_codes_or_for_another_code_is_not_shared() -> None:
    between = plan_from_root(_doc(
        narrative="<paragraph>Therapeutic exercise 97110 3 times per week, gait training 97116 as tolerated.</paragraph>",
        codes=(("97110", "Therapeutic exercises"), ("97116", "Gait training")),
    ))
    assert _frequencies(between)["97116"] == (None, None)
    other = plan_from_root(_doc(
        narrative="<paragraph>Neuromuscular re-education (97112): 2 times per week.</paragraph>",
        codes=(("97116", "Gait training"),),
    ))
    assert _frequencies(other)["97116"] == (None, None)
    none = plan_from_root(_doc(
        narrative="<paragraph>Gait training (97116) on level and uneven surfaces.</paragraph>",
        codes=(("97116", "Gait training"),),
    ))
    assert _frequencies(none)["97116"] == (None, None)
