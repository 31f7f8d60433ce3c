"""Signatures and plan facts, round 13: a signer's degree written in mixed case ("PsyD", "EdD") and a bracketed NPI
before the "Date:" label, a signer's middle initial before "Date signed:", a birth date in a client header repeated
on a later page (never a signing date), a member ID under a label naming the payer ("Keystone Mutual ID"), who made a
diagnosis when a hard line end cuts "diagnosed by" from the name, a rank marked "*PRIMARY*", and a service code
mistyped in the code column of a services table read as lines (a nested table, tab stops, a text export's columns).

Each test builds a small plan with python-docx; names and wording are invented and differ from the blind sets.
Near misses (a name with a capital inside it, a surname after an initial that is a label, a signature dated beside a
birth date, a phone or account number, a line that goes on after "by" with no person, a valid code, a code column
holding no code) must keep their reading."""

from __future__ import annotations

import datetime as dt

import docx

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.fields.services import column_cells, service_header_roles
from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.phrases import split_name_date
from docx_helpers import read_blocks, read_document

_BODY = [
    "Outpatient Treatment Plan",
    "Client: Wilhelmina Ostergaard    Plan date: 03/02/2026",
    "Goals",
    "Goal 1: Wilhelmina will lower her GAD-7 score from 15 to 7 or below by 09/01/2026.",
    "Services",
    "Individual psychotherapy (90834), 45 minutes, weekly for 6 months.",
]


def _read(blocks: list, body: list[str] | None = None) -> TreatmentPlan:
    return read_blocks([*(body if body is not None else _BODY), *blocks])


def _sig(plan: TreatmentPlan, name: str):
    found = [s for s in plan.signatures if s.name == name]
    assert len(found) == 1, [(s.role, s.name, s.credential, s.date) for s in plan.signatures]
    return found[0]


# --- a mixed-case degree and a bracketed NPI before the date label ------------------------------------------------


def test_mixed_case_degree_and_npi_stay_with_the_name_before_the_date_label() -> None:
    cases = [
        ("Psychologist: /s/ Hana Villanueva, PhD (NPI 1437219850) Date: 03/04/2026", "Hana Villanueva", "PhD"),
        ("Clinician: Tobias Wren, EdD (Lic. #PSY-22831) Date signed: 03/05/2026", "Tobias Wren", "EdD"),
        ("Signed: Imogen Achterberg, PsyD (NPI 1902846613)   Signature date: 03/06/2026", "Imogen Achterberg", "PsyD"),
    ]
    for text, name, credential in cases:
        plan = _read(["Signatures", text])
        signature = _sig(plan, name)
        assert signature.credential is not None and signature.credential.casefold() == credential.casefold(), text
        assert signature.date is not None and signature.date.year == 2026 and signature.date.month == 3, text


def test_split_keeps_a_bracketed_npi_with_an_upper_case_credential() -> None:
    segments = split_labels("ATTENDING: Corwin Blaylock, MD (NPI 1730295581) Date signed: 02/11/2026")
    assert [(s.label, s.value) for s in segments] == [
        ("ATTENDING", "Corwin Blaylock, MD (NPI 1730295581)"),
        ("Date signed", "02/11/2026"),
    ]


def test_near_miss_a_name_with_a_capital_inside_is_no_credential() -> None:
    # "DeShawn" has a capital inside but is a given name: the label after it is still cut off
    segments = split_labels("Youth: Okafor, DeShawn Date signed: 02/11/2026")
    assert [(s.label, s.value) for s in segments] == [("Youth", "Okafor, DeShawn"), ("Date signed", "02/11/2026")]
    plan = _read(["Signatures", "Client: Ruth McAllister Date: 03/04/2026"])
    signature = _sig(plan, "Ruth McAllister")
    assert signature.credential is None and signature.date == dt.date(2026, 3, 4)


# --- a middle initial before "Date signed:" --------------------------------------------------------------------


def test_a_middle_initial_does_not_end_the_signers_name() -> None:
    cases = [
        ("Client: Wilhelmina T. Ostergaard Date signed: 3/2/2026", "Wilhelmina T. Ostergaard", dt.date(2026, 3, 2)),
        ("Parent/guardian: Rosendo A. Quiñones Date: 03/03/2026", "Rosendo A. Quiñones", dt.date(2026, 3, 3)),
        ("Counselor: Priya S. Ramaswamy, LPC Signed on: 03/04/2026", "Priya S. Ramaswamy", dt.date(2026, 3, 4)),
    ]
    for text, name, date in cases:
        plan = _read(["SIGNATURES", text])
        signature = _sig(plan, name)
        assert signature.date == date, text


def test_near_miss_a_label_after_an_initial_is_still_a_label() -> None:
    segments = split_labels("Client: Ruiz, A. Therapist: J. Lee")
    assert [(s.label, s.value) for s in segments] == [("Client", "Ruiz, A"), ("Therapist", "J. Lee")]
    segments = split_labels("Plan written by Dr. A. Ruiz. Review date: 01/02/2026")
    assert segments[-1].label == "Review date" and segments[-1].value == "01/02/2026"


