"""Signatures and the plan's own dates (round 15): a plan's only signer introduced by a bare "signed:" (the author,
the clinician), the signed date of a sign-off line that also holds an order's date, a plan dated by a bare
"Prepared <date>", a bracket in an intake or evaluation date's label naming the other event, a lower-case
shorthand field line ("date: 3/9/26", "pt: ...") that no longer runs into the line above it. Each document is built
here with python-docx in wordings of its own; each rule has a near miss that keeps its old reading."""

from __future__ import annotations

import datetime as dt

from docx_helpers import read_blocks

D = dt.date

_GOALS = [
    "Goals",
    "1) less worry",
    "   a. PHQ-9 from 15 to below 8 by 6/15/26",
    "TX: CBT 50 min q wk x 16 wks (90837).",
]


def _by_role(plan, role):
    return [s for s in plan.signatures if s.role == role]


# --- a plan's only signer under a bare "signed:" label is its author ---------------------------------------------


def test_bare_signed_line_is_the_authors_signature() -> None:
    plan = read_blocks(["Outpatient plan", "Client: Oriana Feldspar", "Plan date: 4/2/26", *_GOALS,
                        "signed: T. Valdivieso   4/2/26"])
    clinicians = _by_role(plan, "clinician")
    assert [(s.name, s.credential, s.date) for s in clinicians] == [("T. Valdivieso", None, D(2026, 4, 2))]


def test_bare_signature_label_beside_a_client_line() -> None:
    plan = read_blocks(["Care plan", "Client: Bartholomew Quince", "Plan date: 02/10/2026", *_GOALS,
                        "Client: Bartholomew Quince   02/10/2026",
                        "Signature: Marguerite Lindqvist   02/10/2026"])
    assert [s.name for s in _by_role(plan, "client")] == ["Bartholomew Quince"]
    assert [s.name for s in _by_role(plan, "clinician")] == ["Marguerite Lindqvist"]


def test_e_signed_by_label_without_method_words() -> None:
    plan = read_blocks(["Treatment plan", "Patient: Henrike Osterberg", "Plan date: 01/20/2026", *_GOALS,
                        "Signed by: Caspian Mbeki   01/20/2026"])
    assert [s.name for s in _by_role(plan, "clinician")] == ["Caspian Mbeki"]


def test_bare_signer_sharing_the_clients_surname_stays_unassigned() -> None:
    # near miss: a relative signs ("Signed: Rosa Feldspar" for client Oriana Feldspar)
    plan = read_blocks(["Outpatient plan", "Client: Oriana Feldspar", "Plan date: 4/2/26", *_GOALS,
                        "signed: Rosa Feldspar   4/2/26"])
    assert not _by_role(plan, "clinician")
    assert [s.name for s in plan.signatures] == ["Rosa Feldspar"]


def test_bare_signer_beside_a_named_clinician_stays_unassigned() -> None:
    # near miss: the clinician signs under her role; the bare "Signed:" line is somebody else's
    plan = read_blocks(["Outpatient plan", "Client: Oriana Feldspar", "Plan date: 4/2/26", *_GOALS,
                        "Therapist: Lucinda Harrow, LCSW   4/2/26",
                        "Signed: Petronella Arkwright   4/2/26"])
    assert [s.name for s in _by_role(plan, "clinician")] == ["Lucinda Harrow"]
    assert [s.role for s in plan.signatures if s.name == "Petronella Arkwright"] == ["other"]


def test_two_bare_signers_stay_unassigned() -> None:
    # near miss: two role-less signers; which is the author is not said
    plan = read_blocks(["Outpatient plan", "Client: Oriana Feldspar", "Plan date: 4/2/26", *_GOALS,
                        "Signed: Petronella Arkwright   4/2/26",
                        "Signature: Ignatius Follett   4/3/26"])
    assert not _by_role(plan, "clinician")


def test_a_witness_label_is_no_bare_signature() -> None:
    plan = read_blocks(["Outpatient plan", "Client: Oriana Feldspar", "Plan date: 4/2/26", *_GOALS,
                        "Witness: Petronella Arkwright   4/2/26"])
    assert not _by_role(plan, "clinician")


# --- the signed date of a line that also holds another date ------------------------------------------------------


def test_signed_date_after_an_order_date() -> None:
    plan = read_blocks(["Plan of care", "Patient: Evander Skov", "SOC date: 05/04/2026", *_GOALS,
                        "Nurse: Ottoline Brask, RN — verbal order 05/01/2026 — signed 05/04/2026"])
    nurse = _by_role(plan, "clinician")
    assert [(s.name, s.date) for s in nurse] == [("Ottoline Brask", D(2026, 5, 4))]


def test_date_signed_label_among_two_dates() -> None:
    plan = read_blocks(["Plan of care", "Patient: Evander Skov", "Plan date: 05/04/2026", *_GOALS,
                        "Therapist: Jonah Pelletier, PT — evaluation 05/02/2026, date signed 05/05/2026"])
    assert [(s.name, s.date) for s in _by_role(plan, "clinician")] == [("Jonah Pelletier", D(2026, 5, 5))]


