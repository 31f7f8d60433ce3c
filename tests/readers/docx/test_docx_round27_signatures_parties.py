"""Signatures, round 27 (home-made templates of small practices).

- a list after "Signed:" whose later signer says who signs after the name ("...; Ana Ruiz, mother/guardian
  (03/09/2026)") is read as two signers; a later signer naming no role at all still stops the list;
- a middle dot or bullet after one signer's date parts two sign-offs on one line;
- a signer table "Supervising BCBA | Signature | Date | Parent/guardian | Signature | Date": the column before each
  bare "Signature" names the signer's role and holds the printed name (an empty signature there is unsigned);
- a "Signed |  | Date" table whose uncaptioned column says who each signer is ("Individual", "Mental health
  professional"): that column is the signers' roles; a column of other words is not;
- an EHR signature stamp in one cell ("✓ Electronically signed" / name / "2026-03-11 14:22 EST" / system): an
  electronic signature, dated, by the plan's author; a stamp line with anything but a time after the date is
  no date of it.

Each change has a test of what it now reads and a near miss that must still read as before. Plans are built with
python-docx; names and wording are invented and differ from the blind sets."""

from __future__ import annotations

import datetime as dt

from authcheck.model import TreatmentPlan
from authcheck.readers.phrases import parse_signature
from docx_helpers import read_blocks

_ABA = [
    "Behavior Plan",
    "Learner: Theodora Vasquez-Lund    DOB: 08/14/2019",
    "Diagnosis: F84.0 Autistic disorder",
    "Goals",
    "Goal 1: Theodora will request a break with a card in 80% of opportunities by 10/30/2026.",
    "Services: 97153 — 12 hours per week.",
]

_PSYCH = [
    "Outpatient Plan",
    "Diagnosis: F41.1 Generalized anxiety disorder",
    "Goal 1: Lower the GAD-7 score from 16 to 8 or less by 07/31/2026.",
    "Services: 90834, 45 minutes, weekly.",
]

Block = str | list[list[str]]


def _sigs(plan: TreatmentPlan) -> list[tuple[str, str | None, str | None, dt.date | None, bool]]:
    return [(s.role, s.name, s.credential, s.date, s.signed) for s in plan.signatures]


# --- "Signed:" list, the later signer's role after the name --------------------------------------------------------


def test_signed_list_reads_a_role_written_after_the_second_name() -> None:
    plan = read_blocks([*_ABA, "Signed: Ignatius Barlow, BCBA (04/06/2026);  Mirela Vasquez, mother/guardian (04/06/2026)"])
    assert _sigs(plan) == [
        ("clinician", "Ignatius Barlow", "BCBA", dt.date(2026, 4, 6), True),
        ("guardian", "Mirela Vasquez", None, dt.date(2026, 4, 6), True),
    ]


def test_signed_list_second_signer_without_any_role_is_not_split() -> None:
    # near miss: "...; Mirela Vasquez (04/06/2026)" says nothing of who signs: read as before (the first signer only)
    plan = read_blocks([*_ABA, "Signed: Ignatius Barlow, BCBA (04/06/2026);  Mirela Vasquez (04/06/2026)"])
    assert [(s.name, s.credential) for s in plan.signatures] == [("Ignatius Barlow", "BCBA")]
    assert not any(s.role in ("guardian", "client") for s in plan.signatures)


def test_signed_list_second_role_naming_a_referral_is_no_signer() -> None:
    # near miss: a role after the name that names no signer of the plan (a referring physician) stops the list
    plan = read_blocks([*_ABA, "Signed: Ignatius Barlow, BCBA (04/06/2026);  Omar Reyes, referring physician (04/06/2026)"])
    assert not any(s.name == "Omar Reyes" for s in plan.signatures)


# --- a middle dot between two dated sign-offs -------------------------------------------------------------------------


def test_middle_dot_after_a_date_parts_two_sign_offs() -> None:
    plan = read_blocks([*_ABA, "Ignatius Barlow, BCBA 04/06/2026  ·  Mirela Vasquez (parent) 04/06/2026"])
    assert _sigs(plan) == [
        ("clinician", "Ignatius Barlow", "BCBA", dt.date(2026, 4, 6), True),
        ("guardian", "Mirela Vasquez", None, dt.date(2026, 4, 6), True),
    ]


def test_bullet_after_a_date_parts_two_sign_offs_with_single_spaces() -> None:
    plan = read_blocks([*_ABA, "Ignatius Barlow, BCBA 04/06/2026 • Mirela Vasquez (parent) 04/06/2026"])
    assert [(s.role, s.name) for s in plan.signatures] == [
        ("clinician", "Ignatius Barlow"),
        ("guardian", "Mirela Vasquez"),
    ]


def test_middle_dot_without_a_date_before_it_is_not_a_break() -> None:
    # near miss: "Ignatius Barlow · BCBA" has no date before the dot: no second signer "BCBA 04/06/2026" appears
    plan = read_blocks([*_ABA, "Ignatius Barlow · BCBA 04/06/2026"])
    assert len(plan.signatures) <= 1
    assert all(s.role not in ("guardian", "client") for s in plan.signatures)


