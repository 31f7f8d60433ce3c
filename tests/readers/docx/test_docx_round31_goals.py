"""Round 31: goals, objectives, baselines and their measurability.

Each change has a test of what it now reads and a near miss it must not read (a truly vague or unmeasured
statement stays reported).
"""

from __future__ import annotations

import pytest

from authcheck.readers.ccda.reader import CcdaReader
from authcheck.rules.measurability import assess
from docx_helpers import goals_of, read_blocks

_HEAD = ["Client: Tobias Wren    DOB: 05/09/1970", "Member ID: LK4471920", "Plan date: 03/16/2026"]


# --- measurability ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("statement", [
    # a count of things whose name is written with hyphens ("sober-living or recovery-residence applications")
    "Marisol will complete 3 sober-living or recovery-residence applications.",
    "Client will attend 4 peer-led recovery-support meetings.",
    # an exercise dose: sets times repetitions
    "Pt will perform straight leg raise without quad lag, 3 x 10, within 4 weeks.",
    "Pt will perform bridging 2x15 reps without increase in pain.",
    "Patient will complete wall push-ups 3 sets x 12.",
    # the absence of a named condition's signs "and" symptoms
    "Patient will remain free of signs and symptoms of urinary tract infection through 11/19/2026.",
    "Incision will show no signs and symptoms of infection by 05/01/2026.",
])
def test_now_measurable(statement: str) -> None:
    assert assess(statement).measurable, statement


@pytest.mark.parametrize("statement", [
    "Marisol will work on sober-living applications.",  # no count, no product
    "Client will explore recovery-residence options.",
    "Pt will improve LE strength. PT 2 x 6 wks",  # a schedule: 2 visits times 6 weeks
    "Therapeutic exercise (97110) 3 x 10 for quad strength",  # a treatment's dose, not the client's target
    "Patient will learn signs and symptoms of urinary tract infection.",  # knowledge named, no absence to reach
    "Nurse will monitor for signs and symptoms of infection.",
    "Child will work on following 2-step directions.",  # a hyphenated size names the task, not a count
    "Pt will learn and apply 12-step principles in daily life",
])
def test_near_misses_stay_not_measurable(statement: str) -> None:
    assert not assess(statement).measurable, statement


@pytest.mark.parametrize(("statement", "target"), [
    ("Falls reported per month", "0"),
    ("Errands completed alone per week", "3"),
    ("Berg Balance Scale", "46"),
    ("Number of panic attacks", "1 or fewer"),
    ("Self-rated anxiety score", "≤ 4"),
])
def test_bare_level_of_a_named_quantity_is_measurable(statement: str, target: str) -> None:
    """A target field holding a bare level is the level to reach of the quantity the statement names."""
    verdict = assess(statement, criteria=[target, None, None])
    assert verdict.measurable and verdict.target == target.strip()


@pytest.mark.parametrize(("statement", "target"), [
    ("Improve mood", "3"),  # a bare number beside an aim names no quantity
    ("Client will feel better", "7"),
    ("Falls reported per month", None),  # the quantity named, no level to reach
    ("Errands completed alone per week", "more"),
])
def test_bare_level_near_misses(statement: str, target: str | None) -> None:
    assert not assess(statement, criteria=[target, None, None]).measurable


# --- DOCX: a goals grid naming the goal twice ("Functional goal | Baseline | Goal | Time frame") -------------------

def test_second_goal_column_of_levels_is_the_target() -> None:
    plan = read_blocks([*_HEAD, "Goals", [
        ["Functional goal", "Baseline", "Goal", "Time frame"],
        ["R shoulder active flexion", "95°", "150°", "8 weeks"],
        ["Reach overhead cabinet with R arm", "Unable", "Independent, 5 of 5 trials", "10 weeks"],
        ["QuickDASH", "59", "≤ 30", "12 weeks"],
    ]])
    goals = goals_of(plan)
    assert [g.statement for g in goals] == ["R shoulder active flexion", "Reach overhead cabinet with R arm", "QuickDASH"]
    assert [g.target for g in goals] == ["150°", "Independent, 5 of 5 trials", "≤ 30"]
    assert [g.baseline for g in goals] == ["95°", "Unable", "59"]
    assert all(assess(g.statement, criteria=[g.target, g.measure, g.mastery_criteria]).measurable for g in goals)


