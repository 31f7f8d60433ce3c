"""Signature layouts, fourth set: an e-mail's "--" signature block, a signer's block whose "Signed <date>" line sits
under a licence, NPI, title or practice line, an "Electronically signed:" label before a name with no credential,
trainee and supervised-worker roles, two signers side by side in one header table ("BCBA signature | Date |
Parent/guardian signature | Date", in one language or two), a signer named inside the signature cell ("Cliente /
Client: ..."), long role cells ("Staff who developed the plan"), a job title after the name, a statement and a dash
before the name, an NPI in brackets after the credential, and role headings in capitals over a signer's block.

Each test builds a small plan with python-docx; names and wording are invented and differ from the blind sets.
Blank lines stay unsigned and a practice's name is never taken for a signer."""

from __future__ import annotations

import datetime as dt

import docx

from authcheck.model import TreatmentPlan
from authcheck.model.vocab import normalize_signature_role
from authcheck.readers.phrases import parse_signature, plausible_name
from docx_helpers import read_blocks

_BODY = [
    "Outpatient Treatment Plan",
    "Client: Wilhelmina Osei    DOB: 02/11/1988",
    "Goals",
    "Goal 1: Wilhelmina will reduce her GAD-7 score from 15 to 7 or lower by 09/01/2026.",
    "Services",
    "Individual psychotherapy (90837), 53 minutes, weekly for 6 months.",
]


def _read(paragraphs: list[str], tables: list[list[list[str]]] | None = None, body: list[str] | None = None) -> TreatmentPlan:
    """A plan: the usual body, then `paragraphs` ("\\n" is a line break inside the paragraph), then `tables`
    (rows of cell texts; "\\n" starts a new paragraph of the cell)."""
    return read_blocks([*(body if body is not None else _BODY), *paragraphs, *(tables or [])])


def _by_role(plan: TreatmentPlan, role: str):
    found = [s for s in plan.signatures if s.role == role]
    assert found, f"no {role} signature in {[(s.role, s.name) for s in plan.signatures]}"
    return found[0]


def _names(plan: TreatmentPlan) -> list[str | None]:
    return [s.name for s in plan.signatures]


# --- an e-mail's signature block and a signer's block with detail lines ---------------------------------------


def test_email_signature_block_after_double_dash_is_the_clinicians_signature():
    plan = _read(["--", "Bartholomew Quist, LPCC", "Quist Counseling Studio | (505) 555-0134", "Signed 03/04/2026"])
    sig = _by_role(plan, "clinician")
    assert (sig.name, sig.credential, sig.date) == ("Bartholomew Quist", "LPCC", dt.date(2026, 3, 4))
    assert "Quist Counseling Studio" not in _names(plan)  # the practice line is no signer


def test_signature_block_without_delimiter_dates_the_name_above_its_detail_lines():
    plan = _read(["Philippa Nwosu, LCSW", "License #CSW-40022", "Signed March 5, 2026"])
    sig = _by_role(plan, "clinician")
    assert (sig.name, sig.credential, sig.date) == ("Philippa Nwosu", "LCSW", dt.date(2026, 3, 5))


def test_signature_block_in_one_paragraph_with_line_breaks_and_npi_line():
    plan = _read(["Ignatius Varga, DO\nNPI 1234567893\nSigned electronically 04/02/2026"])
    sig = _by_role(plan, "physician")
    assert (sig.name, sig.date, sig.method) == ("Ignatius Varga", dt.date(2026, 4, 2), "electronic")
    assert sig.signed


def test_signature_block_in_a_table_cell_with_a_title_line():
    plan = _read([], tables=[[["Rosalind Tebbe, PsyD\nStaff Psychologist\nDigitally signed on 04/09/2026"]]])
    sig = _by_role(plan, "clinician")
    assert (sig.name, sig.date) == ("Rosalind Tebbe", dt.date(2026, 4, 9))


def test_block_does_not_reach_over_another_signer_or_a_gap():
    plan = _read(["Philippa Nwosu, LCSW", "Orrin Baptiste, LPC", "Signed 03/05/2026"])
    dated = [s for s in plan.signatures if s.date == dt.date(2026, 3, 5)]
    assert [s.name for s in dated] == ["Orrin Baptiste"]  # the nearer signer, not the one above him
    plan = _read(["Philippa Nwosu, LCSW", "", "", "Signed 03/05/2026"])
    assert not any(s.name == "Philippa Nwosu" and s.date for s in plan.signatures)


