"""Signatures and plan dates, round 18: clinicians' own templates written in shorthand and typed with gaps.

- "Pt: <the client's name>  3/9/26" among the sign-offs is the patient's signature ("pt" is shorthand for the
  patient as well as a physical therapist's title); a "PT:" line naming a credentialed therapist stays hers;
- a conformed mark after the printed name with no name after it ("Alexis Moore   /s/   May 12, 2026") signs that
  printed name;
- a sign-off line whose role is set apart from the signer by a gap of two spaces, with no colon ("Counselor
  Roderick Ambrose, CAC   9/21/2026", "Client signature  Ana Ruiz   9/21/2026");
- the plan's own date run into a bare label with no colon at the top ("date 3/9/26", "Today   2/20/26", "Today's
  date 01/05/2026"); further down such a line dates nothing of the plan;
- a header line of facts set apart by wide gaps ("pt: Ana Ruiz      dob 1/2/58      MBI ...") is whole: the lower-case
  line under it ("date 3/9/26      clinician: ...") is no continuation of a wrapped sentence;
- "Opened to clinic (intake)", "Case opened", "Date opened": the day the client's case was opened, the admission.

Each test builds a small plan with python-docx; names and wording are invented. Near misses keep their reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.inline import inline_facts
from authcheck.readers.docx.labels import date_label_key
from authcheck.readers.phrases.signature_text import parse_signature
from authcheck.readers.docx.unwrap import _joins
from docx_helpers import read_blocks

_BODY = [
    "problem #1 low mood",
    "LTG: pt will report PHQ-9 below 10 by 6/8/26",
    "   * STG 1a: pt will attend 2 valued activities per week by 4/20/26",
    "tx / freq",
    "indiv psychotx 90834 45 min q wk for 3 mos.",
    "",
]


def _signers(plan: TreatmentPlan) -> list[tuple[str, str | None, str | None, dt.date | None]]:
    return [(s.role, s.name, s.credential, s.date) for s in plan.signatures]


# --- "Pt:" among the sign-offs ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "pt: Mirela Castagna   3/9/26",
        "Pt:  Mirela Castagna — e-signed 3/9/26",
        "Pt signature: M. Castagna   3/9/26",
        "Pt.  Mirela Castagna   3/9/26",
    ],
)
def test_pt_label_naming_the_client_is_the_client(line: str) -> None:
    plan = read_blocks([
        "outpt tx plan",
        "Patient: Mirela Castagna",
        "DOB: 02/11/1961",
        *_BODY,
        "signed: Teodor Villalobos, LPC   3/9/26",
        line,
    ])
    roles = {s.name: s.role for s in plan.signatures}
    assert roles["Teodor Villalobos"] == "clinician"
    client = [s for s in plan.signatures if s.name and "Castagna" in s.name]
    assert [s.role for s in client] == ["client"]
    assert client[0].date == dt.date(2026, 3, 9)


def test_pt_label_with_a_name_found_only_late_is_the_client() -> None:
    # the client's name is typed with no colon ("Pt name   ..."), read by the second look after the walk
    plan = read_blocks([
        "Tx Plan",
        "Pt name   Ilse Brandauer-Kemp",
        "Birthdate   4/17/1960",
        "LTG 1 – leave the house 3x/week by 7/31/26.",
        "     STG: walk around the block daily by 5/15/26.",
        "Treatment: individual psychotherapy 45 min weekly.",
        "Therapist: Owen Radcliffe, MA, LPC  — e-signed 2/20/26",
        "Pt: Ilse Brandauer-Kemp — e-signed 2/20/26",
    ])
    assert ("client", "Ilse Brandauer-Kemp", None, dt.date(2026, 2, 20)) in _signers(plan)


def test_pt_label_naming_a_credentialed_therapist_stays_the_therapist() -> None:
    # near miss: a physical therapy plan's "PT:" sign-off is the therapist's
    plan = read_blocks([
        "Physical Therapy Plan of Care",
        "Patient: Mirela Castagna",
        "Goal 1: Walk 300 feet with a cane by 05/01/2026.",
        "Therapeutic exercise 97110 2x/week for 8 weeks.",
        "PT: Jonas Whitfield, PT, DPT   03/09/2026",
    ])
    assert [s.role for s in plan.signatures] == ["clinician"]
    assert plan.signatures[0].name == "Jonas Whitfield"


def test_pt_label_naming_someone_else_without_credential_keeps_its_reading() -> None:
    # near miss: a name that is not the client's is not made the client's signature
    plan = read_blocks([
        "outpt tx plan",
        "Patient: Mirela Castagna",
        *_BODY,
        "pt: Jonas Whitfield   3/9/26",
    ])
    assert all(s.role != "client" for s in plan.signatures if s.name == "Jonas Whitfield")


# --- a conformed mark after the printed name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("Alexis Moore   /s/   May 12, 2026", dt.date(2026, 5, 12)),
        ("Alexis Moore /s/ 05/12/2026", dt.date(2026, 5, 12)),
        ("Alexis Moore  (/s/)  5/12/26", dt.date(2026, 5, 12)),
        ("Alexis Moore /s/", None),
    ],
)
def test_mark_after_the_printed_name_signs_it(value: str, date: dt.date | None) -> None:
    parsed = parse_signature("Parent/guardian", value)
    assert parsed is not None
    assert (parsed.name, parsed.signed, parsed.method, parsed.date) == ("Alexis Moore", True, "typed", date)


def test_mark_followed_by_a_name_keeps_the_signed_name() -> None:
    # near miss: "/s/ J. Moore" names who signed; a bare mark with no name signs nobody
    parsed = parse_signature("Parent/guardian", "Jane Moore /s/ J. Moore 5/12/2026")
    assert parsed is not None and parsed.name == "J. Moore"
    bare = parse_signature("Parent/guardian", "/s/ 5/12/2026")
    assert bare is not None and bare.name is None and not bare.signed


def test_guardian_line_with_mark_after_name_in_a_plan() -> None:
    plan = read_blocks([
        "ABA Plan of Care",
        "Name of child: Landon Okafor",
        "Goals",
        "A) Landon will stay seated 15 minutes with 2 or fewer redirections by September 4, 2026.",
        "Requested services",
        "97153 — 10 hrs/wk",
        "BCBA: Corinne Waldmann, BCBA   /s/   May 11, 2026",
        "Parent/guardian: Alexis Okafor   /s/   May 12, 2026",
    ])
    guardian = [s for s in plan.signatures if s.role == "guardian"]
    assert [(s.name, s.signed, s.date) for s in guardian] == [("Alexis Okafor", True, dt.date(2026, 5, 12))]


# --- a role set apart from its signer by two spaces ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Counselor  Roderick Amberley, CAC   9/21/2026", ("clinician", "Roderick Amberley", "CAC")),
        ("Client signature  Ximena Portillo   9/21/2026", ("client", "Ximena Portillo", None)),
        ("Therapist  Roderick Amberley, LCSW  9/21/2026", ("clinician", "Roderick Amberley", "LCSW")),
        ("Guardian\tMaria Portillo\t9/21/2026", ("guardian", "Maria Portillo", None)),
    ],
)
def test_role_then_two_space_gap_then_signer(line: str, expected: tuple[str, str, str | None]) -> None:
    plan = read_blocks([
        "treatment plan",
        "Client     Ximena Portillo",
        "Goal: Ximena will stay off opioids.",
        "  Obj 1) negative screens on 8 consecutive weekly tests by 11/13/2026",
        "Services: individual counseling weekly, group 3x/week.",
        "",
        line,
    ])
    assert [(s.role, s.name, s.credential, s.date) for s in plan.signatures] == [(*expected, dt.date(2026, 9, 21))]


def test_two_space_gap_after_a_word_that_is_no_role_is_no_sign_off() -> None:
    # near miss: "Relapse  plan reviewed 9/21/2026" names no signer
    plan = read_blocks([
        "treatment plan",
        "Client     Ximena Portillo",
        "Goal: Ximena will stay off opioids.",
        "  Obj 1) negative screens on 8 consecutive weekly tests by 11/13/2026",
        "Services: individual counseling weekly, group 3x/week.",
        "Relapse  plan reviewed with Ximena 9/21/2026",
    ])
    assert plan.signatures == []


# --- the plan's date after a bare label with no colon --------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["date 3/9/26      clinician: Teodor Villalobos, LPC", "Today   3/9/26", "Today's date 03/09/2026", "Dated 3/9/26"],
)
def test_bare_date_label_at_the_top_is_the_plan_date(line: str) -> None:
    plan = read_blocks(["outpt tx plan", "pt: Mirela Castagna      dob 02/11/1961", line, *_BODY])
    assert plan.plan_date == dt.date(2026, 3, 9)


def test_bare_date_label_after_the_plan_content_is_no_plan_date() -> None:
    # near miss: below the goals and services a bare dated line dates something else
    plan = read_blocks(["outpt tx plan", "Patient: Mirela Castagna", *_BODY, "Today   3/19/26"])
    assert plan.plan_date != dt.date(2026, 3, 19)


def test_label_with_colon_before_a_gap_is_left_to_the_labelled_reading() -> None:
    # near miss: "Plan Start: 04/13/2026" is the period's start, never the plan date by the run-in reading
    assert inline_facts("Plan Start: 04/13/2026") == []
    assert [f.key for f in inline_facts("Plan date     3/2/26")] == ["plan_date"]
    assert [f.key for f in inline_facts("Today   2/20/26")] == ["date"]
    assert inline_facts("Ana Ruiz    03/02/2026") == []


# --- a header line of facts set apart by wide gaps ----------------------------------------------------------------


def test_gapped_header_line_is_not_joined_with_the_next() -> None:
    assert not _joins("pt: Ana Ruiz      dob 11/02/1958      MBI 2NF6-QA8-TT93", "date 3/9/26      clinician: Jo Lee", None)
    assert not _joins("date 3/9/26      clinician: Jo Lee, LPC (NPI 1326504184)", "supervising psychologist Dr. Ames", None)
    # near miss: a sentence cut by the line width still joins
    assert _joins("Obj 1a: Panic attacks will decrease from about 4 per week to", "1 or fewer per week.", None)
    assert _joins("Client will practise the breathing exercise at home each evening", "and log it in her diary.", None)


def test_header_lines_typed_in_lower_case_keep_their_facts() -> None:
    plan = read_blocks([
        "outpt tx plan",
        "pt: Mirela Castagna      dob 02/11/1961      MBI 2NF6-QA8-TT93",
        "date 3/9/26      clinician: Teodor Villalobos, LPC (NPI 1326504184)",
        "supervising psychologist Dr. Ruth Ames PsyD",
        *_BODY,
    ])
    assert plan.plan_date == dt.date(2026, 3, 9)
    assert plan.patient.name == "Mirela Castagna"
    assert any(p.name == "Teodor Villalobos" and p.credential == "LPC" for p in plan.providers)


# --- the day the case was opened -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label", ["Opened to clinic (intake)", "Opened to clinic", "Case opened", "Date opened", "Chart opened", "Opened"]
)
def test_case_opened_is_the_admission(label: str) -> None:
    assert date_label_key(label) == "admission_date"


@pytest.mark.parametrize("label", ["Opened account", "Reopened", "Closed", "Case closed"])
def test_other_words_about_opening_name_no_admission(label: str) -> None:
    assert date_label_key(label) != "admission_date"


def test_opened_to_clinic_with_a_gap_in_a_plan() -> None:
    plan = read_blocks([
        "Tx Plan",
        "Pt name   Ilse Brandauer-Kemp",
        "Opened to clinic (intake)   1/5/26",
        "Today   2/20/26",
        "LTG 1 – leave the house 3x/week by 7/31/26.",
        "Treatment: individual psychotherapy 45 min weekly.",
    ])
    assert plan.admission_date == dt.date(2026, 1, 5)
    assert plan.plan_date == dt.date(2026, 2, 20)


# --- a credential cut before a bracketed identifier ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["Teodor Villalobos, LPC (", "Teodor Villalobos, LPC  [", "Teodor Villalobos,  LPC,("])
def test_dangling_bracket_is_no_part_of_the_credential(text: str) -> None:
    from authcheck.readers.phrases import split_name_credential

    assert split_name_credential(text) == ("Teodor Villalobos", "LPC")


def test_bracketed_credential_keeps_its_reading() -> None:
    # near miss: a whole bracket holding the credential is still read as the credential
    from authcheck.readers.phrases import split_name_credential

    assert split_name_credential("Teodor Villalobos (LPC)") == ("Teodor Villalobos", "LPC")
    assert split_name_credential("Ana Ruiz (mother)") == ("Ana Ruiz", None)
