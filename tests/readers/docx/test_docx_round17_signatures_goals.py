"""Round 17, signatures and goals.

- a signer's block of lines: the name with a credential, a line that only says it was signed ("Electronically
  signed", "Signature on file") and the date on a line of its own;
- a sign-off row whose first cell gives the role and the printed name with the credential ("Therapist: Jo Lee,
  LCSW") and whose signature cell gives the signed name without it (or with an initial);
- a note that a signature was requested or routed ("Co-signature routed to Dr. ... on 09/23/2025") is no signature;
- a Word list whose first level names the problem, with the goal as a labelled paragraph under it and the list
  going on one level down with the goal's objectives (and their interventions a level further down);
- measurability: a test's value written before its results ("with 0.00 results"), and an instrument's level that
  closes the clause (", FOIS level 6.").

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss that
keeps its old reading.
"""

from __future__ import annotations

import datetime as dt

import docx

from authcheck.model import TreatmentPlan
from authcheck.rules.measurability import assess
from docx_helpers import read_blocks, read_document

_BODY = [
    "Outpatient Recovery Plan",
    "Client: Rosalind Ebbe-Marchetti    DOB: 02/14/1977",
    "Goals",
    "Goal 1: Rosalind will lower her GAD-7 score from 15 to 7 or lower by 09/30/2026.",
    "Services",
    "Individual psychotherapy (90834), 45 minutes, weekly for 20 weeks.",
]

Block = str | list[list[str]]


def _read(blocks: list[Block]) -> TreatmentPlan:
    return read_blocks([*_BODY, *blocks])


def _sigs(plan: TreatmentPlan) -> list[tuple[str, str | None, str | None, dt.date | None, bool]]:
    return [(s.role, s.name, s.credential, s.date, s.signed) for s in plan.signatures]


# --- a signer's block: name, a "signed" line, the date on its own line ---------------------------------------------


def test_name_then_electronically_signed_then_date_lines() -> None:
    plan = _read([
        "Medical Review of the Plan",
        "I have reviewed this plan and approve it.",
        "Approved",
        "Ingrid Solvang-Pike, DO",
        "Digitally signed",
        "Date: 05/11/2026",
    ])
    assert ("physician", "Ingrid Solvang-Pike", "DO", dt.date(2026, 5, 11), True) in _sigs(plan)


def test_name_then_signed_electronically_then_dated_line_in_one_cell() -> None:
    plan = _read([
        "Signatures",
        [["Thaddeus Orr-Lindqvist, LCSW\nSigned electronically\nDated 05/12/2026"]],
    ])
    assert ("clinician", "Thaddeus Orr-Lindqvist", "LCSW", dt.date(2026, 5, 12), True) in _sigs(plan)


def test_name_then_e_signed_with_a_licence_line_between() -> None:
    plan = _read([
        "Clinical Supervisor",
        "Marisela Quartermaine, LPC-S",
        "License #LPC-77120",
        "E-signed",
        "Date: 05/13/2026",
    ])
    signed = [s for s in plan.signatures if s.name == "Marisela Quartermaine"]
    assert len(signed) == 1
    assert (signed[0].credential, signed[0].date, signed[0].signed) == ("LPC-S", dt.date(2026, 5, 13), True)
    assert signed[0].method == "electronic"


def test_near_miss_a_blank_signed_field_under_the_name_is_no_signature() -> None:
    plan = _read([
        "Physician Review",
        "Ingrid Solvang-Pike, DO",
        "Signed:",
        "Date signed",
    ])
    assert not any(s.signed and s.name == "Ingrid Solvang-Pike" and s.date is not None for s in plan.signatures)


def test_near_miss_a_signed_statement_under_no_signer_names_nobody() -> None:
    plan = _read([
        "Electronically Signed",
        "Therapist: Cosmo Feathers, LMFT   Date: 05/14/2026",
    ])
    assert ("clinician", "Cosmo Feathers", "LMFT", dt.date(2026, 5, 14), True) in _sigs(plan)
    # (the statement, under no signer's name, stays the unnamed line it was read as before)
    assert [(s.name, s.signed) for s in plan.signatures] == [(None, False), ("Cosmo Feathers", True)]


