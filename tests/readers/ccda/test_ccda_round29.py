"""C-CDA, round 29: what a goal's or a service's table row states, and an intake named by an encounter's words.

- a Goal Observation whose text refers to a row of the Goals table takes its baseline (and target) from that row's
  Baseline (Target) column. Near misses: an empty, "TBD" or "Not yet measured" baseline cell, and a table without a
  Baseline column, leave the goal without a baseline;
- a procedure entry whose text refers to a row of the Interventions table takes its hours per week from the row's
  Amount and Frequency columns ("20 hours per week"; "4 hours/day" with "5 days/week"). Near misses: a row that
  states sessions, not hours, and hours in a column that is neither amount nor frequency, give no hours per week;
- the encompassingEncounter of any class (AMB) whose code's original text names the admission or intake gives the
  admission date. Near misses: an ambulatory encounter named a follow-up visit or a pre-admission screening does not.

Documents are built here; names and wording are invented.
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from authcheck.readers.ccda.reader import plan_from_root

_NS = 'xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'


def _doc(body: str, header: str = "") -> etree._Element:
    text = f"""<ClinicalDocument {_NS}>
  <templateId root="2.16.840.1.113883.10.20.22.1.15"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1"/>
  <title>Plan of Care</title>
  <effectiveTime value="20260126"/>
  <recordTarget><patientRole><id root="1.2.3" extension="MRN1"/>
    <patient><name><given>Ada</given><family>Quill</family></name><birthTime value="20180101"/></patient>
  </patientRole></recordTarget>
  {header}
  <component><structuredBody>{body}</structuredBody></component>
</ClinicalDocument>"""
    return etree.fromstring(text.encode())


def _goals(headers: tuple[str, ...], cells: tuple[str, ...]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    row = "".join(f"<td>{c}</td>" for c in cells)
    return f"""<component><section>
  <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
  <code code="61146-7" codeSystem="2.16.840.1.113883.6.1"/>
  <title>Goals</title>
  <text><table><thead><tr>{head}</tr></thead><tbody><tr ID="g1">{row}</tr></tbody></table></text>
  <entry><observation classCode="OBS" moodCode="GOL">
    <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
    <id root="goal-1"/>
    <code nullFlavor="OTH"><originalText><reference value="#g1"/></originalText></code>
    <text><reference value="#g1"/></text>
    <statusCode code="active"/>
    <effectiveTime value="20260725"/>
  </observation></entry>
</section></component>"""


_GOAL = "Ada will request 10 preferred items with a full sentence in 80% of opportunities."


def _goal(headers: tuple[str, ...], cells: tuple[str, ...]):
    plan = plan_from_root(_doc(_goals(headers, cells)))
    assert len(plan.goals) == 1
    return plan.goals[0]


def test_goal_baseline_from_its_rows_baseline_column() -> None:
    goal = _goal(("#", "Goal", "Baseline", "Target date"), ("Goal 1", _GOAL, "20% of opportunities", "07/25/2026"))
    assert goal.baseline == "20% of opportunities"
    assert goal.field_sources["baseline"].text == "20% of opportunities"
    assert goal.target_date == dt.date(2026, 7, 25)


def test_goal_target_from_its_rows_target_column() -> None:
    goal = _goal(("Goal", "Current level", "Target"), (_GOAL, "2 of 10 items", "10 of 10 items"))
    assert goal.baseline == "2 of 10 items"
    assert goal.target == "10 of 10 items"


def test_empty_or_pending_baseline_cell_is_no_baseline() -> None:
    for value in ("", "TBD", "Not yet measured", "To be probed in the first 2 weeks", "N/A", "—"):
        goal = _goal(("#", "Goal", "Baseline", "Target date"), ("Goal 1", _GOAL, value, "07/25/2026"))
        assert goal.baseline is None, value


def test_table_without_baseline_column_gives_no_baseline() -> None:
    goal = _goal(("#", "Goal", "Notes", "Target date"), ("Goal 1", _GOAL, "20% of opportunities", "07/25/2026"))
    assert goal.baseline is None


def test_baseline_stated_in_goal_words_still_read_without_a_column() -> None:
    statement = "Reduce elopement from 6 per day to fewer than 1 per day."
    goal = _goal(("#", "Goal", "Target date"), ("Goal 1", statement, "07/25/2026"))
    assert goal.baseline == "6 per day"


def _services(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join(
        f'<tr ID="s{i}">' + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for i, row in enumerate(rows)
    )
    entries = "".join(
        f"""<entry><procedure classCode="PROC" moodCode="INT">
      <templateId root="2.16.840.1.113883.10.20.22.4.41"/>
      <code code="{row[0]}" codeSystem="2.16.840.1.113883.6.12" displayName="{row[1]}"/>
      <text><reference value="#s{i}"/></text>
      <statusCode code="active"/>
      <effectiveTime><low value="20260126"/><high value="20260725"/></effectiveTime>
    </procedure></entry>"""
        for i, row in enumerate(rows)
    )
    return f"""<component><section>
  <templateId root="2.16.840.1.113883.10.20.21.2.3"/>
  <code code="62387-6" codeSystem="2.16.840.1.113883.6.1"/>
  <title>Interventions</title>
  <text><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></text>
  {entries}