def test_second_goal_column_of_sentences_is_not_a_target() -> None:
    """Near miss: a second goal column holding sentences is no column of levels; no target is invented."""
    plan = read_blocks([*_HEAD, "Goals", [
        ["Functional goal", "Baseline", "Goal", "Time frame"],
        ["Shoulder mobility", "95°", "Pt will feel more comfortable reaching overhead", "8 weeks"],
        ["Night pain", "7/10", "Pt will sleep better", "6 weeks"],
    ]])
    assert all(g.target is None for g in goals_of(plan))


# --- DOCX: a sentence on what the treatment will be, after a lettered goals list -----------------------------------

def test_treatment_sentence_after_goals_is_no_goal() -> None:
    plan = read_blocks([*_HEAD, "Goals:",
                        "a) Pt will improve Berg Balance score from 41 to 48 or better within 8 weeks.",
                        "b) Pt will reduce TUG from 16.2 s to under 13.5 s within 12 weeks.",
                        "Treatment will include therapeutic exercise (97110), gait training (97116) and manual therapy "
                        "(97140).",
                        "Certification period: 10/01/2026 – 12/29/2026."])
    statements = [g.statement for g in goals_of(plan)]
    assert len(statements) == 2
    assert not any("Treatment will include" in (s or "") for s in statements)


def test_client_sentence_after_goals_stays_a_goal() -> None:
    """Near miss: an unlabelled sentence about the client's own act after the list is still read as a goal."""
    plan = read_blocks([*_HEAD, "Goals:",
                        "a) Pt will improve Berg Balance score from 41 to 48 or better within 8 weeks.",
                        "Pt will include 20 minutes of walking in her daily routine within 6 weeks."])
    statements = [g.statement for g in goals_of(plan)]
    assert any((s or "").startswith("Pt will include 20 minutes") for s in statements)


# --- DOCX: a goals table nested in a cell with a Domain column ------------------------------------------------------

def test_nested_goal_table_with_domain_column() -> None:
    nested_rows = [
        "Target\tBaseline\tMastery criteria\tTarget date\tDomain",
        "Sofia will identify emotions in others with 90% accuracy.\t50% accuracy\t90% across 3 sessions\t12/18/2026\tSocial",
        "Sofia will use a coping strategy in 8 of 10 opportunities.\t2 of 10\t8 of 10 across 3 sessions\t01/29/2027\t"
        "Emotional regulation",
    ]
    plan = read_blocks([*_HEAD, [["Goals and objectives", "See table.\n" + "\n".join(nested_rows)],
                                 ["Review", "Next plan review: 02/15/2027"]]])
    goals = goals_of(plan)
    assert [g.baseline for g in goals] == ["50% accuracy", "2 of 10"]
    assert [g.domain for g in goals] == ["Social", "Emotional regulation"]
    assert goals[0].statement == "Sofia will identify emotions in others with 90% accuracy."


def test_nested_table_with_unknown_column_is_not_split() -> None:
    """Near miss: a header with a column of no known role is still no goals header (nothing is read into facts)."""
    from authcheck.readers.docx.tab_headers import tab_header_roles

    assert tab_header_roles("Target\tBaseline\tMastery criteria\tTarget date\tDomain") == [
        "goal", "baseline", "mastery_criteria", "target_date", "domain"]
    assert tab_header_roles("Target\tBaseline\tMastery criteria\tColour") is None


# --- DOCX: facts under a numbered area heading, written before the goal's statement ---------------------------------

_BLOCKS = [
    "Target Behaviors",
    "Target Behavior 1: Physical aggression",
    "Operational Definition: hitting, kicking or pushing another person.",
    "Baseline: 5.6 episodes per day.",
    "Short-term objective: Declan will reduce aggression to 2 or fewer episodes per day.",
    "Mastery Criteria: 1 or fewer episodes per day for 20 consecutive school days.",
    "Target Date: 03/31/2027",
    "Target Behavior 2: Self-injury (head hitting)",
    "Operational Definition: closed-fist hit to his own head.",
    "Baseline: 3.1 episodes per day.",
    "Short-term objective: Declan will reduce head hitting to 0 episodes per day.",
    "Target Date: 04/09/2027",
]


