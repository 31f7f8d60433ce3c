"""DOCX, round 25 (labels, dates and plan facts): near misses both ways.

- a member ID typed in digit groups with a check letter ("9 1234 5678 A", a Medi-Cal CIN) is the ID; a date or a
  telephone number with a letter after it is none;
- a labelled date in brackets inside a letter's sentence under the plan's title ("(first treatment 01/12/2026)")
  dates that fact; the same bracket in a section that owns its lines (a diagnosis) is left to that section;
- a review said to have taken place ("progress review completed 01/20/2026", "plan reviewed 07/08/2025") is a
  completed review, neither the next review nor the plan's date; "next review 07/15/2026" stays scheduled;
- after a form box's number the words are one caption ("25. Date HHA received signed POT:"), so its last word
  ("POT") dates no plan; "3. Plan date:" is still the plan date;
- a review in prose followed by "was completed" took place; "after the assessment was completed" does not make
  a scheduled review a past one;
- a treatment "through 12/31/2025" lasts until then; "from 01/05/2026" states no length.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

import datetime as dt

from docx_helpers import read_blocks

from authcheck.parsing.reviews import find_review_mentions
from authcheck.readers.docx.fields.parties import grouped_member_id
from authcheck.readers.docx.label_split import split_labels

_D = dt.date


# --- a member ID in digit groups with a check letter ------------------------------------------------------------------


def test_grouped_id_with_check_letter_is_the_member_id() -> None:
    plan = read_blocks([
        "Marisol Treatment Program - Initial Plan",
        [["Patient", "Odile Varga", "Patient ID", "PRG-20931"],
         ["Date of birth", "05/30/1986", "Medi-Cal / member ID", "9 4471 2290 B"],
         ["Admission", "02/09/2026", "Plan effective date", "03/02/2026"]],
    ])
    assert plan.patient.member_id == "9 4471 2290 B"
    assert plan.plan_date == _D(2026, 3, 2)


def test_date_or_phone_with_a_letter_after_it_is_no_member_id() -> None:
    assert grouped_member_id("9 4471 2290 B") == "9 4471 2290 B"
    assert grouped_member_id("12 03 2026 A") is None  # a date typed in groups
    assert grouped_member_id("555 123 4567 A") is None  # a telephone number
    assert grouped_member_id("Medicaid 1234 5678 A") is None  # words before the groups, no separator


# --- a labelled date in brackets inside a letter's sentence -------------------------------------------------------------


def test_first_treatment_in_brackets_in_a_letter_sentence_is_read() -> None:
    plan = read_blocks([
        "Harbourside Hand Therapy",
        "March 2, 2026",
        "Re: Plan of care for Agnes Lindqvist (DOB 04/09/1950, MBI 3CX9-QP4-DW17)",
        "Dear Dr. Moreau, thank you for referring Ms. Lindqvist, whom I evaluated and treated today (first treatment"
        " 03/02/2026) after repair of a left distal radius fracture (S52.502D).",
        "Plan: therapeutic exercise (97110); 2 times per week for 8 weeks.",
    ])
    assert plan.first_treatment_date == _D(2026, 3, 2)
    assert [d.code for d in plan.diagnoses] == ["S52.502D"]


def test_bracketed_date_in_a_diagnosis_section_is_not_a_plan_date() -> None:
    plan = read_blocks([
        "Harbourside Hand Therapy - Plan of Care",
        "Client: Agnes Lindqvist",
        "Plan date: 03/02/2026",
        "Diagnosis",
        "S52.502D Fracture of left distal radius (first treatment 01/12/2026 at another clinic)",
    ])
    assert plan.first_treatment_date is None
    assert [d.code for d in plan.diagnoses] == ["S52.502D"]


# --- a review that took place, written inline ----------------------------------------------------------------------------


def test_completed_review_inline_is_no_scheduled_review() -> None:
    plan = read_blocks([
        "Bright Path Autism Services",
        [["Client", "Tobias Renn", "Plan date", "02/02/2026"]],
        "Previous authorization 08/01/2025 - 01/31/2026; progress review completed 01/20/2026.",
    ])
    dated = [(r.date, r.completed) for r in plan.reviews]
    assert (_D(2026, 1, 20), True) in dated
    assert not plan.scheduled_reviews
    assert plan.plan_date == _D(2026, 2, 2)


def test_plan_reviewed_inline_is_not_the_plan_date() -> None:
    plan = read_blocks([
        "Treatment Plan",
        [["Pt", "Beatrix Lowell"], ["Plan effective", "2026-01-14"]],
        "Previous plan dated 01/10/2025; plan reviewed 07/08/2025; closed 12/15/2025 on relocation.",
    ])
    assert plan.plan_date != _D(2025, 7, 8)
    assert [(r.date, r.completed) for r in plan.reviews] == [(_D(2025, 7, 8), True)]


def test_next_review_inline_stays_scheduled() -> None:
    plan = read_blocks([
        "Bright Path Autism Services",
        [["Client", "Tobias Renn", "Plan date", "02/02/2026"]],
        "Authorization 02/01/2026 - 07/31/2026; next plan review 07/15/2026.",
    ])
    assert [(r.date, r.completed) for r in plan.scheduled_reviews] == [(_D(2026, 7, 15), False)]


# --- a form box's number before a long caption ----------------------------------------------------------------------------


def test_box_numbered_caption_gives_no_date_label_of_its_last_word() -> None:
    segments = split_labels("Verbal SOC order received 01/10/2026 - Alma Ruiz, RN:  25. Date HHA received signed POT: "
                            "01/22/2026")
    assert all(s.label != "POT" for s in segments)
    assert all(s.label != "POT" for s in split_labels("25. Date HHA received signed POT: 01/22/2026"))


def test_box_numbered_known_label_and_run_on_labels_still_cut() -> None:
    assert split_labels("3. Plan date: 01/02/2026")[0].label == "Plan date"
    labels = [s.label for s in split_labels("Seen 3 times. Plan date: 04/06/2026. Certification: 04/06/2026")]
    assert labels == [None, "Plan date", "Certification"]


def test_hha_received_date_in_a_485_box_is_not_the_plan_date() -> None:
    plan = read_blocks([
        "HOME HEALTH CERTIFICATION AND PLAN OF CARE",
        [["1. Patient HI claim no. 7KQ2-DN5-HP31", "2. Start of care date 01/12/2026",
          "3. Certification period From: 01/12/2026  To: 03/12/2026"],
         ["23. Nurse's signature and date of verbal SOC where applicable: Verbal SOC order received 01/10/2026 - "
          "Alma Ruiz, RN", "25. Date HHA received signed POT: 01/22/2026", ""],
         ["27. Attending physician's signature and date signed: Harlan Whitby, MD   01/16/2026", "", ""]],
    ])
    assert plan.plan_date != _D(2026, 1, 22)
    assert plan.period is not None and plan.period.end == _D(2026, 3, 12)


# --- reviews in prose: "was completed" after the date -------------------------------------------------------------------


def test_review_followed_by_was_completed_took_place() -> None:
    mentions = find_review_mentions("Plan of 03/20/2025 closed 09/30/2025; its review of 06/19/2025 was completed.")
    assert [(m.date, m.completed) for m in mentions] == [(_D(2025, 6, 19), True)]


def test_review_before_another_event_completed_stays_scheduled() -> None:
    mentions = find_review_mentions("Next review 06/19/2026 after the assessment was completed.")
    assert [(m.date, m.completed) for m in mentions] == [(_D(2026, 6, 19), False)]
    mentions = find_review_mentions("Plan review on 1/15/26. It was completed late.")
    assert [(m.date, m.completed) for m in mentions] == [(_D(2026, 1, 15), False)]


# --- a treatment that runs through a date ---------------------------------------------------------------------------------


_PLAN_HEAD = ["Pinewood Counseling Center", "TREATMENT PLAN", "Name: Gustavo Leal", "Date of plan: 1/8/2026",
              "Dx: F42.2 Mixed obsessional thoughts and acts", "Goal: Reduce time spent on checking rituals.",
              "Gustavo will reduce Y-BOCS total from 26 to 15 or below by 7/8/2026."]


def test_treatment_through_a_date_states_its_duration() -> None:
    plan = read_blocks([*_PLAN_HEAD, "Treatment: individual psychotherapy with ERP, 90837, 60 min, weekly, through "
                                     "12/31/2026."])
    durations = [i.duration for _, i in plan.iter_interventions() if i.duration is not None]
    assert [d.end_date for d in durations] == [_D(2026, 12, 31)]


def test_treatment_from_a_date_states_no_duration() -> None:
    plan = read_blocks([*_PLAN_HEAD, "Treatment: individual psychotherapy with ERP, 90837, 60 min, weekly, from "
                                     "01/12/2026."])
    interventions = [i for _, i in plan.iter_interventions()]
    assert interventions and all(i.duration is None for i in interventions)
    assert plan.expected_duration is None
