"""Round 16, signatures and the plan's own dates and length.

- a paper form typed in paragraphs: each sign-off line ("/s/ name<TAB>date", "name   date", a blank line) with
  the signer's caption on the line under it ("Counselor", "Parent/guardian signature<TAB>Date");
- two signers side by side on one line, each column a name with its date;
- a grid of signer boxes whose dated line carries a time of day or says the signer reviewed the plan;
- the plan's length from a coded service ordered under a goal, and from a stepped order ("2x/wk x 3 wks, then
  1x/wk x 5 wks") as a whole;
- labels with an ordinal written in digits ("1st visit") and a plan-of-care label over a date span, read by the
  layout-independent second look.

Each test builds a small plan with python-docx; names and wording are invented. Each layout has a near miss that
keeps its old reading.
"""

from __future__ import annotations

import datetime as dt

from authcheck.model import TreatmentPlan
from authcheck.parsing import parse_duration
from authcheck.readers.docx.signatures import signed_date_line
from docx_helpers import read_blocks

_BODY = [
    "Counseling Plan",
    "Client: Philippa Arkwright-Noonan    DOB: 07/22/1969",
    "Goals",
    "Goal 1: Philippa will lower her PHQ-9 score from 17 to 8 or lower by 10/15/2026.",
    "Services",
    "Individual psychotherapy (90834), 45 minutes, weekly for 24 weeks.",
]

Block = str | list[list[str]]


def _read(blocks: list[Block], body: list[str] | None = None) -> TreatmentPlan:
    return read_blocks([*(body if body is not None else _BODY), *blocks])


def _sigs(plan: TreatmentPlan) -> list[tuple[str, str | None, str | None, dt.date | None, bool]]:
    return [(s.role, s.name, s.credential, s.date, s.signed) for s in plan.signatures]


# --- captions typed under sign-off lines ---------------------------------------------------------------------------


def test_conformed_line_and_name_line_each_over_a_role_caption() -> None:
    plan = _read([
        "/s/ Ignatius Pemberton-Vale\t04/14/2026",
        "Counselor",
        "Philippa Arkwright-Noonan\t04/14/2026",
        "Client",
    ])
    assert _sigs(plan) == [
        ("clinician", "Ignatius Pemberton-Vale", None, dt.date(2026, 4, 14), True),
        ("client", "Philippa Arkwright-Noonan", None, dt.date(2026, 4, 14), True),
    ]
    assert not any("Arkwright-Noonan" in (block.text or "") and "2026" in (block.text or "") for block in plan.free_text)


def test_spaced_columns_with_signature_and_date_captions() -> None:
    plan = _read([
        "Wendell Okafor-Smythe     5/1/26",
        "Therapist signature     Date",
        "Ottoline Brashear     5/1/26",
        "Parent/guardian signature     Date",
    ])
    assert _sigs(plan) == [
        ("clinician", "Wendell Okafor-Smythe", None, dt.date(2026, 5, 1), True),
        ("guardian", "Ottoline Brashear", None, dt.date(2026, 5, 1), True),
    ]


def test_blank_line_over_a_caption_is_an_unsigned_line_for_that_signer() -> None:
    plan = _read([
        "________________________\t____________",
        "Clinician signature\tDate",
    ])
    assert _sigs(plan) == [("clinician", None, None, None, False)]


def test_blank_lines_side_by_side_over_their_captions() -> None:
    plan = _read([
        "____________________    __________    ____________________    __________",
        "Client signature    Date    Counselor signature    Date",
    ])
    assert _sigs(plan) == [("client", None, None, None, False), ("clinician", None, None, None, False)]


def test_two_typed_signers_side_by_side_over_role_captions() -> None:
    plan = _read([
        "Philippa Arkwright-Noonan    06/01/2026        Anselm Trevelyan    06/02/2026",
        "Client    Date        Family therapist    Date",
    ])
    assert _sigs(plan) == [
        ("client", "Philippa Arkwright-Noonan", None, dt.date(2026, 6, 1), True),
        ("clinician", "Anselm Trevelyan", None, dt.date(2026, 6, 2), True),
    ]


def test_conformed_signers_read_side_by_side_take_their_captions() -> None:
    plan = _read([
        "/s/ Anselm Trevelyan    06/02/2026        /s/ Philippa Arkwright-Noonan    06/02/2026",
        "Therapist        Client",
    ])
    assert [(s.role, s.name) for s in plan.signatures] == [
        ("clinician", "Anselm Trevelyan"),
        ("client", "Philippa Arkwright-Noonan"),
    ]


