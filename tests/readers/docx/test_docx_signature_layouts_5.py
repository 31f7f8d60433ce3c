"""Signature layouts, fifth set: a signer's own name with a credential over detail lines in a cell (never a role
caption, even when the credential is a role word such as "MD"), signer roles in a caption row with each signer's
block in the cell below, a name typed between slashes as the signature ("/Jo Lee, APRN/"), role labels whose note
holds a comma ("Guardian (mother, legal guardian):"), sign-off lines whose columns are set apart by dashes or bars
("Medical director — Jo Lee, DO — reviewed Oct 16, 2026"), more role words (lead analyst, specialists,
coordinators; "Certified peer specialist" is no certifier), a certifier heading kept across the attestation under
it, and a chiropractor, podiatrist or optometrist signing as the certifying practitioner.

Each test builds a small plan with python-docx; names and wording are invented and differ from the blind sets.
Blank lines stay unsigned, checkboxes and care-team tables are never taken for signers."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from authcheck.model import TreatmentPlan
from authcheck.model.vocab import normalize_signature_role
from authcheck.readers.phrases import looks_like_signature, parse_signature, plausible_name
from authcheck.readers.docx.signatures import is_role_label, names_a_person, signer_segments
from docx_helpers import read_blocks

_BODY = [
    "Outpatient Treatment Plan",
    "Client: Theodora Lindqvist    DOB: 05/30/1979",
    "Goals",
    "Goal 1: Theodora will reduce her PHQ-9 score from 17 to 9 or lower by 10/01/2026.",
    "Services",
    "Individual psychotherapy (90834), 45 minutes, weekly for 6 months.",
]

Block = str | list[list[str]]


def _read(blocks: list[Block], body: list[str] | None = None) -> TreatmentPlan:
    """A plan: the usual body, then `blocks` in order: a string is a paragraph ("\\n" a line break inside it), a list
    of rows a table (each cell's "\\n" starts a new paragraph of the cell)."""
    return read_blocks([*(body if body is not None else _BODY), *blocks])


def _one(plan: TreatmentPlan, role: str):
    found = [s for s in plan.signatures if s.role == role]
    assert len(found) == 1, [(s.role, s.name, s.date, s.signed) for s in plan.signatures]
    return found[0]


# --- a signer's own name over detail lines in a cell --------------------------------------------------------------


def test_name_with_md_over_npi_and_signed_date_beside_a_certification_statement() -> None:
    plan = _read([[[
        "PHYSICIAN CERTIFICATION — I have reviewed this plan of care and certify that the services are needed.",
        "Rosalind Achterberg-Nwosu, MD\nNPI 1234567893\nSigned 03/11/2026",
    ]]])
    signer = _one(plan, "physician")
    assert (signer.name, signer.credential, signer.date, signer.signed) == (
        "Rosalind Achterberg-Nwosu", "MD", dt.date(2026, 3, 11), True
    )


def test_name_with_do_over_licence_and_date_label_in_a_box() -> None:
    plan = _read([[["Dr. Casimir Ventura DO\nLicense #OS-20931\nDate: 03/12/2026"]]])
    signer = _one(plan, "physician")
    assert (signer.name, signer.credential, signer.date) == ("Casimir Ventura", "DO", dt.date(2026, 3, 12))


def test_role_caption_over_name_and_signed_date_still_reads_as_a_box() -> None:
    plan = _read([[["Clinician\nMarguerite Obi, LCSW\nSigned: 03/02/2026"]]])
    signer = _one(plan, "clinician")
    assert (signer.name, signer.date, signer.signed) == ("Marguerite Obi", dt.date(2026, 3, 2), True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Adaeze Okafor-Reyes, MD", True),
        ("Dr. Lionel Pratt DO", True),
        ("Physician, MD", False),  # a role with a credential
        ("Nurse", False),
        ("Lead BCBA", False),
        ("Parent / Guardian", False),
    ],
)
def test_names_a_person(text: str, expected: bool) -> None:
    assert names_a_person(text) is expected
    if expected:
        assert not is_role_label(text)


# --- captions above the signers' blocks ---------------------------------------------------------------------------


