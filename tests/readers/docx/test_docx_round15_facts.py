"""Plan facts, round 15: services, diagnoses and identifiers.

- a list of services each with its code in brackets keeps a mistyped code as written ("gait (9716)"), and a code
  after a two-letter abbreviation ("MT (97140)") is no ZIP code after a state;
- the frequency of a course of visits ("balance program 3x/week ...", "PT 2x/wk x 8 wks") written before the
  procedures coded in the same phrase is the frequency of those procedures;
- an insurance plan beside a bare "Secondary" label is no diagnosis;
- a signer or provider table with an "NPI" column records each row's NPI;
- a services table typed with tabs inside a cell is read row by row by the services table reader.

Each test builds a small plan with python-docx; names and wording are invented. Near misses keep their reading.
"""

from __future__ import annotations

from authcheck.model import TreatmentPlan
from authcheck.readers.phrases.codes import bracketed_codes_as_written, find_service_codes
from docx_helpers import read_blocks

_HEAD = [
    "Physical Therapy Plan of Care",
    "Patient: Osric Vandermolen    Plan date: 04/13/2026",
    "Diagnosis: M17.12 Unilateral primary osteoarthritis, left knee",
    "Goals",
    "Goal 1: Osric will climb 12 stairs with one rail, modified independent, by 06/22/2026.",
]


def _services(plan: TreatmentPlan) -> list[tuple[str | None, str | None]]:
    return [(s.code, s.frequency.text if s.frequency else None) for s in plan.services]


# --- codes in a bracketed list -----------------------------------------------------------------------------------


def test_code_after_two_letter_abbreviation_is_no_zip_code() -> None:
    assert [c[0] for c in find_service_codes("ther ex (97110), MT (97140), HEP (97535)")] == ["97110", "97140", "97535"]
    assert [c[0] for c in find_service_codes("Aquatic (97113), PA (97530)")] == ["97113", "97530"]
    # near misses: a ZIP code after a city and state is still no code
    assert find_service_codes("44 Elm St, Dayton, OH 45402") == []
    assert find_service_codes("Calle Ocotillo, Tucson AZ 85705") == []


def test_mistyped_code_in_a_bracketed_list_is_kept_as_written() -> None:
    plan = read_blocks([*_HEAD, "Plan", "P: TE (97110), balance trng (9712), gait (97116). 2x/wk x 8 wk."])
    assert _services(plan) == [("97110", "2x/wk"), ("9712", "2x/wk"), ("97116", "2x/wk")]
    plan = read_blocks([
        *_HEAD, "Plan",
        "Procedures: manual therapy (97140), stair training (975300), ther act (97530) twice weekly for 6 weeks.",
    ])
    assert [code for code, _ in _services(plan)] == ["97140", "975300", "97530"]


def test_bracketed_numbers_that_are_no_mistyped_codes() -> None:
    # a year, an ICD-10-CM code, or a list with one valid code only
    assert bracketed_codes_as_written("TE (97110), gait (97116), home program (2025)") == []
    assert bracketed_codes_as_written("TE (97110), gait (97116), dx (F4110)") == []
    assert bracketed_codes_as_written("TE (97110), gait (9716)") == []
    plan = read_blocks([*_HEAD, "Plan", "TE (97110), gait (9716). 2x/wk x 8 wk."])
    assert "9716" not in [code for code, _ in _services(plan)]


# --- the frequency of a course of visits ---------------------------------------------------------------------------


def test_course_frequency_before_coded_procedures() -> None:
    plan = read_blocks([
        *_HEAD, "Plan",
        "Plan: Otago balance program 3x/week for 6 weeks, then 1x/week for 4 weeks; therapeutic exercise (97110), "
        "gait training (97116). Total duration 10 weeks.",
    ])
    assert ("97110", "3x/week") in _services(plan) and ("97116", "3x/week") in _services(plan)


def test_discipline_frequency_before_a_list_of_codes() -> None:
    plan = read_blocks([*_HEAD, "Services", "Plan of care: PT 2x/wk x 8 wks; 97110, 97112, 97530."])
    coded = [s for s in _services(plan) if s[0]]
    assert coded == [("97110", "2x/wk"), ("97112", "2x/wk"), ("97530", "2x/wk")]