def test_sign_off_and_caption_in_each_cell_of_a_signature_table() -> None:
    plan = _read([
        [[
            "/s/ Anselm Trevelyan\t06/02/2026\nTherapist",
            "Philippa Arkwright-Noonan\t06/02/2026\nClient",
        ]]
    ])
    assert [(s.role, s.name, s.date) for s in plan.signatures] == [
        ("clinician", "Anselm Trevelyan", dt.date(2026, 6, 2)),
        ("client", "Philippa Arkwright-Noonan", dt.date(2026, 6, 2)),
    ]


def test_near_miss_captions_that_do_not_match_the_columns_read_nothing() -> None:
    plan = _read([
        "Philippa Arkwright-Noonan    06/01/2026    Anselm Trevelyan",
        "Client    Date    Therapist    Date",
    ])
    assert plan.signatures == []


def test_near_miss_captions_over_the_lines_are_not_moved_to_the_line_above() -> None:
    # the captions head their lines: "Client" under the counselor's line names the next line's signer
    plan = _read([
        "Counselor",
        "/s/ Ignatius Pemberton-Vale\t04/14/2026",
        "Client",
        "Philippa Arkwright-Noonan\t04/14/2026",
    ])
    assert all(s.role != "client" or s.name != "Ignatius Pemberton-Vale" for s in plan.signatures), _sigs(plan)


def test_near_miss_a_name_without_a_date_over_a_caption_is_no_signature() -> None:
    plan = _read(["Philippa Arkwright-Noonan", "Client"])
    assert plan.signatures == []


def test_near_miss_a_line_naming_its_own_signer_keeps_its_role() -> None:
    plan = _read(["/s/ Cornelius Abernathy-Roe, MD\t04/20/2026", "Clinical supervisor"])
    assert [(s.role, s.name) for s in plan.signatures] == [("physician", "Cornelius Abernathy-Roe")]


# --- two signers side by side, each a name and its date -----------------------------------------------------------


def test_two_signers_side_by_side_each_with_its_date() -> None:
    plan = _read(["Philippa Arkwright-Noonan  3/3/2026           Harriet Quincey-Moss, LPC  3/3/2026"])
    assert _sigs(plan) == [
        ("client", "Philippa Arkwright-Noonan", None, dt.date(2026, 3, 3), True),
        ("clinician", "Harriet Quincey-Moss", "LPC", dt.date(2026, 3, 3), True),
    ]


def test_two_signers_parted_by_a_tab() -> None:
    plan = _read(["Harriet Quincey-Moss, LCSW 3/9/2026\tPhilippa Arkwright-Noonan 3/10/2026"])
    assert _sigs(plan) == [
        ("clinician", "Harriet Quincey-Moss", "LCSW", dt.date(2026, 3, 9), True),
        ("client", "Philippa Arkwright-Noonan", None, dt.date(2026, 3, 10), True),
    ]


def test_near_miss_one_signer_and_its_date_in_two_columns_stays_one_signature() -> None:
    plan = _read(["Harriet Quincey-Moss, LPC          3/3/2026"])
    assert _sigs(plan) == [("clinician", "Harriet Quincey-Moss", "LPC", dt.date(2026, 3, 3), True)]


# --- signer boxes: a time of day after the date, a reviewer's "Reviewed <date>" -------------------------------------


def test_signer_box_grid_with_times_and_a_review_line() -> None:
    plan = _read([
        [
            [
                "Primary counselor\nAugustina Feldmann-Roy, LMHC\nElectronically signed April 2, 2026 10:15 AM",
                "Medical director\nBarnaby Okonjo, MD\nReviewed April 5, 2026",
            ],
            ["Client\nPhilippa Arkwright-Noonan\nSigned 04/02/2026 at 3:10 pm", "Notes\nCopy given to client."],
        ]
    ])
    by_role = {s.role: s for s in plan.signatures}
    assert by_role["clinician"].name == "Augustina Feldmann-Roy"
    assert by_role["clinician"].date == dt.date(2026, 4, 2)
    assert by_role["physician"].name == "Barnaby Okonjo"
    assert (by_role["physician"].credential, by_role["physician"].date) == ("MD", dt.date(2026, 4, 5))
    assert by_role["client"].date == dt.date(2026, 4, 2)


def test_supervisor_box_reviewed_keeps_the_credential() -> None:
    plan = _read([
        [
            [
                "Counselor\nAugustina Feldmann-Roy, LMHC\nSigned 04/02/2026",
                "Clinical director\nDesmond Ilori, LCSW-R\nApproved 04/06/2026",
            ],
        ]
    ])
    director = next(s for s in plan.signatures if s.role == "supervisor")
    assert (director.name, director.credential, director.date) == ("Desmond Ilori", "LCSW-R", dt.date(2026, 4, 6))


def test_near_miss_box_with_a_scheduled_review_is_no_signature() -> None:
    plan = _read([[["Medical director\nDesmond Ilori, MD\nNext review 07/06/2026", "Notes\nNone."]]])
    assert all(s.date != dt.date(2026, 7, 6) for s in plan.signatures), _sigs(plan)


