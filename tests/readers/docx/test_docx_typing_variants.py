"""The same plan typed or saved a little differently reads the same (found by tests/metamorphic):

- a tab (or tabs) after a label's colon aligns the value: "Counselor:<TAB>Jo Lee, CADC — signed 02/23/2026" is one
  sign-off, as with a space; a tab before a label alone ("Signature:<TAB>Date:") still parts two columns;
- a run of spaces after a role label's colon in a sign-off line is no column gap either;
- no-break spaces read as spaces;
- one empty paragraph inside a signer's block (name, blank line, "Signed ...") keeps the block (two part it: see
  test_docx_signature_layouts_4);
- a printed page number between the two halves of a wrapped sentence ("Page 2 of 3") lets them join;
- curly apostrophes read as straight ones ("dx’d 08/30/2022 by ...");
- an ISO date after "completed" marks a service row as already given, as a US date does;
- a letter's subject line naming the client after a dash: "Regarding: Individual therapy plan — Ana Ruiz";
- two spaces after a sentence's full stop are no column gap (after an abbreviation such as "Pt." they stay);
- a wrapped sentence joins across paragraphs that hold several lines each, and across a page number in a table
  typed with tabs; "twice-" cut at a line's end keeps its hyphen;
- dates written in words ("May 27, 2026") where the reader looked for digits: a goal grid's target column, who and
  when diagnosed, a form cell holding only a date, a status column dated for an earlier plan's goals;
- credentials written with full stops ("R.N.", "M.D.") name the signer's role as without them;
- a table cell's lines typed with manual line breaks are its lines, as its paragraphs are;
- zero-width characters, soft hyphens and byte-order marks show nothing; a label's colon with no space after it
  ("DOB:07/14/1981", "Signature:/s/ ...", "Medicaid #:77124", "Medical Director:_____") reads as with one (times,
  addresses and ratios keep their colons); spaces and tabs at a line's end are dropped;
- dates typed with hyphens, ordinal days ("January 15th, 2024") or the day first ("15 January 2024") read as the
  numeric ones do: in "made on ... by" and "for the period ..." sentences, in a status column's header, and alone on
  the line after a label left at the end of the line above.

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss that
keeps its old reading.
"""

from __future__ import annotations

import datetime as dt

from authcheck.model import TreatmentPlan
from docx_helpers import goals_of, read_blocks

_HEAD = [
    "Outpatient Treatment Plan",
    "Client: Marisol Quenby    DOB: 07/14/1981",
    "Member ID: QX5520188",
    "Plan date: 02/23/2026",
    "Goals",
    "Goal 1: Marisol will reduce panic attacks from 4 per week to 1 per week by 05/23/2026.",
]


def _signers(plan: TreatmentPlan) -> list[tuple[str | None, str | None, dt.date | None]]:
    return [(s.name, s.credential, s.date) for s in plan.signatures]


def test_a_tab_after_a_role_label_aligns_its_signer() -> None:
    plan = read_blocks([*_HEAD, "Signatures", "Counselor:\tLisette Ramirez, SUDCC-II — signed 02/23/2026"])
    assert _signers(plan) == [("Lisette Ramirez", "SUDCC-II", dt.date(2026, 2, 23))]


def test_wide_spaces_after_a_role_label_align_its_signer() -> None:
    plan = read_blocks([*_HEAD, "Signatures", "Medical director:   Farah Siddiqui, DO — reviewed/signed 03/03/2026"])
    assert _signers(plan) == [("Farah Siddiqui", "DO", dt.date(2026, 3, 3))]


def test_a_tab_before_a_label_alone_still_parts_columns() -> None:
    plan = read_blocks([*_HEAD, "Signatures", "Therapist:\tJo Lee, LCSW\tDate:\t03/01/2026", "Supervisor:\t\tDate:\t"])
    assert ("Jo Lee", "LCSW", dt.date(2026, 3, 1)) in _signers(plan)
    supervisor = [s for s in plan.signatures if s.role == "supervisor"]
    assert supervisor and not supervisor[0].signed


