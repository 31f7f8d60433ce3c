"""Signatures, signers and credentials, round 31.

- a behavior technician (RBT, "Behavior Technician") carries out an ABA plan: the signature is not the treating
  clinician's, so an ABA plan whose supervising BCBA is still "awaiting co-signature" lacks it;
- a behavior analyst who directs or supervises the case ("Clinical director / BCBA-D") is the ABA plan's clinician
  when no other line is the clinician's;
- a job title after the credential in a signer table's name cell ("Jo Lee, LCSW (supervising counselor)") says
  she countersigns;
- credentials spelled out ("Licensed Professional Counselor", "Doctor of Medicine"), and credentials followed by
  a title or the drawn signature ("Psy.D.  Licensed Psychologist (PA PS018842)", "LMFT ____Oscar Lindahl____");
- "Pt signature on file: <client>" inside a sentence is the client's;
- Spanish signing marks ("firmado electrónicamente / electronically signed");
- a reviewer's box headed "CLINICAL SUPERVISOR REVIEW (qualified professional)";
- "Signature / Date   03/17/2026", the caption under a "/s/" line, dates it;
- FHIR: a qualification coded "MD" under the text "Doctor of Medicine".

Each test builds a small plan in code; names and wording are invented. Each change has a near miss that keeps
its reading.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path


from authcheck.api import check_file, load_library, select_profiles
from authcheck.model.vocab import credential_in, find_credentials, normalize_signature_role
from authcheck.readers.fhir.people import Person, _credential, signer_role
from authcheck.readers.phrases import parse_signature, split_name_credential
from docx_helpers import read_blocks, save_blocks, signer_named

_ABA = [
    "ABA Treatment Plan",
    "Client: Milo Brandvold",
    "DOB: 05/14/2019",
    "Plan date: 02/02/2026",
    "Diagnosis: F84.0 Autism spectrum disorder",
    "Goal 1: Milo will mand for 10 items with 2-word phrases in 80% of opportunities across 3 sessions by 08/01/2026",
    "Baseline: 2 items",
]

_PSY = [
    "Treatment Plan",
    "Client: Harriet Quinlan",
    "DOB: 04/02/1961",
    "Plan date: 03/01/2026",
    "Diagnosis: F41.1 Generalized anxiety disorder",
    "Goal 1: reduce worry",
    "Objective 1: GAD-7 from 15 to 8 or below by 6/1/2026",
    "Interventions: CBT 1x/wk 45 min",
]


def _kinds(path: Path, payer: str, state: str | None = None) -> set[str]:
    as_of = dt.date(2026, 3, 20)
    profiles = select_profiles(load_library(), payer=payer, states=(state,) if state else (), as_of=as_of)
    return {finding.kind for finding in check_file(path, profiles, as_of).findings}


def _roles(plan) -> dict[str | None, str]:  # type: ignore[no-untyped-def]
    return {s.name: s.role for s in plan.signatures}


# --- a behavior technician's signature ----------------------------------------------------------------------


def test_a_behavior_technician_is_not_the_treating_clinician() -> None:
    for label in ("Behavior Technician", "RBT", "Registered behavior technician", "Behavior Technician / RBT"):
        assert normalize_signature_role(label) == "other", label
    # near miss: the analyst, and another profession's technician, keep their roles
    for label in ("Supervising BCBA", "BCBA", "Mental health technician", "Lead BCBA"):
        assert normalize_signature_role(label) == "clinician", label


def test_an_aba_plan_awaiting_the_bcbas_co_signature_misses_it(tmp_path: Path) -> None:
    lines = [
        "Signatures",
        "Behavior Technician: Jasmine Cole, RBT — signed 02/02/2026",
        "Parent/Guardian: Tove Brandvold — signed 02/03/2026",
    ]
    awaiting = save_blocks(tmp_path, [*_ABA, *lines, "Supervising BCBA: Whitney Lang, BCBA — Awaiting co-signature"], "a.docx")
    plan = read_blocks([*_ABA, *lines, "Supervising BCBA: Whitney Lang, BCBA — Awaiting co-signature"])
    assert signer_named(plan, "Jasmine Cole").role == "other"
    assert "signature-missing" in _kinds(awaiting, "commercial-aba")
    # near miss: the BCBA signed as well: nothing is missing
    signed = save_blocks(tmp_path, [*_ABA, *lines, "Supervising BCBA: Whitney Lang, BCBA — signed 02/04/2026"], "b.docx")
    assert "signature-missing" not in _kinds(signed, "commercial-aba")


def test_a_technician_by_credential_alone_is_not_the_clinician() -> None:
    plan = read_blocks([*_ABA, "Signatures", "Signed: Jasmine Cole, RBT  02/02/2026",
                        "Signed: Whitney Lang, BCBA  02/02/2026"])
    assert signer_named(plan, "Jasmine Cole").role == "other"
    # near miss: the analyst's credential still makes her the clinician
    assert signer_named(plan, "Whitney Lang").role == "clinician"


# --- a behavior analyst directing the case --------------------------------------------------------------------


def test_the_clinical_director_bcba_signing_alone_is_the_aba_plans_clinician(tmp_path: Path) -> None:
    lines = ["Sign-off", "Clinical director / BCBA-D: Ruairi Castellano, PhD, BCBA-D — e-signed 02/02/2026",
             "Parent: Tove Brandvold — signed 02/02/2026"]
    plan = read_blocks([*_ABA, *lines])
    assert signer_named(plan, "Ruairi Castellano").role == "clinician"
    assert "signature-missing" not in _kinds(save_blocks(tmp_path, [*_ABA, *lines]), "commercial-aba")


def test_a_director_beside_a_blank_lead_analyst_line_or_of_another_profession_stays_a_countersigner(
    tmp_path: Path,
) -> None:
    # near miss: the lead BCBA's own line is blank: the director countersigned, the clinician's signature is missing
    lines = ["Sign-off", "Lead BCBA: ______________________  Date: ________",
             "Clinical director / BCBA-D: Ruairi Castellano, PhD, BCBA-D — e-signed 02/02/2026",
             "Parent: Tove Brandvold — signed 02/02/2026"]
    plan = read_blocks([*_ABA, *lines])
    assert signer_named(plan, "Ruairi Castellano").role == "supervisor"
    assert "signature-missing" in _kinds(save_blocks(tmp_path, [*_ABA, *lines]), "commercial-aba")
    # near miss: a clinical director who is no behavior analyst stays the supervisor
    other = read_blocks([*_PSY, "Signatures", "Clinical director: Ana Ruiz, LCSW — signed 03/02/2026"])
    assert signer_named(other, "Ana Ruiz").role == "supervisor"


# --- a title after the credential in a signer table -----------------------------------------------------------


def test_a_supervising_title_in_the_name_cell_makes_a_countersigner() -> None:
    plan = read_blocks([*_PSY, "Signatures", [
        ["Signature", "Name / credential", "Date"],
        ["/s/", "Obadiah Fennimore, CADC-II (primary counselor)", "03/01/2026"],
        ["/s/", "Tamsin Reyes-Holloway, LCSW (supervising counselor)", "03/08/2026"],
        ["/s/", "Bartholomew Adeyinka, DO (medical director)", "03/08/2026"],
    ]])
    roles = _roles(plan)
    assert roles["Tamsin Reyes-Holloway"] == "supervisor"
    # near miss: the primary counselor stays the clinician, the medical director the physician
    assert roles["Obadiah Fennimore"] == "clinician"
    assert roles["Bartholomew Adeyinka"] == "physician"


# --- credentials spelled out or followed by a title -----------------------------------------------------------


def test_a_credential_spelled_out_is_a_credential() -> None:
    assert split_name_credential("Devon Okafor, Licensed Professional Counselor") == (
        "Devon Okafor", "Licensed Professional Counselor")
    assert credential_in("Licensed Professional Counselor", ["LPC"])
    assert find_credentials("Helena Ortiz, Doctor of Medicine") == ["MD"]
    # near miss: a job title is no credential; after the initials the spelled title is not repeated
    assert split_name_credential("Jane Doe, Program Manager") == ("Jane Doe", None)
    assert split_name_credential("Elias Quill, PsyD, Licensed Psychologist") == ("Elias Quill", "PsyD")
    assert not credential_in("Licensed Professional Counselor", ["LCSW"])


def test_a_credential_before_a_title_or_the_drawn_signature_is_kept() -> None:
    assert split_name_credential("Aaron Feld, Psy.D.    Licensed Psychologist (PA PS018842)") == ("Aaron Feld", "Psy.D.")
    read = parse_signature("Clinician", "Oscar Lindahl, LMFT ________Oscar Lindahl________  Date: 10/01/2026")
    assert read is not None and (read.name, read.credential, read.signed) == ("Oscar Lindahl", "LMFT", True)
    # near miss: a title alone after the name, or a lower-case phrase, gives no credential
    assert split_name_credential("Ana Ruiz, Program Director") == ("Ana Ruiz", None)
    assert split_name_credential("Ana Ruiz, Do Not Sign") == ("Ana Ruiz", None)


def test_a_plan_signed_by_a_counselor_spelled_out_has_its_credential(tmp_path: Path) -> None:
    lines = ["Signatures", "Clinician: Devon Okafor, Licensed Professional Counselor   Date: 03/01/2026",
             "Client: Harriet Quinlan   Date: 03/01/2026"]
    assert "credential-missing" not in _kinds(save_blocks(tmp_path, [*_PSY, *lines], "a.docx"), "medicare-psychotherapy")
    # near miss: a name with no credential at all is still reported
    bare = ["Signatures", "Clinician: Devon Okafor   Date: 03/01/2026", "Client: Harriet Quinlan   Date: 03/01/2026"]
    assert "credential-missing" in _kinds(save_blocks(tmp_path, [*_PSY, *bare], "b.docx"), "medicare-psychotherapy")


# --- "Pt signature" inside a sentence -------------------------------------------------------------------------


def test_pt_signature_inside_a_sentence_is_the_clients() -> None:
    head = ["Treatment Plan", "Pt: Raymond T. Quist", "DOB: 04/02/1961", *_PSY[3:]]
    plan = read_blocks([*head, "Pt participated in developing this plan. Pt signature on file: Raymond T. Quist 03/01/2026",
                        "Electronically signed by: Curtis Vane, PsyD, Licensed Psychologist  03/01/2026 16:05"])
    assert signer_named(plan, "Raymond T. Quist").role == "client"
    assert signer_named(plan, "Curtis Vane").role == "clinician"
    # near miss: a physical therapist's signature (someone else, with a credential) is not the client's
    other = read_blocks([*head, "Plan reviewed. PT signature on file: Dana Wells, DPT 03/01/2026"])
    assert signer_named(other, "Dana Wells").role == "clinician"


# --- Spanish signing marks ------------------------------------------------------------------------------------


def test_a_bilingual_or_spanish_signing_mark_signs_the_line() -> None:
    both = parse_signature("BCBA signature", "Tomás Echeverría, MS, BCBA, NPI 1526609130 — firmado electrónicamente / "
                                             "electronically signed 09/08/2026")
    assert both is not None
    assert (both.name, both.signed, both.date, both.method) == ("Tomás Echeverría", True, dt.date(2026, 9, 8), "electronic")
    assert "firmado" in both.text  # the line is quoted as written
    spanish = parse_signature("BCBA signature", "Tomás Echeverría, MS, BCBA — firmado electrónicamente 09/08/2026")
    assert spanish is not None and spanish.name == "Tomás Echeverría" and spanish.signed


def test_a_spanish_pending_or_blank_signature_stays_unsigned() -> None:
    # near miss: "firma pendiente" (signature pending) and a blank "Firma del terapeuta" line are not signed
    pending = parse_signature("BCBA", "Tomás Echeverría, MS, BCBA — firma pendiente / pending signature")
    assert pending is not None and not pending.signed
    blank = parse_signature("Firma del terapeuta", "______")
    assert blank is not None and not blank.signed


# --- a reviewer's box -----------------------------------------------------------------------------------------


def test_a_supervisor_review_box_names_its_signer(tmp_path: Path) -> None:
    box = [["CLINICAL SUPERVISOR REVIEW (qualified professional)\nReviewed and approved.\n"
            "Signature: Reginald Ashe, LCSW        Date: 03/12/2026"]]
    lines = ["Client signature: Harriet Quinlan        Date: 03/01/2026",
             "Primary counselor: Natalie Vo, CAC        Date: 03/01/2026"]
    plan = read_blocks([*_PSY, *lines, box])
    assert signer_named(plan, "Reginald Ashe").role == "supervisor"
    assert signer_named(plan, "Natalie Vo").role == "clinician"
    # the same box typed as paragraphs
    paras = read_blocks([*_PSY, *lines, "CLINICAL SUPERVISOR REVIEW (qualified professional)", "Reviewed and approved.",
                         "Signature: Reginald Ashe, LCSW        Date: 03/12/2026"])
    assert signer_named(paras, "Reginald Ashe").role == "supervisor"
    late = save_blocks(tmp_path, [*_PSY, *lines, box])
    assert "signature-late" in _kinds(late, "base-treatment-plan", "fl-65d-30")


def test_a_box_of_another_review_keeps_the_role_of_the_credential() -> None:
    # near miss: "Treatment plan review" names no reviewer: the signer's credential says who signed
    box = [["TREATMENT PLAN REVIEW\nReviewed with the client.\nSignature: Reginald Ashe, LCSW        Date: 03/12/2026"]]
    plan = read_blocks([*_PSY, "Client signature: Harriet Quinlan        Date: 03/01/2026", box])
    assert signer_named(plan, "Reginald Ashe").role == "clinician"


# --- the caption under a conformed signature ------------------------------------------------------------------


def test_signature_date_caption_under_a_conformed_signature_dates_it() -> None:
    plan = read_blocks([*_PSY, "Signatures", "Counselor (plan author)", "/s/ Alyssa Grant, BS, CAC",
                        "Signature / Date   03/01/2026", "", "Qualified Professional countersignature",
                        "/s/ Dr. Nathan Reyes, PsyD, Licensed Psychologist", "Signature / Date   03/16/2026"])
    assert signer_named(plan, "Alyssa Grant").date == dt.date(2026, 3, 1)
    reviewer = signer_named(plan, "Nathan Reyes")
    assert (reviewer.role, reviewer.date, reviewer.credential) == ("supervisor", dt.date(2026, 3, 16), "PsyD")


def test_signature_date_caption_under_a_blank_line_signs_nothing() -> None:
    # near miss: the line above is blank: nobody signed, and the date is no signing date of anybody's
    plan = read_blocks([*_PSY, "Signatures", "Qualified Professional countersignature", "______________________",
                        "Signature / Date   03/16/2026"])
    assert not any(s.signed and s.date == dt.date(2026, 3, 16) for s in plan.signatures)


# --- FHIR: a qualification coded under a degree's name --------------------------------------------------------


def test_a_fhir_qualification_coded_md_under_its_name_is_a_physician() -> None:
    practitioner = {"resourceType": "Practitioner", "name": [{"family": "Ortiz", "given": ["Helena"]}],
                    "qualification": [{"code": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0360",
                                                            "code": "MD"}], "text": "Doctor of Medicine"}}]}
    credential = _credential(practitioner)
    assert credential is not None and credential_in(credential, ["MD"])
    who = Person(kind="Practitioner", credential=credential)
    assert signer_role(who, is_author=False, signature_types=[], context_role=None) == "physician"


def test_a_fhir_qualification_with_no_credential_invents_none() -> None:
    # near miss: a role's name coded with no known credential stays as written, and signs as the clinician
    practitioner = {"resourceType": "Practitioner", "name": [{"family": "Lee", "given": ["Jo"]}],
                    "qualification": [{"code": {"coding": [{"code": "CM"}], "text": "Case manager"}}]}
    credential = _credential(practitioner)
    assert credential == "Case manager"
    assert not find_credentials(credential)
    who = Person(kind="Practitioner", credential=credential)
    assert signer_role(who, is_author=False, signature_types=[], context_role=None) == "clinician"