# --- a birth date is never a signing date -------------------------------------------------------------------------


def test_a_client_header_repeated_after_the_content_is_no_signature() -> None:
    headers = [
        "Pt: Cornelius B. Haverford   DOB 11/02/1944   MBI 2TT4RD6WK83",
        "Patient: Jo Ann Pike  |  D.O.B.: 1951-03-02  |  MRN 5521",
        "Client: Benedikt Ortiz (born 4/4/1960)   Acct 77120",
    ]
    for header in headers:
        plan = _read(
            [header, "Signatures", "Therapist: Marisol Etxeberria, LCSW Date: 03/02/2026"],
        )
        dates = [s.date for s in plan.signatures]
        assert all(d is None or d.year == 2026 for d in dates), (header, dates)
        assert [s.name for s in plan.signatures] == ["Marisol Etxeberria"], header


def test_split_name_date_skips_a_birth_date() -> None:
    assert split_name_date("Jane Doe DOB: 01/02/1990 Date: 02/02/2026")[:2] == ("Jane Doe", dt.date(2026, 2, 2))
    assert split_name_date("Ana Ruiz (born 3/4/2010) 02/02/2026")[:2] == ("Ana Ruiz", dt.date(2026, 2, 2))
    name, date, _ = split_name_date("Theo Lamb   Date of birth 09/23/1947")
    assert date is None and name.strip() == "Theo Lamb"


def test_near_miss_a_signature_beside_a_birth_date_keeps_its_signing_date() -> None:
    plan = _read(["Signatures", "Client: Lionel Brackett   DOB 06/06/1970   Date signed: 03/02/2026"])
    signature = _sig(plan, "Lionel Brackett")
    assert signature.date == dt.date(2026, 3, 2)


# --- a member ID under a label naming the payer ---------------------------------------------------------------------


def test_a_member_id_under_the_payers_own_name() -> None:
    cases = [
        ("Tidewater Mutual ID:\tTWM-5531-0082-7\tAcct:\tPRC-11902", "TWM-5531-0082-7"),
        ("Blue Heron Health ID: BHH 77410293    Case manager: Ines Portillo", "BHH 77410293"),
        ("Piedmont Care No.:  PC-66120184", "PC-66120184"),
    ]
    for line, member_id in cases:
        plan = read_blocks(
            ["Treatment Plan", "Client:\tMarguerite L. Oyelaran\tDate of Birth:\t02/11/1988", line, *_BODY[2:]]
        )
        assert plan.patient.member_id == member_id, line


def test_near_miss_phone_account_and_record_numbers_are_no_member_id() -> None:
    for line in (
        "Emergency Contact Number:\t555-201-3344",
        "Home Phone Number: 555-014-2288",
        "Acct:\tSBX-77812\tMedical Record No.:\t00412",
    ):
        plan = read_blocks(
            ["Treatment Plan", "Client:\tMarguerite L. Oyelaran\tDate of Birth:\t02/11/1988", line, *_BODY[2:]]
        )
        assert plan.patient.member_id is None, line


# --- who made a diagnosis, cut by a hard line end -------------------------------------------------------------------


def test_who_made_the_diagnosis_on_the_line_after_a_dangling_by() -> None:
    cases = [
        (
            [
                "F90.2       Attention-deficit hyperactivity disorder, combined type; diagnosed by",
                "            Benedetta Lorenz, MD, developmental pediatrician on 10/14/2025",
            ],
            "Benedetta Lorenz, MD",
            dt.date(2025, 10, 14),
        ),
        (
            [
                "F84.0 Autistic disorder, primary; comprehensive evaluation completed by",
                "Dr. Lena Park-Whitfield, PhD on 2024-05-03 (ADOS-2)",
            ],
            "Lena Park-Whitfield, PhD",
            dt.date(2024, 5, 3),
        ),
    ]
    for lines, by, on in cases:
        plan = _read([], body=["Treatment Plan", "Client: Ansel Moreau", "DIAGNOSES", *lines, *_BODY[2:]])
        assert plan.diagnoses, lines
        assert plan.diagnoses[0].diagnosed_by == by, plan.diagnoses[0]
        assert plan.diagnoses[0].diagnosed_on == on


def test_near_miss_a_line_after_by_that_names_nobody_is_not_joined() -> None:
    plan = _read(
        [],
        body=[
            "Treatment Plan",
            "Client: Ansel Moreau",
            "DIAGNOSES",
            "F41.1 Generalized anxiety disorder; symptoms first noted by",
            "Teachers reported worry at school in 2024.",
            *_BODY[2:],
        ],
    )
    assert plan.diagnoses[0].code == "F41.1"
    assert plan.diagnoses[0].diagnosed_by is None


