"""Signatures of faxed, OCR'd and shorthand plans, round 30.

- an ABA plan's signer table or line naming the plan's author by credential first, its role after it:
  "BCBA (supervising)", "BCBA, lead", "LBA - supervising": the supervising analyst is the treating clinician
  (as "Supervising BCBA" already was), while another profession's "(supervising)" stays a countersigner;
- a line saying how it was signed before the printed name ("Pt: signed on tablet  R. Ekwueme  Date: 3/9/26"):
  the device is no part of the name (so the shorthand "Pt" line is again seen to name the client, and is the
  client's, not a physical therapist's without a credential); a line with the device alone is signed and names
  nobody.

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss
that keeps its reading.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path


from authcheck.api import check_file, load_library, select_profiles
from authcheck.model.vocab import normalize_signature_role
from authcheck.readers.phrases.signature_text import parse_signature
from docx_helpers import read_blocks, save_blocks, signer_named

_ABA = [
    "ABA Treatment Plan - Continued Authorization Request",
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


def _kinds(path: Path, payer: str) -> set[str]:
    as_of = dt.date(2026, 3, 1)
    profiles = select_profiles(load_library(), payer=payer, as_of=as_of)
    return {finding.kind for finding in check_file(path, profiles, as_of).findings}


# --- the supervising analyst named credential first ------------------------------------------------------------


def test_an_analyst_with_the_supervising_role_after_the_credential_is_the_treating_clinician() -> None:
    for label in ("BCBA (supervising)", "BCBA, supervising", "BCBA - supervising", "BCBA-D (lead)",
                  "Behavior analyst (supervising)", "LBA (primary)", "Supervising BCBA"):
        assert normalize_signature_role(label) == "clinician", label


def test_another_professions_supervising_line_is_still_a_countersigner() -> None:
    # near miss: a supervising counselor, a clinical supervisor, a BCBA supervising someone named after it
    for label in ("LPC (supervising)", "Clinical supervisor", "BCBA (supervisor)", "BCBA supervising RBT",
                  "Clinical supervisor (BCBA)"):
        assert normalize_signature_role(label) == "supervisor", label


def test_a_signer_table_with_bcba_supervising_reads_the_clinician() -> None:
    plan = read_blocks([
        *_ABA,
        "Signatures",
        [
            ["Role", "Signature", "Printed name / credentials", "Date"],
            ["BCBA (supervising)", "signature", "Oksana Delacroix, MS, BCBA", "02/02/2026"],
            ["Parent/guardian", "signature", "Tove Brandvold", "02/03/2026"],
        ],
    ])
    analyst = signer_named(plan, "Oksana Delacroix")
    assert analyst.role == "clinician"
    assert analyst.credential == "MS, BCBA"
    assert analyst.date == dt.date(2026, 2, 2)
    assert signer_named(plan, "Tove Brandvold").role == "guardian"


def test_an_aba_plan_signed_by_the_bcba_supervising_has_its_clinician_signature(tmp_path: Path) -> None:
    signed = save_blocks(tmp_path, [*_ABA, "Signatures",
                              "BCBA (supervising): [signature] Hyun-woo Castellano, MA, BCBA   Date: 01/12/2026",
                              "Parent/guardian: [signature] Tove Brandvold   Date: 01/12/2026"])
    assert "signature-missing" not in _kinds(signed, "commercial-aba")
    # near miss: only the parent signed: the analyst's signature is still missing
    parent_only = save_blocks(tmp_path, [*_ABA, "Signatures",
                                   "Parent/guardian: [signature] Tove Brandvold   Date: 01/12/2026"])
    assert "signature-missing" in _kinds(parent_only, "commercial-aba")


# --- how it was signed, before the printed name ---------------------------------------------------------------


def test_the_device_a_line_was_signed_on_is_no_part_of_the_name() -> None:
    read = parse_signature("Pt", "signed on tablet  R. Ekwueme   Date: 3/9/26")
    assert read is not None
    assert (read.name, read.date, read.signed, read.method) == ("R. Ekwueme", dt.date(2026, 3, 9), True, "electronic")
    portal = parse_signature("Client", "e-signed via patient portal  Ana Ruiz  01/05/2026")
    assert portal is not None and (portal.name, portal.method) == ("Ana Ruiz", "electronic")
    clinic = parse_signature("Client", "signed in clinic  Ana Ruiz  01/05/2026")
    assert clinic is not None and clinic.name == "Ana Ruiz" and clinic.date == dt.date(2026, 1, 5)


def test_a_device_alone_is_signed_by_nobody_named_and_a_name_before_the_mark_keeps_its_reading() -> None:
    # near miss: no printed name after the device: signed, no name invented from "tablet"
    alone = parse_signature("Pt", "signed on tablet", "3/9/26")
    assert alone is not None
    assert (alone.name, alone.signed, alone.date) == (None, True, dt.date(2026, 3, 9))
    # near miss: the name before the mark, as before
    before = parse_signature("Client", "Ana Ruiz — signed on tablet 01/05/2026")
    assert before is not None and before.name == "Ana Ruiz" and before.date == dt.date(2026, 1, 5)


def test_a_shorthand_plan_signed_by_pt_on_a_tablet_has_no_clinician_line_without_credential(tmp_path: Path) -> None:
    lines = ["Signatures", "Clinician: e-signed  Linh Tran, PsyD   Date: 3/1/26"]
    path = save_blocks(tmp_path, [*_PSY, *lines, "Pt: signed on tablet  H. Quinlan   Date: 3/1/26"])
    plan = read_blocks([*_PSY, *lines, "Pt: signed on tablet  H. Quinlan   Date: 3/1/26"])
    patient = signer_named(plan, "H. Quinlan")
    assert patient.role == "client" and patient.date == dt.date(2026, 3, 1)
    assert "credential-missing" not in _kinds(path, "medicare-psychotherapy")
    # near miss: the clinician's own line without a credential is still reported
    bare = save_blocks(tmp_path, [*_PSY, "Signatures", "Clinician: e-signed  Linh Tran   Date: 3/1/26",
                            "Pt: signed on tablet  H. Quinlan   Date: 3/1/26"])
    assert "credential-missing" in _kinds(bare, "medicare-psychotherapy")


def test_pt_signed_on_a_tablet_by_someone_else_is_not_made_the_client() -> None:
    # near miss: the device is dropped, but a "Pt:" line naming someone other than the client keeps its reading
    plan = read_blocks([*_PSY, "Signatures", "Clinician: e-signed  Linh Tran, PsyD   Date: 3/1/26",
                        "Pt: signed on tablet  J. Whitfield   Date: 3/1/26"])
    assert signer_named(plan, "J. Whitfield").role != "client"