def test_run_on_sign_offs_after_a_tab() -> None:
    plan = read_blocks([
        *_HEAD, "Signatures",
        "Client:\tVincent Albanese, signed 03/30/2026. Therapist: Sean Delaney, LPC, signed 03/30/2026.",
    ])
    assert ("Sean Delaney", "LPC", dt.date(2026, 3, 30)) in _signers(plan)
    assert any(s.role == "client" and s.date == dt.date(2026, 3, 30) for s in plan.signatures)


def test_no_break_spaces_read_as_spaces() -> None:
    plan = read_blocks([
        "Outpatient Treatment Plan", "Client:\u00a0Marisol Quenby", "Date of birth:\u00a007/14/1981",
        "Plan date:\u00a002/23/2026",
    ])
    assert plan.patient.name == "Marisol Quenby"
    assert plan.patient.birth_date == dt.date(1981, 7, 14)
    assert plan.plan_date == dt.date(2026, 2, 23)


def test_one_empty_paragraph_inside_a_signers_block() -> None:
    plan = read_blocks([*_HEAD, "Signatures", "Elias Quill, PsyD, Licensed Psychologist", "", "Signed 02/24/2026"])
    assert ("Elias Quill", "PsyD", dt.date(2026, 2, 24)) in _signers(plan)


def test_a_page_number_between_the_halves_of_a_wrapped_objective() -> None:
    plan = read_blocks([
        *_HEAD[:4], "PROBLEM 1",
        "OBJECTIVE 1A: Brandon will provide negative urine drug screens on all random",
        "Page 1 of 3",
        "tests by 11/09/2026.",
    ])
    objectives = [o for g in goals_of(plan) for o in g.objectives]
    assert [o.statement for o in objectives] == [
        "Brandon will provide negative urine drug screens on all random tests by 11/09/2026."
    ]
    assert objectives[0].target_date == dt.date(2026, 11, 9)


def test_a_page_number_after_a_closed_sentence_joins_nothing() -> None:
    plan = read_blocks([
        *_HEAD[:4], "PROBLEM 1",
        "OBJECTIVE 1A: Brandon will provide negative urine drug screens on all random tests by 11/09/2026.",
        "Page 1 of 3",
        "OBJECTIVE 1B: Brandon will attend 3 mutual-help meetings a week by 11/09/2026.",
    ])
    assert len([o for g in goals_of(plan) for o in g.objectives]) == 2


def test_curly_apostrophe_in_who_diagnosed() -> None:
    plan = read_blocks([
        *_HEAD[:4], "Diagnosis",
        "Diagnosis: F84.0 — autism spectrum disorder, dx\u2019d 08/30/2022 by Dr. Howard Lin, PhD (psychologist)",
    ])
    dx = plan.diagnoses[0]
    assert (dx.code, dx.description, dx.diagnosed_on) == ("F84.0", "autism spectrum disorder", dt.date(2022, 8, 30))


def test_a_service_completed_on_an_iso_date_is_no_request() -> None:
    rows = [
        ["CPT", "Service", "Frequency", "Duration"],
        ["97161", "PT evaluation, low complexity (completed 2026-02-09)", "once", "-"],
        ["97110", "Therapeutic exercise", "2x/week", "8 weeks"],
    ]
    plan = read_blocks([*_HEAD[:4], "Interventions / Frequency / Duration", rows])
    assert [s.code for s in plan.services] == ["97110"]
    rows[1][1] = "PT evaluation, low complexity (to be completed 2026-02-09)"
    plan = read_blocks([*_HEAD[:4], "Interventions / Frequency / Duration", rows])
    assert [s.code for s in plan.services] == ["97161", "97110"]


def test_subject_line_naming_the_client_after_a_dash() -> None:
    plan = read_blocks(["March 2, 2026", "Regarding: Individual therapy plan — Anselm Okafor-Ruiz", "Dear colleague,"])
    assert plan.patient.name == "Anselm Okafor-Ruiz"
    plan = read_blocks(["March 2, 2026", "Regarding: Individual therapy plan — renewal", "Dear colleague,"])
    assert plan.patient.name is None