def test_co_signed_date_is_not_the_signers_date() -> None:
    # near miss: the later date is a co-signature's, not this signer's
    plan = read_blocks(["Plan of care", "Patient: Evander Skov", "Plan date: 05/04/2026", *_GOALS,
                        "Therapist: Jonah Pelletier, PTA — 05/04/2026 — co-signed 05/09/2026"])
    assert [(s.name, s.date) for s in _by_role(plan, "clinician")] == [("Jonah Pelletier", D(2026, 5, 4))]


# --- "Prepared <date>" dates the plan ------------------------------------------------------------------------------


def test_prepared_date_at_the_top_is_the_plan_date() -> None:
    plan = read_blocks(["Your plan", "Prepared January 14, 2026 for Wilhelmina Achterberg (born May 2, 1955).",
                        *_GOALS])
    assert plan.plan_date == D(2026, 1, 14)


def test_written_date_at_the_top_is_the_plan_date() -> None:
    plan = read_blocks(["Recovery plan", "Written 02/27/2026 with Florentin Dobrev.", *_GOALS])
    assert plan.plan_date == D(2026, 2, 27)


def test_a_prepared_assessment_date_is_no_plan_date() -> None:
    # near miss: another document's preparation date
    plan = read_blocks(["Your plan", "Assessment prepared 01/10/2026 by the intake team.", *_GOALS])
    assert plan.plan_date is None


# --- a bracket in an intake or evaluation date's label naming the other event ------------------------------------


def test_initial_assessment_label_naming_the_intake() -> None:
    plan = read_blocks(["Treatment plan", "Client: Gideon Marwick", "Date of initial assessment (intake): 11/03/2025",
                        "Plan date: 12/01/2025", *_GOALS])
    assert plan.first_treatment_date == D(2025, 11, 3)
    assert plan.admission_date == D(2025, 11, 3)


def test_admission_label_naming_the_first_visit() -> None:
    plan = read_blocks(["Treatment plan", "Client: Gideon Marwick", "Admission date (first visit): 11/03/2025",
                        "Plan date: 12/01/2025", *_GOALS])
    assert plan.admission_date == D(2025, 11, 3)
    assert plan.first_treatment_date == D(2025, 11, 3)


def test_a_bracket_placing_the_event_on_another_day_names_nothing() -> None:
    # near miss: "after intake" is not the intake's day
    plan = read_blocks(["Treatment plan", "Client: Gideon Marwick", "First session date (after intake): 11/10/2025",
                        "Plan date: 12/01/2025", *_GOALS])
    assert plan.first_treatment_date == D(2025, 11, 10)
    assert plan.admission_date is None


def test_a_bracket_naming_a_place_names_nothing() -> None:
    plan = read_blocks(["Treatment plan", "Client: Gideon Marwick", "Admission date (east campus): 11/03/2025",
                        "Plan date: 12/01/2025", *_GOALS])
    assert plan.admission_date == D(2025, 11, 3)
    assert plan.first_treatment_date is None


# --- shorthand field lines in lower case ---------------------------------------------------------------------------


def test_lower_case_date_line_under_a_long_header_line() -> None:
    plan = read_blocks(["OUTPT TX PLAN", "pt: Cornelius Abernethy   58 y/o M   ins: Medicare 3KD8-TR4-PM62",
                        "date: 2/17/26", *_GOALS])
    assert plan.plan_date == D(2026, 2, 17)
    assert plan.patient.name == "Cornelius Abernethy"


def test_lower_case_dx_line_keeps_its_own_line() -> None:
    plan = read_blocks(["OUTPT TX PLAN", "pt: Cornelius Abernethy   58 y/o M   ins: Medicare 3KD8-TR4-PM62",
                        "dx: F33.1 MDD recurrent moderate", *_GOALS])
    assert [d.code for d in plan.diagnoses] == ["F33.1"]


def test_a_wrapped_sentence_with_a_colon_still_joins() -> None:
    # near miss: a hard-wrapped sentence whose next line opens with words that are no field label
    plan = read_blocks(["Plan", "Client: Cornelius Abernethy", "Plan date: 2/17/26",
                        "Goals",
                        "Goal 1: Cornelius will use the coping plan he wrote with his counselor and",
                        "practise its three steps: breathing, naming the worry, calling his sister by 5/1/26."])
    statements = [g.statement for _, g in plan.iter_goals()]
    assert len(statements) == 1 and "practise its three steps" in statements[0]


def test_upper_case_pt_label_stays_the_therapist() -> None:
    # near miss: "PT:" names a physical therapist, not the patient
    plan = read_blocks(["Plan of care", "Patient: Cornelius Abernethy", "PT: Rosalind Ekwueme, DPT",
                        "Plan date: 2/17/26", *_GOALS])
    assert plan.patient.name == "Cornelius Abernethy"