# --- role columns before bare "Signature" columns ---------------------------------------------------------------------


_ROLE_PAIRS = ["Supervising BCBA", "Signature", "Date", "Parent/guardian", "Signature", "Date"]


def test_role_column_before_each_signature_column_names_the_signer() -> None:
    plan = read_blocks(
        [*_ABA, [_ROLE_PAIRS, ["Ignatius Barlow, M.Ed., BCBA", "/s/ Ignatius Barlow", "04/06/2026",
                               "Mirela Vasquez (mother)", "Mirela Vasquez", "04/07/2026"]]]
    )
    assert _sigs(plan) == [
        ("clinician", "Ignatius Barlow", "M.Ed., BCBA", dt.date(2026, 4, 6), True),
        ("guardian", "Mirela Vasquez", None, dt.date(2026, 4, 7), True),
    ]


def test_role_column_with_an_empty_signature_is_an_unsigned_line() -> None:
    # the true gap: the parent's name is printed but the parent never signed
    plan = read_blocks(
        [*_ABA, [_ROLE_PAIRS, ["Ignatius Barlow, M.Ed., BCBA", "/s/ Ignatius Barlow", "04/06/2026",
                               "Mirela Vasquez (mother)", "", ""]]]
    )
    guardian = [s for s in plan.signatures if s.role == "guardian"]
    assert [(s.name, s.signed, s.date) for s in guardian] == [("Mirela Vasquez", False, None)]


def test_signature_headers_naming_their_signers_read_as_before() -> None:
    # near miss: "BCBA signature | Date | Parent/guardian signature | Date" needs no role column
    plan = read_blocks(
        [*_ABA, [["BCBA signature", "Date", "Parent/guardian signature", "Date"],
                 ["/s/ Ignatius Barlow", "04/06/2026", "Mirela Vasquez", "04/07/2026"]]]
    )
    assert [(s.role, s.name, s.date) for s in plan.signatures] == [
        ("clinician", "Ignatius Barlow", dt.date(2026, 4, 6)),
        ("guardian", "Mirela Vasquez", dt.date(2026, 4, 7)),
    ]


# --- an uncaptioned column of the signers' roles ----------------------------------------------------------------------


def test_uncaptioned_column_of_roles_says_who_signed() -> None:
    plan = read_blocks(
        [*_PSYCH, [["Signed", "", "Date"],
                   ["Harriet Quenneville", "Individual", "03-02-2026"],
                   ["Tobias Renwick, LPC", "Mental health professional", "03-02-2026"]]]
    )
    assert _sigs(plan) == [
        ("client", "Harriet Quenneville", None, dt.date(2026, 3, 2), True),
        ("clinician", "Tobias Renwick", "LPC", dt.date(2026, 3, 2), True),
    ]


def test_uncaptioned_column_of_other_words_is_no_role_column() -> None:
    # near miss: "Copy given" / "Copy mailed" say nothing of who signed; the unnamed signer is not made the client
    plan = read_blocks(
        [*_PSYCH, [["Signed", "", "Date"],
                   ["Harriet Quenneville", "Copy given", "03-02-2026"],
                   ["Tobias Renwick, LPC", "Copy mailed", "03-02-2026"]]]
    )
    roles = {s.name: s.role for s in plan.signatures}
    assert roles.get("Tobias Renwick") == "clinician"
    assert roles.get("Harriet Quenneville") not in ("client", "guardian")


# --- an EHR signature stamp -------------------------------------------------------------------------------------------


def test_ticked_e_signature_label_is_electronic_without_a_role() -> None:
    parsed = parse_signature("✓ Electronically signed", "Wendell Okafor")
    assert parsed is not None
    assert (parsed.role_label, parsed.name, parsed.method) == (None, "Wendell Okafor", "electronic")


def test_e_signature_stamp_cell_is_the_authors_dated_signature() -> None:
    plan = read_blocks(
        [*_PSYCH, [["✓ Electronically signed\nWendell Okafor\n2026-03-11 14:22 EST\nRiverbend Telehealth EHR"]]]
    )
    assert [(s.role, s.name, s.credential, s.date, s.method) for s in plan.signatures] == [
        ("clinician", "Wendell Okafor", None, dt.date(2026, 3, 11), "electronic")
    ]


def test_e_signature_stamp_date_with_other_words_is_not_its_date() -> None:
    # near miss: "2026-03-11 follow-up visit" under the stamp is no signing date (only a time of day may follow)
    plan = read_blocks(
        [*_PSYCH, [["✓ Electronically signed\nWendell Okafor\n2026-03-11 follow-up visit\nRiverbend Telehealth EHR"]]]
    )
    assert [(s.name, s.date) for s in plan.signatures] == [("Wendell Okafor", None)]