def test_facts_under_area_heading_belong_to_the_goal_after_them() -> None:
    goals = goals_of(read_blocks([*_HEAD, *_BLOCKS]))
    assert [g.baseline for g in goals] == ["5.6 episodes per day", "3.1 episodes per day"]
    assert [g.domain for g in goals] == ["Physical aggression", "Self-injury (head hitting)"]
    assert [str(g.target_date) for g in goals] == ["2027-03-31", "2027-04-09"]


def test_block_without_baseline_stays_without_one() -> None:
    """Near miss: a block that states no baseline gets none (not the next block's, not the last one's)."""
    blocks = [line for line in _BLOCKS if line != "Baseline: 3.1 episodes per day."]
    goals = goals_of(read_blocks([*_HEAD, *blocks]))
    assert [g.baseline for g in goals] == ["5.6 episodes per day", None]


def test_numbered_goal_then_area_of_its_own_number() -> None:
    """Near miss: "Goal 1: ..." then "Domain 1: ..." is goal 1's own area, its facts stay goal 1's."""
    goals = goals_of(read_blocks([*_HEAD, "Goals",
                                  "Goal 1: Leo will request a break in 80% of opportunities.",
                                  "Domain 1: Communication",
                                  "Baseline: 10% of opportunities."]))
    assert len(goals) == 1 and goals[0].baseline == "10% of opportunities" and goals[0].domain == "Communication"


# --- C-CDA: a goal whose text refers to a whole narrative row and writes the goal after the reference ---------------

_CCDA = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="US"/><typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.15" extension="2015-08-01"/>
  <id root="1.2.3.4"/><code code="52521-2" codeSystem="2.16.840.1.113883.6.1"/>
  <title>Care Plan</title><effectiveTime value="20260615"/>
  <recordTarget><patientRole><id extension="12345" root="2.16.840.1.113883.19.5"/>
    <patient><name><given>Leo</given><family>Park</family></name><birthTime value="19700101"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.60"/>
      <code code="61146-7" codeSystem="2.16.840.1.113883.6.1"/><title>Goals</title>
      <text><table><thead><tr><th>Goal / objective</th><th>Target date</th></tr></thead><tbody>
        <tr ID="g1"><td>Goal 1: Leo will return to volunteer work.</td><td>10/05/2026</td></tr>
        <tr ID="g1b"><td>1b. Volunteer at least 2 half-day shifts per week</td><td>10/05/2026</td></tr>
        <tr ID="g1c"><td>1c. Volunteer shifts per week</td><td>10/05/2026</td></tr>
      </tbody></table></text>
      <entry><observation classCode="OBS" moodCode="GOL">
        <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
        <code code="58144-7" codeSystem="2.16.840.1.113883.6.1" displayName="Resident's overall goal"/>
        <text><reference value="#g1"/>Leo will return to volunteer work.</text>
        <effectiveTime value="20261005"/>
        <entryRelationship typeCode="COMP"><observation classCode="OBS" moodCode="GOL">
          <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
          <code nullFlavor="OTH"><originalText>Volunteer shifts per week</originalText></code>
          <text><reference value="#g1b"/>Volunteer at least 2 half-day shifts per week for 4 consecutive weeks</text>
          <effectiveTime value="20261005"/>
        </observation></entryRelationship>
        <entryRelationship typeCode="COMP"><observation classCode="OBS" moodCode="GOL">
          <templateId root="2.16.840.1.113883.10.20.22.4.121"/>
          <code nullFlavor="OTH"><originalText>Volunteer shifts per week</originalText></code>
          <text><reference value="#g1c"/></text>
          <effectiveTime value="20261005"/>
        </observation></entryRelationship>
      </observation></entry>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""


def test_ccda_goal_words_after_a_row_reference() -> None:
    plan = CcdaReader().read(_CCDA.encode(), "plan.xml")
    goal = plan.problems[0].goals[0]
    assert goal.statement == "Leo will return to volunteer work."
    first, second = goal.objectives
    assert first.statement == "Volunteer at least 2 half-day shifts per week for 4 consecutive weeks"
    assert assess(first.statement).measurable
    # near miss: a reference with no words of its own keeps the code's original text, still unmeasured
    assert second.statement == "Volunteer shifts per week"
    assert not assess(second.statement, criteria=[second.target, second.measure, second.mastery_criteria]).measurable