def test_capital_role_heading_over_a_signers_block_names_the_role():
    plan = _read(["CLINICAL SUPERVISOR", "Edwina Castellanos, LCSW\nSigned 03/06/2026",
                  "THERAPIST", "Lucan Abernethy, LMSW\nSigned 03/05/2026"])
    assert _by_role(plan, "supervisor").name == "Edwina Castellanos"
    assert _by_role(plan, "clinician").name == "Lucan Abernethy"


# --- e-signature labels ------------------------------------------------------------------------------------------


def test_electronically_signed_label_without_credential_is_the_clinician_without_credential():
    plan = _read(["I reviewed this plan with Wilhelmina and she agrees with it.",
                  "Electronically signed: Caspian Holloway   03/02/2026 10:14 AM"])
    sig = _by_role(plan, "clinician")
    assert (sig.name, sig.credential, sig.method, sig.date) == ("Caspian Holloway", None, "electronic", dt.date(2026, 3, 2))


def test_esigned_label_variants_read_as_electronic():
    for label in ("E-signed by", "Digitally signed", "Electronically signed on"):
        parsed = parse_signature(label, "Mireille Dufort, LMHC 02/02/2026")
        assert parsed is not None and parsed.method == "electronic", label
        assert parsed.role_label is None and parsed.name == "Mireille Dufort"


# --- roles ------------------------------------------------------------------------------------------------------


def test_trainee_and_supervised_worker_roles_are_the_treating_clinician():
    for text in ("Trainee therapist (supervised worker)", "Clinical intern", "Practicum student", "Supervised worker",
                 "Counselor under supervision", "Doctoral student clinician", "Postdoctoral fellow",
                 "Pre-licensed counselor"):
        assert normalize_signature_role(text) == "clinician", text
    for text in ("Supervising psychologist", "Clinical supervisor", "Supervisor of intern", "Supervision of trainee"):
        assert normalize_signature_role(text) == "supervisor", text


def test_training_clinic_signature_table_keeps_trainee_and_supervisor_apart():
    plan = _read([], tables=[[
        ["Signature", "Role", "Date"],
        ["Fenella Marsh-Odum, M.A.", "Graduate trainee (supervised)", "02/10/2026"],
        ["Aurelio Banks, PhD", "Supervising licensed psychologist", "02/11/2026"],
    ]])
    assert _by_role(plan, "clinician").name == "Fenella Marsh-Odum"
    assert _by_role(plan, "supervisor").name == "Aurelio Banks"


def test_long_role_cell_in_a_signed_by_column_names_the_signer():
    plan = _read([], tables=[[
        ["Signed by", "Name / credentials", "Date"],
        ["Person served", "Gideon Ashcroft", "04/13/2026"],
        ["Staff member who wrote the plan", "Tamsin Reyes, BA, Recovery Counselor", "04/13/2026"],
        ["Qualified professional (countersignature)", "Ulric Fanshawe, LMHC", "04/17/2026"],
    ]])
    assert _by_role(plan, "client").name == "Gideon Ashcroft"
    assert _by_role(plan, "clinician").name == "Tamsin Reyes"
    assert _by_role(plan, "supervisor").name == "Ulric Fanshawe"


def test_job_title_after_the_name_gives_the_role_when_no_credential():
    plan = _read(["Isadora Pell, Case Manager — signed 03/03/2026"])
    assert _by_role(plan, "clinician").name == "Isadora Pell"
    plan = _read([], tables=[[["Signature", "Date"], ["Ansel Drury (Program Director)", "03/03/2026"]]])
    assert _by_role(plan, "supervisor").name == "Ansel Drury"


def test_credentialed_signer_without_role_takes_the_role_of_the_credential():
    plan = _read([], tables=[[["Signature", "Date"], ["Leopold Marchetti, PA-C", "03/03/2026"],
                              ["Corinna Vale, LMFT", "03/03/2026"], ["Wilhelmina Osei", "03/03/2026"]]])
    assert _by_role(plan, "physician").name == "Leopold Marchetti"
    assert _by_role(plan, "clinician").name == "Corinna Vale"
    assert _by_role(plan, "client").name == "Wilhelmina Osei"


