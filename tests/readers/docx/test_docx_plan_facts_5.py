"""Plan-level facts in more layouts (fifth round): labels in Spanish and in Spanish/English pairs (client, dates,
diagnosis and who made it, frequency, duration, review), Spanish section titles, who made a diagnosis labelled on
the diagnosis's own line, a plan's span labelled "POC start"/"POC end", the client called by a setting's own word
("Student"), a table of procedure codes named by an "Intervention" column with quantities written once under it,
a mistyped procedure code in a code table, and a service sentence that goes on to the plan's expected duration.
Each document is built here with python-docx, in wordings of its own."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from authcheck.readers.docx.labels import field_key, subfield_key
from authcheck.readers.phrases import parse_service
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.tables import column_role
from docx_helpers import add_table, read_document

# --- Spanish label vocabulary ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Nombre", "patient.name"),
        ("Nombre del paciente", "patient.name"),
        ("Nombre del niño", "patient.name"),
        ("Fecha de nacimiento", "patient.birth_date"),
        ("Número de Medicaid", "patient.member_id"),
        ("No. de miembro", "patient.member_id"),
        ("Aseguradora", "payer"),
        ("Fecha del plan", "plan_date"),
        ("Fecha de evaluación", "first_treatment_date"),
        ("Fecha de ingreso", "admission_date"),
        ("Período de certificación", "period"),
        ("Fecha de inicio", "period.start"),
        ("Fecha de vencimiento", "period.end"),
        ("Duración", "expected_duration"),
        ("Duración estimada del tratamiento", "expected_duration"),
        ("Próxima revisión", "review"),
        ("Fecha de revisión", "review"),
        ("Recertificación", "recertification"),
        ("Diagnóstico", "diagnosis"),
        ("Diagnóstico principal", "diagnosis.primary"),
        ("Diagnosticado por", "diagnosed_by"),
        ("Fecha del diagnóstico", "diagnosed_on"),
        ("Frecuencia", "frequency"),
        ("Duración de la sesión", "amount"),
        ("Horas por semana", "hours_per_week"),
        ("Servicios solicitados", "service"),
        ("Terapeuta", "provider"),
    ],
)
def test_spanish_labels_name_their_fields(label: str, key: str) -> None:
    assert field_key(label) == key
    assert field_key(label.upper()) == key  # forms print labels in capitals too


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Nombre / Name", "patient.name"),
        ("Fecha de nacimiento / Date of birth", "patient.birth_date"),
        ("Diagnóstico / Diagnosis", "diagnosis"),
        ("Diagnosticado por / Diagnosed by", "diagnosed_by"),
        ("Fecha del diagnóstico / Date of diagnosis", "diagnosed_on"),
        ("Duración / Duration", "expected_duration"),
        ("Frecuencia / Frequency", "frequency"),
        ("Revisión del plan / Plan review", "review"),
        ("Name / Nombre", "patient.name"),
    ],
)
def test_spanish_english_pairs_name_one_field(label: str, key: str) -> None:
    assert field_key(label) == key


def test_spanish_labels_without_accents_are_the_same_labels() -> None:
    assert field_key("Duracion") == field_key("Duración") == "expected_duration"
    assert field_key("DIAGNÓSTICO") == "diagnosis"


@pytest.mark.parametrize(
    ("label", "key"),
    [("Línea base", "baseline"), ("Criterio de dominio", "mastery_criteria"), ("Fecha meta", "target_date"),
     ("Responsable", "responsible")],
)
def test_spanish_goal_fact_labels(label: str, key: str) -> None:
    assert subfield_key(label) == key


@pytest.mark.parametrize(
    ("header", "role"),
    [("Meta", "goal"), ("Objetivo", "objective"), ("Línea base", "baseline"), ("Fecha meta", "target_date"),
     ("Código", "code"), ("Descripción", "description"), ("Firma", "signature"), ("Frecuencia", "frequency")],
)
def test_spanish_column_headers(header: str, role: str) -> None:
    assert column_role(header) == role


@pytest.mark.parametrize(
    ("title", "key"),
    [("Diagnóstico", "diagnosis"), ("Metas", "goals"), ("Servicios solicitados", "services"), ("Firmas", "signatures"),
     ("Información del cliente", "client"), ("Revisión del plan", "review"),
     ("Duración del tratamiento", "duration")],
)
def test_spanish_section_titles(title: str, key: str) -> None:
    assert match_section(title).key == key


# --- Spanish and bilingual documents --------------------------------------------------------------------------


def test_a_plan_written_in_spanish_only() -> None:
    doc = docx.Document()
    doc.add_paragraph("PLAN DE TRATAMIENTO INDIVIDUAL")
    doc.add_paragraph("Nombre del paciente: Rosa Elena Quiroga")
    doc.add_paragraph("Fecha de nacimiento: 4 de abril de 1961")
    doc.add_paragraph("Número de Medicaid: 88231904")
    doc.add_paragraph("Fecha del plan: 10 de febrero de 2026")
    doc.add_paragraph("Diagnóstico: F33.1 Trastorno depresivo mayor, recurrente, moderado")
    doc.add_paragraph("Diagnosticado por: Dra. Lucía Herrera, PsyD")
    doc.add_paragraph("Fecha del diagnóstico: 15 de enero de 2026")
    doc.add_paragraph("Servicio: Psicoterapia individual (90837)")
    doc.add_paragraph("Frecuencia: una vez por semana")
    doc.add_paragraph("Duración de la sesión: 53 minutos")
    doc.add_paragraph("Duración: 16 semanas")
    doc.add_paragraph("Próxima revisión: 11 de mayo de 2026")
    plan = read_document(doc)
    assert plan.patient.name == "Rosa Elena Quiroga"
    assert plan.patient.birth_date == dt.date(1961, 4, 4)
    assert plan.patient.member_id == "88231904"
    assert plan.plan_date == dt.date(2026, 2, 10)
    [dx] = plan.diagnoses
    assert dx.code == "F33.1"
    assert dx.diagnosed_by is not None and dx.diagnosed_by.startswith("Lucía Herrera")
    assert dx.diagnosed_on == dt.date(2026, 1, 15)
    [service] = plan.services
    assert service.code == "90837"
    assert service.frequency is not None and service.frequency.per_week() == 1
    assert service.amount is not None and service.amount.minutes == 53
    assert plan.expected_duration is not None
    assert (plan.expected_duration.value, plan.expected_duration.unit) == (16, "week")
    assert [r.date for r in plan.reviews] == [dt.date(2026, 5, 11)]


def test_a_bilingual_form_table_with_paired_labels_and_values() -> None:
    doc = docx.Document()
    doc.add_paragraph("PLAN DE CUIDADO / PLAN OF CARE")
    add_table(doc, [
        ["Nombre / Name", "Teodoro Villaseñor Ruiz"],
        ["Fecha de nacimiento / Date of birth", "9 de octubre de 1950 (10/09/1950)"],
        ["Fecha del plan / Plan date", "02/02/2026"],
        ["Diagnóstico / Diagnosis", "M54.50 Dolor lumbar / Low back pain"],
        ["Frecuencia / Frequency", "3 veces por semana / 3x per week"],
        ["Duración / Duration", "8 semanas / 8 weeks"],
    ])
    plan = read_document(doc)
    assert plan.patient.name == "Teodoro Villaseñor Ruiz"
    assert plan.patient.birth_date == dt.date(1950, 10, 9)
    assert [d.code for d in plan.diagnoses] == ["M54.50"]
    assert plan.expected_duration is not None
    assert (plan.expected_duration.value, plan.expected_duration.unit) == (8, "week")
    assert plan.services and plan.services[0].frequency is not None
    assert plan.services[0].frequency.per_week() == 3


def test_a_duration_written_in_spanish_only_is_read() -> None:
    doc = docx.Document()
    doc.add_paragraph("Plan de tratamiento")
    doc.add_paragraph("Duración estimada: durante 6 meses")
    plan = read_document(doc)
    assert plan.expected_duration is not None
    assert (plan.expected_duration.value, plan.expected_duration.unit) == (6, "month")


# --- who made a diagnosis, labelled on the diagnosis's line ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Diagnosis: F84.0 Autistic disorder. Diagnosed by: Ernesto Villalobos, PhD, on 11/03/2025.",
        "Diagnóstico / Diagnosis: F84.0 Trastorno autista / Autistic disorder. Diagnosticado por / Diagnosed by: "
        "Dr. Ernesto Villalobos, PhD, psicólogo / psychologist, el 3 de noviembre de 2025 (11/03/2025).",
        "Diagnóstico: F84.0 Trastorno autista. Diagnosticado por: Dr. Ernesto Villalobos, PhD. "
        "Fecha del diagnóstico: 3 de noviembre de 2025.",
        "Diagnosis: F84.0 Autistic disorder; Diagnosed by: Ernesto Villalobos, PhD; Date of diagnosis: 11/03/2025",
    ],
)
def test_who_made_the_diagnosis_after_it_on_the_same_line(line: str) -> None:
    doc = docx.Document()
    doc.add_paragraph("Behavior Plan")
    doc.add_paragraph("Client: Mateo Ibarra")
    doc.add_paragraph(line)
    plan = read_document(doc)
    [dx] = plan.diagnoses
    assert dx.code == "F84.0"
    assert dx.diagnosed_by == "Ernesto Villalobos, PhD"
    assert dx.diagnosed_on == dt.date(2025, 11, 3)


# --- the plan's span, the client's name -------------------------------------------------------------------------


def test_poc_start_and_end_in_a_grid_are_the_plan_period() -> None:
    doc = docx.Document()
    doc.add_paragraph("Plan of Care")
    add_table(doc, [
        ["Patient", "Gregory N. Haldane", "DOB", "02/14/1947", "Medicare", "5TR2-HK4-QW19"],
        ["Eval date", "01/12/2026", "POC start", "01/12/2026", "POC end", "04/11/2026"],
    ])
    plan = read_document(doc)
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (dt.date(2026, 1, 12), dt.date(2026, 4, 11))


@pytest.mark.parametrize(
    ("label", "key"),
    [("Plan of care start", "period.start"), ("Plan of care through", "period.end"), ("Period end", "period.end"),
     ("Certification period start", "period.start"), ("Plan expires", "period.end")],
)
def test_other_wordings_of_the_plan_span(label: str, key: str) -> None:
    assert field_key(label) == key


@pytest.mark.parametrize("word", ["Student", "Person served", "Enrollee", "Pupil", "Minor"])
def test_the_client_called_by_the_settings_word(word: str) -> None:
    doc = docx.Document()
    doc.add_paragraph("School-Based Treatment Plan")
    add_table(doc, [[word, "Delia K. Ostrowski", "Grade", "7"], ["DOB", "03/30/2013", "Plan date", "09/14/2026"]])
    plan = read_document(doc)
    assert plan.patient.name == "Delia K. Ostrowski"


def test_a_student_clinician_is_no_client() -> None:
    assert field_key("Student therapist") != "patient.name"
    assert field_key("Student ID") != "patient.name"


# --- procedure tables ----------------------------------------------------------------------------------------


def test_a_cpt_intervention_table_with_quantities_written_once_under_it() -> None:
    doc = docx.Document()
    doc.add_paragraph("Plan / interventions")
    add_table(doc, [
        ["CPT", "Intervention"],
        ["97110", "Therapeutic exercise"],
        ["97116", "Gait training"],
        ["97140", "Manual therapy"],
    ])
    doc.add_paragraph("Frequency: 3x/week     Duration: 8 weeks     Units: up to 4 units per visit")
    plan = read_document(doc)
    assert [(s.code, s.description) for s in plan.services] == [
        ("97110", "Therapeutic exercise"), ("97116", "Gait training"), ("97140", "Manual therapy")]
    for service in plan.services:
        assert service.frequency is not None and service.frequency.per_week() == 3
        assert service.amount is not None and service.amount.units == 4
    assert plan.expected_duration is not None and plan.expected_duration.value == 8


def test_a_code_table_with_a_mistyped_procedure_code_is_no_diagnosis_table() -> None:
    doc = docx.Document()
    doc.add_paragraph("Treatment Plan")
    add_table(doc, [
        ["Code", "Description"],
        ["97110", "Therapeutic exercise"],
        ["97116", "Gait training"],
        ["9753O", "Therapeutic activities"],
        ["97140", "Manual therapy"],
    ])
    plan = read_document(doc)
    assert plan.diagnoses == []
    codes = [i.service_code for _, i in plan.iter_interventions()] + [s.code for s in plan.services]
    assert "9753O" in codes
    assert {"97110", "97116", "97140"} <= set(codes)


def test_a_code_table_of_diagnoses_with_one_unreadable_code_stays_a_diagnosis_table() -> None:
    doc = docx.Document()
    doc.add_paragraph("Diagnoses")
    add_table(doc, [
        ["Code", "Description"],
        ["F41.1", "Generalized anxiety disorder"],
        ["F32A", "Depression, unspecified"],
    ])
    plan = read_document(doc)
    assert [d.code for d in plan.diagnoses][:1] == ["F41.1"]


# --- service sentences -----------------------------------------------------------------------------------------


def test_a_service_sentence_that_goes_on_into_the_expected_duration() -> None:
    text = ("Individual psychotherapy (CPT 90837), 53-60 minutes, once weekly; cognitive behavioral therapy and "
            "caregiver-stress problem solving. Expected duration 20 weeks (through 08/03/2026).")
    [service] = parse_service(text)
    assert service.code == "90837"
    assert service.frequency == "once weekly"
    assert service.amount == "53-60 minutes"
    assert service.duration is not None and service.duration.startswith("20 weeks")
    assert service.end == dt.date(2026, 8, 3)


@pytest.mark.parametrize(
    "tail",
    ["anticipated length of treatment: 6 months", "treatment will last 6 months", "for 6 months",
     "DBT skills and exposure. Estimated duration of treatment is 6 months"],
)
def test_a_duration_clause_after_a_service_is_its_duration(tail: str) -> None:
    [service] = parse_service(f"Individual psychotherapy (90834), 45 minutes, weekly; {tail}.")
    assert service.duration is not None and "6 months" in service.duration


def test_an_uncoded_service_with_only_a_duration_stays_a_service() -> None:
    services = parse_service("Individual therapy weekly; family therapy for 6 weeks")
    assert [s.description for s in services] == ["Individual therapy", "family therapy"]
    assert services[0].duration is None


def test_a_sentence_after_the_service_is_not_part_of_its_quantities() -> None:
    [service] = parse_service(
        "Individual psychotherapy over secure video, once a week, for 16 weeks (through 06/08/2026). "
        "We will review this plan together on 05/18/2026."
    )
    assert service.frequency == "once a week"
    assert service.duration is not None and service.duration.startswith("16 weeks")
    assert service.start is None


def test_a_schedule_section_states_the_services_quantities() -> None:
    doc = docx.Document()
    doc.add_paragraph("Care Plan")
    doc.add_paragraph("Client: Ellis Brandt")
    doc.add_paragraph("Schedule")
    doc.add_paragraph(
        "Individual psychotherapy by video, twice a month, for 6 months (through 09/01/2026). "
        "We will look at this plan again on 06/01/2026."
    )
    plan = read_document(doc)
    [service] = plan.services
    assert service.frequency is not None and service.frequency.count == 2 and service.frequency.per == "month"
    assert service.duration is not None and (service.duration.value, service.duration.unit) == (6, "month")
    assert service.amount is None  # no session length written: the gap stays visible


# --- the two languages side by side: the English half decides when the halves disagree ------------------------


def test_a_pair_whose_spanish_half_reads_otherwise_is_read_by_its_english_half() -> None:
    assert field_key("Inicio / Start of care") == "first_treatment_date"


def test_a_bilingual_header_known_in_one_half_is_read_by_that_half() -> None:
    assert column_role("Meta u objetivo / Goal or objective") == "statement"


@pytest.mark.parametrize("word", ["Diagnostic", "Clinical"])
def test_english_near_misses_do_not_match_spanish_words(word: str) -> None:
    assert field_key(word) is None
    assert match_section(word).key is None


@pytest.mark.parametrize(
    ("text", "frequency", "amount", "duration"),
    [
        ("Psicoterapia individual (90837), 53 minutos, una vez por semana, durante 16 semanas",
         (1, "week"), 53, (16, "week")),
        ("Terapia familiar (90847) 50 minutos cada dos semanas", (0.5, "week"), 50, None),
        ("Fisioterapia (97110) 2 veces por semana por 8 semanas", (2, "week"), None, (8, "week")),
    ],
)
def test_service_lines_in_spanish(
    text: str, frequency: tuple[float, str], amount: float | None, duration: tuple[float, str] | None
) -> None:
    from authcheck.parsing import parse_amount, parse_duration, parse_frequency

    [service] = parse_service(text)
    parsed = parse_frequency(service.frequency)
    assert parsed is not None and (parsed.count, parsed.per) == frequency
    if amount is None:
        assert service.amount is None
    else:
        parsed_amount = parse_amount(service.amount)
        assert parsed_amount is not None and parsed_amount.minutes == amount
    if duration is None:
        assert service.duration is None
    else:
        parsed_duration = parse_duration(service.duration)
        assert parsed_duration is not None and (parsed_duration.value, parsed_duration.unit) == duration


# --- who made a diagnosis, in a bracket or between diagnoses ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "F84.0 Autistic disorder (diagnosed by: Ernesto Villalobos, PhD; date of diagnosis: 11/03/2025)",
        "F84.0 Autistic disorder (diagnosed by Ernesto Villalobos, PhD; on 11/03/2025)",
        "F84.0 Trastorno autista (diagnosticado por: Dr. Ernesto Villalobos, PhD; fecha del diagnóstico: "
        "3 de noviembre de 2025)",
    ],
)
def test_who_and_when_in_one_bracket_split_by_a_semicolon(text: str) -> None:
    from authcheck.readers.phrases import parse_diagnoses

    [dx] = parse_diagnoses(text)
    assert dx.code == "F84.0"
    assert dx.description in ("Autistic disorder", "Trastorno autista")
    assert (dx.diagnosed_by, dx.diagnosed_on) == ("Ernesto Villalobos, PhD", dt.date(2025, 11, 3))


def test_the_rest_of_the_bracket_after_who_made_it_is_no_description() -> None:
    from authcheck.readers.phrases import parse_diagnoses

    [dx] = parse_diagnoses("F84.0 Autistic disorder (diagnosed by Ernesto Villalobos, PhD; ADOS-2)")
    assert dx.description == "Autistic disorder"
    assert dx.diagnosed_by == "Ernesto Villalobos, PhD"


def test_who_made_a_diagnosis_goes_with_the_diagnosis_written_before_it() -> None:
    from authcheck.readers.phrases import parse_diagnoses

    found = parse_diagnoses(
        "F84.0 Autistic disorder, diagnosed by Dana Lee, PhD; F80.2 Mixed receptive-expressive language disorder"
    )
    assert [(d.code, d.diagnosed_by) for d in found] == [("F84.0", "Dana Lee, PhD"), ("F80.2", None)]