def test_role_captions_over_side_by_side_signer_blocks() -> None:
    plan = _read([[
        ["Supervising BCBA", "Parent / guardian"],
        ["Isadora Quennell, MS, BCBA\nNPI 1234567893\nSigned 02/03/2026", "Benedikt Larrabee\nSigned 02/04/2026"],
    ]])
    bcba = _one(plan, "clinician")
    assert (bcba.name, bcba.credential, bcba.date) == ("Isadora Quennell", "MS, BCBA", dt.date(2026, 2, 3))
    parent = _one(plan, "guardian")
    assert (parent.name, parent.date, parent.signed) == ("Benedikt Larrabee", dt.date(2026, 2, 4), True)


def test_three_role_captions_over_name_and_bare_date_blocks() -> None:
    plan = _read([
        "Signatures",
        [
            ["Person served", "Rehabilitation specialist (CPRP)", "Psychiatric nurse practitioner"],
            ["Anselm Brightwater\n05/08/2026", "Yvette Moreau, MA, CPRP\n05/08/2026", "Odile Farrow, CRNP\n05/12/2026"],
        ],
    ])
    assert _one(plan, "client").date == dt.date(2026, 5, 8)
    assert _one(plan, "clinician").name == "Yvette Moreau"
    nurse = _one(plan, "physician")
    assert (nurse.name, nurse.credential, nurse.date) == ("Odile Farrow", "CRNP", dt.date(2026, 5, 12))


def test_caption_row_with_date_columns_dates_each_signer() -> None:
    plan = _read([[
        ["Client", "Date", "Therapist", "Date"],
        ["Anselm Brightwater", "04/01/2026", "Jo Ellen Pike, LPC (e-signed)", "04/02/2026"],
    ]])
    assert _one(plan, "client").date == dt.date(2026, 4, 1)
    therapist = _one(plan, "clinician")
    assert (therapist.name, therapist.date) == ("Jo Ellen Pike", dt.date(2026, 4, 2))


def test_blank_block_under_a_caption_is_an_unsigned_line() -> None:
    plan = _read([[
        ["Parent / guardian", "Therapist"],
        ["______________________", "Jo Ellen Pike, LPC\nDate: 04/02/2026"],
    ]])
    parent = _one(plan, "guardian")
    assert (parent.signed, parent.name) == (False, None)
    assert _one(plan, "clinician").signed is True


def test_bilingual_role_captions_over_signer_blocks() -> None:
    plan = _read([[
        ["Madre / Mother", "Terapeuta / Therapist"],
        ["Lucía Barrientos\nFirmado 02/02/2026", "Tomás Echeverri, LMFT\nSigned 02/02/2026"],
    ]])
    assert _one(plan, "guardian").name == "Lucía Barrientos"
    assert _one(plan, "clinician").credential == "LMFT"


def test_care_team_table_with_names_and_no_dates_is_not_signatures() -> None:
    plan = _read([[["Therapist", "Case manager"], ["Jo Ellen Pike, LPC", "Marta Szabo, BSW"]]])
    assert plan.signatures == []


# --- names typed between slashes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "name", "credential"),
    [
        ("/Yolanda Pruett-Abara, APRN/     Date: 04/09/2026", "Yolanda Pruett-Abara", "APRN"),
        ("/Marisol Quintero, OTR/L/ 02/02/2026", "Marisol Quintero", "OTR/L"),
        ("/Dr. Ike Obuya, MD/ on 03/03/2026", "Ike Obuya", "MD"),
    ],
)
def test_slashed_name_is_a_typed_signature(value: str, name: str, credential: str) -> None:
    parsed = parse_signature("Signature", value)
    assert parsed is not None
    assert (parsed.name, parsed.credential, parsed.method, parsed.signed) == (name, credential, "typed", True)


def test_slashed_name_line_without_a_label_is_a_signature() -> None:
    assert looks_like_signature(None, "/Yolanda Pruett-Abara, APRN/     04/09/2026")
    assert not looks_like_signature(None, "/bin/sh was used 04/09/2026")
    plan = _read(["Ordering practitioner signature: /Yolanda Pruett-Abara, APRN/   Date: 04/09/2026"])
    signer = _one(plan, "physician")
    assert (signer.name, signer.date, signer.method) == ("Yolanda Pruett-Abara", dt.date(2026, 4, 9), "typed")


