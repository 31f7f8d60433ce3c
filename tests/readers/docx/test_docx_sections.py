"""Section titles as written matched to canonical sections, with near misses on both sides of the threshold."""

from __future__ import annotations

import pytest

from authcheck.readers.docx.sections import THRESHOLD, match_section, normalize_title


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Diagnoses (ICD-10-CM)", "diagnosis"),
        ("Diagnostic Impressions:", "diagnosis"),
        ("Diagnostic Impression", "diagnosis"),
        ("DSM-5 Diagnosis", "diagnosis"),
        ("II. Diagnosis", "diagnosis"),
        ("Diagnosys", "diagnosis"),  # a typo still matches
        ("Diagnosis & Codes", "diagnosis"),
        ("Presenting Problem", "presenting_problem"),
        ("Reason for Referral", "presenting_problem"),
        ("Chief Complaint / Presenting Problem", "presenting_problem"),
        ("Treatment Goals", "goals"),
        ("Goals and Objectives", "goals"),
        ("Problem List / Goals", "goals"),
        ("Long-Term Goals (end of certification period)", "goals"),
        ("Short-Term Goals", "objectives"),
        ("Objectives", "objectives"),
        ("Plan/Strategies", "interventions"),
        ("Planned Interventions", "interventions"),
        ("Treatment Modalities", "interventions"),
        ("Frequency", "frequency"),
        ("Frequency of Services", "frequency"),
        ("Services Requested", "services"),
        ("Service Plan", "services"),
        ("Orders for Discipline and Treatments", "services"),
        ("Length of Treatment", "duration"),
        ("Estimated Length of Treatment", "duration"),
        ("DURATION OF TREATMENT", "duration"),
        ("Next Review", "review"),
        ("Recertification", "review"),
        ("Treatment Plan Review", "review"),
        ("Signatures", "signatures"),
        ("Plan Agreement", "signatures"),
        ("Client Information", "client"),
        ("Patient Demographics:", "client"),
        ("Identifying Information", "client"),
        ("Plan Dates", "dates"),
        ("Standardized Assessments", "assessments"),
        ("Assessment Results", "assessments"),
        ("Objective Measures", "assessments"),
    ],
)
def test_titles_match_their_section(title: str, key: str) -> None:
    match = match_section(title)
    assert match.key == key, match
    assert match.score >= THRESHOLD


@pytest.mark.parametrize(
    ("title", "not_key"),
    [
        ("Discharge Plan", "diagnosis"),
        ("Discharge Criteria", "diagnosis"),
        ("Discharge Goals", "goals"),
        ("Diagnostic Assessment Tools", "diagnosis"),
        ("Crisis/Safety Plan", "interventions"),
        ("Strengths and Barriers", "goals"),
        ("Medications", "diagnosis"),
        ("Individualized Treatment Plan", "interventions"),
        ("Physical Therapy Plan of Care", "interventions"),
    ],
)
def test_near_misses_do_not_match(title: str, not_key: str) -> None:
    assert match_section(title).key != not_key


@pytest.mark.parametrize(
    "title", ["Anxiety", "Client Will Walk", "Notes from Tuesday Meeting", "Summary of Visit 3"]
)
def test_unrelated_titles_stay_below_the_threshold_for_structured_sections(title: str) -> None:
    match = match_section(title)
    assert match.key not in {
        "diagnosis",
        "goals",
        "objectives",
        "interventions",
        "services",
        "duration",
        "signatures",
        "review",
    }


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Diagnosys", "diagnosis"),
        ("Duratoin", "duration"),
        ("Frequncy", "frequency"),
        ("Objectve", "objectives"),
        ("Revew Date", "review"),
        ("Assesment", "assessments"),
    ],
)
def test_single_typos_score_just_above_the_threshold(title: str, key: str) -> None:
    match = match_section(title)
    assert match.key == key and THRESHOLD <= match.score < 100


@pytest.mark.parametrize(
    "title", ["Diagnostic", "Diagnostics lab", "Diagnostic Tests", "Gaols", "Objctvs", "Freq", "Sigs"]
)
def test_near_misses_score_just_below_the_threshold(title: str) -> None:
    match = match_section(title)
    assert match.key is None and match.score < THRESHOLD


def test_normalize_title() -> None:
    assert normalize_title("II. Diagnoses (ICD-10-CM):") == "diagnoses icd 10 cm"
    assert normalize_title("3) Plan/Strategies") == "plan strategies"
    assert normalize_title("Section 4: Goals & Objectives", keep_parentheses=False) == "goals and objectives"