def test_a_rank_marked_with_asterisks_or_square_brackets_is_primary() -> None:
    for mark in ("*PRIMARY*", "[Primary]", "** principal **"):
        plan = _read(
            [],
            body=[
                "Treatment Plan",
                "Client: Ansel Moreau",
                "Diagnoses",
                "F43.10   Post-traumatic stress disorder, unspecified",
                f"F33.1   Major depressive disorder, recurrent, moderate {mark}",
                *_BODY[2:],
            ],
        )
        ranks = {d.code: d.primary for d in plan.diagnoses}
        assert ranks == {"F43.10": False, "F33.1": True}, (mark, ranks)
        assert "primary" not in (plan.diagnoses[1].description or "").casefold()


# --- a mistyped code in the code column of a services table read as lines ---------------------------------------


def test_header_roles_and_row_cells() -> None:
    assert service_header_roles("Code\tService\tAmount\tFrequency\tDuration") == [
        "code",
        "service",
        "amount",
        "frequency",
        "duration",
    ]
    assert service_header_roles("CPT    DESCRIPTION    UNITS    FREQUENCY") == ["code", "description", "units", "frequency"]
    assert service_header_roles("Code\tDescription") is None  # a diagnosis list's header: no quantity column
    assert service_header_roles("97153\tAdaptive behavior treatment\t10 hours\tweekly") is None
    assert column_cells("9715\tABA by protocol\t10 h\tweekly", ["code", "service", "amount", "frequency"]) == {
        "code": "9715",
        "service": "ABA by protocol",
        "amount": "10 h",
        "frequency": "weekly",
    }
    assert column_cells("9715\tABA by protocol", ["code", "service", "amount"]) is None


def test_a_mistyped_code_in_a_nested_services_table_is_kept_as_written() -> None:
    document = docx.Document()
    for line in ["ABA Treatment Plan", "Client: Anneliese Vo", "Goals",
                 "Goal 1: Anneliese will request items with words in 80% of trials by 08/01/2026."]:
        document.add_paragraph(line)
    layout = document.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = "Services Requested"
    nested = layout.cell(0, 1).add_table(rows=3, cols=4)
    for r, row in enumerate(
        [
            ["Code", "Service", "Amount", "Frequency"],
            ["9751", "Adaptive behavior treatment by protocol", "15 hours per week", "5 days/week"],
            ["97155", "Protocol modification (BCBA)", "2 hours per week", "weekly"],
        ]
    ):
        for c, text in enumerate(row):
            nested.cell(r, c).text = text
    plan = read_document(document)
    codes = [s.code for s in plan.services]
    assert "9751" in codes and "97155" in codes, codes
    assert all((s.description or "").casefold() != "code service amount frequency" for s in plan.services)
    assert len(plan.services) == 2, [(s.code, s.description) for s in plan.services]


def test_a_mistyped_code_in_tab_and_space_aligned_rows_is_kept_as_written() -> None:
    for header, row, good in (
        (
            "CPT\tService\tUnits\tFrequency",
            "9711O\tTherapeutic exercise\t2 units\t2x/week",
            "97140\tManual therapy\t1 unit\t2x/week",
        ),
        (
            "CODE    SERVICE                      AMOUNT       FREQUENCY",
            "9083    Individual psychotherapy     45 min       weekly",
            "90847   Family psychotherapy         50 min       monthly",
        ),
    ):
        plan = _read([], body=[*_BODY[:4], "SERVICES REQUESTED", header, row, good])
        codes = [s.code for s in plan.services]
        assert codes[-2:] == [row.split()[0].upper(), good.split()[0]], codes
        assert not any(s.code is None and s.description and "SERVICE" in s.description.upper() for s in plan.services)


def test_near_miss_a_code_column_without_a_code_stays_uncoded() -> None:
    plan = _read(
        [],
        body=[*_BODY[:4], "SERVICES REQUESTED", "Code\tService\tAmount\tFrequency", "TBD\tFamily sessions\t60 min\tmonthly"],
    )
    family = [s for s in plan.services if "Family" in (s.description or "")]
    assert len(family) == 1 and family[0].code is None, [(s.code, s.description) for s in plan.services]


# --- a residential program's placement date is its admission date --------------------------------------------------


def test_a_placement_date_is_the_admission_date() -> None:
    for line in ("Placement date: 01/09/2026", "Date of placement\t01/09/2026", "Residential placement date: Jan 9, 2026"):
        plan = read_blocks(["Residential Treatment Plan", "Resident: Thaddeus Nwosu", line, "Plan date: 01/20/2026", *_BODY[2:]])
        assert plan.admission_date == dt.date(2026, 1, 9), line


def test_near_miss_a_placement_that_is_no_date_is_no_admission() -> None:
    for line in ("Placement type: Residential, Level 2", "School placement: 5th grade general education"):
        plan = read_blocks(["Residential Treatment Plan", "Resident: Thaddeus Nwosu", line, "Plan date: 01/20/2026", *_BODY[2:]])
        assert plan.admission_date is None, line