def test_two_spaces_after_a_full_stop_are_no_column_gap() -> None:
    plan = read_blocks([
        *_HEAD[:4], "Diagnosis",
        "F84.0 Autistic disorder.  Diagnosed by Marcus Hale, MD, developmental pediatrician, on 09/18/2025.",
    ])
    dx = plan.diagnoses[0]
    assert (dx.code, dx.diagnosed_on) == ("F84.0", dt.date(2025, 9, 18))


def test_two_spaces_after_an_abbreviation_or_three_spaces_stay() -> None:
    from authcheck.readers.docx.blocks import line_text

    assert line_text("He slept badly.  She came in.") == "He slept badly. She came in."
    assert line_text("Pt.  Mirela Castagna   3/9/26") == "Pt.  Mirela Castagna   3/9/26"  # (a role, a gap, a signer)
    assert line_text("Goals met.   Date: 3/9/26") == "Goals met.   Date: 3/9/26"  # a column gap


def test_a_wrapped_line_joins_across_paragraphs_of_several_lines() -> None:
    plan = read_blocks([
        *_HEAD[:4], "TREATMENT PLAN",
        "Obj 1a: He will drive alone to the pharmacy at least twice a week.\nObj 2a: He will attend his men's breakfast alone on 3",
        "of 4 Tuesdays each month.\nObj 2b: He will sleep 6 hours or more on 5 of 7 nights by 06/01/2026.",
    ])
    statements = [o.statement for g in goals_of(plan) for o in g.objectives]
    assert "He will attend his men's breakfast alone on 3 of 4 Tuesdays each month." in statements
    assert len(statements) == 3


def test_a_page_number_inside_a_typed_table() -> None:
    plan = read_blocks([
        *_HEAD[:4], "SERVICES",
        "Service\tCPT\tUnits\tFrequency\tDuration",
        "Therapeutic exercise\t97110\t2 units\t2x/week\t16 weeks",
        "Page 1 of 2",
        "Therapeutic activities\t97530\t2 units\t2x/week\t16 weeks",
    ])
    by_code = {s.code: s for s in plan.services}
    assert set(by_code) == {"97110", "97530"}
    assert by_code["97530"].frequency is not None and by_code["97530"].frequency.count == 2


def test_a_hyphen_cut_keeps_twice_weekly_whole() -> None:
    from authcheck.readers.docx.unwrap import _glue

    assert _glue("Individual therapy twice-", "weekly for 12 weeks.") == "Individual therapy twice-weekly for 12 weeks."
    assert _glue("modified indepe-", "ndence using adaptive equipment.") == "modified independence using adaptive equipment."


def test_dates_in_words_in_a_goal_grid_target_column() -> None:
    rows = [["Obj #", "Target", "Objective"], ["1.1", "May 27, 2026", "Reduce GAD-7 from 17 to 8 or below"]]
    plan = read_blocks([*_HEAD[:4], "Goal 1: Manage anxiety", rows])
    objectives = [o for g in goals_of(plan) for o in g.objectives]
    assert objectives and objectives[0].target_date == dt.date(2026, 5, 27)


def test_who_and_when_diagnosed_with_a_date_in_words() -> None:
    plan = read_blocks([
        *_HEAD[:4], "Diagnosis", "F84.0 Autism spectrum disorder",
        "Diagnosis: March 11, 2022, Lorna Quist, PhD, licensed psychologist (ADOS-2)",
    ])
    assert [(d.code, d.diagnosed_on) for d in plan.diagnoses] == [("F84.0", dt.date(2022, 3, 11))]


def test_a_form_cell_holding_only_a_date_in_words_is_no_diagnosis() -> None:
    from authcheck.readers.phrases.diagnoses import _clean_description

    assert _clean_description("January 8, 2026 (E)") is None
    assert _clean_description("Chronic diastolic heart failure  January 8, 2026 (E)") == "Chronic diastolic heart failure"


def test_a_status_column_dated_in_words_marks_an_earlier_plans_goals() -> None:
    from authcheck.readers.docx.goal_phrases import STATUS_HEADER

    assert STATUS_HEADER.fullmatch("status january 30 2026")
    assert STATUS_HEADER.fullmatch("status 01 30 2026")
    assert not STATUS_HEADER.fullmatch("status of housing")