def test_protocol_frequency_in_words() -> None:
    plan = read_blocks([
        *_HEAD, "Services",
        "Vestibular rehab protocol 2 times a week for 6 weeks; canalith repositioning (95992), neuromuscular "
        "re-education (97112).",
    ])
    coded = dict(s for s in _services(plan) if s[0])
    assert coded["95992"] and coded["97112"]


def test_a_service_frequency_is_not_a_course_of_visits() -> None:
    # near miss: "Individual therapy weekly" is one service; the coded ones after it state no frequency of their own
    plan = read_blocks([
        *_HEAD, "Services", "Individual therapy weekly; family therapy (90847), group therapy (90853).",
    ])
    coded = dict(s for s in _services(plan) if s[0])
    assert coded.get("90847") is None and coded.get("90853") is None


def test_own_frequency_of_a_coded_procedure_is_kept() -> None:
    plan = read_blocks([
        *_HEAD, "Services",
        "Plan: 2x/week for 8 weeks; therapeutic exercise (97110), manual therapy (97140) 1x/week.",
    ])
    coded = dict(s for s in _services(plan) if s[0])
    assert coded == {"97110": "1x/week", "97140": "1x/week"}


# --- an insurance plan beside "Secondary" -------------------------------------------------------------------------


def test_secondary_insurance_is_no_diagnosis() -> None:
    for payer in ("Mutual Guardian Medicare Supplement Plan F", "AARP Medicare Supplement", "Kaiser Senior Advantage"):
        plan = read_blocks([
            "Physical Therapy Plan of Care",
            [["Client", "Perpetua Oyelaran", "DOB", "6/9/1944"],
             ["Insurance", "Medicare B — MBI 3WD7-KN2-RT61", "Secondary", payer]],
            "Medical diagnosis: M17.12 Unilateral primary osteoarthritis, left knee.",
        ])
        assert [d.code for d in plan.diagnoses] == ["M17.12"], payer


def test_secondary_diagnosis_is_kept() -> None:
    plan = read_blocks([
        "Outpatient Treatment Plan",
        [["Client", "Perpetua Oyelaran", "DOB", "6/9/1984"],
         ["Primary dx", "F33.1 Major depressive disorder, recurrent, moderate", "Secondary", "F41.1 Generalized anxiety disorder"]],
    ])
    assert [d.code for d in plan.diagnoses] == ["F33.1", "F41.1"]


# --- an NPI column ------------------------------------------------------------------------------------------------


def _npis(plan: TreatmentPlan) -> dict[str, str]:
    found = {p.name: p.npi for p in plan.providers if p.name and p.npi}
    found.update({s.name: s.npi for s in plan.signatures if s.name and s.npi})
    return found


def test_provider_table_npi_column() -> None:
    plan = read_blocks([
        *_HEAD, "Care team",
        [["Role", "Name", "Credential", "NPI"],
         ["Treating therapist", "Rosalind Ferreira-Tan", "DPT", "1234567890"],
         ["Billing group", "Larkspur Rehab Associates", "", "1234567893"]],
    ])
    assert _npis(plan) == {"Rosalind Ferreira-Tan": "1234567890", "Larkspur Rehab Associates": "1234567893"}


def test_signer_table_npi_column_goes_on_the_signer() -> None:
    plan = read_blocks([
        *_HEAD, "Signatures",
        [["Clinician", "NPI", "Signature", "Date"],
         ["Rosalind Ferreira-Tan, DPT", "1234567890", "/s/ R. Ferreira-Tan", "04/13/2026"]],
    ])
    signer = next(s for s in plan.signatures if s.name == "Rosalind Ferreira-Tan")
    assert signer.npi == "1234567890"


def test_npi_column_with_another_caption() -> None:
    plan = read_blocks([
        *_HEAD, "Care team",
        [["Name", "Title", "NPI number"], ["Rosalind Ferreira-Tan, DPT", "Therapist", "123456789"]],
    ])
    assert _npis(plan) == {"Rosalind Ferreira-Tan": "123456789"}  # nine digits: kept, for the rule to judge