# --- role labels with a comma in their note ------------------------------------------------------------------------


def test_signer_segments_reads_a_role_label_with_a_comma() -> None:
    segments = signer_segments("Guardian (mother, legal guardian): Ottoline Vance  01/05/2026")
    assert segments[0].label == "Guardian (mother, legal guardian)"
    assert segments[0].value.startswith("Ottoline Vance")
    assert signer_segments("Parent, guardian: Ana Ruiz   Date: 01/02/2026")[1].label == "Date"
    assert signer_segments("Vance, Ottoline: 01/02/2026")[0].label is None  # a name, not a role
    assert signer_segments("Diagnosis, primary: F32.1")[0].label is None


def test_three_signers_run_together_with_a_comma_in_a_role_note() -> None:
    plan = _read([
        "BCBA: Lorcan Whitfield, MA, BCBA  01/05/2026        Guardian (father, legal guardian): Ottoline Vance  "
        "01/05/2026        Participant: Emrys Vance  01/05/2026"
    ])
    assert _one(plan, "clinician").name == "Lorcan Whitfield"
    assert _one(plan, "guardian").name == "Ottoline Vance"
    assert _one(plan, "client").date == dt.date(2026, 1, 5)


def test_role_label_with_a_comma_on_its_own_line() -> None:
    plan = _read(["Guardian (aunt, legal guardian): Philomena Craddock  01/07/2026"])
    signer = _one(plan, "guardian")
    assert (signer.name, signer.date) == ("Philomena Craddock", dt.date(2026, 1, 7))


# --- dashes or bars between a sign-off's columns -------------------------------------------------------------------


def test_dash_separated_sign_off_lines() -> None:
    plan = _read([
        "Primary counselor — Gideon Ashworth, CASAC — Oct 14, 2026",
        "Medical director — Roxana Petrova, DO — reviewed Oct 16, 2026",
        "Resident — Philippa Strand-Okafor — Oct 14, 2026",
    ])
    assert _one(plan, "clinician").date == dt.date(2026, 10, 14)
    director = _one(plan, "physician")
    assert (director.name, director.credential, director.date) == ("Roxana Petrova", "DO", dt.date(2026, 10, 16))
    client = _one(plan, "client")
    assert client.name == "Philippa Strand-Okafor"  # a hyphen inside a name does not split it


def test_bar_and_en_dash_separated_sign_off_lines() -> None:
    plan = _read([
        "Guardian | Ana Ruiz-Tello | signed 01/05/2026",
        "Therapist – Jo Ellen Pike, LPC – e-signed 01/06/2026",
        "Supervisor - Hollis Grange, LCSW-C - approved on 01/08/2026",
    ])
    assert _one(plan, "guardian").date == dt.date(2026, 1, 5)
    assert _one(plan, "clinician").date == dt.date(2026, 1, 6)
    assert _one(plan, "supervisor").date == dt.date(2026, 1, 8)


def test_dash_separated_goal_line_after_the_content_is_no_signature() -> None:
    plan = _read(["Client — will attend 3 groups weekly — by 02/01/2026"])
    assert plan.signatures == []


# --- role words ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Lead analyst", "clinician"),
        ("Supervising analyst", "clinician"),
        ("Board Certified Behavior Analyst", "clinician"),
        ("Certified peer specialist", "clinician"),
        ("Certified Alcohol and Drug Counselor", "clinician"),
        ("PRS specialist (CPRP)", "clinician"),
        ("Care coordinator", "clinician"),
        ("Certified by", "physician"),
        ("Certifying practitioner", "physician"),
        ("Data analyst", "other"),
    ],
)
def test_role_words(label: str, role: str) -> None:
    assert normalize_signature_role(label) == role


def test_lead_analyst_sign_off_line() -> None:
    plan = _read(["Lead analyst: Desmond Ferrante, MA, BCBA — 05/18/2026", "Guardian: Luz Harrow — 05/18/2026"])
    assert _one(plan, "clinician").name == "Desmond Ferrante"
    assert _one(plan, "guardian").name == "Luz Harrow"