def test_credentials_with_full_stops_name_the_signers_role() -> None:
    from authcheck.model.vocab import normalize_signature_role

    assert normalize_signature_role("R.N. /") == normalize_signature_role("RN /") == "clinician"
    assert normalize_signature_role("M.D.") == "physician"


def test_a_cells_lines_typed_with_line_breaks_are_its_lines() -> None:
    from docx_helpers import read_document
    import docx

    document = docx.Document()
    for line in _HEAD[:4]:
        document.add_paragraph(line)
    document.add_paragraph("Signatures")
    cell = document.add_table(rows=1, cols=1).rows[0].cells[0]
    run = cell.paragraphs[0].add_run("Rosalind Tebbe, PsyD")
    run.add_break()
    cell.paragraphs[0].add_run("Staff Psychologist").add_break()
    cell.paragraphs[0].add_run("Digitally signed on 04/09/2026")
    plan = read_document(document)
    assert ("Rosalind Tebbe", "PsyD", dt.date(2026, 4, 9)) in _signers(plan)


def test_invisible_characters_and_labels_without_a_space() -> None:
    plan = read_blocks([
        "Outpatient Treatment Plan", "\u200bClient:Marisol Quenby", "DOB:07/14/1981", "Plan date:\ufeff02/23/2026",
    ])
    assert plan.patient.name == "Marisol Quenby"
    assert plan.patient.birth_date == dt.date(1981, 7, 14)
    assert plan.plan_date == dt.date(2026, 2, 23)


def test_a_colon_inside_a_time_or_address_keeps_its_shape() -> None:
    from authcheck.readers.docx.blocks import line_text

    assert line_text("e-signed 02/23/2026 10:32 AM") == "e-signed 02/23/2026 10:32 AM"
    assert line_text("see https://example.test/plan") == "see https://example.test/plan"
    assert line_text("staffing ratio 1:1") == "staffing ratio 1:1"
    assert line_text("indepe\u00adndence") == "independence"


def test_a_signature_or_blank_right_after_a_labels_colon() -> None:
    plan = read_blocks([
        "Outpatient Treatment Plan", "Medicaid #:7712458903", "Plan date: 02/23/2026", "Signatures",
        "Therapist signature:/s/ Renata Okafor, LCSW   Date: 02/24/2026",
        "Medical Director:______________________________   Date: ____________",
    ])
    assert plan.patient.member_id == "7712458903"
    signers = {(s.name, s.credential, s.date) for s in plan.signatures}
    assert ("Renata Okafor", "LCSW", dt.date(2026, 2, 24)) in signers
    blank = [s for s in plan.signatures if s.name is None]
    assert blank and blank[0].date is None


def test_line_text_near_misses_for_colons_and_line_ends() -> None:
    from authcheck.readers.docx.blocks import line_text

    assert line_text("Level:\u2612 Outpatient") == "Level: \u2612 Outpatient"
    assert line_text("Signature:/Yolanda Pruitt, APRN/") == "Signature: /Yolanda Pruitt, APRN/"
    assert line_text("portal http://example.test/x") == "portal http://example.test/x"  # no space in "://"
    assert line_text("C:\\plans\\ana.docx") == "C:\\plans\\ana.docx"
    assert line_text("Goal 1: stay sober  \t ") == "Goal 1: stay sober"
    assert line_text("Frequency: weekly  \nDuration: 6 months\t") == "Frequency: weekly\nDuration: 6 months"
    assert line_text("97153\tABA\t10 hours") == "97153\tABA\t10 hours"  # tabs between columns stay


def test_dates_typed_with_hyphens_in_sentences() -> None:
    plan = read_blocks([
        "ABA Treatment Plan", "Client: Theo Marchetti", "Plan date: 03-09-2026",
        "Diagnosis: F84.0 Autistic disorder, made on 01-15-2024 by Ibrahim Sato, PhD, licensed psychologist",
        "We are requesting ABA services for the period 03-16-2026 through 09-15-2026 as outlined below.",
    ])
    diagnosis = plan.diagnoses[0]
    assert (diagnosis.code, diagnosis.diagnosed_on) == ("F84.0", dt.date(2024, 1, 15))
    assert diagnosis.diagnosed_by is not None and diagnosis.diagnosed_by.startswith("Ibrahim Sato")
    assert plan.period is not None and (plan.period.start, plan.period.end) == (dt.date(2026, 3, 16), dt.date(2026, 9, 15))