</section></component>"""


def _hours(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> dict[str, float | None]:
    plan = plan_from_root(_doc(_services(headers, rows)))
    return {s.code: s.hours_per_week for s in plan.services}


def test_service_hours_per_week_from_amount_column() -> None:
    hours = _hours(
        ("Code", "Service", "Amount", "Frequency", "Duration"),
        [
            ("97153", "Adaptive behavior treatment by protocol", "20 hours per week", "5 days/week", "6 months"),
            ("97156", "Family guidance", "1 hour per week", "weekly", "6 months"),
        ],
    )
    assert hours == {"97153": 20.0, "97156": 1.0}


def test_service_hours_from_hours_a_day_and_days_a_week() -> None:
    hours = _hours(
        ("Code", "Service", "Amount", "Frequency"),
        [("97153", "Adaptive behavior treatment by protocol", "4 hours/day", "5 days/week")],
    )
    assert hours == {"97153": 20.0}


def test_service_sessions_not_hours_give_no_hours_per_week() -> None:
    hours = _hours(
        ("Code", "Service", "Amount", "Frequency"),
        [("97155", "Protocol modification", "2 sessions", "weekly")],
    )
    assert hours == {"97155": None}


def test_hours_in_another_column_are_not_read() -> None:
    hours = _hours(
        ("Code", "Service", "Frequency", "Notes"),
        [("97153", "Adaptive behavior treatment", "weekly", "up to 40 hours per week across all services")],
    )
    assert hours == {"97153": None}


def _encounter(code: str, display: str, original: str | None, low: str = "20260105") -> str:
    text = f"<originalText>{original}</originalText>" if original else ""
    return f"""<componentOf><encompassingEncounter><id root="enc-1"/>
    <code code="{code}" codeSystem="2.16.840.1.113883.5.4" displayName="{display}">{text}</code>
    <effectiveTime><low value="{low}"/></effectiveTime>
  </encompassingEncounter></componentOf>"""


def test_ambulatory_encounter_named_admission_or_intake_gives_admission_date() -> None:
    for original in ("Methadone maintenance admission", "Intake assessment", "Program enrollment"):
        plan = plan_from_root(_doc("", _encounter("AMB", "ambulatory", original)))
        assert plan.admission_date == dt.date(2026, 1, 5), original
        assert plan.field_sources["admission_date"].text == "20260105"


def test_inpatient_encounter_still_gives_admission_date() -> None:
    plan = plan_from_root(_doc("", _encounter("IMP", "inpatient encounter", None)))
    assert plan.admission_date == dt.date(2026, 1, 5)


def test_ambulatory_follow_up_or_pre_admission_gives_no_admission_date() -> None:
    for original in (None, "Follow-up visit", "Pre-admission screening", "Treatment plan review"):
        plan = plan_from_root(_doc("", _encounter("AMB", "ambulatory", original)))
        assert plan.admission_date is None, original
