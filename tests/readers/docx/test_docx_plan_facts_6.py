"""Plan-level facts in more layouts (sixth round): the second look for basic facts in layouts the structured pass
does not know (a label with a required-field star, a label alone in its cell, a label run into its value with no
colon, a wide-gap or "·" banner, a letter's subject line, an EHR banner's first cell, a bare "Date:" under the
heading that names it, a payer-named identifier label), an evaluation note's title dating its first treatment,
who made a diagnosis written in brackets or named by its short name or in the heading over the list, an
excluded condition, uncoded DSM names in a list, and form item numbers that are no ICD-10 codes. Each document
is built here with python-docx, in wordings of its own."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from authcheck.readers.docx.fields.fallback import basic_facts
from authcheck.readers.docx.labels import field_key
from authcheck.readers.phrases import find_icd_codes, parse_diagnoses
from docx_helpers import add_table, read_document

D = dt.date


def _doc(*lines: str) -> docx.Document:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    return document


# --- the client's name -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "PATIENT  Odalys Brennan-Keogh   ·   DOB 03/14/1988   ·   Medicaid 44718203B",
        "Client   Odalys Brennan-Keogh   |   Birth date 03/14/1988",
        "Participant\tOdalys Brennan-Keogh\tDOB\t03/14/1988",
    ],
)
def test_name_after_a_label_without_colon(line: str) -> None:
    plan = read_document(_doc("Riverbend Counseling", line, "Diagnosis: F41.1 Generalized anxiety disorder"))
    assert plan.patient.name == "Odalys Brennan-Keogh"
    assert plan.patient.birth_date == D(1988, 3, 14)


@pytest.mark.parametrize("label", ["*Member name", "Member name (required)", "1. Member name *", "* Client name:"])
def test_name_in_the_next_cell_with_decorated_label(label: str) -> None:
    document = _doc("Request for authorization. Fields marked * are required.")
    add_table(document, [[label, "Tobiah Lindqvist-Moreau", "*Member ID", "QRX-55019283"], ["*DOB", "07/02/2019", "", ""]])
    plan = read_document(document)
    assert plan.patient.name == "Tobiah Lindqvist-Moreau"
    assert plan.patient.member_id == "QRX-55019283"


@pytest.mark.parametrize(
    "subject",
    [
        "RE:  Treatment plan — Ms. Josephine Albrecht",
        "Re: Plan of care for Mr. Anselm Okafor-Ruiz",
        "Subject: Treatment plan summary - Josephine Albrecht",
        "Regarding:\tIndividual therapy plan — Anselm Okafor-Ruiz",
    ],
)
def test_name_in_a_letters_subject_line(subject: str) -> None:
    plan = read_document(_doc("March 2, 2026", subject, "Dear colleague,", "She is seen for grief."))
    assert plan.patient.name in ("Josephine Albrecht", "Anselm Okafor-Ruiz")


@pytest.mark.parametrize("first", ["MONTOYA, RAYMOND A", "Montoya, Raymond A."])
def test_name_in_an_ehr_banner_table(first: str) -> None:
    document = docx.Document()
    add_table(document, [[first, "MRN: 004417731", "DOB: 03-Sep-1948 (77Y)", "Sex: M"]])
    document.add_paragraph("BEHAVIORAL HEALTH TREATMENT PLAN")
    plan = read_document(document)
    assert plan.patient.name is not None and plan.patient.name.lower().startswith("montoya, raymond")


def _facts(document: docx.Document, keys: tuple[str, ...] | None = None) -> dict[str, str]:
    """The basic facts (all, or only `keys`) the second look finds in a document built here (first of each)."""
    import io

    from authcheck.readers.docx.blocks import read_body
    from authcheck.readers.docx.package import open_docx

    buffer = io.BytesIO()
    document.save(buffer)
    package = open_docx(buffer.getvalue(), "test.docx")
    found: dict[str, str] = {}
    body = read_body(package.document, package.load_styles, package.document_data)
    for fact in basic_facts(body) if keys is None else basic_facts(body, keys=keys):
        found.setdefault(fact.key, fact.value)
    return found


def test_second_look_for_some_facts_only() -> None:
    """The reader asks only for the facts still missing: the others are not looked for, and a label keeps naming
    its own fact ("Plan date" never fills the admission date because the plan date is not asked for)."""
    document = _doc("PATIENT  Odalys Brennan-Keogh   ·   DOB 03/14/1988", "Plan date 04/02/2026", "Admitted 2026-03-30")
    assert _facts(document) == {"patient.name": "Odalys Brennan-Keogh", "patient.birth_date": "03/14/1988",
                                "plan_date": "04/02/2026", "admission_date": "2026-03-30"}
    assert _facts(document, ("patient.birth_date",)) == {"patient.birth_date": "03/14/1988"}
    assert _facts(document, ("admission_date",)) == {"admission_date": "2026-03-30"}
    assert _facts(_doc("Plan date 04/02/2026"), ("admission_date",)) == {}


def test_staff_name_is_not_the_clients() -> None:
    """A label that names a person, with a name carrying a credential, is a staff member: never the client."""
    document = _doc("Plan reviewed", "Name  Bertrand Ochoa, CADC-II   ·   Date 06/01/2026")
    add_table(document, [["Patient", "Bertrand Ochoa, LCSW"]])
    assert "patient.name" not in _facts(document)


def test_banner_cell_table_location() -> None:
    document = docx.Document()
    document.add_paragraph("Clinic")
    add_table(document, [["DOMINGUEZ, ROSA M", "MRN: 00482911", "DOB: 7/22/1951"]])
    facts = basic_facts_with_locations(document)
    assert facts["patient.name"] == ("DOMINGUEZ, ROSA M", 0, 0)


def basic_facts_with_locations(document: docx.Document) -> dict[str, tuple[str, int | None, int | None]]:
    import io

    from authcheck.readers.docx.blocks import read_body
    from authcheck.readers.docx.package import open_docx

    buffer = io.BytesIO()
    document.save(buffer)
    package = open_docx(buffer.getvalue(), "test.docx")
    found: dict[str, tuple[str, int | None, int | None]] = {}
    for fact in basic_facts(read_body(package.document, package.load_styles, package.document_data)):
        found.setdefault(fact.key, (fact.value, fact.loc.table, fact.loc.cell))
    return found


# --- member id ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("HealthChoices ID: 7300158842    Plan date: 05/08/2026", "7300158842"),
        ("Client ID (Medicaid): RB77301M    Plan date: 05/08/2026", "RB77301M"),
        ("Learner: Jo Okoro   |   Subscriber ID: BCX 884120559   |   Plan date 05/08/2026", "BCX 884120559"),
        ("Resident: Jo Okoro · Fidelis Care member ID 58812093-01 · plan written May 8, 2026", "58812093-01"),
    ],
)
def test_member_id_labels(line: str, expected: str) -> None:
    plan = read_document(_doc("Harbor Light", line))
    assert plan.patient.member_id == expected
    assert plan.plan_date == D(2026, 5, 8)


@pytest.mark.parametrize("line", ["Agency MR#: ML-04-2291", "Chart ID: VC-7720", "Client ID: 44-1902", "Docket #: 70219"])
def test_record_numbers_are_not_member_ids(line: str) -> None:
    plan = read_document(_doc("Meadowlark Home Health", "Patient: Ana Ruiz   DOB: 01/02/1950", line))
    assert plan.patient.member_id is None


# --- plan, admission, first treatment dates; level of care; period ----------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        ("Plan Status: Signed          Plan Effective: 05-May-2026          Plan Type: Outpatient",),
        ("Level: Intensive Inpatient   Admit: 5/4/2026   Plan: 5/5/2026",),
        ("Admitted 2026-05-04   ·   Plan effective 2026-05-05   ·   Quarterly update due 2026-08-01",),
        ("4.0  PLAN ESTABLISHED", "4.1  Date: 05/05/2026"),
        ("Resident: Pia Strand · admitted May 4, 2026 · plan written May 5, 2026",),
    ],
)
def test_plan_date_layouts(lines: tuple[str, ...]) -> None:
    plan = read_document(_doc("Recovery Lodge", *lines, "Diagnosis: F10.20 Alcohol dependence"))
    assert plan.plan_date == D(2026, 5, 5)


def test_plan_date_in_a_two_column_form_and_program_entry() -> None:
    document = _doc("TREATMENT PLAN")
    add_table(document, [["Name", "Ximena Cardoso"], ["Level of Care", "Day or Night Treatment"],
                         ["Program entry", "05/04/2026"], ["Plan", "05/12/2026"]])
    plan = read_document(document)
    assert plan.plan_date == D(2026, 5, 12)
    assert plan.admission_date == D(2026, 5, 4)
    assert plan.level_of_care == "Day or Night Treatment"


def test_level_with_a_level_of_care_value() -> None:
    plan = read_document(_doc("Patient: Boyd Tuck   DOB: 3/8/1983", "Level: Residential 3.5   Admit: 1/5/2026"))
    assert plan.level_of_care == "Residential 3.5"
    assert plan.admission_date == D(2026, 1, 5)


def test_a_date_later_in_a_sentence_is_not_the_labelled_one() -> None:
    plan = read_document(_doc("Counseling note", "Plan will be updated by 05/08/2026 or sooner if needed."))
    assert plan.plan_date is None


def test_certification_box_with_from_through_dates_the_plan() -> None:
    document = _doc("PLAN OF TREATMENT FOR OUTPATIENT REHABILITATION")
    add_table(document, [["1. PATIENT'S LAST NAME\nKowal", "FIRST NAME\nBerna", "6. SOC DATE\n07/07/2025"]])
    document.add_paragraph("13. CERTIFICATION  FROM 07/07/2025  THROUGH 10/04/2025")
    plan = read_document(document)
    assert plan.period is not None and (plan.period.start, plan.period.end) == (D(2025, 7, 7), D(2025, 10, 4))
    assert plan.plan_date == D(2025, 7, 7)


def test_evaluation_note_title_dates_the_first_treatment() -> None:
    plan = read_document(
        _doc(
            "Summit Balance Therapy",
            "PT Initial Evaluation and Plan of Care          Date of service: 02/16/2026",
            "Name: Theo Pappas      DOB: 09/09/1947",
            "Frequency 2x/wk   Duration 8 wks   Cert period 02/16/2026 to 05/16/2026",
        )
    )
    assert plan.period is not None and plan.period.start == D(2026, 2, 16)
    assert plan.first_treatment_date == D(2026, 2, 16)


def test_basic_facts_of_no_text_is_empty_and_reader_fills_only_empty_fields() -> None:
    assert basic_facts([]) == []
    plan = read_document(_doc("Client Name: Ana Ruiz", "PATIENT  Odalys Brennan   ·   DOB 03/14/1988", "Admitted 2026-05-04"))
    assert plan.patient.name == "Ana Ruiz"  # the labelled name read first is kept
    assert plan.admission_date == D(2026, 5, 4)


# --- diagnoses ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "F84.0 Autistic disorder (Dr. Sylvie Marchand, PhD, 04/22/2022)",
        "F84.0 Autistic disorder (04/22/2022, Sylvie Marchand, PhD)",
    ],
)
def test_who_made_a_diagnosis_in_brackets(text: str) -> None:
    (found,) = parse_diagnoses(text)
    assert (found.code, found.description) == ("F84.0", "Autistic disorder")
    assert (found.diagnosed_by, found.diagnosed_on) == ("Sylvie Marchand, PhD", D(2022, 4, 22))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("F84.0 Autistic disorder; F90.2 ADHD, combined type. ASD diagnosed 05/03/2024 by Imani Caldwell, PsyD.", "F84.0"),
        ("F90.2 ADHD, combined type; F84.0 Autism spectrum disorder. ADHD diagnosed 05/03/2024 by Imani Caldwell, PsyD.", "F90.2"),
    ],
)
def test_who_made_a_diagnosis_named_by_its_short_name(text: str, code: str) -> None:
    found = {d.code: d for d in parse_diagnoses(text)}
    assert found[code].diagnosed_by == "Imani Caldwell, PsyD"
    assert found[code].diagnosed_on == D(2024, 5, 3)
    assert all(d.diagnosed_by is None for c, d in found.items() if c != code)
    assert all(not (d.description or "").endswith(("ASD", "ADHD.")) for d in found.values() if d.code == "F90.2")


def test_diagnosis_heading_says_who_made_them() -> None:
    plan = read_document(
        _doc(
            "Bright Behavior Consulting",
            "Diagnoses (per developmental evaluation 01/26/2026, Kwame Asante-Lind, MD, developmental-behavioral pediatrics):",
            "1. F88 Other disorders of psychological development (global developmental delay) — primary",
            "2. F80.2 Mixed receptive-expressive language disorder",
            "Autism spectrum disorder was considered and not diagnosed (ADOS-2 Toddler Module: little concern).",
        )
    )
    assert [d.code for d in plan.diagnoses] == ["F88", "F80.2"]
    assert plan.diagnoses[0].primary
    assert all(d.diagnosed_by == "Kwame Asante-Lind, MD" for d in plan.diagnoses)
    assert all(d.diagnosed_on == D(2026, 1, 26) for d in plan.diagnoses)


@pytest.mark.parametrize("label", ["DSM-5-TR diagnoses", "DSM-5 diagnosis", "ICD-10-CM diagnoses", "DSM diagnoses"])
def test_manual_named_before_the_diagnosis_label(label: str) -> None:
    assert field_key(label) == "diagnosis"


def test_uncoded_dsm_names_in_a_list() -> None:
    plan = read_document(
        _doc("Recovery Lodge", "DSM-5-TR diagnoses: Alcohol use disorder, severe; Opioid use disorder, moderate.")
    )
    assert [d.description for d in plan.diagnoses] == ["Alcohol use disorder, severe", "Opioid use disorder, moderate"]
    assert all(d.code is None for d in plan.diagnoses)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("M1021 Primary: L89.153 Pressure ulcer of sacral region, stage 3", ["L89.153"]),
        ("M1023 Other diagnoses: G20.A1 Parkinson's disease; E11.9 Type 2 diabetes", ["G20.A1", "E11.9"]),
        ("M1711: Osteoarthritis of right knee", ["M17.11"]),
        ("F411 Generalized anxiety disorder", ["F41.1"]),
    ],
)
def test_form_item_numbers_are_not_icd_codes(text: str, codes: list[str]) -> None:
    assert [c.code for c in find_icd_codes(text)] == codes
