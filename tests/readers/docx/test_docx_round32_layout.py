"""Layout, labels, sections and numbering (round 32): a template's own prompts left in italic grey ("List ICD-10-CM
codes. Mark the primary diagnosis."), a level numbered after a worded parent level ("GOAL %1." over "%1.%2"), a
CMS-700-style box whose attestation is signed inside it, a cell's line cut after a comma, a diagnostician box that
asks for the credential and the date of evaluation, a caption that lists what its box asks for, a request form
titled as both plan and request, boxes whose caption codes the service whose hours they hold, a grid whose columns
are the goals side by side, and a psychologist's "diagnostic impression" sentence. Each document is built here in
wordings of its own; each rule has a near miss that must still be read as before."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from docx.shared import RGBColor
from docx_helpers import read_blocks, read_document

from authcheck.readers.docx.blocks import ListLabels, Names
from authcheck.readers.docx.labels import field_key
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.tables import _label_like
from authcheck.readers.docx.unwrap import unwrap_cell_lines

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --- a template's prompts in italic grey ------------------------------------------------------------------------


def _para(document: docx.document.Document, text: str, *, italic: bool = False, grey: bool = False) -> None:
    run = document.add_paragraph().add_run(text)
    run.italic = italic or None
    if grey:
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def _diagnosis_doc(prompt: str, *, italic: bool, grey: bool) -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("Outpatient Therapy Plan")
    document.add_paragraph("Client: Odile Brandt")
    document.add_heading("Diagnosis", level=1)
    _para(document, prompt, italic=italic, grey=grey)
    document.add_paragraph("F41.1 Generalized anxiety disorder (primary)")
    return document


def test_italic_grey_prompt_is_not_a_diagnosis() -> None:
    plan = read_document(_diagnosis_doc("Enter the ICD-10-CM codes and mark the primary one.", italic=True, grey=True))
    assert [d.code for d in plan.diagnoses] == ["F41.1"]


@pytest.mark.parametrize(("italic", "grey"), [(True, False), (False, True)])
def test_italic_alone_or_grey_alone_is_still_text(italic: bool, grey: bool) -> None:
    # near miss: a clinician's italics (or a grey run) are text as written
    plan = read_document(_diagnosis_doc("Adjustment concerns noted at intake", italic=italic, grey=grey))
    assert any("Adjustment concerns" in (d.description or "") for d in plan.diagnoses) or any(
        "Adjustment concerns" in t.text for t in plan.free_text
    )


def test_italic_grey_prompt_ending_on_colon_still_heads_its_lines() -> None:
    # near miss: "Interventions (who, what, how often):" heads the bullets under it, grey or not
    document = docx.Document()
    document.add_paragraph("Treatment Plan")
    document.add_heading("Goals", level=1)
    document.add_paragraph("Goal 1: Sleep at least 6 hours on 5 of 7 nights by 09/30/2026.")
    _para(document, "Interventions (who, what, how often):", italic=True, grey=True)
    document.add_paragraph("CBT for insomnia weekly", style="List Bullet")
    plan = read_document(document)
    goals = [g for p in plan.problems for g in p.goals]
    assert len(goals) == 1
    assert any("CBT for insomnia" in (i.description or "") for i in plan.interventions)


# --- a level numbered after a worded parent level ----------------------------------------------------------------


def _numbering(level0: str, level1: str) -> bytes:
    return (
        f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="7">'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{level0}"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{level1}"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="40"><w:abstractNumId w:val="7"/></w:num></w:numbering>'
    ).encode()


def test_sub_number_under_a_worded_level_is_drawn() -> None:
    labels = ListLabels(_numbering("GOAL %1.", "%1.%2"), Names(W))
    assert [labels.label("40", 0), labels.label("40", 1), labels.label("40", 1), labels.label("40", 0),
            labels.label("40", 1)] == ["GOAL 1.", "1.1", "1.2", "GOAL 2.", "2.1"]


def test_sub_number_under_a_bare_number_stays_a_list_level() -> None:
    # near miss: "1." over "1.1" is plain outline numbering, kept as the paragraph's list level
    labels = ListLabels(_numbering("%1.", "%1.%2"), Names(W))
    assert [labels.label("40", 0), labels.label("40", 1)] == [None, None]


# --- a box whose attestation is signed inside it -----------------------------------------------------------------

_CMS700_ROWS = [
    ["1. Patient's last name\nHollenbeck", "2. First name\nArvid", "3. Date of birth\n04/11/1950"],
    ["4. Onset date\n01/05/2026", "5. SOC date\n01/19/2026", "6. Type\n☒ PT ☐ OT ☐ SLP"],
    ["7. Primary diagnosis\nM17.11 Unilateral primary osteoarthritis, right knee", "8. Visits from SOC\n1",
     "9. Date plan established\n01/19/2026"],
    ["10. Signature (professional establishing POC)\nNadia Krol, PT, DPT\nDate: 01/19/2026",
     "11. Frequency / duration\n2x/week x 8 weeks", "12. Certification\nFrom 01/19/2026  Through 03/15/2026"],
    ["13. I certify the need for these services furnished under this plan of treatment while under my care.  "
     "Physician signature\nSamuel Oduya, MD\nDate: 01/26/2026", "14. Medical history\nHypertension",
     "15. Prior hospitalization\nInpatient 12/28/2025 - 12/31/2025 (arthroscopy)"],
    ["16. Initial assessment (history, level of function at start of care; reason for referral)\n"
     "R knee OA, seen 01/05/2026. Walks 200 ft with a cane.", "", ""],
]


def test_boxes_after_a_signed_attestation_box_are_no_signatures() -> None:
    plan = read_blocks(["PLAN OF TREATMENT FOR OUTPATIENT REHABILITATION", _CMS700_ROWS])
    names = sorted(s.name or "" for s in plan.signatures)
    assert names == ["Nadia Krol", "Samuel Oduya"]
    physician = next(s for s in plan.signatures if s.name == "Samuel Oduya")
    assert physician.date == dt.date(2026, 1, 26)  # (the sign-off in the attestation box is read as before)


# --- a cell's line cut after a comma -----------------------------------------------------------------------------


def test_cell_line_cut_after_a_comma_joins_the_next() -> None:
    rows = [
        ["1. Patient name\nMarisol Tennant", "2. Date of birth\n03/03/1949"],
        ["3. Plan of treatment\nGoals: walk 300 ft with a cane by 04/30/2026.\n"
         "Plan: gait training 97116, therapeutic exercise 97110,\nhome program. Frequency 3x/week, duration 10 weeks.",
         "4. Certification from through ☐ N/A\nFROM 02/02/2026   THROUGH 04/30/2026"],
    ]
    plan = read_blocks(["PLAN OF TREATMENT FOR OUTPATIENT REHABILITATION", rows])
    assert plan.expected_duration is not None and plan.expected_duration.value == 10
    # near miss: the caption ending "... N/A" (no word "a") is not joined to its dates
    assert plan.period is not None and plan.period.start == dt.date(2026, 2, 2)
    assert plan.period.end == dt.date(2026, 4, 30)


def test_cell_lines_not_joined_for_a_caption_or_a_nested_row() -> None:
    # near misses: a first line left on a hanging word is a caption over its value; tabbed lines are rows
    assert unwrap_cell_lines(["12. Certification from through", "01/02/2026 to 03/31/2026"]) == [
        "12. Certification from through", "01/02/2026 to 03/31/2026"]
    assert unwrap_cell_lines(["SERVICES", "CPT\tService\tRendered by", "97153\tProtocol\tRBT"]) == [
        "SERVICES", "CPT\tService\tRendered by", "97153\tProtocol\tRBT"]
    assert unwrap_cell_lines(["Goals", "Plan: therapeutic exercise 97110, gait training 97116,", "balance work."]) == [
        "Goals", "Plan: therapeutic exercise 97110, gait training 97116, balance work."]


# --- a diagnostician box that asks for the credential and the date of evaluation ---------------------------------


@pytest.mark.parametrize(
    "label",
    ["11. Diagnosing provider, credential and date of evaluation", "Diagnosed by, license no. and date",
     "Diagnosing clinician / credentials / evaluation date"],
)
def test_diagnostician_box_with_its_details(label: str) -> None:
    assert field_key(label) == "diagnosed_by"


@pytest.mark.parametrize(
    ("label", "key"),
    [
        # near misses: a first treatment's date, another detail, and the evaluation date alone read as before
        ("Diagnosing provider, credential and date of first treatment", "first_treatment_date"),
        ("Evaluator and date of evaluation", "first_treatment_date"),
        ("Date of evaluation", "first_treatment_date"),
    ],
)
def test_other_evaluation_labels_unchanged(label: str, key: str) -> None:
    assert field_key(label) == key


# --- a caption that lists what its box asks for ------------------------------------------------------------------


def test_caption_listing_asked_parts_is_a_caption() -> None:
    assert _label_like("13. Treatment goals: baseline, mastery criteria, target date")
    # near misses: a labelled value, and a goal with its statement
    assert not _label_like("Frequency: 3 visits/week")
    assert not _label_like("Goal 1: Ana will mand for 10 items")


def test_goal_box_with_asked_parts_reads_its_goals_only() -> None:
    rows = [
        ["1. Member name\nJonah Estrella", "2. Plan date\n05/04/2026"],
        ["3. Treatment goals: baseline, mastery criteria, target date\n"
         "Goal 1 (Communication): Jonah will mand for 12 preferred items. By 11/02/2026.\n"
         "Baseline: 2 items with a full prompt\nMastery criteria: 80% across 3 sessions", ""],
    ]
    plan = read_blocks(["ABA TREATMENT PLAN", rows])
    goals = [g for p in plan.problems for g in p.goals]
    assert [g.statement for g in goals if "baseline, mastery" in (g.statement or "")] == []
    assert any("mand for 12" in (g.statement or "") for g in goals)


# --- a request form titled as both plan and request --------------------------------------------------------------


def test_plan_and_request_title_is_the_plan_title() -> None:
    assert match_section("ABA TREATMENT PLAN / PRIOR AUTHORIZATION REQUEST").key == "title"
    assert match_section("Outpatient Treatment Plan / Prior Authorization Request").key == "title"
    assert match_section("Goals / Prior Authorization Request").key != "title"


@pytest.mark.parametrize("title", ["Prior Authorization Request", "Services / Prior Authorization Request"])
def test_request_section_alone_stays_services(title: str) -> None:
    # near miss: the request alone (or with services) titles the requested services
    assert match_section(title).key == "services"


# --- boxes whose caption codes the service whose hours they hold -------------------------------------------------


def test_boxes_of_coded_hours_are_services_with_codes() -> None:
    rows = [
        ["1. Member name\nIlka Rossi", "2. Date of birth\n02/02/2019", "3. Plan date\n06/01/2026"],
        ["10. 97153 hours per week\n18 hours per week", "11. 97155 hours per week\n2 hours per week",
         "12. 97156 hours per week\n1 hour per week"],
    ]
    plan = read_blocks(["ABA TREATMENT PLAN / PRIOR AUTHORIZATION REQUEST", rows])
    assert sorted((s.code, s.hours_per_week) for s in plan.services) == [("97153", 18.0), ("97155", 2.0), ("97156", 1.0)]


def test_box_of_hours_without_a_code_invents_none() -> None:
    # near miss: an uncoded hours box gives the hours, never a code
    rows = [
        ["1. Member name\nIlka Rossi", "2. Date of birth\n02/02/2019", "3. Plan date\n06/01/2026"],
        ["10. Hours per week requested\n18 hours per week", "11. Crisis plan on file\n☒ Yes ☐ No", ""],
    ]
    plan = read_blocks(["ABA TREATMENT PLAN", rows])
    assert all(s.code is None for s in plan.services)
    assert any(s.hours_per_week == 18.0 for s in plan.services)


# --- a grid whose columns are the goals side by side -------------------------------------------------------------

_GRID = [
    ["", "Goal 1", "Goal 2"],
    ["Problem", "Panic attacks 4 times a week.", "Avoids driving since the accident."],
    ["Long-term goal", "Rosa will have no more than 1 panic attack a week.", "Rosa will drive to work 5 days a week."],
    ["Short-term objectives", "1.1 Rosa will log each panic attack daily for 4 weeks.\n1.2 Rosa will use paced "
     "breathing in 4 of 5 attacks.", "2.1 Rosa will drive 1 mile with her sister 3 times a week."],
    ["Target date", "09/30/2026", "10/31/2026"],
    ["Interventions", "CBT for panic weekly", "Graded exposure weekly"],
]


def test_goal_columns_grid_reads_one_goal_a_column() -> None:
    plan = read_blocks(["Psychotherapy Treatment Plan", "Client: Rosa Emmerich", "Treatment goals", _GRID])
    goals = [g for p in plan.problems for g in p.goals]
    assert [len(g.objectives) for g in goals] == [2, 1]
    assert "panic attack a week" in (goals[0].statement or "")
    assert "drive to work" in (goals[1].statement or "")
    assert all("Goal 2" not in (g.statement or "") for g in goals)
    # each goal points at its own cell of the document: Goal 2's long-term goal is row 2, column 2 as Word shows it
    assert (goals[1].source.row, goals[1].source.cell) == (2, 2)


def test_label_value_table_and_other_columns_are_not_turned() -> None:
    # near misses: one goal column (a label beside its value) and columns headed by sessions, not goals
    from authcheck.readers.docx.blocks import Cell, Row, Table
    from authcheck.readers.docx.tables import goal_columns_grid

    def table(rows: list[list[str]]) -> Table:
        return Table(index=0, rows=[Row(r, [Cell(c, [t]) for c, t in enumerate(row)]) for r, row in enumerate(rows)])

    assert goal_columns_grid(table(_GRID))
    assert not goal_columns_grid(table([row[:2] for row in _GRID]))
    sessions = [["", "Session 1", "Session 2"], *_GRID[1:]]
    assert not goal_columns_grid(table(sessions))


# --- a psychologist's "diagnostic impression" sentence -----------------------------------------------------------


def test_diagnostic_impression_sentence_gives_the_diagnosis() -> None:
    plan = read_blocks([
        "Psychotherapy Treatment Plan",
        "Patient: Hale Ormsby     Date of birth: 02/02/1950",
        "Mr. Ormsby was referred by his physician. My diagnostic impression is F43.23 Adjustment disorder with mixed "
        "anxiety and depressed mood (primary).",
    ])
    assert [d.code for d in plan.diagnoses] == ["F43.23"]


def test_impression_without_a_code_is_no_diagnosis() -> None:
    # near miss: an impression still pending names no diagnosis
    plan = read_blocks([
        "Psychotherapy Treatment Plan",
        "Patient: Hale Ormsby     Date of birth: 02/02/1950",
        "My diagnostic impression is still being formed; testing is scheduled.",
    ])
    assert [d.code for d in plan.diagnoses if d.code] == []