# --- signers side by side in a header table ----------------------------------------------------------------------


def test_two_signers_side_by_side_each_with_its_own_date_column():
    plan = _read([], tables=[[
        ["Lead BCBA signature", "Date", "Parent/guardian signature", "Date"],
        ["Octavia Brandt-Lowe, BCBA (NPI 1144557788)", "01/12/2026", "Rupert Fairweather (father)", "01/14/2026"],
    ]])
    bcba, parent = _by_role(plan, "clinician"), _by_role(plan, "guardian")
    assert (bcba.name, bcba.credential, bcba.date) == ("Octavia Brandt-Lowe", "BCBA", dt.date(2026, 1, 12))
    assert (parent.name, parent.date) == ("Rupert Fairweather", dt.date(2026, 1, 14))


def test_bilingual_side_by_side_signers_with_a_blank_line():
    plan = _read([], tables=[[
        ["Firma del cliente / Client signature", "Fecha / Date", "Firma del terapeuta / Therapist signature", "Fecha / Date"],
        ["Marisol Ybarra", "05/02/2026", "__________", ""],
    ]])
    assert _by_role(plan, "client").name == "Marisol Ybarra"
    therapist = _by_role(plan, "clinician")
    assert not therapist.signed and therapist.name is None


def test_side_by_side_signers_with_printed_name_columns():
    plan = _read([], tables=[[
        ["Clinician signature", "Printed name", "Date", "Supervisor signature", "Printed name", "Date"],
        ["/s/ Gwendolyn Price", "Gwendolyn Price, LPC", "02/02/2026", "", "Horatio Blake, LPC-S", ""],
    ]])
    clinician, supervisor = _by_role(plan, "clinician"), _by_role(plan, "supervisor")
    assert clinician.signed and clinician.date == dt.date(2026, 2, 2)
    assert not supervisor.signed and supervisor.name == "Horatio Blake"


# --- the signer named inside the value ---------------------------------------------------------------------------


def test_bilingual_signature_table_with_the_role_inside_the_cell():
    plan = _read([], tables=[[
        ["Firma / Signature", "Fecha / Date"],
        ["Cliente / Client: Anselmo Quiroga", "06/16/2026"],
        ["Consejero / Counselor: Perpetua Lind, CAP", "06/16/2026"],
        ["Profesional calificado / Qualified professional: Evander Sloane, LCSW", "06/19/2026"],
    ]])
    assert _by_role(plan, "client").name == "Anselmo Quiroga"
    assert _by_role(plan, "clinician").name == "Perpetua Lind"
    assert _by_role(plan, "supervisor").date == dt.date(2026, 6, 19)


def test_role_inside_the_value_never_names_a_referrer():
    parsed = parse_signature("Signature", "Referring physician: Dr. Ames Colby, MD", "01/02/2026")
    assert parsed is not None and parsed.role_label is None


# --- statements, brackets and practices ---------------------------------------------------------------------------


def test_statement_and_dash_before_the_physicians_name():
    plan = _read(["Signatures",
                  "Counselor: Thaddeus Mwangi, CASAC — 03/06/2026",
                  "Physician review: I have reviewed this treatment plan. — Seraphina Doyle, MD (NPI 1234567893) — 03/09/2026"])
    sig = _by_role(plan, "physician")
    assert (sig.name, sig.credential, sig.date) == ("Seraphina Doyle", "MD", dt.date(2026, 3, 9))


def test_npi_in_brackets_after_the_credential_keeps_the_name():
    parsed = parse_signature("BCBA signature", "Octavia Brandt-Lowe, BCBA (NPI 1144557788)", "01/12/2026")
    assert parsed is not None and (parsed.name, parsed.credential) == ("Octavia Brandt-Lowe", "BCBA")
    parsed = parse_signature(None, "BCBA (Ines Korver, BCBA)")
    assert parsed is not None and parsed.name == "Ines Korver"  # a role with its signer in brackets still reads


def test_practice_names_are_not_signer_names():
    for text in ("Reyes Family Therapy", "Harbor Counseling Center", "Blue Sky Associates", "Pine Clinic"):
        assert not plausible_name(text), text
    assert plausible_name("Marisol Ybarra")


# --- more wordings of the same layouts ------------------------------------------------------------------------------