# --- a sign-off row: the role and the printed name in one cell, the signature in the next ----------------------------


def test_role_cell_with_printed_name_gives_the_credential_and_the_full_name() -> None:
    plan = _read([
        "Signatures",
        [["Counselor: Bartholomew Quince, LMHC", "Signature: /s/ Bartholomew Quince", "Date: 06/03/2026"]],
        [["Client: Rosalind Ebbe-Marchetti", "Signature: /s/ R. Ebbe-Marchetti", "Date: 06/03/2026"]],
    ])
    assert _sigs(plan) == [
        ("clinician", "Bartholomew Quince", "LMHC", dt.date(2026, 6, 3), True),
        ("client", "Rosalind Ebbe-Marchetti", None, dt.date(2026, 6, 3), True),
    ]


def test_role_cell_with_a_dash_before_the_printed_name_in_a_two_row_table() -> None:
    plan = _read([
        "Signatures",
        [
            ["Clinical supervisor — Ottoline Brisk, PhD", "/s/ Ottoline Brisk", "06/04/2026"],
            ["Therapist — Cosmo Feathers, LMFT", "/s/ C. Feathers", "06/04/2026"],
        ],
    ])
    assert ("supervisor", "Ottoline Brisk", "PhD", dt.date(2026, 6, 4), True) in _sigs(plan)
    assert ("clinician", "Cosmo Feathers", "LMFT", dt.date(2026, 6, 4), True) in _sigs(plan)


def test_near_miss_a_signature_by_someone_else_keeps_its_own_name() -> None:
    plan = _read([
        "Signatures",
        [["Counselor: Bartholomew Quince, LMHC", "Signature: /s/ Hester Valdane", "Date: 06/03/2026"]],
    ])
    assert _sigs(plan) == [("clinician", "Hester Valdane", None, dt.date(2026, 6, 3), True)]


# --- a request for a signature is no signature ------------------------------------------------------------------------


def test_co_signature_routed_note_under_a_pending_row_is_not_a_signature() -> None:
    plan = _read([
        "Signatures",
        [
            ["Role", "Name", "Credentials", "Signature", "Date"],
            ["Therapist", "Bartholomew Quince", "LMHC", "Signed electronically", "06/03/2026"],
            ["Psychiatrist approval", "Lysander Fitch", "MD", "Pending co-signature", ""],
        ],
        "Co-signature routed to Lysander Fitch, MD on 06/03/2026.",
    ])
    physicians = [s for s in plan.signatures if s.role == "physician"]
    assert physicians and not any(s.signed for s in physicians)
    assert all(s.date is None for s in physicians)


def test_signature_requested_from_a_prescriber_is_not_signed() -> None:
    plan = _read([
        "Signatures",
        "Therapist: Bartholomew Quince, LMHC   Date: 06/03/2026",
        "Signature requested from Wilhelmina Tarr, PMHNP on 06/05/2026",
    ])
    tarr = [s for s in plan.signatures if s.name == "Wilhelmina Tarr"]
    assert tarr and not any(s.signed for s in tarr)


def test_near_miss_co_signed_by_the_psychiatrist_is_a_signature() -> None:
    plan = _read([
        "Signatures",
        "Therapist: Bartholomew Quince, LMHC   Date: 06/03/2026",
        "Co-signed by Lysander Fitch, MD on 06/05/2026.",
    ])
    assert any(s.signed and s.name == "Lysander Fitch" and s.date == dt.date(2026, 6, 5) for s in plan.signatures)


# --- a Word list: problem at level 0, the goal a labelled paragraph, objectives one level down ------------------------


def _listed_plan(items: list[tuple[str | None, str]]) -> TreatmentPlan:
    """A plan whose goals part is written with Word list styles: (style, text); None is a plain paragraph."""
    document = docx.Document()
    document.add_paragraph("Residential Treatment Plan")
    document.add_paragraph("Client: Ignatius Vandersloot    DOB: 11/02/1983")
    document.add_heading("Problems, Goals and Objectives", level=2)
    for style, text in items:
        document.add_paragraph(text, style=style) if style else document.add_paragraph(text)
    document.add_heading("Signatures", level=2)
    document.add_paragraph("Counselor: Hyacinth Borrow, LCDC   Date: 03/02/2026")
    return read_document(document)


