"""The same CarePlan written in FHIR JSON and in FHIR XML reads into the same plan."""

from __future__ import annotations

from authcheck.readers.fhir import FhirReader

JSON = b"""{
  "resourceType": "CarePlan",
  "contained": [
    {"resourceType": "Patient", "id": "p", "name": [{"family": "Lund", "given": ["Ida"]}],
     "birthDate": "2001-04-04",
     "identifier": [{"type": {"coding": [{"code": "MB"}]}, "value": "M-1"}]},
    {"resourceType": "Condition", "id": "c",
     "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "F41.1"}],
              "text": "GAD"}},
    {"resourceType": "Goal", "id": "g", "description": {"text": "Less worry"},
     "addresses": [{"reference": "#c"}],
     "target": [{"measure": {"text": "GAD-7"}, "detailQuantity": {"value": 5, "comparator": "<"},
                 "dueDate": "2026-06-01"},
                {"measure": {"text": "Panic attacks per week"}, "detailInteger": 0,
                 "dueDate": "2026-05-01"}]}
  ],
  "status": "active", "intent": "plan", "title": "Counseling plan",
  "subject": {"reference": "#p"}, "created": "2026-01-02",
  "period": {"start": "2026-01-02", "end": "2026-07-01"},
  "addresses": [{"reference": "#c"}], "goal": [{"reference": "#g"}],
  "activity": [
    {"detail": {"code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90834"}]},
                "goal": [{"reference": "#g"}],
                "scheduledTiming": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "wk",
                                               "duration": 45, "durationUnit": "min"}}}},
    {"detail": {"description": "Relaxation training"}}]
}"""

XML = b"""<CarePlan xmlns="http://hl7.org/fhir">
  <contained><Patient><id value="p"/>
    <identifier><type><coding><code value="MB"/></coding></type><value value="M-1"/></identifier>
    <name><family value="Lund"/><given value="Ida"/></name><birthDate value="2001-04-04"/>
  </Patient></contained>
  <contained><Condition><id value="c"/>
    <code><coding><system value="http://hl7.org/fhir/sid/icd-10-cm"/><code value="F41.1"/></coding>
      <text value="GAD"/></code>
  </Condition></contained>
  <contained><Goal><id value="g"/><description><text value="Less worry"/></description>
    <target><measure><text value="GAD-7"/></measure>
      <detailQuantity><value value="5"/><comparator value="&lt;"/></detailQuantity>
      <dueDate value="2026-06-01"/></target>
    <target><measure><text value="Panic attacks per week"/></measure><detailInteger value="0"/>
      <dueDate value="2026-05-01"/></target>
    <addresses><reference value="#c"/></addresses></Goal></contained>
  <status value="active"/><intent value="plan"/><title value="Counseling plan"/>
  <subject><reference value="#p"/></subject>
  <period><start value="2026-01-02"/><end value="2026-07-01"/></period><created value="2026-01-02"/>
  <addresses><reference value="#c"/></addresses><goal><reference value="#g"/></goal>
  <activity><detail>
    <code><coding><system value="http://www.ama-assn.org/go/cpt"/><code value="90834"/></coding></code>
    <goal><reference value="#g"/></goal>
    <scheduledTiming><repeat><duration value="45"/><durationUnit value="min"/>
      <frequency value="1"/><period value="1"/><periodUnit value="wk"/></repeat></scheduledTiming>
  </detail></activity>
  <activity><detail><description value="Relaxation training"/></detail></activity>
</CarePlan>"""


def _without_sources(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_sources(v) for k, v in value.items() if k not in ("source", "field_sources")}
    if isinstance(value, list):
        return [_without_sources(v) for v in value]
    return value


def test_json_and_xml_give_the_same_plan() -> None:
    from_json = FhirReader().read(JSON, "plan.json")
    from_xml = FhirReader().read(XML, "plan.xml")
    assert _without_sources(from_json.model_dump(mode="json")) == _without_sources(
        from_xml.model_dump(mode="json")
    )
    goal = from_json.problems[0].goals[0]
    assert [(o.measure, o.target) for o in goal.objectives] == [
        ("GAD-7", "< 5"),
        ("Panic attacks per week", "0"),
    ]


def test_pointers_follow_the_format() -> None:
    from_json = FhirReader().read(JSON, "plan.json")
    from_xml = FhirReader().read(XML, "plan.xml")
    goal_json, goal_xml = from_json.problems[0].goals[0], from_xml.problems[0].goals[0]
    assert goal_json.source.pointer == "/contained/2"
    assert goal_xml.source.pointer == "/CarePlan/contained[3]/Goal"
    assert goal_json.objectives[1].field_sources["target"].pointer == "/contained/2/target/1/detailInteger"
    assert (
        goal_xml.objectives[1].field_sources["target"].pointer
        == "/CarePlan/contained[3]/Goal/target[2]/detailInteger"
    )
    assert from_xml.interventions[0].source.pointer == "/CarePlan/activity[2]/detail"