def test_dates_with_ordinal_days_or_the_day_first() -> None:
    for made in ("January 15th, 2024", "15 January 2024"):
        plan = read_blocks([
            "Treatment Plan", "Client: Theo Marchetti", "Plan date: 03/09/2026",
            f"Diagnosis: F84.0 Autistic disorder, made on {made} by Ibrahim Sato, PhD, licensed psychologist",
        ])
        assert plan.diagnoses[0].diagnosed_on == dt.date(2024, 1, 15), made


def test_a_status_column_dated_in_words_reports_on_the_plan_before() -> None:
    from docx_helpers import read_document
    import docx

    for header in ("Status 01/30/2026", "Status 30 January 2026", "Status January 30th, 2026"):
        document = docx.Document()
        document.add_paragraph("Progress Report / Recertification")
        document.add_paragraph("Plan date: 01/30/2026")
        document.add_paragraph("Goal status")
        table = document.add_table(rows=3, cols=2)
        for row, (goal, status) in enumerate(
            (("Goal (from plan of 11/03/2025)", header), ("Walk 1,000 ft without a device", "Met"),
             ("Independent with home exercise program", "Met"))
        ):
            table.cell(row, 0).text, table.cell(row, 1).text = goal, status
        document.add_paragraph("Goals for this certification period (12 weeks)")
        document.add_paragraph("1. Knee flexion from 112° to 120° or more by 04/24/2026.")
        statements = [goal.statement for goal in goals_of(read_document(document))]
        assert statements == ["Knee flexion from 112° to 120° or more by 04/24/2026."], header


def test_a_label_left_at_a_lines_end_takes_a_date_in_words_from_the_next_line() -> None:
    for date in ("06/13/2025.", "13 June 2025.", "June 13th, 2025."):
        plan = read_blocks([
            "Treatment Plan", "Client: Dana Whitlow", "Plan date: 05/14/2025", "Goals and objectives",
            "Goal 1: Dana will stay sober.",
            "Objective 1a: Dana will list 5 high-risk situations with a coping response for each in a relapse "
            "prevention plan. Target date:",
            date,
        ])
        objective = goals_of(plan)[0].objectives[0]
        assert objective.target_date == dt.date(2025, 6, 13), date


def test_casual_lines_with_dates_in_words() -> None:
    from authcheck.readers.phrases.signature_text import parse_signature

    for date in ("2/13/2026", "February 13, 2026"):
        signed = parse_signature(None, f"Dr R. Villanueva MD e-signed {date}")
        assert signed is not None and (signed.name, signed.date) == ("R. Villanueva", dt.date(2026, 2, 13)), date
    for dob in ("2/14/1975", "February 14, 1975"):
        plan = read_blocks([
            "Intensive Inpatient Unit",
            f"pt Raymond Ambrose dob {dob} Medicaid 3302918846 admit 4/6/26 plan 4/13/26 LOC intensive inpatient",
        ])
        assert (plan.admission_date, plan.plan_date) == (dt.date(2026, 4, 6), dt.date(2026, 4, 13)), dob
    # near miss: a date in a sentence after a value is no run-together label
    plan = read_blocks(["Intensive Inpatient Unit", "pt Raymond Ambrose dob February 14, 1975 cut to 2 drinks by 4/6/26"])
    assert plan.admission_date is None and plan.plan_date is None


def test_a_run_in_label_stops_before_a_month_name_opening_its_date() -> None:
    from authcheck.readers.docx.label_split import split_labels

    segments = split_labels("SOC Mar 2, 2026  Certification period Mar 2, 2026 thru May 29, 2026")
    assert [(s.label, s.value) for s in segments] == [
        ("SOC", "Mar 2, 2026"), ("Certification period", "Mar 2, 2026 thru May 29, 2026")
    ]