def _shape(plan: TreatmentPlan) -> list[tuple[str | None, list[tuple[str | None, list[str | None]]]]]:
    return [
        (p.statement, [(g.statement, [o.statement for o in g.objectives]) for g in p.goals]) for p in plan.problems
    ]


def test_numbered_problems_with_labelled_goals_and_objectives_one_level_down() -> None:
    plan = _listed_plan([
        ("List Number", "Gambling losses"),
        (None, "Long-term goal: Ignatius will stop gambling."),
        ("List Number 2", "Ignatius will self-exclude from 2 local casinos.  Target: 03/20/2026"),
        ("List Number 3", "Intervention: Individual counseling weekly, 50 min"),
        ("List Number 2", "Ignatius will attend 3 GA meetings per week.  Target: 04/15/2026"),
        ("List Number", "Debt"),
        (None, "Long-term goal: Ignatius will repay his debts on a plan."),
        ("List Number 2", "Ignatius will draft a written budget with his case manager.  Target: 03/30/2026"),
    ])
    assert _shape(plan) == [
        ("Gambling losses", [("Ignatius will stop gambling.", [
            "Ignatius will self-exclude from 2 local casinos.",
            "Ignatius will attend 3 GA meetings per week.",
        ])]),
        ("Debt", [("Ignatius will repay his debts on a plan.", [
            "Ignatius will draft a written budget with his case manager.",
        ])]),
    ]
    objectives = plan.problems[0].goals[0].objectives
    assert [o.target_date for o in objectives] == [dt.date(2026, 3, 20), dt.date(2026, 4, 15)]


def test_bulleted_problem_with_a_goal_label_and_bulleted_objectives() -> None:
    plan = _listed_plan([
        ("List Bullet", "Housing instability after discharge"),
        (None, "Goal: Ignatius will move into sober housing."),
        ("List Bullet 2", "Ignatius will submit 2 sober-living applications by 03/15/2026."),
        ("List Bullet 2", "Ignatius will tour 1 residence with his counselor by 03/22/2026."),
    ])
    assert _shape(plan) == [
        ("Housing instability after discharge", [("Ignatius will move into sober housing.", [
            "Ignatius will submit 2 sober-living applications by 03/15/2026.",
            "Ignatius will tour 1 residence with his counselor by 03/22/2026.",
        ])]),
    ]


def test_near_miss_a_listed_goal_worded_as_a_goal_stays_a_goal() -> None:
    plan = _listed_plan([
        ("List Number", "Ignatius will reduce gambling to 0 days per month."),
        (None, "Goal: Ignatius will repay his debts on a plan."),
    ])
    goals = [g.statement for p in plan.problems for g in p.goals]
    assert "Ignatius will reduce gambling to 0 days per month." in goals
    assert not any(p.statement == "Ignatius will reduce gambling to 0 days per month." for p in plan.problems)


# --- measurability ------------------------------------------------------------------------------------------------


def test_a_test_value_written_before_its_results_is_a_target() -> None:
    assert assess("Odile will submit breath alcohol tests with 0.00 results at every group session.").measurable
    assert assess("Client will keep a 0.02 BrAC reading or lower at each clinic visit.").measurable


def test_an_instrument_level_closing_the_clause_is_the_level_to_reach() -> None:
    assert assess("Patient will eat a minced and moist diet with mildly thick liquids, FOIS level 5.").measurable
    assert assess("Pt will advance to a regular diet, FOIS level 7 or higher, by 10/01/2026.").measurable


def test_near_misses_a_level_that_labels_a_skill_set_or_the_current_level() -> None:
    assert not assess("Learner will master VB-MAPP level 1 mands.").measurable
    assert not assess("Patient will improve swallowing, currently FOIS level 3.").measurable
    assert not assess("Client will submit breath alcohol tests at every session.").measurable