def test_signed_line_in_spanish_or_both_languages_dates_the_name_block():
    for signed in ("Firmado electrónicamente / Electronically signed 05/04/2026", "Firmado / Signed: 05/04/2026",
                   "Fecha / Date: 05/04/2026"):
        plan = _read([f"Leocadia Ferrer, LMHC\n{signed}"])
        sig = _by_role(plan, "clinician")
        assert (sig.name, sig.date) == ("Leocadia Ferrer", dt.date(2026, 5, 4)), signed


def test_date_line_under_name_and_title_lines():
    plan = _read(["Leocadia Ferrer, LMHC", "Licensed Mental Health Counselor", "Date: 05/04/2026"])
    sig = _by_role(plan, "clinician")
    assert (sig.name, sig.date) == ("Leocadia Ferrer", dt.date(2026, 5, 4))


def test_role_line_then_npi_line_then_signed_line():
    plan = _read(["Certifying practitioner: Casimir Okafor, PMHNP-BC", "NPI 1234567893", "Signed 05/04/2026"])
    sig = _by_role(plan, "physician")
    assert (sig.name, sig.date) == ("Casimir Okafor", dt.date(2026, 5, 4))


def test_npi_line_is_no_heading():
    plan = _read(["Casimir Okafor, PMHNP-BC", "NPI 1234567893", "Signed 05/04/2026"])
    assert _by_role(plan, "physician").date == dt.date(2026, 5, 4)
    assert all(s.source is None or not (s.source.section or "").startswith("NPI") for s in plan.signatures)


def test_short_email_closings_open_the_signature_block():
    for closing in ("Best,", "Thanks,", "Atentamente,"):
        plan = _read([closing, "Anneliese Brandt, PsyD", "Quiet Harbor Counseling Center", "Signed 05/04/2026"])
        sig = _by_role(plan, "clinician")
        assert (sig.name, sig.date) == ("Anneliese Brandt", dt.date(2026, 5, 4)), closing
        assert "Quiet Harbor Counseling Center" not in _names(plan)


def test_spanish_electronic_signature_label():
    plan = _read(["Firma electrónica: Anneliese Brandt, PsyD 05/04/2026"])
    sig = _by_role(plan, "clinician")
    assert (sig.name, sig.method, sig.date) == ("Anneliese Brandt", "electronic", dt.date(2026, 5, 4))


def test_spanish_signer_words():
    assert normalize_signature_role("Firma del terapeuta") == "clinician"
    assert normalize_signature_role("Consejera") == "clinician"
    assert normalize_signature_role("Padre / Madre / Tutor") == "guardian"
    assert normalize_signature_role("Paciente") == "client"
    assert normalize_signature_role("Médico") == "physician"
    assert normalize_signature_role("Tutorial") == "other"


def test_two_signature_labels_run_together_on_one_line():
    plan = _read([], tables=[[["Client signature: Marisol Ybarra", "Date: 05/02/2026",
                               "Therapist signature: Dorian Lusk, LMFT", "Date: 05/03/2026"]]])
    assert _by_role(plan, "client").date == dt.date(2026, 5, 2)
    assert _by_role(plan, "clinician").date == dt.date(2026, 5, 3)


def test_spanish_only_side_by_side_header():
    plan = _read([], tables=[[["Firma del cliente", "Fecha", "Firma del terapeuta", "Fecha"],
                              ["Marisol Ybarra", "05/02/2026", "Dorian Lusk, LMFT", "05/03/2026"]]])
    assert _by_role(plan, "client").date == dt.date(2026, 5, 2)
    assert _by_role(plan, "clinician").date == dt.date(2026, 5, 3)


def test_captions_below_each_signer_take_their_own_date():
    plan = _read([], tables=[[["Marisol Ybarra", "05/02/2026", "Dorian Lusk, LMFT", "05/03/2026"],
                              ["Client signature", "Date", "Therapist signature", "Date"]]])
    assert _by_role(plan, "client").date == dt.date(2026, 5, 2)
    assert _by_role(plan, "clinician").date == dt.date(2026, 5, 3)


def test_name_and_date_lines_in_the_plans_header_are_no_signature():
    body = ["Outpatient Treatment Plan", "Dorian Lusk, LMFT", "Date: 05/01/2026", *_BODY[1:]]
    plan = _read([], body=body)
    assert not any(s.name == "Dorian Lusk" for s in plan.signatures)
