"""Every FHIR file of the shared public corpus: plans read into sensible plans, the rest fail cleanly.

The corpus lives outside the repository (../shared/corpus/fhir); these tests skip when it is absent.
Expected values are read off the corpus files themselves (see the corpus README).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from authcheck.readers import PlanReadError, read_plan
from authcheck.readers.fhir import FhirReader

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "fhir"
FILES = sorted(CORPUS.rglob("*.json")) if CORPUS.is_dir() else []
pytestmark = pytest.mark.skipif(not FILES, reason="shared FHIR corpus not available")


def _holds_careplan(path: Path) -> bool:
    return b'"CarePlan"' in path.read_bytes()


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CORPUS)))
def test_corpus_file_reads_or_fails_in_one_line(path: Path) -> None:
    if _holds_careplan(path):
        result = read_plan(path)
        assert result.format == "fhir"
        plan = result.plan
        assert plan.patient.name, "a corpus plan names its patient"
        assert plan.source is not None and plan.source.pointer is not None
        assert plan.interventions or plan.problems or plan.free_text
        return
    with pytest.raises(PlanReadError) as info:
        read_plan(path)
    assert "\n" not in str(info.value)
    assert str(info.value).startswith(f"{path}: ")


def _read(name: str):  # noqa: ANN202
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{name} not in the corpus")
    return read_plan(path).plan


def test_synthea_milan_checks_the_psychiatry_plan() -> None:
    plan = _read("synthea_r4_Milan_Beatty.json")
    note = plan.free_text[0]
    assert note.heading == "FHIR CarePlan selection"
    assert "This file holds 7 CarePlans" in note.text
    assert "\u201cPsychiatry care plan\u201d (active, from 1993-01-09) at /entry/15/resource" in note.text
    assert plan.source.pointer == "/entry/15/resource"
    assert plan.discipline == "psychiatry"
    assert [(d.code, d.system, d.description) for d in plan.diagnoses] == [
        (None, "SNOMED CT", "Major depression disorder")
    ]
    labels = [i.label for i in plan.interventions]
    assert "Cognitive behavioral therapy by multidisciplinary team" in labels
    assert "Suicide Risk Assessment" in labels
    assert plan.problems == []  # the psychiatry plan has no Goal resources
    assert plan.patient.member_id is None  # only MRN, SSN, licence and passport numbers


def test_synthea_rudolf_checks_the_physical_therapy_plan() -> None:
    plan = _read("synthea_r4_Rudolf_Weber.json")
    assert plan.source.pointer == "/entry/45/resource"
    assert plan.discipline == "pt"
    assert plan.period is not None and (plan.period.start.isoformat(), plan.period.end.isoformat()) == (
        "2013-10-04",
        "2013-10-18",
    )
    assert [d.description for d in plan.diagnoses] == ["Sprain of ankle"]
    assert all(d.code is None for d in plan.diagnoses)
    assert [i.label for i in plan.interventions] == [
        "Rest, ice, compression and elevation treatment programme",
        "Stretching exercises",
    ]


def test_synthea_lupe_reads_the_diabetes_plan_with_its_five_goals() -> None:
    plan = _read("synthea_r4_Lupe_Little.json")
    assert plan.free_text == []  # one CarePlan: nothing to choose
    assert len(plan.problems) == 1 and plan.problems[0].statement is None
    assert [g.statement for g in plan.problems[0].goals][:2] == [
        "Hemoglobin A1c total in Blood < 7.0",
        "Glucose [Mass/volume] in Blood < 108",
    ]
    assert len(plan.problems[0].goals) == 5
    assert [(d.code, d.description) for d in plan.diagnoses] == [(None, "Prediabetes")]
    # ServiceRequests and Coverages contained in ExplanationOfBenefits are billing records, not the plan's
    assert plan.services == [] and plan.payer is None


def test_uscore_careplan_keeps_its_narrative() -> None:
    plan = _read("uscore_6.1.0_CarePlan-colonoscopy.json")
    assert plan.patient.name == "Amy Shaw"  # from subject.display: the Patient is not in the file
    assert plan.patient.source.pointer == "/subject"
    assert plan.free_text[0].heading == "Narrative"
    assert "Colonoscopy" in plan.free_text[0].text


@pytest.mark.parametrize(
    "name, phrase",
    [
        (
            "pas_2.2.1_Bundle-MedicalServicesAuthorizationBundleExample.json",
            "PAS prior-authorization request bundle",
        ),
        (
            "pas_2.2.1_Bundle-ReferralAuthorizationResponseBundleExample.json",
            "PAS prior-authorization response bundle",
        ),
        ("uscore_6.1.0_Goal-goal-1.json", "a lone FHIR Goal is not a treatment plan"),
        ("uscore_6.1.0_ServiceRequest-rehab.json", "a lone FHIR ServiceRequest is not a treatment plan"),
        (
            "uscore_6.1.0_Condition-health-concern-example.json",
            "a lone FHIR Condition is not a treatment plan",
        ),
        ("pas-2.2.1-profiles/StructureDefinition-profile-claim.json", "conformance resource"),
    ],
)
def test_files_without_a_plan_give_a_clear_error(name: str, phrase: str) -> None:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{name} not in the corpus")
    with pytest.raises(PlanReadError) as info:
        FhirReader().read(path.read_bytes(), str(path))
    assert phrase in str(info.value)


def test_package_manifests_are_not_taken_for_fhir() -> None:
    for path in CORPUS.rglob("*.json"):
        if path.name.startswith("PROVENANCE") or path.name == "package.json":
            assert not FhirReader().sniff(path.read_bytes()[:65536]), path.name