def test_signed_date_line_words() -> None:
    assert signed_date_line("Electronically signed March 3, 2026 2:05 PM")
    assert signed_date_line("Signed 02/02/2026 14:20 EST")
    assert signed_date_line("Approved and signed on 02/02/2026")
    assert signed_date_line("Reviewed 6/1/2026")
    # near misses: a scheduled review, a time with more words, two dates
    assert not signed_date_line("Next review 06/01/2026")
    assert not signed_date_line("Signed 02/02/2026 14:20 after the team meeting")
    assert not signed_date_line("Reviewed 02/02/2026 and 03/02/2026")


# --- the plan's length ----------------------------------------------------------------------------------------------


_GOAL_BODY = [
    "Family Therapy Plan",
    "Client: Philippa Arkwright-Noonan    DOB: 07/22/1969",
    "Problem: conflict at home about her son's school refusal.",
    "Goal 1: Family will hold a weekly 20-minute problem-solving meeting on 4 of 4 weeks by 09/30/2026.",
]


def test_coded_service_under_a_goal_gives_the_plan_length() -> None:
    plan = read_blocks([*_GOAL_BODY, "Intervention: Family psychotherapy 90847, 50 min, 2x/month for 6 months."])
    assert plan.expected_duration is not None
    assert (plan.expected_duration.value, plan.expected_duration.unit) == (6, "month")


def test_near_miss_uncoded_step_under_a_goal_is_no_plan_length() -> None:
    plan = read_blocks([*_GOAL_BODY, "Intervention: Practise the breathing exercise daily for 2 weeks."])
    assert plan.expected_duration is None


def test_stepped_order_lasts_all_its_steps() -> None:
    assert (parse_duration("3x/wk x 2 wks, then 2x/wk x 5 wks") or None).value == 7
    assert parse_duration("2x/week for 4 weeks followed by 1x/week for 6 weeks").value == 10
    assert parse_duration("twice a week x 3 weeks then weekly x 5 weeks (8 weeks, 11 visits)").value == 8
    assert parse_duration("3x/wk x 4 wks, then 2x/wk x 8 wks (12 weeks total)").value == 12
    # near misses: one step then something else; steps in different units keep the first length
    assert parse_duration("2x/wk x 4 wks, then reassess").value == 4
    assert parse_duration("1x/wk for 16 weeks").value == 16


def test_stepped_plan_line_gives_the_whole_length() -> None:
    plan = read_blocks([
        "Occupational Therapy Plan of Care",
        "Patient: Philippa Arkwright-Noonan    DOB: 07/22/1969",
        "Goals",
        "1. Dress upper body with set-up only, 3 of 3 trials, in 6 weeks.",
        "Plan",
        "Treatment: 97530, 97535 - 2x/wk x 3 wks, then 1x/wk x 5 wks. Self-care training, home program.",
    ])
    assert plan.expected_duration is not None
    assert (plan.expected_duration.value, plan.expected_duration.unit) == (8, "week")


# --- ordinal labels and a plan-of-care span, read by the second look ------------------------------------------------


def test_ordinal_label_names_the_first_treatment_date_and_plan_span_is_the_period() -> None:
    plan = read_blocks([
        "Northfield Voice Clinic",
        "Client  Philippa Arkwright-Noonan      Born  07-22-1969",
        "Initial eval / 1st visit  04-06-2026      Plan written  04-06-2026",
        "Plan of care  04-06-2026 to 07-03-2026",
        "GOALS",
        "1. Philippa will sustain phonation for 15 seconds in 4 of 5 trials by 07/03/2026.",
    ])
    assert plan.first_treatment_date == dt.date(2026, 4, 6)
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (dt.date(2026, 4, 6), dt.date(2026, 7, 3))


def test_run_in_ordinal_label() -> None:
    plan = read_blocks([
        "Counseling Plan",
        "Client  Philippa Arkwright-Noonan      DOB  07-22-1969",
        "1st session 05/11/2026",
        "Goals",
        "1. Philippa will attend 10 of 12 sessions by 08/31/2026.",
    ])
    assert plan.first_treatment_date == dt.date(2026, 5, 11)


def test_near_miss_second_review_and_plan_date_with_a_review_keep_their_reading() -> None:
    plan = read_blocks([
        "Counseling Plan",
        "Client  Philippa Arkwright-Noonan      DOB  07-22-1969",
        "2nd review  07/01/2026",
        "Plan  04/06/2026      Next review  07/01/2026",
        "Goals",
        "1. Philippa will attend 10 of 12 sessions by 08/31/2026.",
    ])
    assert plan.first_treatment_date is None
    assert plan.period is None
