"""DOCX, round 23: a certification period split over "From:" and "To:" in one value, a scheduled plan update under a
label close to "Treatment plan date", and a blank signature line under a signer's printed name.

- "3. Certification Period | From: 03/09/2026  To: 05/07/2026" (a CMS-485 box): the "To" date left in the "From"
  value ends the period; a second date that is not joined by a range word ("(signed 03/10/2026)") does not;
- "Treatment plan update: due 12/19/2025" (or under a "Plan reviews" heading) is the next update, a scheduled
  review, not the plan date; "Date of this update: ..." still dates this version of the plan;
- "Attending physician's signature and date signed | Irene Vandermolen, MD" over "Signature: ____  Date: ____" in the
  same cell: the physician has not signed; a signer e-signed above a blank line keeps her signature.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

import datetime as dt

from docx_helpers import read_blocks

_HEADER = [
    "Prairie Lantern Home Care",
    "HOME HEALTH CERTIFICATION AND PLAN OF CARE",
]


def _form(period: str, signer_cell: str = "Odalys Brennick, MD\nSignature: ______________   Date: ________") -> list[object]:
    return [
        *_HEADER,
        [
            ["1. Patient's HI Claim No.", "5TR2WQ8MK41"],
            ["2. Start of Care Date", "02/02/2026"],
            ["3. Certification Period", period],
            ["6. Patient's Name and Address", "Wendell Obuya, 88 Elm Row, Salina, KS"],
            ["11. Principal Diagnosis (ICD-10-CM)", "I50.32 Chronic diastolic (congestive) heart failure"],
            ["21. Orders for Discipline and Treatments", "G0299 - SN - twice per week - for 4 weeks"],
            ["22. Goals", "1. Patient will log daily weights on 7 of 7 days. (by 03/02/2026)"],
        ],
        [
            ["Nurse's signature and date of verbal SOC", "Tamsin Okafor, RN - electronically signed 02/02/2026"],
            ["Attending physician's signature and date signed", signer_cell],
        ],
    ]


def test_from_to_in_one_value_is_the_whole_period() -> None:
    plan = read_blocks(_form("From: 02/02/2026  To: 04/02/2026"))
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (dt.date(2026, 2, 2), dt.date(2026, 4, 2))
    assert plan.period.field_sources["end"].table == 0


def test_from_with_a_dash_range_is_the_whole_period() -> None:
    plan = read_blocks(_form("From: 02/02/2026 - 04/02/2026"))
    assert plan.period is not None and plan.period.end == dt.date(2026, 4, 2)


def test_from_with_a_later_remark_date_has_no_end() -> None:
    plan = read_blocks(_form("From: 02/02/2026 (verbal order 02/04/2026)"))
    assert plan.period is not None
    assert plan.period.start == dt.date(2026, 2, 2)
    assert plan.period.end is None


def test_blank_signature_line_under_the_printed_name_is_unsigned() -> None:
    plan = read_blocks(_form("From: 02/02/2026  To: 04/02/2026"))
    physician = next(s for s in plan.signatures if s.role == "physician")
    assert physician.name == "Odalys Brennick"
    assert physician.signed is False
    assert physician.date is None
    nurse = next(s for s in plan.signatures if s.role == "clinician")
    assert nurse.signed is True and nurse.date == dt.date(2026, 2, 2)


def test_name_alone_without_a_blank_line_stays_as_read() -> None:
    plan = read_blocks(_form("From: 02/02/2026  To: 04/02/2026", signer_cell="Odalys Brennick, MD"))
    physician = next(s for s in plan.signatures if s.role == "physician")
    assert physician.signed is True


def test_e_signed_signer_above_a_blank_line_keeps_the_signature() -> None:
    cell = "Odalys Brennick, MD - electronically signed 02/05/2026\nSignature: ______________   Date: ________"
    plan = read_blocks(_form("From: 02/02/2026  To: 04/02/2026", signer_cell=cell))
    physician = next(s for s in plan.signatures if s.role == "physician")
    assert physician.signed is True
    assert physician.date == dt.date(2026, 2, 5)


def _ntp(review_line: str, heading: str = "Plan reviews") -> list[object]:
    return [
        "Sierra Foothill Narcotic Treatment Program",
        "NTP Initial Treatment Plan",
        [
            ["Patient", "Imelda Farquhar", "DOB", "04/03/1979"],
            ["Payer", "Medi-Cal", "Plan date", "10/14/2025"],
            ["Admission to maintenance", "09/22/2025", "Program", "Sierra Foothill NTP"],
        ],
        "Treatment Goals",
        "Problem/Goal 1: Imelda will stop illicit opioid use.",
        "Objective 1a: Imelda will have 4 urine drug screens in a row negative for illicit opioids. (target 12/15/2025)",
        "Interventions: H0020 - Methadone administration - once per day",
        heading,
        review_line,
    ]


def test_treatment_plan_update_due_is_a_scheduled_review() -> None:
    plan = read_blocks(_ntp("Treatment plan update: due 12/19/2025"))
    assert plan.plan_date == dt.date(2025, 10, 14)
    assert [(r.date, r.completed) for r in plan.reviews] == [(dt.date(2025, 12, 19), False)]


def test_treatment_plan_update_due_outside_a_review_section_is_a_scheduled_review() -> None:
    plan = read_blocks(_ntp("Treatment plan update: due 12/19/2025", heading="Services ordered"))
    assert plan.plan_date == dt.date(2025, 10, 14)
    assert [r.date for r in plan.reviews] == [dt.date(2025, 12, 19)]


def test_date_of_this_update_still_dates_the_plan() -> None:
    blocks = _ntp("Date of this update: 12/19/2025", heading="Plan history")
    plan = read_blocks(blocks)
    assert plan.plan_date == dt.date(2025, 12, 19)
    assert all(r.date != dt.date(2025, 12, 19) or r.completed for r in plan.reviews)