def test_phone_column_is_no_npi() -> None:
    plan = read_blocks([
        *_HEAD, "Care team",
        [["Role", "Name", "Credential", "Phone"], ["Treating therapist", "Rosalind Ferreira-Tan", "DPT", "5551234567"]],
    ])
    assert _npis(plan) == {}


# --- a services table typed with tabs inside a cell ---------------------------------------------------------------


def test_tabbed_rows_in_a_cell_read_as_table_rows() -> None:
    plan = read_blocks([
        *_HEAD,
        [["Requested services\nCPT\tService\tFrequency\tSession length\n"
          "97110\tTherapeutic exercise\tWeekly\t30 minutes\n9714\tManual therapy\tTwice a month\t15 minutes"]],
    ])
    assert _services(plan) == [("97110", "Weekly"), ("9714", "Twice a month")]
    assert plan.services[1].description == "Manual therapy"
    assert plan.services[1].amount is not None and plan.services[1].amount.minutes == 15


def test_tabbed_header_with_bracketed_unit_and_description_column() -> None:
    plan = read_blocks([
        *_HEAD,
        [["Requested services\nCode\tDescription\tMinutes\tHow often\n97530\tTherapeutic activities\t45\tTwice weekly"]],
    ])
    assert _services(plan) == [("97530", "Twice weekly")]
    assert plan.services[0].amount is not None and plan.services[0].amount.minutes == 45
    plan = read_blocks([
        *_HEAD,
        [["Requested services\nCPT\tService\tUnits (15 min)\tFrequency\n97110\tTherapeutic exercise\t2\t2x/week"]],
    ])
    assert _services(plan) == [("97110", "2x/week")] and plan.services[0].units == 2


def test_tabbed_diagnosis_table_in_a_cell_stays_diagnoses() -> None:
    # near miss: "Code<TAB>Description<TAB>Onset" names no quantity: its rows are diagnoses
    plan = read_blocks([
        "Outpatient Treatment Plan",
        "Client: Perpetua Oyelaran",
        [["Code\tDescription\tOnset\nF41.1\tGeneralized anxiety disorder\t2019"]],
    ])
    assert [d.code for d in plan.diagnoses] == ["F41.1"]
    assert plan.services == []


# --- a second labelled diagnosis in the same paragraph, a code labelled after an uncoded name ---------------------


def _dx(*lines: str) -> list[tuple[str | None, str | None]]:
    plan = read_blocks(["Plan of Care", "Patient: Ingeborg Salazar-Wynn", *lines])
    return [(d.code, d.description) for d in plan.diagnoses]


def test_coded_diagnosis_label_after_a_sentence_end() -> None:
    assert [c for c, _ in _dx(
        "Medical dx: M17.12 OA left knee. Treatment dx: R26.81 Unsteadiness on feet; M62.81 Muscle weakness."
    )] == ["M17.12", "R26.81", "M62.81"]
    assert _dx(
        "Primary diagnosis: F33.1 Major depressive disorder, recurrent, moderate. Secondary diagnosis: F41.1 "
        "Generalized anxiety disorder"
    ) == [("F33.1", "Major depressive disorder, recurrent, moderate"), ("F41.1", "Generalized anxiety disorder")]


def test_code_labelled_after_an_uncoded_name() -> None:
    assert _dx("Diagnosis: Generalized anxiety disorder. ICD-10 code: F41.1") == [("F41.1", "Generalized anxiety disorder")]
    assert _dx("Diagnosis: Social anxiety disorder", "Dx code: F40.10") == [("F40.10", "Social anxiety disorder")]


def test_detail_labels_after_a_diagnosis_keep_their_reading() -> None:
    # near misses: a label that details the diagnosis, and another diagnosis's bare code under its own label
    assert _dx("Diagnosis: F84.0 Autistic disorder. Diagnosis confirmed: ADOS-2 on 03/02/2022") == [
        ("F84.0", "Autistic disorder")
    ]
    found = _dx("Diagnosis: Major depressive disorder, single episode. Secondary diagnosis: F41.1")
    assert ("F41.1", "Major depressive disorder, single episode") not in found
    assert _dx("Diagnosis: Social anxiety disorder", "Plan date: 04/13/2026", "Dx code: F40.10") != [
        ("F40.10", "Social anxiety disorder")
    ]