def test_checkbox_option_is_not_a_signer() -> None:
    assert not plausible_name("☐ Approve")
    plan = _read([
        "Physician signature: Lionel Vasquez, DO   Date: 04/02/2026",
        "☐ Approve with the following changes: __________________________",
    ])
    assert [s.name for s in plan.signatures] == ["Lionel Vasquez"]


# --- certifiers ----------------------------------------------------------------------------------------------------


def test_certifier_heading_holds_across_the_attestation_under_it() -> None:
    plan = _read([
        "Certifying practitioner",
        "I certify that I have reviewed this plan of care and that the services are required.",
        "Signature: Anneliese Borg      Date: 08/22/2025",
    ])
    signer = _one(plan, "physician")
    assert (signer.name, signer.date) == ("Anneliese Borg", dt.date(2025, 8, 22))


@pytest.mark.parametrize("credential", ["DC", "DPM", "OD"])
def test_chiropractor_podiatrist_or_optometrist_signs_as_the_certifier(credential: str) -> None:
    plan = _read([
        "Therapist: Jolanta Marek, PT, DPT   8/18/25",
        "I have reviewed the plan of care and certify that the services are required.",
        f"Signature: Bradford Nyquist, {credential}      NPI 1234567893      Date: 8/22/25",
    ])
    signer = _one(plan, "physician")
    assert (signer.name, signer.credential, signer.date) == ("Bradford Nyquist", credential, dt.date(2025, 8, 22))
    assert _one(plan, "clinician").name == "Jolanta Marek"


def test_role_and_name_over_npi_and_signed_date_in_one_cell() -> None:
    plan = _read([[
        ["Supervising BCBA\nIsadora Quennell, MS, BCBA\nNPI 1234567893\nSigned 02/03/2026",
         "Parent / guardian\nBenedikt Larrabee\nSigned 02/04/2026"],
    ]])
    bcba = _one(plan, "clinician")
    assert (bcba.name, bcba.credential, bcba.date) == ("Isadora Quennell", "MS, BCBA", dt.date(2026, 2, 3))
    assert _one(plan, "guardian").date == dt.date(2026, 2, 4)


def test_signature_captions_in_the_header_over_signer_blocks() -> None:
    plan = _read([[
        ["Supervising BCBA signature", "Parent/guardian signature"],
        ["Isadora Quennell, MS, BCBA\nNPI 1234567893\nSigned 02/03/2026", "Benedikt Larrabee\nSigned 02/04/2026"],
    ]])
    assert _one(plan, "clinician").date == dt.date(2026, 2, 3)
    assert _one(plan, "guardian").name == "Benedikt Larrabee"


def test_capital_captions_over_blocks_with_an_electronic_signature_line() -> None:
    plan = _read([[
        ["CLINICIAN", "PHYSICIAN"],
        ["Naomi Ferreira, LCSW\nDate: 02/02/2026", "Ugo Adeyemi, MD\nElectronically signed 02/10/2026"],
    ]])
    assert _one(plan, "clinician").date == dt.date(2026, 2, 2)
    physician = _one(plan, "physician")
    assert (physician.date, physician.method) == (dt.date(2026, 2, 10), "electronic")


def test_dash_separated_sign_off_lines_in_spanish() -> None:
    plan = _read([
        "Terapeuta — Ana Ruiz-Tello, LMFT — firmado el 01/05/2026",
        "Paciente — Héctor Ibarra — 01/05/2026",
    ])
    therapist = _one(plan, "clinician")
    assert (therapist.name, therapist.date) == ("Ana Ruiz-Tello", dt.date(2026, 1, 5))
    assert _one(plan, "client").name == "Héctor Ibarra"


def test_slashed_name_in_a_sign_off_row() -> None:
    plan = _read([[
        ["Ordering practitioner", "/Ikechukwu Obuya, MD/", "03/03/2026"],
        ["Patient", "Ada Lindqvist", "03/03/2026"],
    ]])
    physician = _one(plan, "physician")
    assert (physician.name, physician.method, physician.date) == ("Ikechukwu Obuya", "typed", dt.date(2026, 3, 3))
