"""Plan-level facts as busy clinicians type them without a template (round 24): a month's name with a two-digit
year ("Mar 16 26"), a label closed by a doubled colon or two dots ("Goals::", "Pt.. "), slips corrected in words
("F43.8? no -- F32.1", "by 9/30/25 - no, updated: 6/1/26"), the expected duration in shorthand ("Freq 1x/wk dur 16
wks", "Projected LOS  8 wks", a lone "x 12 wks" under the frequency), labels shortened ("Mcare ID", "cert per",
"1st tx (eval)", "target dt"), facts run together with single spaces ("... admit 4/6/26 plan 4/13/26 LOC intensive
inpatient"), a title over the client's line that is no date's label, a label alone over its value ("Pt name" over
the name), lower-case headings and run-in facts kept off the line above ("goals", "baseline - 2 mands/hr"), and an
assessment recorded as a line of its own ("VB-MAPP 2/3/26 milestones 61"). Each change has a near miss that must
still not be read. Every document is built here with python-docx."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from authcheck.parsing import find_dates, parse_date
from authcheck.parsing.assessment_mentions import find_assessment_mentions
from authcheck.readers.docx.blocks import line_text
from authcheck.readers.docx.inline import inline_facts
from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.docx.labels import field_key, subfield_key
from authcheck.readers.docx.unwrap import _joins
from docx_helpers import read_document

D = dt.date


def _doc(*lines: str) -> docx.Document:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    return document


_GOALS = (
    "Goals",
    "Goal 1: reduce worry",
    "Obj 1: GAD-7 from 16 to 9 or below by 6/8/26",
)


# --- dates: a month's name, the day and a two-digit year ------------------------------------------------------------


@pytest.mark.parametrize(("text", "date"), [("Mar 16 26", D(2026, 3, 16)), ("Mar 5, 26", D(2026, 3, 5)),
                                            ("Sept 30 25", D(2025, 9, 30))])
def test_a_month_name_with_a_two_digit_year_is_a_date(text: str, date: dt.date) -> None:
    assert parse_date(text) == date
    assert [d for d, _ in find_dates(f"signed {text} by Dr Lee")] == [date]


@pytest.mark.parametrize("text", ["by June 5 30 min", "May 5 10 sessions", "Jan 5 12x", "March 3 26 pts", "Jan 5 12.5"])
def test_a_month_and_day_before_a_count_is_no_two_digit_year(text: str) -> None:
    assert list(find_dates(text)) == []


def test_two_dates_joined_by_a_bare_dash_are_both_read() -> None:
    assert [d for d, _ in find_dates("cert per 3/16/26-5/14/26")] == [D(2026, 3, 16), D(2026, 5, 14)]
    assert list(find_dates("ext 555-1212, room 1-2-3")) == []


def test_a_plan_date_with_a_two_digit_year_is_read() -> None:
    plan = read_document(_doc("Lakeshore Psych Assoc.", "Name: Omar Haddad   DOB 7/19/1952", "Date Mar 16 26", *_GOALS))
    assert plan.plan_date == D(2026, 3, 16)


# --- stray label punctuation ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("Goals::", "Goals:"),
        ("Freq:: 2x wk x 12 wks", "Freq: 2x wk x 12 wks"),
        ("Pt.. Ana Ruiz    DOB.. 3/3/1951", "Pt: Ana Ruiz    DOB: 3/3/1951"),
        ("Initial eval + tx.. 2/2/26", "Initial eval + tx: 2/2/26"),
    ],
)
def test_a_doubled_colon_or_two_dots_close_a_label(raw: str, read: str) -> None:
    assert line_text(raw) == read


@pytest.mark.parametrize("raw", ["pt doing ok.. will call back", "wait... Then we", "see note..  more later", "10::30"])
def test_an_ellipsis_in_prose_is_no_label(raw: str) -> None:
    assert line_text(raw) == raw


def test_a_plan_typed_with_two_dots_for_colons_is_read() -> None:
    plan = read_document(_doc(
        "Mesa Verde Therapy Services", "PT POC:", "Pt.. Alejandro Sandoval    DOB.. 3/3/1951    MBI.. 7JK2-PV6-HE90",
        "Initial eval + tx.. 2/2/26", "POC completed.. 2/12/26", "Goals::", " LTG1 TUG from 24 to under 14 sec by 4/27/26",
    ))
    assert plan.patient.birth_date == D(1951, 3, 3)
    assert plan.first_treatment_date == D(2026, 2, 2)
    assert plan.plan_date == D(2026, 2, 12)
    assert plan.goals  # "Goals::" opens the goals


# --- slips corrected in words ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("Dx: F43.8? no -- F32.1 MDD", "Dx: F32.1 MDD"),
        ("dob 8-8-40? no 08-08-1940", "dob 08-08-1940"),
        ("Obj 1 GAD-7 below 9 by 9/30/25 - no, updated: 6/1/26", "Obj 1 GAD-7 below 9 by 6/1/26"),
        ("target 12/31/2025 - updated to 6/30/26", "target 6/30/26"),
        ("Date of plan 2/16/2026 (was 01/02/2025 - updated)", "Date of plan 2/16/2026"),
        ("J. Lee PTA? no - J. Lee, PT  9/9/24", "J. Lee, PT  9/9/24"),
        ("DOS 08/01/2023 (old - ignore)", "DOS (old - ignore)"),
    ],
)
def test_a_slip_corrected_in_words_is_taken_out(raw: str, read: str) -> None:
    assert line_text(raw) == read


@pytest.mark.parametrize(
    "raw",
    [
        "NMES 97014? no - not using.",  # a retraction with nothing in its place: left whole
        "Is she ready? no, not yet",
        "plan will be updated as needed",
        "by 6/1/26 - updated weekly",
    ],
)
def test_a_question_or_an_update_that_corrects_nothing_is_left_whole(raw: str) -> None:
    assert line_text(raw) == raw


def test_a_corrected_objective_date_is_the_new_one() -> None:
    plan = read_document(_doc("Treatment plan", "Client: Cordelia Pryce   DOB 4/22/1954", "Date 3/2/26", "Goals",
                              "Goal 1: less worry", "Obj 1: GAD-7 from 17 to 9 or below by 9/30/25 - no, updated: 6/1/26"))
    assert [o.target_date for o in plan.objectives] == [D(2026, 6, 1)]


# --- the expected duration in shorthand -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "weeks"),
    [
        ("Indiv psychotherapy 90837   Freq 1x/wk dur 16 wks 53 min", 16),
        ("Freq 2x/wk  dur 12 wks", 12),
        ("freq 1x/wk   60 min sessions (90837)   dur 20 wks", 20),
        ("Projected LOS  8 wks (IOP)", 8),
    ],
)
def test_a_duration_in_shorthand_is_the_plans(line: str, weeks: int) -> None:
    plan = read_document(_doc("Treatment plan", "Client: Ana Ruiz   DOB 4/22/1954", "Plan date 3/2/26", "Services", line))
    assert plan.expected_duration is not None
    assert (plan.expected_duration.value, plan.expected_duration.unit) == (weeks, "week")


@pytest.mark.parametrize(
    "line",
    [
        "pt endured 16 wks of poor sleep before intake",  # a word that opens with "dur" is no label
        "duration of tantrums 12 min on average",  # a duration of a behaviour, not of treatment
    ],
)
def test_a_duration_word_in_prose_is_no_plan_length(line: str) -> None:
    plan = read_document(_doc("Treatment plan", "Client: Ana Ruiz   DOB 4/22/1954", "Plan date 3/2/26",
                              "Presenting problem", line))
    assert plan.expected_duration is None


def test_a_length_alone_under_the_frequency_is_the_plans() -> None:
    plan = read_document(_doc("Treatment plan", "Client: Ana Ruiz   DOB 4/22/1954", "Plan date 3/2/26", *_GOALS,
                              "tx - supportive therapy, CBT", "Indiv tx", "q wk", "x 24 wks"))
    assert plan.expected_duration is not None
    assert (plan.expected_duration.value, plan.expected_duration.unit) == (24, "week")


def test_a_length_alone_with_no_frequency_above_is_not_read() -> None:
    plan = read_document(_doc("Treatment plan", "Client: Ana Ruiz   DOB 4/22/1954", "Plan date 3/2/26", *_GOALS,
                              "tx - supportive therapy, CBT", "x 24 wks"))
    assert plan.expected_duration is None


def test_lower_case_quantity_labels_need_a_quantity() -> None:
    assert [s.label for s in split_labels("Freq 3x/wk  dur 8 wks")] == ["Freq", "dur"]
    assert [s.label for s in split_labels("frequency of tantrums  3 per day")] == [None]
    assert [s.label for s in split_labels("duration of the goal   will vary")] == [None]


# --- labels shortened -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Mcare ID", "patient.member_id"), ("Mcare", "patient.member_id"), ("cert per", "period"),
        ("auth per", "period"), ("1st tx (eval)", "first_treatment_date"), ("Initial eval + tx", "first_treatment_date"),
        ("POC completed", "plan_date"), ("admit", "admission_date"),
    ],
)
def test_a_shortened_label_names_its_field(label: str, key: str) -> None:
    assert field_key(label) == key


@pytest.mark.parametrize("label", ["per", "care", "Mc", "first", "completed", "dt"])
def test_a_fragment_of_a_shortened_label_names_nothing(label: str) -> None:
    assert field_key(label) is None


def test_a_fact_label_in_shorthand_is_read() -> None:
    assert subfield_key("target dt") == "target_date"
    assert subfield_key("dt") is None and subfield_key("tx") is None


def test_a_member_id_and_a_certification_period_in_shorthand_are_read() -> None:
    plan = read_document(_doc(
        "HOME HEALTH POC", "patient: Ignacio Ruiz-Belmonte", "Patient Ignacio Ruiz-Belmonte    DOB 8/8/1940    Mcare 3HJ9-CD2-PM46",
        "soc 3/16/26  cert per 3/16/26-5/14/26", *_GOALS,
    ))
    assert plan.patient.member_id == "3HJ9-CD2-PM46"
    assert plan.period is not None and (plan.period.start, plan.period.end) == (D(2026, 3, 16), D(2026, 5, 14))


# --- facts run together with single spaces --------------------------------------------------------------------------


def test_facts_run_together_are_each_read() -> None:
    line = "pt Raymond Ambrose dob 2/14/1975 Medicaid 3302918846 admit 4/6/26 plan 4/13/26 LOC intensive inpatient"
    keys = {f.key: f.value for f in inline_facts(line)}
    assert keys["admission_date"] == "4/6/26" and keys["plan_date"] == "4/13/26"
    assert keys["level_of_care"] == "intensive inpatient"
    plan = read_document(_doc("Seagrape Intensive Inpatient Unit", line, *_GOALS))
    assert (plan.admission_date, plan.plan_date) == (D(2026, 4, 6), D(2026, 4, 13))
    assert plan.level_of_care == "intensive inpatient"


@pytest.mark.parametrize(
    "line",
    [
        "Obj 1 GAD-7 from 16 to 9 or below by 6/8/26",  # a date in a sentence, after no other fact's value
        "seen 3 times in 2025 plan reviewed 3/4/26",  # a known label of another field ("plan reviewed")
        "LOC ok, alert and oriented x3",  # "LOC" (consciousness) with no setting after it
    ],
)
def test_a_sentence_with_a_date_states_no_run_together_fact(line: str) -> None:
    assert not [f for f in inline_facts(line) if f.key in ("plan_date", "admission_date", "level_of_care")]


# --- a title over the client's line; a label alone over its value ---------------------------------------------------


def test_a_title_over_the_clients_line_is_no_date_label() -> None:
    plan = read_document(_doc("HARBORVIEW HOME HEALTH", "plan of care/certification",
                              "Stanislaw Kaminski  DOB 6/14/1937  MBI 8NC4-TW7-EP29", "SOC 3/2/2026", *_GOALS))
    assert plan.plan_date != D(1937, 6, 14)
    assert plan.patient.name == "Stanislaw Kaminski"


def test_a_stacked_date_label_still_takes_the_date_under_it() -> None:
    plan = read_document(_doc("Plan of care", "PLAN DATE", "03/02/2026", "Client: Ana Ruiz  DOB 6/14/1937", *_GOALS))
    assert plan.plan_date == D(2026, 3, 2)


def test_a_label_alone_over_its_value_is_read() -> None:
    plan = read_document(_doc("Coastal Home Nursing", "Plan of Care", "Pt name", "Beatrix Fairweather", "DOB",
                              "4/1/1941", *_GOALS))
    assert plan.patient.name == "Beatrix Fairweather"


def test_a_label_alone_over_another_label_takes_no_value() -> None:
    plan = read_document(_doc("Plan of Care", "Pt name", "Member ID:", *_GOALS))
    assert plan.patient.name is None


# --- lines typed in lower case kept off the line above --------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("* MSW PRN - community resources, meals on wheels", "goals"),
        ("PT freq 2w6 for strengthening, endurance, gait w/ O2", "goals: SpO2 90% or more on 2L by 4/13/26"),
        ("Goal 1 (manding) - Mateo will independently mand for preferred items", "baseline - 2 independent mands/hr"),
        ("   mastery - 15 or more independent mands/hr across 3 consecutive sessions", "target dt 8/1/26"),
    ],
)
def test_a_lower_case_heading_or_run_in_fact_is_a_line_of_its_own(head: str, tail: str) -> None:
    assert not _joins(head, tail, None)


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        ("Obj 1a: Panic attacks will decrease from about 4 per week to", "1 or fewer per week, per his panic log."),
        ("Client will practice the coping skills learned in session with his", "goals in mind every day"),
        ("Client will practice the coping skills learned in session daily", "goals he set with the family and staff"),
    ],
)
def test_a_wrapped_sentence_still_joins(head: str, tail: str) -> None:
    assert _joins(head, tail, None)


def test_goal_facts_on_lines_of_their_own_are_not_one_statement() -> None:
    plan = read_document(_doc(
        "ABA Treatment Plan", "Client  Mateo Delgado     DOB 8/14/2020", "Plan dt 2/20/26", "Goals",
        "Goal 1 (manding) - Mateo will independently mand for preferred items/activities",
        "   baseline - 2 independent mands/hr",
        "   mastery - 15 or more independent mands/hr across 3 consecutive sessions",
        "   target dt 8/1/26",
    ))
    (goal,) = plan.goals
    assert "baseline" not in (goal.statement or "")
    assert goal.mastery_criteria == "15 or more independent mands/hr across 3 consecutive sessions"


# --- an assessment recorded as a line of its own --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "instrument"),
    [("VB-MAPP 2/3/26 milestones 61, barriers 18", "VB-MAPP"), ("Vineland-3 (2/9/26): ABC 64", "Vineland-3")],
)
def test_an_instrument_its_date_and_scores_on_a_line_is_an_assessment(text: str, instrument: str) -> None:
    (mention,) = find_assessment_mentions(text, not_after=D(2026, 2, 20))
    assert mention.instrument == instrument


@pytest.mark.parametrize(
    "text",
    [
        "VB-MAPP to be given 3/1/26",  # a plan, no record
        "We will repeat the VB-MAPP 8/1/26 to measure 5 skills",  # the instrument inside a sentence
        "VB-MAPP 2/3/26",  # no score recorded
        "VB-MAPP 3/1/26 milestones 61",  # after the plan date: not a result yet
    ],
)
def test_an_instrument_named_without_a_record_is_no_assessment(text: str) -> None:
    assert find_assessment_mentions(text, not_after=D(2026, 2, 20)) == []


def test_an_assessment_line_counts_for_the_plan() -> None:
    plan = read_document(_doc("ABA Treatment Plan", "Client Lucas Vasquez   DOB 2-27-2020", "Plan date 2/20/26",
                              "VB-MAPP 2/3/26 milestones 61, barriers 18", *_GOALS))
    from authcheck.readers.enrich import enrich_plan

    assert [a.instrument for a in enrich_plan(plan).assessments] == ["VB-MAPP"]
