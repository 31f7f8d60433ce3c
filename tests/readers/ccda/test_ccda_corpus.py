"""The public HL7 C-CDA examples in ../shared/corpus/ccda: the Care Plan document and bare section fragments.

Expected values are read off the example files by hand.
"""

from __future__ import annotations

import pytest
from ccda_helpers import CORPUS, assert_matches

from authcheck.readers import read_plan

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared C-CDA corpus not found at {CORPUS}")


def test_care_plan_without_realm_header_template_reads() -> None:
    result = read_plan(CORPUS / "CCDA_Care_Plan_full.xml")
    assert result.format == "ccda"
    assert_matches(
        result.plan.model_dump(mode="json"),
        {
            "plan_date": "2013-08-20",
            "period": {"start": "2013-07-20", "end": "2013-08-15"},
            "admission_date": "2013-06-15",  # inpatient encompassing encounter
            "patient": {
                "name": "Eve Betterhalf",
                "birth_date": "1975-05-01",
                "member_id": None,
            },  # only an SSN id
            "payer": "Medicare HMO",  # Planned Coverage; there is no Payers section
            "diagnoses": [
                {"code": "409623005", "system": "SNOMED CT", "description": "Respiratory insufficiency"},
                {"code": "233604007", "system": "SNOMED CT", "description": "Pneumonia"},
            ],
            "problems": [
                {
                    "statement": "Respiratory insufficiency; Pneumonia",
                    "goals": [
                        {
                            "measure": "Pulse oximetry panel",
                            "target": ">= 92 %",
                            "target_date": "2013-09-02",
                            "interventions": [
                                {"label": "Elevation of head of bed"},
                                {"label": "Oxygen administration by nasal cannula"},
                                {
                                    "label": "Oxygen saturation [Pure mass fraction] in Capillary blood by Oximetry"
                                },
                            ],
                        }
                    ],
                }
            ],
            "interventions": [],
            "reviews": [
                {"kind": "review", "date": "2013-08-01", "completed": True, "by": "Nurse Nightingale"},
                {"kind": "review", "date": "2013-10-01", "completed": False},
            ],
            "signatures": [
                {
                    "role": "clinician",
                    "name": "Nurse Nightingale",
                    "credential": "RN",
                    "date": "2013-07-30",
                    "signed": True,
                },
                {"role": "client", "name": "Eve Everywoman", "date": "2013-08-02", "signed": True},
            ],
            "free_text": [
                {"heading": "Health Concerns Section"},
                {"heading": "Goals Section"},
                {"heading": "Interventions Section"},
                {"heading": "Health Status Evaluations/Outcomes Section"},
            ],
        },
    )


def test_risk_concern_and_supporting_observations_are_not_diagnoses() -> None:
    plan = read_plan(CORPUS / "CCDA_Care_Plan_full.xml").plan
    descriptions = {d.description for d in plan.diagnoses}
    assert "Productive cough" not in descriptions  # SPRT evidence
    assert "Smokes tobacco daily" not in descriptions  # tobacco use observation


@pytest.mark.parametrize(
    "name",
    [
        "CCDA_Goals_Section.xml",
        "CCDA_Interventions_Section.xml",
        "CCDA_HealthConcerns_Section.xml",
        "CCDA_PlanOfTreatment_Section.xml",
    ],
)
def test_placeholder_fragments_read_as_empty(name: str) -> None:
    """These fragments hold only empty entries and "..." narratives: nothing may be invented from them."""
    plan = read_plan(CORPUS / name).plan
    assert list(plan.iter_goals()) == []
    assert list(plan.iter_interventions()) == []
    assert plan.diagnoses == [] and plan.problems == [] and plan.signatures == []


def test_plan_of_treatment_fragment_with_goals_and_instructions() -> None:
    result = read_plan(CORPUS / "CCDA_PlanOfTreatment_Goals_Instructions.xml")
    assert_matches(
        result.plan.model_dump(mode="json"),
        {
            "problems": [
                {
                    "statement": None,
                    "goals": [
                        {
                            "statement": "Weight Loss",  # code/originalText, not the whole table row
                            "measure": "Exercising to lose weight",
                            "target_date": "2012-08-15",
                            "interventions": [
                                {"label": "Patient education", "description": "Patient Education:"}
                            ],
                        }
                    ],
                }
            ],
            "interventions": [{"description": "Asthma management"}],  # planned observation (moodCode INT)
            "free_text": [{"heading": "PLAN OF CARE"}],
        },
    )
